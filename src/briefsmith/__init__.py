"""Briefsmith: turn news articles into cited briefing documents.

The library API (no Click here): `build()` runs the whole pipeline for brief specs,
`condense()` turns article records into a `Briefing`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from briefsmith.api import build, condense  # noqa: E402

__all__ = ["__version__", "build", "condense"]
