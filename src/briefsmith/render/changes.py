"""Two editions of a brief compared (`build --changes`): which printed points are new, which
are gone, which say something else now. A point is the same point when it reads the same, or
rests first on the same words of the same source: never by position, so a point that moved
is not "removed and added". (A point that now leads with another source's sentence is a new
point: that source brought it.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from briefsmith.engines.quotes import overlaps
from briefsmith.model import Briefing, ChangedPoint, Changes, Point
from briefsmith.render.identity import SUMMARY, Shown, shown
from briefsmith.render.layout import shown_sections

BOTTOM_LINE = "Bottom line"


def same_point(a: Point, b: Point) -> bool:
    if " ".join(a.text.split()) == " ".join(b.text.split()):
        return True
    return bool(a.citations and b.citations) and overlaps(a.citations[0], b.citations[0])


@dataclass(frozen=True)
class Pair:
    """A printed point of the new edition and what the previous one printed for it."""

    new: Shown
    old: Shown | None


def headings(briefing: Briefing) -> dict[str, str]:
    return {SUMMARY: BOTTOM_LINE} | {s.id: s.title for s in shown_sections(briefing)}


def pair_up(previous: Briefing, current: Briefing) -> tuple[list[Pair], list[Shown]]:
    """Every printed point of `current` with its match in `previous` (or None), and the
    points of `previous` that match nothing (removed)."""
    left = shown(previous)
    pairs = []
    for s in shown(current):
        match = next((o for o in left if o.where == s.where and same_point(o.point, s.point)), None)
        match = match or next((o for o in left if same_point(o.point, s.point)), None)
        if match is not None:
            left.remove(match)
        pairs.append(Pair(s, match))
    return pairs, left


def compare(previous: Briefing | None, current: Briefing) -> Changes:
    if previous is None:
        return Changes(first=True)
    pairs, removed = pair_up(previous, current)
    new_headings, old_headings = headings(current), headings(previous)

    def item(s: Shown, names: dict[str, str]) -> ChangedPoint:
        sources = tuple(dict.fromkeys(c.source for c in s.point.citations))
        labels = tuple(dict.fromkeys(sources_named(sources, current, previous)))
        return ChangedPoint(s.where, names.get(s.where, s.where), s.point.text, sources, labels)

    added = tuple(item(p.new, new_headings) for p in pairs if p.old is None)
    return Changes(added, tuple(item(s, old_headings) for s in removed))


def sources_named(ids: tuple[str, ...], briefing: Briefing, previous: Briefing | None = None) -> Iterator[str]:
    """How the "What changed" box names a point's sources: publisher, else author, else title."""
    known = {s.id: s for s in (*(previous.sources if previous else ()), *briefing.sources)}
    for source_id in ids:
        s = known.get(source_id)
        yield (s.publisher or s.author or s.title) if s else source_id
