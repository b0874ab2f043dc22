"""The journal: what a build is about to put in out/, recorded before it does.

Edit protection rests on knowing which bytes Briefsmith wrote. The manifest says so,
but it is written after the files; a build killed in between (SIGKILL, a power cut,
a CI timeout) would leave files whose bytes are ours and a manifest that does not know
them, and every later build would call them a person's edits. So before any rename a
build appends, to `out/.manifest.journal`, one line per brief naming each output and
the sha256 of its new bytes, and syncs it to disk. The next run (holding the lock, so
nobody writes meanwhile) reads the journal, adopts every output whose bytes match a
journaled hash into the manifest, and only then empties the journal.

Appends are single `write()` calls on an O_APPEND descriptor, so batch workers can
share the journal; a line cut short by a kill is skipped when reading.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.safeio import Unsafe, kind_of, read_regular

JOURNAL = ".manifest.journal"
MAX_JOURNAL = 64 * 1024 * 1024
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_APPEND |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)

Line = tuple[str, str, str, int]  # brief, file, sha256, size


def fsync_dir(folder: Path) -> None:
    """Make renames and new names in `folder` durable (a no-op where folders cannot be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def append(out: Path, brief: str, outputs: list[tuple[str, str, int]]) -> None:
    """Durably record that `brief` is about to write these (file, sha256, size)."""
    if not outputs:
        return
    path = out / JOURNAL
    try:
        st = os.lstat(path)
        created = False
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(f"is {kind_of(st.st_mode)}, not Briefsmith's journal", path=path, hint="remove it")
    except FileNotFoundError:
        created = True
    line = json.dumps({"brief": brief, "outputs": [list(o) for o in outputs]}, ensure_ascii=False) + "\n"
    try:
        fd = os.open(path, _APPEND, 0o644)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OutputError("is not a regular file, not Briefsmith's journal", path=path, hint="remove it")
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot record what is being written: {exc.strerror or exc}", path=path) from None
    if created:
        fsync_dir(out)


def read(out: Path) -> list[Line]:
    """Every complete line of the journal; an absent one is empty. Anything but a regular
    file at its name (a FIFO, a link, a folder) is an error naming it."""
    path = out / JOURNAL
    try:
        data = read_regular(path, max_bytes=MAX_JOURNAL)
    except FileNotFoundError:
        return []
    except Unsafe as exc:
        if os.path.islink(path) or not os.path.isfile(path):
            raise OutputError(
                f"{exc.message.removesuffix('; refused')}, not Briefsmith's journal", path=path, hint="remove it"
            ) from None
        return []  # too large: not ours to trust
    except OSError:
        return []
    lines: list[Line] = []
    for raw in data.split(b"\n"):
        try:
            doc = json.loads(raw)
            brief = doc["brief"]
            for file, sha, size in doc["outputs"]:
                if isinstance(brief, str) and isinstance(file, str) and isinstance(sha, str) and isinstance(size, int):
                    lines.append((brief, file, sha, size))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a kill, or an empty one
    return lines


def clear(out: Path) -> None:
    """Forget the journal, once the manifest durably holds everything it said."""
    try:
        os.unlink(out / JOURNAL)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot clear the journal: {exc.strerror or exc}", path=out / JOURNAL) from None
    fsync_dir(out)
