"""The briefing JSON as a user may give it back: every field's type, strictly (pydantic).

A title that is a list, a date that is a number or not a calendar date, `text: null`, a
quote that is not a string: each is an error naming the field. Fields this version does
not know are ignored (the format grows by adding fields). json_read.py turns a valid
document into the Briefing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from briefsmith.model import ACTOR_KINDS, SECTION_KINDS

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
