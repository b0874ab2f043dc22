"""Every setting of a build, declared once: its type, default and doc, and where a user sets it
(a flag, a briefsmith.yaml key, an environment variable; see declare.py). A flag given wins,
then the environment, then briefsmith.yaml, then the default here (resolve.py).

The brief spec's own fields (title, sources, paper, sections, ...) are the spec's, declared in
workspace/spec.py; `paper` can also be given as a flag, which wins over the spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefsmith.settings.declare import setting

FORMATS: tuple[str, ...] = ("pdf", "docx", "html", "json")
RENDER_FORMATS: tuple[str, ...] = ("pdf", "docx")  # what `render` writes unless told
PDF_VARIANTS: tuple[str, ...] = ("pdf/a-3b", "pdf/ua-1")
PAPERS: tuple[str, ...] = ("A4", "letter")
PDF_PAPER = "A4"  # the PDF's and HTML's paper when neither a flag nor the spec chooses one
BOTH = ("build", "render")


@dataclass(frozen=True)
class RenderOptions:
    """How a Briefing becomes files: the same for `build` and `render`."""

    formats: tuple[str, ...] = setting(
        FORMATS,
        "the formats to write, comma-separated (render: pdf, docx or html)",
        flag="--format",
        short="-f",
        commands=BOTH,
        key="formats",
        choices=FORMATS,
        metavar="LIST",
        shown_default="all; render: pdf,docx",
    )
    paper: str | None = setting(
        None,
        "paper size, over the spec's `paper:` (or the briefing JSON's)",
        flag="--paper",
        commands=BOTH,
        choices=PAPERS,
        shown_default="the spec's, else A4; a DOCX keeps its reference document's",
    )
    pdf_variant: str | None = setting(
        None,
        "archival PDF/A-3b (the briefing JSON attached) or tagged PDF/UA-1",
        flag="--pdf-variant",
        commands=BOTH,
        key="pdf_variant",
        choices=PDF_VARIANTS,
    )
    reference: Path | None = setting(
        None,
        "the DOCX reference document (styles, page set-up) for library callers",
        shown_default="the theme's templates/reference.docx",
    )


@dataclass(frozen=True)
class LLMOptions:
    """Options of the llm engine (ignored by others)."""

    url: str | None = setting(
        None, "the OpenAI-compatible endpoint, including /v1", key="llm.url", env="BRIEFSMITH_LLM_URL"
    )
    model: str | None = setting(None, "the model to ask", key="llm.model", env="BRIEFSMITH_LLM_MODEL")
    key: str | None = setting(
        None, "the endpoint's API key (never in a file)", env="BRIEFSMITH_LLM_KEY", secret=True, of_output=False
    )
    # About 50 000 tokens, within what common hosted models take: a longer prompt fails here,
    # with a hint, rather than as the endpoint's context-length error after an upload.
    max_chars: int = setting(
        200_000,
        "longest prompt sent, in characters; a longer one is refused before upload",
        key="llm.max_chars",
        env="BRIEFSMITH_LLM_MAX_CHARS",
        low=1000,
    )
    timeout: float = setting(
        60.0,
        "seconds to wait for an answer",
        key="llm.timeout",
        env="BRIEFSMITH_LLM_TIMEOUT",
        low=0.1,
        of_output=False,
    )
    keep_unverified: bool = setting(
        False, "llm: keep unsupported points, marked as unverified", flag="--keep-unverified"
    )
    replay: bool = setting(
        False, "llm: use only cached answers (.briefsmith/cache)", flag="--replay", commands=("build", "condense")
    )
    # The engine that finishes a brief when the endpoint fails; resolve.py turns the flag
    # into "extractive" or None (on unless --strict: a strict CI job must see the failure).
    fallback: str | None = setting(
        None,
        "llm: finish with the extractive engine if the endpoint fails",
        flag="--fallback/--no-fallback",
        shown_default="on; off with --strict",
    )
    refresh: bool = setting(False, "ask the endpoint even when an answer is cached", of_output=False)
    retries: int = setting(3, "retries of a failed request", low=0, of_output=False)
    backoff: float = setting(0.5, "seconds before the first retry, doubling", low=0, of_output=False)
    max_wait: float = setting(30.0, "longest wait between retries, in seconds", low=0, of_output=False)
    seed: int = setting(0, "the sampling seed sent with each request")
    cache_dir: Path | None = setting(
        None, "where answers are cached", shown_default="WORKSPACE/.briefsmith/cache", of_output=False
    )


@dataclass(frozen=True)
class IngestOptions:
    """How `ingest` reads feeds."""

    follow_links: bool = setting(
        False,
        "ingest: fetch each feed entry's page, not only the feed's own text",
        flag="--follow-links",
        commands=("ingest",),
        key="ingest.follow_links",
        of_output=False,
    )


@dataclass(frozen=True)
class ServeOptions:
    """The live preview (`briefsmith serve`)."""

    port: int = setting(
        8000,
        "serve: the port on 127.0.0.1 (0: any free one)",
        flag="--port",
        commands=("serve",),
        key="serve.port",
        low=0,
        high=65535,
        metavar="PORT",
        shown_default="8000",
        of_output=False,
    )
    open: bool = setting(
        False, "serve: open the preview in a browser", flag="--open", commands=("serve",), of_output=False
    )


@dataclass(frozen=True)
class BuildOptions:
    out: Path | None = setting(
        None,
        "output folder",
        flag="--out",
        short="-o",
        commands=(*BOTH, "pull", "serve"),
        key="out",
        metavar="DIR",
        shown_default="WORKSPACE/out/; serve: a temporary folder",
        of_output=False,
    )
    strict: bool = setting(
        False,
        "warnings (unverified citation, empty section, missing glyph) fail the build",
        flag="--strict",
        commands=("build", "condense", "render"),
        key="strict",
    )
    force: bool = setting(
        False,
        "rebuild even if up to date, and overwrite outputs a person edited",
        flag="--force",
        commands=BOTH,
        of_output=False,
    )
    jobs: int = setting(
        1, "worker processes", flag="--jobs", short="-j", key="jobs", low=1, high=64, metavar="N", of_output=False
    )
    engine: str | None = setting(
        None,
        "condensing engine, over the spec's `engine:`: extractive or llm",
        flag="--engine",
        commands=("build", "condense"),
        key="engine",
        metavar="NAME",
        shown_default="the spec's, else extractive",
    )
    changes: bool = setting(
        False,
        "also write NAME-changes.docx (this edition, tracked changes against the last) and a What changed box",
        flag="--changes",
        key="changes",
        shown_default="off, or the spec's `changes:`",
    )
    shard: tuple[int, int] | None = setting(
        None, "build only share I of N of the briefs (a CI matrix)", flag="--shard", metavar="I/N", of_output=False
    )
    wait: bool = setting(
        True,
        "wait for another run writing to the same out folder; --no-wait fails at once (exit 1)",
        flag="--wait/--no-wait",
        commands=BOTH,
        shown_default="wait",
        of_output=False,
    )
    render: RenderOptions = field(default_factory=RenderOptions)
    llm: LLMOptions = field(default_factory=LLMOptions)
    ingest: IngestOptions = field(default_factory=IngestOptions)
    serve: ServeOptions = field(default_factory=ServeOptions)
