"""The fields a structured record (JSON, YAML) or Markdown front matter may give,
validated by pydantic. Unknown keys are ignored: records come from scrapers and
feeds that add their own fields (tags, summary, image), and refusing those would
make every such tool's output unreadable. Wrong types are errors naming the field
("paragraphs[2]: input should be a valid string")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, field_validator

from briefsmith.errors import RecordError
from briefsmith.records.dates import date_problem, parse_date
from briefsmith.records.decode import clean_chars
from briefsmith.records.publishers import domain


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    iso = parse_date(value)
    if iso is None:
        raise ValueError(date_problem(value))
    return iso


def _text(value: Any) -> Any:
    return clean_chars(value) if isinstance(value, str) else value


IsoDate = Annotated[str | None, BeforeValidator(_iso_date)]
Text = Annotated[str, BeforeValidator(_text)]


class RecordFields(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str | None = None
    title: Text | None = None
    author: Any = ()
    authors: Any = ()
    publisher: Text | None = None
    published: IsoDate = None
    url: str | None = None
    retrieved: IsoDate = None
    language: str | None = None
    paragraphs: list[Text] | None = None
    body: Text | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", value):
            raise ValueError("use letters, digits, '.', '_' and '-' only (at most 100)")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > 2000 or domain(value) is None):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("author", "authors")
    @classmethod
    def _names(cls, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        names = value if isinstance(value, list) else [value]
        if not all(isinstance(name, str) for name in names):
            raise ValueError("must be a name or a list of names")
        # One string may hold several names separated by ";" (as feeds write them).
        return tuple(n.strip() for name in names for n in clean_chars(name).split(";") if n.strip())

    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.authors, *self.author]))


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_fields(data: object, path: Path, what: str = "record") -> RecordFields:
    """The record's fields, or one RecordError naming the first bad field (and how
    many more there are)."""
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise RecordError(f"a {what} must be a mapping of fields (title, paragraphs, …), found {kind}", path=path)
    try:
        return RecordFields.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        first = errors[0]
        message = _message(first["msg"])
        more = "; ".join(f"{_where(e['loc'])}: {_message(e['msg'])}" for e in errors[1:4])
        if more:
            message += f" (also {more}{'; …' if len(errors) > 4 else ''})"
        raise RecordError(message, path=path, where=_where(first["loc"])) from None


def _message(msg: str) -> str:
    msg = msg.removeprefix("Value error, ")
    return msg[:1].lower() + msg[1:]
