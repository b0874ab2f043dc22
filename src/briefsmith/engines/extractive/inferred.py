"""Open questions an analyst infers from a plain statement: a claim no one could verify
("CNN could not independently verify the claim" asks whether the claim is true), a claim
denied ("Moscow denies claims that it trained the rebels"), an accusation, speculation,
doubts, a test to come ("this offensive will tell whether ..."), what someone has not
said ("has not said whether ..."), a possibility spoken of, a meeting to decide, an
investigation under way, something in prospect, a consequence put as "it could mean".

Each form reads one main clause (the claim of an unverified report may stand in the
sentence before, which the question then also cites) and gives a question whose words
come from that clause, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.anycase import Lowered
from briefsmith.engines.extractive.claims import (
    accused,
    authentic,
    believed,
    claimed,
    cut,
    denied,
    evidence,
    neither,
    subject_at,
    unverified,
)
from briefsmith.engines.extractive.clauses import Clause, clause_end, decap, finish, noun_phrase
from briefsmith.engines.extractive.implied import raised, seeming, tested, to_answer
from briefsmith.engines.extractive.inversion import embedded_question, yes_no
from briefsmith.engines.extractive.pending import awaited, deadline, demanded, opened, ruling
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.unknowns import conflicting, known, linked, undone, unknown
from briefsmith.engines.extractive.unsettled import at_large, fragile, may_change, unadmitted

TRIGGER = re.compile(
    r"verif|confirm|authentic|corroborat|den(?:y|ies|ied)|reject|accus|speculat|suspicion|rumou?r|doubts|"
    r"\btell\b|\bshow\b|determine|reveal|\btest\b|establish|no idea|none the wiser|not (?:yet )?(?:said|say)|"
    r"possibility|option of|\bmeet\b|under (?:investigation|review|consideration)|in prospect|on the cards|"
    r"in the offing|looming|\bmeans?\b|claimed|claims|said to have|believed|thought|suspected|alleged|understood|"
    r"evidence|appear|seem|neither|hopes that|hoped that|expects that|expected that|predict|specif|disclos|explain|"
    r"clarif|estimat|reckon|suspect|demand|insist|urge|propos|recommend|request|\brule\b|decide|vote|know|information|details|\blink|connection|\bties\b|not\s+(?:yet\s+)?been|"
    r"questions|loose|at large|on the run|hunted|sought|searched|missing|uneasy|fragile|shaky|tenuous|precarious|"
    r"brittle|admit|acknowledge|concede|change|unclear|uncertain|mystery|conflicting|contradict|differing|competing|"
    r"accounts|expected|\bdue\b|awaited|pending|deadline|until|investigation|inquiry|probe|review",
    re.IGNORECASE,
)
_TRIGGERED = Lowered(TRIGGER)  # the same test, faster (anycase.py)


def inferred(
    clause: Clause, unit: Unit, proper: Callable[[str], bool], previous: Unit | None
) -> tuple[str, float, Unit | None] | None:
    """(question, strength, the sentence before when the question rests on it too) or None."""
    text = clause.text
    if not _TRIGGERED.search(text):
        return None
    for told in (unverified, denied, accused, tested):
        found = told(text, unit, proper, previous)
        if found is not None:
            return found
    for form, strength in _FORMS:
        asked = form(text, unit, proper, previous)
        if asked:
            return asked, strength, None
    meant = _meaning(text, clause.condition, proper)
    return (meant, 1.5, None) if meant else None


# "could not independently verify", "has not been able to authenticate", "cannot be confirmed"
_DOUBTS = re.compile(
    r"\b(?:(?:has|have|had|expressed|raised|voiced)\s+(?:some\s+|serious\s+|grave\s+|strong\s+|deep\s+)?doubts|"
    r"(?:there\s+(?:is|are|was|were|has been)\s+)(?:some\s+|growing\s+|much\s+|wide\s+|widespread\s+)?"
    r"(?:speculation|suspicions?|rumou?rs?)|(?:amid|fuelled|fueled)\s+(?:growing\s+)?(?:speculation|rumou?rs?))"
    r"\s+(?:that\s+)?(?P<what>.+)$",
    re.IGNORECASE,  # "There is speculation ..." opens a sentence
)


def _doubted(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Officials have doubts the two groups would get along" -> "Would the two groups get along?" """
    m = _DOUBTS.search(text)
    return yes_no(m.group("what"), proper) if m else None


_UNSAID = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:publicly\s+)?(?:say|said|disclose|disclosed|"
    r"reveal|revealed|announce|announced|confirm|confirmed|indicate|indicated|specify|specified|explain|explained|"
    r"decide|decided|determine|determined|clarify|clarified|know|known)|(?:had|has|have)\s+no\s+idea|"
    r"(?:is|are|was|were|remain|remains|remained)\s+none\s+the\s+wiser(?:\s+as\s+to)?)\s+"
    r"(?P<wh>whether|if|how|why|what|who|when|where|which)\s+(?P<what>.+)$"
)


# "the pair said they didn't know what a blog was", "the families had no idea what the girls
# were planning": what someone did not know then tells of them (their innocence, their shock),
# not of a fact still to be learnt, as "police do not know who ..." does.
_WAS_UNAWARE = re.compile(r"^(?:(?:did|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?know|had\s+no\s+idea)\b")


def _unsaid(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The ministry has not said whether the talks will resume" -> "Will the talks resume?" """
    m = _UNSAID.search(text)
    if not m or _WAS_UNAWARE.match(m.group(0)):
        return None
    asked = embedded_question(m.group("wh"), m.group("what"), proper)
    if asked is None and m.group("wh").lower() not in ("whether", "if"):
        # "where the attackers came from": no auxiliary to front, and its last word is its own
        what = clause_end(m.group("what"))
        asked = finish(f"Is it known {m.group('wh').lower()} {what}?", proper) if what else None
    return asked


_SPOKEN_OF = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:both|also|all|repeatedly|openly)\s+)?(?:spoken|spoke|talked|talk|talks)\s+"
    r"(?:about|of)\s+|"
    r"\b(?:discussed|discussing|raised|floated|considering|considered|mulling|weighing|exploring|explored|"
    r"(?:not|refused to|declined to|won't|will not)\s+rule[ds]?\s+out)\s+"
)
_POSSIBILITY = re.compile(r"^(?:the\s+)?(?:possibility|option|prospect|idea)\s+of\s+(?P<what>[a-z]+ing\s+.+)$")


def _spoken_of(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Saudi Arabia has spoken about the possibility of sending ground troops" -> "Will
    Saudi Arabia go ahead with sending ground troops?" """
    for m in _SPOKEN_OF.finditer(text):
        p = _POSSIBILITY.match(text[m.end() :])
        if not p:
            continue
        who = subject_at(text, m.start(), unit, previous)
        what = cut(p.group("what"))
        if who and what:
            return finish(f"Will {decap(who.text, proper)} go ahead with {what}?", proper)
    return None


_MEETING = re.compile(
    r"\b(?:will|is to|are to|(?:is|are)\s+(?:due|scheduled|set|expected|slated)\s+to|plans?\s+to)\s+"
    r"(?:meet|convene|gather)\b[^;]{0,80}?\bto\s+(?:discuss|consider|decide\s+on|vote\s+on|review|debate|address)\s+"
    r"(?P<what>.+)$"
)


def _meeting(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The Security Council will meet on Sunday to discuss Yemen" -> "What will the
    Security Council decide on Yemen?" """
    m = _MEETING.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    return finish(f"What will {decap(who.text, proper)} decide on {what}?", proper) if who and what else None


_UNDER = re.compile(
    r"\s+(?:is|are|was|were|remains?)\s+(?:still\s+|currently\s+|now\s+|also\s+)?under\s+(?:an?\s+)?"
    r"(?P<what>investigation|review|consideration)\b"
)


def _investigated(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The suspect is under investigation" -> "What will the investigation of the suspect find?" """
    m = _UNDER.search(text)
    if not m:
        return None
    subject = subject_at(text, m.start(), unit, previous)
    if subject is None or len(subject.text.split()) > 8:
        return None
    s = decap(subject.text, proper)
    if m.group("what") == "investigation":
        return finish(f"What will the investigation of {s} find?", proper)
    return finish(f"What will be decided on {s}?", proper)


_PROSPECT = re.compile(
    r"^(?P<what>.+?)\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:in prospect|on the cards|in the offing|looming)"
)


def _in_prospect(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Big cuts in army numbers are in prospect" -> "Will there be big cuts in army numbers?" """
    m = _PROSPECT.match(text.strip())
    what = noun_phrase(m.group("what")) if m else None
    return finish(f"Will there be {decap(what, proper)}?", proper) if what else None


_HOPING = re.compile(r"\b(?:hopes|hoped|expects|expected|predicts|predicted|bets)\s+that\s+(?P<what>.+)$")


def _hoped(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The envoy hopes that the talks will resume" -> "Will the talks resume?" """
    m = _HOPING.search(text)
    if not m:
        return None
    q = yes_no(m.group("what"), proper)
    return q if q and q.split()[0] in ("Will", "Would", "Might", "Could", "Can", "May") else None


_ESTIMATE = re.compile(r"\b(?:estimates|estimated|reckons|reckoned|suspects|suspected)\s+that\s+(?P<what>.+)$")


def _estimated(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "An analyst estimates that real spending is a third higher" -> "Is real spending a
    third higher?": an estimate or a suspicion is not yet a fact."""
    m = _ESTIMATE.search(text)
    return yes_no(m.group("what"), proper) if m else None


_MEANS = re.compile(
    r"^(?:it|this|that)\s+(?:(?:could|may|might|would)\s+(?:well\s+|also\s+)?(?:mean|signal|indicate|suggest)|means)\s+"
    r"(?:that\s+)?(?P<what>.+)$",
    re.IGNORECASE,
)


def _meaning(text: str, condition: str | None, proper: Callable[[str], bool]) -> str | None:
    """ "If Iraq regains the city, it could mean that retaking Mosul is possible" -> "If Iraq
    regains the city, is retaking Mosul possible?" (only with its condition: alone, "it" leans)."""
    m = _MEANS.match(text.strip())
    if not m or not condition:
        return None
    return yes_no(m.group("what"), proper, condition)


# Each form, in the order tried, with how plainly it is an open question (strength 1..3).
_FORMS = (
    (_doubted, 2.0),
    (_unsaid, 2.5),
    (_spoken_of, 2.0),
    (_meeting, 2.0),
    (ruling, 2.0),
    (demanded, 2.0),
    (_investigated, 2.0),
    (_in_prospect, 1.5),
    (claimed, 2.0),
    (believed, 2.0),
    (evidence, 2.0),
    (authentic, 2.0),
    (neither, 2.5),
    (_hoped, 1.5),
    (_estimated, 1.5),
    (known, 2.0),
    (linked, 2.0),
    (undone, 2.0),
    (unknown, 2.5),
    (conflicting, 2.5),
    (awaited, 2.0),
    (deadline, 2.0),
    (opened, 2.0),
    (raised, 2.0),
    (to_answer, 2.0),
    (seeming, 1.5),
    (at_large, 1.0),  # a manhunt is most often told as security news: the classifier must hear it as open
    (fragile, 1.5),
    (unadmitted, 2.0),
    (may_change, 2.0),
)
