"""Open questions a sentence implies without asking them: an event said to raise questions
("hundreds escaped the prison, raising further security questions": "After hundreds escaped
the prison, what further security questions arise?"), someone said to have questions to
answer ("the ministry has questions to answer over its failure to act": "Will the ministry
answer for its failure to act?"), a hedged account of what is going on ("events seemed to
be leading the country towards war": "Are events leading the country towards war?"), and a
test to come that points at the sentence before ("This offensive will tell whether that
training has made a difference": "Has the training made a difference?", citing both).

Used by inferred.py; each reads one main clause and gives a question whose words come
from it (and, where it says so, from the sentence before), or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.claims import cut, subject_at
from briefsmith.engines.extractive.clauses import AUX, decap, finish
from briefsmith.engines.extractive.inversion import embedded_question
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.subjects import plural

_QUOTE_MARKS = re.compile(r"[“”\"]")

# "..., raising further security questions": the event comes first, what it raises after.
_RAISED = re.compile(
    r"^(?P<what>.+?),\s+(?:raising|prompting|posing|leaving)\s+(?P<mods>(?:(?:further|new|fresh|serious|more|many|"
    r"urgent|troubling|difficult|hard|grave|awkward|broader|wider)\s+)*(?:(?:security|legal|political|ethical|safety|"
    r"diplomatic|economic)\s+)?)questions(?:\s+(?P<about>(?:about|over)\s+[^,;]+?))?(?:\s+unanswered)?[.!]?$"
)
# A verb the event is told with in the past ("escaped", "was freed", "fled"): "After ..." reads
# only of what has happened.
_PAST = re.compile(
    r"\b(?:\w+ed|was|were|had|did|fled|left|took|made|went|came|broke|fell|stole|won|lost|shot|hit|struck|sent|"
    r"held|found|told|said|gave|got|ran|rose|began|became|knew|saw|led|fought|threw|blew|drove|flew|wrote|spoke)\b"
)


def raised(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Hundreds of inmates escaped two prisons, raising further security questions" ->
    "After hundreds of inmates escaped two prisons, what further security questions arise?" """
    m = _RAISED.match(text.strip())
    if not m:
        return None
    what = re.sub(r"^(?:and|but|yet|so)\s+", "", m.group("what").strip(), flags=re.IGNORECASE)
    words = what.split()
    if len(words) < 4 or not _PAST.search(" ".join(words[1:12])) or words[0].lower() in _LEANS:
        return None  # "It escaped, raising questions": what escaped, the question cannot say
    about = f" {m.group('about')}" if m.group("about") else ""
    return finish(f"After {decap(what, proper)}, what {m.group('mods')}questions arise{about}?", proper)


_LEANS = frozenset("it this that these those they he she we i such".split())

# "have serious questions to answer over their failure to intervene"
_TO_ANSWER = re.compile(
    r"\b(?:has|have|had)\s+(?:some\s+)?(?:(?:serious|hard|tough|many|big|difficult|real|awkward)\s+)*questions\s+"
    r"to\s+answer\s+(?:over|about|on|for|regarding|concerning)\s+(?P<what>.+)$"
)
_THEN = re.compile(r"\s+(?:after|before|when|because|since|as|while|until|once|if)\s+")


def to_answer(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The agency has questions to answer over its failure to act" -> "Will the agency answer
    for its failure to act?" (what it must answer for is open: whether it will, and how)."""
    plain = _QUOTE_MARKS.sub("", text)
    m = _TO_ANSWER.search(plain)
    if not m:
        return None
    who = subject_at(plain, m.start(), unit, previous)
    what = cut(_THEN.split(m.group("what"), maxsplit=1)[0])
    if who is None or who.expanded or not what or len(what.split()) < 2:
        return None
    return finish(f"Will {decap(who.text, proper)} answer for {what}?", proper)


# "recent events seemed to be leading the country towards war"; "forces appeared on Sunday to
# be making progress": what seems to be happening is not yet known to be.
_SEEMS = re.compile(
    r"\s+(?:seems?|seemed|appears?|appeared)\s+(?:(?:on\s+)?\w+\s+)?to\s+be\s+(?P<ving>[a-z]+ing)\s+(?P<rest>.+)$"
)


_WHEN = re.compile(r"\s+(?:when|as|after|before|since|while)\s+")
_POINTS_BACK = re.compile(r"\b(?:that|this|these|those|such)\s+[a-z]+")


def seeming(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Recent events seemed to be leading the country towards war" -> "Are recent events
    leading the country towards war?" """
    plain = _QUOTE_MARKS.sub("", text)
    m = _SEEMS.search(plain)
    if not m or m.group("ving") in ("being", "having", "nothing", "something", "anything", "everything"):
        return None
    who = subject_at(plain, m.start(), unit, previous)
    rest = cut(_WHEN.split(m.group("rest"), maxsplit=1)[0])
    if who is None or who.expanded or not rest or _POINTS_BACK.search(rest):
        return None  # "seemed to be pointing in that direction": which, the sentence before says
    return finish(f"{'Are' if plural(who.text) else 'Is'} {decap(who.text, proper)} {m.group('ving')} {rest}?", proper)


_TEST = re.compile(
    r"\b(?:will|would|should|could|may|might)\s+(?:\w+ly\s+)?(?:tell|show|determine|reveal|test|decide|establish|"
    r"settle|prove)\s+(?P<wh>whether|if|how|who|what|when)\s+(?P<what>.+)$"
)
# "whether that training has ...": after a question word, "that" is a determiner, pointing
# back at what the sentence before tells; asked as "the training", citing that sentence.
_POINTING = re.compile(r"^(?:that|this|these|those)\s+(?=[a-z]+\b)")


def tested(
    text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None
) -> tuple[str, float, Unit | None] | None:
    """ "The offensive will tell whether the training has made a difference" -> "Has the
    training made a difference?"; "... whether that training ..." asks the same of the
    training the sentence before tells of, and cites it."""
    m = _TEST.search(text)
    if not m:
        return None
    what, before = m.group("what"), None
    pointing = _POINTING.match(what)
    if pointing:
        noun = what[pointing.end() :].split()[0]
        if previous is None or noun in AUX or noun[:5] not in previous.text.lower():
            return None  # the sentence before must tell of it ("a crash course to retrain ...")
        what, before = "the " + what[pointing.end() :], previous
    asked = embedded_question(m.group("wh"), what, proper)
    return (asked, 2.5, before) if asked else None


_OF_THOSE = re.compile(r"\bof (?:those|them|these)\b")
# "180 Americans have tried to ...": a count of people or things the next sentence takes up
_COUNTED = re.compile(
    r"\b(?!(?:19|20)\d\d\b)(\d[\d,.]*|dozens|hundreds|thousands|scores|millions)\s+(?:more\s+|other\s+)?([A-Za-z][a-z]+s)\b"
)


def counted(question: str, previous: Unit | None) -> str | None:
    """ "How many of those were trying to join?" after "180 Americans have tried to go" ->
    "How many of the 180 Americans were trying to join?" (the question then cites both)."""
    if previous is None or not _OF_THOSE.search(question):
        return None
    m = _COUNTED.search(previous.text)
    return _OF_THOSE.sub(f"of the {m.group(1)} {m.group(2)}", question, count=1) if m else None


# "airstrikes in this campaign": the campaign the brief is about, as "the attack" is; not a
# time or a turn of phrase ("at this point", "this week", "to that end"), which would change.
_THIS_OBJECT = re.compile(r"\b(in|during|of|against|for|from|with) (?:this|that) ([a-z]+)\b(?!['’])")
_FIXED = frozenset(
    "end point time stage moment week month year day morning evening night weekend summer spring autumn fall "
    "winter case way regard respect sense instance kind sort".split()
)


def _the(m: re.Match[str]) -> str:
    return m.group(0) if m.group(2) in _FIXED else f"{m.group(1)} the {m.group(2)}"


def definite(question: str) -> str:
    """ "Will the US conduct airstrikes in this campaign?" -> "... in the campaign?" """
    return _THIS_OBJECT.sub(_the, question)
