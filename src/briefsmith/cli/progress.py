"""A progress bar for batch builds, only on a terminal (quiet in CI, with --quiet, --json)."""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import Any

import click

from briefsmith.pipeline.results import BriefResult


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self._bar: Any = None

    def __enter__(self) -> Progress:
        return self

    def plan(self, names: list[str]) -> None:
        """Called once the briefs are known; a bar only for more than one brief."""
        if self.enabled and len(names) > 1:
            self._bar = click.progressbar(
                length=len(names), label="building", file=sys.stderr, show_pos=True, item_show_func=lambda name: name
            )
            self._bar.__enter__()

    def update(self, result: BriefResult) -> None:
        if self._bar is not None:
            self._bar.update(1, result.name)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)
            self._bar = None
