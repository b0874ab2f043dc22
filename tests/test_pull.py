"""The DOCX loop, as a person runs it: build, edit out/NAME.docx with python-docx (reword,
delete, add, reorder, retitle), build (kept), pull, build — then every format shows the
edits. The points edited are chosen from what the build wrote, never written into the test,
so the test holds whatever sentences the engine picks."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from conftest import SEED
from docx_edits import add_after, delete, drop_bookmarks, in_folder, move_before, open_docx, paragraph, set_text
from PIL import Image

from briefsmith.cli import cli
from briefsmith.workspace.spec import load_spec

SPEC = f"""\
# The brief the pull tests edit. This comment must survive every pull.
title: Russia and the Taliban
subtitle: Why Moscow is taking the Taliban off its terrorist list
date: 2024-10-20
marking: UNCLASSIFIED // FOR DISCUSSION   # a banner on every page
sources:
  - seeds/{SEED.name}
"""
REWORDED = "The Taliban have ruled Afghanistan since 2021, and no country recognises their government."
ADDED = "My own reading: Moscow wants a partner against ISKP more than it wants trade."
SECOND_SOURCE = """\
---
title: Kazakhstan drops the Taliban from its list of banned groups
publisher: Steppe Wire
published: 2024-10-21
url: https://steppe.example/2024/10/21/taliban-list
---
Kazakhstan removed the Taliban from its national list of banned organisations on Monday, the foreign
ministry in Astana said.

The ministry said the decision followed talks on rail freight and grain exports through Afghanistan.
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def briefing(ws: Path) -> dict:
    return json.loads((ws / "out" / "rt.json").read_text(encoding="utf-8"))


def section(b: dict, section_id: str) -> list[dict]:
    return next(s for s in b["sections"] if s["id"] == section_id)["points"]


def workspace(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "briefs").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "briefs" / "rt.yaml").write_text(SPEC, encoding="utf-8")
    return root


@dataclass
class Loop:
    ws: Path
    before: dict  # the briefing as first built
    kept: tuple[int, str]  # the build with the edited DOCX there
    pulled: tuple[int, str]
    again: tuple[int, str]  # the same edited DOCX pulled twice
    spec_after_pull: str
    spec_after_again: str
    rebuilt: tuple[int, str]
    nothing: tuple[int, str]  # pull after the rebuild
    after: dict
    pdf_text: str
    html: str
    docx_texts: list[tuple[str, str]]
    reworded: dict
    deleted: dict
    moved: dict
    anchor: dict  # the point the added paragraph follows


@pytest.fixture(scope="module")
def loop(tmp_path_factory) -> Loop:
    ws = workspace(tmp_path_factory.mktemp("loop"))
    with pytest.MonkeyPatch.context() as mp, in_folder(ws):
        mp.setenv("SOURCE_DATE_EPOCH", "1729382400")
        assert run("build")[0] == 0
        before = briefing(ws)
        background, security, rights = (
            section(before, s) for s in ("background", "security_rationale", "human_rights")
        )
        raw = (ws / "seeds" / SEED.name).read_text(encoding="utf-8")
        # The point to reword: one whose quote stands on one line of the record, so that a test
        # below can take the words out of the record (the seed wraps some sentences).
        reworded = next(p for p in background[1:-1] if p["citations"][0]["quote"] in raw)
        moved, deleted, anchor = background[-1], security[-1], rights[0]
        path = ws / "out" / "rt.docx"
        document = open_docx(path)
        set_text(paragraph(document, reworded["text"][:50]), REWORDED)
        delete(paragraph(document, deleted["text"][:50]))
        move_before(paragraph(document, moved["text"][:50]), paragraph(document, background[0]["text"][:50]))
        add_after(paragraph(document, anchor["text"][:50]), ADDED)
        set_text(document.paragraphs[0], "Moscow and the Taliban")
        set_text(document.paragraphs[1], "What Moscow wants from Kabul")
        set_text(next(p for p in document.paragraphs if p.text == "Human-rights concerns"), "Rights")
        header = document.sections[0].header.paragraphs[0]
        assert header.text == "UNCLASSIFIED // FOR DISCUSSION"
        set_text(header, "SECRET // REL TO PARTNERS")
        document.save(str(path))

        kept = run("build")
        pulled = run("pull")
        spec_after_pull = (ws / "briefs" / "rt.yaml").read_text(encoding="utf-8")
        again = run("pull", "out/rt.docx")
        spec_after_again = (ws / "briefs" / "rt.yaml").read_text(encoding="utf-8")
        rebuilt = run("build")
        nothing = run("pull")
    with pdfplumber.open(ws / "out" / "rt.pdf") as pdf:
        pdf_text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    docx_texts = [(p.style.name, p.text) for p in open_docx(ws / "out" / "rt.docx").paragraphs]
    return Loop(
        ws, before, kept, pulled, again, spec_after_pull, spec_after_again, rebuilt, nothing, briefing(ws),
        pdf_text, (ws / "out" / "rt.html").read_text(encoding="utf-8"), docx_texts, reworded, deleted, moved, anchor,
    )  # fmt: skip


def test_an_edited_docx_is_kept_and_the_message_says_to_pull(loop: Loop) -> None:
    code, out = loop.kept
    assert code == 1
    assert "run 'briefsmith pull out/rt.docx' to keep your edits, or pass --force to discard them" in out


def test_pull_prints_one_line_per_change_and_writes_the_spec(loop: Loop) -> None:
    code, out = loop.pulled
    assert code == 0
    kinds = [line.split()[0] for line in out.splitlines()]
    assert sorted(kinds[:-1]) == ["added", "deleted", "heading", "marking", "moved", "reworded", "subtitle", "title"]
    assert out.splitlines()[-1].startswith("pulled     out/rt.docx into briefs/rt.yaml: 8 changes")
    spec, _ = load_spec(loop.ws / "briefs" / "rt.yaml", loop.ws)
    assert spec.title == "Moscow and the Taliban" and spec.marking == "SECRET // REL TO PARTNERS"
    assert spec.subtitle == "What Moscow wants from Kabul"
    assert [c.title for c in spec.section_choices() if c.id == "human_rights"] == ["Rights"]
    assert {(e.text, e.delete) for e in spec.edits} >= {(REWORDED, False), (ADDED, False), (None, True)}


def test_the_spec_keeps_its_comments_and_layout(loop: Loop) -> None:
    # Every line of the spec as the person wrote it is still there, in order (two changed in place).
    ours = (
        SPEC.replace("Russia and the Taliban", "Moscow and the Taliban")
        .replace("UNCLASSIFIED // FOR DISCUSSION", "SECRET // REL TO PARTNERS")
        .replace("Why Moscow is taking the Taliban off its terrorist list", "What Moscow wants from Kabul")
    )
    # (ruamel keeps a comment in its column: the shorter marking leaves more space before it)
    lines = [" ".join(line.split()) for line in loop.spec_after_pull.splitlines()]
    assert lines[: len(ours.splitlines())] == [" ".join(line.split()) for line in ours.splitlines()]
    assert "# Recorded by `briefsmith pull`" in loop.spec_after_pull


def test_pulling_twice_records_nothing_new(loop: Loop) -> None:
    code, out = loop.again
    assert code == 0 and out.strip() == "nothing new in out/rt.docx: briefs/rt.yaml has its edits already"
    assert loop.spec_after_again == loop.spec_after_pull


def test_after_pull_the_build_succeeds_and_nothing_is_left_to_pull(loop: Loop) -> None:
    assert loop.rebuilt[0] == 0 and "built" in loop.rebuilt[1]
    assert loop.nothing == (0, "nothing to pull: no DOCX in the out folder changed since Briefsmith wrote it\n")


def test_the_json_shows_the_edits(loop: Loop) -> None:
    b = loop.after
    assert b["title"] == "Moscow and the Taliban" and b["marking"] == "SECRET // REL TO PARTNERS"
    assert b["subtitle"] == "What Moscow wants from Kabul"
    assert next(s for s in b["sections"] if s["id"] == "human_rights")["title"] == "Rights"
    background = section(b, "background")
    assert background[0]["text"] == loop.moved["text"]  # moved to the top
    reworded = next(p for p in background if p["text"] == REWORDED)
    assert reworded["edited"] is True and reworded["citations"] == loop.reworded["citations"]
    every = [p["text"] for s in b["sections"] for p in s["points"]] + [p["text"] for p in b["summary"]]
    assert loop.deleted["text"] not in every and loop.reworded["text"] not in every
    rights = section(b, "human_rights")
    at = next(i for i, p in enumerate(rights) if p["text"] == loop.anchor["text"])
    assert rights[at + 1] == {"text": ADDED, "citations": [], "added": True}
    assert b["warnings"] == loop.before["warnings"]


def test_the_pdf_shows_the_edits(loop: Loop) -> None:
    text = loop.pdf_text
    assert "Moscow and the Taliban" in text and "SECRET // REL TO PARTNERS" in text and "Rights" in text
    assert REWORDED in text and f"[analyst] {ADDED}" in text
    assert loop.deleted["text"][:60] not in text and "Human-rights concerns" not in text


def test_the_html_shows_the_edits(loop: Loop) -> None:
    html = loop.html
    assert "<title>Moscow and the Taliban</title>" in html and REWORDED in html
    assert f'<li class="added"><span class="analyst-mark">[analyst]</span> {ADDED}</li>' in html.replace("\n", "")
    assert 'class="edited"' in html and loop.deleted["text"][:60] not in html


def test_the_docx_shows_the_edits(loop: Loop) -> None:
    texts = [t for _, t in loop.docx_texts]
    assert texts[0] == "Moscow and the Taliban" and "Rights" in texts
    assert f"[analyst] {ADDED}" in texts and not any(t.startswith(loop.deleted["text"][:60]) for t in texts)
    heading = texts.index("Background")
    assert texts[heading + 1].startswith(loop.moved["text"][:60])
    assert any(t.startswith(REWORDED) for t in texts)


def _copy(loop: Loop, tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(loop.ws, ws)
    return ws


def test_a_source_added_after_a_pull_keeps_the_edits_and_adds_its_material(loop: Loop, tmp_path, monkeypatch) -> None:
    ws = _copy(loop, tmp_path)
    (ws / "seeds" / "kazakhstan.md").write_text(SECOND_SOURCE, encoding="utf-8")
    spec = ws / "briefs" / "rt.yaml"
    spec.write_text(
        spec.read_text().replace(f"  - seeds/{SEED.name}\n", f"  - seeds/{SEED.name}\n  - seeds/kazakhstan.md\n")
    )
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    code, out = run("build", "--format", "json,docx")
    assert code == 0, out
    b = briefing(ws)
    every = [p for s in b["sections"] for p in s["points"]] + b["summary"]
    texts = [p["text"] for p in every]
    assert REWORDED in texts and ADDED in texts and loop.deleted["text"] not in texts
    assert section(b, "background")[0]["text"] == loop.moved["text"]
    new = b["sources"][1]["id"]
    assert any(c["source"] == new for p in every for c in p["citations"])  # the new material


def test_an_edited_point_whose_words_are_gone_is_kept_and_flagged(loop: Loop, tmp_path, monkeypatch) -> None:
    ws = _copy(loop, tmp_path)
    record = ws / "seeds" / SEED.name
    text = record.read_text(encoding="utf-8")
    for cited in loop.reworded["citations"]:  # every sentence it quotes (a point may quote the one before too)
        assert cited["quote"] in text
        text = text.replace(cited["quote"], "The Taliban hold Kabul.")
    record.write_text(text, encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    code, out = run("build", "--format", "json,docx")
    assert code == 0, out
    warning = next(line for line in out.splitlines() if "edited point kept" in line)
    assert f"no longer in seeds/{SEED.name}" in warning and REWORDED[:40] in warning
    point = next(p for p in section(briefing(ws), "background") if p["text"] == REWORDED)
    assert point["edited"] is True and point["verified"] is False and point["citations"] == []
    code, out = run("build", "--format", "json,docx", "--strict", "--force")
    assert code == 1 and "edited point kept" in out


def test_a_paragraph_that_lost_its_bookmark_is_matched_by_its_text(tmp_path, monkeypatch) -> None:
    ws = workspace(tmp_path / "ws")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    assert run("build", "--format", "json,docx")[0] == 0
    target = section(briefing(ws), "background")[0]
    document = open_docx(ws / "out" / "rt.docx")
    drop_bookmarks(document)
    p = paragraph(document, target["text"][:50])
    set_text(p, p.text.replace(" ", "  ", 1) + " (as reported)")  # a small edit: still alike
    document.save(str(ws / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0
    assert "matched" in out and "by their text (their bookmarks were lost)" in out
    (edit,) = load_spec(ws / "briefs" / "rt.yaml", ws)[0].edits
    assert edit.text and edit.text.endswith("(as reported)") and edit.cites[0].quote == target["citations"][0]["quote"]


def test_what_pull_cannot_place_is_reported_and_kept_in_the_spec(tmp_path, monkeypatch) -> None:
    ws = workspace(tmp_path / "ws")
    monkeypatch.chdir(ws)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    assert run("build", "--format", "json,docx")[0] == 0
    document = open_docx(ws / "out" / "rt.docx")
    table = document.tables[0]
    table.rows[1].cells[2].paragraphs[0].runs[0].text = "the movement that runs Kabul"
    document.sections[0].header.add_paragraph("Draft for the Tuesday meeting")
    picture = tmp_path / "map.png"
    Image.new("RGB", (40, 20), "white").save(picture)
    document.add_picture(str(picture))  # at the end, after the sources
    document.add_comment(document.paragraphs[0].runs, text="Check this title with the desk", author="Ana")
    document.save(str(ws / "out" / "rt.docx"))
    code, out = run("pull")
    assert code == 0
    unplaced = load_spec(ws / "briefs" / "rt.yaml", ws)[0].unplaced
    assert any("the movement that runs Kabul" in u and u.startswith("table in Key actors") for u in unplaced)
    assert "header or footer: Draft for the Tuesday meeting" in unplaced
    assert any(u.startswith("image in Sources") for u in unplaced)
    assert "comment: Check this title with the desk" in unplaced
    assert [line.split()[0] for line in out.splitlines()].count("unplaced") == 4
    assert run("build", "--format", "json,docx")[0] == 0  # kept in the spec, the build goes on
