"""Small clause surgery for questions: the main clauses of a sentence (asides in
brackets and between dashes, leading and trailing subordinate clauses left out),
what can stand as a subject, the predicate after a trigger, and a finished question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefsmith.engines.extractive.compress import MARKERS
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.standing.words import MONTHS, WEEKDAYS
from briefsmith.engines.extractive.wordlists import COUNTS, TITLES

AUX = frozenset("is are was were will would can could should may might must shall does do did has have had".split())
_QUOTES = "“”\"‘’'"
MAX_WORDS = 28
DETERMINERS = frozenset("a an the this that these those his her its their our my your some any each every".split())
PREPOSITIONS = frozenset(
    "in on at by for from with to into of about over under after before during "
    "since until without within between among against like than as via per".split()
)
# Pronouns and demonstratives: a question on them asks nothing a reader can place.
VAGUE = frozenset("i you we it this that these those he she they there one such our my your".split())
# Subjects of a rule or a wish, not of a pending event ("Everybody has to ...").
GENERIC = frozenset("everybody everyone anybody anyone somebody someone nobody people".split())
# Finite verbs that show a "subject" is really a clause ("Netanyahu really believes ...").
_FINITE = frozenset(
    "said says told tells believes believed thinks thought knows knew looks looked seems seemed appears "
    "appeared wants wanted described describes called calls insists insisted argues argued claims claimed".split()
)

_ASIDE = re.compile(
    r"\s*\([^()]*\)|\s+(?:--|–|—)\s+[^–—]*?\s+(?:--|–|—)(?=\s)|"
    r",\s+(?:who|whose|which)\s+[^,;:“”\"]{3,100},(?=\s)|,\s+\d{1,3}(?:,\s+(?:who|whose|which)\s+[^,;:“”\"]{3,100})?,(?=\s)"
)
_LEADING = re.compile(
    r"^(?:(?:but|and|yet|so|still|however|meanwhile|indeed|now)\s*,?\s+)?"
    r"(while|although|though|whereas|even though|even if|if|unless|as|since|because|when|once|after|before|until|"
    r"despite|with|without|given|amid|in|on|at|for|by|from|under|over|during|according to|like|unlike)\b"
    r"([^,;]{0,140}),\s+",
    re.IGNORECASE,
)
# Where a subordinate clause (dropped) or a coordinated main clause (kept) begins.
_SUBORDINATE = re.compile(
    r",?\s+(?:while|whereas|although|though|because|even as|even though|even if|unless)\s+|"
    r",\s+(?:which|who|whom|whose|where)\s+|,\s+(?:meaning|suggesting|saying|adding)\s+|"
    # a belief given as a reason ("..., fearing that Tehran plans to ..."): not the clause's own claim
    r",\s+(?:fearing|hoping|warning|arguing|claiming|insisting|noting|believing)\s+that\s+"
)
_COORDINATE = re.compile(r",\s+(?:but|and|yet|so)\s+|;\s+|:\s+(?=[a-z])")


# The subject a clause opens with: the words before its first verb ("have", "said", "aired").
OPENING_SUBJECT = re.compile(
    r"^((?:[\w’'\-.]+\s+){0,5}?[\w’'\-.]+)\s+(?:(?:already|also|still|now)\s+)?"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]+ed|took|made|said|won|lost|held|began|"
    r"sent|met|led|told|gave|came|went|found|kept|brought|fought|left|saw|struck|spoke)\b"
)
# Verbs that open a coordinated clause without a subject of its own ("..., and plans to ...").
_SHARED_VERBS = AUX | frozenset(
    "plans hopes intends aims wants expects vowed pledged promised threatened seeks sought".split()
)


@dataclass(frozen=True)
class Clause:
    text: str
    condition: str | None = None  # "if the talks fail" when the sentence opens with it


def prepare(text: str) -> str:
    """The sentence without its asides (brackets, paired dashes) and list bullets."""
    out = _ASIDE.sub("", text)
    out = out.lstrip("•·*▪►-–—> \t")
    return " ".join(out.split())


def main_clauses(text: str) -> list[Clause]:
    """The sentence's main clauses, in order: a leading subordinate or prepositional
    clause set aside (an "if" one kept as the condition), trailing subordinate clauses
    ("while ...", "because ...", ", which ...") dropped, coordinated ones split."""
    text = prepare(text)
    condition = None
    m = _LEADING.match(text)
    if m and len(text[m.end() :].split()) >= 3:
        if m.group(1).lower() in ("if", "unless", "even if"):
            condition = f"{m.group(1).lower()} {m.group(2).strip()}"
        text = text[m.end() :]
    out = []
    opening = None
    for k, part in enumerate(_COORDINATE.split(text)):
        sub = _SUBORDINATE.search(part)
        part = part[: sub.start()] if sub else part
        if k == 0:
            found = OPENING_SUBJECT.match(part)
            opening = found.group(1) if found else None
        elif opening and part.split()[:1] and part.split()[0] in _SHARED_VERBS:
            part = f"{opening} {part}"  # "The station aired it, and plans to ...": its subject is the station
        if len(part.split()) >= 3:
            out.append(Clause(part.strip(), condition if k == 0 else None))
    return out


# Where a clause asked as it stands ends: a mark, a dash, a quote, or a full stop that is
# not an abbreviation's ("is a U.S. citizen" goes on).
_CLAUSE_END = re.compile(r"[,;:?!“”\"]|\s[–—]\s|\s--\s|(?<![A-Z])\.(?=\s|$)")


def clause_end(text: str) -> str:
    """The words up to where their clause ends."""
    return _CLAUSE_END.split(text, maxsplit=1)[0].strip()


# Honorifics, which like a title keep their capital before a name ("Mr Blair").
_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady".split())


def decap(phrase: str, proper: Callable[[str], bool]) -> str:
    words = phrase.split()
    first = words[0] if words else ""
    core = first.strip(_QUOTES)
    if core.lower() not in STOPWORDS and (
        # a possessive's "'s" comes off, not every final "s": "Paris", "Los Angeles" are names
        core == "I" or (core.isupper() and len(core) > 1) or proper(re.sub(r"[’']s?$", "", core))
    ):
        return phrase
    if (core in TITLES or core in _HONORIFICS) and len(words) > 1 and words[1][:1].isupper():
        return phrase  # a title before a name: "Chancellor Gordon Brown", "Mr Blair"
    return phrase[0].lower() + phrase[1:] if phrase[0].isupper() else phrase


# "carried out by people who care more about ...": after a word that names no one in particular,
# "who ..." says who; elsewhere it is an aside the predicate ends before.
_WHO_BOUND = r"(?<!people)(?<!those)(?<!anyone)(?<!someone)(?<!others)(?<!individuals)\swho\s|"
_CUT = re.compile(
    _WHO_BOUND
    + r"[;:()]|,[”\"’]?\s|\s[–—]\s|\s--\s|\s(?:in order to|so as to|so that|because|while|whereas|although|which|"
    r"according to|but)\s|\sand\s(?=(?:he|she|they|it|we|i|that|this|believe|believes|say|says|think|thinks)\s)|"
    r"[.?!]+[”\"’]*\s*$|(?<=[a-z]{2})[.?!]\s"
)


_DEMONSTRATIVES = frozenset("this that these those".split())


def cut_predicate(text: str) -> str | None:
    """The predicate up to the end of its clause: before a comma, a closing quote it
    did not open, an attribution, a purpose or a subordinate clause."""
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
    first = pred.split()[0].lower() if pred.split() else ""
    if not first.endswith("ed") and first not in ("be", "been", "was", "were", "had", "has", "have"):
        # "stop and offered in return ...": a verb in the past after "and" is the subject's own act
        # (another clause), not more of what is pending
        # ("trained and equipped": two participles of one auxiliary are one predicate)
        past = re.search(r"(?<!ed)\s(?:and|but)\s(?=[a-z]+ed\s)", pred)
        pred = pred[: past.start()] if past else pred
    else:
        # "to be charged and decried what he said ...": a past verb with its own object after
        # "and" is another act of the subject, not a second participle of the first
        other = re.search(r"\s(?:and|but)\s[a-z]+ed\s(?=(?:what|the|a|an|his|her|their|its|that)\s)", pred)
        pred = pred[: other.start()] if other else pred
    words = pred.split()
    if words and words[-1].lower().strip(_QUOTES) in _DEMONSTRATIVES:
        return None  # "could explain this: ...": the object is what follows, which the cut drops
    while words and words[-1].lower().strip(_QUOTES) in DETERMINERS | PREPOSITIONS | {"and", "or"}:
        words = words[:-1]  # never end on "... against the"
    if not words or len(words) > MAX_WORDS:
        return None
    return " ".join(words)


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
    "well",
    "likely",
    "probably",
    "certainly",
}
_NOT_IN_SUBJECT = (
    AUX
    | {
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
        "whom",
        "whose",
        "which",
        "what",
        "if",
        "when",
        "while",
        "because",
        "although",
        "who",
        "that",
    }
    | _FINITE
)


def noun_phrase(raw: str) -> str | None:
    """The words as a subject, or None when they are not a noun phrase one can ask
    about (a clause, a pronoun, a quotation's "I", a generic "everybody")."""
    words = raw.strip().strip(_QUOTES).split()
    while words and words[0].lower().strip(",") in _LEAD_WORDS:
        words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]  # "Nigeria has promised to": the subject is "Nigeria"
    if not words or len(words) > 12 or any(w.endswith((",", ";", ":")) for w in words):
        return None
    lows = [w.lower().strip(_QUOTES) for w in words]
    if lows[0] in PREPOSITIONS or lows[0] in ("if", "when", "whether", "although", "though", "one", "so"):
        return None
    if lows[0] in VAGUE or lows[0] in GENERIC or lows[-1] in DETERMINERS or lows[-1] in PREPOSITIONS:
        return None
    if any(q in " ".join(words) for q in '“”"'):
        return None
    for k, w in enumerate(lows):
        # "the council's calls for peace": after a determiner or a possessive, "calls" is a noun
        noun = w in _FINITE and k > 0 and (lows[k - 1] in DETERMINERS or lows[k - 1].endswith(("'s", "’s")))
        if w in _NOT_IN_SUBJECT and not noun:
            return None
    for a, b in zip(lows, lows[1:], strict=False):
        # a verb with its object inside the "subject": "the blog described a plan"
        if b in DETERMINERS and a not in PREPOSITIONS and a not in DETERMINERS and a not in ("and", "or", "of"):
            if not a[:1].isdigit() and a.isalpha() and not words[lows.index(a)][:1].isupper():
                return None
    return " ".join(words)


_MODALS = frozenset("Will Would Could Can Should Might May Must Did Does Do".split())
_DAYS_MONTHS = (WEEKDAYS | MONTHS) - {"May"}  # "Will May resign?" asks of Theresa May
# "Has 23 people been killed?", "Has an estimated 3,400 come ...": a number of them is plural.
_COUNTED = re.compile(
    r"^(?:Has|Is|Was|Does)\s+(?:(?:some|about|nearly|almost|more than|at least|an estimated|over)\s+)?"
    r"(?:(?:\d[\d,.]*)|(?:" + "|".join(sorted(COUNTS)) + r")(?:-\w+)?)\b"
)
_PLURAL_AUX = {"Has": "Have", "Is": "Are", "Was": "Were", "Does": "Do"}
_NEGATED = re.compile(r"\b(?:don't|doesn't|didn't|won't|isn't|aren't|wasn't|weren't|don’t|doesn’t|didn’t)\b")


def _misbuilt(words: list[str]) -> bool:
    """Questions a clause's cut leaves broken: a modal with no subject ("Will didn't seem
    concerned?") or a date for one ("Will Thursday how many ..."), a second verb group ("Will
    universities don't give ..."), a name then a finite verb ("Will Ayman Odeh speaks ..."),
    two clauses joined as if one ("... and to surrender", "... or whether ..."), a "be" with
    nothing after it ("Could the pledge be exactly?"), a modal before a question word."""
    first, rest = words[0], words[1:]
    text = " ".join(rest)
    if first in _MODALS and (_NEGATED.match(rest[0]) or rest[0].strip(",") in _DAYS_MONTHS):
        return True
    if first in _MODALS and _NEGATED.search(text):
        return True
    if re.search(r"\band (?:to|for) ", text) or (" or whether " in text and text.count("whether") == 1):
        return True
    if first in _MODALS and re.match(r"(?:what|who|how)(?:['’]s)?$", rest[0].lower()):
        return True  # "Will what's happening in Yemen devolve ...?"
    if first in _MODALS:
        k = 0
        while k < len(rest) and rest[k][:1].isupper():
            k += 1
        nxt = rest[k] if k < len(rest) else ""
        person = k >= 2 and not rest[k - 1].endswith(("'s", "’s", "s'", "s’"))  # "Ayman Odeh", not "Durst's"
        if person and nxt.islower() and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")):
            return True
    tail = [w.lower().strip("?") for w in words[-2:]]
    return (tail[0] == "be" and tail[-1].endswith("ly")) or tail[-1] == "exactly"


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
    if len(words) < 4 or len(words) > MAX_WORDS + 10 or _misbuilt(words):
        return None
    if _COUNTED.match(q):  # "Have 23 people been killed?"
        words[0] = _PLURAL_AUX[words[0]]
    # The subject after the question word keeps its capital only if it is a name.
    if len(words) > 1:
        rest = decap(" ".join(words[1:]), proper)
        q = f"{words[0]} {rest}"
    return q[0].upper() + q[1:]
