"""Case-blind tests of lower-case patterns, made as case-sensitive searches of the
lower-cased text: the same answers, several times faster.

Python's re folds the case of every character against every alternative of an IGNORECASE
pattern, at every position of the text: a list of a hundred trigger words ("unclear|
likely|doubt|...") cost about 80 µs a sentence, most of it on the sentences that hold
none. For a pattern whose letters are all lower case, a text and its lower-cased copy
match alike, except for the four characters whose case maps onto an ASCII letter or
changes a word's length (İ ı ſ K, the Kelvin sign): a text holding one is searched with
the pattern as it was. The others are lower-cased once; the alternatives that are plain
words are looked for with `in` (a fast substring search in C), the rest with one
case-sensitive pattern, which re tries only where its first letter stands.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters whose IGNORECASE match or whose str.lower() differs from a plain lower-case
# letter's (all others of Unicode were checked: their lower case is one character of the
# same kind, never an ASCII letter).
_ODD = re.compile("[\u0130\u0131\u017f\u212a]")
_ESCAPE = re.compile(r"\\.")
# Distinct texts remembered: a brief's sentences are tested more than once (bounded, so
# a long batch's memory stays flat).
_KEPT = 16384


class Lowered:
    """`any(p.search(text) for p in patterns)`, each pattern IGNORECASE and written in
    lower case (checked here: anything else raises ValueError)."""

    def __init__(self, *patterns: re.Pattern[str]):
        for p in patterns:
            literal = _ESCAPE.sub("", p.pattern)
            if (
                p.flags != re.IGNORECASE | re.UNICODE
                or p.groups
                or any(c.lower() != c.upper() and (not c.isascii() or c.isupper()) for c in literal)
            ):
                raise ValueError(f"not a lower-case IGNORECASE pattern without groups: {p.pattern[:60]}")
        self._any = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
        alternatives = [a for p in patterns for a in _alternatives(p.pattern)]
        self._words = tuple(dict.fromkeys(a.replace("\\ ", " ") for a in alternatives if _plain(a)))
        rest = [a for a in alternatives if not _plain(a)]
        self._low = re.compile("|".join(f"(?:{a})" for a in rest)) if rest else None
        self.search = lru_cache(maxsize=_KEPT)(self._search)

    def _search(self, text: str) -> bool:
        if _ODD.search(text):
            return self._any.search(text) is not None
        low = text.lower()
        for word in self._words:
            if word in low:
                return True
        return self._low is not None and self._low.search(low) is not None


def _plain(alternative: str) -> bool:
    """Is it a plain string (nothing re reads as more than itself)?"""
    return re.escape(alternative).replace("\\ ", " ") == alternative.replace("\\ ", " ")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)" -> ["a", "b(?:c|d)"]."""
    out, depth, klass, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if klass:
            klass = c != "]"
        elif c == "[":
            klass = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]
