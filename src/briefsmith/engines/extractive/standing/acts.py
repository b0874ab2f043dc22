"""Which act "the kidnappings" or "the attack" is, when the article told it with a verb.

News tells an act first as a verb ("ISIS militants kidnapped 20 foreigners working at a
Libyan hospital"), then names it with a noun ("The kidnappings came days after ..."). Shown
alone, the noun says nothing of which; an editor quoting it adds what the act was done to,
in brackets, from the words of the sentence that told it: "The kidnappings [of 20
foreigners working at a Libyan hospital]". The joining preposition is the editor's, as the
"said" of a speaker's bracket is (brackets.py allows both).

Only the article's first sentence is read (acted() says why), only an active verb (in
"Lippert was attacked" the object is before the verb), and only an object that says
which: a name or a number in it, no pronoun first ("attacked him" says no more than "the
attack").
"""

from __future__ import annotations

import re

from briefsmith.engines.extractive.standing.words import MONTHS, WEEKDAYS

# A noun of an act: the verbs that tell it, and the preposition that joins it to its object.
_ACTS: dict[str, tuple[frozenset[str], str]] = {}
for nouns, verbs, joint in (
    ("attack attacks assault raid", "attacked assaulted raided stabbed knifed bombed", "on"),
    ("stabbing knifing", "stabbed knifed attacked", "of"),
    ("bombing bombings", "bombed", "of"),
    ("kidnapping kidnappings abduction abductions", "kidnapped abducted", "of"),
    ("killing killings massacre execution executions beheading", "killed massacred executed beheaded", "of"),
    ("arrest arrests detention", "arrested detained", "of"),
    ("evacuation", "evacuated", "of"),
    ("capture seizure", "captured seized", "of"),
    ("assassination", "assassinated", "of"),
):
    for noun in nouns.split():
        _ACTS[noun] = (frozenset(verbs.split()), joint)
ACT_HEADS = frozenset(_ACTS)

PREPOSITIONS = frozenset({"on", "of"})  # what an act's bracket may open with (brackets.py)
_PASSIVE = frozenset("was were been being be is are get gets got".split())
_PRONOUNS = frozenset("him her them it us me you his their its our my your himself herself themselves".split())
# Words that end the object: a conjunction, a relative, a time, the agent of a passive.
_ENDS = frozenset(
    """and or but as which who whom whose that when while after before since because then said says
    by for during amid until last this yesterday today tonight earlier later such including like
    is are was were has have had will would could may might""".split()
)
_WHEN = frozenset(w.lower() for w in WEEKDAYS | MONTHS)
_WORD = re.compile(r"[\w’'-]*(?:[A-Za-z]\.){2,}[\w’'-]*|[\w’'-]+|[^\w\s]")
MAX_WORDS = 10  # a bracket, not a clause


def acted(description: str, head: str, lede: str) -> str | None:
    """The bracket for the act `description` ("the attack", head "attack") names, if the
    article's first sentence `lede` tells it with a verb and an object that says which.
    Only the lede is read: it tells the act the story is about, which a later "the attack"
    most often means; an act told later may be one of several (a raid within a siege), and
    a bracket naming the wrong one would mislead. Only a definite description with nothing
    in it to say which leans so: "such an attack" is any, "the Westgate attack" names its own."""
    words = description.split()
    if head not in _ACTS or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return None
    verbs, joint = _ACTS[head]
    if not any(v in lede for v in verbs):
        return None
    toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(lede)]
    for k in range(len(toks) - 1, -1, -1):  # the last telling in the sentence: the nearest
        if toks[k][0].lower() in verbs and not (k and toks[k - 1][0].lower() in _PASSIVE):
            found = _object(lede, toks, k + 1)
            if found is not None:
                return f"{joint} {found}"
    return None


def _object(text: str, toks: list[tuple[str, int, int]], start: int) -> str | None:
    """The object after a verb, up to where the clause goes on; None unless it says which."""
    end = start
    while end < len(toks) and end - start < MAX_WORDS:
        word = toks[end][0]
        low = word.lower()
        if low in _ENDS or (low in ("on", "in", "at") and _when(toks, end + 1)):
            break
        if word == "," and _apposition(toks, end):
            end += 2  # "two mosques in the capital, Sanaa,": the name goes with the place
            continue
        if not word[0].isalnum():
            break
        end += 1
    words = toks[start:end]
    if not words or words[0][0].lower() in _PRONOUNS | _WHEN or end - start >= MAX_WORDS:
        return None  # "attacked him"; "those kidnapped Monday are ...": a participle, not a verb with its object
    if not any(w[0][:1].isupper() or any(c.isdigit() for c in w[0]) for w in words):
        return None  # "attacked the crowd": which one, the object does not say
    return text[words[0][1] : words[-1][2]].rstrip(".")


def _apposition(toks: list[tuple[str, int, int]], comma: int) -> bool:
    """ ", Sanaa," or ", Sanaa.": a name alone between commas (or before the end)."""
    if comma + 1 >= len(toks) or not toks[comma + 1][0][:1].isupper():
        return False
    after = toks[comma + 2][0] if comma + 2 < len(toks) else "."
    return after in (",", ".", ";")


def _when(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Does a time start at token i ("on Friday", "in March", "in 2014")?"""
    if i >= len(toks):
        return False
    word = toks[i][0]
    return word.lower() in _WHEN or (word.isdigit() and len(word) == 4)
