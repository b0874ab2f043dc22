"""The key-actors table's Source column: short locators shared by the PDF and DOCX."""

from __future__ import annotations

import dataclasses
import io

import docx
import pdfplumber
import pytest
from visual.briefs import long_briefing

from briefsmith.model import Citation, Source
from briefsmith.render.docx import render_docx
from briefsmith.render.html import render_html
from briefsmith.render.locators import source_labels, table_locator
from briefsmith.render.pdf import render_pdf
from briefsmith.workspace.theme import Theme


@pytest.fixture
def theme(tmp_path) -> Theme:
    return Theme(tmp_path)


def cite(source: str, paragraph: int) -> Citation:
    return Citation(source, paragraph, "words")


def test_one_source_gives_paragraphs_alone() -> None:
    labels = source_labels([Source("a", "Title", ("Jane Doe",))])
    assert table_locator([cite("a", 4)], labels) == "para. 4"
    assert table_locator([cite("a", 7), cite("a", 4), cite("a", 5)], labels) == "paras. 4\u20135, 7"


def test_several_sources_are_named_by_author_publisher_or_title() -> None:
    sources = [
        Source("a", "T", ("Jane Doe",)),
        Source("b", "T", (), "River News"),
        Source("c", "A long title of many words"),
    ]
    labels = source_labels(sources)
    assert labels == {"a": "Doe", "b": "River News", "c": "A long title\u2026"}
    assert table_locator([cite("a", 2), cite("b", 3), cite("a", 1)], labels) == (
        "Doe, paras. 1\u20132; River News, para. 3"
    )


def test_clashing_labels_get_the_year_then_a_letter() -> None:
    sources = [
        Source("a", "T1", ("Jane Doe",), published="2023-01-02"),
        Source("b", "T2", ("John Doe",), published="2024-05-06"),
        Source("c", "T3", ("Ann Doe",), published="2024-07-08"),
        Source("d", "T4", ("Bo Roe",)),
    ]
    assert source_labels(sources) == {"a": "Doe 2023", "b": "Doe 2024a", "c": "Doe 2024b", "d": "Roe"}
    undated = [Source("a", "T1", ("Jane Doe",)), Source("b", "T2", ("John Doe",))]
    assert source_labels(undated) == {"a": "Doe a", "b": "Doe b"}


def test_the_printed_table_cites_in_its_source_column(theme: Theme) -> None:
    with pdfplumber.open(io.BytesIO(render_pdf(long_briefing(), theme).data)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "SOURCE" in text  # the column header (upper-cased by the stylesheet)
    # Two sources in this briefing, so each cell names its source by the first author.
    assert "Morozova, para. 2" in text and "Bekov, para. 2" in text


def test_an_actor_with_no_citation_shows_a_dash_in_both_documents(sample_briefing, theme: Theme) -> None:
    first, *rest = sample_briefing.actors
    b = dataclasses.replace(sample_briefing, actors=(dataclasses.replace(first, citations=()), *rest))
    html = render_html(b, theme, for_print=True)
    assert '<td class="source">\u2014</td>' in html and '<td class="source">para. 1</td>' in html
    table = docx.Document(io.BytesIO(render_docx(b, theme))).tables[0]
    assert [r.cells[3].text for r in table.rows[1:]] == ["\u2014", "para.\u00a01"]  # never parted at a line end
