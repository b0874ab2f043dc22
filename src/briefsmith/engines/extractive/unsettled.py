"""Open questions from what a sentence tells as not yet settled: people still at large
("three suspects were still on the loose": "Will the three suspects be caught?"), a truce
or a coalition called fragile ("an uneasy truce has been in place": "Will the uneasy truce
hold?"), a fact someone will not admit ("neither capital will admit that there is any
cooperation": "Is there any cooperation?"), and a thing not yet done that "may change"
("Though the army has not launched any raids yet, this may well change": "Will the army
launch any raids?").

Used by inferred.py; each reads one main clause (the last, also the clause it concedes)
and gives a question whose words come from it, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.claims import cut, subject_at
from briefsmith.engines.extractive.clauses import decap, finish
from briefsmith.engines.extractive.inversion import yes_no
from briefsmith.engines.extractive.sentences import Unit

_AT_LARGE = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?P<how>on\s+the\s+loose|at\s+large|on\s+the\s+run|"
    r"being\s+hunted|being\s+sought|being\s+searched\s+for|missing)(?=\s|[,.;]|$)"
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)"
_COUNT_OF = re.compile(rf"\b(?i:{_NUMBER})\s+(?:\w+\s+)?(?P<noun>[a-z]+(?:men|s))\b")
_BARE = frozenset("others some many most all several both few".split())


def at_large(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Three suspects were still on the loose" -> "Will the three suspects be caught?";
    "two gunmen died, and three survived and are being hunted" -> "Will the three gunmen be
    caught?" (the count's noun from the same sentence); the missing are to be found."""
    m = _AT_LARGE.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    if who is None or who.expanded or who.text.lower() in _BARE:
        return None
    subject = who.text
    if re.fullmatch(_NUMBER, subject.lower()):  # "and three survived": three of what the sentence counts
        counted = _COUNT_OF.search(unit.text[: max(0, unit.text.find(text[:30]))])
        if counted is None:
            return None
        subject = f"{subject} {counted.group('noun')}"
    if re.match(rf"{_NUMBER}\b", subject.lower()):
        subject = "the " + subject
    subject = re.sub(r"^(?:a|an)\s+", "the ", subject, flags=re.IGNORECASE)  # "a pastor is missing": the pastor
    done = "found" if m.group("how") in ("missing", "being sought", "being searched for") else "caught"
    return finish(f"Will {decap(subject, proper)} be {done}?", proper)


_FRAGILE = re.compile(
    r"\b(?P<adj>uneasy|fragile|shaky|tenuous|precarious|brittle)\s+(?P<noun>truce|ceasefire|cease-fire|peace|calm|"
    r"coalition|alliance|accord)\b",
    re.IGNORECASE,
)


_OVER = re.compile(r"\b(?:collapsed|collapses|broke|broken|breaks|ended|ends|crumbled|violated|shattered)\b")


def fragile(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "An uneasy truce has been in place since May" -> "Will the uneasy truce hold?" """
    m = _FRAGILE.search(text)
    if not m or re.search(
        r"\b(?:collapsed|collapses|broke|broken|breaks|ended|ends|crumbled|violated|shattered)\b", text
    ):
        return None  # "the fragile truce collapsed": nothing left to hold
    return finish(f"Will the {m.group('adj').lower()} {m.group('noun').lower()} hold?", proper)


_UNADMITTED = re.compile(
    r"\b(?:(?:will|would|does|do|did)\s+not|won['’]t|wouldn['’]t|doesn['’]t|don['’]t|didn['’]t|refuses?\s+to|refused\s+to|"
    r"declines?\s+to|declined\s+to|(?:[Nn]either\b.{1,60}?\bnor\b.{1,60}?|no\s+one\s+|nobody\s+)(?:will|would|does|do|did))\s+"
    r"(?:publicly\s+|openly\s+|officially\s+)?(?:admit|acknowledge|concede)\s+(?:that\s+)?(?P<what>.+)$"
)


def unadmitted(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Neither side will admit that there is any tacit cooperation" -> "Is there any tacit
    cooperation?": what no one admits is not settled by their silence."""
    m = _UNADMITTED.search(text)
    if not m or re.match(r"(?:it|they|he|she|this|that)\b", m.group("what"), re.IGNORECASE):
        return None  # "would not admit it": what, the sentence before says
    there = _THERE.match(m.group("what"))
    if there:  # "there is any cooperation": no subject to front but "there"
        rest = cut(there.group("rest"))
        return finish(f"{there.group('be').capitalize()} there {rest}?", proper) if rest else None
    return yes_no(m.group("what"), proper)


_THERE = re.compile(r"^there\s+(?P<be>is|are|was|were)\s+(?P<rest>.+)$")


_MAY_CHANGE = re.compile(
    r"^(?:this|that)\s+(?:may|might|could|is\s+likely\s+to|will\s+probably)\s+(?:well\s+|soon\s+)?change\b"
)
_NOT_YET_DONE = re.compile(
    r"^(?:though|although|while|even\s+though)\s+(?P<who>.+?)\s+(?:has|have|had)\s+(?:still\s+)?not\s+"
    r"(?:yet\s+)?(?P<done>[a-z]+ed)\s+(?P<what>.+?)(?:\s+(?:yet|so\s+far))?\s*,",
    re.IGNORECASE,
)


def may_change(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Though the army has not launched any raids yet, this may well change" -> "Will the
    army launch any raids?": the main clause says that what was conceded is open."""
    if not _MAY_CHANGE.match(text.strip()):
        return None
    m = _NOT_YET_DONE.match(unit.text.strip())
    base = _base(m.group("done")) if m else None
    what = cut(m.group("what")) if m else None
    if not m or base is None or not what:
        return None
    return yes_no(f"{m.group('who')} will {base} {what}", proper)


def _base(done: str) -> str | None:
    """ "conducted" -> "conduct", "carried" -> "carry", "stopped" -> "stop"; None where the
    base cannot be told from the spelling ("decided": "decid" or "decide"?)."""
    stem = done[:-2]
    if done.endswith("ied"):
        return done[:-3] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]
    if len(stem) > 2 and stem[-1] not in "aeiouy" and stem[-2] not in "aeiouy" and not stem.endswith(("ss", "ll")):
        return stem  # "conduct", "launch", "attack", "sign"
    return None
