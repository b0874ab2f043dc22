"""Credit lines: the sentence where the newsroom names who reported and wrote the story
("CNN's Jane Roe contributed to this report.", "Journalist John Doe reported from Sanaa, and
Ann Poe wrote from Atlanta."). It tells no fact, and the people it names are reporters, not
actors of the story."""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"\b(?:contributed(?:\s+reporting)?\s+to\s+(?:this|the)\s+(?:report|story|article)"
    r"|contributed\s+reporting"
    r"|(?:reported|wrote|reporting|writing)(?:\s+and\s+wrote)?(?:\s+this\s+(?:story|report|article))?"
    r"\s+(?:from|in)\s+[A-Z]"
    r"|wrote\s+this\s+(?:story|report|article))",
)
_MAX_WORDS = 45  # a credit line is a list of names, never a long sentence
_NAME = re.compile(r"[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[\s-])?(?:[A-Z]\.\s*)?[A-Z][\w'’\-]+)+")
_NOT_NAMES = frozenset({"CNN's", "Journalist", "Journalists"})
_GLUE = frozenset({"and", "as", "well", "journalist", "journalists", "in", "of"})
_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|le|la|du)(?:-|$)")
_PLACE = re.compile(r"\b(?:from|in)\s+[A-Z][\w'’\-.]*(?:,?\s+[A-Z][\w'’\-.]*)*")


# Every credit line has one of these words (_CREDIT is case-sensitive): most sentences have
# none, and the test is cheaper than the search.
_CREDIT_WORDS = ("contributed", "reported", "reporting", "wrote", "writing")


def is_credit(text: str) -> bool:
    """Is this sentence a credit line?"""
    if not any(w in text for w in _CREDIT_WORDS) or len(text.split()) > _MAX_WORDS:
        return False
    m = _CREDIT.search(text)
    if not m:
        return False
    # Whatever the sentence says before the credit is names, commas, "and", "CNN's".
    head = text[: m.start()]
    words = [w for w in re.findall(r"[\w'’\-.]+", head) if w not in _GLUE]
    return all(w[:1].isupper() or _PARTICLE.match(w) for w in words)


def credited_names(text: str) -> list[str]:
    """The people a credit line names: full names, and their surnames."""
    out = []
    for m in _NAME.finditer(_PLACE.sub("", text)):
        words = [w for w in m.group(0).split() if w not in _NOT_NAMES]
        if len(words) >= 2:
            out.append(" ".join(words))
    return out
