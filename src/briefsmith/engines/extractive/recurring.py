"""The question readings of a brief's sentences, each distinct one made once.

Outlets run the same wire copy, so over hundreds of sources a sentence recurs word for
word; its question (questions.py) follows from its words, the words of the sentence
before it and the run's test of proper names, so a recurrence reuses the first reading.
Held for one brief only (the proper-name test is the brief's): no cache outlives it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from briefsmith.engines.extractive import questions
from briefsmith.engines.extractive.questions import Question
from briefsmith.engines.extractive.sentences import Unit

_Key = tuple[str, str, str | None, frozenset[str]]


class Recurring:
    def __init__(self) -> None:
        self._asks: dict[str, bool] = {}
        self._questions: dict[_Key, Question | None] = {}
        self._leans: dict[str, bool] = {}

    def might_ask(self, unit: Unit) -> bool:
        if unit.text not in self._asks:
            self._asks[unit.text] = questions.might_ask(unit)
        return self._asks[unit.text]

    def question_for(
        self,
        unit: Unit,
        proper: Callable[[str], bool],
        previous: Unit | None,
        text: str | None = None,
        names: Collection[str] = (),
    ) -> Question | None:
        """questions.question_for; `names`: the words `proper` adds to the brief's own
        test (they are part of what the reading depends on)."""
        key = (unit.text if text is None else text, unit.text, previous.sentence.text if previous else None)
        full = (*key, frozenset(names))
        if full not in self._questions:
            self._questions[full] = questions.question_for(unit, proper, previous, text)
        q = self._questions[full]
        # Its antecedent is the sentence before (or none): this unit's own, not the first one's.
        return replace(q, antecedent=previous) if q is not None and q.antecedent is not None else q

    def leans(self, question: str, proper: Callable[[str], bool]) -> bool:
        if question not in self._leans:
            self._leans[question] = questions.leans(question, proper)
        return self._leans[question]
