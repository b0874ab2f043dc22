"""Armed and political groups named by what they are, not by a proper name: "Shiite militias",
"pro-Russian separatists", "the Saudi-led coalition", "Ukrainian activists". A group noun after
a demonym, a faith or a "-led"/"-backed" name is an actor of its own (a demonym before an
institution, "Iraqi forces", is the state: mentions.py reads that)."""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.context import FAITHS
from briefsmith.engines.extractive.names import Token

GROUP_NOUNS = frozenset(
    "militia militias separatists rebels militants insurgents jihadists activists protesters protestors "
    "coalition paramilitaries tribesmen extremists guerrillas".split()
)
_SIDES = ("pro-", "anti-")
_LED = ("-led", "-backed", "-allied", "-aligned", "-supported")


def modifier(tok: Token) -> bool:
    """ "Shiite", "Ukrainian", "pro-Russian", "Saudi-led": what a group noun may follow."""
    raw = tok.raw
    for side in _SIDES:
        if raw.lower().startswith(side):
            raw = raw[len(side) :]
    if raw.endswith(_LED):
        return raw[:1].isupper()
    return raw in FAITHS or raw in places.DEMONYMS or raw == "Islamist"


def group_key(phrase: str) -> str:
    """One key for "Shiite militia" and "Shiite militias"."""
    words = phrase.lower().split()
    noun = words[-1]
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return " ".join([*words[:-1], noun])


def group_phrases(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) token of each group phrase: up to two modifiers, then a group noun."""
    found = []
    for k, tok in enumerate(tokens):
        if tok.raw.lower() not in GROUP_NOUNS or k == 0:
            continue
        first = k
        while first > 0 and k - first < 2 and modifier(tokens[first - 1]):
            first -= 1
        if first < k:
            found.append((first, k))
    return found
