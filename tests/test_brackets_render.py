"""Editorial brackets in print: the PDF, the HTML and the DOCX show a point's words with
its brackets, as the JSON records them (real renders, read back)."""

from __future__ import annotations

import dataclasses
import html
import io
from pathlib import Path

import docx
import pdfplumber
import pytest
from conftest import cite

from briefsmith.engines.verify import verify_briefing
from briefsmith.model import Article, Briefing, Insertion, Point
from briefsmith.render.docx import render_docx
from briefsmith.render.html import render_html
from briefsmith.render.pdf import render_pdf
from briefsmith.workspace.theme import Theme


@pytest.fixture
def bracketed(sample_article: Article, sample_briefing: Briefing) -> Briefing:
    a = sample_article
    her = Point(
        "[Anna Petrova's] name in Russian is Анна Петрова, and the Arabic press wrote آنا بتروفا.",
        (cite(a, 4),),
        insertions=(Insertion(0, "Anna Petrova's", "Her", "referent", cite(a, 3)),),
    )
    first = a.sentence(1).text
    at = first.index("on Monday") + len("on Monday") + 1
    monday = Point(
        first[: at - 1] + " [March 4, 2024]" + first[at - 1 :],
        (cite(a, 1),),
        insertions=(Insertion(at, "March 4, 2024", "", "date", cite(a, 1), "2024-03-04"),),
    )
    return dataclasses.replace(sample_briefing, summary=(monday, her))


def test_the_brackets_verify(bracketed: Briefing, sample_article: Article) -> None:
    assert verify_briefing(bracketed, [sample_article]) == []


def test_html_pdf_and_docx_print_the_brackets(bracketed: Briefing, tmp_path: Path) -> None:
    theme = Theme(tmp_path)
    page = html.unescape(render_html(bracketed, theme))
    assert "[Anna Petrova's] name in Russian" in page
    assert "on Monday [March 4, 2024] to discuss" in page
    with pdfplumber.open(io.BytesIO(render_pdf(bracketed, theme).data)) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    flat = " ".join(text.split())
    assert "[Anna Petrova's] name in Russian" in flat
    assert "on Monday [March 4, 2024] to discuss" in flat
    document = docx.Document(io.BytesIO(render_docx(bracketed, theme)))
    paragraphs = [p.text for p in document.paragraphs]
    assert any(p.startswith("[Anna Petrova's] name in Russian") for p in paragraphs)
    assert any("on Monday [March 4, 2024] to discuss" in p for p in paragraphs)
