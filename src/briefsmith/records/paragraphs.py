"""Paragraphs as the writer meant them: lines and blocks of plain text turned into
paragraphs, and paragraphs that a stray blank line broke mid-sentence joined again.

A break is mid-sentence when the text before it does not end a sentence and either
the text after it starts in lower case ("…official" / "recognition by…") or the text
before it ends with a word that cannot end a sentence ("…for personal gains. A" /
"platform like…"). No list of known breaks: the rule reads the punctuation.
"""

from __future__ import annotations

import re

# Ends a sentence, a lead-in ("He said:"), or a quotation; what follows is a new paragraph.
_FINAL = re.compile(r"[.!?:;…\"'”’»)\]]$")
# Ends in the middle of something: a comma, a dash, an opening bracket.
_OPEN_END = re.compile(r"[,\-–—(/&+]$")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# Words that do not end an English sentence: articles, prepositions, conjunctions,
# auxiliaries, possessives. One-letter words too ("A").
_DANGLING = frozenset(
    """a an the of to in on at by for from with without into onto upon about over under
    between among against during before after since until than as and or but nor so yet
    if because while whereas although though whether that which who whom whose where when
    is are was were be been being has have had do does did will would shall should can
    could may might must its their his her our your my this these those such per via
    not no very more most less least also both either neither every each any some""".split()
)
_LEADING_PUNCT = "\"'“‘«([—–-…"


def continues(before: str, after: str) -> bool:
    """Does `after` continue the sentence that `before` left unfinished?"""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or _FINAL.search(before):
        return False
    first = after.lstrip(_LEADING_PUNCT)[:1]
    if first.islower():
        return True
    if _OPEN_END.search(before):
        return True
    last_word = before.rsplit(None, 1)[-1].lower()
    return (len(last_word) == 1 and last_word.isalpha()) or last_word in _DANGLING


def join_broken(paragraphs: list[str]) -> list[str]:
    """Join each paragraph to the one before when the break fell mid-sentence."""
    out: list[str] = []
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        if out and continues(out[-1], para):
            glue = "" if _HYPHENATED.search(out[-1]) and para[:1].islower() else " "
            out[-1] = out[-1].rstrip() + glue + para
        else:
            out.append(para)
    return out


def blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its non-empty lines."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def hard_wrapped(groups: list[list[str]]) -> bool:
    """True when single newlines are line wrapping, not paragraph breaks: most lines
    that are followed by another line of the same block do not end a sentence."""
    inner = [line for group in groups for line in group[:-1]]
    if len(inner) < 3:
        return False
    open_lines = sum(1 for line in inner if not _FINAL.search(line))
    return open_lines * 2 >= len(inner)


def plain_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines always separate paragraphs; single newlines
    do too, unless the text is hard-wrapped; broken sentences are joined again."""
    groups = blocks(text)
    if hard_wrapped(groups):
        paras = [" ".join(group) for group in groups]
    else:
        paras = [line for group in groups for line in group]
    return join_broken(paras)
