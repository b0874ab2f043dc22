"""The library API (never imports Click). Filled in by build.py."""

from __future__ import annotations

from typing import Any


def build(*args: Any, **kwargs: Any) -> Any:
    from briefsmith.pipeline.orchestrator import build as _build

    return _build(*args, **kwargs)


def condense(*args: Any, **kwargs: Any) -> Any:
    from briefsmith.pipeline.orchestrator import condense_records

    return condense_records(*args, **kwargs)
