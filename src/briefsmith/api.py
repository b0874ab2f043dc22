"""The library API (never imports Click): thin doors into the orchestrator, pipeline/orchestrator.py."""

from __future__ import annotations

from typing import Any


def build(*args: Any, **kwargs: Any) -> Any:
    # Here, not at the top: `import briefsmith` (and so every CLI command) stays light.
    from briefsmith.pipeline.orchestrator import build as _build

    return _build(*args, **kwargs)


def condense(*args: Any, **kwargs: Any) -> Any:
    # Here, not at the top: as for build().
    from briefsmith.pipeline.orchestrator import condense_records

    return condense_records(*args, **kwargs)
