"""A second process for the PDF, so a build uses both cores.

WeasyPrint costs about a second to import and set up its fonts, and laying out the
pages is the slowest stage of a build. Started as soon as a build knows it must render
a PDF, the worker pays that setup while this process reads and condenses the articles;
it then lays out the PDF while this process writes the DOCX, HTML and JSON. Only this
process writes files: the worker returns bytes, so a killed worker leaves nothing.
"""

from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import Future, ProcessPoolExecutor

from briefsmith.model import Briefing
from briefsmith.theme import Theme


def _init(theme: Theme) -> None:
    # Ctrl-C reaches the whole process group: let the parent decide, quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from briefsmith.render.pdf import warm_up

    warm_up(theme)


def _render(briefing: Briefing, theme: Theme, paper: str, variant: str | None,
            attachment: bytes | None) -> tuple[bytes, tuple[str, ...]]:
    from briefsmith.render.pdf import render_pdf

    result = render_pdf(briefing, theme, paper=paper, variant=variant, attachment=attachment)
    return result.data, result.warnings


def _ready() -> bool:
    return True


class PdfWorker:
    """Started lazily by `start()`; used by `submit()`; closed by the build."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            # fork: the child inherits what this process has imported, and starts at once.
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_init, initargs=(self.theme,))
            self._pool.submit(_ready)  # spawn it now, so its set-up overlaps our condensing

    def submit(self, briefing: Briefing, paper: str, variant: str | None,
               attachment: bytes | None) -> Future[tuple[bytes, tuple[str, ...]]]:
        self.start()
        assert self._pool is not None
        return self._pool.submit(_render, briefing, self.theme, paper, variant, attachment)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
