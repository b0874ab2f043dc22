"""Editions (`build --changes`): NAME-changes.docx is the new edition with Word tracked
changes against the previous one, and the PDF says what changed. Accepting every change
gives the new edition; rejecting every change gives the old one's points back."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx_edits import SOFFICE, in_folder, soffice
from lxml import etree
from test_pull import SECOND_SOURCE, briefing, run, workspace

from briefsmith.render.docx_changes import render_changes_docx
from briefsmith.render.json import loads
from briefsmith.workspace.theme import Theme

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EPOCH = "1729382400"  # 2024-10-20T00:00:00Z


@dataclass
class Editions:
    ws: Path
    first: dict
    second: dict
    changes: bytes  # out/rt-changes.docx
    docx: bytes  # out/rt.docx of the second edition
    pdf_text: str
    first_edition: dict  # the JSON of a --changes build with no edition before it


@pytest.fixture(scope="module")
def editions(tmp_path_factory) -> Editions:
    ws = workspace(tmp_path_factory.mktemp("editions"))
    with pytest.MonkeyPatch.context() as mp, in_folder(ws):
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        assert run("build", "--format", "json,docx", "--changes")[0] == 0
        first_edition = briefing(ws)
        assert run("build", "--format", "json,docx", "--force")[0] == 0  # the previous edition
        first = briefing(ws)
        (ws / "seeds" / "kazakhstan.md").write_text(SECOND_SOURCE, encoding="utf-8")
        spec = ws / "briefs" / "rt.yaml"
        spec.write_text(spec.read_text() + "  - seeds/kazakhstan.md\nchanges: true   # as --changes\n")
        code, out = run("build")
        assert code == 0, out
        assert "rt-changes.docx" in out
    with pdfplumber.open(ws / "out" / "rt.pdf") as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    return Editions(
        ws, first, briefing(ws), (ws / "out" / "rt-changes.docx").read_bytes(), (ws / "out" / "rt.docx").read_bytes(),
        text, first_edition,
    )  # fmt: skip


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _paragraph_mark(p, tag: str) -> bool:
    return p.find(f"{W}pPr/{W}rPr/{W}{tag}") is not None


def resolved(data: bytes, accept: bool) -> list[str]:
    """The body's paragraph texts with every change accepted (or rejected), as Word does it."""
    root = copy.deepcopy(document_xml(data))
    keep, drop = ("ins", "del") if accept else ("del", "ins")
    body = root.find(W + "body")
    for p in list(body.iter(W + "p")):
        if _paragraph_mark(p, drop):
            p.getparent().remove(p)
    for el in list(root.iter(W + drop)):
        el.getparent().remove(el)
    for el in list(root.iter(W + keep)):
        if el.getparent().tag == W + "rPr":
            continue
        for child in list(el):
            el.addprevious(child)
        el.getparent().remove(el)
    for t in root.iter(W + "delText"):
        t.tag = W + "t"
    # The body's own paragraphs (not the table's cells), as python-docx's `paragraphs` gives them.
    return [t for p in body.iterchildren(W + "p") if (t := "".join(x.text or "" for x in p.iter(W + "t")).strip())]


def texts_of(data: bytes) -> list[str]:
    return [t for p in docx.Document(io.BytesIO(data)).paragraphs if (t := p.text.strip())]


def point_texts(b: dict) -> set[str]:
    return {p["text"] for p in b["summary"]} | {p["text"] for s in b["sections"] for p in s["points"]}


def test_the_changes_docx_has_tracked_changes_by_briefsmith_on_the_build_date(editions: Editions) -> None:
    root = document_xml(editions.changes)
    marks = [*root.iter(W + "ins"), *root.iter(W + "del")]
    assert {etree.QName(m).localname for m in marks} == {"ins", "del"}
    assert {m.get(W + "author") for m in marks} == {"Briefsmith"}
    assert {m.get(W + "date") for m in marks} == {"2024-10-20T00:00:00Z"}
    assert len({m.get(W + "id") for m in marks}) == len(marks)  # every revision its own id


def test_accepting_every_change_gives_the_new_edition(editions: Editions) -> None:
    assert resolved(editions.changes, accept=True) == texts_of(editions.docx)


def test_rejecting_every_change_gives_the_old_points_back(editions: Editions) -> None:
    rejected = " ".join(resolved(editions.changes, accept=False))
    removed = [c["text"] for c in editions.second["changes"]["removed"]]
    assert removed and all(text in rejected for text in removed)
    added = [c["text"] for c in editions.second["changes"]["added"]]
    assert added and not any(text in rejected for text in added)


def test_the_json_says_what_the_new_source_brought(editions: Editions) -> None:
    changes = editions.second["changes"]
    assert changes["first"] is False
    new = editions.second["sources"][1]["id"]
    brought = [c for c in changes["added"] if new in c["sources"]]
    assert brought and all("Steppe Wire" in c["labels"] for c in brought)
    # Every added point is new text; a new text that rests first on words a point of the
    # first edition rested on is that point reworded (changes.py), not an addition.
    assert {c["text"] for c in changes["added"]} <= point_texts(editions.second) - point_texts(editions.first)
    assert {c["text"] for c in changes["removed"]} <= point_texts(editions.first)


def test_the_pdf_has_a_what_changed_box(editions: Editions) -> None:
    text = editions.pdf_text
    assert "WHAT CHANGED" in text and "(Steppe Wire" in text
    assert text.index("WHAT CHANGED") < text.index("Background")
    assert "ADDED" in text and ("REMOVED" in text) == bool(editions.second["changes"]["removed"])


def test_a_first_edition_says_so(editions: Editions) -> None:
    assert editions.first_edition["changes"] == {"first": True, "added": [], "removed": []}


def test_same_editions_same_bytes(editions: Editions, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    old, new = (loads(json.dumps(b)) for b in (editions.first, editions.second))
    theme = Theme(editions.ws)
    assert render_changes_docx(old, new, theme) == render_changes_docx(old, new, theme)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_changes_and_keeps_them(editions: Editions, tmp_path) -> None:
    path = tmp_path / "rt-changes.docx"
    path.write_bytes(editions.changes)
    with pdfplumber.open(soffice(path, tmp_path, "pdf")) as pdf:
        shown = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    # LibreOffice prints the changes as it shows them: the removed and the added words both.
    for change in (*editions.second["changes"]["added"], *editions.second["changes"]["removed"]):
        assert change["text"][:50] in shown
    saved = soffice(path, tmp_path, "docx:MS Word 2007 XML").read_bytes()
    root = document_xml(saved)
    assert list(root.iter(W + "ins")) and list(root.iter(W + "del"))
    assert resolved(saved, accept=True)[:3] == texts_of(editions.docx)[:3]
