"""What a build reports back: one result per brief, and the report of the whole build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Status = Literal["built", "skipped", "kept", "failed"]


@dataclass(frozen=True)
class BriefResult:
    name: str
    spec: str
    status: Status
    seconds: float = 0.0
    files: tuple[str, ...] = ()  # written (or up to date) outputs, relative to out
    kept: tuple[str, ...] = ()  # outputs a person edited, left untouched
    warnings: tuple[str, ...] = ()
    error: str | None = None
    kept_why: tuple[str, ...] = ()  # why each kept output was kept ("x.docx: changed since …")
    notes: tuple[str, ...] = ()  # about the machine (a missing library), not the brief: never recorded


@dataclass(frozen=True)
class BuildReport:
    out: Path
    results: tuple[BriefResult, ...]
    strict: bool = False
    shard: tuple[int, int] | None = None  # the share of the briefs this build had (--shard I/N)
    briefs: int = 0  # briefs in all, before sharing out

    @property
    def failed(self) -> bool:
        if any(r.status in ("failed", "kept") for r in self.results):
            return True
        return self.strict and any(r.warnings for r in self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    @property
    def machine_notes(self) -> tuple[str, ...]:
        """What the build learnt about the machine, each said once however many briefs met it."""
        return tuple(dict.fromkeys(n for r in self.results for n in r.notes))

    def counts(self) -> dict[str, int]:
        out = {"built": 0, "skipped": 0, "kept": 0, "failed": 0}
        for r in self.results:
            out[r.status] += 1
        return out
