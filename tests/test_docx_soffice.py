"""LibreOffice opens the DOCX and lays it out: footnotes at the foot of the page,
page fields filled in. Skipped where LibreOffice is not installed (CI installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from briefsmith.render.docx import render_docx
from briefsmith.theme import Theme

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(docx_path: Path, workdir: Path) -> Path:
    # A profile of its own, so parallel runs never fight over LibreOffice's lock.
    profile = (workdir / "lo-profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    return workdir / (docx_path.stem + ".pdf")


def test_libreoffice_lays_out_footnotes_and_page_numbers(sample_briefing, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    path = tmp_path / "brief.docx"
    path.write_bytes(render_docx(sample_briefing, Theme(tmp_path)))
    with pdfplumber.open(to_pdf(path, tmp_path)) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        count = len(pdf.pages)
    text = "\n".join(pages)
    assert sample_briefing.title in pages[0] and "UNCLASSIFIED // FOR DISCUSSION" in pages[0]
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
