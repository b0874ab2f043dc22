"""LibreOffice opens the DOCX and lays it out: footnotes at the foot of the page,
page fields filled in. Skipped where LibreOffice is not installed (CI installs it)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from conftest import displayed_citations
from test_docx_package import REFERENCE, package_problems

from briefsmith.render.docx import render_docx
from briefsmith.render.docx_styles import STYLES
from briefsmith.workspace.theme import Theme

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


# Fontconfig as the machine has it, minus any Noto font installed: what LibreOffice then
# shows in Noto comes from the fonts the DOCX embeds.
NO_NOTO = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*Noto*</glob></rejectfont></selectfont>
</fontconfig>
"""


def convert(path: Path, workdir: Path, to: str = "pdf") -> Path:
    # A profile of its own, so parallel runs never fight over LibreOffice's lock.
    profile = (workdir / "lo-profile").as_uri()
    fonts_conf = workdir / "no-noto.conf"
    fonts_conf.write_text(NO_NOTO)
    outdir = workdir / "converted"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
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
        env={**os.environ, "FONTCONFIG_FILE": str(fonts_conf)},
    )
    return outdir / f"{path.stem}.{to.split(':')[0]}"


def test_libreoffice_lays_out_footnotes_and_page_numbers(sample_briefing, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    path = tmp_path / "brief.docx"
    path.write_bytes(render_docx(sample_briefing, Theme(tmp_path)))
    with pdfplumber.open(convert(path, tmp_path)) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        count = len(pdf.pages)
        fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    text = "\n".join(pages)
    assert sample_briefing.title in pages[0]
    # The marking is the first and the last line of every page (the style capitalises it).
    lines = [page.strip().splitlines() for page in pages]
    assert all(ls[0] == ls[-1] == "UNCLASSIFIED // FOR DISCUSSION" for ls in lines)
    # LibreOffice lays the text out in the fonts the DOCX embeds (it sees no installed Noto
    # font: NO_NOTO), not in fonts of its own.
    assert {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSans-Regular", "NotoSans-Bold"} <= fonts
    assert "check the sources before quoting" in text.replace("\n", " ")  # the closing disclaimer
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
    # The first note, in full, at the foot of page 1 (after the body text of that page).
    first = pages[0]
    assert "Jane Doe, \u201cRiver council meets amid drought,\u201d River News, March 4, 2024" in first
    assert first.index("River News, March 4, 2024") > first.index("Bottom line")
    assert "Doe, \u201cRiver council meets amid,\u201d para." in text  # later, short notes
    for section in sample_briefing.sections:
        assert section.title in text
    assert "Sources" in text and "Doe, Jane." in text


def test_a_reference_saved_by_libreoffice_is_honoured(sample_briefing, tmp_path):
    """The analyst restyles templates/reference.docx in LibreOffice and saves it: the
    round-tripped file (LibreOffice's own footnotes part, settings, style ids) must
    still give a consistent document with every style and every footnote."""
    saved = convert(REFERENCE, tmp_path, "docx:MS Word 2007 XML")
    workspace = tmp_path / "ws"
    (workspace / "templates").mkdir(parents=True)
    saved.rename(workspace / "templates" / "reference.docx")
    out = render_docx(sample_briefing, Theme(workspace))
    assert package_problems(out) == []
    document = docx.Document(io.BytesIO(out))
    names = {s.name.casefold() for s in document.styles}
    assert {s.name.casefold() for s in STYLES} <= names
    used = {p.style.name.casefold() for p in document.paragraphs}
    assert {"title", "heading 1", "list bullet", "quote", "bibliography"} <= used
    with zipfile.ZipFile(io.BytesIO(out)) as zf:
        footnotes = zf.read("word/footnotes.xml").decode()
    assert footnotes.count("<w:footnoteRef/>") == len(displayed_citations(sample_briefing))
