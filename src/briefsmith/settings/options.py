"""Typed options of a build, and what a build reports back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

FORMATS: tuple[str, ...] = ("pdf", "docx", "html", "json")
PDF_VARIANTS: tuple[str, ...] = ("pdf/a-3b", "pdf/ua-1")
Status = Literal["built", "skipped", "kept", "failed"]


@dataclass(frozen=True)
class LLMOptions:
    """Options passed to the llm engine (ignored by others)."""

    url: str | None = None
    model: str | None = None
    keep_unverified: bool = False
    replay: bool = False
    # The engine that finishes a brief when the endpoint fails. The CLI turns it on for
    # `build` unless --strict (options_from.py decides, in one place); off by default here.
    fallback: str | None = None
    max_chars: int | None = None  # the prompt's size limit (engine default when None)


@dataclass(frozen=True)
class BuildOptions:
    out: Path | None = None  # default: <workspace>/out
    formats: tuple[str, ...] = FORMATS
    strict: bool = False
    force: bool = False
    jobs: int = 1
    pdf_variant: str | None = None
    engine: str | None = None  # overrides the spec's engine when given
    shard: tuple[int, int] | None = None  # (i, n), 1-based i
    llm: LLMOptions = field(default_factory=LLMOptions)


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


@dataclass(frozen=True)
class BuildReport:
    out: Path
    results: tuple[BriefResult, ...]
    strict: bool = False

    @property
    def failed(self) -> bool:
        if any(r.status in ("failed", "kept") for r in self.results):
            return True
        return self.strict and any(r.warnings for r in self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def counts(self) -> dict[str, int]:
        out = {"built": 0, "skipped": 0, "kept": 0, "failed": 0}
        for r in self.results:
            out[r.status] += 1
        return out
