"""The schema of `briefsmith.yaml`, made from the declarations (options.py): each setting that
has a `key` may be set there, with the setting's type, bounds and choices. Built only when there
is a file to validate (pydantic's import is a cost a workspace without one does not pay)."""

from __future__ import annotations

import typing
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, create_model

from briefsmith.settings.declare import Declared, declared
from briefsmith.settings.options import BuildOptions

FORBID = ConfigDict(extra="forbid", frozen=True)


def _one_of(choices: tuple[str, ...]) -> AfterValidator:
    def check(value: Any) -> Any:
        for item in value if isinstance(value, tuple) else (value,):
            if item not in choices:
                raise ValueError(f"{item!r} is not one of {', '.join(choices)}")
        return value

    return AfterValidator(check)


def _split(value: Any) -> Any:
    """`formats: pdf, html` as the flag takes it, or a YAML list: both mean the same."""
    if isinstance(value, str):
        value = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("give a list, [pdf, html], or a comma-separated string, pdf,html")
    return value


def _field(d: Declared) -> tuple[Any, Any]:
    kind: Any = str if d.type is Path else d.type  # a path in the file is text, relative to the workspace
    if d.setting.choices:
        kind = Annotated[kind, _one_of(d.setting.choices)]
    if typing.get_origin(d.type) is tuple:
        kind = Annotated[kind, BeforeValidator(_split)]
    return kind | None, Field(None, ge=d.setting.low, le=d.setting.high, description=d.setting.doc)


@lru_cache(maxsize=1)
def config_model() -> type[BaseModel]:
    """ConfigFile: the top-level keys, and a nested model per group ("llm.url" is llm: {url})."""
    top: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for d in declared(BuildOptions):
        if d.setting.key is None:
            continue
        group, _, name = d.setting.key.rpartition(".")
        (groups.setdefault(group, {}) if group else top)[name] = _field(d)
    for group, fields in groups.items():
        model = create_model(f"{group.title()}Config", __config__=FORBID, **fields)
        top[group] = (model | None, Field(None))
    return create_model("ConfigFile", __config__=FORBID, **top)
