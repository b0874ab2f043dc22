"""Open questions from what a source says is not known or not settled: "we know nothing
about the victims" ("What is known about the victims?"), a link under investigation
("police are investigating a possible connection between his trips and the attack": "Is
there a connection between his trips and the attack?"), a thing not yet done to something
("the date of the vote has not been set": "Has the date of the vote been set?"), a thing
said to be unknown ("the cause of the blast was not immediately known": "Is the cause of the
blast known?"), and accounts that conflict ("the two sides gave conflicting accounts of the
clash": "Which account of the clash is true?"). Used by inferred.py; each reads one main
clause and gives a question whose words come from it, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.claims import cut, subject_at
from briefsmith.engines.extractive.clauses import VAGUE, decap, finish, noun_phrase
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.subjects import plural

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
    several = m.group("aux") == "have" or (m.group("aux") == "had" and plural(subject.text))
    aux = "Have" if several else "Has"  # "officials said the date had not been set": has it now?
    return finish(f"{aux} {decap(subject.text, proper)} been {m.group('done')} {rest}?", proper)


# "The motive for the attack is not yet known", "the fate of the hostages remains a mystery":
# the clause ends there (a time may follow), so what is unknown is its subject.
_UNKNOWN = re.compile(
    r"\s+(?P<be>is|are|was|were|remains?|remained)\s+(?:still\s+|as\s+yet\s+|also\s+)?"
    r"(?:unknown|unclear|a\s+mystery|not\s+(?:yet\s+|immediately\s+|fully\s+|publicly\s+)?(?:known|clear))"
    r"(?:\s+(?:for\s+now|at\s+this\s+stage|at\s+this\s+point|so\s+far|yet))?"
    # the attribution after it: ", rescuers said", ", according to the police"
    r"(?:\s*,\s*(?:(?:[\w’'\-.]+\s+){1,5}(?:said|says|added|reported)|according\s+to\s+[^,;]+))?\s*[.”\"]*$"
)


def unknown(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The cause of the blast was not immediately known" -> "Is the cause of the blast known?" """
    m = _UNKNOWN.search(text)
    if not m:
        return None
    subject = subject_at(text, m.start(), unit, previous)
    if subject is None or subject.expanded or len(subject.text.split()) < 2:
        return None  # "It is unclear.": what, the sentence before says
    first = subject.text.split()[0].lower()
    if first in VAGUE or first in ("what", "who", "how", "why", "when", "where", "whether", "which"):
        return None
    be = m.group("be")
    several = be in ("are", "were", "remain") or (be == "remained" and plural(subject.text))
    the = re.sub(r"^(?:a|an)\s+", "the ", subject.text, flags=re.IGNORECASE)
    return finish(f"{'Are' if several else 'Is'} {decap(the, proper)} known?", proper)


# "The two sides gave conflicting accounts of the clash"; "accounts of the raid differ".
_CONFLICTING = re.compile(
    r"\b(?:conflicting|contradictory|differing|contradicting|competing)\s+(?P<noun>accounts|reports|versions|stories)\s+"
    r"(?:of|about|on|over)\s+(?P<what>.+)$",
    re.IGNORECASE,
)
_DIFFER = re.compile(
    r"^(?:but\s+|however,\s+)?(?P<noun>accounts|reports|versions)\s+(?:of|about|on)\s+(?P<what>.+?)\s+"
    r"(?:differ|differed|vary|varied|conflict|conflicted|diverge|diverged)\b",
    re.IGNORECASE,
)


def conflicting(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> str | None:
    """ "The army and the rebels gave conflicting accounts of the clash" -> "Which account of the
    clash is true?": which of two tellings holds is open."""
    m = _CONFLICTING.search(text) or _DIFFER.search(text.strip())
    what = noun_phrase(cut(m.group("what")) or "") if m else None
    if not m or not what or what.split()[0].lower() in VAGUE:
        return None  # "conflicting accounts of it": of what, the sentence before says
    return finish(f"Which {m.group('noun').lower()[:-1]} of {decap(what, proper)} is true?", proper)
