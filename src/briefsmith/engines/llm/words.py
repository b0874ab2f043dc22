"""Words as the claim verifier compares them: tokens, numbers, light stems, name forms.

Deliberately simple and predictable (a reader can check a verdict by hand): a suffix-stripping
stemmer, number words folded to digits, demonyms matched to their country by shared stems, and a
short table for the irregular ones and the common acronyms.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_](?:[\w'’.]*\w)?")
STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself nor of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves one ones its it's may might must shall us upon via per
said says say saying told tells tell added adding according stated states reported reports noted
asked mr mrs ms dr also however meanwhile yet still already now then
""".split()
) - {"states"}  # "states" is also a noun (the five states): keep it as content
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "n't",
        "cannot",
        "without",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "denied",
        "denies",
        "deny",
        "refused",
        "rejected",
        "failed",
    }
)
# Words that leave what follows open ("unclear whether the quota will be ratified"): a claim may
# not state as fact what its sources only wonder about. (Capitalised "May" is the month.)
HEDGES = frozenset(
    {
        "whether",
        "if",
        "unclear",
        "uncertain",
        "unlikely",
        "might",
        "may",
        "could",
        "possibly",
        "perhaps",
        "doubt",
        "doubts",
        "doubtful",
        "unknown",
        "unconfirmed",
    }
)
NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
    if w != "_"
}
NUMBER_WORDS.update(
    {
        "thirty": "30",
        "forty": "40",
        "fifty": "50",
        "sixty": "60",
        "seventy": "70",
        "eighty": "80",
        "ninety": "90",
        "hundred": "100",
        "thousand": "1000",
        "million": "1000000",
        "billion": "1000000000",
        "dozen": "12",
        "percent": "%",
        "bn": "1000000000",
        "m": "1000000",
    }
)
# Irregular name forms and common acronyms; regular demonyms (Russian, Chinese, Afghan) match by stem.
ALIASES = [
    {"us", "usa", "america", "american", "americans", "united states"},
    {"uk", "britain", "british", "united kingdom"},
    {"un", "united nations"},
    {"eu", "european union"},
    {"ussr", "soviet"},
    {"france", "french"},
    {"netherlands", "dutch", "holland"},
    {"switzerland", "swiss"},
    {"greece", "greek"},
    {"wales", "welsh"},
    {"poland", "polish"},
    {"denmark", "danish"},
    {"sweden", "swedish"},
    {"finland", "finnish"},
    {"norway", "norwegian"},
    {"spain", "spanish"},
    {"portugal", "portuguese"},
    {"philippines", "filipino"},
    {"thailand", "thai"},
    {"scotland", "scottish", "scots"},
    {"ireland", "irish"},
    {"england", "english"},
    {"uae", "emirati", "united arab emirates"},
    {"dprk", "north korea", "north korean"},
]
SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "ly",
    "al",
    "ity",
    "ians",
    "ian",
    "ans",
    "an",
    "ese",
    "ish",
    "istan",
    "i",
    "n",
    "a",
    "e",
    "y",
    "ain",
)


def norm(token: str) -> str:
    """Lower case, no possessive, no dots in acronyms (U.S. -> us)."""
    t = token.replace("’", "'").lower()
    if t.endswith("'s"):
        t = t[:-2]
    return t.rstrip("'").replace(".", "") if "." in t and len(t) <= 6 else t.rstrip("'")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def number_value(token: str) -> str | None:
    """'1,400' -> '1400', '3.50' -> '3.5', 'twenty' -> '20'; None when not a number."""
    low = token.lower()
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    if not token[:1].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", token):
        token = token.replace(",", "")
    token = token.replace(",", ".")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token.lstrip("0") or "0"


def numbers(text: str) -> set[str]:
    found = {v for t in tokens(text) if (v := number_value(t)) is not None and v != "%"}
    # "42%" and "42 per cent" say the same number; the percent sign itself is not checked.
    return found


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The word and what is left after stripping one known suffix (at least 4 letters)."""
    w = norm(word)
    out = {w}
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            base = w[: -len(suffix)]
            out.add(base)
            if suffix in ("ies", "ied"):
                out.add(base + "y")
    return frozenset(out)


def alias_forms(phrase: str) -> set[str]:
    low = norm(phrase)
    for group in ALIASES:
        if low in group:
            return set(group)
    return {low}


def content_words(text: str) -> list[str]:
    """Words that carry the claim: not function words, not numbers (numbers are checked apart)."""
    out = []
    for tok in tokens(text):
        low = norm(tok)
        if low in STOPWORDS or low in NUMBER_WORDS or tok[:1].isdigit() or len(low) < 3:
            continue
        if low not in out:
            out.append(low)
    return out
