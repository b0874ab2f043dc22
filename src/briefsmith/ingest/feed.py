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
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "td", "th", "figcaption")
_CONTAINERS = ("div", "section", "article", "header", "footer", "aside", "main", "ul", "ol", "dl", "table", "tr")


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
    """Plain paragraphs from a feed's HTML snippet (or plain text). Every word is kept: each
    block element (p, li, h1, …) is a paragraph, and so is the loose text between blocks
    ("Lead text <p>More</p> tail" gives "Lead text", "More", "tail"); containers (div,
    section, ul, …) are walked into."""
    import lxml.html  # here, not at the top: only a feed needs lxml (slow to import)

    if "<" not in markup:
        return tuple(p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", markup)) if p)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for broken snippets
        return ()
    texts: list[str] = []
    loose: list[str] = []
    own = [False]  # does the loose run hold words of its own, not only link text?

    def flush() -> None:
        if loose and own[0]:  # a run of nothing but links ("Advertise here", "Share") is an ad or a menu
            texts.append("".join(loose))
        loose.clear()
        own[0] = False

    def add(text: str, linked: bool = False) -> None:
        loose.append(text)
        own[0] = own[0] or (not linked and bool(text.strip()))

    def walk(element: Any) -> None:
        add(element.text or "")
        for child in element:
            if not isinstance(child.tag, str):  # a comment or a processing instruction
                pass
            elif child.tag in _BLOCKS:
                flush()
                texts.append(child.text_content())
            elif child.tag in _CONTAINERS or any(d.tag in _BLOCKS for d in child.iterdescendants()):
                flush()
                walk(child)
                flush()
            elif child.tag == "br":
                add(" ")
            else:
                linked = child.tag == "a" or _only_links(child)
                add(child.text_content(), linked)
            add(child.tail or "")

    walk(root)
    flush()
    return tuple(p for p in (" ".join(t.split()) for t in texts) if p)


def _only_links(element: Any) -> bool:
    """All of the element's words stand inside links."""
    words = "".join(element.itertext()).split()
    linked = "".join("".join(a.itertext()) for a in element.iter("a")).split()
    return bool(words) and len(linked) >= len(words)


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
    try:
        parsed = feedparser.parse(
            io.BytesIO(content), resolve_relative_uris=True, sanitize_html=True, response_headers=headers
        )
    except (ValueError, OverflowError):  # feedparser's charref handler: "&#xD800;", "&#x110000;"
        raise RecordError(
            "not a valid feed: a character reference (&#...;) in it names no character", path=source
        ) from None
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
