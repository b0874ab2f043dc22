"""Worker processes that end with their build and leave nothing behind.

A build forks a PDF worker and, with --jobs, batch workers. If the build is killed
(SIGKILL, a CI timeout), a worker must not live on: it would hold ~100 MB, the out
folder's lock (inherited descriptors), and the caller's stdout/stderr, so a program
waiting for the build's pipes to close would hang. Each worker therefore, first thing:

- asks the kernel for SIGKILL when its parent dies (Linux: prctl PR_SET_PDEATHSIG,
  through ctypes), then checks the parent is still the one that forked it (it may have
  died before the request); elsewhere a thread polls getppid() twice a second;
- points its stdin, stdout and stderr at /dev/null (results and errors go back over
  its pipe, never through the caller's terminal or pipes);
- keeps its temporary files (WeasyPrint's font copies) in the build's private
  temporary folder, `briefsmith-<pid>-*`, which the build removes at its end; the
  next build removes the folders of builds that were killed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

PR_SET_PDEATHSIG = 1
_PREFIX = "briefsmith-"


def die_with_parent(parent_pid: int) -> None:
    """End this process (SIGKILL) as soon as `parent_pid`, our parent, ends."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes  # here: Linux only, and only in a worker process

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            _watch_parent(parent_pid)
    else:
        _watch_parent(parent_pid)
    if os.getppid() != parent_pid:  # the parent died before we asked
        os._exit(1)


def _watch_parent(parent_pid: int) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="briefsmith-parent-watch", daemon=True).start()


def detach_stdio() -> None:
    """Stdin, stdout and stderr to /dev/null: never hold the caller's terminal or pipes."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in (0, 1, 2):
            os.dup2(null, fd)
    finally:
        if null > 2:
            os.close(null)


def become_worker(parent_pid: int, tmp: str | None) -> None:
    """What every worker process does first (see the module docstring)."""
    die_with_parent(parent_pid)
    detach_stdio()
    if tmp and os.path.isdir(tmp):
        tempfile.tempdir = tmp


def run_tmpdir() -> str:
    """A private temporary folder for this build's workers (removed by `remove_tmpdir`)."""
    clean_stale_tmpdirs()
    return tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-")


def serve_tmpdir() -> str:
    """The preview's out folder when none is named: named like a build's, so that a preview
    killed before it could remove it is cleaned up by the next run."""
    clean_stale_tmpdirs()
    return tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-serve-")


def remove_tmpdir(path: str | None) -> None:
    if path:
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_tmpdirs() -> None:
    """Remove the private temporary folders of builds that were killed (ours only)."""
    base = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for entry in base.iterdir():
            name = entry.name
            if not name.startswith(_PREFIX):
                continue
            pid = name[len(_PREFIX) :].split("-", 1)[0]
            if not pid.isdigit() or _alive(int(pid)):
                continue
            with contextlib.suppress(OSError):
                st = entry.lstat()
                if entry.is_dir() and not entry.is_symlink() and st.st_uid == os.getuid():
                    shutil.rmtree(entry, ignore_errors=True)
