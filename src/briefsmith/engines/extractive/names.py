"""Finding the names in a sentence: runs of capitalised words ("Islamic State of
Khorasan Province", "U.S."), with the words that are capitalised only because they
start a sentence left out, possessives and honorifics stripped, and each run read as
a state (by name, demonym or capital), an organisation, or a person."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.wordlists import (
    HONORIFICS,
    MONTHS_DAYS,
    NUMBERS,
    ORG_HEADS,
    PORTFOLIOS,
    TITLES,
)
from briefsmith.model import Sentence

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:['’\-][\w]+)*|\d[\w,.]*\w|\d|[^\w\s]")
CONNECTORS = frozenset(
    {
        "of",
        "for",
        "de",
        "al",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
        "del",
        "la",
        "le",
        "du",
        "da",
        "dos",
        "bint",
        "ul",
        "el",
    }
)
OPENERS = frozenset("“\"‘'(:—–-")
_POSSESSIVE = ("’s", "'s", "s’", "s'")


class Token(NamedTuple):  # a tuple, not a dataclass: a megabyte holds 200,000 of them
    text: str  # the word as a name part: possessive and hyphenated modifier cut off
    start: int  # offsets into the paragraph
    end: int
    raw: str  # the token as written
    closes: bool  # a possessive or a "-backed" modifier ends the name here


def tokens_of(sentence: Sentence) -> list[Token]:
    out = []
    for m in TOKEN.finditer(sentence.text):
        raw = m.group(0)
        text, closes = raw, False
        if raw[0].isupper():
            if "’" in raw or "'" in raw:
                for suffix in _POSSESSIVE:
                    if raw.endswith(suffix) and len(raw) > len(suffix) + 1:
                        text, closes = (raw[:-2] if suffix[0] in "’'" else raw[:-1]), True
                        break
            if "-" in text:  # "Taliban-appointed": the name is "Taliban"
                head, _, tail = text.partition("-")
                if tail[:1].islower():
                    text, closes = head, True
        start = sentence.start + m.start()
        out.append(Token(text, start, start + len(text), raw, closes))
    return out


_PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|le|la|ul|ad|as|ash|ar)-[A-Z]")


def is_namey(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper():
        return bool(t[:1].islower() and "-" in t and _PARTICLE_NAME.match(t))  # "al-Assad"
    return (
        t[:1].isupper()
        and t[:1].isalpha()
        and t != "I"
        and t not in MONTHS_DAYS
        and not (len(t) > 1 and t.isupper() and t in {"A", "AN", "THE"})
    )


def initial_positions(tokens: Sequence[Token]) -> set[int]:
    """Token indexes where a capital letter proves nothing: the sentence start and
    the first word after an opening quote or a colon."""
    found, expect = set(), True
    for i, tok in enumerate(tokens):
        if tok.raw in OPENERS:
            expect = True
            continue
        if expect and tok.raw[:1].isalpha():
            found.add(i)
        expect = False
    return found


def evidence(units_tokens: Iterable[tuple[list[Token], set[int]]]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written with a capital where position cannot explain
    it, and how often in lower case: together they tell names from common words."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for tokens, initial in units_tokens:
        for i, tok in enumerate(tokens):
            if tok.text[:1].isupper():
                if i not in initial:
                    capital[tok.text] += 1
            elif tok.text[:1].islower():
                lower[tok.text] += 1
    return capital, lower


def _inner_possessive(tokens: Sequence[Token], j: int) -> bool:
    """ "National People's Congress": a possessive inside an organisation's name."""
    prev = tokens[j - 1].raw
    return (
        prev.endswith(("’s", "'s"))
        and is_namey(tokens[j])
        and any(tokens[x].text in ORG_HEADS for x in range(j, min(len(tokens), j + 3)))
    )


def runs(tokens: Sequence[Token]) -> list[list[int]]:
    """Maximal runs of name words, joined by connectors ("of", "al") when a name
    word follows, and by "and" inside a title ("Trade and Industry Secretary")."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        if not is_namey(tokens[i]):
            i += 1
            continue
        run = [i - 1, i] if i and tokens[i - 1].raw in ("al", "el") else [i]  # "al Qaeda"
        j = i + 1
        while j < n and (not tokens[run[-1]].closes or _inner_possessive(tokens, j)):
            tok = tokens[j]
            if is_namey(tok):
                run.append(j)
                j += 1
            elif tok.raw in CONNECTORS and j + 1 < n and is_namey(tokens[j + 1]):
                run += [j, j + 1]
                j += 2
            elif tok.raw == "of" and j + 2 < n and tokens[j + 1].raw == "the" and is_namey(tokens[j + 2]):
                run += [j, j + 1, j + 2]
                j += 3
            elif (
                tok.raw in ("and", "&")
                and j + 1 < n
                and tokens[run[-1]].text in PORTFOLIOS
                and tokens[j + 1].text in PORTFOLIOS
            ):
                run += [j, j + 1]
                j += 2
            else:
                break
        out.append(run)
        i = j
    return out


def trim_initial(
    run: list[int], tokens: Sequence[Token], initial: set[int], capital: Counter[str], lower: Counter[str]
) -> list[int]:
    """Drop a first word that is capitalised only because it opens the sentence."""
    if run and run[0] not in initial:
        return _no_stopwords(run, tokens)
    word = tokens[run[0]].text
    if word.lower() in STOPWORDS or word.lower() in NUMBERS or word in {"The", "A", "An"}:
        return _no_stopwords(run[1:], tokens)
    known = (
        word in capital
        or word in TITLES
        or word in HONORIFICS
        or word in places.DEMONYMS
        or places.state_code(word)
        or word in places.CAPITALS
        or (word.isupper() and len(word) > 1)
    )
    if known:
        return run
    if len(run) == 1 or word.lower() in lower or word.endswith(("ly", "ing", "ed")):
        return run[1:]
    if tokens[run[1]].raw in CONNECTORS and word not in ORG_HEADS:
        return _no_stopwords(run[1:], tokens)  # "Fighters of the Northern Rivers Brigade"
    return run


def _no_stopwords(run: list[int], tokens: Sequence[Token]) -> list[int]:
    """'It', 'More' capitalised in a quoted title or after a dash name nothing."""
    while run and (tokens[run[0]].text.lower() in STOPWORDS or tokens[run[0]].text.lower() in NUMBERS):
        run = run[1:]
    return run


def strip_edges(run: list[int], tokens: Sequence[Token]) -> list[int]:
    """A name neither starts nor ends with a connector."""
    while (
        run
        and not is_namey(tokens[run[0]])
        and not (tokens[run[0]].raw in ("al", "el") and len(run) > 1 and is_namey(tokens[run[1]]))
    ):
        run = run[1:]
    while run and not is_namey(tokens[run[-1]]):
        run = run[:-1]
    return run
