"""Condensing engines: one small protocol, found by name.

(Named `engines`, not `condense`: a `briefsmith.condense` package would hide the
`briefsmith.condense()` function of the library API once imported.)

Built-in engines are listed here; others can register through the
`briefsmith.engines` entry-point group (a class taking no arguments).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from briefsmith.errors import EngineError

if TYPE_CHECKING:
    from briefsmith.model import Article, Briefing
    from briefsmith.workspace.spec import BriefSpec

# name -> "module:Class"; imported only when asked for, so `--help` stays fast.
BUILTIN_ENGINES: dict[str, str] = {
    "extractive": "briefsmith.engines.extractive:ExtractiveEngine",
    "llm": "briefsmith.engines.llm:LLMEngine",
}


@runtime_checkable
class Engine(Protocol):
    name: str

    def condense(self, articles: Sequence[Article], spec: BriefSpec) -> Briefing:
        """Turn articles into a Briefing whose every citation quotes its source."""
        ...


def _load(target: str) -> type:
    module, _, attr = target.partition(":")
    return getattr(import_module(module), attr)


def engine_names() -> list[str]:
    names = set(BUILTIN_ENGINES)
    names.update(ep.name for ep in entry_points(group="briefsmith.engines"))
    return sorted(names)


def get_engine(name: str, **options: object) -> Engine:
    if name in BUILTIN_ENGINES:
        cls = _load(BUILTIN_ENGINES[name])
    else:
        found = [ep for ep in entry_points(group="briefsmith.engines") if ep.name == name]
        if not found:
            raise EngineError(
                f"unknown engine {name!r}",
                where="engine",
                hint=f"choose one of: {', '.join(engine_names())}",
            )
        cls = found[0].load()
    return cls(**options)
