"""The bottom line: the few statements a decision-maker must read first.

Never a question (rhetorical or not: those are open questions), never a concession
("True, there have been protests ...": what the writer grants before the argument), never a quotation
that opens the sentence nor a piece of one begun before it (quotation.py: a fragment of
what someone said is not the point), never
a sentence the classifier calls colour or an aside. With the classifier, sentences
are ranked by how likely an analyst would put them in the bottom line (for an
opinion piece, its argument); without it, by centrality. The lede is lifted when it is
not far below the strongest (news is written lede first), then the rest add what it does
not say (MMR, with a strong penalty for repeating it or its neighbours).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefsmith.engines.extractive.mmr import POOL, Pick, mmr
from briefsmith.engines.extractive.quotation import inside_quote
from briefsmith.engines.extractive.sentences import Unit

_OPENING_QUOTE = "“\"‘'"
NONE_MAX = 0.5  # a sentence the classifier thinks more likely colour than not stays out
# The lede is lifted if its score is at least this share of the best one: the head learnt
# from few articles and under-rates many a lede it has not seen.
LEDE_SHARE = 0.3
LEDE_BONUS = 0.3  # what it adds to the lede's relevance: a lift, not a seat (a stronger point may lead)
NEAR = {1: 0.5, 2: 0.4, 3: 0.3}  # how much sentences 1, 2, 3 apart count as saying the same
# The lede: the first sentence that repeats this share of the headline's words (a
# feature may open on a scene and give the news later), else the first sentence.
HEADLINE_SHARE = 0.4
# The share of its score each other source telling a fact adds to it: a fact more outlets tell
# is more likely the story's. With the bottom line kept from restating any sentence of another
# source that tells a chosen fact (repeats), held out on the clusters: bottom line 39.4 % at
# 0.25, 45.5 % at 0.5 and at 1.0; with the lede's acts in brackets (standing/acts.py) 39.4 %
# at 0.5 and 45.5 % at 1.0 (a bracketed "the attack [on ...]" outranked a fact three outlets tell).
CORROBORATED = 1.0
LAMBDA = 0.5  # relevance against novelty: half and half (the summary must not repeat itself)


# A sentence that opens by granting a point and turns nowhere in itself: the argument is the
# "but" that follows ("True, there have been protests ... . But this attack ..."), not the grant.
_CONCESSION = re.compile(r"^(?:(?:True|Granted|Admittedly|To be sure),|It is true that|It['’]s true that)\s")
_TURN = re.compile(r"\b(?:but|yet|however|though|although|still)\b", re.IGNORECASE)


def eligible(unit: Unit, none: float | None) -> bool:
    text = unit.text.strip()
    if "?" in text or text[:1] in _OPENING_QUOTE or inside_quote(unit.article.sentences, unit.sentence.number):
        return False
    if _CONCESSION.match(text) and not _TURN.search(text):
        return False
    return none is None or none < NONE_MAX


def bottom_line(
    units: Sequence[Unit],
    candidates: Sequence[int],
    score: Callable[[int], float],
    similarity: Callable[[int, int], float],
    k: int,
    modelled: bool,
    headline: Sequence[float],
    tellings: Callable[[int], Sequence[int]] = lambda i: (),
    repeats: Callable[[int], Sequence[int]] | None = None,
) -> list[Pick]:
    """The k bottom-line picks; `tellings(i)`: other sources' sentences that tell the fact
    sentence i tells (facts.py), the best of each source, counted as corroboration;
    `repeats(i)`: every sentence that a pick on i makes a repeat (default: `tellings`), so
    that no fact is stated twice."""
    if not candidates:
        return []
    best = max(score(i) for i in candidates)
    ledes: dict[int, int] = {}
    for i in candidates:  # each article's first candidate, unless a later one says what the headline says
        first = ledes.setdefault(units[i].doc, i)
        if headline[first] < HEADLINE_SHARE <= headline[i]:
            ledes[units[i].doc] = i
    lede = max(ledes.values(), key=lambda i: (score(i), -i))
    lead = lede if score(lede) >= LEDE_SHARE * best else None

    # A fact several sources tell is more likely the story's: each other source adds a share.
    # Counted for the strongest candidates only (the MMR pool is drawn from them), so that a
    # brief of a thousand sources does not match every sentence's fact.
    several = units[0].doc != units[-1].doc  # units come source by source: one source, no other to tell
    strongest = sorted(candidates, key=lambda i: (-score(i), i))[: 2 * POOL] if several else []
    told = {i: len({units[j].doc for j in tellings(i)}) for i in strongest}

    def relevance(i: int) -> float:
        return score(i) * (1.0 + CORROBORATED * told.get(i, 0)) + (LEDE_BONUS if i == lead else 0.0)

    def near(i: int, j: int) -> float:
        # Neighbouring sentences mostly elaborate one point: a bottom line of three
        # points takes them from different parts of the story.
        a, b = units[i], units[j]
        gap = abs(a.sentence.number - b.sentence.number) if a.doc == b.doc else 99
        return max(similarity(i, j), NEAR.get(gap, 0.0))

    lam = LAMBDA if modelled else 0.7
    return mmr(candidates, relevance, near, lambda i: units[i].doc, k, lam, tellings=tellings, repeats=repeats)
