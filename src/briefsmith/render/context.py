"""What a template sees: every variable of the context, built from the Briefing.

The README's "Template context" table is CONTEXT_DOC (a test keeps the two in step with
`template_context`); html.py runs the templates on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefsmith.clock import build_time
from briefsmith.errors import RenderError
from briefsmith.model import Briefing
from briefsmith.render.citing import NoteNumbering
from briefsmith.render.layout import (
    disclaimer,
    keywords,
    kind_label,
    shown_points,
    shown_sections,
    shows_table,
    source_groups,
)
from briefsmith.render.locators import source_labels, table_locator
from briefsmith.render.notes import format_date, format_reference, link_parts
from briefsmith.safeio import Unsafe, read_regular
from briefsmith.settings.options import PAPERS, PDF_PAPER
from briefsmith.version import __version__
from briefsmith.workspace.theme import Theme

SERIES = "Briefsmith Brief"
_PAPER_NAMES = {p.lower(): p for p in PAPERS}  # "a4" -> "A4": CSS takes either, the spec's spelling
PRINT_STYLES = ("fonts.css", "brief.css", "custom.css")  # custom.css: a user's additions
SCREEN_STYLES = ("screen.css", "custom.css")
RTL_LANGUAGES = ("ar", "fa", "ur", "he", "ps", "yi")

# Every variable a template sees: the README's "Template context" table is this dict
# (a test keeps the two in step with `template_context`).
CONTEXT_DOC: dict[str, str] = {
    "briefing": "the `Briefing` object itself (model.py), for anything not listed here",
    "series": 'the series label in the masthead: "Briefsmith Brief"',
    "title": "the briefing title",
    "short_title": "the title cut to 70 characters, for the running header",
    "subtitle": "subtitle, or none",
    "author": "author or organisation, or none",
    "audience": "who it is prepared for, or none",
    "marking": 'the banner for the top and bottom of every page ("UNCLASSIFIED // …"), or none',
    "lang": "language code for `<html lang>` (hyphenation, PDF /Lang)",
    "dir": '"rtl" for a briefing in Arabic, Persian, Urdu or Hebrew, else "ltr"',
    "date": "ISO date (the spec's, else the build date)",
    "date_display": 'the date for people: "March 5, 2024"',
    "summary": "the bottom line: a list of points (below)",
    "sections": "list of {id, title, kind, points, empty (bool), empty_text, table (bool)}; `table`: the "
    "actors table stands here (its points are then only the analyst's: pinned, edited, added)",
    "actors": "list of {name, kind, kind_label, role, aliases, mentions, source}",
    "sources": "list of {id, title, authors, publisher, published, published_display, "
    "text, lead, url, href, tail} — `text` is the full reference",
    "source_groups": "the sources as [{publisher, sources}]: one group with no publisher while the list is "
    "short (under 10) or has one publisher, else one per publisher, alphabetically",
    "notes": "every note in reading order: {number, source, sources, paragraphs, quotes, full, text, lead, url, href, "
    "tail, parts}",
    "keywords": "actor names and publishers, for `<meta name=keywords>`",
    "description": "subtitle or first summary point, for `<meta name=description>` (PDF subject)",
    "disclaimer": "the closing line",
    "changes": "with `build --changes`: {first, points: [{kind (Added/Removed), heading, text, labels}], more}, "
    "what this edition added and removed (at most 8 items); else none",
    "generator": 'e.g. "Briefsmith 0.1.0"',
    "created": "build time, ISO 8601 UTC (from SOURCE_DATE_EPOCH when set)",
    "paper": '"A4" or "letter", for `@page { size: … }`',
    "for_print": "true for the HTML WeasyPrint paginates, false for the standalone NAME.html",
    "stylesheets": "print: file URLs of fonts.css, brief.css, custom.css (first found in the chain)",
    "inline_css": "screen: the text of screen.css and custom.css, to inline",
}
# A point is {text, notes, backing, pinned, verified, edited, added}; a note
# {number, text, lead, url, href, tail, parts, …} where `href` is set only for http(s)/mailto
# URLs (a `javascript:` URL stays text); `parts` are its sources' entries (citing.py).


def page_size(paper: str) -> str:
    try:
        return _PAPER_NAMES[paper.strip().lower()]
    except KeyError:
        raise RenderError(f"unknown paper size {paper!r}", where="paper", hint="use A4 or letter") from None


def _style_text(path: Path, theme: Theme) -> str:
    """A stylesheet to inline: a regular file inside the theme folders, UTF-8, at most 5 MB."""
    try:
        return read_regular(path, roots=theme.roots, max_bytes=5_000_000).decode("utf-8-sig")
    except Unsafe as exc:
        raise RenderError(exc.message, path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RenderError(f"cannot read the stylesheet: {exc}", path=path) from None


def _stylesheets(theme: Theme, names: tuple[str, ...]) -> list[Path]:
    return [p for p in (theme.find("styles", n) for n in names) if p is not None]


def template_context(
    briefing: Briefing, *, paper: str | None = None, for_print: bool = True, theme: Theme | None = None
) -> dict[str, Any]:
    """Every variable the templates see (documented in the README, "Template context")."""
    b = briefing
    notes = NoteNumbering(b.sources)
    labels = source_labels(b.sources)
    summary = [notes.point(p) for p in b.summary]
    sections = []
    for s in shown_sections(b):
        table = shows_table(s, b)
        # The table says who is who: only the analyst's points add to it.
        points = [notes.point(p) for p in shown_points(s, b)]
        sections.append(
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "points": points,
                "empty_text": s.empty_text or "Nothing in the sources.",
                "empty": not s.points,
                "table": table,
            }
        )
    actors = [
        {
            "name": a.name,
            "kind": a.kind,
            "kind_label": kind_label(a),
            "role": a.role or "",
            "aliases": list(a.aliases),
            "mentions": a.mentions,
            "source": table_locator(a.citations, labels),
        }
        for a in b.actors
    ]
    sources = [
        {
            "id": s.id,
            "title": s.title,
            "authors": list(s.authors),
            "publisher": s.publisher,
            "published": s.published,
            "published_display": format_date(s.published),
            **link_parts(format_reference(s), s.url),
        }
        for s in b.sources
    ]
    by_id = {s["id"]: s for s in sources}
    groups = [{"publisher": head, "sources": [by_id[s.id] for s in group]} for head, group in source_groups(b.sources)]
    built = build_time()
    date = b.date or built.date().isoformat()
    styles: list[Path] = []
    if theme is not None:
        styles = _stylesheets(theme, PRINT_STYLES if for_print else SCREEN_STYLES)
    return {
        "briefing": b,
        "series": SERIES,
        "title": b.title,
        "short_title": b.title if len(b.title) <= 70 else b.title[:67].rstrip() + "\u2026",
        "subtitle": b.subtitle,
        "author": b.author,
        "audience": b.audience,
        "marking": b.marking,
        "lang": b.language or "en",
        "dir": "rtl" if (b.language or "en").split("-")[0].lower() in RTL_LANGUAGES else "ltr",
        "date": date,
        "date_display": format_date(date),
        "summary": summary,
        "sections": sections,
        "actors": actors,
        "sources": sources,
        "source_groups": groups,
        "notes": notes.items,
        "keywords": keywords(b),
        "description": b.subtitle or (b.summary[0].text if b.summary else b.title),
        "disclaimer": disclaimer(b),
        "changes": _changes(b),
        "generator": f"Briefsmith {__version__}",
        "created": built.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "paper": page_size(paper or PDF_PAPER),
        "for_print": for_print,
        "stylesheets": [p.as_uri() for p in styles] if for_print else [],
        "inline_css": "" if for_print or theme is None else "\n".join(_style_text(p, theme) for p in styles),
    }


CHANGES_SHOWN = 8  # the "What changed" box stays short: the changes DOCX has every change


def _changes(b: Briefing) -> dict[str, Any] | None:
    if b.changes is None:
        return None
    items = [("Added", c) for c in b.changes.added] + [("Removed", c) for c in b.changes.removed]

    def short(text: str) -> str:
        return text if len(text) <= 140 else text[:139].rsplit(" ", 1)[0] + "\u2026"

    return {
        "first": b.changes.first,
        "points": [
            {"kind": kind, "heading": c.heading, "text": short(c.text), "labels": list(c.labels)}
            for kind, c in items[:CHANGES_SHOWN]
        ],
        "more": max(0, len(items) - CHANGES_SHOWN),
    }
