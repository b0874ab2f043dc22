"""Markdown bodies: the blocks of a Markdown text (headings, rules, images, lists,
quotes, paragraphs) and the body of a `.md` record with front matter.

A record with front matter was curated by a person or written by `briefsmith
ingest`: its body is read as Markdown and nothing more (no guessing at bylines or
captions, no joining of paragraphs). `escape_paragraph` writes a paragraph so that
this reader gives it back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsmith.model import Boilerplate
from briefsmith.records.base import Draft
from briefsmith.records.markup import drop_html, plain, protect, squash
from briefsmith.records.paragraphs import blocks

HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
SETEXT = re.compile(r"^(?:=+|-+)\s*$")
RULE = re.compile(r"^(?:[-*_][ \t]*){3,}$")
IMAGE = re.compile(r"^!\[(?P<alt>[^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)\s*(?P<rest>.{0,300})$")
LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
_QUOTE = re.compile(r"^>[ \t]?")


@dataclass(frozen=True)
class Block:
    """One Markdown block: kind is heading, rule, image, list or paragraph."""

    kind: str
    lines: tuple[str, ...]
    level: int = 0  # heading level


def classify(lines: list[str]) -> Block:
    while lines and all(line.startswith(">") for line in lines):  # a quote is its text
        lines = [_QUOTE.sub("", line) for line in lines]
        lines = [line for line in lines if line.strip()] or [""]
    first = lines[0]
    heading = HEADING.match(first)
    if heading:
        return Block("heading", (heading.group(2) or "", *lines[1:]), len(heading.group(1)))
    if len(lines) == 2 and SETEXT.match(lines[1]) and not RULE.match(first):
        return Block("heading", (first,), 1 if lines[1].startswith("=") else 2)
    if RULE.match(first) and len(lines) == 1:
        return Block("rule", ())
    if IMAGE.match(" ".join(lines)):
        return Block("image", (" ".join(lines),))
    if LIST_ITEM.match(first):
        return Block("list", tuple(LIST_ITEM.sub("", line) for line in lines))
    return Block("paragraph", (" ".join(lines),))  # single newlines are spaces


def image_boilerplate(line: str) -> list[Boilerplate]:
    """An image's alt text is its caption; words after it are the credit."""
    match = IMAGE.match(line)
    if not match:
        return []
    alt, rest = plain(match.group("alt")), plain(match.group("rest"))
    return [Boilerplate(kind, text) for kind, text in (("caption", alt), ("credit", rest)) if text]


def parse_markdown(text: str) -> Draft:
    """The body of a curated `.md` record: the first heading (if any) is the title,
    other headings are kept out of the body, images become captions."""
    title: str | None = None
    raw: list[str] = []
    extra: list[Boilerplate] = []
    for lines in blocks(drop_html(protect(text, strict=True))):
        block = classify(lines)
        if block.kind == "heading":
            words = plain(block.lines[0])
            if title is None and not raw and block.level <= 2:
                title = words
            elif words:
                extra.append(Boilerplate("heading", words))
            raw += block.lines[1:]  # text right under a heading line, without a blank line
        elif block.kind == "image":
            extra += image_boilerplate(block.lines[0])
        else:
            raw += block.lines
    paragraphs = [p for p in (plain(r) for r in raw) if p]
    return Draft(paragraphs=tuple(paragraphs), title=title, boilerplate=tuple(extra))


_INLINE_MARKS = re.compile(r"([\\`*_\[\]~<&])")
_BLOCK_START = re.compile(r"^(?:#|>|[-*+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|=+\s*$|-+\s*$)")


def escape_paragraph(text: str) -> str:
    """`text` as a Markdown paragraph that `parse_markdown` reads back as exactly
    `text` (whitespace squashed; text as `decode.clean_chars` leaves it): marks are
    escaped only where they would be read."""
    text = squash(text)
    if _reads_back(text, text):
        return text
    escaped = _INLINE_MARKS.sub(r"\\\1", text)
    start = _BLOCK_START.match(escaped)
    if start:  # "# x", "- x", "1. x", "> x", "---": escape the mark that starts a block
        at = start.end() if start.group(0)[:1].isdigit() else 0
        escaped = escaped[:at] + "\\" + escaped[at:]
    return escaped


def _reads_back(written: str, text: str) -> bool:
    if not text or _BLOCK_START.match(written) or RULE.match(written):
        return False
    return parse_markdown(written).paragraphs == (text,)
