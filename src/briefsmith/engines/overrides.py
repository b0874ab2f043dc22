"""The analyst's hand on a briefing, applied as one step after any engine: struck strings
(no point or actor may contain them), pinned points (which must rest on words that
stand in the named source), then the edits `briefsmith pull` recorded (engines/edits.py).

Engines need not know about any of it. The extractive engine asks `pinned_points` and
`is_struck` beforehand only to spend its room on other sentences; applying this step
again to its output changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefsmith.engines.edits import apply_edits
from briefsmith.engines.quotes import locate, source_of
from briefsmith.model import Article, Briefing, Point, empty_text
from briefsmith.workspace.spec import BriefSpec


def is_struck(text: str, strikes: Sequence[str]) -> bool:
    low = text.lower()
    return any(s.lower() in low for s in strikes)


def pinned_points(
    spec: BriefSpec, articles: Sequence[Article], section_ids: Sequence[str]
) -> tuple[dict[str, list[Point]], list[str]]:
    """Pinned points per section, and a warning for each pin that cannot stand."""
    points: dict[str, list[Point]] = {}
    warnings: list[str] = []
    for n, pin in enumerate(spec.pin):
        where = f"pin[{n}]"
        if pin.section not in section_ids:
            warnings.append(f"{where}: section {pin.section!r} is not in this briefing; pin ignored")
            continue
        article = source_of(pin.source, articles, spec.sources)
        if article is None:
            warnings.append(f"{where}: source {pin.source!r} is not one of the brief's sources; pin ignored")
            continue
        cite = locate(article, pin.quote)
        if cite is None:
            warnings.append(f"{where}: quote not found verbatim in {article.id}: {pin.quote[:60]!r}; pin ignored")
            continue
        points.setdefault(pin.section, []).append(Point(pin.text or cite.quote, (cite,), pinned=True))
    return points, warnings


def _sentences(points: Sequence[Point]) -> set[tuple[str, int | None]]:
    return {(c.source, c.sentence) for p in points for c in p.citations}


def _rests_on(point: Point, taken: set[tuple[str, int | None]]) -> bool:
    return bool(point.citations) and {(c.source, c.sentence) for c in point.citations} <= taken


def apply_overrides(briefing: Briefing, articles: Sequence[Article], spec: BriefSpec) -> Briefing:
    """The briefing with the spec's strikes and pins applied (and their warnings added)."""
    section_ids = [s.id for s in briefing.sections]
    pins, warnings = pinned_points(spec, articles, section_ids)
    pinned_at = _sentences([p for points in pins.values() for p in points])
    strikes = spec.strike

    def keep(point: Point, kind: str) -> bool:
        if is_struck(point.text, strikes):
            return False
        # A point resting only on pinned words repeats the pin (an engine's own copy of it,
        # too): the analyst's wording wins. Actor lines cite roles, not claims: they stay.
        return kind == "actors" or point.pinned or not _rests_on(point, pinned_at)

    sections = []
    for section in briefing.sections:
        pinned = pins.get(section.id, [])
        room = max(0, spec.max_points - len(pinned))
        found = [p for p in section.points if not p.pinned and keep(p, section.kind)][:room]
        points = tuple(pinned + found)
        sections.append(
            dataclasses.replace(
                section,
                points=points,
                empty_text="" if points else section.empty_text or empty_text(section.id, section.title),
            )
        )
    briefing = dataclasses.replace(
        briefing,
        summary=tuple(p for p in briefing.summary if keep(p, "summary")),
        sections=tuple(sections),
        actors=tuple(a for a in briefing.actors if not is_struck(a.name, strikes)),
    )
    briefing, edit_warnings = apply_edits(briefing, articles, spec)
    return dataclasses.replace(briefing, warnings=tuple(dict.fromkeys((*briefing.warnings, *warnings, *edit_warnings))))
