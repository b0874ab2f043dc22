"""Options from what the user gave: a flag given wins, then the environment, then briefsmith.yaml,
then the declared default (mkdocs' rule: flags default to None, so "not given" leaves the config's
value). Every setting goes through here, by its declaration; only two need a word more: `shard`
arrives as "I/N", and `fallback` is on unless --strict."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from briefsmith.errors import UsageError
from briefsmith.settings.config import load_config
from briefsmith.settings.declare import Declared, declared
from briefsmith.settings.env import bounds, read_env
from briefsmith.settings.options import RENDER_FORMATS, BuildOptions, LLMOptions, RenderOptions

T = TypeVar("T")
FALLBACK_ENGINE = "extractive"


def parse_shard(text: str) -> tuple[int, int]:
    try:
        i, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise UsageError(f"invalid shard {text!r}", where="--shard", hint="use I/N, e.g. 1/4") from None
    if not 1 <= i <= n:
        raise UsageError(f"invalid shard {text!r}", where="--shard", hint="I must be between 1 and N")
    return i, n


def _check(d: Declared, value: Any) -> None:
    """A value given by a caller (the CLI checks its flags too; a library caller may not)."""
    where = d.setting.flag.split("/")[0] if d.setting.flag else d.setting.key or d.path
    choices = d.setting.choices
    if choices:
        items = value if isinstance(value, tuple) else (value,)
        bad = [str(v) for v in items if v not in choices]
        if bad or not items:
            raise UsageError(
                f"unknown {d.name.rstrip('s')} {', '.join(bad) or '(none)'}",
                where=where,
                hint=f"choose from {','.join(choices)}",
            )
    low, high = d.setting.low, d.setting.high
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if (low is not None and value < low) or (high is not None and value > high):
            raise UsageError(f"must be a number {bounds(d)}, not {value!r}", where=where)


def _assemble(cls: Any, chosen: Mapping[str, Any], prefix: str = "") -> Any:
    """An options dataclass (and its parts) from setting path -> value; the rest default."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        path = prefix + f.name
        part = f.default_factory
        if part is not dataclasses.MISSING and dataclasses.is_dataclass(part):
            values[f.name] = _assemble(part, chosen, path + ".")
        elif path in chosen:
            values[f.name] = chosen[path]
    return cls(**values)


def _resolve(cls: type[T], prefix: str, given: Mapping[str, object], *layers: Mapping[str, object]) -> T:
    """Options of type `cls` (found at `prefix` under BuildOptions): `given` by setting name wins
    over the layers (setting path -> value), the later layer over the earlier."""
    decls = declared(cls, prefix)
    by_name = {d.name: d for d in decls}
    unknown = sorted(set(given) - set(by_name))
    if unknown:
        raise TypeError(f"not a setting: {', '.join(unknown)}")
    flags = {by_name[k].path: v for k, v in given.items() if v is not None}
    if isinstance(flags.get("shard"), str):
        flags["shard"] = parse_shard(str(flags["shard"]))
    chosen: dict[str, Any] = {}
    for layer in (*layers, flags):
        chosen.update((k, v) for k, v in layer.items() if k.startswith(prefix))
    for d in decls:
        if d.path in chosen and d.name != "fallback":  # on/off or an engine's name: see below
            _check(d, chosen[d.path])
    if any(d.path == "llm.fallback" for d in decls):
        on = chosen.get("llm.fallback")
        if on is None and prefix == "":
            # A build falls back unless --strict: silently would hide a broken endpoint from CI.
            on = not chosen.get("strict", False)
        chosen["llm.fallback"] = FALLBACK_ENGINE if on is True else (on or None)
    made: T = _assemble(cls, chosen, prefix)
    return made


def build_options(root: Path, **given: object) -> BuildOptions:
    """The options of a build in workspace `root`; `given` by setting name (None: not given)."""
    return _resolve(BuildOptions, "", given, load_config(root), read_env())


def llm_options(**given: object) -> LLMOptions:
    """The llm engine's options for a library caller: `given`, then the environment, then the
    defaults (no briefsmith.yaml: there is no workspace to find it in)."""
    return _resolve(LLMOptions, "llm.", given, read_env())


def given_render_options(**given: object) -> RenderOptions:
    """What `render` was asked for by its flags (it reads no briefsmith.yaml: that file sets up
    builds; a JSON is rendered as its flags and the JSON itself say)."""
    return _resolve(
        RenderOptions, "render.", {"formats": RENDER_FORMATS, **{k: v for k, v in given.items() if v is not None}}
    )


def render_options(given: RenderOptions, paper: str | None) -> RenderOptions:
    """How to render a briefing, in one place for `build` and `render`: the paper given as a
    flag, else the one the spec chose (recorded in the briefing JSON as `paper`), else none
    (the PDF is A4, a DOCX keeps its reference document's page set-up)."""
    return dataclasses.replace(given, paper=given.paper or paper)
