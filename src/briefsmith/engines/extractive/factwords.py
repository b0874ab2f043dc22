"""What a sentence's fact is made of, for matching one fact across sources (facts.py): the
names in it (states also behind demonyms and abbreviations: "U.S.", "American" and "United
States" are one), its numbers, its dates, and its other content words, with the verbs news
writing uses for one kind of action ("retake", "recapture", "liberate") taken as one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefsmith.engines import timeref
from briefsmith.engines.extractive import media, places
from briefsmith.engines.extractive.sentences import STOPWORDS, stem
from briefsmith.engines.extractive.wordlists import TITLES

# Words, hyphenated ones whole ("al-Rashid"), also before an abbreviation ("South Korea-U.S.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d[\d,.]*\d|\d|[^\W\d_][\w'’]*(?:-(?:(?:[A-Z]\.){2,}|[^\W_][\w'’]*))*")
_MONTHS = {
    m.lower(): m[:3].lower()
    for m in "January February March April May June July August September October November December".split()
}
_MONTHS.update({m[:3]: m[:3] for m in list(_MONTHS)} | {"sept": "sep"})
_DAYS = {d.lower(): d[:3].lower() for d in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}
_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS = {w: str(i) for i, w in enumerate(_SMALL.split())}
NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80"})
NUMBER_WORDS.update({"ninety": "90", "dozen": "12"})
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_MONTH_KEYS = [
    m[:3].lower()
    for m in "January February March April May June July August September October November December".split()
]
# Who told it, not what happened: "according to", "reportedly", "a spokeswoman said", "told CNN".
ATTRIBUTION = frozenset(
    "according reported reportedly report reports reporting reporter reporters added adding confirmed confirms "
    "stated statement announced quoted quoting cited citing telling spokesman spokeswoman spokesperson source "
    "sources allegedly alleged news agency channel outlet".split()
)
# The words relative times are made of (engines/timeref.py): only a sentence with one is resolved.
_RELATIVE = frozenset(
    [*_DAYS, *(m for m in _MONTHS if len(m) > 3)]
    + "yesterday tomorrow tonight today ago week weekend month year morning afternoon evening night summer winter "
    "spring fall autumn days weeks months years".split()
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# Kinds of action that news writing words in many ways (general English, not from any
# article): outlets telling one fact often choose different verbs for it.
_ACTION_WORDS = """
attack assault stab slash knife
kill slew slay death dead die toll
capture seize overrun conquer fell fall
retake retook recapture liberate reclaim regain
force troop soldier
withdraw withdrawal evacuate evacuation pull
arrest detain detention custody apprehend
flee fled escape
condemn denounce criticize criticise
order command
approach advance
offensive operation campaign
sign ratify enact adopt pass approve
ally allied alliance
nominate appoint
resign quit
charge indict accuse
sentence jail imprison
injure wound hurt gash
shout yell scream chant
strike airstrike bomb bombard bombing pound shell raid
drill exercise maneuver manoeuvre
suspect assailant perpetrator
depose oust overthrow topple
urge appeal plead
protect spare safeguard shield
revenge reprisal retaliation retaliate vengeance
begin began begun start launch
close shut
support assist aid help
rebel insurgent militant fighter
civilian resident
"""
_PREFIX = 6  # content words meet on their first letters: a cheap stemmer across inflections
# Clause boundaries: a sentence often tells two facts ("X set up a blockade, and its air force
# controls the airspace"); each clause is matched on its own too.
_CLAUSE = re.compile(r"\s*(?:;|\s--\s|\s[—–]\s|,\s+(?=(?:and|but|while|which|who|after|as|when|where)\s))\s*")
_CLAUSE_WORDS = 5
_ARTICLED = re.compile(r"(?:al|el|bin|ibn)-[A-Z]")  # "al-Rashid": a name, though it opens in lower case
# Capitalised words that name nothing by themselves.
_NOT_NAMES = frozenset(
    "the a an i but and in on at it he she they we mr ms mrs his her its their this that these those there "
    "after before when while as if for with by from".split()
)

# Posts that name who holds them, written in lower case ("the mayor", "the governor"). Not every
# word of a title: "security", "health", "trade", "home", "senior" in lower case say what, not who.
_POSTS = frozenset(
    "ambassador admiral alderman attorney captain chairman chairperson chairwoman chancellor colonel commander "
    "commissioner councillor councilman councilor councilwoman director envoy governor inspector judge lieutenant "
    "marshal mayor minister premier president representative secretary senator sergeant sheriff speaker spokesman "
    "spokesperson spokeswoman treasurer".split()
)


@dataclass(frozen=True)
class Signature:
    """What a sentence's fact is made of."""

    names: frozenset[str]  # stems of the names in it; states as "$" + alpha-2
    numbers: frozenset[str]  # "100", "10"
    dates: frozenset[str]  # "2014", "jun", "thu", "mar-1"
    words: frozenset[str]  # the other content words: the action and its objects
    # Names that go on a name just before them ("Marten" of "Ilse Marten"): one name is one
    # anchor, however many words it has.
    joined: frozenset[str] = frozenset()

    @property
    def anchors(self) -> frozenset[str]:
        return self.names | {"#" + n for n in self.numbers} | {"@" + d for d in self.dates}

    @property
    def features(self) -> frozenset[str]:
        return self.anchors | self.words


def _prefix(word: str) -> str:
    s = stem(word)
    if s.endswith("e") and len(s) > 4:
        s = s[:-1]  # "blockade"/"blockaded", "retake"/"retaking"
    return s[:_PREFIX]


ACTIONS = {_prefix(w): "!" + line.split()[0] for line in _ACTION_WORDS.strip().splitlines() for w in line.split()}


def word_key(word: str) -> str:
    """A content word's key: its cut stem, or its kind of action when it has one."""
    s = _prefix(word)
    return ACTIONS.get(s, s)


def parts_of(text: str) -> list[str]:
    """Words, with hyphenated names split ("South Korea-U.S." -> "South", "Korea", "U.S.")."""
    out: list[str] = []
    for raw in _TOKEN.findall(text):
        pieces = raw.split("-")
        # "anti-U.S.", "pro-Iranian": a name after a lower-case prefix is that name too (not
        # after an article: "al-Abadi" is one name, read whole below).
        named = raw[0].isupper() or (not _ARTICLED.match(raw) and any(p[:1].isupper() for p in pieces[1:]))
        if len(pieces) > 1 and named and not _spelled(raw.lower()):  # "Twenty-five" stays one
            out.extend(p for p in pieces if p)
        else:
            out.append(raw)
    return out


@lru_cache(maxsize=1)
def _state_openers() -> frozenset[str]:
    """The first words of every name and demonym of a state: most words are none of them."""
    names = (*places.state_names(), *places.DEMONYMS, *_plural_demonyms())
    return frozenset(n.split()[0] for n in names)


@lru_cache(maxsize=1)
def _plural_demonyms() -> dict[str, str]:
    """ "the Saudis", "Iraqis": a people named in the plural stands for its state in a fact."""
    return {d + "s": code for d, code in places.DEMONYMS.items() if d[-1] not in "shz"}


def state_at(parts: Sequence[str], k: int) -> tuple[str, int] | None:
    """The state named at parts[k] ("United States", "U.S.", "American", "South Korean") and
    how many words name it."""
    word = parts[k]
    if not word[:1].isupper() or (word not in _state_openers() and word.removesuffix("'s") not in _state_openers()):
        return None
    for n in (3, 2, 1):
        if k + n <= len(parts):
            phrase = " ".join(parts[k : k + n])
            phrase = phrase[:-2] if phrase.endswith(("'s", "’s")) else phrase
            code = places.state_code(phrase) or places.DEMONYMS.get(phrase) or _plural_demonyms().get(phrase)
            if code:
                return code, n
    return None


def month_day(parts: Sequence[str], k: int) -> str | None:
    """ "mar-1" when parts[k] is a day of the month after its month ("March 1")."""
    prev = parts[k - 1].lower() if k > 0 else ""
    return f"{_MONTHS[prev]}-{parts[k]}" if prev in _MONTHS and parts[k].isdigit() and len(parts[k]) <= 2 else None


def is_year(value: str) -> bool:
    return bool(_YEAR.match(value))


def _number(parts: Sequence[str], k: int, value: str) -> str:
    """A number as digits, its scale word applied: "1,200" and "1200"; "1.2 million" and "1200000"."""
    scale = _SCALES.get(parts[k + 1].lower(), 1) if k + 1 < len(parts) else 1
    if scale == 1:
        return value
    try:
        return str(round(float(value) * scale))
    except ValueError:
        return value


def _spelled(low: str) -> str | None:
    """ "five" -> "5", "twenty-five" -> "25"."""
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    tens, _, unit = low.partition("-")
    if unit and tens in NUMBER_WORDS and unit in NUMBER_WORDS and int(NUMBER_WORDS[unit]) < 10:
        return str(int(NUMBER_WORDS[tens]) + int(NUMBER_WORDS[unit]))
    return None


def resolved_dates(text: str, published: str | None) -> set[str]:
    """The days and months that "on Thursday", "yesterday", "last month" stand for, against the
    record's date, as dates are written elsewhere ("mar-5", "feb"): one source's "on Thursday" is
    another's "March 5"."""
    out = set()
    for ref in timeref.find(text, published) if published else ():
        value = ref.value or ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            out.add(f"{_MONTH_KEYS[int(value[5:7]) - 1]}-{int(value[8:])}")
        elif re.fullmatch(r"\d{4}-\d\d", value):
            out.add(_MONTH_KEYS[int(value[5:7]) - 1])
    return out


def signature(text: str, published: str | None = None) -> Signature:
    """What the sentence's fact is made of; its relative days and months resolved against
    `published`, the record's date, when it has any."""
    sig, timely = _signature(text)
    if not (timely and published):
        return sig
    return replace(sig, dates=sig.dates | resolved_dates(text, published))


def reads_date(text: str) -> bool:
    """Does signature(text, published), or that of one of its clauses, depend on `published`
    (a relative time, "on Thursday", to resolve)? If not, one signature serves every record."""
    return _signature(text)[1] or any(_signature(c)[1] for c in clauses(text))


@lru_cache(maxsize=8192)  # syndicated copy repeats sentences word for word
def _signature(text: str) -> tuple[Signature, bool]:
    names, numbers, dates, words, joined = set(), set(), set(), set(), set()
    timely = False  # a word a relative time is made of ("Thursday", "yesterday", "last month")
    parts = parts_of(text)
    k, last_name = 0, -2
    while k < len(parts):
        raw, state = parts[k], state_at(parts, k)
        if state:
            names.add("$" + state[0])
            k += state[1]
            continue
        low = raw.lower().replace("’", "'").removesuffix("'s")
        timely = timely or low in _RELATIVE
        spelled = _spelled(low)
        if raw[0].isdigit():
            value = raw.replace(",", "").rstrip(".")
            if is_year(value):
                dates.add(value)
            else:
                numbers.add(_number(parts, k, value))
                day = month_day(parts, k)
                if day:
                    dates.add(day)
        elif low in _MONTHS and raw[0].isupper():
            dates.add(_MONTHS[low])
        elif low in _DAYS:
            dates.add(_DAYS[low])
        elif spelled:
            numbers.add(_number(parts, k, spelled))
        elif low.removesuffix("s") in _SCALES:  # "1.2 million": the scale is in the number already
            if not (k and (parts[k - 1][0].isdigit() or _spelled(parts[k - 1].lower()))):
                numbers.add(str(_SCALES[low.removesuffix("s")]))  # "hundreds of", "a few hundred"
        elif low in ATTRIBUTION or raw in media.NAMES:
            pass  # who reported it ("according to", "told CNN") is not what happened
        elif low not in STOPWORDS and len(low) > 1:
            capital = raw[0].isupper() or bool(_ARTICLED.match(raw))
            for part in low.split("-"):  # "al-Rashid" -> "rashid"
                if part in ("al", "el", "bin", "ibn") or len(part) < 2 or part in STOPWORDS or raw in TITLES:
                    continue  # "President", "Minister": a post tells neither who nor what happened
                post = part in _POSTS  # "the mayor": who, as a name says it, not what happened
                if post or capital and low not in _NOT_NAMES and (k > 0 or not low.endswith(("ly", "ing"))):
                    # A capital that opens the sentence may be a name too. Names are cut as other
                    # words are: "Velmorans" and "Velmoran", "Harbour Guards" and "harbour guard" meet.
                    key = _prefix(part)
                    if not post and last_name >= k - 1 and key not in names:
                        joined.add(key)
                    names.add(key)
                    last_name = k if not post else last_name
                else:
                    words.add(word_key(part))
        k += 1
    words -= names
    sig = Signature(frozenset(names), frozenset(numbers), frozenset(dates), frozenset(words), frozenset(joined))
    return sig, timely


def clauses(text: str) -> list[str]:
    """The clauses of a sentence long enough to tell a fact of their own (none if it has one)."""
    found = [p for p in _CLAUSE.split(text) if len(p.split()) >= _CLAUSE_WORDS]
    return found if len(found) > 1 else []
