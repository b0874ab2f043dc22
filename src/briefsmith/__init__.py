"""Briefsmith: turn news articles into cited briefing documents.

The library API (no Click here): `build()` runs the whole pipeline for brief specs,
`condense()` turns article records into a `Briefing`.
"""

from __future__ import annotations

from briefsmith.api import build, condense
from briefsmith.version import __version__

__all__ = ["__version__", "build", "condense"]
