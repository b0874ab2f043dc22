"""Does a sentence stand alone? What a reader shown only this sentence, as a bullet,
would have to be told: who "He" or "the group" is, what "This" was, who is speaking
a quotation, or that it is a fragment of a sentence at all.

`needs()` finds those places by general rules of English reference: pronouns with no
antecedent before them in the sentence (pronouns.py), demonstratives and definite
descriptions whose words say nothing of which one (descriptions.py), quantifiers that
stand for something named before, times anchored to another event, quotations without
a speaker. It does not resolve them: resolve.py looks in the sentences before, and a
sentence whose needs cannot be met is not used as a point.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.standing.descriptions import demonstrative, description, specifies
from briefsmith.engines.extractive.standing.pronouns import pronoun
from briefsmith.engines.extractive.standing.tokens import SAYING, Need, Tok, opens, tokens
from briefsmith.engines.extractive.standing.words import (
    ANAPHORIC_HEADS,
    BE_AND_SEEM,
    EVENTS,
    PLURAL_NOUNS,
    QUANTIFIERS,
)
from briefsmith.engines.extractive.wordlists import COUNTS

_N = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|dozens|\d+)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?)"
# Words that tie a sentence to an event or a list told elsewhere.
_ANCHORS = (
    r"(?:claimed|took|accepted|denied) responsibility(?! for)",  # for what?
    r"(?:one|another|an?)(?: \w+)? example(?! of)",  # of what?
    _N + r" more(?! than)",  # "four more men": more than which?
    # "Thirty-four years after the bombing of the Osirak reactor": the event is named there.
    r"(?<![-–])" + _N + r" " + _UNIT + r"(?: and a half)? (?:later(?! than)|afterwards?|"
    r"after (?:the|that|this|these|those)(?! (?:[\w-]+ ){0,3}(?:of|on|in|against|at) (?:the )?(?-i:[A-Z])))",
    r"the (?:next|following|previous|same) (?:\w+ )?(?:days?|weeks?|months?|years?|morning|evening|night)",
    r"the day (?:before|after)",
    r"at (?:the|that) time",
    r"(?:since|by|until) then",
    r"(?:in )?the (?:days|weeks|months|years) (?:since|after|that followed)",
    # "declined to comment", "did not say": on what? (the sentence before says)
    r"(?:declined|refused|was unable|were unable|(?:did|could|would) not|(?:did|could|would)n['’]t) to "
    r"(?:comment|elaborate|confirm|say|give details)(?! (?:on|about|whether|if|what|how|why|when|who|which))",
    r"(?:did|could|would) not (?:comment|elaborate|confirm|say)(?! (?:on|about|whether|if|what|how|why|when|who))",
    r"(?:did|could|would)n['’]t (?:comment|elaborate|confirm|say)(?! (?:on|about|whether|if|what|how|why|when|who))",
    r"(?:in light of |after |of )?what (?:had )?happened(?! (?:in|at|on|to|during|when))",
    # "... Cameroon there.", "Officials there said": where? ("there is", "there were" say nothing of a place)
    r"(?<!over )there(?=\s*[.,;:!?\"”]|\s+(?:in|on|at|since|until|during|last|this|today|now|said|says|told)\b)",
    # "soldiers stationed there managed ...", "people living there": where? (not "reported there were")
    r"(?<=[a-z]ed |ing )there(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|can|must|should)\b)",
)
_ANCHORED = re.compile(r"\b(?:" + "|".join(_ANCHORS) + r")\b", re.IGNORECASE)

# A place the sentence itself names before its "there" ("protests in Tunis ... there").
_PLACE_BEFORE = re.compile(r"\bwhere\b|\b(?:in|at|into|inside|near|outside|across)\s+(?:the\s+|a\s+)?[A-Z]")

_FINAL = re.compile(r"[.!?…。！？][\"'”’)\]」』）]*$|[\"”]$")  # the full-width stops end Chinese and Japanese

# Words a need can open with (a cheap test before the reading proper).
_TRIGGERS = (
    frozenset(
        "he him his she her they them their it its i me my we us our ours myself ourselves this that these those "
        "the such similar both another all others none".split()
    )
    | QUANTIFIERS
    | COUNTS
)
_ANCHOR_HINTS = (
    "responsib",
    "example",
    " more",
    "later",
    "after",
    "next",
    "following",
    "previous",
    "same",
    "the day",
    " time",
    "then",
    "since",
    "comment",
    "elaborate",
    "confirm",
    " say",
    "give details",
    "happened",
    "there",
)
_SUBORDINATORS = frozenset("because although though whereas unless".split())


def needs(text: str, whole: str | None = None, proper: Callable[[str], bool] | None = None) -> list[Need]:
    """What `text` (a point's words) leans on. `whole` is the sentence it comes from,
    when the point dropped a leading marker ("But ...": a fragment test on the source);
    `proper` tells a name from a capitalised first word ("Arranging it ...")."""
    toks = tokens(text)
    source = whole if whole is not None else text
    if not toks or _fragment(source, toks):
        return [Need("fragment", 0, len(text), text)]  # a piece of a sentence, or a link line
    speaker, opening, anchored, named_after = _read(text)
    found = list(speaker)
    proper = proper or (lambda w: w.lower() not in STOPWORDS)
    for i in opening:
        need = _at(text, toks, i, proper)
        if need is not None:
            found.append(need)
    found += anchored
    first = toks[0]
    if not named_after and not (first.upper and first.text != "I" and proper(first.text)):
        found.append(Need("unanchored", 0, len(text), text))  # names nothing: where, who is it about?
    return found


# A sentence is read for the features and again (with the brief's test of names) for the
# standing rules, and outlets repeat sentences: what its words alone decide is read once
# (bounded, as tokens.py is).
@lru_cache(maxsize=16384)
def _read(text: str) -> tuple[tuple[Need, ...], tuple[int, ...], tuple[Need, ...], bool]:
    """needs() without the test of names: the speaker a quotation lacks, the tokens a need
    may open at, the anchored phrases, and whether a word after the first has a capital."""
    toks = tokens(text)
    phrases = _quoted_phrases(toks)  # "its "all options are on the table" policy": a phrase quoted, not a referent
    opening = tuple(
        i
        for i, t in enumerate(toks)
        if i not in phrases
        and (t.low in _TRIGGERS or (t.upper and i + 1 < len(toks) and toks[i + 1].low in ("'s", "’s")))
    )
    anchored: list[Need] = []
    low = text.lower()
    if any(hint in low for hint in _ANCHOR_HINTS):
        for m in _ANCHORED.finditer(text):
            if m.group(0).lower() != "there" or not _PLACE_BEFORE.search(text, 0, m.start()):
                anchored.append(Need("anchored", m.start(), m.end(), m.group(0)))
    named_after = any(t.upper and t.text != "I" for t in toks[1:])
    return tuple(_speaker(text, toks)), opening, tuple(anchored), named_after


def _quoted_phrases(toks: list[Tok], longest: int = 6) -> set[int]:
    """Tokens of short quoted phrases inside a sentence of the writer's own words (a
    slogan, an idiom, a term): what they say is named by the quote, not told elsewhere."""
    out: set[int] = set()
    i = 0
    while i < len(toks):
        if not toks[i].quoted:
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].quoted:
            j += 1
        if 0 < i and j < len(toks) and j - i <= longest:
            out.update(range(i, j))
        i = j
    return out


def _fragment(source: str, toks: list[Tok]) -> bool:
    """A piece of a sentence: lower-case or punctuation first, no end, a link line ("...
    attack ."), or a subordinate clause alone ("Because total control ...")."""
    if source[:1].islower() or (source[:1] in ".,;:-–—") or not _FINAL.search(source):
        return True
    if re.search(r"\s[.?!]$|(?:\.\.\.|…)[\"”’]?$", source):
        return True  # "... attack ." (a link line); "... to annihilate ..." (cut off)
    if re.match(r"[A-Z][\w'’\- ]+, \d+;", source):
        return True  # "Ann Roe, 19; and Bo Li, 30 -- were charged": the rest of a list
    return toks[0].low in _SUBORDINATORS and "," not in source


def _at(text: str, toks: list[Tok], i: int, proper: Callable[[str], bool]) -> Need | None:
    """The need that opens at token i, if any."""
    t, low = toks[i], toks[i].low
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = nxt.low if nxt is not None else ""
    found = pronoun(toks, i, proper)
    if found is not None or low in ("he", "him", "his", "she", "her", "they", "them", "their", "it", "its"):
        return found
    if low in ("this", "that", "these", "those"):
        return demonstrative(text, toks, i)
    if low == "the":
        return description(text, toks, i, proper)
    if low == "such" and after in ("a", "an") and i + 2 < len(toks):
        return Need("description", t.start, toks[i + 2].end, text[t.start : toks[i + 2].end], toks[i + 2].low)
    if low == "such" and nxt is not None and nxt.text.isalpha() and nxt.text.islower() and after != "as":
        return Need("description", t.start, nxt.end, text[t.start : nxt.end], after)  # "such cooperation"
    if low == "similar" and opens(toks, i) and nxt is not None and nxt.text.islower():
        return Need("description", t.start, nxt.end, text[t.start : nxt.end], after)  # "Similar concerns ..."
    if (low in ("both", "another") and after in ANAPHORIC_HEADS | PLURAL_NOUNS) or (
        low == "all" and after in ("sides", "parties")
    ):
        return Need("description", t.start, nxt.end, text[t.start : nxt.end], after)  # type: ignore[union-attr]
    if t.upper and after in ("'s", "’s") and i + 2 < len(toks) and toks[i + 2].low in EVENTS:
        if i + 3 >= len(toks) or not specifies(toks, i + 3):
            event = toks[i + 2]  # "Netanyahu's speech", "Wednesday's attack": which one?
            return Need("description", t.start, event.end, text[t.start : event.end], event.low)
    counted = low in QUANTIFIERS or low in COUNTS  # "Six were children": six of whom?
    if low == "one" and after == "," and opens(toks, i):
        return Need("quantity", t.start, t.end, t.text)  # "One, @J_tsar, contained ...": one of what?
    if counted and opens(toks, i) and (after in BE_AND_SEEM or after in ("are", "were", "have", "did")):
        return Need("quantity", t.start, t.end, t.text)  # "Many are ...", "Most were ...", "Another is ..."
    if (low in ("others", "another") and opens(toks, i)) or (low == "none" and after != "of"):
        return Need("quantity", t.start, t.end, t.text)  # "Others, like ...": others than whom?
    return None


def _speaker(text: str, toks: list[Tok]) -> list[Need]:
    """A quotation whose speaker the sentence does not name: mostly in quotes, or a
    quote that goes on from the sentence before, and no attribution outside it."""
    words = [t for t in toks if t.text[0].isalnum()]
    if not words:
        return []
    curly_open, curly_close, straight = text.count("“"), text.count("”"), text.count('"')
    if curly_close > curly_open or (not curly_open and straight % 2 and text.rstrip().endswith('"')):
        outside, inside = "", len(words)  # the quotation began in an earlier sentence
    else:
        if not words[0].quoted and len([t for t in words if not t.quoted]) >= 3:
            return []  # "The report called on members to "use ..."": the sentence says who
        outside = " ".join(t.low for t in toks if not t.quoted)
        inside = sum(t.quoted for t in words)
    if inside >= 0.6 * len(words) and not SAYING.search(outside):
        return [Need("speaker", 0, len(text), text)]
    return []
