"""Noticing saves: the workspace's files polled with stat(), not watched with inotify.

Why polling, and not watchfiles or watchdog: a workspace is small (specs, records, templates,
styles: tens to a few thousand files). stat() on the 25 files of this repository's workspace
takes about 0.3 ms, so a poll every 50 ms costs under 1 % of a core; it needs no compiled
dependency; and it sees every save on every file system, where inotify stays silent (network
mounts, Docker bind mounts, WSL's /mnt/c). An editor's save by rename is seen too: a file is
known by (mtime, size, inode). A larger workspace is polled less often, so polling never takes
more than 2.5 % of the time (1,000 files: a poll about every half second). A change is reported
once the files have settled (no further change after SETTLE), so a save written in two steps is
built once, whole.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Stamp = tuple[int, int, int]  # mtime_ns, size, inode
SKIP = {".git", ".briefsmith", "__pycache__", "node_modules", ".venv", "out"}
FASTEST = 0.05  # seconds between polls of a small workspace
SLOWEST = 1.0
SETTLE = 0.02  # a save in two steps (truncate, write) is over well within this
SHARE = 40  # poll no more often than 40 times the cost of one poll (2.5 % of the time)


def scan(folders: Iterable[Path], files: Iterable[Path]) -> dict[Path, Stamp]:
    """Every file and folder under `folders` (hidden folders, out/ and caches left out) and each
    of `files` that exists, with its stamp. Folders count: a file made and removed again while a
    rebuild ran (which that rebuild may have seen) changes its folder's stamp, so it is noticed."""
    found: dict[Path, Stamp] = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            _stamp(Path(dirpath), found)
            dirnames[:] = [d for d in dirnames if d not in SKIP and not d.startswith(".")]
            for name in filenames:
                _stamp(Path(dirpath) / name, found)
    for path in files:
        _stamp(path, found)
    return found


def _stamp(path: Path, found: dict[Path, Stamp]) -> None:
    try:
        st = path.stat()
    except OSError:
        return
    found[path] = (st.st_mtime_ns, st.st_size, st.st_ino)


def differences(before: dict[Path, Stamp], after: dict[Path, Stamp]) -> set[Path]:
    """Files added, removed or changed."""
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


class Poller:
    """`changes()` blocks until files change (then returns them), or `stop()` is called."""

    def __init__(self, targets: Callable[[], tuple[list[Path], list[Path]]]) -> None:
        self._targets = targets  # (folders, files) to watch, asked again on every poll
        self._known = scan(*targets())
        self._interval = FASTEST
        self._stopped = False

    def stop(self) -> None:
        self._stopped = True

    def _poll(self) -> dict[Path, Stamp]:
        start = time.perf_counter()
        found = scan(*self._targets())
        cost = time.perf_counter() - start
        self._interval = min(SLOWEST, max(FASTEST, cost * SHARE))
        return found

    def changes(self) -> set[Path]:
        """The files changed since the last call, once they have settled; empty when stopped."""
        while not self._stopped:
            time.sleep(self._interval)
            now = self._poll()
            changed = differences(self._known, now)
            if not changed:
                continue
            while not self._stopped:  # settle: until one poll sees nothing new
                time.sleep(SETTLE)
                later = self._poll()
                more = differences(now, later)
                if not more:
                    break
                changed |= more
                now = later
            self._known = now
            return changed
        return set()
