"""The briefing JSON: a public interface (CI jobs and other tools read it).

Field names follow DESIGN.md; fields may be added, never renamed. `loads()` reads an
edited JSON back so `briefsmith render brief.json` can render it again.
"""

from __future__ import annotations

import json
from typing import Any

from briefsmith.errors import RecordError
from briefsmith.model import (
    ACTOR_KINDS,
    Actor,
    Briefing,
    ChangedPoint,
    Changes,
    Citation,
    Point,
    Provenance,
    Section,
    Source,
    default_kind,
)
from briefsmith.settings.options import PAPERS


def _citation(c: Citation) -> dict[str, Any]:
    out: dict[str, Any] = {"source": c.source, "paragraph": c.paragraph, "quote": c.quote}
    if c.sentence is not None:
        out["sentence"] = c.sentence
    if c.start is not None and c.end is not None:
        out["start"], out["end"] = c.start, c.end
    return out


def _point(p: Point) -> dict[str, Any]:
    out: dict[str, Any] = {"text": p.text, "citations": [_citation(c) for c in p.citations]}
    if p.pinned:
        out["pinned"] = True
    if p.edited:
        out["edited"] = True  # reworded by the analyst; its citations are the original point's
    if p.added:
        out["added"] = True  # the analyst's own point, citing nothing
    if not p.verified:
        out["verified"] = False
    return out


def _changes(c: Changes) -> dict[str, Any]:
    def item(p: ChangedPoint) -> dict[str, Any]:
        return {
            "section": p.where,
            "heading": p.heading,
            "text": p.text,
            "sources": list(p.sources),
            "labels": list(p.labels),
        }

    return {"first": c.first, "added": [item(p) for p in c.added], "removed": [item(p) for p in c.removed]}


def _read_changes(d: Any) -> Changes | None:
    if not isinstance(d, dict):
        return None

    def item(p: dict[str, Any]) -> ChangedPoint:
        sources, labels = tuple(map(str, p.get("sources", []))), tuple(map(str, p.get("labels", [])))
        return ChangedPoint(str(p["section"]), str(p["heading"]), str(p["text"]), sources, labels)

    added = tuple(item(p) for p in d.get("added", []))
    return Changes(added, tuple(item(p) for p in d.get("removed", [])), bool(d.get("first", False)))


def to_dict(b: Briefing) -> dict[str, Any]:
    return {
        "title": b.title,
        "subtitle": b.subtitle,
        "date": b.date,
        "author": b.author,
        "audience": b.audience,
        "marking": b.marking,
        "language": b.language,
        "summary": [_point(p) for p in b.summary],
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "points": [_point(p) for p in s.points],
                **({"empty_text": s.empty_text} if s.empty_text else {}),
            }
            for s in b.sections
        ],
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "role": a.role,
                "aliases": list(a.aliases),
                "mentions": a.mentions,
                "citations": [_citation(c) for c in a.citations],
            }
            for a in b.actors
        ],
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "author": s.author,
                "authors": list(s.authors),
                "publisher": s.publisher,
                "published": s.published,
                "url": s.url,
                "retrieved": s.retrieved,
                "language": s.language,
            }
            for s in b.sources
        ],
        "provenance": None if b.provenance is None else {k: v for k, v in vars(b.provenance).items() if v is not None},
        "warnings": list(b.warnings),
        **({"paper": b.paper} if b.paper else {}),
        **({"changes": _changes(b.changes)} if b.changes is not None else {}),
    }


def dumps(b: Briefing) -> bytes:
    """Stable bytes: same briefing, same file."""
    return (json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading an (edited) briefing JSON back --------------------------------------


def _cit(d: dict[str, Any]) -> Citation:
    return Citation(
        source=str(d["source"]),
        paragraph=int(d["paragraph"]),
        quote=str(d["quote"]),
        sentence=d.get("sentence"),
        start=d.get("start"),
        end=d.get("end"),
    )


def _pt(d: dict[str, Any]) -> Point:
    return Point(
        text=str(d["text"]),
        citations=tuple(_cit(c) for c in d.get("citations", [])),
        pinned=bool(d.get("pinned", False)),
        verified=bool(d.get("verified", True)),
        edited=bool(d.get("edited", False)),
        added=bool(d.get("added", False)),
    )


def from_dict(d: dict[str, Any], path: str = "<json>") -> Briefing:
    try:
        actors = []
        for a in d.get("actors", []):
            if a.get("kind") not in ACTOR_KINDS:
                raise ValueError(f"actor {a.get('name')!r}: kind must be one of {', '.join(ACTOR_KINDS)}")
            actors.append(
                Actor(
                    name=str(a["name"]),
                    kind=a["kind"],
                    role=a.get("role"),
                    aliases=tuple(a.get("aliases", [])),
                    mentions=int(a.get("mentions", 0)),
                    citations=tuple(_cit(c) for c in a.get("citations", [])),
                )
            )
        sources = []
        for s in d.get("sources", []):
            authors = s.get("authors") or ([s["author"]] if s.get("author") else [])
            sources.append(
                Source(
                    id=str(s["id"]),
                    title=str(s["title"]),
                    authors=tuple(authors),
                    publisher=s.get("publisher"),
                    published=s.get("published"),
                    url=s.get("url"),
                    retrieved=s.get("retrieved"),
                    language=s.get("language") or "en",
                )
            )
        prov = d.get("provenance")
        paper = d.get("paper")
        if paper is not None and paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
        return Briefing(
            title=str(d["title"]),
            date=d.get("date"),
            subtitle=d.get("subtitle"),
            author=d.get("author"),
            audience=d.get("audience"),
            marking=d.get("marking"),
            language=d.get("language") or "en",
            summary=tuple(_pt(p) for p in d.get("summary", [])),
            sections=tuple(
                Section(
                    id=str(s["id"]),
                    title=str(s["title"]),
                    points=tuple(_pt(p) for p in s.get("points", [])),
                    empty_text=s.get("empty_text", ""),
                    # A JSON written before sections said their kind: a default section's.
                    kind=s.get("kind") or default_kind(str(s["id"])),
                )
                for s in d.get("sections", [])
            ),
            actors=tuple(actors),
            sources=tuple(sources),
            provenance=Provenance(**prov) if isinstance(prov, dict) else None,
            warnings=tuple(d.get("warnings", [])),
            paper=paper,
            changes=_read_changes(d.get("changes")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise RecordError(f"not a briefing JSON: {what}", path=path) from None


def loads(text: str, path: str = "<json>") -> Briefing:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg}", path=path, where=f"line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise RecordError("not a briefing JSON: expected an object", path=path)
    return from_dict(data, path)
