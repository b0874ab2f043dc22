"""Is a sentence a piece of a quotation that began before it?

A reporter's quotation often runs over several sentences: '"The Izumo proves ... carriers.
It's also possible that Japan may explore the possibility," Li Jie said.' The second
sentence, alone, is a fragment: its first quotation mark closes a quote it did not open, and
a sentence with no mark at all inside such a run opens mid-quote. Neither is a statement a
decision-maker can read first (bottomline.py keeps them out of the bottom line).

Counting marks from the paragraph's start would do if paragraphs were always kept, but many
records lose their breaks (a whole article in one paragraph), and a quotation that goes on
into the next paragraph opens anew without closing: one stray mark would flip every later
sentence. Each straight mark is read instead by what stands around it (after a space or at
the start it opens; after a word or punctuation it closes), and a sentence without marks
looks back a few sentences only, to the nearest one with a mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsmith.model import Sentence

_MARK = re.compile(r"[\"“”]")
_OPENS_AFTER = "([{—–-/"  # a mark after these, or after a space, opens a quotation
# A run of quoted sentences without a mark is rarely longer: past it, the quote has surely closed.
BACK = 3


def marks(text: str) -> list[bool]:
    """For each double quotation mark of `text`, in order: does it open a quotation?"""
    out = []
    for m in _MARK.finditer(text):
        if m.group() != '"':
            out.append(m.group() == "“")  # curly marks say which they are
            continue
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        # '"Blah', 'said "blah': opens; 'blah," he', 'blah."': closes.
        out.append(before.isspace() or before in _OPENS_AFTER or after.isalnum())
    return out


def inside_quote(sentences: Sequence[Sentence], number: int) -> bool:
    """Does sentence `number` (1-based) begin inside a quotation opened before it: its first
    mark closes one, or it has none and the nearest earlier sentence with a mark (a few back,
    in its paragraph) leaves one open?"""
    own = marks(sentences[number - 1].text)
    if own:
        return not own[0]
    paragraph = sentences[number - 1].paragraph
    for k in range(number - 1, max(0, number - 1 - BACK), -1):
        before = sentences[k - 1]
        if before.paragraph != paragraph:
            return False
        found = marks(before.text)
        if found:
            return found[-1]
    return False
