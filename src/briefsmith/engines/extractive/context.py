"""What the words around a name tell about it: does it act, is it the subject, is it
called a group, is it quoted, is it a name at all (not a place, a post, an adjective)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.wordlists import (
    ACTION_VERBS,
    CORE_TITLES,
    DOCUMENT_TAILS,
    GROUP_WORDS,
    INSTITUTIONS,
    MONTHS_DAYS,
    NON_ACTOR_HEADS,
    ORG_HEADS,
    TITLES,
)

_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western Upper Lower".split())
_ADJECTIVE = ("ist", "ern", "ic", "ian", "ese", "ish", "an")
_FAITHS = frozenset("Muslim Sunni Shiite Shia Hindu Sikh Jewish Christian Catholic Orthodox Kurdish".split())
CONNECTORS_LOWER = frozenset("and or of for to in on at by with as is was are were has have had".split())
_LEADING = frozenset("the but and however meanwhile also yet so still now then , “ \" ‘ '".split())

_SKIP = frozenset(", also too then later now reportedly previously recently".split())
_PASSIVE = frozenset("was were is are been being be".split())


def acts(tokens: Sequence[Token], after: int) -> bool:
    """Does a verb follow the name (over an adverb or two)? Then the actor acts."""
    k = after
    while k < len(tokens) and tokens[k].raw.lower() in _SKIP and k - after < 4:
        k += 1
    if k >= len(tokens) or tokens[k].raw in _PASSIVE:  # "was invited": acted upon
        return False
    word = tokens[k].raw
    return word.islower() and (word in ACTION_VERBS or (word.endswith("ed") and len(word) > 4))


def grouped(tokens: Sequence[Token], first: int, last: int) -> bool:
    window = tokens[max(0, first - 8) : last + 9]
    return any(t.raw.lower() in GROUP_WORDS for t in window)


def token_after(tokens: Sequence[Token], end: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))


def quoted(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    before = tokens[run[0] - 1].raw if run[0] > 0 else ""
    after = tokens[run[-1] + 1].raw if run[-1] + 1 < len(tokens) else ""
    return before in ("“", '"', "‘", "'") and after in ("”", '"', "’", "'")


def is_subject(tokens: Sequence[Token], first: int) -> bool:
    return all(t.raw.lower() in _LEADING for t in tokens[:first])


def demonym_state(tokens: Sequence[Token], i: int) -> tuple[str, str, int] | None:
    """'Russian government', 'Russian and Chinese embassies' -> (code, surface, index
    of the institution's noun)."""
    code = places.DEMONYMS.get(tokens[i].text)
    if code is None or tokens[i].closes:
        return None
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].raw in ("and", ",") and tokens[k + 1].text in places.DEMONYMS:
        k += 2
    if k < len(tokens) and tokens[k].raw.lower() in INSTITUTIONS:
        return code, f"{tokens[i].text} {tokens[k].raw.lower()}", k
    return None


def is_name(words: list[str], nxt: str, capital: Counter[str], lower: Counter[str]) -> bool:
    """Not a place, an event, a document, a post, a date or a common word."""
    name = " ".join(words)
    head = words[: words.index("of")] if "of" in words[1:] else words
    if places.is_region(name) or head[-1] in NON_ACTOR_HEADS or words[-1] in DOCUMENT_TAILS:
        return False
    if all(w in MONTHS_DAYS for w in words) or all(w in TITLES for w in words) or words[-1] in CORE_TITLES:
        return False
    if len(words) == 2 and words[0] in _COMPASS:
        return False  # "South Ossetia": a region
    if (
        (words[-1].endswith(_ADJECTIVE) or words[-1] in _FAITHS)
        and nxt.islower()
        and nxt not in ACTION_VERBS
        and not nxt.endswith("ed")
        and nxt not in CONNECTORS_LOWER
    ):
        return False  # "Islamist militants", "Middle Eastern forces": adjectives before a noun
    if len(words) > 1:
        return True
    word = words[0]
    if len(word) < 2 or re.fullmatch(r"[A-Z]{2,}s", word) or word in ORG_HEADS:
        return False  # "P", "MPs", "the Ministry": a letter, a plural, a bare noun
    if word.endswith("s") and (word[:-1] in places.DEMONYMS or word.endswith("ans")):
        return False  # "Saudis", "Gibraltarians": a people, not an actor
    if word.isupper():
        return True
    if lower[word.lower()] >= max(1, capital[word]):
        return False  # "Residents", "Nuclear": a common word that opened a sentence
    return True
