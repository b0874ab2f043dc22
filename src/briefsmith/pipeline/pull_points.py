"""The points of an edited DOCX against the points Briefsmith wrote (pull_diff.py cuts the
document into regions first): a paragraph that lost its bookmark matched by its text, then,
region by region, what was reworded, deleted, moved or added. What stays in place is the
longest run of points still in their old order; the rest is "moved", placed after the point
before it (or first).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from briefsmith.render.identity import Shown

SIMILAR = 0.6  # how alike a paragraph that lost its bookmark must be to the point it was
_DECORATION = re.compile(r"^\s*(\[unverified\]|\[analyst\])\s*|\s*\(\d+ sources\)\s*$")
Item = tuple[str, Shown | None, str, bool]  # region, the point it was (None: new), its text, matched by text


@dataclass(frozen=True)
class Placement:
    first: bool = False
    after: str | None = None  # the quote (or, for the analyst's own point, the text) it follows


@dataclass(frozen=True)
class PointChange:
    shown: Shown  # the point as Briefsmith wrote it
    where: str  # where it stands now ("summary" or a section id)
    deleted: bool = False
    text: str | None = None  # the new wording, when reworded
    placement: Placement | None = None  # when moved
    by_text: bool = False  # its bookmark was lost: matched by its text


@dataclass(frozen=True)
class Added:
    where: str
    text: str
    placement: Placement


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def plain(text: str) -> str:
    """A point's own words: without the labels and counts a document adds around them."""
    previous = None
    while previous != text:
        previous, text = text, _DECORATION.sub("", text)
    return norm(text)


def anchor_of(point_text: str, shown: Shown | None) -> str:
    if shown is not None and shown.point.citations:
        return norm(shown.point.citations[0].quote)
    return norm(point_text)


def rematch(items: list[Item], unmatched: list[Shown], seen: set[str]) -> list[Item]:
    """Paragraphs with no bookmark: the point they were, if one left unmatched reads alike."""
    out: list[Item] = []
    for region, shown, text, _ in items:
        if shown is None and unmatched:
            mine = plain(text).casefold()
            scored = [
                (
                    difflib.SequenceMatcher(None, mine, plain(s.point.text).casefold()).ratio()
                    + (s.where == region) * 0.05,
                    s,
                )
                for s in unmatched
            ]
            score, best = max(scored, key=lambda pair: pair[0])
            if score >= SIMILAR:
                unmatched.remove(best)
                seen.add(best.id)
                out.append((region, best, text, True))
                continue
        out.append((region, shown, text, False))
    return out


def compare_points(items: list[Item], shown: list[Shown], seen: set[str]) -> tuple[list[PointChange], list[Added]]:
    changes = [PointChange(s, s.where, deleted=True) for s in shown if s.id not in seen]
    added: list[Added] = []
    by_region: dict[str, list[Item]] = {}
    for item in items:
        by_region.setdefault(item[0], []).append(item)
    for region, row in by_region.items():
        old = [s.id for s in shown if s.where == region]
        staying = _longest_in_order([old.index(s.id) if s is not None and s.id in old else -1 for _, s, _, _ in row])
        for i, (_, s, text, by_text) in enumerate(row):
            words = plain(text)
            if i == 0:
                place = Placement(first=True)
            else:
                prev_shown, prev_text = row[i - 1][1], row[i - 1][2]
                place = Placement(after=anchor_of(plain(prev_text), prev_shown))
            if s is None:
                if words:
                    added.append(Added(region, words, place))
                continue
            if not words:  # its text emptied, or deleted with Track Changes on: its bookmark stays
                changes.append(PointChange(s, s.where, deleted=True))
                continue
            reworded = words != plain(s.point.text)
            moved = i not in staying
            if reworded or moved or by_text:
                changes.append(
                    PointChange(
                        s, region, text=words if reworded else None, placement=place if moved else None, by_text=by_text
                    )
                )
    return changes, added


def _longest_in_order(positions: list[int]) -> set[int]:
    """Indices of the longest increasing run of old positions (-1: not an old point here)."""
    best: list[list[int]] = []  # best[k]: indices of an increasing run of length k+1 ending lowest
    for i, pos in enumerate(positions):
        if pos < 0:
            continue
        k = next((j for j, run in enumerate(best) if positions[run[-1]] >= pos), len(best))
        run = (best[k - 1] if k else []) + [i]
        if k == len(best):
            best.append(run)
        else:
            best[k] = run
    return set(best[-1]) if best else set()
