"""Reading a briefing JSON that a person (or another tool) may have edited.

Every field is checked for its type, strictly: a title that is a list, a date that is a
number, `text: null` or a quote that is not a string is a one-line error naming the field
("sections[0].points[2].text: input should be a valid string"), never a traceback or a
document that prints `['a', 'b']` or `None`. Dates must be real calendar dates. Fields
this version does not know are ignored (the format grows by adding fields).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from briefsmith.errors import RecordError
from briefsmith.model import (
    ACTOR_KINDS,
    SECTION_KINDS,
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

Text = Annotated[str, StringConstraints(min_length=1, max_length=100_000)]
Count = Annotated[int, Field(ge=0)]


def _iso(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("write the date as YYYY-MM-DD")
    dt.date.fromisoformat(value)  # ValueError for 2024-02-30, 0000-01-01
    return value


IsoDate = Annotated[str, AfterValidator(_iso)]


def _one_of(kinds: tuple[str, ...]) -> Any:
    def check(value: str) -> str:
        if value not in kinds:
            raise ValueError(f"kind must be one of {', '.join(kinds)}")
        return value

    return AfterValidator(check)


SectionKind = Annotated[str, _one_of(SECTION_KINDS)]
ActorKind = Annotated[str, _one_of(ACTOR_KINDS)]
Language = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]


class _Doc(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class CitationDoc(_Doc):
    source: Text
    paragraph: Annotated[int, Field(ge=1)]
    quote: str
    sentence: Annotated[int, Field(ge=1)] | None = None
    start: Count | None = None
    end: Count | None = None


class InsertionDoc(_Doc):
    at: Count
    text: Text
    replaces: str = ""
    kind: Literal["referent", "speaker", "date"] = "referent"
    citation: CitationDoc | None = None
    value: str | None = None


class PointDoc(_Doc):
    text: Text
    citations: list[CitationDoc] = []
    insertions: list[InsertionDoc] = []
    pinned: bool = False
    verified: bool = True
    edited: bool = False
    added: bool = False


class SectionDoc(_Doc):
    id: Text
    title: Text
    points: list[PointDoc] = []
    empty_text: str = ""
    kind: SectionKind | None = None  # a JSON written before sections had kinds: the default's


class ActorDoc(_Doc):
    name: Text
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = []
    mentions: Count = 0
    citations: list[CitationDoc] = []


class SourceDoc(_Doc):
    id: Text
    title: Text
    author: str | None = None
    authors: list[str] = []
    publisher: str | None = None
    published: IsoDate | None = None
    url: str | None = None
    retrieved: IsoDate | None = None
    language: Language | None = None


class ProvenanceDoc(_Doc):
    engine: Text
    version: str
    model: str | None = None
    request_hash: str | None = None
    answered: str | None = None
    note: str | None = None


class ChangedPointDoc(_Doc):
    section: str
    heading: str
    text: str
    sources: list[str] = []
    labels: list[str] = []


class ChangesDoc(_Doc):
    first: bool = False
    added: list[ChangedPointDoc] = []
    removed: list[ChangedPointDoc] = []


class BriefingDoc(_Doc):
    title: Text
    date: IsoDate | None = None
    subtitle: str | None = None
    author: str | None = None
    audience: str | None = None
    marking: str | None = None
    language: Language | None = None
    summary: list[PointDoc] = []
    sections: list[SectionDoc] = []
    actors: list[ActorDoc] = []
    sources: list[SourceDoc] = []
    provenance: ProvenanceDoc | None = None
    warnings: list[str] = []
    paper: Literal["A4", "letter"] | None = None
    changes: ChangesDoc | None = None


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
