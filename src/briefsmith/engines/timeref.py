"""Relative times ("on Tuesday", "last week", "in June", "two days ago") resolved against
the article's date, as an editor does: "on Tuesday [March 3, 2015]".

A weekday or a month without a year is the nearest one before the article's date, or
after it when the sentence speaks of the future ("will", "is due to", "next"). Words
that name no date ("in the coming weeks") are anchored to the article's date ("[as of
March 18, 2015]"); "recently" alone is left as it is. `find()` gives every expression with its span, and the
resolution when the date is known (None when it is not).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = [m for m in calendar.month_name if m]
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUM |= {"nine": 9, "ten": 10, "several": 0, "few": 0, "a few": 0}
_DAY = r"(?P<day>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:['’]s)?"
_MONTH = r"(?P<month>(?-i:" + "|".join(_MONTHS) + r"))"
_PATTERNS = [
    (
        "weekday",
        rf"(?:(?P<last>last|this|next|early|late|on|by|since|until|also)\s+)?{_DAY}"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
    ),
    (
        "month",
        r"(?:(?P<mlast>last|this|next|early|late|mid-|in|on|since|until|by|from|through|an?)\s+)?"
        r"(?:(?:early|late)\s+)?"
        rf"{_MONTH}(?:\s+(?P<date>\d{{1,2}})(?:st|nd|rd|th)?)?"
        r"(?!\s*(?:\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:of\s+)?\d{4})",  # "June 2014", "March 1, 2014": a year given
    ),
    (
        "span",
        r"(?P<when>last|this|next|earlier this|later this|past|coming)\s+"
        r"(?P<unit>week|weekend|month|year|summer|winter|spring|fall|autumn)",
    ),
    (
        "ago",
        r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?|months?|years?)"
        r"\s+ago",
    ),
    (
        "deictic",
        r"(?P<word>yesterday|tonight|tomorrow|last night|this morning|this afternoon|this evening|"
        r"(?:earlier|later) today|over the weekend)",
    ),
    ("vague", r"(?P<vague>in (?:recent|the coming|the past few) (?:days|weeks|months))"),
]
_FIND = re.compile(
    r"\b(?:" + "|".join(f"(?P<k_{k}>{p})" for k, p in _PATTERNS) + r")\b",
    re.IGNORECASE,
)
# Future tense near the expression (in its clause): "will meet on Friday", "due to vote in May".
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|(?:is|are) to|(?:is|are|was|were) due|expected to|scheduled|(?:is|are) set to|"
    r"plans to|planning to|planned for|deadline|supposed to|due (?:by|on|in)|upcoming|going to|ahead of|"
    r"intends? to|aims? to)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[;:.!?]\s|,\s(?:but|while|and|although|though)\s")


@dataclass(frozen=True)
class TimeRef:
    start: int  # span of the expression in the text
    end: int
    value: str | None  # ISO 8601: "2015-03-03", "2015-03-02/2015-03-08", "2015-02", "2014"; None: no date known
    display: str | None  # what the bracket says: "March 3, 2015"


def day_text(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _range_text(a: dt.date, b: dt.date) -> str:
    if a == b:
        return day_text(a)
    if a.year == b.year and a.month == b.month:
        return f"{_MONTHS[a.month - 1]} {a.day}–{b.day}, {a.year}"
    return f"{day_text(a)} – {day_text(b)}"


def _span(a: dt.date, b: dt.date) -> tuple[str, str]:
    return (a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"), _range_text(a, b)


def _month(year: int, month: int) -> tuple[str, str]:
    return f"{year:04d}-{month:02d}", f"{_MONTHS[month - 1]} {year}"


def _weekday(m: re.Match[str], base: dt.date, future: bool) -> tuple[str, str]:
    want = _DAYS.index(m.group("day").split("'")[0].split("’")[0].capitalize())
    lead = (m.group("last") or "").lower()
    back = (base.weekday() - want) % 7
    if lead == "last" and back == 0:
        back = 7
    if lead == "next" or (future and lead != "last"):
        ahead = (want - base.weekday()) % 7 or (7 if lead == "next" else 0)
        return _span(base + dt.timedelta(days=ahead), base + dt.timedelta(days=ahead))
    d = base - dt.timedelta(days=back)
    return _span(d, d)


def _month_ref(m: re.Match[str], base: dt.date, future: bool) -> tuple[str, str] | None:
    month = _MONTHS.index(m.group("month").capitalize()) + 1
    lead = (m.group("mlast") or "").lower()
    if lead == "last" or (not future and lead not in ("next",)):
        year = base.year if month < base.month or (month == base.month and lead != "last") else base.year - 1
    else:
        year = base.year if month >= base.month and lead != "next" or month > base.month else base.year + 1
    if m.group("date"):
        try:
            d = dt.date(year, month, int(m.group("date")))
        except ValueError:
            return None
        if not future and d > base and lead != "next":
            d = d.replace(year=d.year - 1)
        return d.isoformat(), str(d.year)  # "on May 7 [2015]": the year is what it lacked
    return f"{year:04d}-{month:02d}", str(year)  # "in June [2014]"


def _period(m: re.Match[str], base: dt.date) -> tuple[str, str] | None:
    when, unit = m.group("when").lower(), m.group("unit").lower()
    monday = base - dt.timedelta(days=base.weekday())
    if unit in ("week", "weekend"):
        start = monday + dt.timedelta(days={"last": -7, "past": -7, "next": 7, "coming": 7}.get(when, 0))
        if unit == "weekend":
            return _span(start + dt.timedelta(days=5), start + dt.timedelta(days=6))
        if when == "earlier this":
            return _span(monday, max(monday, base - dt.timedelta(days=1)))
        return _span(start, start + dt.timedelta(days=6))
    if unit == "month":
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(when, 0)
        y, mo = divmod(base.year * 12 + base.month - 1 + shift, 12)
        if when == "earlier this":
            return _span(base.replace(day=1), max(base.replace(day=1), base - dt.timedelta(days=1)))
        return _month(y, mo + 1)
    if unit == "year":
        year = base.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(when, 0)
        return str(year), str(year)
    seasons = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
    first, last = seasons[unit]
    year = base.year
    if when in ("last", "past"):
        year -= 1 if base.month <= last or unit == "winter" else 0
    elif when in ("next", "coming"):
        year += 1 if base.month >= first else 0
    end_year = year + 1 if unit == "winter" else year
    return f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}", f"{unit} {year}"


def _resolve(kind: str, m: re.Match[str], base: dt.date, future: bool) -> tuple[str, str] | None:
    if kind == "weekday":
        return _weekday(m, base, future)
    if kind == "month":
        return _month_ref(m, base, future)
    if kind == "span":
        return _period(m, base)
    if kind == "ago":
        raw = m.group("n").lower()
        n, unit = (int(raw) if raw.isdigit() else _NUM.get(raw, 1)), m.group("unit2").lower().rstrip("s")
        if unit in ("day", "week"):
            d = base - dt.timedelta(days=n * (7 if unit == "week" else 1))
            return _span(d, d)
        if unit == "month":
            y, mo = divmod(base.year * 12 + base.month - 1 - n, 12)
            return _month(y, mo + 1)
        return str(base.year - n), str(base.year - n)
    if kind == "deictic":
        word = m.group("word").lower()
        if word == "over the weekend":
            sat = base - dt.timedelta(days=(base.weekday() - 5) % 7)
            return _span(sat, min(base, sat + dt.timedelta(days=1)))
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        d = base + dt.timedelta(days=shift)
        return _span(d, d)
    return base.isoformat(), f"as of {day_text(base)}"  # "in recent days": no date of its own


_HINTS = (
    *_DAYS,
    *_MONTHS,
    "ago",
    "ast ",
    "his ",
    "ext ",
    "arlier",
    "ater ",
    "past",
    "coming",
    "recent",
    "night",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "esterday",
    "weekend",
    "oday",
)


def find(text: str, published: str | None) -> list[TimeRef]:
    """Every relative time in `text`, resolved against `published` (YYYY-MM-DD) if given."""
    return list(_found(text, published))


# The facts, the standing rules and the question dates all read a sentence's times: each
# (text, date) is read once (bounded, so a long batch's memory stays flat).
@lru_cache(maxsize=16384)
def _found(text: str, published: str | None) -> tuple[TimeRef, ...]:
    base = None
    if published:
        try:
            base = dt.date.fromisoformat(published[:10])
        except ValueError:
            base = None
    out: list[TimeRef] = []
    for kind, m, future in _expressions(text):
        if base is None:
            out.append(TimeRef(m.start(), m.end(), None, None))
            continue
        got = _resolve(kind, m, base, future)
        out.append(TimeRef(m.start(), m.end(), *(got or (None, None))))
    return tuple(out)


# Outlets repeat a sentence under other dates: what its words alone decide (which expressions,
# whether each speaks of the future) is found once per text (bounded).
@lru_cache(maxsize=16384)
def _expressions(text: str) -> tuple[tuple[str, re.Match[str], bool], ...]:
    """(kind, match, future) of each relative time of the text."""
    if not any(hint in text for hint in _HINTS):
        return ()  # most sentences: no word a relative time is made of
    out = []
    for m in _FIND.finditer(text):
        kind = next(k for k, _ in _PATTERNS if m.group("k_" + k))
        if kind in ("weekday", "month", "span") and _is_name(text, m):
            continue
        if kind == "month" and not (m.group("mlast") or m.group("date")):
            continue  # "May", "March" alone: a modal, a name, a verb
        out.append((kind, m, _future(text, m.start(), m.end())))
    return tuple(out)


def _future(text: str, start: int, end: int) -> bool:
    """Does the clause holding text[start:end] speak of the future?"""
    cuts = [c.end() for c in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    return bool(_FUTURE.search(text, cuts[-1] if cuts else 0, after.start() if after else len(text)))


_NAMED_DAYS = frozenset("Good Black Ash Holy Super Cyber Easter Bloody Maundy Palm Shrove Blue Giving".split())


def _is_name(text: str, m: re.Match[str]) -> bool:
    """'Good Friday', 'Black Monday': a day's name, not a date; 'the next week': after
    another event, not the article's date."""
    before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
    return before in _NAMED_DAYS or before.lower() == "the"
