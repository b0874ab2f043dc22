"""One writer per out folder: an exclusive lock held for a whole run.

Two builds into one folder (a developer and a file watcher, two CI steps) would each
replace files the other just recorded, and the record of what Briefsmith wrote would
stop matching the files. So a run takes `out/.manifest.lock` before it reads the
record and keeps it until its last write; a second run waits for it (saying so on one
line) or, with --no-wait, fails at once.

The lock is `flock()` (Linux, macOS, the BSDs): the kernel drops it when the holder
dies, however it dies, so a killed build never leaves a stale lock. Where there is no
`fcntl` (Windows) the first byte of the file is locked with `msvcrt.locking`, which
the system also releases when the process ends. flock on NFS depends on the server
(Linux emulates it with POSIX locks there); keep out/ on a local disk.

The lock file is opened without following a link (O_NOFOLLOW), never if it is a FIFO,
a device or a folder, and only inside the out folder; we write our pid into it (for
the waiting message) only when it has no other hard link.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.safeio import kind_of

LOCK = ".manifest.lock"
_OPEN = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _bad(path: Path, mode: int) -> OutputError:
    return OutputError(
        f"is {kind_of(mode)}, not the lock file Briefsmith expects",
        path=path,
        hint="remove it; Briefsmith makes a fresh one",
    )


def _open_lock(path: Path) -> int:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISREG(st.st_mode):
            raise _bad(path, st.st_mode)  # never open a FIFO, a device or a link
    try:
        fd = os.open(path, _OPEN, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _bad(path, stat.S_IFLNK) from None
        raise OutputError(f"cannot open the lock file: {exc.strerror or exc}", path=path) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise _bad(path, st.st_mode)
    return fd


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        pid = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


class OutLock:
    """`acquire()` once, `release()` once; the kernel releases it if we die first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK
        self._fd = -1

    def acquire(self, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        fd = _open_lock(self.path)
        try:
            if not _try_lock(fd):
                holder = _holder(fd)
                if not wait:
                    raise OutputError(
                        f"another Briefsmith run{holder} is writing to this folder",
                        path=self.folder,
                        hint="wait for it to finish, or run without --no-wait to wait",
                    )
                if on_wait is not None:
                    on_wait(f"waiting for another Briefsmith run{holder} to finish writing {self.folder} ...")
                _lock(fd)
            if os.fstat(fd).st_nlink == 1:  # never write through a hard link to another file
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode())
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd < 0:
            return
        fd, self._fd = self._fd, -1
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd >= 0


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt  # here: Windows only (no fcntl there)

    os.lseek(fd, 0, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a signal (Ctrl-C, SIGTERM) still interrupts the wait
        return
    while not _try_lock(fd):
        time.sleep(0.2)


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    import msvcrt  # here: Windows only (no fcntl there)

    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
