"""A progress bar for batch builds, only on a terminal (quiet in CI and with --quiet)."""

from __future__ import annotations

import os
import sys
from types import TracebackType

import click

from briefsmith.options import BriefResult


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self.done = 0

    def __enter__(self) -> Progress:
        return self

    def update(self, result: BriefResult) -> None:
        self.done += 1
        if self.enabled:
            colour = None if os.environ.get("NO_COLOR") else {"failed": "red", "kept": "yellow"}.get(result.status)
            click.secho(f"\r[{self.done}] {result.status} {result.name}".ljust(60), nl=False, err=True, fg=colour)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.enabled and self.done:
            click.echo("\r" + " " * 60 + "\r", nl=False, err=True)
