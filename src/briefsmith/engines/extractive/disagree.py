"""The same fact, told with another date or number by another source ("signed in 2023" /
"signed in December 2024"; "13 people were killed" / "15 people were killed"): an open
question that says so and cites both. A bound or an estimate is no disagreement when the other
figure fits it ("at least 13" / "15"; "about 100" / "110")."""

from __future__ import annotations

from dataclasses import dataclass

from briefsmith.engines.extractive.factwords import NUMBER_WORDS, is_year, month_day, parts_of, word_key
from briefsmith.engines.extractive.sentences import STOPWORDS


@dataclass(frozen=True)
class Figure:
    kind: str  # "year", "date" (a day of a month) or "number"
    value: str  # normalised: "2023", "mar-1", "13"
    text: str  # as written: "2023", "March 1", "13"
    noun: str  # for a number, the word it counts as written ("people"); else ""
    hedge: str = ""  # for a number: "min" ("at least 13"), "max" ("up to 13"), "about" ("some 13")

    @property
    def key(self) -> str:
        return word_key(self.noun.lower()) if self.noun else ""


@dataclass(frozen=True)
class Disagreement:
    first: int  # the units that tell the fact differently
    second: int
    kind: str
    values: tuple[str, str]  # as each source writes it
    noun: str = ""

    def question(self) -> str:
        a, b = self.values
        if self.kind == "number":
            counted = f" {self.noun}" if self.noun else ""
            return f"The sources differ on how many{counted}: {a} or {b}?"
        return f"The sources differ on when: {a} or {b}?"


# Words before a number that make it a bound or an estimate (general English).
_HEDGES = {
    "min": ("at least", "more than", "over", "upwards of", "no fewer than", "not less than", "in excess of"),
    "max": ("up to", "as many as", "fewer than", "less than", "under", "no more than", "at most"),
    "about": ("about", "around", "roughly", "some", "nearly", "almost", "approximately", "an estimated", "close to"),
}
ABOUT = 0.25  # an estimate fits a figure within this share of it


def _hedge(parts: list[str], k: int) -> tuple[str, str]:
    """("min", "at least") when the words before parts[k] bound the number; else ("", "")."""
    before = [w.lower() for w in parts[max(0, k - 3) : k]]
    for kind, phrases in _HEDGES.items():
        for phrase in phrases:
            words = phrase.split()
            if before[-len(words) :] == words:
                return kind, phrase  # in lower case: it goes inside the question
    return "", ""


def _fits(bound: Figure, other: Figure) -> bool:
    """Does `other`'s number fit `bound`'s bound or estimate?"""
    try:
        a, b = float(bound.value), float(other.value)
    except ValueError:
        return False
    if bound.hedge == "min":
        return b >= a
    if bound.hedge == "max":
        return b <= a
    return bound.hedge == "about" and abs(b - a) <= ABOUT * a


def figures(text: str) -> list[Figure]:
    parts = parts_of(text)
    out = []
    for k, raw in enumerate(parts):
        low = raw.lower()
        if raw[0].isdigit():
            value = raw.replace(",", "").rstrip(".")
            day = month_day(parts, k)
            if is_year(value):
                out.append(Figure("year", value, raw, ""))
            elif day:
                out.append(Figure("date", day, f"{parts[k - 1]} {raw}", ""))
            else:
                out.append(_number(parts, k, value))
        elif low in NUMBER_WORDS and low not in ("hundred", "thousand", "million", "dozen"):
            out.append(_number(parts, k, NUMBER_WORDS[low]))
    return out


def _number(parts: list[str], k: int, value: str) -> Figure:
    hedge, words = _hedge(parts, k)
    return Figure("number", value, f"{words} {parts[k]}" if words else parts[k], _counted(parts, k), hedge)


def _counted(parts: list[str], k: int) -> str:
    """The noun a number counts: the next word that is no function word ("13 people")."""
    for word in parts[k + 1 : k + 3]:
        if word.isalpha() and word.lower() not in STOPWORDS and word.lower() not in NUMBER_WORDS:
            return word
    return ""


def conflict(a: str, b: str) -> tuple[str, tuple[str, str], str] | None:
    """(kind, (value in a, value in b), noun) when a and b give one date, year or count differently."""
    fa, fb = figures(a), figures(b)
    for kind in ("date", "year"):
        va = {f.value: f.text for f in fa if f.kind == kind}
        vb = {f.value: f.text for f in fb if f.kind == kind}
        if len(va) == 1 and len(vb) == 1 and va.keys() != vb.keys():
            return kind, (next(iter(va.values())), next(iter(vb.values()))), ""
    for f in fa:
        if f.kind != "number" or not f.key or any(g.value == f.value for g in fb):
            continue
        # The counts of that noun the first does not give too: "13 killed, 40 hurt" / "13 killed,
        # 45 hurt" differ on 40 and 45, not on 40 and 13.
        ours = {h.value for h in fa if h.kind == "number" and h.key == f.key}
        other = [g for g in fb if g.kind == "number" and g.key == f.key and g.value not in ours]
        if other and not any(_fits(f, g) or _fits(g, f) for g in other):
            return "number", (f.text, other[0].text), f.noun
    return None
