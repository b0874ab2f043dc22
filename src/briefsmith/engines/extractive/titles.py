"""Titles before a name: "Russian Foreign Minister | Sergey Lavrov", "Former Liberal
Democrat MP | Jackie Ballard", "Foreign Minister of Afghanistan | Amir Khan Muttaqi"."""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.names import CONNECTORS, Token
from briefsmith.engines.extractive.wordlists import CORE_TITLES, ORG_HEADS, PORTFOLIOS, TITLES


def _after_title(words: Sequence[str], k: int) -> int:
    """Skip the rest of a title: more title words, "and", "of Afghanistan"."""
    while k < len(words):
        w = words[k]
        if w in TITLES or w in ("and", "&"):
            k += 1
        elif w == "of" and k + 1 < len(words):
            the = words[k + 1] == "the"
            nxt = words[min(k + 1 + the, len(words) - 1)]
            if places.state_code(nxt) or nxt in places.CAPITALS or nxt == "State":
                k += 2 + the
            else:
                break
        else:
            break
    return k


def _past_portfolio(words: Sequence[str], k: int) -> int:
    """ "Assistant Attorney General for National Security | John P. Carlin": the brief a title
    names after "for" is part of it; the person's name is the last words, up to three, back to
    the first portfolio, body or title word."""
    if k >= len(words) or words[k] != "for":
        return k
    start = len(words)
    while start > k + 2 and len(words) - start < 3:
        w = words[start - 1]
        if w in PORTFOLIOS or w in ORG_HEADS or w in TITLES or w in CONNECTORS:
            break
        start -= 1
    return start if len(words) - start >= 2 else k


def title_split(run: Sequence[int], tokens: Sequence[Token]) -> int | None:
    """Index in `run` where a person's name starts after a title ("Former Liberal
    Democrat MP | Jackie Ballard", "Foreign Minister of Afghanistan | Amir Khan
    Muttaqi"), or None when the run is not title + name."""
    words = [tokens[i].text for i in run]
    for j, w in enumerate(words):
        if w not in CORE_TITLES:
            continue
        k = _after_title(words, j + 1)
        k = _past_portfolio(words, k)
        rest = words[k:]
        if "of" in rest[1:]:
            rest = rest[: rest.index("of", 1)]  # "Judge Alvin K. Hellerstein | of the Southern District ...": a post
        if 1 <= len(rest) <= 4 and not any(x in TITLES for x in rest) and rest[0] not in CONNECTORS:
            return k
    return None
