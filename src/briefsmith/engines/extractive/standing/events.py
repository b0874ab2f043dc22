"""Which event "the attack", "the war" or "the talks" is: the article named it before.

A description of an event leans on the sentence where the event was first told ("Gunmen
attacked the Bardo Museum ...", then "the attack"): an editor quoting the later sentence
puts that telling in brackets, "[the attack on the Bardo Museum]". The telling is the
nearest earlier phrase with the same head noun (or one of its kind: a siege is an attack,
negotiations are talks) that says which one: a name or a year beside it ("the Tikrit
offensive", "Baghdad's offensive to retake Tikrit", "the Syrian civil war"). A phrase with
nothing to say which ("the attack" again) is passed over for an earlier one; none found,
the description stays unresolved and its sentence is not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.standing.tokens import IRREGULAR_PAST
from briefsmith.engines.extractive.standing.words import MONTHS, WEEKDAYS

# Heads of one kind: a later description with any of them may take up a telling with any.
_KINDS = (
    frozenset("attack attacks assault siege raid bombing bombings shooting massacre stabbing knifing".split()),
    frozenset("offensive operation campaign assault push".split()),
    frozenset("talks negotiations".split()),
    frozenset("deal agreement accord pact".split()),
    frozenset("war conflict fighting".split()),
    frozenset("strikes airstrikes bombardment".split()),
    frozenset("crisis".split()),
    frozenset("protests uprising unrest".split()),
)
EVENT_HEADS = frozenset().union(*_KINDS)
_DETERMINERS = frozenset("the a an this that these those".split())
_OPEN_DETERMINER = frozenset("the".split())
_WHERE = frozenset("in at near outside".split())  # a place named after a telling's object
_PREPOSITIONS = frozenset("on in at against of between with over to into near outside inside".split())
_STOP = frozenset(
    """and or but as which that who whom whose when where while after before since because if
    was were is are be been has have had will would could may might can should must did do does not also
    to up out said says by for from than its their his her""".split()
)
# Common nouns that end a place's name ("the Makka Al Mukarama hotel", "the Bardo museum").
_PLACE_NOUNS = frozenset(
    "hotel museum mosque mosques church embassy airport base camp border school market mall palace office".split()
)
_WHEN = frozenset(w.lower() for w in WEEKDAYS | MONTHS)
# "U.S." is one word; "positions." is a word and a full stop. Not standing/tokens.py's
# tokens: those split "Baghdad's" from its "'s" and drop quotation marks, where a telling
# needs a possessive and a compound ("Korea-U.S.") whole and a closing quote as an end.
_TOKEN = re.compile(r"[\w’'-]*(?:[A-Za-z]\.){2,}[\w’'-]*|[\w’'-]+|[^\w\s]")
MAX_BACK = 30  # sentences looked back; an event told further back is told again in between
MAX_WORDS = 12  # a bracket, not a clause


@dataclass(frozen=True)
class Telling:
    words: str  # the phrase, as it stands in its sentence
    number: int  # the sentence it stands in
    definite: bool  # it opens with "the" or a possessive: it replaces the whole description


def kind_of(head: str) -> frozenset[str]:
    return next((k for k in _KINDS if head in k), frozenset({head}))


def telling(head: str, number: int, sentence: Callable[[int], str | None]) -> Telling | None:
    """The nearest earlier phrase that says which event `head` (in sentence `number`) is."""
    kind = kind_of(head.lower())
    for n in range(number - 1, max(0, number - 1 - MAX_BACK), -1):
        text = sentence(n)
        if text is None:
            continue
        tokens = _tokens(text)
        for k in range(len(tokens) - 1, -1, -1):  # the nearest telling in the sentence: the last one
            if tokens[k][0].lower() in kind:
                found = _phrase(text, tokens, k)
                if found is not None:
                    return Telling(found[0], n, found[1])
    return None


@lru_cache(maxsize=8192)
def _tokens(text: str) -> list[tuple[str, int, int]]:
    """A sentence's words with their offsets (read once: every description looks back over
    the same sentences, and wire copy repeats them across sources)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase(text: str, tokens: list[tuple[str, int, int]], k: int) -> tuple[str, bool] | None:
    """The noun phrase around tokens[k] if a name or a year in it says which one."""
    left = k
    while left > 0 and k - left < 4:
        word = tokens[left - 1][0]
        if word.lower() in _DETERMINERS or word.lower() in _STOP or not word[0].isalnum():
            break
        left -= 1
    definite = left > 0 and tokens[left - 1][0].lower() in _OPEN_DETERMINER
    if not (left > 0 and tokens[left - 1][0].lower() in _DETERMINERS):
        # No determiner opens it: only a possessive ("Baghdad's current offensive") or names
        # ("the Tikrit offensive") may; a lower-case word is more likely a verb ("ISIS launched attacks").
        owner = next((i for i in range(left, k) if _possessive(tokens[i][0])), None)
        if owner is not None:
            left, definite = owner, True
        else:
            while left < k and not _names(tokens[left][0]):
                left += 1
            while left < k and not all(_names(w) for w, _, _ in tokens[left:k]):
                left += 1
    elif definite:
        left -= 1  # "the" is part of what replaces "the attack"
    else:  # "a similar attack", "a deadly attack": only a name before it says which
        while left < k and not _names(tokens[left][0]):
            left += 1
    right = k + 1
    if right < len(tokens) and tokens[right][0].lower() in _PREPOSITIONS:
        end = _object(tokens, right + 1)
        if end is not None:
            right = end
            if right < len(tokens) and tokens[right][0] in _WHERE:  # "at the Bardo Museum in Tunis"
                right = _object(tokens, right + 1) or right
    words = tokens[left:right]
    if len(words) > MAX_WORDS:
        return None
    opening = left == 0  # the sentence's first word is capitalised whatever it is
    if not any(_names(w) for i, (w, _, _) in enumerate(words) if not (opening and i == 0)):
        return None
    phrase = text[words[0][1] : words[-1][2]]
    if phrase.endswith(".") and "." not in words[-1][0][:-1]:
        phrase = phrase[:-1]  # the sentence's full stop, not an abbreviation's ("U.S.")
    if opening and (words[0][0].lower() in _DETERMINERS or left == k):
        phrase = phrase[0].lower() + phrase[1:]  # "The Tikrit offensive", "Talks between ..." inside another sentence
    return phrase, definite


def _possessive(word: str) -> bool:
    return word[:1].isupper() and word.endswith(("'s", "’s"))


def _object(tokens: list[tuple[str, int, int]], start: int) -> int | None:
    """Where the object of a preposition ends (exclusive), if it holds a name: a few
    lower-case words may come before the name ("the upscale Corinthia Hotel", "world
    powers and Iran"), a place noun after it ("the Makka Al Mukarama hotel")."""
    i, lower, last = start, 0, None
    while i < len(tokens) and i - start < 8:
        word = tokens[i][0]
        if _names(word):
            last, lower = i, 0
        elif word[0].isalpha() and word.islower() and lower < 3 and last is None:
            lower += 1
        elif word in ("of", "al", "al-", "and") and last is not None:
            pass  # "the Republic of Korea", "Hashd al-Shaabi"
        else:
            break
        i += 1
    if last is None:
        return None
    end = last + 1
    if _possessive(tokens[last][0]):  # "Tehran's nuclear program": the name owns what follows
        for size in (1, 2):  # one or two lower-case words, then the phrase plainly ends
            owned = tokens[end : end + size]
            if len(owned) == size and all(_lower(w) for w, _, _ in owned) and _closes(tokens, end + size):
                return end + size
        return None
    name = tokens[last][0]
    if name in places.DEMONYMS or name.endswith(("ish", "ian", "ese")) or "-" in name:
        # A people's or a compound name describes a noun after it ("Kurdish positions",
        # "an attack on the Korea-U.S. alliance"): what the event was done to is then a
        # thing, often a figure of speech, not who or where; not a telling to rely on.
        return None
    if end < len(tokens) and _lower(tokens[end][0]) and tokens[end][0] in _PLACE_NOUNS:
        end += 1  # "the Makka Al Mukarama hotel in Mogadishu"
    elif end < len(tokens) and _plural(tokens[end][0]) and _closes(tokens, end + 1):
        end += 1  # "between government forces and Houthi rebels."
    if end < len(tokens) and not _closes(tokens, end) and not _verb(tokens[end][0]):
        return None  # "on the U.S.-South Korea alliance": the name describes a noun that goes on
    return end


def _plural(word: str) -> bool:
    return _lower(word) and word.endswith("s") and not word.endswith("ss") and word not in IRREGULAR_PAST


def _verb(word: str) -> bool:
    """Could the word after a telling be its sentence's verb ("the siege ended", "the
    offensive began")? Then the telling ends before it."""
    return word.endswith(("ed", "s")) or word in IRREGULAR_PAST


def _lower(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _STOP and word not in _PREPOSITIONS


def _closes(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Does a phrase plainly end before tokens[i]: punctuation, a preposition, a function word?"""
    after = tokens[i][0].lower() if i < len(tokens) else "."
    return not after[0].isalnum() or after in _STOP or after in _PREPOSITIONS


def _names(word: str) -> bool:
    """A word that says which: a capitalised word (not a determiner, not a day or a month:
    "the attack on Thursday" says when, not which) or a year."""
    if word.isdigit():
        return len(word) == 4
    low = word.lower()
    return word[:1].isupper() and low not in _DETERMINERS and low not in _STOP and low not in _WHEN
