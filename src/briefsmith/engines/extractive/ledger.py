"""No fact twice: the points chosen so far and every sentence they cite.

A new point is dropped when it says what a chosen one says: the same sentence, words close
enough (MMR's cosine), or the same fact in other words (facts.py); from another source it then
backs that point instead. A point that is kept is backed at once by the sentence of every
other source that tells its fact ("(3 sources)"), so that no later point restates it. A
sentence backs one point only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefsmith.engines.extractive.facts import SAME, Facts
from briefsmith.engines.extractive.mmr import DUPLICATE, Pick
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sentences import Unit


class Ledger:
    def __init__(
        self, units: Sequence[Unit], scores: Scores, facts: Facts, quoted: Callable[[int], set[int]] = lambda i: set()
    ):
        self.units, self.scores, self.facts = units, scores, facts
        self.quoted = quoted  # the units a point on unit i quotes before its own
        self.chosen: list[Pick] = []
        self.cited: dict[int, Pick] = {}  # every sentence a chosen point cites -> that point

    def add(self, pick: Pick, least: float = SAME) -> None:
        """Keep a point, backed by every other source that tells its fact (scoring at least `least`)."""
        before = sorted(self.quoted(pick.index))
        for i in (pick.index, *before):
            for j in self.facts.tellings(i, least):
                if j not in self.cited and j not in pick.also and j != pick.index and j not in before:
                    pick.also.append(j)
        for j in self.facts.ledes(pick.index):  # the main fact, as each outlet opens with it
            if j not in self.cited and j not in pick.also:
                pick.also.append(j)
        self.chosen.append(pick)
        # The quoted units themselves are the composer's to claim (no other statement makes them
        # again); a question may still ask what one leaves open.
        for j in (pick.index, *pick.also):
            self.cited.setdefault(j, pick)

    def repeated(self, pick: Pick) -> Pick | None:
        """The chosen point that already says what `pick` says, if any."""
        if pick.index in self.cited:
            return self.cited[pick.index]
        for score, j in self.facts.matches(pick.index):
            if score >= SAME and j in self.cited:
                return self.cited[j]
        return next((c for c in self.chosen if self.scores.similarity(c.index, pick.index) >= DUPLICATE), None)

    def admit(self, picks: Sequence[Pick]) -> list[Pick]:
        """The picks that say something new (kept, and backed); the others back what they repeat."""
        kept = []
        for pick in picks:
            dup = self.repeated(pick)
            if dup is None:
                self.add(pick)
                kept.append(pick)
                continue
            docs = {self.units[j].doc for j in (dup.index, *dup.also)}
            for j in (pick.index, *pick.also):
                if self.units[j].doc not in docs and j not in self.cited:
                    dup.also.append(j)
                    docs.add(self.units[j].doc)
                    self.cited[j] = dup
        return kept

    def restates(self, i: int, least: float = SAME) -> bool:
        """Does unit i back a chosen point, or tell the fact of one (scoring at least `least`)? (-1: no unit)"""
        if i < 0:
            return False
        return i in self.cited or any(score >= least and j in self.cited for score, j in self.facts.matches(i))

    def backing(self, i: int) -> list[int]:
        """The sentences of other sources that tell unit i's fact and back no point yet, now
        taken: a line resting on unit i (a who's-who line) cites them too."""
        if i < 0:
            return []
        found = [j for j in self.facts.tellings(i) if not self._elsewhere(j, i)]
        for j in found:
            self.cited[j] = self.cited.get(i) or Pick(i)
        return found

    def _elsewhere(self, j: int, i: int) -> bool:
        """Does unit j back a point, or tell the fact of one, other than through unit i?"""
        return j in self.cited or any(
            score >= SAME and k != i and k in self.cited for score, k in self.facts.matches(j)
        )
