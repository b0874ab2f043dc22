"""Open questions from claims: a claim no one could verify ("CNN could not verify the
claim" asks whether the claim is true, citing the sentence that makes it), a claim denied
("Moscow denies claims that it trained the rebels" -> "Has Moscow trained the rebels?"), an
accusation, a claim of responsibility, what someone is believed or said to have done, a
recording said to be authentic, "no evidence that ...", "neither ... nor ... can be
corroborated". Used by inferred.py; each reads one main clause."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.clauses import OPENING_SUBJECT, cut_predicate, decap, finish, noun_phrase, prepare
from briefsmith.engines.extractive.inversion import yes_no
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.engines.extractive.subjects import Subject, plural, subject_before

_LOOSE_END = re.compile(r"\s+(?:what|which|who|that|where|when)$")


# "... on Thursday night after Japan, one of the creditors, signed up": the clause ends at an
# aside's comma, leaving a subordinate clause without its verb ("after Japan").
_CUT_SHORT = re.compile(
    r"\s+(?:after|before|when|because|since|as|while|until|once|if|although|though|unless)\s+(?:\S+\s+){0,2}\S+$"
)

_ASIDE_THEN_VERB = re.compile(r"\s*[^,;]{1,80},\s+[a-z]")  # ", one of the creditors, signed ..."


def cut(text: str) -> str | None:
    """The predicate up to the end of its clause, without a dangling relative word or a
    subordinate clause the cut left without its verb."""
    what = cut_predicate(text)
    if not what:
        return None
    at = text.find(what)
    rest = text[at + len(what) :].lstrip() if at >= 0 else ""
    if rest.startswith(",") and _ASIDE_THEN_VERB.match(rest[1:]):
        short = _CUT_SHORT.search(what)
        what = what[: short.start()] if short and short.start() > 0 else what
    return _LOOSE_END.sub("", what)


def subject_at(text: str, index: int, unit: Unit, previous: Unit | None) -> Subject | None:
    """The subject of the verb at `index`: the clause's opening noun phrase when it ends
    there ("Portugal and Spain have ..."), else the one `subject_before` finds (the shared
    subject of "was arrested and is ...")."""
    m = OPENING_SUBJECT.match(text)
    if m and text[:index].strip() == m.group(1).strip() and noun_phrase(m.group(1)):
        return Subject(noun_phrase(m.group(1)) or "")
    at = index + 1 if text[index : index + 1].isspace() else index
    return subject_before(text, at, unit, previous)


_UNVERIFIED = re.compile(
    r"\b(?:could\s*(?:not|n['’]t)|cannot|can\s*(?:not|['’]t)|(?:has|have|had)\s+not\s+been\s+able\s+to|"
    r"(?:is|are|was|were)\s+(?:not\s+able|unable)\s+to|unable\s+to)\s+(?:be\s+)?"
    r"(?:(?:immediately|independently|yet|so far|officially)\s+)*"
    r"(?:verify|verified|confirm|confirmed|authenticate|authenticated|corroborate|corroborated)\b"
)
# What a claim says, in the sentence that reports it.
_REPORTED = (
    re.compile(
        r"^(?P<who>[^,]{2,80}?)\s+(?:say|says|said|claim|claims|claimed|report|reports|reported|allege|alleges|"
        r"alleged|assert|asserts|asserted)\s+(?:that\s+)?(?P<what>.+)$"
    ),
    re.compile(r"^[“\"]?(?P<what>[^“”\"]+?),[”\"]?\s+(?:[\w.’'-]+\s+){1,6}(?:said|says|reported|claimed)\.?$"),
    re.compile(r"^(?P<what>.+?),?\s+according to\s+.+$"),
    re.compile(r"^according to\s+[^,]+,\s+(?P<what>.+)$", re.IGNORECASE),
)
_VAGUE_CLAIM = re.compile(
    r"^(?:the|those|these|this|that|such|its|their|his|her)\s+(?:\w+\s+)?"
    r"(?:claims?|reports?|accounts?|allegations?|accusations?|statements?|messages?|videos?|recordings?|images?|"
    r"photos?|footage|figures?|numbers?|tolls?|details?)\b|^(?:it|this|that|they|them)\b",
    re.IGNORECASE,
)


def _claim_of(sentence: str, proper: Callable[[str], bool], unit: Unit) -> str | None:
    """The yes-no question a reported claim asks ("Activists say boys are being killed"
    -> "Are boys being killed?"; "ISIS claimed responsibility for the bombing" -> "Was ISIS
    behind the bombing?"), or None."""
    body = prepare(sentence).strip()
    claimed = _responsible(body, unit, proper, None, hedged=False) or _claimed_to(body, unit, proper, None)
    if claimed:
        return claimed
    for pattern in _REPORTED:
        m = pattern.match(body)
        if m and len(m.group("what").split()) >= 4:
            q = yes_no(m.group("what"), proper)
            if q:
                return q
    return None


def unverified(
    text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None
) -> tuple[str, float, Unit | None] | None:
    """A claim no one could verify: is it true? Its words stand before the denial in the
    same clause ("ISIS said it ..., which could not be verified"), or in the sentence before
    when this one only points at it ("CNN could not verify those claims")."""
    m = _UNVERIFIED.search(text)
    if not m:
        return None
    before = text[: m.start()].strip().rstrip(",")
    after = text[m.end() :].strip()
    # "The claim ... couldn't be authenticated" / "could not verify the claims": which claim?
    vague_object = not after or _VAGUE_CLAIM.match(after) is not None
    subject = re.sub(r"^(?:but|and|however,?)\s+", "", before, flags=re.IGNORECASE)
    vague_subject = not subject or _VAGUE_CLAIM.match(subject) is not None
    if vague_subject or vague_object:
        if previous is None:
            return None
        q = _claim_of(previous.text, proper, previous)
        if q is None or any(n.kind in ("person", "plural", "thing", "this") for n in needs(q, proper=proper)):
            return None  # "Were they killed?": who, the sentence before does not say either
        return q, 2.5, previous
    return None


_DENIAL = re.compile(
    r"\b(?:denies|denied|deny|has denied|have denied|rejects|rejected|disputes|disputed|dismissed|dismisses)\s+"
    r"(?:the\s+|any\s+)?(?:claims?|accusations?|allegations?|reports?|charges?|suggestions?)?\s*"
    r"(?:(?:by|from|of)\s+[^,]{1,60}?\s+)?that\s+(?P<what>.+)$"
)
_PRONOUN_LEAD = re.compile(r"^(?:it|they)\b", re.IGNORECASE)


def denied(
    text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None
) -> tuple[str, float, Unit | None] | None:
    """ "Moscow denies claims that it has trained the rebels" -> "Has Moscow trained the rebels?" """
    m = _DENIAL.search(text)
    if not m:
        return None
    what = m.group("what")
    if _PRONOUN_LEAD.match(what):
        denier = subject_at(text, m.start(), unit, previous)
        if denier is None:
            return None
        named = re.sub(r"(?:\s+\w+ly)+$", "", denier.text)  # "Moscow flatly" -> "Moscow"
        what = _PRONOUN_LEAD.sub(named, what, count=1)
    q = yes_no(what, proper)
    return (q, 2.5, None) if q else None


_ACCUSED = re.compile(
    r"\baccus(?:e|es|ed|ing)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s+of\s+"
    r"(?P<adv>\w+ly\s+)?(?P<verb>[a-z]+ing)\s+(?P<rest>.+)$"
)


def accused(
    text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None
) -> tuple[str, float, Unit | None] | None:
    """ "Critics accused Ankara of supporting ISIS" -> "Is Ankara supporting ISIS?"; an
    accusation denied in the same sentence asks it more plainly."""
    m = _ACCUSED.search(text)
    if not m:
        return None
    rest = cut(m.group("rest"))
    if not rest:
        return None
    who = m.group("who")
    aux = "Are" if plural(who) else "Is"
    q = finish(f"{aux} {decap(who, proper)} {m.group('adv') or ''}{m.group('verb')} {rest}?", proper)
    strength = 2.5 if re.search(r"\bden(?:y|ies|ied)\b", text) else 1.5
    return (q, strength, None) if q else None


_CLAIMED = re.compile(
    r"\b(?P<hedge>(?:purportedly|reportedly|allegedly|apparently)\s+)?(?:has\s+|have\s+)?claimed\s+responsibility\s+"
    r"for\s+(?P<what>.+)$"
)


def claimed(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "ISIS purportedly claimed responsibility for the bombings" -> "Was ISIS behind the
    bombings?"; "Rebels claimed to have shot down a jet" -> "Have rebels shot down a jet?" """
    return _responsible(text, unit, proper, previous, hedged=True) or _claimed_to(text, unit, proper, previous)


def _responsible(
    text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None, hedged: bool
) -> str | None:
    """A claim of responsibility: asked when it is hedged, or when no one could verify it."""
    m = _CLAIMED.search(text)
    if not m or (hedged and not m.group("hedge")):
        return None
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    if not who or not what:
        return None
    was = "Were" if plural(who.text) else "Was"
    return finish(f"{was} {decap(who.text, proper)} behind {what}?", proper)


# "Up to 3,000 Tunisians are believed to have travelled to fight": what is in doubt is the
# figure, which a yes-or-no question ("Have up to 3,000 Tunisians travelled ...?") misstates.
_COUNTED = re.compile(
    r"^(?:(?:up\s+to|an\s+estimated|about|around|nearly|almost|roughly|some|at\s+least|as\s+many\s+as|"
    r"more\s+than|over|fewer\s+than|less\s+than)\s+)?(?:\d|(?:dozens|hundreds|thousands|scores|millions)\b)",
    re.IGNORECASE,
)


def counted(subject: str) -> bool:
    return _COUNTED.match(subject) is not None


_CLAIMED_TO = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|reportedly)\s+)?(?:claimed|claims|claim|(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?:said|believed|thought|reported|alleged|suspected|understood))\s+to\s+have\s+"
    r"(?P<done>[a-z]+)\s+(?P<what>.+)$"
)


def _claimed_to(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Rebels claimed to have shot down a jet" -> "Have rebels shot down a jet?" """
    m = _CLAIMED_TO.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    if not who or not what or counted(who.text):
        return None
    aux = "Have" if who.text.split()[-1].endswith("s") else "Has"  # "rebels", "Houthis": a plural
    return finish(f"{aux} {decap(who.text, proper)} {m.group('done')} {what}?", proper)


_BELIEVED_TO_BE = re.compile(
    r"\s+(?P<aux>is|are|was|were)\s+(?:also\s+|widely\s+)?(?:said|believed|thought|reported|alleged|suspected|understood)\s+"
    r"to\s+be\s+(?P<what>.+)$"
)


def believed(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The pilot is believed to be held in Raqqa" -> "Is the pilot held in Raqqa?" """
    m = _BELIEVED_TO_BE.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    if not who or not what or who.text.split()[-1].lower() in _ORDINAL or counted(who.text):
        return None  # "a second is thought to be ...": a second what, the question cannot say
    return finish(f"{m.group('aux').capitalize()} {decap(who.text, proper)} {what}?", proper)


_ORDINAL = frozenset("first second third fourth fifth one two three other others latter former".split())


_EVIDENCE = re.compile(
    r"\b(?:no|little|scant|not\s+(?:yet\s+)?(?:any|enough))\s+evidence\s+(?:yet\s+)?that\s+(?P<what>.+)$"
)


def evidence(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Police have no evidence that the men were armed" -> "Were the men armed?" """
    m = _EVIDENCE.search(text)
    return yes_no(m.group("what"), proper) if m else None


_AUTHENTIC = re.compile(
    r"\s+(?:appears?|appeared|seems?|seemed|looks?|looked)\s+to\s+be\s+(?P<how>authentic|genuine|real|credible|"
    r"reliable|accurate)\b"
)


def authentic(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "An expert said the recording appeared to be authentic" -> "Is the recording authentic?" """
    m = _AUTHENTIC.search(text)
    if not m:
        return None
    what = subject_at(text, m.start(), unit, previous)
    if what is None:
        return None
    aux = "Are" if plural(what.text) else "Is"
    return finish(f"{aux} {decap(what.text, proper)} {m.group('how')}?", proper)


_NEITHER = re.compile(
    r"\b[Nn]either\s+(?P<first>.+?)\s+nor\s+.+?\s+(?P<aux>can|could|will|has|have)\s+(?:yet\s+|been\s+)?(?:be\s+)?"
    r"(?P<done>\w+ed)\b"
)


def neither(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Neither the accusations nor the dates can be corroborated" -> "Can the accusations be corroborated?" """
    m = _NEITHER.search(text)
    first = noun_phrase(m.group("first")) if m else None
    if m is None or first is None:
        return None
    aux = {"can": "Can", "could": "Can", "will": "Will"}.get(m.group("aux"), "Can")
    return finish(f"{aux} {decap(first, proper)} be {m.group('done')}?", proper)
