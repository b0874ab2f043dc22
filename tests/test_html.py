"""The HTML renderer: content, escaping, the template chain, the screen HTML."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from conftest import displayed_citations

from briefsmith.errors import RenderError
from briefsmith.model import Briefing, Point, Section, Source
from briefsmith.render.context import CONTEXT_DOC, template_context
from briefsmith.render.html import render_html
from briefsmith.workspace.theme import Theme, default_theme_dir

HOSTILE = "<script>alert(1)</script><b>x</b>"


@pytest.fixture
def theme(tmp_path: Path) -> Theme:
    return Theme(tmp_path)


def test_print_html_has_the_whole_briefing(sample_briefing: Briefing, theme: Theme) -> None:
    html = render_html(sample_briefing, theme)
    assert '<meta charset="utf-8">' in html
    assert '<html lang="en"' in html
    assert "<title>Water sharing on the river</title>" in html
    assert '<meta name="author" content="Test Desk">' in html
    for text in (
        "Bottom line",
        "Background",
        "Key actors",
        "Security rationale",
        "Human-rights concerns",
        "Open questions",
        "No security rationale in the sources.",
        "Anna Petrova",
        "Анна Петрова",
        "the council&#39;s secretary general",
        "Sources",
        "UNCLASSIFIED // FOR DISCUSSION",
        "March 5, 2024",
    ):
        assert text in html, text
    assert html.count('class="footnote"') == len(displayed_citations(sample_briefing))
    assert "@page { size: A4; }" in html
    # Stylesheets come from the packaged theme, as local files.
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
    assert [Path(u).name for u in links] == ["fonts.css", "brief.css"]
    assert all(u.startswith("file://") for u in links)


def test_markup_in_an_article_is_text(sample_briefing: Briefing, theme: Theme) -> None:
    bad = dataclasses.replace(
        sample_briefing,
        title=HOSTILE,
        summary=(Point(HOSTILE, ()),),
        sources=(Source("s", HOSTILE, url="javascript:alert(1)"),),
    )
    for for_print in (True, False):
        html = render_html(bad, theme, for_print=for_print)
        assert "<script>" not in html and "<b>x</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;" in html
        # A javascript: URL is shown, never linked.
        assert 'href="javascript:' not in html and "javascript:alert(1)" in html


def test_standalone_html_needs_nothing_outside_itself(sample_briefing: Briefing, theme: Theme) -> None:
    html = render_html(sample_briefing, theme, for_print=False)
    assert "<link" not in html and "<img" not in html and "file:" not in html
    assert "@import" not in html and "url(" not in html
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(h.startswith(("#", "https://")) for h in hrefs)
    # Citations are endnotes that link both ways.
    n = len(displayed_citations(sample_briefing))
    assert html.count('class="note-call"') == n
    assert all(f'id="note-{i}"' in html and f'href="#ref-{i}"' in html for i in range(1, n + 1))
    assert "float: footnote" not in html and "<style>" in html
    assert html.count("UNCLASSIFIED // FOR DISCUSSION") == 2  # top and bottom


def test_notes_are_full_then_short(sample_briefing: Briefing) -> None:
    notes = template_context(sample_briefing)["notes"]
    assert notes[0]["full"] and notes[0]["text"].startswith("Jane Doe, \u201cRiver council meets amid drought,\u201d")
    assert notes[0]["href"] == sample_briefing.sources[0].url
    assert not notes[1]["full"] and notes[1]["text"] == "Doe, \u201cRiver council meets amid,\u201d para. 1."
    assert [n["number"] for n in notes] == list(range(1, len(notes) + 1))


def test_context_is_documented(sample_briefing: Briefing, theme: Theme) -> None:
    for for_print in (True, False):
        ctx = template_context(sample_briefing, paper="letter", for_print=for_print, theme=theme)
        assert set(ctx) == set(CONTEXT_DOC)
    assert ctx["paper"] == "letter"
    with pytest.raises(RenderError, match="paper"):
        template_context(sample_briefing, paper="A5")


def test_a_workspace_template_comes_first(sample_briefing: Briefing, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    # Override only the macros: brief.html still comes from the package.
    packaged = (default_theme_dir() / "templates" / "macros.jinja").read_text("utf-8")
    (tmp_path / "templates" / "macros.jinja").write_text(
        packaged.replace('<ul class="points">', '<ul class="points mine">'), "utf-8"
    )
    html = render_html(sample_briefing, Theme(tmp_path))
    assert '<ul class="points mine">' in html and "Water sharing on the river" in html


def test_an_unknown_variable_names_the_template_and_line(sample_briefing: Briefing, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.html").write_text("<p>{{ title }}</p>\n<p>{{ titel }}</p>\n", "utf-8")
    with pytest.raises(RenderError) as err:
        render_html(sample_briefing, Theme(tmp_path))
    assert "titel" in err.value.message and err.value.path.endswith("brief.html")
    assert err.value.where == "line 2"


def test_a_template_syntax_error_is_a_render_error(sample_briefing: Briefing, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.html").write_text("{% if %}", "utf-8")
    with pytest.raises(RenderError, match="syntax"):
        render_html(sample_briefing, Theme(tmp_path))


def test_templates_are_sandboxed(sample_briefing: Briefing, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.html").write_text("{{ briefing.__class__.__init__.__globals__ }}", "utf-8")
    with pytest.raises(RenderError):
        render_html(sample_briefing, Theme(tmp_path))


def test_empty_sections_and_no_actor_section(sample_briefing: Briefing, theme: Theme) -> None:
    b = dataclasses.replace(sample_briefing, sections=(Section("background", "Background", (), "Nothing yet."),))
    html = render_html(b, theme)
    assert "Nothing yet." in html
    # The actors table still appears, under its own heading.
    assert html.count('<table class="actors">') == 1 and "<h2>Key actors</h2>" in html


def test_a_failing_expression_is_a_render_error(sample_briefing: Briefing, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "brief.html").write_text("<p>{{ title }}</p>\n{{ 1 / 0 }}\n", "utf-8")
    with pytest.raises(RenderError) as err:
        render_html(sample_briefing, Theme(tmp_path))
    assert "ZeroDivisionError" in err.value.message and err.value.where == "line 2"


def test_a_note_call_is_joined_to_its_word(sample_briefing: Briefing, theme: Theme) -> None:
    # U+2060 WORD JOINER before the first call: a line never starts with a call.
    for for_print, call in ((True, '<span class="footnote"'), (False, '<sup class="note-call"')):
        html = render_html(sample_briefing, theme, for_print=for_print)
        starts = [m.start() for m in re.finditer(re.escape(call), html)]
        assert starts and all(html[i - 1] == "\u2060" or html[:i].endswith(("</span>", "</sup>")) for i in starts)
    assert "Delegates from five states attended the talks.\u2060<span" in render_html(sample_briefing, theme)
