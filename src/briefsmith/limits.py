"""Resource caps: how much a workspace's files may make Briefsmith do.

A template, a stylesheet or a reference document may come from someone else; none of
them may make a build use unbounded memory or time. Every cap has a default here and
an environment variable to change it (for an unusual brief, or a test that wants to
hit a cap quickly); a value that is not a positive number is ignored.

| variable | default | what |
|---|---|---|
| BRIEFSMITH_MAX_HTML_BYTES | 10,000,000 | rendered HTML of one brief (a template's output) |
| BRIEFSMITH_TEMPLATE_SECONDS | 10 | one run of the templates |
| BRIEFSMITH_PDF_SECONDS | 300 | laying out one PDF |
| BRIEFSMITH_MAX_ZIP_BYTES | 50,000,000 | reference.docx, all members decompressed |
"""

from __future__ import annotations

import os


def limit(variable: str, default: float) -> float:
    raw = os.environ.get(variable, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default
