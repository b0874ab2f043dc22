"""Scraped Markdown: an article as a scraper saved it (the seeds). A "# Title", a
"By [Name](…)" byline, a date line, a photo caption with a bold credit, "**Related
article:**" lines, an italic disclaimer and an "Original url:" trailer around the
body. Boilerplate is kept out of the body, as metadata; paragraphs that a stray
blank line broke mid-sentence are joined again. Recognised by content, not by name.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from briefsmith.model import Boilerplate
from briefsmith.records.base import Draft
from briefsmith.records.dates import date_line
from briefsmith.records.markdown import classify, image_boilerplate
from briefsmith.records.markup import drop_html, plain, protect, restore
from briefsmith.records.paragraphs import blocks, join_broken

_BYLINE = re.compile(r"^(?:written\s+)?by\s+(.{2,150})$", re.IGNORECASE)
_NAME_PARTICLES = frozenset("al el de da di del der van von bin ibn la le du dos".split())
_URL_LABEL = re.compile(r"^(?:original url|source url|original link|source|url)\s*:\s*(.*)$", re.I)
_URL = re.compile(r"^<?(https?://[^\s<>]{1,2000})>?$")
_RELATED = re.compile(
    r"^(?:related(?: articles?| stories| story| reading| coverage| content)?|read more|read also|"
    r"see also|also read|more on this|recommended)\s*:",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"views expressed|opinions expressed|do(?:es)? not necessarily reflect|"
    r"not necessarily those of|the author'?s own",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(
    r"^(?P<caption>.{0,400}?)[\s(]*(?P<credit>(?:photos?|photograph|image|"
    r"picture|credit)(?: by)?\s*:\s*[^()\n]{1,120}?)\)?$",
    re.IGNORECASE,
)
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
    match = _BYLINE.match(plain(line[:300]))
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


def _credit(block: str, header: bool) -> list[Boilerplate]:
    """Caption and credit when a block is a caption ending in a credit: a bold name
    ("… Moscow. **Russian Foreign Ministry Press Service**") or "Photo: …". Before
    the body any such block is a caption; in the body the caption must end a sentence,
    and a block that is one short bold line is a subheading."""
    text = block.rstrip()
    if len(text) > 1500:
        return []
    caption = credit = ""
    if text.endswith("**") and len(text) > 4:
        opening = text.rfind("**", 0, len(text) - 2)
        credit, caption = text[opening + 2 : -2].strip(), text[:opening].rstrip()
        if opening < 0 or not credit or len(credit) > 120 or "*" in credit:
            return []
        if not caption and not header:  # a bold line in the body is a subheading
            return [] if credit.endswith((".", "!", "?")) else [Boilerplate("heading", plain(credit))]
        if caption and not (header or caption.endswith(_CAPTION_END)):
            return []
    elif match := _CREDIT_LABEL.match(" ".join(text.split())):
        caption, credit = match.group("caption"), match.group("credit")
    else:
        return []
    return [
        Boilerplate(kind, plain(words)) for kind, words in (("caption", caption), ("credit", credit)) if plain(words)
    ]


def _italic(block: str) -> bool:
    text = block.strip()
    return len(text) > 2 and text[0] in "*_" and text[-1] == text[0]


def parse_scraped(text: str) -> Draft:
    """Title, authors, date, URL, body paragraphs and boilerplate of a scraped article."""
    return _Reader(text).read()


class _Reader:
    """One pass over the blocks of a scraped article. Each step either takes a block (and
    says so) or leaves it to the next; the last step takes whatever is left as body."""

    def __init__(self, text: str) -> None:
        self.title: str | None = None
        self.authors: tuple[str, ...] = ()
        self.published: str | None = None
        self.url: str | None = None
        self.body: list[str] = []
        self.extra: list[Boilerplate] = []
        self.want_url = False  # an "Original url:" label on its own: the URL is the next block
        self.pending: deque[list[str]] = deque(blocks(drop_html(protect(text))))

    def read(self) -> Draft:
        steps: tuple[Callable[[list[str], bool], bool], ...] = (
            self._url,
            self._header_lines,
            self._title_above_byline,
            self._byline,
            self._date,
            self._boilerplate,
            self._markdown,
        )
        while self.pending:
            lines = self.pending.popleft()
            header = not self.body  # still before the body
            for step in steps:
                if step(lines, header):
                    break
        return Draft(
            paragraphs=tuple(join_broken([p for p in (plain(r) for r in self.body) if p])),
            title=self.title,
            authors=self.authors,
            published=self.published,
            url=self.url,
            boilerplate=tuple(self.extra),
        )

    def _url(self, lines: list[str], header: bool) -> bool:
        """The "Original url: …" trailer, with its URL on the same line or the next block."""
        if self.want_url and (found := _URL.match("\n".join(lines))):
            self.url, self.want_url = restore(found.group(1)), False
            return True
        label = _URL_LABEL.match(lines[0]) if len(lines) == 1 else None
        if label is not None:
            value = label.group(1)
            found = _URL.match(value.strip()) if value else None
            if not value or found:
                self.url = restore(found.group(1)) if found else self.url
                self.want_url = not value.strip()
                return True
        self.want_url = False
        return False

    def _header_lines(self, lines: list[str], header: bool) -> bool:
        """A header block of several lines (byline, then date): one block per line."""
        first = lines[0]
        if header and len(lines) > 1 and (byline_authors(first) or date_line(plain(first[:200]))):
            self.pending.extendleft([lines[1:], [first]])
            return True
        return False

    def _title_above_byline(self, lines: list[str], header: bool) -> bool:
        """No "# " heading, but a short line right above the byline: the title."""
        first = lines[0]
        if self.title is None and header and len(lines) == 1 and len(first) <= 200 and self.pending:
            if not first.startswith("#") and byline_authors(self.pending[0][0]):
                self.title = plain(first)
                return True
        return False

    def _byline(self, lines: list[str], header: bool) -> bool:
        if header and not self.authors and (names := byline_authors("\n".join(lines))):
            self.authors = names
            return True
        return False

    def _date(self, lines: list[str], header: bool) -> bool:
        block = "\n".join(lines)
        if len(block) <= 200 and (iso := date_line(plain(block))) and (header or self.published is None):
            self.published = self.published or iso
            return True
        return False

    def _boilerplate(self, lines: list[str], header: bool) -> bool:
        """Related-article lines, a disclaimer, a caption with its credit: kept apart."""
        block, first = "\n".join(lines), lines[0]
        if _RELATED.match(plain(first[:200])):
            self.extra.append(Boilerplate("related", plain(block)))
        elif _DISCLAIMER.search(block) and (_italic(block) or first.lower().startswith("disclaimer")):
            self.extra.append(Boilerplate("disclaimer", plain(block)))
        elif credit := _credit(block, header):
            self.extra += credit
        else:
            return False
        return True

    def _markdown(self, lines: list[str], header: bool) -> bool:
        """Headings (the first one the title), images, rules; the rest is body text."""
        kind = classify(lines)
        if kind.kind == "heading":
            words = plain(kind.lines[0])
            if self.title is None and header and kind.level <= 2:
                self.title = words
            elif words:
                self.extra.append(Boilerplate("heading", words))
            if kind.lines[1:]:
                self.pending.appendleft(list(kind.lines[1:]))
        elif kind.kind == "image":
            self.extra += image_boilerplate(kind.lines[0])
        elif kind.kind != "rule":
            self.body += kind.lines
        return True
