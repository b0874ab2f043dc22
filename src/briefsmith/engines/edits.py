"""The spec's `edits:` applied to a briefing (part of the overrides step, after strikes
and pins): reworded, deleted, moved and added points, as `briefsmith pull` recorded them.

An edit finds its point by the words it rests on, located afresh in the sources, and takes
every point of the briefing that rests on the same words (whatever section the engine put it
in this time) out of the briefing; the analyst's version then goes where the analyst left
it. So edits survive a new source, a re-condensing, an engine that picks other sentences:
- a reworded point keeps its new wording and the citations the briefing now gives it;
- a point whose words are gone from the sources is kept, unverified, with a warning;
- a point is placed `first`, `after` the point quoting (or reading) `after`, or else where
  its words stand in the sources; the analyst's own point, with no anchor, goes last.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.engines.quotes import fold, locate, overlaps, source_of
from briefsmith.model import Article, Briefing, Citation, Point, empty_text
from briefsmith.workspace.edits import SUMMARY, Cite, PointEdit
from briefsmith.workspace.spec import BriefSpec

# What a section says when its points were all deleted in editing: not "No ... in the sources".
EMPTIED = "No points: deleted in editing."


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _same(a: str, b: str) -> bool:
    return fold(" ".join(a.split())) == fold(" ".join(b.split()))


@dataclass(frozen=True)
class _Hole:
    """Where an edited point stood: its analyst's version goes back in the same place."""

    edit: int


class _Lists:
    """The briefing's point lists by where they stand ("summary" or a section id)."""

    def __init__(self, briefing: Briefing, articles: Sequence[Article]) -> None:
        self.lists: dict[str, list[Point | _Hole]] = {SUMMARY: list(briefing.summary)}
        self.lists.update({s.id: list(s.points) for s in briefing.sections})
        # An actors section's own lines name who is who (the table): an edit of a point
        # resting on the same sentence leaves them alone.
        self.actor_lines = {s.id for s in briefing.sections if s.kind == "actors"}
        self.order = {a.id: i for i, a in enumerate(articles)}
        self.articles = articles

    def take(self, edit: int, where: str, cites: Sequence[Citation], text: str | None) -> list[Point]:
        """Take out every point resting on these words (leaving a hole where it stood), or, for
        the analyst's own point (no cites), reading `text`; return them. Sections are one
        pool (the engine may put the words in another section next time); the bottom line is
        its own: a point may stand there and in a section too."""
        taken: list[Point] = []
        for name, points in self.lists.items():
            if (name == SUMMARY) != (where == SUMMARY):
                continue
            for i, p in enumerate(points):
                if isinstance(p, _Hole) or (name in self.actor_lines and not p.by_analyst):
                    continue
                if cites:
                    hit = any(overlaps(c, t) for c in p.citations for t in cites)
                else:  # the analyst's own point, already in (an engine that echoes, a second pass)
                    hit = p.added and _same(p.text, text or "")
                if hit:
                    taken.append(p)
                    points[i] = _Hole(edit)
        return taken

    def fill(self, where: str, edit: int, point: Point) -> bool:
        """Put the point where the briefing had it, if that was here."""
        points = self.lists[where]
        at = next((i for i, p in enumerate(points) if p == _Hole(edit)), None)
        if at is None:
            return False
        points[at] = point
        return True

    def _key(self, point: Point | _Hole) -> tuple[int, int, int] | None:
        if isinstance(point, _Hole) or not point.citations:
            return None
        c = point.citations[0]
        return (self.order.get(c.source, len(self.order)), c.paragraph, c.start or 0)

    def by_source_order(self, where: str, point: Point) -> None:
        points, key = self.lists[where], self._key(point)
        at = next((i for i, p in enumerate(points) if key and (k := self._key(p)) and k > key), len(points))
        points.insert(at, point)

    def anchor(self, where: str, anchor: str) -> int | None:
        """The index of the point an `after:` names: by its text, a quote, or the words it rests on."""
        located = [c for a in self.articles if (c := locate(a, anchor)) is not None]
        for i, p in enumerate(self.lists[where]):
            if isinstance(p, _Hole):
                continue
            if _same(p.text, anchor) or any(_same(c.quote, anchor) for c in p.citations):
                return i
            if any(overlaps(c, loc) for c in p.citations for loc in located):
                return i
        return None

    def points(self, where: str) -> tuple[Point, ...]:
        return tuple(p for p in self.lists[where] if isinstance(p, Point))


def _located(edit: PointEdit, articles: Sequence[Article], spec: BriefSpec) -> tuple[list[Citation], list[Cite]]:
    found: list[Citation] = []
    missing: list[Cite] = []
    for cite in edit.cites:
        article = source_of(cite.source, articles, spec.sources)
        where = locate(article, cite.quote) if article is not None else None
        if where is None:
            missing.append(cite)
        else:
            found.append(where)
    return found, missing


def apply_edits(briefing: Briefing, articles: Sequence[Article], spec: BriefSpec) -> tuple[Briefing, list[str]]:
    if not spec.edits:
        return briefing, []
    lists = _Lists(briefing, articles)
    warnings: list[str] = []
    located: list[list[Citation]] = []
    for n, edit in enumerate(spec.edits):
        found, missing = _located(edit, articles, spec)
        located.append(found)
        if missing and not edit.delete:
            names = ", ".join(sorted({c.source for c in missing}))
            what = "the words it cites are" if not found else "some of the words it cites are"
            text = _short(edit.text or missing[0].quote)
            warnings.append(f"edited point kept, but {what} no longer in {names}: '{text}' (edits[{n}])")
    removed = [
        lists.take(n, e.section, cites, e.text) for n, (e, cites) in enumerate(zip(spec.edits, located, strict=True))
    ]
    waiting: list[tuple[PointEdit, Point]] = []
    for n, edit in enumerate(spec.edits):
        if edit.delete:
            continue
        if edit.section not in lists.lists:
            warnings.append(f"edits[{n}]: section {edit.section!r} is not in this briefing; the edit waits in the spec")
            continue
        point = _point(edit, removed[n], located[n])
        if edit.first:
            lists.lists[edit.section].insert(0, point)
        elif edit.after:
            waiting.append((edit, point))
        elif not lists.fill(edit.section, n, point):  # back where it stood, else as _fallback says
            _fallback(lists, edit.section, point)
    while waiting:  # an anchor may be a point placed by a later edit: place what can be, again
        still = []
        for edit, point in waiting:
            at = lists.anchor(edit.section, edit.after or "")
            if at is None:
                still.append((edit, point))
            else:
                lists.lists[edit.section].insert(at + 1, point)
        if len(still) == len(waiting):
            for edit, point in still:  # the anchor is gone
                _fallback(lists, edit.section, point)
            break
        waiting = still
    sections = []
    for s in briefing.sections:
        points = lists.points(s.id)
        empty = "" if points else s.empty_text or empty_text(s.id, s.title)
        if s.points and not points:  # the sources gave points, the analyst deleted them all
            empty = EMPTIED
        sections.append(dataclasses.replace(s, points=points, empty_text=empty))
    return dataclasses.replace(briefing, summary=lists.points(SUMMARY), sections=tuple(sections)), warnings


def _fallback(lists: _Lists, where: str, point: Point) -> None:
    """Where the point's words stand in the sources; the analyst's own point last."""
    if point.citations:
        lists.by_source_order(where, point)
    else:
        lists.lists[where].append(point)


def _point(edit: PointEdit, removed: list[Point], located: list[Citation]) -> Point:
    """The analyst's version of a point: the briefing's own copy (its citations, today's)
    with the analyst's wording; the words alone if the briefing no longer has the point."""
    if not edit.cites:
        return Point(edit.text or "", (), added=True)
    base = removed[0] if removed else None
    citations = base.citations if base is not None else tuple(located)
    text = edit.text or (base.text if base is not None else " ".join(c.quote for c in citations))
    if not text:  # nothing located and nothing to say: the quote the spec holds
        text = edit.cites[0].quote
    return Point(
        text,
        citations,
        pinned=base.pinned if base is not None else False,
        # Resting on nothing any more: printed "[unverified]" (and warned about) until
        # the words come back or the analyst drops the edit.
        verified=(base.verified if base is not None else True) and bool(citations),
        edited=edit.text is not None,
        # A point moved, not reworded, keeps its words and so the record of their brackets.
        insertions=base.insertions if base is not None and edit.text is None else (),
    )
