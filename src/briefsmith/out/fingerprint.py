"""What makes a brief's outputs up to date: the hash of everything they depend on.

Inputs (spec and records), the theme (templates, styles, fonts), the options, the
Briefsmith version and SOURCE_DATE_EPOCH. Hashing bytes is cheap next to a build
(the bundled fonts are a few MB), and unlike mtimes it survives a fresh git clone.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefsmith.out.atomic import sha256_file
from briefsmith.workspace.theme import Theme


@lru_cache(maxsize=256)
def _file_hash(path: Path, mtime_ns: int, size: int) -> str:
    # Keyed by mtime and size too: a process that builds again after a template was
    # edited (the library API, a test run) must see the new bytes, not a cached hash.
    return sha256_file(path) or ""


def _tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        h.update(str(path.relative_to(folder)).encode())
        h.update(_file_hash(path, stat.st_mtime_ns, stat.st_size).encode())
    return h.hexdigest()


def theme_hash(theme: Theme) -> str:
    return hashlib.sha256("".join(_tree_hash(d) for d in theme.roots).encode()).hexdigest()


def input_hashes(root: Path, spec_path: Path, sources: list[Path]) -> dict[str, str]:
    out = {}
    for path in [spec_path, *sources]:
        try:
            key = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            key = str(path)
        out[key] = sha256_file(path) or ""
    return out


def fingerprint(version: str, inputs: dict[str, str], theme: str, options: dict[str, Any]) -> str:
    doc = {
        "version": version,
        "inputs": inputs,
        "theme": theme,
        "options": options,
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()
