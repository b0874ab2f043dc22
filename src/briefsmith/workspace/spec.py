"""Load and validate `briefs/*.yaml`: every problem of a spec reported at once.

Pydantic validates the shape (it collects all errors in one pass); paths are then
checked against the workspace, because a spec must never read outside it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from briefsmith.errors import BriefsmithError, SpecError
from briefsmith.model import DEFAULT_SECTIONS, SectionKind, default_kind, default_section, empty_text
from briefsmith.safeio import Unsafe, read_regular
from briefsmith.workspace.edits import LongText, PointEdit
from briefsmith.workspace.paths import once_each, resolve_source
from briefsmith.yamlsafe import load_yaml

__all__ = ["BriefSpec", "load_spec", "resolve_source"]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
SectionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
MAX_SPEC_BYTES = 1_000_000
# A brief over this many sources condenses in about half a minute of one core and 0.5 GB
# (bench/scale_bench.py); beyond it, split the coverage into briefs (by period, by region).
MAX_SOURCES = 2000
DEFAULT_SUMMARY_POINTS = 3  # the bottom line of one source
MAX_DEFAULT_SUMMARY_POINTS = 4  # of several: still a bottom line, not a second summary
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _calendar_date(value: object) -> object:
    """A real calendar date written YYYY-MM-DD (2024-02-30 and 0000-01-01 are not; nor is a
    number, which pydantic would take for seconds since 1970)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        slashed = isinstance(value, str) and "/" in value  # 12/10/2024: which is the month?
        raise ValueError(
            f"write the date as YYYY-MM-DD, not {str(value)[:40]!r}" + (" (day or month first?)" if slashed else "")
        )
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"{value.strip()} is not a calendar date ({exc})") from None


CalendarDate = Annotated[dt.date, BeforeValidator(_calendar_date)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionChoice(_Strict):
    """A section of the briefing: a default one (by id) or one the analyst adds."""

    id: SectionId
    title: Text | None = None
    # Words that mark a sentence as belonging to a section the analyst added.
    keywords: tuple[Text, ...] = ()
    # What the section is (model.SectionKind); by default a default section's kind, else points.
    kind: SectionKind | None = None


@dataclass(frozen=True)
class SectionPlan:
    """A section as engines build it: the analyst's choice with every default filled in."""

    id: str
    title: str
    kind: SectionKind
    keywords: tuple[str, ...] = ()

    @property
    def empty_text(self) -> str:
        return empty_text(self.id, self.title)


class PinnedPoint(_Strict):
    """A point the analyst wants in a section, resting on exact words of a source."""

    section: SectionId
    source: Text  # a path from `sources`, or a source id
    quote: Text
    text: Text | None = None  # defaults to the quote


class BriefSpec(_Strict):
    title: Text
    sources: Annotated[tuple[Text, ...], Field(min_length=1, max_length=MAX_SOURCES)]
    subtitle: Text | None = None
    date: CalendarDate | None = None
    author: Text | None = None
    audience: Text | None = None
    marking: Text | None = None
    paper: Literal["A4", "letter"] | None = None  # None: A4 for the PDF, the reference's for a DOCX
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    engine: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,31}$")] = "extractive"
    sections: tuple[Union[SectionId, SectionChoice], ...] | None = None
    # None: as many as the sources need (bottom_line_points); a number the analyst gives is kept.
    summary_points: Annotated[int, Field(ge=1, le=10)] | None = None
    max_points: Annotated[int, Field(ge=1, le=50)] = 6
    pin: tuple[PinnedPoint, ...] = ()
    strike: tuple[Text, ...] = ()  # drop every point whose text contains one of these
    keywords: tuple[Text, ...] = ()
    edits: tuple[PointEdit, ...] = ()  # reworded, deleted, moved and added points (briefsmith pull)
    unplaced: tuple[LongText, ...] = ()  # what pull could not place (a table, an image…), kept here
    changes: bool = False  # also write NAME-changes.docx and the What changed box (build --changes)

    @field_validator("sections")
    @classmethod
    def _each_section_once(cls, value: tuple[SectionId | SectionChoice, ...] | None):  # noqa: ANN206
        """A section named twice would print twice, the same points under one heading twice."""
        seen: set[str] = set()
        for item in value or ():
            section_id = item if isinstance(item, str) else item.id
            if section_id in seen:
                raise ValueError(f"{section_id!r} is listed twice: list each section once")
            seen.add(section_id)
        return value

    def bottom_line_points(self, sources: int) -> int:
        """How many bottom-line points: the analyst's `summary_points`, else 3 for one source
        and one more for each further source, up to 4. Outlets telling one story each lead
        with its main fact, which one point citing them all states, but each brings facts of
        its own that a reader who reads nothing else should know too (held out on the
        labelled clusters of 3-4 sources, 3 points held 45.5 % of the facts analysts put in
        each source's bottom line, 4 points 51.5 %, 5 no more than 4)."""
        if self.summary_points is not None:
            return self.summary_points
        return min(DEFAULT_SUMMARY_POINTS + max(0, sources - 1), MAX_DEFAULT_SUMMARY_POINTS)

    def section_choices(self) -> list[SectionPlan]:
        """The sections in the order the analyst asked for (default: all five)."""
        if self.sections is None:
            return [SectionPlan(t.id, t.title, t.kind) for t in DEFAULT_SECTIONS]
        out = []
        for item in self.sections:
            choice = SectionChoice(id=item) if isinstance(item, str) else item
            found = default_section(choice.id)
            title = choice.title or (found.title if found else choice.id.replace("_", " ").capitalize())
            out.append(SectionPlan(choice.id, title, choice.kind or default_kind(choice.id), choice.keywords))
        return out


def _field_name(loc: tuple[object, ...]) -> str:
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        elif not str(part).isidentifier() or str(part)[:1].isupper():
            continue  # pydantic's union-branch labels ("constrained-str") mean nothing to a user
        else:
            name += f".{part}" if name else str(part)
    return name


def _shape_problems(exc: ValidationError) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for err in exc.errors(include_url=False):
        field = _field_name(err["loc"])
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
        if field == "sources" and err["type"] == "too_long":
            msg = f"{len(err['input'])} sources: a brief takes at most {MAX_SOURCES} (split it into briefs)"
        elif err["type"] == "too_short" and not err.get("input"):  # pydantic's "tuple should have at least 1 item"
            msg = "is empty: list at least one" + (" record" if field == "sources" else " item")
        seen.setdefault(field, msg[:1].lower() + msg[1:])
    return list(seen.items())


def load_spec(path: Path, root: Path) -> tuple[BriefSpec, list[Path]]:
    """Read a brief spec and resolve its sources; raise SpecError with every problem.
    The spec itself must be a regular file inside the workspace, like its sources; a
    source named twice (in any spelling) is read once."""
    try:
        text = read_regular(path, roots=(root,), max_bytes=MAX_SPEC_BYTES).decode("utf-8-sig")
    except Unsafe as exc:
        raise SpecError(path, [("", exc.message)]) from None
    except UnicodeDecodeError:
        raise SpecError(path, [("", "not UTF-8 text")]) from None
    except FileNotFoundError:
        raise SpecError(path, [("", "file not found")]) from None
    except OSError as exc:
        raise SpecError(path, [("", exc.strerror or str(exc))]) from None
    data = load_yaml(text, path, error=BriefsmithError)
    if not isinstance(data, dict):
        raise SpecError(
            path,
            [("", "a brief spec is a YAML mapping with at least title and sources")],
            hint="see README, 'The brief spec'",
        )
    problems: list[tuple[str, str]] = []
    spec: BriefSpec | None = None
    try:
        spec = BriefSpec.model_validate(data)
    except ValidationError as exc:
        problems += _shape_problems(exc)
    raw_sources = data.get("sources")
    paths: list[Path] = []
    if isinstance(raw_sources, list):
        for i, raw in enumerate(raw_sources):
            if isinstance(raw, str) and raw.strip():
                resolved, why = resolve_source(root, raw.strip())
                if why:
                    problems.append((f"sources[{i}]", f"{why}: {raw}"))
                elif resolved is not None:
                    paths.append(resolved)
    if problems or spec is None:
        raise SpecError(path, problems, hint="fix the fields named and run `briefsmith check`")
    keep = once_each(paths)
    if len(keep) < len(paths):  # the same file twice counts once; spec.sources[i] stays paths[i]
        spec = spec.model_copy(update={"sources": tuple(spec.sources[i] for i in keep)})
        paths = [paths[i] for i in keep]
    return spec, paths
