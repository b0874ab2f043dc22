"""Small clause surgery for questions: find the subject before a trigger, cut the
predicate after it, and turn a statement into a yes/no or wh- question by moving
its auxiliary ("new proxies are being formed" -> "Are new proxies being formed?")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefsmith.engines.extractive.compress import MARKERS
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit

AUX = frozenset("is are was were will would can could should may might must shall does do did has have had".split())
_HAVE = {"has": "Does", "have": "Do", "had": "Did"}
_PARTICIPLE = re.compile(
    r"^(?:\w+ed|\w+en|been|done|made|said|sent|met|led|held|kept|lost|won|"
    r"left|felt|brought|bought|built|caught|found|got|paid|put|set|told|"
    r"thought|understood|become|come|run|begun)$"
)
_BOUND = re.compile(
    r"(?:^|[,;:]\s+|\s+(?:and|but|that|while|because|although|whereas|so|as)\s+|"
    r"\b(?:said|says|say|told\s+\w+|added|adds|warned|warns|argued|argues|noted|"
    r"insisted|claimed|claims|stated|believes|believed|thinks|thought)(?:\s+that)?\s+)"
)
_PRONOUNS = frozenset("it this that these those there which who what he she they we you one".split())
_POSSESSIVE = re.compile(r"^(their|its|his|her)\s+(.+)$", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|this|that|such an?|such)\s+([a-z]+)$", re.IGNORECASE)
_LEAD_NAME = re.compile(r"^[^\w]*(?:(The)\s+)?([A-Z][\w’'.\-]*(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*)*)")
_CUT = re.compile(
    r"[;:()]|,\s|\s[–—]\s|\s--\s|\s(?:in order to|so as to|so that|because|while|which|"
    r"who|according to)\s|[.?!]+[”\"’]*\s*$|[.?!]\s"
)
_QUOTES = "“”\"‘’'"
MAX_WORDS = 28


@dataclass(frozen=True)
class Subject:
    text: str
    expanded: bool = False  # resolved through the sentence before


def decap(phrase: str, proper: Callable[[str], bool]) -> str:
    first = phrase.split()[0] if phrase.split() else ""
    core = first.strip(_QUOTES)
    if core.lower() not in STOPWORDS and (
        core == "I" or (core.isupper() and len(core) > 1) or proper(core.rstrip("’'s"))
    ):
        return phrase
    return phrase[0].lower() + phrase[1:] if phrase[0].isupper() else phrase


def cut_predicate(text: str) -> str | None:
    """The predicate up to the end of its clause: before a comma, a closing quote it
    did not open, an attribution or a purpose clause."""
    depth, end = 0, len(text)
    for i, ch in enumerate(text):
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth == 0:
                end = i
                break
            depth -= 1
    text = text[:end]
    m = _CUT.search(text)
    pred = (text[: m.start()] if m else text).strip().strip(",").strip()
    words = pred.split()
    if not words or len(words) > MAX_WORDS:
        return None
    return pred


_VAGUE = frozenset("i you it this that these those he she there".split())
_LEAD_WORDS = MARKERS | {"and", "but", "or", "so", "yet", "then"}
_TRAILING = AUX | {
    "also",
    "still",
    "now",
    "already",
    "reportedly",
    "previously",
    "not",
    "never",
    "long",
    "recently",
    "originally",
    "initially",
    "repeatedly",
    "publicly",
    "only",
}
_NOT_IN_SUBJECT = AUX | {
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "me",
    "us",
    "them",
    "him",
    "not",
    "said",
    "says",
    "told",
    "whom",
    "whose",
    "who",
    "which",
    "what",
    "if",
}
_PREPOSITIONS = frozenset(
    "in on at by for from with to into of about over under after before during "
    "since until without within between among against like than".split()
)


def _clean_subject(raw: str) -> str | None:
    """The noun phrase before a trigger, or None when what stands there is not one
    (a clause, a pronoun, a quotation's "I"): better no question than a garbled one."""
    words = raw.strip().strip(_QUOTES).split()
    while words and words[0].lower().strip(",") in _LEAD_WORDS:
        words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]  # "Nigeria has promised to": the subject is "Nigeria"
    if not words or len(words) > 10 or any(w.endswith(",") for w in words):
        return None
    lows = [w.lower().strip(_QUOTES) for w in words]
    if lows[0] in _PREPOSITIONS or lows[0] in ("if", "when", "whether", "although", "though", "one"):
        return None
    if any(w in _NOT_IN_SUBJECT for w in lows) or any(q in " ".join(words) for q in '“”"'):
        return None
    return " ".join(words)


def subject_before(text: str, index: int, unit: Unit, previous: Unit | None) -> Subject | None:
    left = text[:index]
    cut = max((m.end() for m in _BOUND.finditer(left)), default=0)
    subject = _clean_subject(left[cut:])
    if subject is None:
        return None
    m = _POSSESSIVE.match(subject)
    if m:  # "their government" -> "the Taliban’s government", from the sentence's first name
        lead = _LEAD_NAME.match(unit.text)
        if not lead or lead.start(2) >= cut:
            return None
        the = "the " if lead.group(1) else ""
        return Subject(f"{the}{lead.group(2)}’s {m.group(2)}")
    m = _DEFINITE.match(subject)
    if m and previous is not None:  # "The decision" -> "the decision to remove ..."
        noun = m.group(1).lower()
        found = re.search(
            rf"\b(?:a|an|the)\s+{noun}\b[^.;]{{0,80}}?\bto\s+((?!the\b|a\b|an\b|be\b)[a-z]+\b"
            r"[^,;:.“”\"]*)",
            previous.sentence.text,
        )
        if found and len(found.group(1).split()) <= 14:
            return Subject(f"the {noun} to {found.group(1).strip()}", expanded=True)
    return Subject(subject)


def _split_at_aux(words: list[str]) -> tuple[int, str, str] | None:
    """(index of the auxiliary, the auxiliary to front, what stays after the subject)."""
    for i, w in enumerate(words[:10]):
        lw = w.lower()
        if "," in w or lw in ("that", "who", "which"):
            return None
        if i == 0 or lw not in AUX:
            continue
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lw in _HAVE and not _PARTICIPLE.match(nxt):
            return i, _HAVE[lw], " have"  # "Russia has trade" -> "Does Russia have trade"
        return i, lw.capitalize(), ""
    return None


def yes_no(clause: str, proper: Callable[[str], bool]) -> str | None:
    pred = cut_predicate(clause)
    if not pred:
        return None
    words = pred.split()
    found = _split_at_aux(words)
    if not found:
        return None
    i, aux, extra = found
    subject = decap(" ".join(words[:i]), proper)
    rest = " ".join(words[i + 1 :])
    if subject.lower() in _VAGUE or not rest or rest.split()[0].lower() in AUX:
        return None  # "Will it ...?" asks nothing a reader can place
    return finish(f"{aux} {subject}{extra} {rest}?", proper)


def _verbish(word: str) -> bool:
    w = word.lower()
    return word.islower() and (w in AUX or w.endswith("ed") or (w.endswith("s") and not w.endswith(("ss", "us", "is"))))


def embedded_question(wh: str, clause: str, proper: Callable[[str], bool]) -> str | None:
    wh = wh.lower()
    if wh in ("whether", "if"):
        return yes_no(clause, proper)
    pred = cut_predicate(clause)
    if not pred:
        return None
    words = pred.split()
    if wh in ("who", "what", "which") and _verbish(words[0]):
        return finish(f"{wh.capitalize()} {pred}?", proper)  # "who benefits more ..."
    lead = wh.capitalize()
    if (
        wh in ("what", "which", "how", "whose")
        and len(words) > 2
        and words[0].islower()
        and words[0] not in STOPWORDS
        and not _verbish(words[0])
    ):
        lead, words = f"{lead} {words[0]}", words[1:]  # "what form it would take"
    found = _split_at_aux(words)
    if not found:
        return None
    i, aux, extra = found
    subject = decap(" ".join(words[:i]), proper)
    if subject.lower() in _VAGUE:
        return None
    return finish(f"{lead} {aux.lower()} {subject}{extra} {' '.join(words[i + 1 :])}?", proper)


def finish(question: str, proper: Callable[[str], bool]) -> str | None:
    q = " ".join(question.split())
    q = re.sub(r"[\s.,;:!]+([”\"’]*)\?$", r"\1?", q)
    if q.count("“") == q.count("”") + 1 and q.endswith("?"):  # the cut took the closing mark
        q = q[:-1] + "”?"
    if q.count("“") != q.count("”"):
        q = q.replace("“", "").replace("”", "")
    if q.count('"') % 2:
        q = q.replace('"', "")
    words = q.split()
    if len(words) < 4 or len(words) > MAX_WORDS + 8:
        return None
    # The subject after the question word keeps its capital only if it is a name.
    if len(words) > 1:
        rest = decap(" ".join(words[1:]), proper)
        q = f"{words[0]} {rest}"
    return q[0].upper() + q[1:]
