"""Typed data of every stage: what a reader makes (Article) and what an engine
makes (Briefing). Frozen dataclasses: a stage never edits what an earlier one built.

Positions are for people: paragraph and sentence numbers are 1-based, character
spans (`start`, `end`) are 0-based offsets into the paragraph's text, end exclusive,
so `article.paragraphs[p - 1][start:end] == quote`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "organisation", "state", "group"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("person", "organisation", "state", "group")


def actor_kind(value: str) -> ActorKind | None:
    """The kind `value` names, or None: a kind read from outside (a model's answer, a JSON)."""
    return next((k for k in ACTOR_KINDS if k == value), None)


# What a section is, which engines and renderers dispatch on (never on a section's id):
# "points" is prose points drawn from the sources' sentences, "actors" the table of who is
# who (its points are one line per actor), "questions" what the sources leave open (every
# point ends with "?"). A new kind is added here, then where engines and renderers match on it.
SectionKind = Literal["points", "actors", "questions"]
SECTION_KINDS: tuple[str, ...] = ("points", "actors", "questions")


@dataclass(frozen=True)
class SectionType:
    """A default section: its id, heading, kind, and what it says when the sources say nothing."""

    id: str
    title: str
    kind: SectionKind
    empty: str


# The default sections, in order. A spec may reorder, drop, rename or add sections.
DEFAULT_SECTIONS: tuple[SectionType, ...] = (
    SectionType("background", "Background", "points", "No background in the sources."),
    SectionType("key_actors", "Key actors", "actors", "No key actors in the sources."),
    SectionType("security_rationale", "Security rationale", "points", "No security rationale in the sources."),
    SectionType("human_rights", "Human-rights concerns", "points", "No human-rights concerns in the sources."),
    SectionType("open_questions", "Open questions", "questions", "No open questions in the sources."),
)
_DEFAULTS = {t.id: t for t in DEFAULT_SECTIONS}


def default_section(section_id: str) -> SectionType | None:
    return _DEFAULTS.get(section_id)


def default_kind(section_id: str) -> SectionKind:
    """The kind of a section that does not say (a default section's, else prose points)."""
    found = _DEFAULTS.get(section_id)
    return found.kind if found else "points"


def actors_section() -> SectionType:
    """The default section of kind "actors": where documents list who is who when the
    briefing has actors but no section of that kind."""
    return next(t for t in DEFAULT_SECTIONS if t.kind == "actors")


def empty_text(section_id: str, title: str) -> str:
    """What an empty section says: a default section's own line while its title still
    fits it (a renamed one says what its new title names)."""
    found = _DEFAULTS.get(section_id)
    if found and title.lower() in found.empty.lower():
        return found.empty
    return f"Nothing on \u201c{title}\u201d in the sources."


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's cleaned body text."""

    number: int  # 1-based, counted over the whole article
    paragraph: int  # 1-based paragraph number
    start: int  # offset into the paragraph text
    end: int
    text: str  # == paragraphs[paragraph - 1][start:end]


@dataclass(frozen=True)
class Boilerplate:
    """Text kept out of the body but not lost: captions, related links, disclaimers."""

    kind: str  # "caption", "credit", "related", "disclaimer", "heading", "dateline", "other"
    text: str


@dataclass(frozen=True)
class Article:
    """A cleaned article: markup and links removed, words untouched."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    retrieved: str | None = None  # ISO date
    language: str = "en"
    boilerplate: tuple[Boilerplate, ...] = ()
    path: str | None = None  # where it was read from, for messages

    def sentence(self, number: int) -> Sentence:
        return self.sentences[number - 1]


@dataclass(frozen=True)
class Citation:
    """The exact words a point rests on, and where they stand."""

    source: str  # Article.id
    paragraph: int
    quote: str
    sentence: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Insertion:
    """Words an editor puts in square brackets so that a quoted sentence stands alone:
    whom "He" means ("[Kim Ki-Jong] was detained"), who speaks ("“...” [Marie Harf said]"),
    the date "on Tuesday" is ("on Tuesday [March 3, 2015]"). The point's citation still
    quotes the source's own words; the bracket's words come from `citation`."""

    at: int  # offset of the "[" in the point's text
    text: str  # the words between the brackets
    replaces: str = ""  # the source words the bracket stands in for ("He"); "" when added
    kind: str = "referent"  # referent, speaker or date
    citation: Citation | None = None  # the sentence the words stand in (a date: the one it resolves)
    value: str | None = None  # a date's ISO 8601 value ("2015-03-03", "2015-03-02/2015-03-08")


@dataclass(frozen=True)
class Point:
    text: str
    citations: tuple[Citation, ...]
    pinned: bool = False  # written or pinned by the analyst in the spec
    verified: bool = True  # False when kept with --keep-unverified, or an edit whose words are gone
    edited: bool = False  # reworded by the analyst (`edits:` in the spec, from `briefsmith pull`)
    added: bool = False  # the analyst's own point: their words, no citation
    insertions: tuple[Insertion, ...] = ()  # the point's bracketed words, in order

    @property
    def by_analyst(self) -> bool:
        """Pinned, reworded or written by the analyst: shown wherever it stands."""
        return self.pinned or self.edited or self.added


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    points: tuple[Point, ...]
    empty_text: str = ""  # what the documents say when there are no points
    kind: SectionKind = "points"

    def __post_init__(self) -> None:
        if self.kind not in SECTION_KINDS:
            raise ValueError(f"section {self.id!r}: kind must be one of {', '.join(SECTION_KINDS)}")


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    role: str | None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Source:
    """A bibliography entry."""

    id: str
    title: str
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    retrieved: str | None = None
    language: str = "en"

    @property
    def author(self) -> str | None:
        return ", ".join(self.authors) if self.authors else None

    @classmethod
    def of(cls, article: Article) -> Source:
        return cls(
            id=article.id,
            title=article.title,
            authors=article.authors,
            publisher=article.publisher,
            published=article.published,
            url=article.url,
            retrieved=article.retrieved,
            language=article.language,
        )


@dataclass(frozen=True)
class Provenance:
    engine: str
    version: str
    model: str | None = None
    request_hash: str | None = None
    answered: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ChangedPoint:
    """A point one edition has and the other does not (`build --changes`)."""

    where: str  # "summary" or a section id
    heading: str  # "Bottom line" or the section's title
    text: str
    sources: tuple[str, ...]  # the ids of the sources it cites: what brought it (or took it away)
    labels: tuple[str, ...] = ()  # those sources as the "What changed" box names them


@dataclass(frozen=True)
class Changes:
    """What changed since the previous edition of the brief: points added and removed."""

    added: tuple[ChangedPoint, ...] = ()
    removed: tuple[ChangedPoint, ...] = ()
    first: bool = False  # there was no previous edition


@dataclass(frozen=True)
class Briefing:
    title: str
    date: str | None
    summary: tuple[Point, ...]
    sections: tuple[Section, ...]
    actors: tuple[Actor, ...]
    sources: tuple[Source, ...]
    subtitle: str | None = None
    author: str | None = None
    audience: str | None = None
    marking: str | None = None
    language: str = "en"
    provenance: Provenance | None = None
    warnings: tuple[str, ...] = field(default=())
    paper: str | None = None  # the spec's choice, kept so `render` lays the JSON out as `build` did
    changes: Changes | None = None  # since the previous edition, with `build --changes`

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def of_kind(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def all_citations(self) -> list[Citation]:
        cites = [c for p in self.summary for c in p.citations]
        cites += [c for s in self.sections for p in s.points for c in p.citations]
        cites += [c for a in self.actors for c in a.citations]
        return cites
