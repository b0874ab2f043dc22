"""Articles written in Markdown: the scraped-Markdown text of the seeds (a "# Title",
a "By [Name](…)" byline, a date line, a photo caption with a bold credit, "**Related
article:**" lines, an italic disclaimer, an "Original url:" trailer) and the body of
`.md` records. Boilerplate is kept out of the body, as metadata."""

from __future__ import annotations

import re
from collections import deque

from briefsmith.model import Boilerplate
from briefsmith.records.base import Draft
from briefsmith.records.dates import date_line
from briefsmith.records.markup import drop_html, plain
from briefsmith.records.paragraphs import blocks, join_broken

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_BYLINE = re.compile(r"^(?:written\s+)?by\s+(.{2,150})$", re.IGNORECASE)
_URL_LABEL = re.compile(r"^(?:original url|source url|original link|source|url)\s*:\s*(.*)$", re.I)
_URL = re.compile(r"^<?(https?://[^\s<>]{1,2000})>?$")
_RELATED = re.compile(
    r"^(?:related(?: articles?| stories| story| reading| coverage| content)?|read more|read also|"
    r"see also|also read|more on this|recommended)\s*:", re.IGNORECASE)
_DISCLAIMER = re.compile(r"views expressed|opinions expressed|do(?:es)? not necessarily reflect|"
                         r"not necessarily those of|the author'?s own", re.IGNORECASE)
_CREDIT_LABEL = re.compile(r"^(?P<caption>.{0,400}?)[\s(]*(?P<credit>(?:photos?|photograph|image|"
                           r"picture|credit)(?: by)?\s*:\s*[^()\n]{1,120}?)\)?$", re.IGNORECASE)
_IMAGE = re.compile(r"^!\[(?P<alt>[^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)\s*(?P<rest>.{0,300})$")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_CAPTION_END = tuple(".!?…)”\"'’")


def looks_scraped(text: str) -> bool:
    """Content sniffing for `.txt`: at least two of a "# Title" first line, a "By …"
    byline near the top and an "Original url:" trailer near the end."""
    lines = [line.strip() for line in text[:20000].split("\n") if line.strip()]
    tail = [line.strip() for line in text[-4000:].split("\n") if line.strip()]
    heading = bool(lines) and lines[0].startswith("# ")
    byline = any(byline_authors(line) for line in lines[:20])
    trailer = any(_URL_LABEL.match(line) for line in tail[-10:])
    return heading + byline + trailer >= 2


def byline_authors(line: str) -> tuple[str, ...]:
    """("Ruchi Kumar",) from "By [Ruchi Kumar](#)"; () when the line is no byline.
    Each name must look like one (capitalised words), so "By the end of 2023" is not."""
    match = _BYLINE.match(plain(line))
    if not match:
        return ()
    names = re.split(r"\s*\|\s*|\s+[-–—]\s+", match.group(1))[0]
    parts = [p.strip(" .") for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", names)]
    parts = [p for p in parts if p]
    for part in parts:
        words = part.split()
        if len(words) > 5 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
            return ()
    return tuple(parts)


_NAME_PARTICLES = frozenset("al el de da di del der van von bin ibn la le du dos".split())


def _credit(block: str, header: bool) -> tuple[str, str] | None:
    """(caption, credit) when a block is a caption ending in a credit: a bold name
    ("… Moscow. **Russian Foreign Ministry Press Service**") or "Photo: …"."""
    text = block.rstrip()
    if len(text) > 1500:
        return None
    if text.endswith("**") and len(text) > 4:
        opening = text.rfind("**", 0, len(text) - 2)
        credit, caption = text[opening + 2 : -2].strip(), text[:opening].rstrip()
        if opening > 0 and credit and len(credit) <= 120 and "*" not in credit and caption:
            if header or caption.endswith(_CAPTION_END):
                return plain(caption), plain(credit)
        return None
    match = _CREDIT_LABEL.match(" ".join(text.split()))
    if match and len(text) <= 520:
        return plain(match.group("caption")), plain(match.group("credit"))
    return None


def _italic(block: str) -> bool:
    text = block.strip()
    return len(text) > 2 and text[0] in "*_" and text[-1] == text[0]


def parse_markdown(text: str) -> Draft:
    """Title, authors, date, URL, body paragraphs and boilerplate of a Markdown article."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    raw: list[str] = []
    extra: list[Boilerplate] = []
    want_url = False
    pending: deque[list[str]] = deque(blocks(drop_html(text)))
    while pending:
        lines = pending.popleft()
        block = "\n".join(lines)
        first = lines[0]
        header = not raw  # before the first body paragraph
        if want_url and _URL.match(block):
            url, want_url = _URL.match(block).group(1), False
            continue
        label = _URL_LABEL.match(first) if len(lines) == 1 else None
        if label and (not label.group(1) or _URL.match(label.group(1).strip())):
            rest = label.group(1).strip()
            if rest:
                url = _URL.match(rest).group(1)  # type: ignore[union-attr]
            want_url = not rest
            continue
        want_url = False
        heading = _HEADING.match(first)
        setext = len(lines) == 2 and _SETEXT.match(lines[1]) and not _RULE.match(first)
        if heading or setext:
            words = plain(heading.group(2) if heading else first)
            if title is None and header and (setext or heading.group(1) in ("#", "##")):
                title = words
            elif words:
                extra.append(Boilerplate("heading", words))
            if heading and len(lines) > 1:
                pending.appendleft(lines[1:])
            continue
        if header and len(lines) > 1 and (byline_authors(first) or date_line(plain(first))):
            pending.extendleft([lines[1:], [first]])  # a header line each: byline, then date
            continue
        if title is None and header and len(lines) == 1 and len(first) <= 200 and pending \
                and byline_authors(pending[0][0]):
            title = plain(first)  # no "# " heading, but a short line right above the byline
            continue
        if _RULE.match(block):
            continue
        if header and not authors and (found := byline_authors(block)):
            authors = found
            continue
        if len(block) <= 200 and (iso := date_line(plain(block))) and (header or published is None):
            published = published or iso
            continue
        image = _IMAGE.match(" ".join(lines))
        if image:
            alt, rest = plain(image.group("alt")), image.group("rest").strip()
            extra += [Boilerplate("caption", alt)] if alt else []
            extra += [Boilerplate("credit", plain(rest))] if rest else []
            continue
        if _RELATED.match(plain(first[:200])):
            extra.append(Boilerplate("related", plain(block)))
            continue
        if _DISCLAIMER.search(block) and (_italic(block) or first.lower().startswith("disclaimer")):
            extra.append(Boilerplate("disclaimer", plain(block)))
            continue
        if credit := _credit(block, header):
            caption, who = credit
            extra += [Boilerplate("caption", caption)] if caption else []
            extra.append(Boilerplate("credit", who))
            continue
        if _LIST_ITEM.match(first) and not _RULE.match(first):
            raw += [_LIST_ITEM.sub("", line) for line in lines]
            continue
        raw.append(" ".join(lines))  # one Markdown paragraph: single newlines are spaces
    paragraphs = join_broken([p for p in (plain(r) for r in raw) if p])
    return Draft(paragraphs=tuple(paragraphs), title=title, authors=authors,
                 published=published, url=url, boilerplate=tuple(extra))
