"""Saved web pages (`.html`, `.htm`): the same extraction as `briefsmith ingest`
(trafilatura, plus its clean-up of bylines, agencies and languages), so a page read
as a record and a page ingested give the same article. Nothing is fetched: the
extractor is given the file's content, never a URL to open."""

from __future__ import annotations

from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.records.base import Draft
from briefsmith.records.decode import clean_chars, decode


def _is_unicode(data: bytes) -> bool:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse_html(data: bytes, path: Path) -> Draft:
    text = decode(data, path)  # refuses empty and binary files; reads byte-order marks
    try:
        # Here, not at the top: trafilatura, which page.py needs, is slow to import.
        from briefsmith.records.page import extract_page

        # A page that is not UTF-8 names its charset in a <meta> tag: give the bytes.
        page = extract_page(text if _is_unicode(data) else data, source=str(path))
    except ImportError:
        raise RecordError(
            "reading .html records needs trafilatura", path=path, hint="pip install trafilatura"
        ) from None
    except RecordError:
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input
        raise RecordError(f"cannot read the HTML page: {exc}", path=path) from None
    return Draft(
        paragraphs=tuple(clean_chars(p) for p in page.paragraphs),
        title=clean_chars(page.title) or None,
        authors=tuple(clean_chars(a) for a in page.authors),
        publisher=clean_chars(page.publisher) if page.publisher else None,
        published=page.published,
        url=page.url,
        language=page.language,
    )
