"""Running many briefs: in this process, or over worker processes with --jobs.

A worker process pays the imports (WeasyPrint's ~1 s) once and then builds many
briefs (up to RECYCLE, then a fresh worker takes over, so memory stays flat); briefs
are independent, so workers share nothing but the out folder. Each brief's result goes
to `on_pair` as soon as it is done (the orchestrator records it in the manifest then,
not at the end). Workers are forked, die with the build, and never hold its
stdout/stderr (children.py); on Ctrl-C or SIGTERM they are killed at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from briefsmith.children import become_worker, remove_tmpdir, run_tmpdir
from briefsmith.errors import BriefsmithError
from briefsmith.gctune import tune_gc
from briefsmith.out.manifest import BriefEntry
from briefsmith.pipeline.brief import build_brief
from briefsmith.pipeline.results import BriefResult
from briefsmith.render.pdf_worker import PdfWorker
from briefsmith.settings.options import BuildOptions
from briefsmith.workspace.theme import Theme

Pair = tuple[BriefResult, BriefEntry | None]
Task = tuple[Path, Path, Path, BuildOptions, Theme, BriefEntry | None, str | None]


def _warm_up(theme: Theme, parent_pid: int, tmp: str | None) -> None:
    """Pay the heavy imports and WeasyPrint's font set-up before the first brief arrives."""
    become_worker(parent_pid, tmp)
    tune_gc()  # a worker process of our own: see gctune.py
    # Here, not at the top: paying these imports in the worker, before its first brief, is the point.
    import briefsmith.render.docx  # noqa: F401
    from briefsmith.render.pdf import warm_up

    warm_up(theme)


def _one(task: Task) -> Pair:
    spec, root, out, options, theme, previous, missing = task
    return build_brief(spec, root, out, options, theme, previous, missing=missing)


def run_briefs(
    specs: Sequence[Path],
    root: Path,
    out: Path,
    options: BuildOptions,
    theme: Theme,
    previous: dict[str, BriefEntry],
    on_pair: Callable[[BriefResult, BriefEntry | None], None] | None = None,
    missing: str | None = None,
) -> list[Pair]:
    """Build every spec; `missing` says why the out folder's record is missing, if it is."""
    tasks: list[Task] = [(spec, root, out, options, theme, previous.get(spec.stem), missing) for spec in specs]
    pairs: list[Pair] = []
    if options.jobs <= 1 or len(tasks) <= 1:
        # One brief at a time here, its PDF laid out in a second process meanwhile.
        worker = PdfWorker(theme)  # started by the first brief that needs a PDF
        try:
            for spec, root_, out_, opts, theme_, prev, why in tasks:
                pairs.append(build_brief(spec, root_, out_, opts, theme_, prev, worker, missing=why))
                if on_pair:
                    on_pair(*pairs[-1])
        finally:
            worker.close()
        return pairs
    return _in_workers(tasks, options.jobs, theme, on_pair)


# Briefs a worker builds before it is replaced by a fresh one: CPython hands little of a
# process's freed memory back, and the caches of the engine fill, so a worker that built
# hundreds of briefs holds more than one that built a few. Each round of the pool builds
# at most jobs * RECYCLE briefs; the next round forks fresh workers (about a second each
# to warm up, against minutes of briefs), so a worker's memory stays bounded however
# many briefs there are.
RECYCLE = 50


def _in_workers(
    tasks: list[Task], jobs: int, theme: Theme, on_pair: Callable[[BriefResult, BriefEntry | None], None] | None
) -> list[Pair]:
    done: dict[int, Pair] = {}
    tmp = run_tmpdir()
    try:
        step = jobs * RECYCLE
        for first in range(0, len(tasks), step):
            _round(tasks, range(first, min(first + step, len(tasks))), jobs, theme, on_pair, tmp, done)
    finally:
        remove_tmpdir(tmp)
    # The order of the briefs, so reports are stable.
    return [done[i] for i in range(len(tasks))]


def _round(
    tasks: list[Task],
    indexes: range,
    jobs: int,
    theme: Theme,
    on_pair: Callable[[BriefResult, BriefEntry | None], None] | None,
    tmp: str | None,
    done: dict[int, Pair],
) -> None:
    """One pool of fresh workers over tasks[indexes]; results into `done`."""
    # Here, not at the top: only --jobs needs them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(indexes)),
        mp_context=context,
        initializer=_warm_up,
        initargs=(theme, os.getpid(), tmp),
    )
    try:
        futures = {pool.submit(_one, tasks[i]): i for i in indexes}
        for future in as_completed(futures):
            done[futures[future]] = pair = future.result()
            if on_pair:
                on_pair(*pair)  # recorded as it finishes, whatever the order
    except BaseException as exc:
        # Ctrl-C, SIGTERM or a broken pool: stop the workers now, not after their briefs.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        if isinstance(exc, BrokenProcessPool):  # a worker killed from outside, or out of memory
            raise BriefsmithError(
                "a worker process ended unexpectedly (killed, or out of memory?)",
                hint="build again: the briefs that had finished are recorded",
            ) from None
        raise
    else:
        pool.shutdown(wait=True)
