"""Running many briefs: in this process, or over worker processes with --jobs.

A worker process pays the imports (WeasyPrint's ~1 s) once and then builds many
briefs; briefs are independent, so workers share nothing but the out folder, whose
manifest the parent writes once at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from briefsmith.out.manifest import BriefEntry
from briefsmith.pipeline.results import BriefResult
from briefsmith.render.pdf_worker import PdfWorker
from briefsmith.settings.options import BuildOptions
from briefsmith.workspace.theme import Theme

Pair = tuple[BriefResult, BriefEntry | None]


def _warm_up(theme: Theme) -> None:
    """Pay the heavy imports and WeasyPrint's font set-up before the first brief arrives."""
    from briefsmith.gctune import tune_gc

    tune_gc()  # a worker process of our own: see gctune.py
    import briefsmith.render.docx  # noqa: F401
    from briefsmith.render.pdf import warm_up

    warm_up(theme)


def _one(args: tuple[Path, Path, Path, BuildOptions, Theme, BriefEntry | None]) -> Pair:
    from briefsmith.pipeline.brief import build_brief

    return build_brief(*args)


def run_briefs(
    specs: Sequence[Path],
    root: Path,
    out: Path,
    options: BuildOptions,
    theme: Theme,
    previous: dict[str, BriefEntry],
    on_result: Callable[[BriefResult], None] | None = None,
) -> list[Pair]:
    tasks = [(spec, root, out, options, theme, previous.get(spec.stem)) for spec in specs]
    pairs: list[Pair] = []
    if options.jobs <= 1 or len(tasks) <= 1:
        # One brief at a time here, its PDF laid out in a second process meanwhile.
        from briefsmith.pipeline.brief import build_brief

        worker = PdfWorker(theme)  # started by the first brief that needs a PDF
        try:
            for task in tasks:
                pairs.append(build_brief(*task, pdf_worker=worker))
                if on_result:
                    on_result(pairs[-1][0])
        finally:
            worker.close()
        return pairs
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=min(options.jobs, len(tasks)), initializer=_warm_up, initargs=(theme,)
    ) as pool:
        # map() keeps the order of the briefs, so reports and manifests are stable.
        for pair in pool.map(_one, tasks):
            pairs.append(pair)
            if on_result:
                on_result(pair[0])
    return pairs
