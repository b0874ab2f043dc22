"""Maximal marginal relevance: take the best sentence, then the best of the rest
discounted by how much it repeats what is already taken.

A candidate too close to a chosen sentence is never a second point. When it comes
from another article it is the same fact reported twice: the chosen point keeps
it as an extra citation ("backed by 2 sources") instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# Above this cosine two sentences say the same thing; a point is never repeated.
DUPLICATE = 0.6
# Candidates considered per section: bounds the quadratic part of MMR, so a
# megabyte article costs about as much here as a page does.
POOL = 60


@dataclass
class Pick:
    index: int
    also: list[int] = field(default_factory=list)  # same fact, other articles


def mmr(
    candidates: Sequence[int],
    relevance: Callable[[int], float],
    similarity: Callable[[int, int], float],
    doc_of: Callable[[int], int],
    k: int,
    lam: float = 0.7,
    tellings: Callable[[int], Sequence[int]] = lambda i: (),
    spread: float = 0.0,
    repeats: Callable[[int], Sequence[int]] | None = None,
) -> list[Pick]:
    """The k best candidates without repeats. `tellings(i)` names the sentences of other
    sources that tell the fact sentence i tells (facts.py): once i is chosen they are its
    support, never a second point, however differently they are worded; `repeats(i)`, when
    given, names them instead (a caller that blocks more than it credits). `spread`: how much
    less a candidate counts for each point already chosen from (or backed by) its source, so
    that several sources each get heard (the open questions of a multi-source brief)."""
    pool = sorted(candidates, key=lambda i: (-relevance(i), i))[:POOL]
    picks: list[Pick] = []
    # Highest similarity to any chosen sentence, updated as picks are made (O(k * pool)).
    closest = dict.fromkeys(pool, 0.0)
    nearest: dict[int, int] = {}
    # Kept out by `repeats` alone: it may repeat a chosen point, so it is no point of its own,
    # but it is no citation of that point either (a loose match cited is a source that does
    # not say what the point says; the caller backs points where a source surely does).
    barred: set[int] = set()
    while pool and len(picks) < k:
        heard = _heard(picks, doc_of) if spread else {}
        best = max(
            pool,
            key=lambda i: (lam * relevance(i) - (1 - lam) * closest[i] - spread * heard.get(doc_of(i), 0), -i),
        )
        pool.remove(best)
        if closest[best] >= DUPLICATE:
            # Everything left is a repeat of something chosen; keep it only as support.
            if best not in barred:
                _support(picks, best, nearest[best], doc_of)
            continue
        picks.append(Pick(best))
        for j in (repeats or tellings)(best):
            if j in closest and closest[j] < DUPLICATE:
                closest[j], nearest[j] = DUPLICATE, len(picks) - 1
                if repeats is not None:
                    barred.add(j)
        for i in pool:
            s = similarity(best, i)
            if s >= DUPLICATE and i in barred:  # words close enough: a retelling, which backs this point
                barred.discard(i)
                closest[i], nearest[i] = s, len(picks) - 1
            elif s > closest[i]:
                closest[i], nearest[i] = s, len(picks) - 1
    for i in pool:  # what was left over may still back a chosen point
        if closest[i] >= DUPLICATE and i not in barred:
            _support(picks, i, nearest[i], doc_of)
    return picks


def _heard(picks: list[Pick], doc_of: Callable[[int], int]) -> dict[int, int]:
    """How many chosen points each source has made or backs."""
    heard: dict[int, int] = {}
    for p in picks:
        for d in {doc_of(p.index), *(doc_of(j) for j in p.also)}:
            heard[d] = heard.get(d, 0) + 1
    return heard


def _support(picks: list[Pick], index: int, slot: int, doc_of: Callable[[int], int]) -> None:
    pick = picks[slot]
    docs = {doc_of(pick.index), *(doc_of(j) for j in pick.also)}
    if doc_of(index) not in docs:
        pick.also.append(index)
