"""Which notes a point gets, shared by the HTML/PDF and DOCX renderers so both cite alike.

One note per source a point cites (several sentences of one source share it: "paras.
2–3"); a source's first note is full, later ones short (Chicago notes style). A point that
many outlets report — a brief over hundreds of sources has them — gets one note listing
its sources, separated by semicolons as Chicago combines citations, instead of a row of
note calls: "Kumar, "Why Russia …," para. 4; Lee, "Kabul …," para. 2."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefsmith.model import Citation, Point, Source
from briefsmith.render.notes import format_note, format_short_note, link_parts

# From this many sources on, one note lists them: two calls read well after a sentence,
# a run of three or more ("¹ ² ³ ⁴") is clutter that says less than "(4 sources)".
COMPACT_FROM = 3


@dataclass(frozen=True)
class Entry:
    """One source's part of a note: its text, and the URL in it that is a live link."""

    source: str
    text: str
    url: str | None
    paragraphs: tuple[int, ...]
    quotes: tuple[str, ...]
    full: bool


@dataclass(frozen=True)
class Note:
    """A note as printed: one entry, or (a point of many sources) several."""

    entries: tuple[Entry, ...]

    @property
    def texts(self) -> list[str]:
        """Each entry's text as printed in the note (Chicago's semicolons between)."""
        texts = [e.text for e in self.entries]
        return [t[:-1] if i < len(texts) - 1 and t.endswith(".") else t for i, t in enumerate(texts)]

    @property
    def text(self) -> str:
        return "; ".join(self.texts)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(e.source for e in self.entries)


class Citer:
    """Notes in reading order: remembers which sources already had their full note."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = {s.id: s for s in sources}
        self._seen: set[str] = set()

    def notes(self, citations: Sequence[Citation]) -> list[Note]:
        by_source: dict[str, list[Citation]] = {}
        for c in citations:
            by_source.setdefault(c.source, []).append(c)
        entries = [self._entry(group) for group in by_source.values()]
        if len(entries) >= COMPACT_FROM:
            return [Note(tuple(entries))]
        return [Note((e,)) for e in entries]

    def _entry(self, group: list[Citation]) -> Entry:
        c = group[0]
        source = self.sources.get(c.source) or Source(id=c.source, title=c.source)
        first = c.source not in self._seen
        self._seen.add(c.source)
        paragraphs = [x.paragraph for x in group]
        if first:
            text, url = format_note(c, source, paragraphs=paragraphs), source.url
        else:
            text, url = format_short_note(c, source, paragraphs=paragraphs), None
        return Entry(
            source=c.source,
            text=text,
            url=url if url and url in text else None,
            paragraphs=tuple(sorted(set(paragraphs))),
            quotes=tuple(x.quote for x in group),
            full=first,
        )


def backing(citations: Sequence[Citation]) -> int:
    """How many sources back a point ("(3 sources)")."""
    return len({c.source for c in citations})


class NoteNumbering:
    """The HTML/PDF side: each note numbered in reading order, as the templates see it
    (README, "Template context"). A note of several sources keeps `lead`/`url`/`tail`
    for templates written before `parts` (its text whole, unlinked); `parts` links each."""

    def __init__(self, sources: tuple[Source, ...]) -> None:
        self.citer = Citer(sources)
        self.items: list[dict[str, Any]] = []

    def cite(self, citations: tuple[Citation, ...]) -> list[dict[str, Any]]:
        return [self._item(note) for note in self.citer.notes(citations)]

    def _item(self, note: Note) -> dict[str, Any]:
        parts = [link_parts(text, e.url) for text, e in zip(note.texts, note.entries, strict=True)]
        whole = parts[0] if len(parts) == 1 else link_parts(note.text, None)
        item = {
            "number": len(self.items) + 1,
            "source": " ".join(note.sources),
            "sources": list(note.sources),
            "paragraphs": sorted({n for e in note.entries for n in e.paragraphs}),
            "quotes": [q for e in note.entries for q in e.quotes],
            "full": any(e.full for e in note.entries),
            "parts": parts,
            **whole,
        }
        self.items.append(item)
        return item

    def point(self, p: Point) -> dict[str, Any]:
        return {
            "text": p.text,
            "notes": self.cite(p.citations),
            "backing": backing(p.citations),
            "pinned": p.pinned,
            "verified": p.verified,
            "edited": p.edited,
            "added": p.added,
        }
