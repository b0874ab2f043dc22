"""The collector setting belongs to our own processes, never to a library caller's."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.gctune import YOUNG_THRESHOLD, tune_gc
from briefsmith.records import read_article
from briefsmith.workspace.spec import BriefSpec

REPO = Path(__file__).resolve().parent.parent


def test_tune_gc_raises_only_the_young_threshold() -> None:
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 11, 12)
        tune_gc()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 11, 12)
    finally:
        gc.set_threshold(*saved)


def test_importing_the_library_leaves_the_collector_alone() -> None:
    code = (
        "import gc; before = gc.get_threshold()\n"
        "import briefsmith, briefsmith.pipeline.orchestrator, briefsmith.cli\n"
        "assert gc.get_threshold() == before, gc.get_threshold()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_a_condensing_run_leaves_no_cycles_for_the_collector() -> None:
    """What a run made goes by reference counting when it ends: the collector is paused during
    the run, and the CLI skips its last pass at exit (gctune.freeze_for_exit)."""
    paths = sorted(p for p in (REPO / "tests" / "fixtures" / "records").iterdir() if p.suffix in {".json", ".md"})
    articles = [read_article(p) for p in [*REPO.glob("seeds/*.txt"), *paths]]
    spec = BriefSpec(title="Cycles", sources=tuple(a.id for a in articles))
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        briefing = ExtractiveEngine().condense(articles, spec)
        gc.collect()
        left = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert briefing.summary and len(articles) >= 3
    assert not left & {"Composer", "Unit", "Token", "Sentence", "Editor", "Resolver", "Reader"}, left
