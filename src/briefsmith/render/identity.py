"""Stable names for what a person edits in the DOCX: every point, heading, the title and
the subtitle carry a (hidden) bookmark, so `briefsmith pull` knows which point a paragraph
was after Word or LibreOffice has saved the file again.

A point's name comes from the words it rests on (its first citation's source and quote),
the analyst's own point's from its text: the same point gets the same name in every
edition. Bookmarks whose names start with "_" are hidden in Word's bookmark list; Word
allows 40 characters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from briefsmith.model import Briefing, Point
from briefsmith.render.layout import shown_points, shown_sections

SUMMARY = "summary"  # where the bottom line's points stand
POINT_PREFIX, HEADING_PREFIX = "_bsp_", "_bsh_"
TITLE_ID, SUBTITLE_ID = "_bs_title", "_bs_subtitle"


@dataclass(frozen=True)
class Shown:
    """A point as a document prints it: where ("summary" or a section id) and its name."""

    where: str
    point: Point
    id: str


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def point_basis(point: Point) -> str:
    if point.citations:
        first = point.citations[0]
        return f"{first.source}\x1f{' '.join(first.quote.split())}"
    return "analyst\x1f" + " ".join(point.text.split())


def heading_id(section_id: str) -> str:
    return HEADING_PREFIX + _digest(section_id)


def shown(briefing: Briefing) -> list[Shown]:
    """Every printed point in document order, each with a name unique in the document."""
    out: list[Shown] = []
    taken: set[str] = set()

    def name(point: Point) -> str:
        base = POINT_PREFIX + _digest(point_basis(point))
        candidate, n = base, 1
        while candidate in taken:  # the same words twice (summary and a section)
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate)
        return candidate

    out += [Shown(SUMMARY, p, name(p)) for p in briefing.summary]
    for section in shown_sections(briefing):
        out += [Shown(section.id, p, name(p)) for p in shown_points(section, briefing)]
    return out
