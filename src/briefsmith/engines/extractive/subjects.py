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
    r"fears|feared|expects|expected|hopes|hoped|indicated|indicates|admit|admits|admitted|"
    # "quoted the ministry as saying Egypt's support could ...": what is said starts after it
    r"saying|adding|noting|arguing|claiming|insisting|stating)(?:\s+that)?\s+|"
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


def plural_word(word: str) -> bool:
    """ "officials", "rebels"; not "press", "status", "crisis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def plural(phrase: str) -> bool:
    """Does a noun phrase take a plural verb? Its last word a lower-case plural ("the rebels"),
    or two joined ("Kerry and Zarif"). A name's last word ("Lopes") is one person."""
    last = phrase.split()[-1]
    return " and " in phrase or (last.islower() and plural_word(last))


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
    subject = noun_phrase(raw) or _relative(raw) or _speaker(raw, left[:cut])
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


# "who" and what they did; "that" only with a verb after it ("any deal that is not approved"):
# "the fear that the men ..." is a noun's content, not a relative clause
_WHO = re.compile(
    r"^(?P<head>[^,;:“”\"]+?)\s+(?:who|that(?=\s+(?:is|are|was|were|has|have|had|will|would|can|could|"
    r"[a-z]+ed)\s))\s+(?P<rel>[^,;:“”\"]+)$"
)
_PERSONAL = frozenset(
    "i you we he she they it me us him them his her their its our my your this that these those".split()
)


def _relative(raw: str) -> str | None:
    """ "Two men who have appeared in the videos" is a subject: a noun phrase and what it did."""
    m = _WHO.match(raw.strip())
    if not m or noun_phrase(m.group("head")) is None:
        return None
    rel = m.group("rel").split()
    if not 2 <= len(rel) <= 10 or any(w.lower() in _PERSONAL for w in rel):
        return None
    return raw.strip()


_SAYING = re.compile(
    r"^(?P<who>.+?)\s+(?:said|says|say|told\s+\w+|added|adds|warned|warns|argued|argues|noted|notes|insisted|"
    r"claimed|claims|stated|believes|believed|thinks|thought|indicated|indicates|admit|admits|admitted)"
    r"(?:\s+that)?\s*$"
)


_ADVERBS = re.compile(r"(?:\s+(?:also|still|now|later|again|then|privately|publicly))+$")


def _speaker(raw: str, before: str) -> str | None:
    """ "Officials say they will need to ...": the "they" who will is the speaker, when the
    speaker is a noun phrase of its number ("he" one, "they" several)."""
    pronoun = raw.strip().lower()
    m = _SAYING.match(before.strip()) if pronoun in ("he", "she", "they") else None
    if m is None:
        return None
    left = m.group("who")
    cut = max((b.end() for b in _BOUND.finditer(left)), default=0)
    who = noun_phrase(_ADVERBS.sub("", _LEAD_WORDS.sub("", left[cut:].strip())))
    if who is None:
        return None
    last = who.split()[-1]
    # "officials", "Officials" opening a sentence; a name's last word ("Lopes") is one person
    several = " and " in who or (plural_word(last) and (last.islower() or len(who.split()) == 1))
    return who if several == (pronoun == "they") else None
