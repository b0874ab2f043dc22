"""Edits `briefsmith pull` once let go without a word (the DOCX marked pulled, the next build
overwriting it): a point whose text was emptied or deleted with Track Changes on, a footnote
edited, a section heading deleted, both copies of a point told in the bottom line and in a
section, and another brief's DOCX copied over this one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_edits import delete, open_docx, paragraph
from test_pull import SECOND_SOURCE, briefing, run, section, workspace

from briefsmith.model import Citation, Point
from briefsmith.workspace.spec import load_spec
from briefsmith.workspace.spec_edit import SpecEditor


@pytest.fixture
def built(tmp_path, monkeypatch) -> Path:
    ws = workspace(tmp_path / "ws")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    assert run("build", "--format", "json,docx")[0] == 0
    return ws


def _delete_first_background_point(ws: Path) -> dict:
    """Delete, in out/rt.docx, the first background point the build wrote; return it."""
    target = section(briefing(ws), "background")[0]
    document = open_docx(ws / "out" / "rt.docx")
    delete(paragraph(document, target["text"][:40]))
    document.save(str(ws / "out" / "rt.docx"))
    return target


def _edits(ws: Path):
    return load_spec(ws / "briefs" / "rt.yaml", ws)[0]


def test_a_point_whose_text_is_emptied_is_deleted(built: Path) -> None:
    target = section(briefing(built), "background")[0]
    document = open_docx(built / "out" / "rt.docx")
    for run_ in paragraph(document, target["text"][:40]).runs:
        run_.text = ""  # the bullet, its bookmark and footnote mark stay
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0 and "deleted    background" in out
    (edit,) = _edits(built).edits
    assert edit.delete and edit.cites[0].quote == target["citations"][0]["quote"]


def test_a_point_deleted_with_track_changes_is_deleted(built: Path) -> None:
    target = section(briefing(built), "background")[0]
    document = open_docx(built / "out" / "rt.docx")
    p = paragraph(document, target["text"][:40])
    for r in list(p._p.iter(qn("w:r"))):  # as Word saves a tracked deletion
        gone = OxmlElement("w:del")
        gone.set(qn("w:id"), "901")
        gone.set(qn("w:author"), "Ana")
        r.addprevious(gone)
        gone.append(r)
        for t in r.iter(qn("w:t")):
            t.tag = qn("w:delText")
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0 and "deleted    background" in out
    assert _edits(built).edits[0].delete


def test_an_edited_footnote_is_kept_in_the_spec(built: Path) -> None:
    from zipfile import ZipFile

    path = built / "out" / "rt.docx"
    with ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/footnotes.xml"].decode("utf-8")
    at = xml.rindex("</w:t>")
    parts["word/footnotes.xml"] = (xml[:at] + " Also confirmed by the ministry." + xml[at:]).encode("utf-8")
    with ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    code, out = run("pull")
    assert code == 0 and "unplaced" in out
    assert any(
        u.startswith("footnote: ") and u.endswith("Also confirmed by the ministry.") for u in _edits(built).unplaced
    )


def test_a_deleted_heading_leaves_its_points_in_their_section(built: Path) -> None:
    b = briefing(built)
    kept = [s for s in b["sections"] if s["kind"] == "points" and s["points"]]
    victim = kept[1]  # a section with points after another one
    document = open_docx(built / "out" / "rt.docx")
    heading = next(p for p in document.paragraphs if p.style.name.startswith("Heading") and p.text == victim["title"])
    delete(heading)
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0
    spec = _edits(built)
    assert not spec.edits  # no point moved into the section before
    assert f"heading {victim['title']!r} deleted (its points are kept in it)" in spec.unplaced
    assert run("build", "--format", "json,docx")[0] == 0
    assert [p["text"] for p in section(briefing(built), victim["id"])] == [p["text"] for p in victim["points"]]


def test_another_briefs_docx_is_refused(built: Path) -> None:
    """A brief on other sources, its DOCX copied over this one's: none of its points is ours."""
    (built / "seeds" / "kz.md").write_text(SECOND_SOURCE, encoding="utf-8")
    (built / "briefs" / "other.yaml").write_text("title: Another brief\nsources:\n  - seeds/kz.md\n", encoding="utf-8")
    assert run("build", "--format", "json,docx")[0] == 0
    spec_before = (built / "briefs" / "rt.yaml").read_text(encoding="utf-8")
    shutil.copy(built / "out" / "other.docx", built / "out" / "rt.docx")
    code, out = run("pull", "out/rt.docx")
    assert code == 1 and "another brief's DOCX" in out and "Traceback" not in out
    assert (built / "briefs" / "rt.yaml").read_text(encoding="utf-8") == spec_before


def test_both_copies_of_a_point_keep_their_own_edits() -> None:
    spec = "title: T\nsources:\n  - seeds/a.md\n"
    editor = SpecEditor(spec, lambda article_id: "seeds/a.md")
    point = Point("Ships were held at the port.", (Citation("a", 1, "Ships were held at the port."),))
    editor.keep(point, "summary", "Ships were held at Velmora's port.", False, None, was="summary")
    editor.keep(point, "human_rights", "Crews were held with the ships.", False, None, was="human_rights")
    text = editor.text()
    assert "section: summary" in text and "section: human_rights" in text
    assert "Ships were held at Velmora's port." in text and "Crews were held with the ships." in text


def test_formatting_given_to_a_point_is_reported_not_dropped(built: Path) -> None:
    target = section(briefing(built), "background")[0]
    document = open_docx(built / "out" / "rt.docx")
    for run_ in paragraph(document, target["text"][:40]).runs:
        run_.bold = True
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0 and "unplaced" in out
    (note,) = _edits(built).unplaced
    assert note.startswith("formatting in Background (bold): ") and target["text"][:30] in note


def test_a_docx_saved_with_no_edit_says_so(built: Path) -> None:
    document = open_docx(built / "out" / "rt.docx")
    document.save(str(built / "out" / "rt.docx"))  # a save changes the bytes, not the brief
    code, out = run("pull")
    assert code == 0 and out.strip() == "no edits in out/rt.docx: it reads as Briefsmith wrote it"


def test_a_broken_docx_is_never_advised_away(built: Path) -> None:
    path = built / "out" / "rt.docx"
    path.write_bytes(path.read_bytes()[:2000])  # cut short, as a failed copy leaves it
    code, out = run("pull", "out/rt.docx")
    assert code == 1 and "not a DOCX" in out and "delete" not in out and "save it again" in out


def test_an_edit_names_its_record_by_path_when_the_records_id_changed(tmp_path, monkeypatch) -> None:
    """The record's date was corrected after the build: its id (from publisher and date) changed,
    but the edit still names it as the spec does, so the next build finds its words."""
    from docx_edits import set_text

    ws = tmp_path / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "kz.md").write_text(SECOND_SOURCE, encoding="utf-8")
    (ws / "briefs" / "kz.yaml").write_text("title: Kazakhstan\nsources:\n  - seeds/kz.md\n", encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    assert run("build", "--format", "json,docx")[0] == 0
    built = json.loads((ws / "out" / "kz.json").read_text(encoding="utf-8"))
    target = built["summary"][0]
    document = open_docx(ws / "out" / "kz.docx")
    set_text(paragraph(document, target["text"][:30]), "Kazakhstan took the Taliban off its list of banned groups.")
    document.save(str(ws / "out" / "kz.docx"))
    record = ws / "seeds" / "kz.md"
    record.write_text(record.read_text(encoding="utf-8").replace("2024-10-21", "2024-10-22"), encoding="utf-8")
    code, out = run("pull")
    assert code == 0
    (edit,) = load_spec(ws / "briefs" / "kz.yaml", ws)[0].edits
    assert edit.cites[0].source == "seeds/kz.md"
    code, out = run("build", "--format", "json")
    assert code == 0 and "no longer in" not in out and "[unverified]" not in out


def test_a_bookmark_left_behind_by_a_deleted_point_does_not_take_the_next_ones_place(built: Path) -> None:
    first, second = section(briefing(built), "background")[:2]
    document = open_docx(built / "out" / "rt.docx")
    p1, p2 = paragraph(document, first["text"][:40]), paragraph(document, second["text"][:40])
    for mark in list(p1._p.iter(qn("w:bookmarkStart"))):  # as Word may leave it: in the next paragraph
        p2._p.insert(1, mark)
    delete(p1)
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0
    (edit,) = _edits(built).edits  # the first point deleted; the second neither deleted nor reworded
    assert edit.delete and edit.cites[0].quote == first["citations"][0]["quote"]


def test_a_footnote_given_to_an_added_point_is_kept(built: Path) -> None:
    import copy

    from docx_edits import add_after

    target = section(briefing(built), "background")[0]
    document = open_docx(built / "out" / "rt.docx")
    p = paragraph(document, target["text"][:40])
    added = add_after(p, "My own reading of the same words.")
    reference = next(r for r in p._p.iter(qn("w:r")) if r.find(qn("w:footnoteReference")) is not None)
    added._p.append(copy.deepcopy(reference))  # the footnote mark copied with the words
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0
    spec = _edits(built)
    assert [e.text for e in spec.edits] == ["My own reading of the same words."]
    (note,) = spec.unplaced
    from briefsmith.render.docx_read import read_docx

    footnotes = read_docx(built / "out" / "rt.docx").footnotes
    assert note.startswith("footnote of an added point: ") and note.split(": ", 1)[1] in footnotes


def test_points_that_lost_their_bookmarks_keep_their_footnotes_quietly(built: Path) -> None:
    from docx_edits import drop_bookmarks

    document = open_docx(built / "out" / "rt.docx")
    drop_bookmarks(document)
    document.save(str(built / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0 and not _edits(built).unplaced


def test_a_copy_saved_elsewhere_under_a_copys_name_is_pulled(built: Path, tmp_path: Path) -> None:
    target = section(briefing(built), "background")[0]
    desk = tmp_path / "desk"
    desk.mkdir()
    copy = desk / "rt (1).docx"
    document = open_docx(built / "out" / "rt.docx")
    for run_ in paragraph(document, target["text"][:40]).runs:
        run_.text = ""
    document.save(str(copy))
    code, out = run("pull", str(copy))
    assert code == 0 and "deleted    background" in out
    assert _edits(built).edits[0].delete
    assert not (desk / ".briefsmith").exists()


def test_a_docx_briefsmith_never_wrote_is_refused_without_touching_its_folder(built: Path, tmp_path: Path) -> None:
    import docx

    stray = tmp_path / "letters" / "notes.docx"
    stray.parent.mkdir()
    docx.Document().save(str(stray))
    code, out = run("pull", str(stray))
    assert code == 1 and "no record of writing this DOCX" in out and "Traceback" not in out
    assert sorted(p.name for p in stray.parent.iterdir()) == ["notes.docx"]
    code, out = run("pull", str(tmp_path / "letters" / "gone.docx"))
    assert code == 2 and "file not found" in out  # as a folder named there is a usage error


def test_a_spec_with_windows_line_ends_and_a_byte_order_mark_keeps_them(built: Path) -> None:
    spec = built / "briefs" / "rt.yaml"
    spec.write_bytes(b"\xef\xbb\xbf" + spec.read_bytes().replace(b"\n", b"\r\n"))
    _delete_first_background_point(built)
    code, out = run("pull")
    assert code == 0 and "deleted    background" in out
    data = spec.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert _edits(built).edits[0].delete


def test_a_spec_that_cannot_be_written_says_so_and_keeps_the_docx_unpulled(built: Path, monkeypatch) -> None:
    import errno

    from briefsmith.out.atomic import explain
    from briefsmith.pipeline import pull as pull_module

    def refused(path, data):  # noqa: ANN001, ANN202 - as a read-only briefs/ answers (root ignores chmod)
        raise explain(OSError(errno.EACCES, "Permission denied"), path)

    real = pull_module.write_atomic
    monkeypatch.setattr(pull_module, "write_atomic", refused)
    _delete_first_background_point(built)
    code, out = run("pull")
    assert code == 1 and "cannot write the spec: cannot write here (permission denied)" in out
    assert "--out" not in out and "make it writable and pull again" in out
    monkeypatch.setattr(pull_module, "write_atomic", real)
    code, out = run("pull")  # not marked pulled: the edit is still there to pull
    assert code == 0 and "deleted    background" in out
