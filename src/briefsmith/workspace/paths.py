"""Paths a workspace file names (a spec's sources): inside the workspace, regular files,
each file once however it is spelt.

A spec may come from someone else. So a source is resolved (every link and `..`) and
must then lie inside the workspace and be a regular file — a FIFO would block the build
for ever, a device never ends — and the same file named twice (`seeds/a.md`,
`./seeds/a.md`, `seeds/../seeds/a.md`, a link or a hard link to it) counts once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from briefsmith.safeio import inside, kind_of


def resolve_source(root: Path, raw: str) -> tuple[Path | None, str | None]:
    """A spec path inside the workspace, or why not. Links are followed first, so a link
    that points out of the workspace is refused like `../..` is."""
    candidate = Path(raw).expanduser()
    if not candidate.is_absolute():
        candidate = root / candidate
    real = inside(candidate, (root,))
    if real is None:
        return None, "path is outside the workspace"
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return None, "file not found"
    except OSError as exc:
        return None, exc.strerror or str(exc)
    if not stat.S_ISREG(st.st_mode):
        return None, f"is {kind_of(st.st_mode)}, not a regular file"
    return real, None


def once_each(paths: Sequence[Path]) -> list[int]:
    """The indices of `paths` to keep: the first of each file (by device and inode)."""
    seen: set[tuple[int, int]] = set()
    keep = []
    for i, path in enumerate(paths):
        try:
            st = os.stat(path)
            key = (st.st_dev, st.st_ino)
        except OSError:
            keep.append(i)
            continue
        if key not in seen:
            seen.add(key)
            keep.append(i)
    return keep
