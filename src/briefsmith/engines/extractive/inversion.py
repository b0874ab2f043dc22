"""Statements turned into questions by moving their auxiliary ("new proxies are being
formed" -> "Are new proxies being formed?"), or with "does" when there is none
("Russia trusts the West" -> "Does Russia trust the West?"), and embedded questions
("it is unclear who will lead ...") asked directly."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.clauses import (
    AUX,
    DETERMINERS,
    PREPOSITIONS,
    cut_predicate,
    decap,
    finish,
    noun_phrase,
)
from briefsmith.engines.extractive.sentences import STOPWORDS

_HAVE = {"has": "Does", "have": "Do", "had": "Did"}
_PARTICIPLE = re.compile(
    r"^(?:\w+ed|\w+en|been|done|made|said|sent|met|led|held|kept|lost|won|"
    r"left|felt|brought|bought|built|caught|found|got|paid|put|set|told|"
    r"thought|understood|become|come|run|begun|sunk|struck|shot|fought|sought|taught|spent|meant|dealt|fled|hurt|cut|"
    r"spread|gone|hung|bound|stood|swum|drunk|sung|rung)$"
)


# An aside between a subject and its auxiliary ("Iraqi forces, eager for revenge, may kill
# ..."): the question asks without it.
_APPOSITIVE = re.compile(
    r"^([^,;:“”\"]{2,60}?),\s+[^,;:“”\"]{2,120},\s+(?=(?:is|are|was|were|will|would|can|could|may|might|has|have|had|"
    r"should|must)\s)"
)


def split_at_aux(words: list[str]) -> tuple[int, str, str] | None:
    """(index of the auxiliary, the auxiliary to front, what stays after the subject)."""
    for i, w in enumerate(words[:12]):
        lw = w.lower()
        if "," in w or lw in ("that", "who", "which"):
            return None
        if i == 0 or lw not in AUX:
            continue
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lw in _HAVE and not _PARTICIPLE.match(nxt) and nxt not in ("not", "yet", "already", "been"):
            return i, _HAVE[lw], " have"  # "Russia has trade" -> "Does Russia have trade"
        return i, lw.capitalize(), ""
    return None


def _stacked(rest: list[str]) -> bool:
    """Does another auxiliary follow the fronted one ("will have been")? "will have much
    impact" is "have" as the verb."""
    first = rest[0].lower()
    if first in ("have", "do"):
        nxt = rest[1].lower() if len(rest) > 1 else ""
        return bool(_PARTICIPLE.match(nxt)) or nxt in ("not", "been", "to")
    return first in AUX


def base_verb(verb: str) -> str | None:
    """'believes' -> 'believe', 'tries' -> 'try': a third-person present verb's base."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and len(verb) > 3:
        return verb[:-1]
    return None


# After a plural noun, not after a verb: "groups such as ISIS", "groups of fighters", "groups and ..."
_AFTER_NOUN = frozenset("such of and or who which whose".split())
_COUNTS = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands many several few both".split()
)


def _plural_noun(words: list[str], i: int) -> bool:
    """Is words[i], an -s word, a plural noun rather than a verb ("armed groups control the
    port": "Does armed group control ...?" would be wrong)? So when a noun's words follow it,
    or when nothing before it could be a subject alone (no determiner, no name: "armed",
    "rising") and a content word follows it ("control", "explain")."""
    after = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
    before = words[i - 1].lower() if i else ""
    if after in _AFTER_NOUN or before in _COUNTS or before.replace(",", "").isdigit():
        return True  # "the two ships collided", "groups of fighters"
    if after.endswith("ed") and words[i + 1].islower():
        return True  # "the ships collided": a verb's -s is not followed by a past tense
    bare = all(w.islower() and w.lower() not in DETERMINERS for w in words[:i])
    return (
        bare
        and bool(after)
        and after.isalpha()
        and words[i + 1].islower()
        and (after not in DETERMINERS and after not in PREPOSITIONS and not after.endswith("ly"))
    )


def yes_no(clause: str, proper: Callable[[str], bool], condition: str | None = None) -> str | None:
    """'Peru will accept the ruling' -> 'Will Peru accept the ruling?'; 'Russia trusts
    the West' -> 'Does Russia trust the West?'. None when no subject can be found."""
    pred = cut_predicate(_APPOSITIVE.sub(r"\1 ", clause, count=1))
    if not pred:
        return None
    words = pred.split()
    found = split_at_aux(words)
    if found:
        i, aux, extra = found
        subject = noun_phrase(" ".join(words[:i]))
        rest = " ".join(words[i + 1 :])
        if subject is None or not rest or _stacked(rest.split()):
            return None
        aux = "Will" if aux in ("May", "Might") else aux  # "May the guards ...?" asks leave, not whether
        question = f"{aux} {decap(subject, proper)}{extra} {rest}"
    else:
        asked = _do_question(words, proper)
        if asked is None:
            return None
        question = asked
    if condition:
        question = f"{condition[0].upper()}{condition[1:]}, {question[0].lower()}{question[1:]}"
    return finish(question + "?", proper)


def _do_question(words: list[str], proper: Callable[[str], bool]) -> str | None:
    """'Russia really trusts the West' -> 'Does Russia really trust the West'."""
    for i, w in enumerate(words[1:7], start=1):
        if not w.islower():
            continue
        base = base_verb(w)
        if base is None or w in AUX:
            continue
        adverb = words[i - 1].lower().endswith("ly") and i > 1
        subject = noun_phrase(" ".join(words[: i - 1] if adverb else words[:i]))
        if _verb_after_plural(words, i):  # "its new cells signal a threat": "Do its new cells signal ...?"
            subject = noun_phrase(" ".join(words[: i + 1]))
            return None if subject is None else f"Do {decap(subject, proper)} {' '.join(words[i + 1 :])}".rstrip()
        if subject is None or _plural_noun(words, i):
            return None
        middle = f" {words[i - 1]}" if adverb else ""
        return f"Does {decap(subject, proper)}{middle} {base} {' '.join(words[i + 1 :])}".rstrip()
    return None


def _verb_after_plural(words: list[str], i: int) -> bool:
    """Is words[i] a plural noun after a determiner and words[i + 1] its verb, an object after
    it ("its new cells signal a wider threat")? A base verb then follows the -s word."""
    if i + 2 >= len(words) or not any(w.lower() in DETERMINERS for w in words[:i]):
        return False
    verb, nxt = words[i + 1], words[i + 2].lower()
    plain = verb.isalpha() and verb.islower() and not verb.endswith(("s", "ed", "ly", "ing"))
    return plain and verb not in AUX and verb not in DETERMINERS and verb not in PREPOSITIONS and nxt in DETERMINERS


def _verbish(word: str) -> bool:
    w = word.lower()
    return word.islower() and (w in AUX or w.endswith("ed") or (w.endswith("s") and not w.endswith(("ss", "us", "is"))))


def _inverts(words: list[str]) -> bool:
    """Does an auxiliary follow a subject ("things will look like"), not open the clause?"""
    found = split_at_aux(words)
    return found is not None and noun_phrase(" ".join(words[: found[0]])) is not None


def embedded_question(wh: str, clause: str, proper: Callable[[str], bool]) -> str | None:
    """'whether Peru will accept' -> 'Will Peru accept ...?'; 'who will lead the agency'
    -> 'Who will lead the agency?'; 'what form it would take' -> 'What form would it take?'."""
    wh = wh.lower()
    if wh in ("whether", "if"):
        return yes_no(clause, proper)
    pred = cut_predicate(clause)
    if not pred:
        return None
    words = pred.split()
    lead = wh.capitalize()
    if wh == "how" and len(words) > 2 and words[0].lower() in ("many", "much"):
        # "how many were killed": the wh-phrase is the subject; "how many people he saw": the object
        asks_who = words[1].lower() in AUX or (words[1].islower() and words[2].lower() in AUX)
        if asks_who and words[1].lower() != "of":
            return finish(f"How {' '.join(words)}?", proper)
    if (
        wh in ("what", "which", "how", "whose")
        and len(words) > 2
        and words[0].islower()
        and words[0] not in STOPWORDS
        and words[1].lower() not in AUX
    ):
        lead, words = f"{lead} {words[0]}", words[1:]  # "what form it would take"
        if words[0] == "of":  # "how many of those were ...": the wh-phrase is the subject
            found = split_at_aux(words)
            # unless a subject of its own stands before the verb: "which phase of the training
            # the Marines were in" (a second determiner opens it)
            own = found is not None and sum(w.lower() in DETERMINERS for w in words[1 : found[0]]) > 1
            if found and found[2] == "" and not own:
                return finish(f"{lead} {' '.join(words)}?", proper)
    elif wh in ("who", "what", "which") and _verbish(words[0]) and not _inverts(words):
        return finish(f"{lead} {pred}?", proper)  # "who benefits more ...", "who will lead ..."
    found = split_at_aux(words)
    if not found:
        return None
    i, aux, extra = found
    subject = noun_phrase(" ".join(words[:i]))
    if subject is None:
        return None
    return finish(f"{lead} {aux.lower()} {decap(subject, proper)}{extra} {' '.join(words[i + 1 :])}?", proper)
