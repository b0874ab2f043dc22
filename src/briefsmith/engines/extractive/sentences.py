"""Candidate sentences ("units"): the sentences worth condensing, with their words,
their tightened text and the exact span of source words that text rests on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefsmith.engines.extractive.compress import tighten
from briefsmith.engines.extractive.credits import is_credit
from briefsmith.engines.extractive.places import DEMONYMS, display_name
from briefsmith.model import Article, Citation, Sentence

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*(?:['’][A-Za-z]+)?")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana and CJK ideographs: no spaces between words
_ANY_WORD = re.compile(f"[{_CJK}]+|[^\\W\\d_{_CJK}]+")

# Function words carry no topic; kept short on purpose (content words decide similarity).
STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself said says say told also one two may might must shall
s t mr ms mrs dr
""".split()
)

# Lines that are page furniture, not reporting (a reader should have removed them;
# an engine must not trust that it did).
FURNITURE = re.compile(
    r"^(related( article)?s?:|read more|click here|sign up|subscribe|follow us|advertisement|"
    r"copyright|all rights reserved|share this|photo:|image:|video:|watch:|listen:)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Unit:
    """One usable sentence of one article."""

    doc: int  # index of the article in the brief's list
    article: Article
    sentence: Sentence
    words: tuple[str, ...]  # lower-cased words, as written
    stems: tuple[str, ...]  # content-word stems (no stopwords)
    position: float  # 0.0 first sentence .. 1.0 last
    text: str  # the tightened point text
    start: int  # span (in the paragraph) of the words `text` rests on
    end: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.doc, self.sentence.number)

    def citation(self, whole: bool = False) -> Citation:
        s = self.sentence
        start, end = (s.start, s.end) if whole else (self.start, self.end)
        quote = self.article.paragraphs[s.paragraph - 1][start:end]
        return Citation(self.article.id, s.paragraph, quote, s.number, start, end)


def _demonym_stems() -> dict[str, str]:
    out = {}
    for demonym, code in DEMONYMS.items():
        name = display_name(code)
        if " " not in demonym and " " not in name:
            out[demonym.lower()] = name.lower()
    return out


# "Russian government" is about Russia: a demonym and its state are one topic word.
_DEMONYM_STEMS = _demonym_stems()


_LETTER = re.compile(r"[^\W\d_]")
_UNSPACED = re.compile(f"[{_CJK}]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripper: enough to make 'attacks'/'attacked' and
    'terrorists'/'terrorism' meet, cheap enough for a megabyte of text."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _DEMONYM_STEMS:
        return _DEMONYM_STEMS[w]
    if len(w) <= 4:
        return w
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("ism", ""),
        ("ist", ""),
        ("ists", ""),
        ("ions", ""),
        ("ion", ""),
        ("ly", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            return w[: len(w) - len(suffix)] + repl
    return w


def words_of(text: str) -> list[str]:
    found = [m.group(0).lower() for m in WORD.finditer(text)]
    if found or text.isascii():
        return found
    # A sentence in another script (Arabic, Cyrillic, Greek ...): its own letters make its
    # words; Chinese and Japanese, written without spaces, by pairs of characters (the usual
    # unit of their search engines), so that it can be ranked at all.
    out: list[str] = []
    for m in _ANY_WORD.finditer(text):
        run = m.group(0).lower()
        if _UNSPACED.match(run) and len(run) > 1:
            out += [run[k : k + 2] for k in range(len(run) - 1)]
        else:
            out.append(run)
    return out


def stems_of(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in STOPWORDS and not w.isdigit() and len(w) > 1)


def usable(sentence: Sentence) -> bool:
    """A sentence a point can rest on: real words, lower-case prose, not page furniture."""
    text = sentence.text
    # A headline in capitals has no letter that is not a capital; Arabic, Hebrew, Chinese and
    # other scripts without case have nothing but such letters.
    if FURNITURE.match(text) or not any(c.isalpha() and not c.isupper() for c in text) or is_credit(text):
        return False  # page furniture, a headline in capitals, a credit line
    # Chinese and Japanese write no spaces between words: about two characters make a word.
    n = max(len(text.split()), len(_UNSPACED.findall(text)) // 2)
    if n < 4 or n > 150:  # fragments and run-ons (tables, lists glued together) make poor points
        return False
    return len(_LETTER.findall(text)) >= 0.5 * len(text)


def units_of(articles: Sequence[Article]) -> list[Unit]:
    units = []
    # What a sentence's words alone decide, once per distinct text: outlets that run the
    # same wire copy repeat sentences word for word.
    read: dict[str, tuple[str, int, int, tuple[str, ...], tuple[str, ...]] | None] = {}
    for doc, article in enumerate(articles):
        total = max(1, len(article.sentences) - 1)
        for i, sentence in enumerate(article.sentences):
            if sentence.text not in read:
                read[sentence.text] = _read(sentence)
            found = read[sentence.text]
            if found is None:
                continue
            text, offset, end, words, stems = found
            units.append(
                Unit(
                    doc,
                    article,
                    sentence,
                    words,
                    stems,
                    i / total,
                    text,
                    sentence.start + offset,
                    sentence.start + end,
                )
            )
    return units


def _read(sentence: Sentence) -> tuple[str, int, int, tuple[str, ...], tuple[str, ...]] | None:
    """(tightened text, its start and end in the sentence, words, stems), or None when the
    sentence is not usable."""
    if not usable(sentence):
        return None
    text, offset, end = tighten(sentence.text)
    words = tuple(words_of(sentence.text))
    return text, offset, end, words, stems_of(words)
