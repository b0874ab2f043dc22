"""What makes a brief's outputs up to date: the hash of everything they depend on.

Inputs (spec and records), the theme (templates, styles, fonts), the options, the
Briefsmith version and SOURCE_DATE_EPOCH. Hashing bytes is cheap next to a build
(the bundled fonts are a few MB), and unlike mtimes it survives a fresh git clone.

Hashing never follows a link and never opens a FIFO or a device: a theme folder is
walked without following links (a link counts by where it points, so changing it
rebuilds), and the inputs a manifest records are hashed only if they are regular files
inside the workspace — a manifest naming `/dev/zero` or `../../etc/hostname` simply
makes the brief out of date, and the build then reads its spec afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from briefsmith.safeio import inside, kind_of, sha256_regular
from briefsmith.workspace.theme import Theme


@lru_cache(maxsize=256)
def _file_hash(path: Path, mtime_ns: int, size: int, ino: int) -> str:
    # Keyed by mtime and size too: a process that builds again after a template was
    # edited (the library API, a test run) must see the new bytes, not a cached hash.
    return sha256_regular(path) or ""


def _tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    entries: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        names = filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in names:
            path = Path(dirpath, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                digest = _file_hash(path, st.st_mtime_ns, st.st_size, st.st_ino)
            elif stat.S_ISLNK(st.st_mode):
                digest = "link:" + os.readlink(path)
            else:
                digest = "special:" + kind_of(st.st_mode)
            entries.append((str(path.relative_to(folder)), digest))
    for rel, digest in sorted(entries):
        h.update(rel.encode("utf-8", "surrogateescape"))
        h.update(digest.encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def theme_hash(theme: Theme) -> str:
    return hashlib.sha256("".join(_tree_hash(d) for d in theme.roots).encode()).hexdigest()


def input_hashes(root: Path, spec_path: Path, sources: list[Path]) -> dict[str, str]:
    """sha256 of the spec and each source, by workspace-relative path (all were checked
    to be regular files inside the workspace when the spec was loaded)."""
    out = {}
    for path in [spec_path, *sources]:
        real = inside(path, (root,))
        key = Path(real).relative_to(Path(os.path.realpath(root))).as_posix() if real else str(path)
        out[key] = sha256_regular(path, (root,)) or ""
    return out


def recorded_input_hashes(root: Path, recorded: dict[str, str]) -> dict[str, str] | None:
    """Hash the inputs a manifest names again; None if one is not a plain workspace-relative
    path of a regular file inside the workspace (then the brief is not up to date)."""
    hashes = {}
    for rel in recorded:
        parts = PurePosixPath(rel)
        if not rel or parts.is_absolute() or ".." in parts.parts:
            return None
        digest = sha256_regular(root / rel, (root,))
        if digest is None:
            return None
        hashes[rel] = digest
    return hashes


def fingerprint(version: str, inputs: dict[str, str], theme: str, options: dict[str, Any]) -> str:
    doc = {
        "version": version,
        "inputs": inputs,
        "theme": theme,
        "options": options,
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()
