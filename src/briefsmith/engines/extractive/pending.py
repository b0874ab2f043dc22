"""Open questions from decisions still to be taken: a demand made of someone ("the union
demanded that the board withdraw the plan": "Will the board withdraw the plan?") and a
ruling or a vote to come ("the court will rule on the appeal next month": "How will the
court rule on the appeal next month?", the outcome being what is open). Used by
inferred.py; each reads one main clause and gives a question whose words come from it,
or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.claims import cut, subject_at
from briefsmith.engines.extractive.clauses import AUX, decap, finish, noun_phrase
from briefsmith.engines.extractive.sentences import Unit

# "demanded that the board withdraw ...", "insists that the removal of sanctions should be ...":
# what is demanded is asked with its verb as given (a bare verb, or one after should/must).
_DEMAND = re.compile(
    r"\b(?:demand|demands|demanded|insist|insists|insisted|urge|urges|urged|propose|proposes|proposed|"
    r"recommend|recommends|recommended|request|requests|requested)\s+that\s+(?P<body>.+)$"
)
_SMALL = frozenset("a an the of in on at to for from by with and or not no".split())


def demanded(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The union demanded that the board withdraw the plan" -> "Will the board withdraw the plan?" """
    m = _DEMAND.search(text)
    if not m or re.search(r"\b(?:that|which|who)\s+$", text[: m.start()]):
        return None  # "a moment that demands ...": a figure of speech, no one's demand
    words = m.group("body").split()
    if not any(w.lower() in ("should", "must") for w in words[:10]) and any(w.lower() in AUX for w in words[:10]):
        return None  # "insisted that the addition was designed ...": a claim, not a demand
    for k in range(1, min(len(words) - 1, 9)):
        w = words[k].lower().strip(",")
        if w in ("should", "must"):
            verb, after = words[k + 1], words[k + 2 :]
        elif w in AUX:
            return None  # "insisted that the talks were over": a claim, not a demand
        elif w in _SMALL or w.endswith(("s", "ed")) or not words[k].islower():
            continue  # not a bare verb: a noun, a name, a word of the subject
        else:
            verb, after = words[k], words[k + 1 :]
        subject = noun_phrase(" ".join(words[:k]))
        if subject is None:
            continue
        rest = cut(" ".join(after)) if after else ""
        if rest is None or verb.lower() in AUX - {"be"}:
            return None
        return finish(f"Will {decap(subject, proper)} {verb} {rest}?", proper)
    return None


_RULING = re.compile(
    r"\b(?:will|is to|are to|(?:is|are)\s+(?:due|set|expected|scheduled|slated)\s+to)\s+(?:also\s+)?"
    r"(?P<act>rule|decide|vote|deliberate)\s+on\s+(?P<what>.+)$"
)
# How a ruling or a vote goes is open; what a decision or deliberation settles is.
_OUTCOME = {"rule": "How will {s} rule on {w}?", "vote": "How will {s} vote on {w}?"}


def ruling(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The court is expected to rule on the appeal next month" -> "How will the court rule on
    the appeal next month?" """
    m = _RULING.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    if who is None or not what or who.expanded:
        return None
    template = _OUTCOME.get(m.group("act"), "What will {s} decide on {w}?")
    return finish(template.format(s=decap(who.text, proper), w=what), proper)
