"""Real PDFs from WeasyPrint, read back with pdfplumber, pypdf and poppler's pdffonts."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from visual.briefs import long_briefing

from briefsmith.model import Actor, Briefing, Point, Source
from briefsmith.render.pdf import PdfResult, render_pdf, warm_up
from briefsmith.workspace.theme import Theme

EPOCH = "1715000000"  # 2024-05-06T12:53:20Z
MM = 72 / 25.4


@pytest.fixture(scope="module")
def theme(tmp_path_factory: pytest.TempPathFactory) -> Theme:
    return Theme(tmp_path_factory.mktemp("workspace"))


@pytest.fixture(scope="module")
def long_pdf(theme: Theme) -> Iterator[PdfResult]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield render_pdf(long_briefing(), theme)


@pytest.fixture(scope="module")
def pages(long_pdf: PdfResult) -> Iterator[list[pdfplumber.page.Page]]:
    with pdfplumber.open(io.BytesIO(long_pdf.data)) as pdf:
        yield list(pdf.pages)


def text_of(pages: list[pdfplumber.page.Page]) -> str:
    return "\n".join(p.extract_text() or "" for p in pages)


def test_the_briefing_is_all_there(pages: list[pdfplumber.page.Page], long_pdf: PdfResult) -> None:
    text = " ".join(text_of(pages).split())
    b = long_briefing()
    for needle in (
        b.title,
        b.subtitle,
        "Eurasia Desk",
        "BOTTOM LINE",
        "Background",
        "Key actors",
        "Security rationale",
        "Human-rights concerns",
        "Open questions",
        "Sources",
        "Dana Seitkali",
        "Transport minister",
        "Organisation",
        "Caspian Policy Centre",
        "Morozova, Lena.",
        "\u201cAktau opens ferry terminal as Caspian route grows.\u201d",
        "Steppe Business Daily, May 14, 2025.",
        "May 15, 2025",
        "Марат Ахметов",
        "Not an assessment",
    ):
        assert needle in text, needle
    assert len(pages) >= 2
    assert long_pdf.warnings == ()


def test_arabic_is_shaped_with_the_bundled_font(pages: list[pdfplumber.page.Page]) -> None:
    arabic = [c for p in pages for c in p.chars if "\u0600" <= c["text"] <= "\u06ff"]
    assert len(arabic) >= 10  # the actor table's Arabic name
    assert {c["fontname"].split("+")[-1] for c in arabic} <= {"Briefsmith-Arabic", "Briefsmith-Arabic-Bold"}


def test_fonts_are_bundled_embedded_and_subset(long_pdf: PdfResult, tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(long_pdf.data)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = [line.split() for line in rows.splitlines()[2:]]
    assert len(fonts) >= 5
    for row in fonts:
        name, emb, sub = row[0], row[-5], row[-4]
        assert re.fullmatch(r"[A-Z]{6}\+Briefsmith-(Serif|Sans|Arabic)(-\w+)?", name), name
        assert (emb, sub) == ("yes", "yes"), row
    assert any("Arabic" in r[0] for r in fonts) and any("Serif" in r[0] for r in fonts)


def test_metadata_language_and_outline(long_pdf: PdfResult) -> None:
    reader = PdfReader(io.BytesIO(long_pdf.data))
    meta = reader.metadata
    assert meta.title == "The Caspian ferry route and the Middle Corridor"
    assert meta.author == "Eurasia Desk"
    assert meta.subject == "A new terminal at Aktau and a customs pledge in Baku"
    assert "Dana Seitkali" in meta["/Keywords"] and "Caspian Courier" in meta["/Keywords"]
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20240506125320Z"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    outline = reader.outline
    assert outline[0].title == "The Caspian ferry route and the Middle Corridor"
    assert [o.title for o in outline[1]] == [
        "Bottom line",
        "Background",
        "Key actors",
        "Security rationale",
        "Human-rights concerns",
        "Open questions",
        "Sources",
    ]


def test_page_furniture_on_every_page(pages: list[pdfplumber.page.Page]) -> None:
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Page {i} of {n}" in text
        assert text.count("UNCLASSIFIED // FOR DISCUSSION") == 2  # top and bottom banner
        assert "May 15, 2025" in text
        if i > 1:  # running header with the title (page 1 has the masthead instead)
            assert "The Caspian ferry route and the Middle Corridor" in text.splitlines()[1]


def _calls_and_notes(page: pdfplumber.page.Page) -> tuple[list[int], list[int]]:
    """Footnote calls (small bold digits in the text) and note numbers ("12." at the
    start of a line in the footnote area) on one page."""
    words = page.extract_words(extra_attrs=["fontname", "size"])
    markers = [w for w in words if re.fullmatch(r"\d+\.", w["text"]) and "Bold" in w["fontname"] and w["size"] <= 7.2]
    left = min((w["x0"] for w in markers), default=0)
    markers = [w for w in markers if abs(w["x0"] - left) < 1]
    area_top = min((w["top"] for w in markers), default=page.height)
    digits = sorted(
        (
            c
            for c in page.chars
            if c["text"] in "0123456789," and "Sans-Bold" in c["fontname"] and c["size"] < 7 and c["top"] < area_top
        ),
        key=lambda c: (round(c["top"]), c["x0"]),
    )
    calls, run, last = [], "", None
    for c in digits:  # glue adjacent characters into "12" or "3,4"
        if last is not None and (abs(c["top"] - last["top"]) > 1 or c["x0"] - last["x1"] > 1):
            calls.append(run)
            run = ""
        run, last = run + c["text"], c
    if run:
        calls.append(run)
    numbers = [int(x) for call in calls for x in call.split(",") if x]
    return numbers, [int(w["text"][:-1]) for w in markers]


def test_every_footnote_is_on_the_page_of_its_call(pages: list[pdfplumber.page.Page]) -> None:
    seen: list[int] = []
    for page in pages:
        calls, notes = _calls_and_notes(page)
        assert sorted(calls) == notes, f"page {page.page_number}: calls {calls}, notes {notes}"
        seen += notes
    # 16 notes: the points' (the actors table cites in its Source column instead).
    assert seen == list(range(1, len(seen) + 1)) and len(seen) == 16


def test_nothing_outside_the_margins(pages: list[pdfplumber.page.Page]) -> None:
    side = 21 * MM - 0.5  # brief.css: @page margin 21mm left and right
    for page in pages:
        for c in page.chars:
            assert side <= c["x0"] and c["x1"] <= page.width - side, (page.page_number, c["text"])
            assert 0 < c["top"] and c["bottom"] < page.height


def test_letter_paper(sample_briefing: Briefing, theme: Theme) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(sample_briefing, theme, paper="letter").data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_same_bytes_twice(sample_briefing: Briefing, theme: Theme, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert render_pdf(sample_briefing, theme).data == render_pdf(sample_briefing, theme).data


def test_pdf_a3b_carries_the_briefing_json(
    sample_briefing: Briefing, theme: Theme, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    payload = b'{"title": "Water sharing on the river"}\n'
    first = render_pdf(sample_briefing, theme, variant="pdf/a-3b", attachment=payload)
    assert first.data == render_pdf(sample_briefing, theme, variant="pdf/a-3b", attachment=payload).data
    reader = PdfReader(io.BytesIO(first.data))
    assert reader.attachments == {"briefing.json": [payload]}
    root = reader.trailer["/Root"]
    assert b"pdfaid:part" in root["/Metadata"].get_object().get_data()
    assert root["/AF"][0].get_object()["/AFRelationship"] == "/Data"
    spec = root["/AF"][0].get_object()
    params = spec["/EF"]["/F"].get_object()["/Params"]
    assert params["/ModDate"] == "D:20240506125320Z"
    assert "/OutputIntents" in root


def test_pdf_ua1_is_tagged(sample_briefing: Briefing, theme: Theme) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(sample_briefing, theme, variant="pdf/ua-1").data))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()


def test_a_missing_glyph_is_a_warning_not_a_system_font(
    sample_briefing: Briefing, theme: Theme, tmp_path: Path
) -> None:
    # Devanagari: fonts-noto-core installs Noto Sans Devanagari on this kind of machine,
    # so only the empty fontconfig setup keeps it out of the PDF.
    b = dataclasses.replace(sample_briefing, summary=(Point("The delegates from नई दिल्ली arrived.", ()),))
    result = render_pdf(b, theme)
    assert "missing glyph for 'न' (U+0928) in the bottom line: no bundled font has it" in result.warnings
    path = tmp_path / "x.pdf"
    path.write_bytes(result.data)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all("Briefsmith-" in line for line in rows.splitlines()[2:])  # no machine font borrowed


def test_markup_in_an_article_prints_as_text(sample_briefing: Briefing, theme: Theme) -> None:
    hostile = "<script>alert(1)</script><b>x</b>"
    b = dataclasses.replace(sample_briefing, summary=(Point(hostile, sample_briefing.summary[0].citations),))
    with pdfplumber.open(io.BytesIO(render_pdf(b, theme).data)) as pdf:
        assert hostile in pdf.pages[0].extract_text().replace(" ", "")


def test_sample_briefing_cyrillic_and_notes(sample_briefing: Briefing, theme: Theme) -> None:
    with pdfplumber.open(io.BytesIO(render_pdf(sample_briefing, theme).data)) as pdf:
        text = text_of(list(pdf.pages))
        assert "Анна Петрова" in text and "Water sharing on the river" in text
        for page in pdf.pages:
            calls, notes = _calls_and_notes(page)
            assert sorted(calls) == notes


def test_long_words_and_urls_wrap_inside_the_margins(theme: Theme) -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt" * 2
    b = long_briefing()
    b = dataclasses.replace(
        b,
        title="Report on " + word,
        subtitle=word,
        author=word,
        marking="SECRET//" + "X" * 90,
        summary=(Point("See https://example.org/" + "a" * 200, b.summary[0].citations), *b.summary),
        actors=(*b.actors, Actor(word, "group", word, (word,), 1, ())),
        sources=(*b.sources, Source("z", word, (word,), word, "2024-01-01", "https://example.org/" + "b" * 180)),
    )
    side = 21 * MM - 0.5
    with pdfplumber.open(io.BytesIO(render_pdf(b, theme).data)) as pdf:
        for page in pdf.pages:
            outside = [c["text"] for c in page.chars if c["x0"] < side or c["x1"] > page.width - side]
            assert outside == [], (page.page_number, "".join(outside))


def test_warm_up_then_render(sample_briefing: Briefing, theme: Theme) -> None:
    warm_up(theme)  # what a worker process calls before its first brief
    assert render_pdf(sample_briefing, theme).warnings == ()


def test_a_bare_template_still_gets_the_bundled_fonts(sample_briefing: Briefing, tmp_path: Path) -> None:
    # No stylesheet at all: before the bundled fonts were preloaded, Pango had no font
    # and crashed the process.
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.html").write_text(
        '<meta charset="utf-8"><h1>{{ title }}</h1><p>Мир ▪</p>', "utf-8"
    )
    result = render_pdf(sample_briefing, Theme(tmp_path))
    assert result.warnings == ("missing glyph for '▪' (U+25AA) in the template text: no bundled font has it",)
    path = tmp_path / "x.pdf"
    path.write_bytes(result.data)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert rows.splitlines()[2:] and all("Briefsmith-" in line for line in rows.splitlines()[2:])


def test_unverified_points_are_marked_in_print(sample_briefing, theme: Theme) -> None:
    import dataclasses

    point = dataclasses.replace(sample_briefing.sections[0].points[0], verified=False)
    section = dataclasses.replace(sample_briefing.sections[0], points=(point,))
    briefing = dataclasses.replace(sample_briefing, sections=(section, *sample_briefing.sections[1:]))
    with pdfplumber.open(io.BytesIO(render_pdf(briefing, theme).data)) as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
    assert "[unverified] " + point.text[:30] in " ".join(text.split())
