"""What the preview's pages show: each brief's state, and the one condition their event streams
wait on. The session's thread writes here after each build; the server's threads read
`snapshot()` whenever `version` moves on."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from briefsmith.pipeline.results import BriefResult


@dataclass(frozen=True)
class BriefState:
    name: str
    spec: str  # workspace-relative
    title: str  # the briefing's, from its JSON; the name until it is first built
    status: str  # building, built, failed, kept
    error: str | None = None  # one line; the last good files stay shown below it
    version: int = 0  # bumps each time its files are new
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()


class Board:
    def __init__(self) -> None:
        self.states: dict[str, BriefState] = {}
        self.problem: str | None = None  # what stops every brief (a broken briefsmith.yaml)
        self.version = 0
        self.changed = threading.Condition()
        self.stopping = False

    def snapshot(self) -> dict[str, Any]:
        with self.changed:
            return {
                "version": self.version,
                "problem": self.problem,
                "briefs": {n: asdict(s) for n, s in sorted(self.states.items())},
            }

    def wait(self, seen: int, timeout: float) -> None:
        """Until the version moves on from `seen`, the board stops, or `timeout` passes."""
        with self.changed:
            if self.version == seen and not self.stopping:
                self.changed.wait(timeout)

    def _bump(self) -> None:
        self.version += 1
        self.changed.notify_all()

    def track(self, specs: Sequence[Path], root: Path) -> None:
        """The briefs served now: a new spec gets its page ("building"), a deleted one loses it."""
        names = {s.stem for s in specs}
        with self.changed:
            for gone in set(self.states) - names:
                del self.states[gone]
                self._bump()
            for spec in specs:
                if spec.stem not in self.states:
                    self.states[spec.stem] = BriefState(spec.stem, _rel(spec, root), spec.stem, "building")
                    self._bump()

    def set(self, state: BriefState) -> None:
        with self.changed:
            self.states[state.name] = state
            self._bump()

    def set_problem(self, problem: str | None) -> None:
        with self.changed:
            if problem != self.problem:
                self.problem = problem
                self._bump()

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()


def after_build(old: BriefState, result: BriefResult, out: Path) -> BriefState:
    """A brief's state once a build of it is done (its title read back from its new JSON)."""
    if result.status == "failed":
        return replace(old, status="failed", error=result.error, seconds=result.seconds)
    title = old.title
    try:
        title = str(json.loads((out / f"{old.name}.json").read_text(encoding="utf-8"))["title"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    kept = "; ".join(result.kept_why) or None
    return replace(
        old,
        title=title,
        status="kept" if result.status == "kept" else "built",
        error=kept and f"{kept}: kept (a person edited it); --force or another --out folder",
        version=old.version + 1,
        seconds=result.seconds,
        warnings=result.warnings,
    )


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
