"""The live preview's session: which briefs are served, and their rebuilds, on its own thread.

One warm process does every rebuild: pydantic, the model and the engine are imported by the
first build and stay; WeasyPrint lives in one PDF worker process started once, so a save costs
the brief's own work (read, condense, lay out), not the imports. A rebuild goes through the
build's own stages (pipeline/brief.py) into the preview folder, under its lock, so the
up-to-date check decides what a save affects: the spec's brief, the briefs that cite a record,
every brief for a template, a style or briefsmith.yaml. What the pages show is on the board.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefsmith.children import serve_tmpdir
from briefsmith.errors import BriefsmithError
from briefsmith.out.folder import OutFolder, held_folder, out_folder
from briefsmith.pipeline.brief import build_brief
from briefsmith.pipeline.orchestrator import check_engine
from briefsmith.preview.board import Board, BriefState, after_build
from briefsmith.preview.watch import Poller
from briefsmith.render.html import forget_templates
from briefsmith.render.pdf_worker import PdfWorker
from briefsmith.settings.config import CONFIG_NAME
from briefsmith.settings.options import BuildOptions
from briefsmith.settings.resolve import build_options
from briefsmith.workspace.briefs import discover_briefs, unique_briefs
from briefsmith.workspace.theme import Theme

FORMATS = ("pdf", "html", "json")  # what the preview shows (and --out DIR receives)
WATCHED = ("briefs", "seeds", "templates", "styles")


class Session:
    def __init__(
        self,
        root: Path,
        briefs: tuple[Path, ...],
        out: Path | None,
        on_build: Callable[[BriefState], None] | None = None,
        **given: Any,
    ) -> None:
        self.root = root
        self.on_build = on_build  # told of each brief built or failed (the terminal's line)
        self.selected = tuple(b.resolve() for b in briefs)
        self.private = out is None  # a temporary folder, removed at the end: never out/
        # A folder named: never templates/ nor styles/ (each save there would rebuild, for ever).
        # A temporary one carries the pid, so the next run removes it if this one is killed.
        self.out = out_folder(root, out) if out is not None else Path(serve_tmpdir()).resolve()
        self.given = given
        self.theme = Theme(root)
        self.worker = PdfWorker(self.theme, spawn=True)
        self.board = Board()
        self.poller: Poller | None = None
        self.crash: Exception | None = None
        self.inputs: dict[str, frozenset[str]] = {}  # brief -> its spec and records, workspace-relative
        self.board.track(self.specs(), root)  # every brief has its page from the start

    def specs(self) -> list[Path]:
        try:
            found = list(self.selected) if self.selected else discover_briefs(self.root)
            return unique_briefs([p for p in found if p.is_file()])
        except BriefsmithError:
            return []  # no briefs yet: the index says so, and a new spec is picked up

    def targets(self) -> tuple[list[Path], list[Path]]:
        """What the poller watches: the workspace's folders, the config, each brief's inputs."""
        folders = [self.root / name for name in WATCHED if (self.root / name).is_dir()]
        inputs = {rel for rels in self.inputs.values() for rel in rels}  # records outside seeds/ too
        return folders, [self.root / CONFIG_NAME, *self.selected, *(self.root / rel for rel in sorted(inputs))]

    def rebuild(self, first: set[str] | None = None) -> list[BriefState]:
        """Build every served brief that is not up to date (those named in `first` first)."""
        specs = self.specs()
        self.board.track(specs, self.root)
        try:
            options = build_options(self.root, out=self.out, formats=FORMATS, **self.given)
            check_engine(options.engine)
        except BriefsmithError as exc:
            self.board.set_problem(exc.one_line())  # a broken briefsmith.yaml stops every brief: say so
            return []
        self.board.set_problem(None)
        specs.sort(key=lambda s: s.stem not in (first or set()))
        done: list[BriefState] = []
        try:
            with held_folder(self.out) as folder:
                for spec in specs:
                    state = self._build_one(spec, options, folder)
                    if state is not None:
                        done.append(state)
        except BriefsmithError as exc:  # the preview folder itself (an --out that is a file, say)
            self.board.set_problem(exc.one_line())
        return done

    def _build_one(self, spec: Path, options: BuildOptions, folder: OutFolder) -> BriefState | None:
        old = self.board.states[spec.stem]
        try:
            previous = folder.entries.get(spec.stem)
            result, entry = build_brief(spec, self.root, self.out, options, self.theme, previous, self.worker)
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the preview: show it
            state = replace(old, status="failed", error=f"internal error: {type(exc).__name__}: {exc}")
        else:
            if entry is not None and result.status != "failed":
                folder.save(entry)
                self.inputs[spec.stem] = frozenset(entry.inputs)
            if result.status == "skipped" and old.status in ("built", "kept"):
                return None  # a save that changed nothing: the page stays as it is
            state = after_build(old, result, self.out)
        self.board.set(state)
        if self.on_build:
            self.on_build(state)
        return state

    def changes_seen(self, paths: set[Path]) -> set[str]:
        """Get ready for a rebuild after these files changed: forget what they invalidate;
        the briefs to build first (their specs or records changed)."""
        if any(p.relative_to(self.root).parts[:1] == ("templates",) for p in paths):
            forget_templates()  # compiled templates are never reloaded by themselves
        if any(p.name == "fonts.css" or "fonts" in p.parts for p in paths):
            self.worker.close()  # its font set-up is made once; the next PDF starts it afresh
        changed = {p.relative_to(self.root).as_posix() for p in paths}
        return {name for name, rels in self.inputs.items() if rels & changed} | {
            p.stem for p in paths if p.parent == self.root / "briefs"
        }

    def run(self) -> None:
        """Build, then rebuild on every change, until `stop()` (or a bug: kept in `crash`)."""
        try:
            self.worker.start()  # from this thread, which lives as long as the session
            self.poller = Poller(self.targets)
            self.rebuild()
            while not self.board.stopping:
                paths = self.poller.changes()
                if self.board.stopping:
                    break
                self.rebuild(self.changes_seen({p for p in paths if p.is_relative_to(self.root)}))
        except Exception as exc:  # noqa: BLE001 - reported by serve() once the server is down
            if not self.board.stopping:
                self.crash = exc

    def stop(self) -> None:
        self.board.stop()
        if self.poller is not None:
            self.poller.stop()

    def close(self) -> None:
        self.worker.close()
        _stop_resource_tracker()
        if self.private:
            shutil.rmtree(self.out, ignore_errors=True)


def _stop_resource_tracker() -> None:
    """Spawning the PDF worker starts Python's resource tracker, a child process that would end
    only after we do, so left for init to reap. With the worker gone, end it now and reap it
    (multiprocessing's own way, `_stop`, as its tests do; no public call does this)."""
    from multiprocessing import resource_tracker  # here: only a session that spawned a worker has one

    stop = getattr(getattr(resource_tracker, "_resource_tracker", None), "_stop", None)
    if callable(stop):
        try:
            stop()
        except (OSError, ChildProcessError):
            pass
