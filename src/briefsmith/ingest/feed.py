"""RSS and Atom feeds: their entries, each with a link and whatever text the feed carries.

feedparser reads every RSS version, Atom 0.3/1.0 and RDF, survives the malformed
feeds that are common in the wild, normalises dates and authors, and sanitises the
HTML in summaries — a decade of edge cases we would otherwise rewrite. We hand it a
stream of bytes, never a string: given a string it would try it as a URL or a path.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from briefsmith.errors import RecordError

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "td")


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str | None
    authors: tuple[str, ...]
    published: str | None  # YYYY-MM-DD
    paragraphs: tuple[str, ...]  # the feed's own text: full content if given, else the summary


@dataclass(frozen=True)
class Feed:
    title: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(content: bytes, content_type: str | None = None) -> bool:
    """A feed by its declared type, or by its root element within the first 2 KB."""
    if content_type in _FEED_TYPES:
        return True
    if content_type not in (None, "", *_XML_TYPES, "application/octet-stream", "text/plain"):
        return False
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(_ROOT.search(head)) and b"<html" not in head[:200].lower()


def fragment_paragraphs(markup: str) -> tuple[str, ...]:
    """Plain paragraphs from a feed's HTML snippet (or plain text)."""
    import lxml.html  # here, not at the top: only a feed needs lxml (slow to import)

    if "<" not in markup:
        return tuple(p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", markup)) if p)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for broken snippets
        return ()
    blocks = [el for el in root.iter(*_BLOCKS) if not any(a.tag in _BLOCKS for a in el.iterancestors())]
    texts = [el.text_content() for el in blocks] or [root.text_content()]
    return tuple(p for p in (" ".join(t.split()) for t in texts) if p)


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()


def _authors(entry: Any) -> tuple[str, ...]:
    # RSS <author> is "email (Name)"; feedparser's own split fails on long top-level
    # domains ("desk@paper.example (Sam Holt)" gives "ple (Sam Holt"), so split it here.
    match = re.match(r"^\s*\S+@\S+\s*\((.+)\)\s*$", entry.get("author") or "")
    if match:
        return (" ".join(match.group(1).split()),)
    names = [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict)]
    if not any(names) and entry.get("author"):
        names = [entry.get("author")]
    cleaned = (" ".join(str(n).split()) for n in names if n and "@" not in str(n))
    return tuple(dict.fromkeys(n for n in cleaned if n))


def _text(entry: Any) -> tuple[str, ...]:
    contents = entry.get("content") or []
    for item in contents:
        paragraphs = fragment_paragraphs(item.get("value", ""))
        if paragraphs:
            return paragraphs
    return fragment_paragraphs(entry.get("summary", "") or "")


def parse_feed(content: bytes, *, source: str, base_url: str | None = None) -> Feed:
    """The entries of an RSS/Atom feed, or RecordError naming the source. `base_url`
    (where a fetched feed came from) resolves relative entry links."""
    import feedparser  # here, not at the top: only a feed needs it (slow to import)

    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(
        io.BytesIO(content), resolve_relative_uris=True, sanitize_html=True, response_headers=headers
    )
    if not parsed.entries:
        reason = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        raise RecordError(f"a feed with no entries{reason}", path=source)
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        title = " ".join((entry.get("title") or "").split())
        entries.append(
            FeedEntry(title=title, link=link, authors=_authors(entry), published=_date(entry), paragraphs=_text(entry))
        )
    meta = parsed.get("feed", {})
    return Feed(title=meta.get("title"), language=meta.get("language"), entries=tuple(entries))
