"""The briefing JSON: a public interface (CI jobs and other tools read it).

Field names follow DESIGN.md; fields may be added, never renamed. `loads()` reads an
edited JSON back so `briefsmith render brief.json` can render it again.
"""

from __future__ import annotations

import json
from typing import Any

from briefsmith.errors import RecordError
from briefsmith.model import Briefing, ChangedPoint, Changes, Citation, Insertion, Point


def _citation(c: Citation) -> dict[str, Any]:
    out: dict[str, Any] = {"source": c.source, "paragraph": c.paragraph, "quote": c.quote}
    if c.sentence is not None:
        out["sentence"] = c.sentence
    if c.start is not None and c.end is not None:
        out["start"], out["end"] = c.start, c.end
    return out


def _insertion(i: Insertion) -> dict[str, Any]:
    out: dict[str, Any] = {"at": i.at, "text": i.text, "replaces": i.replaces, "kind": i.kind}
    if i.citation is not None:
        out["citation"] = _citation(i.citation)
    if i.value is not None:
        out["value"] = i.value
    return out


def _point(p: Point) -> dict[str, Any]:
    out: dict[str, Any] = {"text": p.text, "citations": [_citation(c) for c in p.citations]}
    if p.insertions:
        out["insertions"] = [_insertion(i) for i in p.insertions]
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


def from_dict(d: dict[str, Any], path: str = "<json>") -> Briefing:
    """The Briefing a (possibly edited) briefing JSON describes; RecordError naming the
    field when a value has the wrong type (json_read.py checks every field)."""
    # here, not at the top: pydantic's import is paid only by what reads a JSON back (render)
    from briefsmith.render.json_read import briefing_of, validated

    return briefing_of(validated(d, path))


def loads(text: str, path: str = "<json>") -> Briefing:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg}", path=path, where=f"line {exc.lineno}") from None
    except (ValueError, RecursionError) as exc:  # a number too long to read, absurd nesting
        raise RecordError(f"invalid JSON: {type(exc).__name__}", path=path) from None
    if not isinstance(data, dict):
        raise RecordError("not a briefing JSON: expected an object", path=path)
    return from_dict(data, path)
