"""How a setting is declared: once, as a field of an options dataclass (options.py), with its
default and a `Setting` that says its doc, command-line flag, briefsmith.yaml key and
environment variable. The Click options (cli/flags.py), the config schema (schema.py), the
environment (env.py), the README's settings table and its test all read these declarations.

Plain data on purpose: no Click here (the library never imports it), and no pydantic, so an
up-to-date build that needs neither pays for neither.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Union


@dataclass(frozen=True)
class Setting:
    doc: str
    flag: str | None = None  # "--strict"; "--fallback/--no-fallback" for an on/off pair
    short: str | None = None  # "-j"
    commands: tuple[str, ...] = ("build",)  # the commands that take the flag
    key: str | None = None  # in briefsmith.yaml: "jobs", "llm.url"
    env: str | None = None  # "BRIEFSMITH_LLM_URL"
    choices: tuple[str, ...] = ()  # allowed values (each item's, for a list)
    low: float | None = None  # bounds of a number, inclusive
    high: float | None = None
    metavar: str | None = None
    shown_default: str | None = None  # the default in words, where the value itself says too little
    of_output: bool = True  # changes what a build writes (so it is part of the up-to-date check)
    secret: bool = False  # never in a file, a manifest or a message


def setting(default: Any, doc: str, **how: Any) -> Any:
    """A dataclass field that declares a setting (`Any`: it stands where the default would)."""
    what = Setting(doc, **how)
    return field(default=default, repr=not what.secret, metadata={"setting": what})


@dataclass(frozen=True)
class Declared:
    """One setting as found on the options: where it lives and what it is."""

    path: str  # attribute path from BuildOptions: "strict", "llm.url", "render.paper"
    name: str  # the field's own name, also the keyword a flag arrives as: "url", "paper"
    type: Any  # the field's type, with None taken out of an optional one
    optional: bool
    default: Any
    setting: Setting

    @property
    def default_text(self) -> str:
        if self.setting.shown_default is not None:
            return self.setting.shown_default
        if self.default is None:
            return "none"
        if isinstance(self.default, tuple):
            return ",".join(map(str, self.default))
        if isinstance(self.default, bool):
            return "on" if self.default else "off"
        if isinstance(self.default, float):
            return f"{self.default:g}"
        return f"{self.default:,}" if isinstance(self.default, int) else str(self.default)


def _plain(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else Union[tuple(rest)]), True
    return hint, False


def declared(cls: type, prefix: str = "") -> tuple[Declared, ...]:
    """Every setting of an options dataclass, nested options included, in field order."""
    return _declared(cls, prefix)


@cache
def _declared(cls: Any, prefix: str) -> tuple[Declared, ...]:
    hints = typing.get_type_hints(cls)
    out: list[Declared] = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        nested = dataclasses.is_dataclass(hint)  # a part of the options (llm, render), not a setting
        if nested:
            out += _declared(hint, f"{prefix}{f.name}.")
        elif "setting" in f.metadata:
            plain, optional = _plain(hint)
            out.append(Declared(prefix + f.name, f.name, plain, optional, f.default, f.metadata["setting"]))
    return tuple(out)


def output_key(options: object, prefix: str = "") -> dict[str, object]:
    """The settings that change what a build writes, as plain data: what the up-to-date check
    compares and the manifest records (never a secret)."""
    return {
        d.path: str(v) if isinstance(v := _get(options, d.path.removeprefix(prefix)), Path) else v
        for d in declared(type(options), prefix)
        if d.setting.of_output and not d.setting.secret
    }


def _get(options: object, path: str) -> object:
    for part in path.split("."):
        options = getattr(options, part)
    return options
