"""Writing a file so that readers see the old one or the new one, never half of it.

A temporary file in the same folder, synced to disk, then renamed over the target (the
rename replaces a link or a hard link itself, never writes through it). Temporary files
start with TMP_PREFIX: a build killed by SIGKILL cannot remove its own, so the next run
into that folder removes them, holding the folder's lock so no live build's file goes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.out.journal import fsync_dir
from briefsmith.safeio import kind_of, sha256_regular
from briefsmith.testpoints import reached

TMP_PREFIX = ".briefsmith-tmp-"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str | None:
    """The sha256 of a regular file; None if it is missing or anything but a regular file
    (a FIFO or a device is never opened, so this cannot hang)."""
    return sha256_regular(path)


def explain(exc: OSError, path: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        why, hint = "no space left on the device", "free some disk space and build again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why, hint = "cannot write here (permission denied)", "choose another folder with --out"
    else:
        why, hint = exc.strerror or str(exc), None
    return OutputError(why, path=path, hint=hint)


def ensure_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("is a file, not a folder", path=folder, hint="choose another folder with --out") from None
    except OSError as exc:
        raise explain(exc, folder) from None
    if not folder.is_dir():
        raise OutputError("is not a folder", path=folder, hint="choose another folder with --out")
    if not os.access(folder, os.W_OK):
        raise OutputError("cannot write here (permission denied)", path=folder, hint="choose another folder with --out")


def check_target(path: Path) -> bool:
    """True if a regular file stands at `path`, False if nothing does; OutputError naming
    it if anything else does (a folder, a link, a FIFO, a device): Briefsmith replaces
    only regular files of its own."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise explain(exc, path) from None
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(
            f"is {kind_of(st.st_mode)}, not a file Briefsmith can replace",
            path=path,
            hint="remove or rename it, or choose another folder with --out",
        )
    return True


def write_atomic(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Write `data` to `path` atomically and durably (data synced before the rename; the
    folder synced after it unless `sync_dir` is False, when the caller syncs once for many)."""
    fd, tmp = -1, ""
    try:
        # ".tmp", not the target's suffix: a killed run's leftover must never look like a
        # brief (*.yaml) or a record (*.md) to the next run's globs.
        fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        reached(f"temp-written:{path.name}")
        os.replace(tmp, path)
        tmp = ""
        reached(f"replaced:{path.name}")
        if sync_dir:
            fsync_dir(path.parent)
    except OSError as exc:
        raise explain(exc, path) from None
    finally:
        # Runs on errors and on KeyboardInterrupt/SystemExit alike: no temporary litter.
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def remove_litter(folder: Path, older_than: float = 0) -> list[str]:
    """Remove the temporary files of runs that were killed (call holding the folder's lock,
    then no live run owns one; or give `older_than` seconds, for a folder with no lock).
    Only regular files are touched; returns their names."""
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(TMP_PREFIX):
            continue
        with contextlib.suppress(OSError):
            st = os.lstat(folder / name)
            if stat.S_ISREG(st.st_mode) and (not older_than or st.st_mtime < time.time() - older_than):
                os.unlink(folder / name)
                removed.append(name)
    return removed
