"""The subject a question asks about: the noun phrase before a trigger in one clause,
named when the clause only points at it ("their government" -> "the Taliban’s
government"; "The decision" -> "the decision to close the mine", from the sentence
before, which the question then also cites)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsmith.engines.extractive.clauses import OPENING_SUBJECT, noun_phrase
from briefsmith.engines.extractive.sentences import Unit

_BOUND = re.compile(
    r"(?:^|\s+(?:and|but|is|was)\s+that\s+|[,;:]\s+|\s+(?:and|but|while|because|although|whereas|so|as)\s+|"
    r"\b(?:said|says|say|told\s+\w+|added|adds|warned|warns|argued|argues|noted|notes|"
    r"insisted|claimed|claims|stated|believes|believed|thinks|thought|suggests|suggested|"
    r"fears|feared|expects|expected|hopes|hoped|indicated|indicates)(?:\s+that)?\s+|"
    r"\b(?:that)\s+(?=[A-Z]))"
)
_POSSESSIVE = re.compile(r"^(their|its|his|her)\s+(.+)$", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|this|that|such an?|such)\s+([a-z]+)$", re.IGNORECASE)
_LEAD_NAME = re.compile(r"^[^\w]*(?:(The)\s+)?([A-Z][\w’'.\-]*(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*)*)")
_LEAD_WORDS = re.compile(r"^(?:(?:and|but|or|so|yet|then|also|still)\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    text: str
    expanded: bool = False  # resolved through the sentence before


def subject_before(clause: str, index: int, unit: Unit, previous: Unit | None) -> Subject | None:
    """The subject that ends at `index` of `clause`, or None when what stands there is
    not one a reader could place."""
    left = clause[:index]
    cut = max((m.end() for m in _BOUND.finditer(left)), default=0)
    raw = _LEAD_WORDS.sub("", left[cut:].strip().lstrip("“\"‘'"))
    if not raw.strip() and re.search(r"(?:^|\s|,)and\s*$", left):
        # "Iraqi forces have cleared the outskirts and are expected to ...": the subject
        # of both verbs is the clause's own
        shared = OPENING_SUBJECT.match(clause)
        raw = shared.group(1) if shared else raw
    m = _DEFINITE.match(raw.strip())
    if m and previous is not None:  # "The decision" -> "the decision to remove ..."
        noun = m.group(1).lower()
        found = re.search(
            rf"\b(?:a|an|the)\s+{noun}\b[^.;]{{0,80}}?\bto\s+((?!the\b|a\b|an\b|be\b)[a-z]+\b[^,;:.“”\"]*)",
            previous.sentence.text,
        )
        if found and len(found.group(1).split()) <= 14:
            return Subject(f"the {noun} to {found.group(1).strip()}", expanded=True)
    subject = noun_phrase(raw)
    if subject is None:
        return None
    m = _POSSESSIVE.match(subject)
    if m:  # "their government" -> "the Taliban’s government", from the sentence's first name
        lead = _LEAD_NAME.match(unit.text)
        at = unit.text.find(lead.group(2)) if lead else -1
        if not lead or not 0 <= at < unit.text.find(subject):
            return None
        if unit.text[at + len(lead.group(2)) :].lstrip().startswith("and "):
            return None  # "Netanyahu and his supporters": the subject is both
        the = "the " if lead.group(1) else ""
        return Subject(f"{the}{lead.group(2)}’s {m.group(2)}")
    if _DEFINITE.match(subject) and subject.split()[0].lower() in ("this", "that", "such"):
        return None  # "this impasse": which one, the reader cannot tell
    return Subject(subject)
