"""Dates put in a question phrased from a sentence: "Will the leader attend the ceremony in
September?" from a record dated March 25, 2015 reads "... in September [2015]?".

A question is not its sentence's words, so its brackets are only dates: each relative time
the question keeps from a cited sentence is resolved against that sentence's article date,
read in the question's tense, and the bracket goes right after the words it resolves. The
verifier (engines/brackets.py) checks exactly that."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsmith.engines import timeref
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.standing.editorial import bracketed
from briefsmith.engines.extractive.standing.resolve import Mark
from briefsmith.model import Insertion

_POSSESSIVE = ("'s", "’s")


def dated(question: str, units: Sequence[Unit]) -> tuple[str, list[Insertion]]:
    """The question with a bracketed date after each relative time it keeps from `units`
    (the sentences it cites, its own first), and the record of those brackets."""
    marks: list[Mark] = []
    taken: list[tuple[int, int]] = []
    for unit in units:
        published = unit.article.published
        if not published:
            continue  # no date to say which: the question keeps the words as they are
        # read in the question's own tense: "Will he attend in September?" is the next September
        asked = {(r.start, r.end): r for r in timeref.find(question, published) if r.value and r.display}
        for ref in timeref.find(unit.text, published):
            words = unit.text[ref.start : ref.end]
            for m in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", question, re.IGNORECASE):
                here = asked.get((m.start(), m.end()))
                if here is None or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                end = m.end() + (
                    2 if question[m.end() : m.end() + 2] in _POSSESSIVE else 0
                )  # "this year's [2024] crop"
                marks.append(Mark(end, end, here.display or "", "date", unit.citation(), here.value))
                break
    if not marks:
        return question, []
    text, inserted = bracketed(question, marks)
    return text, inserted
