"""Click options made from the settings' declarations (settings/options.py): a command gets a
flag for each setting that names it, with the declared doc and default. Every flag defaults to
None, so a flag not given leaves briefsmith.yaml's value (settings/resolve.py decides)."""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from briefsmith.settings.declare import Declared, declared
from briefsmith.settings.options import BuildOptions

F = TypeVar("F", bound=Callable[..., Any])


def _listed(d: Declared) -> Callable[[click.Context, click.Parameter, str | None], tuple[str, ...] | None]:
    """A comma-separated list, each item one of the setting's choices."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        items = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
        bad = [v for v in items if v not in d.setting.choices]
        if bad or not items:
            raise click.BadParameter(f"{', '.join(bad) or 'nothing'} (choose from {','.join(d.setting.choices)})")
        return items

    return parse


def _option(d: Declared) -> Callable[[F], F]:
    s = d.setting
    assert s.flag is not None
    names = [n for n in (s.short, s.flag) if n]
    doc = s.doc if s.doc.startswith("llm:") else s.doc[:1].upper() + s.doc[1:]
    kw: dict[str, Any] = {"default": None, "help": f"{doc} [default: {d.default_text}]."}
    if s.metavar:
        kw["metavar"] = s.metavar
    if d.type is bool and "/" not in s.flag:  # "--a/--no-a" is an on/off pair already
        kw["is_flag"] = True
    elif d.type is Path:
        kw["type"] = click.Path(file_okay=False, path_type=Path)
    elif typing.get_origin(d.type) is tuple:
        if s.choices:
            kw["callback"] = _listed(d)  # else given as text: resolve.py reads it ("I/N")
    elif s.choices:
        kw["type"] = click.Choice(s.choices)
    elif d.type is int:
        kw["type"] = click.IntRange(
            int(s.low) if s.low is not None else None, int(s.high) if s.high is not None else None
        )
    return click.option(*names, d.name, **kw)


def setting_flags(command: str) -> Callable[[F], F]:
    """The decorator that adds every declared flag of `command`, in the declarations' order."""
    chosen = [d for d in declared(BuildOptions) if d.setting.flag and command in d.setting.commands]

    def decorate(func: F) -> F:
        for d in reversed(chosen):  # decorators apply bottom-up: keep --help in declared order
            func = _option(d)(func)
        return func

    return decorate
