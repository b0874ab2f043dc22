"""Sentence boundaries with character spans.

syntok does the segmenting: rule-based, offline, pure Python and linear in the length
of the text. We measured pysbd (the first choice) against it on the seed and the eval
articles: pysbd took ~380 s on one 600 kB paragraph (super-linear) and, on long
quote-heavy paragraphs, swallowed many sentences into one; syntok took ~1.7 s and split
them correctly. Both measured per paragraph on ~1 MB of text: pysbd 5.5 s, syntok 2.3 s.

syntok is pure Python and does about 1 MB/s; most sentence ends are plain ("word. The"), so
those are found first by a regular expression that accepts only splits syntok is sure to
make, and only the pieces between them that hold another possible end go to syntok: the
same sentences at about 3 MB/s (bench/split_bench.py compares blingfire, nupunkt and pysbd).

Spans are computed from where each sentence *starts* (the offset of its first token)
up to where the next one starts, whitespace trimmed. So every span is an exact slice
of the input, whatever the tokenizer does to token values, and no text is lost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

# Paragraphs are cut into pieces of at most this many characters before segmenting:
# syntok looks ahead for closing brackets, which makes a piece with many unclosed
# brackets cost quadratic time. Real sentences are far shorter than this.
MAX_CHUNK = 2000
# A piece with more brackets than this is not prose (a data dump, a hostile file):
# the segmenter sees the brackets as spaces, so its look-ahead stays short.
MAX_BRACKETS = 40
_BRACKETS = re.compile(r"[()\[\]{}]")

# Titles before a name that syntok does not know as abbreviations: "Lt. Col. Rick
# Francona", "The Rev. Hyeon Soo Lim", "Gov. Lee". A sentence that ends with one of
# these is joined to the next.
_TITLES = (
    "Adm Amb Atty Brig Capt Cdr Cllr Cmdr Cmdt Col Cpl Det Dr Ens Fr Gen Gov Hon Insp Lt Maj Messrs Mme "
    "Mr Mrs Ms Msgr Pfc Pres Prof Pvt Rep Rev Rt Sen Sgt Spc Supt"
)
_ENDS_WITH_TITLE = re.compile(r"(?<![\w.])(?:" + "|".join(_TITLES.split()) + r")\.$")
# An abbreviation that ends with a full stop: "U.S.", "D.C.", "a.m.", "Jan.", "St.". A split
# after one is a sentence end only when a capital follows; before a lower-case word or a
# number ("the U.S. and Britain", "Feb. 12") the sentence goes on.
_ABBREVIATIONS = (
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec St Mt Ft No Nos Inc Corp Ltd Co Bros Jr Sr vs approx "
    "est Dept Univ Ave Blvd Rd"
)
_ENDS_WITH_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:(?:[A-Za-z]\.){2,}|(?:" + "|".join((_TITLES + " " + _ABBREVIATIONS).split()) + r")\.)$"
)
_CONTINUES = re.compile(r"[a-z0-9]")


@lru_cache(maxsize=1)
def _tokenizer():  # noqa: ANN202 - syntok has no type hints
    from syntok.tokenizer import Tokenizer  # here, not at the top: only reading a record needs syntok

    # replace_not_contraction=False: token values stay as written ("don't", not "do not").
    return Tokenizer(replace_not_contraction=False)


def _starts(piece: str) -> list[int]:
    """Offsets in `piece` where syntok begins a sentence (the first one is 0)."""
    from syntok.segmenter import segment  # here: see _tokenizer

    shadow = piece
    if len(_BRACKETS.findall(piece)) > MAX_BRACKETS:
        shadow = _BRACKETS.sub(" ", piece)  # same length: offsets stay valid
    starts = [sentence[0].offset for sentence in segment(_tokenizer().tokenize(shadow))]
    return [0, *starts[1:]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What may end a piece: a full stop, ! or ?, and a closing quote (nothing follows them there).
_END = re.compile(r"[.!?][\"'\u2019\u201d]?$")


@lru_cache(maxsize=1)
def _syntok_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """syntok's own word lists, so the sure splits below are the ones syntok makes."""
    from syntok._segmentation_states import State  # here: see _tokenizer

    # Where syntok may begin a sentence: after a terminal (".", "!", "?", ";", "...", CJK
    # stops) or at an opening bracket. A piece without one of these inside is one sentence.
    marks = "".join(sorted(set("".join(State.terminals)) | set(State.opening_brackets)))
    candidate = re.compile("[" + re.escape(marks) + "]")
    # A split syntok always makes (see _move_and_maybe_extract_terminal there): a word the
    # tokenizer keeps whole (2+ letters, capital only first or all capitals; or 2+ digits), maybe
    # a closing quote, a full stop, ! or ?, maybe a closing quote, a space, then maybe an opening
    # quote and a capital. The word must not be one of syntok's abbreviations, months or roman
    # numerals, nor "No" ("No. 5"); after a number, the next word must not be a month.
    sure = re.compile(
        r"(?<!\S)([A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,}|[0-9]{2,})[\"'\u2019\u201d]?[.!?][\"'\u2019\u201d]?( +)"
        r"(?=[\"'\u201c\u2018]?([A-Z][a-z]*))"
    )
    brackets = re.compile("[" + re.escape("".join(State.opening_brackets | State.closing_brackets)) + "]")
    exempt = frozenset(State.abbreviations | State.months | State.roman_numerals | {"no", "No", "NO"})
    return candidate, sure, brackets, exempt, frozenset(State.months)


def _sure_cuts(paragraph: str) -> list[int]:
    """Offsets where syntok is sure to begin a sentence, outside any brackets (syntok skips
    over bracketed text, so a split inside brackets is not sure)."""
    _, sure, brackets, exempt, months = _syntok_rules()
    found = [
        m.end()
        for m in sure.finditer(paragraph)
        if m.group(1) not in exempt and not (m.group(1).isdigit() and m.group(3) in months)
    ]
    opened = [m.start() for m in brackets.finditer(paragraph)]
    if not opened:
        return found
    from syntok._segmentation_states import State  # here: see _tokenizer

    # Spans inside brackets, matched as syntok matches them (any closing closes the last).
    inside: list[tuple[int, int]] = []
    stack: list[int] = []
    for at in opened:
        if paragraph[at] in State.opening_brackets:
            stack.append(at)
        elif stack:
            start = stack.pop()
            if not stack:
                inside.append((start, at))
    if stack:
        inside.append((stack[0], len(paragraph)))  # never closed: nothing after it is sure
    cuts, k = [], 0
    for cut in found:  # a cut is sure when no bracketed span holds it or ends after it
        while k < len(inside) and inside[k][1] < cut:
            k += 1
        if k == len(inside) or inside[k][0] > cut:
            cuts.append(cut)
    return cuts


def _bounds(paragraph: str) -> list[int]:
    """Sentence starts over the whole paragraph. syntok is linear but slow (about 1 MB/s):
    the paragraph is first cut where syntok is sure to split (_sure_cuts); a piece with no
    other place where syntok might split is one sentence, and only the other pieces go to
    syntok. syntok's decision at a split depends on nothing before it, and its look-ahead
    from earlier tokens never passes a sure split, so the starts are the ones syntok finds
    over the whole paragraph (tests/test_records_text.py compares both on real text)."""
    candidate = _syntok_rules()[0]
    bounds: list[int] = []
    pos = 0
    for cut in [*_sure_cuts(paragraph), len(paragraph)]:
        piece = paragraph[pos:cut].rstrip()
        if piece and candidate.search(piece, 0, len(_END.sub("", piece))) is None:
            bounds.append(pos)  # no terminal or bracket before its end: one sentence
        elif piece:
            starts = _piece_bounds(piece) if len(piece) <= _KEPT_CHARS else _syntok_bounds(piece)
            bounds += [pos + s for s in starts]
        pos = cut
    return bounds


# A piece between sure splits is mostly one sentence or two, and outlets repeat sentences
# inside paragraphs of their own: each piece is segmented once (its starts depend on its
# words alone, see _bounds). Bounded, as _recurring is (pieces of up to _KEPT_CHARS).
@lru_cache(maxsize=4096)
def _piece_bounds(piece: str) -> tuple[int, ...]:
    return tuple(_syntok_bounds(piece))


def _syntok_bounds(paragraph: str) -> list[int]:
    """Sentence starts over the whole paragraph, segmented in pieces of at most MAX_CHUNK
    characters. A piece's last two sentences may have been cut short by the piece's end,
    so the next piece starts again where the second-last began: every boundary kept was
    found with a whole sentence after it (a blind cut used to split "the U.S. | and")."""
    bounds: list[int] = []
    pos = 0
    while len(paragraph) - pos > MAX_CHUNK:
        piece = paragraph[pos : pos + MAX_CHUNK]
        starts = _starts(piece)
        if len(starts) >= 3:
            cut = starts[-2]
        else:  # one sentence longer than a piece: cut at a space
            cut = piece.rfind(" ", MAX_CHUNK // 2) + 1 or MAX_CHUNK
        bounds += [pos + s for s in starts if s < cut] if len(starts) >= 3 else [pos]
        pos += cut
    if paragraph[pos:].strip():
        bounds += [pos + s for s in _starts(paragraph[pos:])]
    return bounds


def _joins(paragraph: str, previous: tuple[int, int], start: int) -> bool:
    """Is the split before `start` inside a sentence? After a title ("Gen. | Smith") always;
    after another abbreviation when the next word goes on in lower case or is a number."""
    # Both patterns match letters and full stops at the very end: only the last word can hold
    # them, so the search starts after its last space (the look-behind still sees before it).
    begin = max(previous[0], paragraph.rfind(" ", previous[0], previous[1]) + 1)
    if _ENDS_WITH_TITLE.search(paragraph, begin, previous[1]):
        return True
    return bool(_ENDS_WITH_ABBREVIATION.search(paragraph, begin, previous[1]) and _CONTINUES.match(paragraph, start))


def split_sentences(paragraph: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, whitespace trimmed.

    `paragraph[start:end]` is the sentence, verbatim. `language` is accepted for the
    callers' sake; syntok's rules serve English and other Latin-script languages.
    """
    del language
    return list(_recurring(paragraph) if len(paragraph) <= _KEPT_CHARS else _spans(paragraph))


# Outlets run the same wire copy: across a brief's hundreds of sources a paragraph often
# recurs word for word, and is split once. Bounded (at most 4,096 paragraphs of 5,000
# characters, 20 MB), so a long batch's memory stays flat.
_KEPT_CHARS = 5000


@lru_cache(maxsize=4096)
def _recurring(paragraph: str) -> tuple[tuple[int, int], ...]:
    return _spans(paragraph)


def _spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    bounds = _bounds(paragraph)
    bounds.append(len(paragraph))
    spans: list[tuple[int, int]] = []
    for start, end in pairwise(bounds):
        start, end = _trim(paragraph, start, end)
        if end <= start:
            continue
        if spans and _joins(paragraph, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return _cjk_cut(paragraph, spans) if _CJK_STOP.search(paragraph) else tuple(spans)


# Chinese and Japanese end a sentence with a full-width stop, often with no space after it,
# where syntok sees none: "两国部长周二同意联合巡逻。批评人士警告说……".
_CJK_STOP = re.compile(r"[。！？][」』”’）)]*(?=\s*\S)")


def _cjk_cut(paragraph: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _CJK_STOP.finditer(paragraph, start, end):
            if m.end() < end:
                out.append(_trim(paragraph, start, m.end()))
                start = m.end()
        out.append(_trim(paragraph, start, end))
    return tuple(span for span in out if span[1] > span[0])
