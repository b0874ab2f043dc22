"""Open questions from decisions still to be taken: a demand made of someone ("the union
demanded that the board withdraw the plan": "Will the board withdraw the plan?") and a
ruling or a vote to come ("the court will rule on the appeal next month": "How will the
court rule on the appeal next month?", the outcome being what is open), and an outcome
awaited ("a verdict in the case is expected next month": "What will the verdict in the case
be?"), a deadline ("negotiators face a March 31 deadline to reach a deal": "Will negotiators
reach a deal by the March 31 deadline?") and an inquiry opened ("police launched an
investigation into the crash": "What will the investigation into the crash find?"). Used by
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


# "A verdict is expected next month", "the findings of the inquiry are due in May": an
# outcome awaited (never "is expected to ...", which says what someone will do).
_AWAITED = re.compile(
    r"\s+(?P<be>is|are)\s+(?:now\s+|still\s+|also\s+)?(?:expected|due|awaited|pending)(?!\s+to\b)"
    r"(?:\s+(?:by|on|in|at|within|before|after|later|next|this|soon|shortly|early|tomorrow|today)\b[^,;]*)?\s*[.”\"]*$"
)
_OUTCOMES = frozenset(
    "decision verdict ruling judgment judgement result results findings outcome report sentence".split()
)


def awaited(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "A decision on the licence is due by Friday" -> "What will the decision on the licence be?" """
    m = _AWAITED.search(text)
    if not m:
        return None
    who = subject_at(text, m.start(), unit, previous)
    if who is None or who.expanded:
        return None
    words = who.text.split()
    head = next((w.lower() for w in words if w.lower() in _OUTCOMES), None)
    if head is None or words[0].lower() not in ("a", "an", "the") or words[1].lower() != head:
        return None  # "the court's ruling", "his report": whose, the question keeps only where it opens
    the = " ".join(["the", *words[1:]])
    return finish(f"What will {decap(the, proper)} be?", proper)


# A deadline set for an act: whether it is done in time is open.
_DEADLINES = (
    # "face a March 31 deadline to reach a deal"
    re.compile(
        r"\s+(?:(?:face|faces|faced|facing)\s+|(?:has|have|had)\s+(?:set\s+(?:themselves\s+|itself\s+)?)?)"
        r"(?:an?|the)\s+(?P<when>(?:[\w’'\-]+\s+){0,4}?)deadline\s+(?:of\s+(?P<of>[^,;]+?)\s+)?to\s+(?P<what>.+)$"
    ),
    # "are racing to reach a deal before a March 31 deadline"
    re.compile(
        r"\s+(?:is|are|was|were)\s+(?:racing|rushing|scrambling|pushing|working|striving|trying|hoping|seeking)\s+to\s+"
        r"(?P<what>.+?)\s+(?:before|by|ahead\s+of)\s+(?:an?|the)\s+(?P<when>(?:[\w’'\-]+\s+){0,4}?)deadline\b"
    ),
)
_MISSED = re.compile(
    r"\bmissed\b|\b(?:met|beat|passed)\s+(?:the|its|their|a)\s+(?:[\w’'\-]+\s+){0,3}?deadline\b|"
    r"\bdeadline\s+(?:has\s+|had\s+|was\s+)?(?:expired|lapsed|passed|been\s+extended)\b"
)
# "have until Friday to agree on a budget"
_UNTIL = re.compile(r"\s+(?:has|have|had)\s+until\s+(?P<when>[^,;]+?)\s+to\s+(?P<what>[a-z].+)$")


def deadline(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "Negotiators face a March 31 deadline to reach a deal" -> "Will negotiators reach a deal
    by the March 31 deadline?" """
    if _MISSED.search(text):
        return None  # "had a deadline to pass the bill but missed it": nothing left open
    for k, pattern in enumerate(_DEADLINES):
        m = pattern.search(text)
        if m:
            of = m.groupdict().get("of")
            when = of if of else f"the {m.group('when')}deadline"
            by = "by" if k == 0 else "before"
            break
    else:
        m = _UNTIL.search(text)
        if m is None:
            return None
        when, by = m.group("when"), "by"
    who = subject_at(text, m.start(), unit, previous)
    what = cut(m.group("what"))
    if who is None or who.expanded or not what or what.split()[0].lower() in AUX | {"be", "been", "not"}:
        return None
    return finish(f"Will {decap(who.text, proper)} {what} {by} {when}?", proper)


# "Police have launched an investigation into the crash": what it will find is open.
_OPENED = re.compile(
    r"\b(?:launched|launches|launch|opened|opens|open|ordered|orders|order|announced|began|begun|started|set\s+up)\s+"
    r"(?:an?|the)\s+(?:(?:formal|criminal|independent|full|public|official|internal|separate|urgent)\s+)*"
    r"(?P<kind>investigation|inquiry|probe|review)\s+(?P<into>into|of)\s+(?P<what>.+)$"
)


def opened(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The ministry ordered an inquiry into the deaths of the miners" -> "What will the inquiry
    into the deaths of the miners find?" """
    m = _OPENED.search(text)
    what = noun_phrase(cut(m.group("what")) or "") if m else None
    if not m or not what or what.split()[0].lower() in ("it", "this", "that", "them", "these", "those"):
        return None  # "an investigation into it": into what, the sentence before says
    return finish(f"What will the {m.group('kind')} {m.group('into')} {decap(what, proper)} find?", proper)
