"""The plain question: a sentence the classifier hears as an open question that no template
of questions.py fits, asked as it stands ("If a deal is reached, the spotlight will turn to
Israel" -> "If a deal is reached, will the spotlight turn to Israel?"). Only a main clause of
what will, may or can be; never a past the sentence reports as done."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.clauses import AUX, cut_predicate, finish, main_clauses
from briefsmith.engines.extractive.inversion import yes_no
from briefsmith.engines.extractive.questions import Question, leans, sound
from briefsmith.engines.extractive.sentences import Unit

# The auxiliaries a statement may be asked with when no template fits: what will, may or
# can be; never a past the sentence reports as done, nor a state ("Is the reality that ...?").
_PLAIN_AUX = frozenset("will would could may might can".split())
# Negated, these say what will or can not be; "may not" and "might not" still hedge.
_FIRM = frozenset("will would could can".split())
_REPORTING = re.compile(
    r"^(?:[^,“”\"]{2,60}?)\s+(?:said|says|say|told\s+[\w\s.]{1,40}?|believes?|believed|thinks?|thought|warned|warns|"
    r"argued|argues|predicted|predicts|expects?|expected)\s+(?:that\s+)?(?=[\w“\"])"
)


def plain_question(unit: Unit, proper: Callable[[str], bool], previous: Unit | None = None) -> Question | None:
    """The question a sentence asks as it stands, its main clause inverted ("If a deal is
    reached, the spotlight will turn to Israel" -> "If a deal is reached, will the spotlight
    turn to Israel?"): for a sentence an analyst would file as open (the classifier says so)
    that no template fits. Only a clause of what will, may or can be."""
    clauses = main_clauses(unit.text)
    if not clauses:
        return None
    clause = clauses[0]
    body = _REPORTING.sub("", clause.text.strip().strip('“”"').strip(), count=1)
    words = body.split()
    at = next((k for k, w in enumerate(words[1:12], 1) if w.lower() in AUX), 0)
    aux = words[at].lower() if at else None
    if aux not in _PLAIN_AUX or (aux in _FIRM and words[at + 1 : at + 2] in (["not"], ["never"])):
        return None  # "America could not leave him to die": what cannot be is the writer's stand, not a doubt
    m = _IT_THEN.match(body)
    if m and clause.condition:  # "If the offensive fails, it could spell disaster": "it" is what the condition names
        pred = cut_predicate(m.group(2))
        condition = re.sub(r",\s*however,?", "", clause.condition)
        q = finish(f"{condition[0].upper()}{condition[1:]}, {m.group(1).lower()} it {pred}?", proper) if pred else None
        return Question(q, PLAIN_STRENGTH) if q and sound(q) else None
    q = yes_no(body, proper, clause.condition)
    if q is None or not sound(q) or leans(q, proper):
        return None
    return Question(q, PLAIN_STRENGTH)


PLAIN_STRENGTH = 1.0
_IT_THEN = re.compile(r"^it\s+(will|would|could|may|might|can)\s+(?!be\b|have\b|not\b)(.+)$", re.IGNORECASE)
