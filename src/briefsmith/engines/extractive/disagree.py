"""The same fact, told with another date or number by another source ("signed in 2023" /
"signed in December 2024"; "13 people were killed" / "15 people were killed"): an open
question that says so and cites both."""

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
                out.append(Figure("number", value, raw, _counted(parts, k)))
        elif low in NUMBER_WORDS and low not in ("hundred", "thousand", "million", "dozen"):
            out.append(Figure("number", NUMBER_WORDS[low], raw, _counted(parts, k)))
    return out


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
        if f.kind != "number" or not f.key:
            continue
        same = [g for g in fb if g.kind == "number" and g.key == f.key]
        if same and all(g.value != f.value for g in same) and not any(g.value == f.value for g in fb):
            return "number", (f.text, same[0].text), f.noun
    return None
