"""Reading files we did not write: only regular files, only inside the folders allowed.

A workspace may come from someone else (a cloned brief repository), so every file it
names is treated as hostile: a symlink may lead out of it (`templates/x -> /etc/passwd`),
a FIFO or a device may stand where a file should (`open()` on a FIFO blocks for ever,
`/dev/zero` never ends). The rule, everywhere a workspace file is read:

1. resolve every link and `..` (`os.path.realpath`), then check the result lies inside
   one of the allowed roots (when the caller gives roots);
2. `stat` it and refuse anything but a regular file, *before* opening it, so a FIFO or
   a device is never opened;
3. open the resolved path with O_NOFOLLOW | O_NONBLOCK and `fstat` the descriptor: the
   file opened must be the regular file checked (a link swapped in meanwhile fails);
4. read at most `max_bytes` (+1, to tell "too large" from "exactly the limit").

Limits: a component *above* the last one swapped for a link between steps 1 and 3 is
not caught (that would need openat() walks); nothing here defends against a process
that can already write inside the workspace at will.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefsmith.errors import BriefsmithError

_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_FLAGS |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words a user knows."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def inside(path: Path | str, roots: Sequence[Path]) -> Path | None:
    """`path` with every link and `..` resolved, if that lies in one of `roots`; else None."""
    real = Path(os.path.realpath(path))
    for root in roots:
        base = Path(os.path.realpath(root))
        if real == base or base in real.parents:
            return real
    return None


class Unsafe(BriefsmithError):
    """A file that must not be read: outside the allowed folders, or not a regular file."""


def check_regular(path: Path | str, roots: Sequence[Path] = ()) -> Path:
    """The resolved path of a regular file (inside `roots` when given), or Unsafe/FileNotFoundError."""
    if roots:
        real = inside(path, roots)
        if real is None:
            raise Unsafe("leads outside the workspace (a link or '..'); refused", path=path)
    else:
        real = Path(os.path.realpath(path))
    st = os.stat(real)  # FileNotFoundError passes through: callers word it their way
    if not stat.S_ISREG(st.st_mode):
        raise Unsafe(f"is {kind_of(st.st_mode)}, not a regular file; refused", path=path)
    return real


@contextlib.contextmanager
def open_regular(path: Path | str, roots: Sequence[Path] = ()) -> Iterator[int]:
    """A read-only descriptor of the regular file `path` (see the module docstring)."""
    real = check_regular(path, roots)
    try:
        fd = os.open(real, _FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a link after the check
            raise Unsafe("became a link while being opened; refused", path=path) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Unsafe(f"is {kind_of(st.st_mode)}, not a regular file; refused", path=path)
        yield fd
    finally:
        os.close(fd)


def read_regular(path: Path | str, *, roots: Sequence[Path] = (), max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing links out of `roots`, FIFOs, devices, and
    files over `max_bytes` (Unsafe); FileNotFoundError / OSError pass through."""
    with open_regular(path, roots) as fd:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise Unsafe(_too_large(size, max_bytes), path=path)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > max_bytes:  # it grew since fstat()
        raise Unsafe(_too_large(total, max_bytes), path=path)
    return b"".join(chunks)


def read_text_regular(path: Path | str, *, roots: Sequence[Path] = (), max_bytes: int) -> str:
    """read_regular, decoded as UTF-8 (a byte-order mark allowed); UnicodeDecodeError passes through."""
    return read_regular(path, roots=roots, max_bytes=max_bytes).decode("utf-8-sig")


def sha256_regular(path: Path | str, roots: Sequence[Path] = ()) -> str | None:
    """The sha256 of a regular file; None when it is missing, not regular, or outside `roots`.
    Never opens a FIFO or a device, so hashing a hostile path cannot hang."""
    try:
        with open_regular(path, roots) as fd:
            h = hashlib.sha256()
            while chunk := os.read(fd, 1 << 20):
                h.update(chunk)
            return h.hexdigest()
    except (OSError, Unsafe):
        return None


def _too_large(size: int, limit: int) -> str:
    return f"larger than the {limit:,}-byte limit ({size:,} bytes); refused"
