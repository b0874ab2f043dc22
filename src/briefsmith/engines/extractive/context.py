"""What the words around a name tell about it: does it act, is it the subject, is it
called a group, is it quoted, is it a name at all (not a place, a post, an adjective)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.wordlists import (
    ACTION_VERBS,
    CORE_TITLES,
    DOCUMENT_TAILS,
    GROUP_WORDS,
    INSTITUTIONS,
    MONTHS_DAYS,
    NON_ACTOR_HEADS,
    ORG_HEADS,
    TITLES,
)

_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western Upper Lower".split())
_ADJECTIVE = ("ist", "ern", "ic", "ian", "ese", "ish", "an")
FAITHS = frozenset(
    "Muslim Sunni Shiite Shia Hindu Sikh Jewish Christian Catholic Orthodox Kurdish Arab Salafi Salafist "
    "Wahhabi Sufi Alawite Druze Yazidi Pashtun Hazara Baloch Jihadi Tamil Buddhist Protestant "
    "Shi'ite Shi’ite Shi'a Shi’a Coptic Maronite Ismaili Ahmadi".split()
)
# Peoples and faiths as a whole ("Muslims", "Arabs"): a community, not an actor of the story.
_PEOPLES = frozenset(
    "Muslims Christians Jews Arabs Hindus Buddhists Sikhs Catholics Protestants Westerners Europeans "
    "Africans Asians Latinos Americans Muslim Arab Jew".split()
)
# Institutions named by one word ("Congress voted"), and members of parties ("Republicans").
BODIES = frozenset("Congress Parliament Senate Knesset Duma Bundestag Majlis Politburo Bundesrat Sejm".split())
PARTY_MEMBERS = frozenset(
    "Republicans Democrats Conservatives Tories Liberals Socialists Communists Greens Nationalists Unionists".split()
)
_NUMERAL = re.compile(r"^(?:[IVX]+|\d+)$")
CONNECTORS_LOWER = frozenset("and or of for to in on at by with as is was are were has have had".split())
_LEADING = frozenset("the but and however meanwhile also yet so still now then , “ \" ‘ '".split())

_SKIP = frozenset(", also too then later now reportedly previously recently".split())
_PASSIVE = frozenset("was were is are been being be".split())


def acts(tokens: Sequence[Token], after: int) -> bool:
    """Does a verb follow the name (over an adverb or two)? Then the actor acts."""
    k = after
    while k < len(tokens) and tokens[k].raw.lower() in _SKIP and k - after < 4:
        k += 1
    if k >= len(tokens) or tokens[k].raw in _PASSIVE:  # "was invited": acted upon
        return False
    word = tokens[k].raw
    return word.islower() and (word in ACTION_VERBS or (word.endswith("ed") and len(word) > 4))


def grouped(tokens: Sequence[Token], first: int, last: int) -> bool:
    window = tokens[max(0, first - 8) : last + 9]
    return any(t.raw.lower() in GROUP_WORDS for t in window)


def token_after(tokens: Sequence[Token], end: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))


def quoted(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    before = tokens[run[0] - 1].raw if run[0] > 0 else ""
    after = tokens[run[-1] + 1].raw if run[-1] + 1 < len(tokens) else ""
    return before in ("“", '"', "‘", "'") and after in ("”", '"', "’", "'")


# Parts of a place: "swaths of Iraq", "the north of Syria" name where, not who.
_PARTS = frozenset(
    "area areas part parts swath swaths swathe swathes region regions north south east west northeast "
    "northwest southeast southwest outskirts territory border borders rest heartland outside inside interior".split()
)
_REGIONAL = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern".split()
)
_PLACING = _REGIONAL | frozenset("neighboring neighbouring war-torn".split())


def _placing(word: str) -> bool:
    """A word that may stand between a place word and the place ("in war-torn")."""
    return word in _PLACING or (word.islower() and word.endswith(("-torn", "-era", "-held", "-controlled")))


def locative(tokens: Sequence[Token], first: int, words: frozenset[str], the: bool = False) -> bool:
    """Does a place word stand before the name ("in Syria"), also across a list of places
    ("in Iraq and Syria", "from Belgium, Syria and Uzbekistan") or a city before its state
    ("from Montreux, Switzerland")?"""
    k = first - 1
    while k >= 0 and k > first - 3 and (_placing(tokens[k].raw) or (the and tokens[k].raw == "the")):
        if tokens[k].raw in _REGIONAL:
            return True  # "northern Iraq", "southern Turkey": a region of the state, a place whatever precedes
        k -= 1  # "in war-torn Syria", "into neighbouring Syria", a state's "in the United States"
    for _ in range(12):  # up to twelve names back along the list ("in Afghanistan, Algeria, Egypt, ...")
        if k < 0:
            return False
        prev = tokens[k].raw.lower()
        if prev in words or (prev == "of" and k > 0 and tokens[k - 1].raw.lower() in _PARTS):
            return True  # "in Syria", "large areas of Iraq and Syria"
        if prev not in ("and", "or", ","):
            return False
        k -= 1
        if k < 0 or not tokens[k].text[:1].isupper():
            return False
        while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].raw not in (",",):
            k -= 1  # back over the whole name before the comma or "and"
        k -= 1
        if k >= 0 and tokens[k].raw == "the":
            k -= 1  # "..., the Philippines and Yemen"
    return False


def hyphen_tail(tokens: Sequence[Token], last: int) -> str:
    """ "backed" when the name ending at token `last` modifies what follows ("Russia-backed",
    "U.S.-backed"), else ""."""
    raw = tokens[last].raw
    if tokens[last].closes and "-" in raw:
        return raw.rsplit("-", 1)[1].lower()
    if last + 2 < len(tokens) and tokens[last + 1].raw == "-" and tokens[last + 1].start == tokens[last].end:
        word = tokens[last + 2].raw
        return word.lower() if word.islower() else ""
    return ""


def is_subject(tokens: Sequence[Token], first: int) -> bool:
    return all(t.raw.lower() in _LEADING for t in tokens[:first])


def demonym_state(tokens: Sequence[Token], i: int) -> tuple[str, str, int] | None:
    """'Russian government', 'Russian and Chinese embassies' -> (code, surface, index
    of the institution's noun)."""
    code = places.DEMONYMS.get(tokens[i].text)
    if code is None or tokens[i].closes:
        return None
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].raw in ("and", ",") and tokens[k + 1].text in places.DEMONYMS:
        k += 2
    if k < len(tokens) and tokens[k].raw.lower() in INSTITUTIONS:
        nouns = institution_nouns(tokens, k)
        return code, f"{tokens[i].text} {nouns}", k
    return None


def institution_nouns(tokens: Sequence[Token], k: int) -> str:
    """The institution named from token k on: "security forces", "military", "" if none."""
    found: list[str] = []
    while k < len(tokens) and tokens[k].raw.lower() in INSTITUTIONS and len(found) < 3:
        found.append(tokens[k].raw.lower())
        k += 1
    return " ".join(found)


def _event_stem(words: list[str]) -> bool:
    """ "World War" of "World War II", "Minsk" of "Minsk II": what a numbered event or accord is of."""
    name = " ".join(words)
    return (
        words[-1] in NON_ACTOR_HEADS
        or words[-1] in DOCUMENT_TAILS
        or name in places.CAPITALS
        or bool(places.state_code(name))
    )


def before_brief(words: Sequence[str], joins: tuple[str, ...]) -> list[str]:
    """A name's words up to the first of `joins` after its first word: "Ministry | of Defence"."""
    return list(words[: next((k for k, w in enumerate(words) if k and w in joins), len(words))])


def is_name(words: list[str], nxt: str, capital: Counter[str], lower: Counter[str]) -> bool:
    """Not a place, an event, a document, a post, a date or a common word."""
    name = " ".join(words)
    # The head stands before the brief: "Ministry | of Defence", "al Qaeda | in the Arabian Peninsula"
    # (a body named by where it fights is no peninsula).
    head = before_brief(words, ("of", "in"))
    if places.is_region(name) or head[-1] in NON_ACTOR_HEADS or words[-1] in DOCUMENT_TAILS:
        return False
    if all(w in MONTHS_DAYS for w in words) or all(w in TITLES for w in words) or words[-1] in CORE_TITLES:
        return False
    if len(words) == 2 and words[0] in _COMPASS:
        return False  # "South Ossetia": a region
    if words[0] == "Operation" or (len(words) == 1 and words[0] in _PEOPLES):
        return False  # "Operation Atlantic Resolve": an event; "Muslims": a community
    if len(words) > 1 and _NUMERAL.match(words[-1]) and _event_stem(words[:-1]):
        return False  # "World War II", "Minsk II": an event, an accord
    if (
        (words[-1].endswith(_ADJECTIVE) or words[-1] in FAITHS)
        and nxt.islower()
        and nxt not in ACTION_VERBS
        and not nxt.endswith("ed")
        and nxt not in CONNECTORS_LOWER
    ):
        return False  # "Islamist militants", "Middle Eastern forces": adjectives before a noun
    if len(words) > 1:
        return True
    word = words[0]
    if word in BODIES:
        return True  # "Congress", "Parliament": an institution by its own name
    if len(word) < 2 or re.fullmatch(r"[A-Z]{2,}s", word) or word in ORG_HEADS:
        return False  # "P", "MPs", "the Ministry": a letter, a plural, a bare noun
    if word.endswith("s") and (word[:-1] in places.DEMONYMS or word.endswith("ans")) and word not in PARTY_MEMBERS:
        return False  # "Saudis", "Gibraltarians": a people, not an actor
    if word.isupper():
        return True
    if lower[word.lower()] >= max(1, capital[word]):
        return False  # "Residents", "Nuclear": a common word that opened a sentence
    return True


def compared(tokens: Sequence[Token], first: int) -> bool:
    """ "much like Syria", "unlike Iran": a state named in a comparison is a place, not an actor
    there; "countries like China" names an example, which may act."""
    k = first - 1
    while k > 0 and _placing(tokens[k].raw):
        k -= 1  # "like neighboring Libya"
    if k < 0 or tokens[k].raw.lower() not in ("like", "unlike"):
        return False
    before = tokens[k - 1].raw if k >= 1 else ""
    common = before.islower() or (k == 1 and before[1:].islower())  # "Countries like China ..." opens
    return not (common and before.endswith("s") and len(before) > 3)


# Going somewhere names a place: "will visit Auschwitz", "travelled to Mosul", "flew back to
# Kabul". Only a state's "to" counts alone (PLACE_WORDS | _TOWARD in mentions.py): after
# other names "to" is mostly "told to", "said to".
_VISIT = frozenset("visit visits visited visiting tour toured touring".split())
_GOING = frozenset(
    "go goes going went gone travel travels travelled traveled travelling traveling fly flies flew flying "
    "return returns returned returning head heads headed heading move moves moved moving sent "
    "back".split()
)


def destination(tokens: Sequence[Token], first: int) -> bool:
    """Is the name where someone goes ("visit Auschwitz", "went to Gaza", "flew back to Kabul")?"""
    k = first - 1
    if k >= 0 and tokens[k].raw == "the":
        k -= 1
    if k < 0:
        return False
    if tokens[k].raw in _VISIT:
        return True
    return tokens[k].raw == "to" and k > 0 and tokens[k - 1].raw in _GOING
