"""Saved web pages (`.html`, `.htm`): trafilatura finds the article in the page and
its metadata (title, author, date, canonical URL, site name). It is the extractor
`briefsmith ingest` uses too, so a page read here and a page ingested agree.
Nothing is fetched: trafilatura is given the file's content, never a URL to open."""

from __future__ import annotations

import re
from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.records.base import Draft
from briefsmith.records.dates import parse_date
from briefsmith.records.decode import clean_chars, decode
from briefsmith.records.markup import squash
from briefsmith.records.publishers import domain

_LANG = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?",
                   re.IGNORECASE)
_DOMAIN_LIKE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")


def _is_unicode(data: bytes) -> bool:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse_html(data: bytes, path: Path) -> Draft:
    try:
        import trafilatura
    except ImportError:
        raise RecordError("reading .html records needs trafilatura", path=path,
                          hint="pip install trafilatura") from None
    text = decode(data, path)  # refuses empty and binary files; BOM-aware
    # A page that is not UTF-8 names its charset in a <meta> tag: let trafilatura read it.
    source: str | bytes = text if _is_unicode(data) else data
    try:
        doc = trafilatura.bare_extraction(
            source, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True,
        )
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input
        raise RecordError(f"cannot read the HTML page: {exc}", path=path) from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise RecordError("no article text found in the HTML page", path=path,
                          hint="save the article's own page, or copy its text into a .txt record")
    title = squash(clean_chars(doc.title or "")) or None
    lines = [squash(clean_chars(line)) for line in body.split("\n")]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's own <h1> repeats the title
    url = doc.url if domain(doc.url) else None
    sitename = squash(doc.sitename or "")
    publisher = sitename if sitename and not _DOMAIN_LIKE.fullmatch(sitename) else None
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    lang = _LANG.search(text[:5000])
    return Draft(
        paragraphs=tuple(lines), title=title, authors=authors, publisher=publisher,
        published=parse_date(doc.date), url=url,
        language=lang.group(1).lower() if lang else None,
    )
