"""The question readings of a brief's sentences, each distinct one made once.

Outlets run the same wire copy, so over hundreds of sources a sentence recurs word for
word; its question (questions.py) follows from its words, the run's test of proper names
and (rarely) the words of the sentence before it, so a recurrence reuses the first reading.
Held for one brief only (the proper-name test is the brief's): no cache outlives it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from briefsmith.engines.extractive import questions
from briefsmith.engines.extractive.questions import Question
from briefsmith.engines.extractive.sentences import Unit

_Key = tuple[str, str, frozenset[str]]


class _Watched:
    """Stands for the sentence before while a question is phrased, noting whether the
    phrasing read it ("The decision ...", "The claim could not be verified" look back:
    subjects.py, claims.py); if it did not, the question holds after any sentence."""

    def __init__(self, unit: Unit):
        self._unit, self.read = unit, False

    def __getattr__(self, name: str) -> object:
        self.read = True
        return getattr(self._unit, name)


class Recurring:
    def __init__(self) -> None:
        self._asks: dict[str, bool] = {}
        self._free: dict[_Key, Question | None] = {}  # after some sentence it never read
        self._after: dict[tuple[_Key, str | None], Question | None] = {}  # after this one (or none)
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
        key = (unit.text if text is None else text, unit.text, frozenset(names))
        before = previous.sentence.text if previous is not None else None
        if previous is not None and key in self._free:
            q = self._free[key]
        elif (key, before) in self._after:
            q = self._after[(key, before)]
        else:
            # With no sentence before, some rules give up ("which claim?"): that reading is
            # only for sentences with none before. One that never read the sentence before
            # holds after any.
            watched = _Watched(previous) if previous is not None else None
            q = questions.question_for(unit, proper, watched, text)  # type: ignore[arg-type]
            if watched is not None and not watched.read:
                self._free[key] = q
            else:
                self._after[(key, before)] = q
        # Its antecedent is the sentence before (or none): this unit's own, not the first one's.
        return replace(q, antecedent=previous) if q is not None and q.antecedent is not None else q

    def leans(self, question: str, proper: Callable[[str], bool]) -> bool:
        if question not in self._leans:
            self._leans[question] = questions.leans(question, proper)
        return self._leans[question]
