"""Open questions from what a source says is not known or not settled: "we know nothing
about the victims" ("What is known about the victims?"), a link under investigation
("police are investigating a possible connection between his trips and the attack": "Is
there a connection between his trips and the attack?"), and a thing not yet done to
something ("the date of the vote has not been set": "Has the date of the vote been set?").
Used by inferred.py; each reads one main clause and gives a question whose words come from
it, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.claims import cut, subject_at
from briefsmith.engines.extractive.clauses import decap, finish, noun_phrase
from briefsmith.engines.extractive.sentences import Unit

_KNOWN = re.compile(
    r"\b(?:(?:know|knows|knew)\s+(?:nothing|little|very\s+little|next\s+to\s+nothing)|"
    r"(?:have|has|had)\s+(?:no|little|very\s+little|scant|few)\s+(?:information|details)|"
    r"(?:little|nothing|not\s+much|very\s+little)\s+(?:is|was|has\s+been)\s+(?:yet\s+)?known)\s+"
    r"(?:about|on|of)\s+(?P<what>.+)$",
    re.IGNORECASE,
)


def known(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Little is known about the gunman's motives" -> "What is known about the gunman's motives?" """
    m = _KNOWN.search(text)
    what = noun_phrase(cut(m.group("what")) or "") if m else None
    return finish(f"What is known about {decap(what, proper)}?", proper) if what else None


_LINK = re.compile(
    r"\b(?:investigating|investigate|investigates|probing|probe|probes|looking\s+into|examining|examine|"
    r"examines|checking|check|checks)\s+[“\"]?(?:a|any|the)?\s*(?:possible\s+|potential\s+|suspected\s+|alleged\s+)?"
    r"(?P<noun>link|links|connection|connections|ties)\s+(?P<what>(?:between|to|with)\s+.+)$",
    re.IGNORECASE,
)


def linked(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Police are investigating possible links between the two attacks" -> "Are there links
    between the two attacks?" """
    m = _LINK.search(re.sub(r"[“”\"]", "", text))
    what = cut(m.group("what")) if m else None
    if not m or not what or len(what.split()) < 3:
        return None
    noun = m.group("noun").lower()
    lead = "Are there" if noun.endswith("s") else "Is there a"
    return finish(f"{lead} {noun} {what}?", proper)


_UNDONE = re.compile(
    r"\s+(?P<aux>has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?P<done>(?:\w+ed|set|made|held|chosen|"
    r"given|taken|paid|found|won|met|sent|told|seen|known|shown|done|begun))\b(?P<rest>.*)$"
)


def undone(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The date of the vote has not been set" -> "Has the date of the vote been set?" """
    m = _UNDONE.search(text)
    if not m:
        return None
    subject = subject_at(text, m.start(), unit, previous)
    rest = cut(m.group("rest")) if m.group("rest").strip(" .") else ""
    if subject is None or rest is None or subject.expanded:
        return None
    last = subject.text.split()[-1]
    plural = m.group("aux") == "have" or (m.group("aux") == "had" and last.islower() and last.endswith("s"))
    aux = "Have" if plural else "Has"  # "officials said the date had not been set": has it now?
    return finish(f"{aux} {decap(subject.text, proper)} been {m.group('done')} {rest}?", proper)
