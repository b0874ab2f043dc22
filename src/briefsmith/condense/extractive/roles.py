"""Roles as the text states them: titles before a name ("Russian Foreign Minister
Sergey Lavrov"), appositions after it ("Zamir Kabulov, Russia's special
representative on Afghanistan, said"), a role noun before it ("Tory leader Michael
Howard") and definitions ("ISKP is the regional branch of the Islamic State")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.condense.extractive import places
from briefsmith.condense.extractive.names import Token
from briefsmith.condense.extractive.wordlists import ROLE_MODIFIERS, ROLE_NOUNS

# Words that turn a phrase into a clause: an apposition never holds one.
_CLAUSE = frozenset("said says told is was are were has have had will would who which that "
                    "when where because if while but could can should may might".split())
_ARTICLES = ("the ", "a ", "an ", "The ", "A ", "An ")
_APPOSITION = re.compile(r"^,\s+([^,;:()“”\"]{2,120}?)(?=\s*(?:,|\.$|;|\)|\s+said\b|\s+says\b))")
_COPULA = re.compile(r"^\s+(?:is|are|was|were)\s+((?:the|a|an)\s+[^,;:()“”\"]+?)"
                     r"(?=\s*(?:,|;|\.$|\.\s|$)|\s+(?:and|which|that|who|but|with|whose|since|after)\s)")
_MAX_WORDS = 12


@dataclass(frozen=True)
class Role:
    text: str  # the role as the documents show it ("director of the FSB")
    start: int  # the quoted evidence: paragraph offsets of name and role together
    end: int


def _plain(word: str) -> str:
    w = word.strip(".,").replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _is_role_phrase(phrase: str, head_window: int | None = None) -> bool:
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if any(w.lower() in _CLAUSE for w in words):
        return False
    window = words[:head_window] if head_window else words
    if not any(_plain(w).lower() in ROLE_NOUNS for w in window):
        return False
    first = words[0]
    return (first.lower() in ("the", "a", "an") or first.lower() in ROLE_NOUNS
            or first.lower() in ROLE_MODIFIERS or first[:1].isupper())


def _display(phrase: str) -> str:
    for art in _ARTICLES:
        if phrase.startswith(art):
            return phrase[len(art) :]
    return phrase


def apposition(para: str, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "NAME, ROLE, said" or "NAME, ROLE." """
    after = para[name_end:sentence_end]
    m = _APPOSITION.match(after)
    if not m:
        return None
    phrase = m.group(1).strip()
    first = phrase.split()[0]
    # A list of places or names ("China, India, Iran") is not an apposition.
    if places.state_code(_plain(first)) and len(phrase.split()) == 1:
        return None
    if not _is_role_phrase(phrase):
        return None
    end = name_end + m.start(1) + len(m.group(1).rstrip())
    return Role(_display(phrase), name_start, end)


def copular(para: str, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "NAME is the ROLE ..." at the start of a sentence: a definition."""
    m = _COPULA.match(para[name_end:sentence_end])
    if not m:
        return None
    phrase = m.group(1).strip()
    # The head noun comes early in a definition ("the regional branch of ...").
    if not _is_role_phrase(phrase, head_window=4):
        return None
    end = name_end + m.start(1) + len(phrase)
    return Role(_display(phrase), name_start, end)


def before(para: str, tokens: Sequence[Token], first: int, name_end: int) -> Role | None:
    """A lower-case role noun right before the name: "Tory leader Michael Howard"."""
    k = first - 1
    if k < 0 or tokens[k].raw.lower() not in ROLE_NOUNS or not tokens[k].raw.islower():
        return None
    start = k
    while start - 1 >= 0 and first - (start - 1) <= 5:
        prev = tokens[start - 1]
        if prev.raw.lower() in ROLE_MODIFIERS or (prev.raw[:1].isupper() and prev.raw.isalpha()
                                                  and prev.raw not in ("The", "A", "An")):
            start -= 1
        elif prev.closes and prev.raw[:1].isupper():  # "Russia's special envoy"
            start -= 1
        else:
            break
    role_start = tokens[start].start
    return Role(para[role_start : tokens[k].end], role_start, name_end)
