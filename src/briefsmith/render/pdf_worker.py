"""A second process for the PDF, so a build uses both cores.

WeasyPrint costs about a second to import and set up its fonts, and laying out the
pages is the slowest stage of a build. Started as soon as a build may need a PDF, the
worker pays that set-up while this process validates, reads and condenses; it then lays
out the PDF while this process writes the DOCX, HTML and JSON. Only this process writes
files: the worker returns bytes, so a killed worker leaves nothing behind.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING, Any

from briefsmith.children import become_worker, remove_tmpdir, run_tmpdir
from briefsmith.errors import RenderError
from briefsmith.gctune import tune_gc
from briefsmith.limits import limit
from briefsmith.testpoints import reached
from briefsmith.workspace.theme import Theme

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from briefsmith.render.pdf import Layout

PDF_SECONDS = 300.0  # the longest a PDF may take to lay out (BRIEFSMITH_PDF_SECONDS)


def pdf_seconds() -> float:
    return limit("BRIEFSMITH_PDF_SECONDS", PDF_SECONDS)


def _exit_quietly(signum: int, frame: object) -> None:
    # terminate(): unwind, so WeasyPrint's temporary font folder is removed on the way out.
    raise SystemExit(0)


def _serve(conn: Connection, theme: Theme, parent_pid: int, tmp: str | None) -> None:
    # Ctrl-C reaches the whole process group: the parent decides, quietly; and the
    # parent's SIGTERM handler (unwind like Ctrl-C) is not ours: terminate() just ends us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_quietly)
    become_worker(parent_pid, tmp)  # dies with the build, off the caller's stdout/stderr
    tune_gc()  # a process of our own, allocation-heavy: see gctune.py
    # Here, not at the top: the parent, which imports this module, needs no renderer to skip a brief.
    from briefsmith.render.pdf import layout_pdf, warm_up

    try:
        warm_up(theme)
    except Exception as exc:  # reported with the first request (SystemExit from terminate() is not caught)
        setup_error: BaseException | None = exc
    else:
        setup_error = None
    while True:
        try:
            request = conn.recv()
        except EOFError:  # the parent is gone
            return
        if request is None:
            return
        html, variant, attachment = request
        try:
            if setup_error is not None:
                raise setup_error
            conn.send(("ok", layout_pdf(html, theme, variant=variant, attachment=attachment)))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent
            conn.send(("error", exc))


class PdfWorker:
    """`start()` when a PDF may be needed; `render()` for each brief; `close()` at the end."""

    def __init__(self, theme: Theme, *, spawn: bool = False) -> None:
        self.theme = theme
        # A long-lived process with threads (`briefsmith serve`) spawns its worker: forking
        # while another thread holds a lock (the import lock, say) could hang the child.
        self.spawn = spawn
        self._process: Any = None
        self._conn: Connection | None = None
        self._busy = False
        self._used = False
        self._tmp: str | None = None

    def start(self) -> None:
        if self._process is not None:
            return
        import multiprocessing  # not at import time: an up-to-date rebuild never needs it

        methods = multiprocessing.get_all_start_methods()
        # fork: the child shares what is imported already and starts at once.
        context: Any = multiprocessing.get_context("fork" if "fork" in methods and not self.spawn else "spawn")
        parent, child = context.Pipe()
        self._tmp = run_tmpdir()
        self._process = context.Process(
            target=_serve, args=(child, self.theme, os.getpid(), self._tmp), daemon=True, name="briefsmith-pdf"
        )
        self._process.start()
        child.close()
        self._conn = parent

    def submit(self, html: str, variant: str | None, attachment: bytes | None) -> None:
        """Queue the layout of one print HTML."""
        self.start()
        assert self._conn is not None
        self._conn.send((html, variant, attachment))
        self._busy = self._used = True
        reached("pdf-submitted")

    def result(self) -> Layout:
        assert self._conn is not None and self._busy
        limit = pdf_seconds()
        try:
            if not self._conn.poll(limit):
                self.close()
                raise RenderError(
                    f"laying out the PDF took longer than {limit:g} s; stopped",
                    hint="a custom template or stylesheet may make the document huge",
                )
            status, payload = self._conn.recv()
        except EOFError:
            self.close()
            raise RenderError(
                "the PDF worker process ended unexpectedly", hint="run again with --debug to see why"
            ) from None
        finally:
            self._busy = False
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        """Stop the worker: at once when it is mid-render or was never used (its files are
        in our private temporary folder, removed here), else by asking it to finish."""
        if self._process is None:
            return
        if self._busy or not self._used:
            self._process.kill()  # mid-render, or still setting up for nothing: no need to wait
        else:
            try:
                assert self._conn is not None
                self._conn.send(None)
            except (OSError, ValueError):
                self._process.kill()
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=2)
        if self._conn is not None:
            self._conn.close()
        remove_tmpdir(self._tmp)
        self._process, self._conn, self._busy, self._used, self._tmp = None, None, False, False, None
