"""Reading a briefing JSON that a person (or another tool) may have edited: validated field
by field (briefing_doc.py), then made into the Briefing every renderer reads. A wrong value
is a one-line error naming the field ("sections[0].points[2].text: input should be a valid
string"), never a traceback or a document that prints `['a', 'b']` or `None`.
"""

from __future__ import annotations

from typing import Any, cast

from pydantic import ValidationError

from briefsmith.errors import RecordError
from briefsmith.model import (
    Actor,
    Briefing,
    ChangedPoint,
    Changes,
    Citation,
    Insertion,
    Point,
    Provenance,
    Section,
    Source,
    default_kind,
)
from briefsmith.model import ActorKind as _AK
from briefsmith.model import SectionKind as _SK
from briefsmith.render.briefing_doc import (
    BriefingDoc,
    ChangedPointDoc,
    ChangesDoc,
    CitationDoc,
    InsertionDoc,
    PointDoc,
    SectionDoc,
)


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not str(part).startswith(("literal[", "function-")) and str(part).isidentifier():
            out += f".{part}" if out else str(part)
    return out or "(top)"


def validated(data: object, path: str) -> BriefingDoc:
    try:
        return BriefingDoc.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        first = errors[0]
        msg = first["msg"].removeprefix("Value error, ")
        msg = msg[:1].lower() + msg[1:]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RecordError(f"not a briefing JSON: {_where(first['loc'])}: {msg}{more}", path=path) from None


def _cit(c: CitationDoc) -> Citation:
    return Citation(c.source, c.paragraph, c.quote, c.sentence, c.start, c.end)


def _ins(i: InsertionDoc) -> Insertion:
    return Insertion(i.at, i.text, i.replaces, i.kind, _cit(i.citation) if i.citation else None, i.value)


def _pt(p: PointDoc) -> Point:
    return Point(
        p.text,
        tuple(_cit(c) for c in p.citations),
        p.pinned,
        p.verified,
        p.edited,
        p.added,
        tuple(_ins(i) for i in p.insertions),
    )


def _changes(c: ChangesDoc | None) -> Changes | None:
    if c is None:
        return None

    def item(p: ChangedPointDoc) -> ChangedPoint:
        return ChangedPoint(p.section, p.heading, p.text, tuple(p.sources), tuple(p.labels))

    return Changes(tuple(item(p) for p in c.added), tuple(item(p) for p in c.removed), c.first)


def _section(s: SectionDoc) -> Section:
    kind = cast(_SK, s.kind or default_kind(s.id))  # a JSON from before sections had kinds: the default's
    return Section(s.id, s.title, tuple(_pt(p) for p in s.points), s.empty_text, kind)


def briefing_of(doc: BriefingDoc) -> Briefing:
    return Briefing(
        title=doc.title,
        date=doc.date,
        subtitle=doc.subtitle,
        author=doc.author,
        audience=doc.audience,
        marking=doc.marking,
        language=doc.language or "en",
        summary=tuple(_pt(p) for p in doc.summary),
        sections=tuple(_section(s) for s in doc.sections),
        actors=tuple(
            Actor(a.name, cast(_AK, a.kind), a.role, tuple(a.aliases), a.mentions, tuple(_cit(c) for c in a.citations))
            for a in doc.actors
        ),
        sources=tuple(
            Source(
                id=s.id,
                title=s.title,
                authors=tuple(s.authors or ([s.author] if s.author else [])),
                publisher=s.publisher,
                published=s.published,
                url=s.url,
                retrieved=s.retrieved,
                language=s.language or "en",
            )
            for s in doc.sources
        ),
        provenance=Provenance(**doc.provenance.model_dump()) if doc.provenance else None,
        warnings=tuple(doc.warnings),
        paper=doc.paper,
        changes=_changes(doc.changes),
    )
