"""Writing outputs without ever losing a person's work.

Every file is written atomically (a temporary file in the same folder, then a rename),
so an interrupted build never leaves half a document. Before replacing a file we ask
the manifest whether it is still exactly what Briefsmith last wrote: if not, a person
has edited it (or it was never ours) and it is kept unless the build is forced.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
import time
from pathlib import Path

from briefsmith.errors import OutputError

TMP_PREFIX = ".briefsmith-tmp-"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except FileNotFoundError:
        return None


def _explain(exc: OSError, path: Path) -> OutputError:
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
    except OSError as exc:
        raise _explain(exc, folder) from None
    if not os.access(folder, os.W_OK):
        raise OutputError("cannot write here (permission denied)", path=folder, hint="choose another folder with --out")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    fd, tmp = -1, ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=path.suffix, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = ""
    except OSError as exc:
        raise _explain(exc, path) from None
    finally:
        # Runs on errors and on KeyboardInterrupt/SystemExit alike: no temporary litter.
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def remove_litter(folder: Path) -> None:
    """Temporary files a killed build (SIGKILL) could not clean up itself."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(TMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < time.time() - 3600:  # not a concurrent build's file
                    leftover.unlink()


def edited_since_written(path: Path, recorded_sha: str | None) -> bool:
    """True when the file exists and is not what Briefsmith last wrote there."""
    current = sha256_file(path)
    if current is None:
        return False
    return current != recorded_sha
