"""Dates as news sites write them, to ISO (YYYY-MM-DD).

Accepted: 2024-10-14 (and an ISO date-time), 2024/10/14, October 14, 2024, Oct. 14,
2024, Monday, October 14, 2024, 14 October 2024, 14th of October 2024, 14.10.2024.
Not accepted: 10/14/2024 and 14/10/2024 — which one is the month depends on the
writer's country, and a wrong date in a footnote is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})[-/](?P<m>\d{1,2})[-/](?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>\d{4})\b"),
]
# What may stand on a date line besides the date itself: a label, a weekday, a time.
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|date|on|at|am|pm|"
    r"gmt|utc|et|est|edt|bst|cet|cest|msk|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"mon|tue|wed|thu|fri|sat|sun)\b|\b[ap]\.m\.|"
    r"T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first date in `text` as ISO, with the match, or None."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso:
                return iso, match
    return None


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = parts.get("m") or _MONTHS.get((parts.get("month") or "").lower().rstrip("."))
    try:
        return dt.date(int(parts["year"]), int(month or 0), int(parts["day"])).isoformat()
    except ValueError:
        return None


# The forms the README documents, for messages that refuse a date.
DOCUMENTED = "2024-10-14, October 14, 2024, 14 Oct 2024 or 14.10.2024"
_SLASHED = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s*$")
_MONTH_ONLY = re.compile(r"^\s*(?:\d{4}(?:[-/]\d{1,2})?|" + _MONTH + r",?\s+\d{4}|\d{1,2}[./]\d{4})\s*$", re.IGNORECASE)


def date_problem(value: object) -> str:
    """Why `value` is not a date we read, naming the forms we do read."""
    shown = str(value)[:40]
    if _SLASHED.match(shown):
        return f"{shown!r} is ambiguous (day or month first?); write it as {DOCUMENTED}"
    if _MONTH_ONLY.match(shown):
        # A month or a year alone cannot say which day "on Tuesday" was: better no date than a guess.
        return f"{shown!r} names no day; write the whole date ({DOCUMENTED}) or leave the field out"
    return f"not a date: {shown!r}; write it as {DOCUMENTED}"


def parse_date(value: object) -> str | None:
    """A date given as a value (YAML gives date objects) or a string, as ISO; None when
    the value holds no date we can read."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and len(value) <= 200:
        found = find_date(value)
        return found[0] if found else None
    return None


def date_line(line: str) -> str | None:
    """The ISO date when a whole line is a date line ("October 14, 2024",
    "Published: 14 Oct 2024, 10:15 GMT"), else None."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if not found:
        return None
    iso, match = found
    rest = line[: match.start()] + " " + line[match.end() :]
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    return None if re.search(r"[^\W\d_]", rest) else iso
