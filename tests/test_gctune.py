"""The collector setting belongs to our own processes, never to a library caller's."""

from __future__ import annotations

import gc
import subprocess
import sys

from briefsmith.gctune import YOUNG_THRESHOLD, tune_gc


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
