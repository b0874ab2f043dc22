"""Light compression: a point drops the leading discourse marker of its sentence
("However,", "Meanwhile,", "On one hand,") — words that link the sentence to the one
before it in the article, and mean nothing once it stands alone as a bullet.

The point still rests on exact source words: `tighten` returns the span of the kept
words, so the citation quotes them verbatim. Attributions ("Kabulov said") stay.
"""

from __future__ import annotations

import re

# Connectives that open a sentence, followed by a comma. Only ones whose removal
# leaves the claim itself untouched (no "If", "Although": those carry meaning).
_COMMA_MARKERS = (
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "in addition",
    "additionally",
    "also",
    "still",
    "nevertheless",
    "nonetheless",
    "besides",
    "likewise",
    "similarly",
    "indeed",
    "in fact",
    "of course",
    "after all",
    "for one",
    "for one thing",
    "on one hand",
    "on the one hand",
    "on the other hand",
    "on the other",
    "by contrast",
    "in contrast",
    "incidentally",
    "ironically",
    "interestingly",
    "notably",
    "importantly",
    "crucially",
    "admittedly",
    "certainly",
    "clearly",
    "obviously",
    "again",
    "then again",
    "that said",
    "at the same time",
    "in any case",
    "anyway",
    "for its part",
    "for their part",
    "on its part",
    "on their part",
    "for his part",
    "for her part",
    "if anything",
    "in turn",
    "instead",
    "otherwise",
    "consequently",
    "therefore",
    "thus",
    "hence",
    "as such",
    "in other words",
    "put simply",
    "ultimately",
    "finally",
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "thirdly",
    "lastly",
    "overall",
    "in short",
    "in sum",
    "so",
    "now",
    "yet",
    "but",
    "and",
    "well",
    "of note",
    "as well",
)
# Single words among them, for callers that must not mistake one for a name or role.
MARKERS = frozenset(m for m in _COMMA_MARKERS if " " not in m)
# Conjunctions that open a sentence without a comma ("But despite ...").
_BARE_MARKERS = ("but", "and", "yet", "so")

_COMMA_RE = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(m) for m in _COMMA_MARKERS), key=len, reverse=True)) + r")\s*,\s+",
    re.IGNORECASE,
)
_BARE_RE = re.compile(r"^(?:" + "|".join(_BARE_MARKERS) + r")\s+(?=[a-z“\"‘'A-Z])", re.IGNORECASE)
_MIN_WORDS = 4  # never shrink a sentence to a fragment
# A dateline glued to the first sentence: "Kano, Nigeria (CNN)", "(AP) —", "MOSCOW —".
_AGENCIES = (
    "CNN|AP|AFP|Reuters|UPI|BBC|Xinhua|TASS|dpa|ANSA|EFE|Bloomberg|IANS|PTI|Interfax|Yonhap|"
    "Kyodo|ANI|NPR|NBC|CBS|ABC|CNBC|AA"
)
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*)*\s*)?\((?:" + _AGENCIES + r")\)\s*(?:[-—–]+\s*)?"
    r"|[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*[—–-]+\s+)(?=[A-Z“\"])"
)


def _strip_once(text: str) -> int:
    """Length of the leading marker (with its comma and space), or 0."""
    m = _COMMA_RE.match(text)
    if m:
        return m.end()
    m = _BARE_RE.match(text)
    # "So far", "And yet": only a lone conjunction followed by a clause.
    if m and not re.match(r"^(so far|so much|so many|yet another|and so)\b", text, re.IGNORECASE):
        return m.end()
    return 0


def capitalise(text: str) -> str:
    """Upper-case the first letter (after any opening quote mark)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
        if ch not in "“\"‘'(":
            return text
    return text


def tighten(sentence: str) -> tuple[str, int, int]:
    """(point text, start, end): the text without leading discourse markers, and the
    offsets within `sentence` of the source words it keeps."""
    start = 0
    dateline = _DATELINE.match(sentence)
    if dateline and len(sentence[dateline.end() :].split()) >= _MIN_WORDS:
        start = dateline.end()
    for _ in range(3):  # "However, on one hand, ..." peels twice
        cut = _strip_once(sentence[start:])
        if not cut:
            break
        rest = sentence[start + cut :]
        if len(rest.split()) < _MIN_WORDS:
            break
        start += cut
    end = len(sentence)
    kept = sentence[start:end]
    return (capitalise(kept) if start else kept), start, end
