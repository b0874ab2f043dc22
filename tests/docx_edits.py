"""What a person does to a briefing DOCX, done with python-docx: reword, delete, add,
move, retitle — the edits `briefsmith pull` must read back. Shared by the pull tests."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

SOFFICE = shutil.which("soffice")


def paragraph(document, starts: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(starts))


def set_text(p: Paragraph, text: str) -> None:
    """Retype the paragraph's words, as Word does: the first run takes the text, the other
    text runs go (footnote references and bookmarks stay)."""
    runs = [r for r in p.runs if r.text]
    runs[0].text = text
    for r in runs[1:]:
        r._r.getparent().remove(r._r)


def delete(p: Paragraph) -> None:
    p._p.getparent().remove(p._p)


def add_after(p: Paragraph, text: str) -> Paragraph:
    """A new paragraph in the same style after `p`, as pressing Enter at its end does (the
    new paragraph has no bookmark and no footnote)."""
    new = copy.deepcopy(p._p)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    p._p.addnext(new)
    added = Paragraph(new, p._parent)
    added.add_run(text)
    return added


def move_before(p: Paragraph, other: Paragraph) -> None:
    other._p.addprevious(p._p)


def drop_bookmarks(document) -> None:
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        for el in list(document.element.body.iter(qn(tag))):
            el.getparent().remove(el)


@contextmanager
def in_folder(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def soffice(path: Path, workdir: Path, to: str) -> Path:
    """`soffice --headless --convert-to`, with a profile of its own (parallel runs never share one)."""
    outdir = workdir / f"converted-{to.split(':')[0]}"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(workdir / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / f"{path.stem}.{to.split(':')[0]}"


def open_docx(path: Path):
    return docx.Document(str(path))
