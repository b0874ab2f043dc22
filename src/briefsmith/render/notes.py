"""Citation notes and references in one style (Chicago notes-bibliography), shared by
the HTML/PDF and DOCX renderers so both documents cite alike.

    note:       Jane Doe, "River council meets," River News, March 4, 2024, para. 2, https://…
    short note: Doe, "River council meets," para. 3.
    reference:  Doe, Jane. "River council meets." River News, March 4, 2024. https://…

Plain text out: each renderer escapes it and makes the URL a live link itself.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Sequence
from typing import Any

from briefsmith.model import Citation, Source

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(iso: str | None) -> str | None:
    """'2024-03-04' -> 'March 4, 2024'; '2024-03' -> 'March 2024'; anything else as given."""
    if not iso:
        return None
    parts = iso.strip().split("-")
    try:
        if len(parts) == 3:
            d = dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except (ValueError, IndexError):
        pass
    return iso.strip()


def _names(authors: tuple[str, ...]) -> str | None:
    """Chicago order for a note: 'A', 'A and B', 'A, B, and C'."""
    authors = tuple(a.strip() for a in authors if a.strip())
    if not authors:
        return None
    if len(authors) <= 2:
        return " and ".join(authors)
    return ", ".join(authors[:-1]) + ", and " + authors[-1]


def surname(name: str) -> str:
    """'Jane Doe' -> 'Doe' (short notes and the Source column's labels)."""
    return name.split()[-1] if name.split() else name


def _inverted(name: str) -> str:
    """'Jane Doe' -> 'Doe, Jane' for the bibliography. A single word, or a name already
    holding a comma (an organisation, 'Doe, Jane'), is left as written."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"


def _quoted(title: str, end: str) -> str:
    # Chicago puts the comma/period inside the closing quotation mark.
    title = title.strip()
    if title and title[-1] in "?!":
        return f"\u201c{title}\u201d"
    return f"\u201c{title}{end}\u201d"


def format_paragraphs(numbers: Sequence[int]) -> str:
    """[4] -> 'para. 4'; [2, 3] -> 'paras. 2–3'; [2, 5, 6] -> 'paras. 2, 5–6'."""
    nums = sorted(set(numbers))
    if len(nums) == 1:
        return f"para. {nums[0]}"
    runs: list[list[int]] = []
    for n in nums:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "paras. " + ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def format_note(citation: Citation, source: Source, *, paragraphs: Sequence[int] = ()) -> str:
    """A full footnote: Author, "Title," Publisher, Month D, YYYY, para. N, URL.
    `paragraphs` lets one note stand for several citations of the same source."""
    parts: list[str] = []
    names = _names(source.authors)
    if names:
        parts.append(names)
    parts.append(_quoted(source.title, ","))
    parts += [x for x in (source.publisher, format_date(source.published)) if x]
    parts.append(format_paragraphs(paragraphs or [citation.paragraph]))
    if source.url:
        parts.append(source.url)
    text = ", ".join(parts)
    # ', ' after a quoted title that already ends in its comma would double it.
    text = text.replace(",\u201d, ", ",\u201d ")
    text = text.replace("?\u201d, ", "?\u201d ").replace("!\u201d, ", "!\u201d ")
    return text if source.url else text + "."


def format_short_note(citation: Citation, source: Source, *, paragraphs: Sequence[int] = ()) -> str:
    """A later note on an already cited source: Surname, "Short title," para. N."""
    first = source.authors[0] if source.authors else None
    title = source.title.strip()
    words = title.split()
    short = " ".join(words[:4]) if len(words) > 4 else title
    if len(words) > 4:
        short = short.rstrip(",:;.")
    head = f"{surname(first)}, " if first else ""
    return f"{head}{_quoted(short, ',')} {format_paragraphs(paragraphs or [citation.paragraph])}."


def format_reference(source: Source) -> str:
    """A bibliography entry: Surname, First. "Title." Publisher, Month D, YYYY. URL"""
    authors = [a.strip() for a in source.authors if a.strip()]
    parts: list[str] = []
    if authors:
        names = [_inverted(authors[0]), *authors[1:]]
        joined = (
            names[0]
            if len(names) == 1
            else (f"{names[0]}, and {names[1]}" if len(names) == 2 else ", ".join(names[:-1]) + ", and " + names[-1])
        )
        parts.append(joined if joined.endswith(".") else joined + ".")
    parts.append(_quoted(source.title, "."))
    where = ", ".join(x for x in (source.publisher, format_date(source.published)) if x)
    if where:
        parts.append(where + ".")
    if source.url:
        parts.append(source.url)
    return " ".join(parts)


# ---- For renderers: live links (note numbering is citing.py) ------------------------


def safe_href(url: str | None) -> str | None:
    """Only web and mail links become live: a `javascript:` or `file:` URL from a
    record is shown as text, never made clickable."""
    if not url:
        return None
    scheme = urllib.parse.urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https", "mailto") else None


def link_parts(text: str, url: str | None) -> dict[str, Any]:
    """A note or reference as lead text + URL (+ tail), so templates can link the URL."""
    if url and url in text:
        lead, _, tail = text.rpartition(url)
        return {"text": text, "lead": lead, "url": url, "href": safe_href(url), "tail": tail}
    return {"text": text, "lead": text, "url": None, "href": None, "tail": ""}
