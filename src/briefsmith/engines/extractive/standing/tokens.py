"""The pieces every reading of a sentence here shares: its tokens (words, each knowing
whether it stands inside quotation marks) and what a reading finds, a Need."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefsmith.engines.extractive.compress import MARKERS

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Za-z](?:[A-Za-z\-.]*[A-Za-z])?|['’][a-z]+\b|\d[\d,.:]*|[“”\"]|[^\sA-Za-z\d]"
)

SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|tweeted|stated|declared|explained|"
    r"insisted|argued|warned|claimed|noted|continued|according to)\b"
)
NOUNISH = ("tion", "sion", "ment", "ity", "ance", "ence", "ship", "ism", "ure", "age", "ness", "gram", "ty")


@dataclass(frozen=True)
class Need:
    """Words of the sentence that lean on another sentence."""

    kind: str  # person, plural, thing, this, description, quantity, anchored, speaker, author, fragment
    start: int  # offsets in the sentence; for speaker/fragment the whole sentence
    end: int
    word: str  # the words as written ("The group", "He")
    head: str = ""  # a description's noun, lower-case ("group")


class Tok(NamedTuple):  # a tuple, not a dataclass: there are many, made often
    text: str
    start: int
    end: int
    quoted: bool
    low: str  # the text in lower case
    upper: bool  # opens with a capital


def tokens(text: str) -> list[Tok]:
    return list(_tokens(text))


# A sentence is read for the features and again for the standing rules: tokenised once
# (bounded, so a long batch's memory stays flat).
@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[Tok, ...]:
    out, inside = [], False
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if word == "“" or (word == '"' and not inside):
            inside = True
        elif word == "”" or word == '"':
            inside = False
        else:
            out.append(Tok(word, m.start(), m.end(), inside, word.lower(), word[0].isupper()))
    return tuple(out)


def opens(toks: list[Tok], i: int) -> bool:
    """Does token i open its sentence or clause, after markers and commas?"""
    k = i - 1
    while k >= 0 and (toks[k].low in MARKERS or toks[k].text == ","):
        k -= 1
    return k < 0 or toks[k].text in (";", ":", "--", "—")


# Past tenses that do not end in "-ed": "Bilardi kept a blog ... under his alias".
IRREGULAR_PAST = frozenset(
    """kept took made left went came gave sent met led held won lost fled ran saw began became brought fought
    sought spent got did knew thought found felt stood rose fell struck drove flew bought sold built grew
    threw wore hit drew broke spread shook put""".split()
)


def capital_run(toks: list[Tok], k: int) -> tuple[int, int]:
    """Where the capitalised words around token k start and end (a slice of `toks`, k inside it):
    "Foreign Minister Philip Hammond", "the | United States"."""
    s = k
    while s > 0 and toks[s - 1].upper:
        s -= 1
    e = k + 1
    while e < len(toks) and toks[e].upper:
        e += 1
    return s, e


def acts(tok: Tok | None) -> bool:
    """Is the token a verb a subject does ("said", "attacked", "has")?"""
    return (
        tok is not None
        and tok.text.islower()
        and (
            SAYING.match(tok.low) is not None
            or tok.low.endswith("ed")
            or tok.low in ("has", "had", "was", "is", "will", "would")
            or tok.low in IRREGULAR_PAST
        )
    )
