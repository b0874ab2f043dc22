"""A brief over many sources is still a brief: a point many outlets report has one note
listing them (not a row of calls), in the PDF, the HTML and the DOCX alike, and a long
Sources list is grouped by publisher. Real PDFs (pdfplumber) and DOCX (python-docx)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest

from briefsmith.model import Article, Briefing, Citation, Point, Provenance, Section, Source
from briefsmith.records.base import make_article
from briefsmith.render.citing import COMPACT_FROM, Citer
from briefsmith.render.docx import render_docx
from briefsmith.render.html import render_html
from briefsmith.render.layout import GROUP_FROM, OTHER_SOURCES, source_groups
from briefsmith.render.pdf import render_pdf
from briefsmith.workspace.theme import Theme

PUBLISHERS = ("Valley Post", "Delta Herald", "Anchor Wire", "Coast Daily")


def _article(i: int) -> Article:
    return make_article(
        id=f"outlet-{i:02d}",
        title=f"Ferry strike enters day {i + 2}",
        paragraphs=(
            f"Ferry crews stayed off work for day {i + 2} of the strike.",
            "The port authority said talks go on.",
        ),
        authors=(f"Reporter{i} Smith",),
        publisher=PUBLISHERS[i % len(PUBLISHERS)] if i < 11 else None,
        published="2025-05-0" + str(1 + i % 9),
        url=f"https://news{i}.example/ferry-{i}",
    )


def _cite(a: Article, n: int) -> Citation:
    s = a.sentence(n)
    return Citation(a.id, s.paragraph, s.text, sentence=s.number, start=s.start, end=s.end)


@pytest.fixture
def many() -> Briefing:
    arts = [_article(i) for i in range(12)]
    five = Point(arts[0].sentence(1).text, tuple(_cite(a, 1) for a in arts[:5]))
    two = Point(arts[5].sentence(2).text, (_cite(arts[5], 2), _cite(arts[6], 2)))
    return Briefing(
        title="The ferry strike",
        date="2025-05-10",
        summary=(five,),
        sections=(Section("background", "Background", (two, Point(arts[7].sentence(1).text, (_cite(arts[7], 1),)))),),
        actors=(),
        sources=tuple(Source.of(a) for a in arts),
        provenance=Provenance(engine="hand", version="test"),
    )


def test_a_point_of_many_sources_has_one_note_a_point_of_two_has_two(many: Briefing) -> None:
    citer = Citer(many.sources)
    (note,) = citer.notes(many.summary[0].citations)
    assert len(note.entries) == 5 >= COMPACT_FROM and all(e.full for e in note.entries)
    assert note.text.count("; ") == 4 and note.text.endswith("https://news4.example/ferry-4")
    assert [len(n.entries) for n in citer.notes(many.sections[0].points[0].citations)] == [1, 1]
    # Cited again: short notes, still one note, Chicago's semicolons and one final stop.
    (again,) = citer.notes(many.summary[0].citations)
    assert not any(e.full for e in again.entries) and again.text.endswith(".") and ".;" not in again.text


def test_html_prints_one_note_with_every_link(many: Briefing, tmp_path: Path) -> None:
    html = render_html(many, Theme(tmp_path))
    notes = re.findall(r'<span class="footnote"[^>]*>(.*?)</span>', html, re.S)
    assert len(notes) == 1 + 2 + 1
    combined = notes[0]
    assert [f"https://news{i}.example/ferry-{i}" for i in range(5)] == re.findall(r'<a href="([^"]+)"', combined)
    assert combined.count("; ") == 4 and "(5 sources)" in html and "(2 sources)" in html


def test_pdf_and_docx_cite_alike_and_group_the_sources(many: Briefing, tmp_path: Path) -> None:
    theme = Theme(tmp_path)
    with pdfplumber.open(io.BytesIO(render_pdf(many, theme).data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "(5 sources)" in text
    # The summary point's four note calls are one: notes 1 (five sources), 2 and 3 (two), 4.
    assert re.search(r"^1\. Reporter0 Smith.*;", text, re.M) and re.search(r"^4\. ", text, re.M)
    assert not re.search(r"^5\. ", text, re.M)
    heads = [line for line in text.splitlines() if line in (*PUBLISHERS, OTHER_SOURCES)]
    assert heads == [*sorted(PUBLISHERS), OTHER_SOURCES]

    data = render_docx(many, theme)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        footnotes = z.read("word/footnotes.xml").decode()
    bodies = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', footnotes, re.S)
    assert len(bodies) == 4
    assert bodies[0][1].count("<w:hyperlink") == 5 and "; " in bodies[0][1]
    document = docx.Document(io.BytesIO(data))
    groups = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 2"]
    assert groups == [*sorted(PUBLISHERS), OTHER_SOURCES]


def test_short_or_one_publisher_lists_are_not_grouped(many: Briefing) -> None:
    assert source_groups(many.sources[: GROUP_FROM - 1]) == [(None, many.sources[: GROUP_FROM - 1])]
    same = tuple(Source(id=f"s{i}", title="t", publisher="Only Wire") for i in range(GROUP_FROM + 2))
    assert source_groups(same) == [(None, same)]
    groups = source_groups(many.sources)
    assert sum(len(g) for _, g in groups) == len(many.sources) and groups[-1][0] == OTHER_SOURCES
