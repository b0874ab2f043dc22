"""The DOCX loop through LibreOffice: the person's edits (made with python-docx), then the file
saved again by LibreOffice (`soffice --headless --convert-to docx`), as happens when someone
opens and saves it there. The bookmarks that name the points survive; pull reads the edits."""

from __future__ import annotations

import shutil

import pytest
from docx_edits import SOFFICE, add_after, delete, in_folder, move_before, open_docx, paragraph, set_text, soffice
from test_pull import ADDED, REWORDED, briefing, run, section, workspace

from briefsmith.workspace.spec import load_spec

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def resaved(tmp_path_factory):
    ws = workspace(tmp_path_factory.mktemp("lo"))
    with pytest.MonkeyPatch.context() as mp, in_folder(ws):
        mp.setenv("SOURCE_DATE_EPOCH", "1729382400")
        assert run("build", "--format", "json,docx")[0] == 0
        before = briefing(ws)
        background, security = section(before, "background"), section(before, "security_rationale")
        path = ws / "out" / "rt.docx"
        document = open_docx(path)
        set_text(paragraph(document, background[1]["text"][:50]), REWORDED)
        delete(paragraph(document, security[0]["text"][:50]))
        move_before(paragraph(document, background[-1]["text"][:50]), paragraph(document, background[0]["text"][:50]))
        add_after(paragraph(document, security[-1]["text"][:50]), ADDED)
        set_text(document.paragraphs[0], "Moscow and the Taliban")
        edited = ws / "edited.docx"
        document.save(str(edited))
        shutil.copy(soffice(edited, ws, "docx:MS Word 2007 XML"), path)
        pulled = run("pull")
        rebuilt = run("build", "--format", "json,docx")
    return ws, before, pulled, rebuilt


def test_edits_survive_a_libreoffice_save(resaved) -> None:
    ws, before, (code, out), rebuilt = resaved
    assert code == 0, out
    assert "matched" not in out  # every bookmark came through
    kinds = sorted(line.split()[0] for line in out.splitlines()[:-1])
    assert kinds == ["added", "deleted", "moved", "reworded", "title"], out
    assert rebuilt[0] == 0, rebuilt[1]
    after = briefing(ws)
    background = section(after, "background")
    assert after["title"] == "Moscow and the Taliban"
    assert background[0]["text"] == section(before, "background")[-1]["text"]
    assert any(p["text"] == REWORDED and p["edited"] for p in background)
    security = section(after, "security_rationale")
    assert section(before, "security_rationale")[0]["text"] not in [p["text"] for p in security]
    assert security[-1] == {"text": ADDED, "citations": [], "added": True}
    texts = [p.text for p in open_docx(ws / "out" / "rt.docx").paragraphs]
    assert f"[analyst] {ADDED}" in texts and texts[0] == "Moscow and the Taliban"
    assert load_spec(ws / "briefs" / "rt.yaml", ws)[0].unplaced == ()  # LibreOffice's own changes are not edits
