"""Pronouns shown alone: does "he", "they", "it" have something before it, in its own
sentence, to stand for? If not, the reader must be told who or what it is."""

from __future__ import annotations

from collections.abc import Callable

from briefsmith.engines.extractive import gazetteer, places
from briefsmith.engines.extractive.compress import MARKERS
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.standing.tokens import NOUNISH, SAYING, Need, Tok, acts, capital_run
from briefsmith.engines.extractive.standing.words import (
    ANAPHORIC_HEADS,
    EXPLETIVE_AFTER,
    MONTHS,
    PERSON_NOUNS,
    PLURAL_NOUNS,
    PREPOSITIONS,
    S_VERBS,
    TITLE_HEADS,
    WEEKDAYS,
)
from briefsmith.engines.extractive.wordlists import HONORIFICS, TITLES

PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}

PERSONAL |= {"they": "plural", "them": "plural", "their": "plural", "it": "thing", "its": "thing"}

POSSESSIVES = frozenset({"his", "her", "their", "its"})

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})

OBJECTS = frozenset({"it", "them", "him"})

_CLAUSE_WORDS = frozenset("and but or as while because after before when that which who if although since".split())

_LOCATIVE = frozenset("in on at from to near into across via through".split())

_BE = frozenset("is was 's ’s isn't wasn't has been had remains remained seems seemed looks looked".split())

_ADVERBS = frozenset("not also still very so too more less highly now already hardly perhaps been".split())


def pronoun(toks: list[Tok], i: int, proper: Callable[[str], bool]) -> Need | None:
    """The need a pronoun at token i makes, if any."""
    t, low = toks[i], toks[i].low
    after = toks[i + 1].low if i + 1 < len(toks) else ""
    if low in FIRST_PERSON and not t.quoted and (t.text != "US" or not t.upper):
        return Need("author", t.start, t.end, t.text)  # the writer's own voice: who is "I"?
    if low not in PERSONAL:
        return None
    kind = PERSONAL[low]
    if kind == "thing" and low == "it" and _expletive(toks, i):
        return None
    if kind == "person" and SAYING.match(after) and not t.quoted:
        return Need(kind, t.start, t.end, t.text)  # "..., she said": the speaker is named elsewhere
    # A possessive may point ahead from an opening phrase: "In his speech, Obama said",
    # "Realising his error, Mr Campbell ...".
    opening = any(x.text == "," for x in toks[i:]) and not any(x.text == "," for x in toks[:i])
    ahead = low in POSSESSIVES and i > 0 and (toks[i - 1].low in PREPOSITIONS or (opening and i <= 3))
    scope = toks[: _clause_start(toks, i) if low in OBJECTS and i else i]
    if low not in POSSESSIVES and toks[0].low in PREPOSITIONS and toks[i - 1].text == "," and i > 1:
        if not any(x.text == "," for x in toks[1 : i - 1]):
            scope = []  # "In private talks, they should ...": the opening phrase names no subject
    object_ = (low in OBJECTS or low in POSSESSIVES) and i > 0
    for part in (scope, _ahead(toks, i) if ahead else []):
        if _antecedent([s for s in part if s.quoted == t.quoted and s is not t], kind, proper, object_=object_):
            return None
    return Need(kind, t.start, t.end, t.text)


def _ahead(toks: list[Tok], i: int) -> list[Tok]:
    """Where a possessive in an opening phrase may find its owner ahead of it: as the
    subject just after the phrase ("In his speech, Obama said"), not anywhere later ("The
    antidote to their worldview ..., rooted in local communities")."""
    rest = _before_attribution(toks)
    comma = next((j for j in range(i + 1, len(rest)) if rest[j].text == ","), None)
    return rest[comma + 1 : comma + 5] if comma is not None else []


def _before_attribution(toks: list[Tok]) -> list[Tok]:
    """The sentence without its closing attribution: in "A search of his home found
    chemicals, police said" the police are who says it, not whose home it was."""
    for j in range(len(toks) - 1, 0, -1):
        if toks[j].text == ",":
            tail = [t for t in toks[j + 1 :] if t.text[0].isalnum()]
            if len(tail) <= 5 and any(SAYING.match(t.low) for t in tail[-3:]):
                return toks[:j]
            break
    return toks


def _person_run(toks: list[Tok], k: int) -> bool:
    """Is capitalised token k part of a person's name (a title or honorific beside it)?"""
    near = toks[max(0, k - 3) : k + 1]
    return any(t.text in TITLES or t.text in HONORIFICS or t.low in PERSON_NOUNS for t in near)


def _antecedent(scope: list[Tok], kind: str, proper: Callable[[str], bool], object_: bool = False) -> bool:
    """Is there something before the pronoun, in the sentence, it can stand for? (An
    object "it" looks in the clauses before its own, and may stand for any noun there.)"""
    for k, t in enumerate(scope):
        if not t.text[0].isalpha() or t.low in PERSONAL or t.low in MARKERS or t.low == "the":
            continue
        nxt = scope[k + 1] if k + 1 < len(scope) else None
        name = t.upper and (k > 0 or proper(t.text)) and t.text not in WEEKDAYS | MONTHS
        if kind == "person":
            if t.low in PERSON_NOUNS and not _plural_person(t.low):
                return True  # not "officials said it's unclear if he left": he is one of whom?
            placed = k > 0 and scope[k - 1].low in _LOCATIVE  # "on Yemen Today TV", "in London"
            if name and not placed and not t.text.endswith("s") and t.text not in TITLE_HEADS:
                # A person's name: two capitalised words, or one that says or does something.
                if (nxt is not None and nxt.upper) or (k > 0 and scope[k - 1].upper) or acts(nxt):
                    if not _a_state(scope, k):
                        return True  # not "The United States agreed a price for his release"
            if name and not object_ and t.text not in TITLE_HEADS and _lone_name(scope, k) and proper(t.text):
                return True  # "acceptable to Netanyahu, how does he ...": one word, no place's name
        if kind == "plural":
            plural = (
                t.low.endswith("s") and len(t.low) > 3 and not t.low.endswith(("ss", "us", "is"))
            ) or t.low.endswith("men")
            if (plural and t.low not in S_VERBS) or t.low in PLURAL_NOUNS or (name and t.text.isupper()):
                return True
            if name and k > 0 and scope[k - 1].low == "the":  # "the Taliban", "the Houthis": a group
                return True
            if name and t.text.endswith("s") and not t.text.endswith(("ss", "us")):
                return True
            if t.low in ("and", "or") and k > 0 and scope[k - 1].upper and nxt is not None and nxt.upper:
                return True  # "Lebanon and Iraq", "if Magag or Mohamed rekindled their ties"
        if kind == "thing":
            if name and not _person_run(scope, k):
                return True
            if (t.low in ANAPHORIC_HEADS and t.low not in PERSON_NOUNS) or t.low.endswith(NOUNISH):
                return True
            if object_ and _noun(scope, k):
                return True  # "entitled to 12 months leave, but ... could not take it"
    return False


def _lone_name(scope: list[Tok], k: int) -> bool:
    """A one-word name with no capital beside it that is not a place's, a nation's or an
    acronym ("Netanyahu"; not "Moscow", "British", "CNN"): as likely a person as anything."""
    if capital_run(scope, k) != (k, k + 1):
        return False
    word = scope[k].text.strip("’'").removesuffix("’s").removesuffix("'s")
    if not word.isalpha() or word.isupper() or word.endswith("s") or len(word) < 3:
        return False
    known = places.state_code(word) or word in places.DEMONYMS or word in places.CAPITALS
    return not known and not gazetteer.is_place(word)


def _a_state(scope: list[Tok], k: int) -> bool:
    """Is capitalised token k in the name of a state ("the United States", "North Korea")?"""
    s, e = capital_run(scope, k)
    run = [t.text for t in scope[s:e]]
    return places.state_code(" ".join(run[1:] if run[0] == "The" else run)) is not None


def _plural_person(word: str) -> bool:
    """ "officials", "people", "men": many, where "he" or "she" is one."""
    return word in ("people", "men", "women", "police", "children") or (word.endswith("s") and not word.endswith("ss"))


def _noun(scope: list[Tok], k: int) -> bool:
    """A plain lower-case noun an object "it" may stand for: after a determiner or a
    number ("the leave", "12 months leave")."""
    t, prev = scope[k], scope[k - 1] if k else None
    if not t.text.isalpha() or not t.text.islower() or t.low in STOPWORDS or len(t.low) < 3:
        return False
    return prev is not None and (
        prev.low in ("the", "a", "an", "this", "that", "its")
        or prev.text[0].isdigit()
        or prev.low.endswith("s")
        and prev.text.islower()
    )


def _clause_start(toks: list[Tok], i: int) -> int:
    """Where the clause holding token i begins: an object pronoun ("condemned it") does
    not stand for its own clause's subject."""
    for k in range(i - 1, -1, -1):
        if toks[k].text in (",", ";", ":", "--", "—") or toks[k].low in _CLAUSE_WORDS or SAYING.match(toks[k].low):
            return k
    return 0


def _expletive(toks: list[Tok], i: int) -> bool:
    """'It is unclear whether', 'it was not immediately clear', 'it seems that', 'it
    remains to be seen', 'it takes': an "it" that stands for what comes after it."""
    rest = [t.low for t in toks[i + 1 : i + 9] if t.low not in _ADVERBS]
    if not rest:
        return False
    verbs = [t.low for t in toks[i + 1 : i + 9] if t.low not in _ADVERBS - {"been"}]
    if verbs[0] in ("has", "had", "have") and verbs[1:2] != ["been"]:
        return False  # "It also has important implications": "has" owns something; "it has been clear" is "be"
    if rest[0] in ("seems", "seemed", "appears", "appeared") and rest[1:2] in (["that"], ["to"], ["as"], ["likely"]):
        return True
    if rest[0] in ("remains", "remained") and rest[1:4] == ["to", "be", "seen"]:
        return True
    if rest[0] in ("takes", "took", "will", "would", "could", "may", "might") and rest[1:2] in (["take"], ["be"], []):
        rest = rest[1:]
    if rest[0] in ("takes", "took"):
        return True
    if rest[0] == "be" and len(rest) > 1:
        rest = ["is", *rest[1:]]
    if rest[0] in _BE and len(rest) > 2 and rest[1] in ("a", "an") and any(w in ("that", "to") for w in rest[2:6]):
        return True  # "it was a basic principle that ...", "it is a mistake to ..."
    return rest[0] in _BE and len(rest) > 1 and rest[1] in EXPLETIVE_AFTER
