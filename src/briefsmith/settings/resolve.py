"""BuildOptions from the project config and the command line: a flag given wins,
a flag not given (None) leaves the config's value, then the built-in default."""

from __future__ import annotations

import os
from pathlib import Path

from briefsmith.errors import UsageError
from briefsmith.settings.config import load_config
from briefsmith.settings.options import FORMATS, PDF_VARIANTS, BuildOptions, LLMOptions
from briefsmith.workspace.briefs import parse_shard


def _pick(*values: object) -> object:
    return next((v for v in values if v is not None), None)


def build_options(
    root: Path,
    *,
    out: Path | None = None,
    formats: tuple[str, ...] | None = None,
    strict: bool | None = None,
    force: bool | None = None,
    jobs: int | None = None,
    pdf_variant: str | None = None,
    engine: str | None = None,
    keep_unverified: bool | None = None,
    replay: bool | None = None,
    fallback: bool | None = None,
    shard: str | None = None,
) -> BuildOptions:
    cfg = load_config(root)
    cfg_out = Path(cfg.out) if cfg.out else None
    if cfg_out is not None and not cfg_out.is_absolute():
        cfg_out = root / cfg_out
    chosen_formats = _pick(formats, cfg.formats, FORMATS)
    bad = sorted(set(chosen_formats) - set(FORMATS))  # type: ignore[arg-type]
    if bad:
        raise UsageError(f"unknown format {', '.join(bad)}", where="formats")
    variant = _pick(pdf_variant, cfg.pdf_variant)
    if variant is not None and variant not in PDF_VARIANTS:
        raise UsageError(
            f"unknown PDF variant {variant!r}", where="pdf_variant", hint=f"choose from {', '.join(PDF_VARIANTS)}"
        )
    is_strict = bool(_pick(strict, cfg.strict, False))
    # Falling back silently would hide a broken endpoint from a strict CI job.
    use_fallback = _pick(fallback, not is_strict)
    llm = LLMOptions(
        url=os.environ.get("BRIEFSMITH_LLM_URL") or cfg.llm_url,
        model=os.environ.get("BRIEFSMITH_LLM_MODEL") or cfg.llm_model,
        keep_unverified=bool(keep_unverified),
        replay=bool(replay),
        fallback="extractive" if use_fallback else None,
        # As for url and model, the variable wins over the file (the engine reads it).
        max_chars=None if os.environ.get("BRIEFSMITH_LLM_MAX_CHARS") else cfg.llm_max_chars,
    )
    return BuildOptions(
        out=_pick(out, cfg_out),  # type: ignore[arg-type]
        formats=tuple(chosen_formats),  # type: ignore[arg-type]
        strict=is_strict,
        force=bool(force),
        jobs=int(_pick(jobs, cfg.jobs, 1)),  # type: ignore[call-overload]
        pdf_variant=variant,  # type: ignore[arg-type]
        engine=_pick(engine, cfg.engine),  # type: ignore[arg-type]
        shard=parse_shard(shard) if shard else None,
        llm=llm,
    )
