"""One brief, from spec to files in out/: skipped when up to date, else spec -> records ->
engine -> verifier -> renderers -> edit-protected writes. Never raises for a problem in
the brief itself: that becomes a failed result."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefsmith.errors import BriefsmithError
from briefsmith.out import editions
from briefsmith.out.atomic import sha256_file
from briefsmith.out.fingerprint import fingerprint, input_hashes, recorded_input_hashes, theme_hash
from briefsmith.out.manifest import MANIFEST, BriefEntry
from briefsmith.out.protected import refuse_inputs, write_outputs
from briefsmith.pipeline.condense import condense_articles, read_articles
from briefsmith.pipeline.results import BriefResult, Status
from briefsmith.render.machine import FONTTOOLS_FALLBACK
from briefsmith.render.pdf_worker import PdfWorker
from briefsmith.settings.declare import output_key
from briefsmith.settings.options import FORMATS, BuildOptions
from briefsmith.settings.resolve import render_options
from briefsmith.version import __version__
from briefsmith.workspace.theme import Theme

if TYPE_CHECKING:
    from briefsmith.model import Briefing


def _options_key(options: BuildOptions) -> dict[str, object]:
    # Only what the command line, environment and config decide (the declared settings that
    # change the outputs): the spec's own choices are covered by its hash among the inputs,
    # so up-to-date checks need not parse it.
    return output_key(options)


def _unchanged(entry: BriefEntry, root: Path, theme: Theme, options: BuildOptions, out: Path) -> bool:
    """Is the last build of this brief still good? Rehashes the inputs it recorded
    (the spec among them: a new source list changes the spec's hash)."""
    if not entry.fingerprint or not entry.inputs:
        return False
    inputs = recorded_input_hashes(root, entry.inputs)  # None if one is not a safe workspace file
    if (
        inputs is None
        or fingerprint(__version__, inputs, theme_hash(theme), _options_key(options)) != entry.fingerprint
    ):
        return False
    files = [f"{entry.name}.{fmt}" for fmt in FORMATS if fmt in options.render.formats]
    for file in files:
        recorded = entry.output(file)
        if recorded is None or sha256_file(out / file) != recorded.sha256:
            return False
    return True


def build_brief(
    spec_path: Path,
    root: Path,
    out: Path,
    options: BuildOptions,
    theme: Theme,
    previous: BriefEntry | None,
    pdf_worker: PdfWorker | None = None,
    missing: str | None = None,
) -> tuple[BriefResult, BriefEntry | None]:
    """Build one brief; never raises for a problem in the brief itself. `missing` says
    why the out folder's record is missing, if it is (for the message of a kept file)."""
    start = time.perf_counter()
    name = spec_path.stem
    rel_spec = _rel(spec_path, root)
    try:
        if not options.force and previous and _unchanged(previous, root, theme, options, out):
            files = tuple(f"{name}.{fmt}" for fmt in FORMATS if fmt in options.render.formats)
            # A manifest written before machine notes were told apart may hold WeasyPrint's
            # fontTools warning among the brief's: it is the machine's, never replayed.
            warnings = tuple(w for w in previous.warnings if not FONTTOOLS_FALLBACK.search(w))
            return BriefResult(
                name, rel_spec, "skipped", time.perf_counter() - start, files, warnings=warnings
            ), previous
        if pdf_worker is not None and "pdf" in options.render.formats:
            # First thing: its WeasyPrint set-up (the longest stage) then overlaps
            # our imports, reading and condensing.
            pdf_worker.start()
        # Here, not at the top: an up-to-date rebuild (returned above) needs neither.
        from briefsmith.render.formats import render_formats
        from briefsmith.workspace.spec import load_spec

        spec, sources = load_spec(spec_path, root)
        refuse_inputs(out, [f"{name}.{fmt}" for fmt in FORMATS] + [MANIFEST], [spec_path, *sources])
        inputs = input_hashes(root, spec_path, sources)
        opts = _options_key(options)
        fp = fingerprint(__version__, inputs, theme_hash(theme), opts)
        briefing = condense_articles(read_articles(sources), spec, options, root)
        render = render_options(options.render, briefing.paper)
        changes = options.changes or spec.changes
        last = previous_edition(out, name) if changes else None
        if changes:
            from briefsmith.render.changes import compare  # here: only --changes needs it

            briefing = dataclasses.replace(briefing, changes=compare(last, briefing))
        made = render_formats(name, briefing, theme, render, pdf_worker)
        rendered, warnings = made.files, briefing.warnings + made.warnings
        if changes:
            from briefsmith.render.docx_changes import render_changes_docx  # here: only --changes needs it

            rendered[f"{name}-changes.docx"] = render_changes_docx(last, briefing, theme, paper=render.paper)
        done = write_outputs(rendered, out, previous, options.force, name, missing=missing)
        remember(out, name, briefing, done.written)
        entry = BriefEntry(
            name=name,
            spec=rel_spec,
            fingerprint=fp if not done.kept else "",
            inputs=inputs,
            # Outputs of formats not built this time are still ours: keep their records.
            outputs=done.entries + tuple(o for o in (previous.outputs if previous else ()) if o.file not in rendered),
            engine=options.engine or spec.engine,
            options=opts,
            version=__version__,
            warnings=tuple(warnings),
        )
        status: Status = "kept" if done.kept else "built"
        seconds = time.perf_counter() - start
        return BriefResult(
            name,
            rel_spec,
            status,
            seconds,
            done.written,
            done.kept,
            tuple(warnings),
            kept_why=done.why,
            notes=made.notes,
        ), entry
    except BriefsmithError as exc:
        return BriefResult(name, rel_spec, "failed", time.perf_counter() - start, error=exc.one_line()), previous


def previous_edition(out: Path, name: str) -> Briefing | None:
    """The briefing Briefsmith last built for this brief (None: none, or unreadable)."""
    from briefsmith.render.json import loads  # here: see remember()

    data = editions.previous_edition(out, name)
    try:
        return loads(data.decode("utf-8"), name) if data else None
    except (BriefsmithError, UnicodeDecodeError):
        return None  # a damaged record: this edition is compared with nothing


def remember(out: Path, name: str, briefing: Briefing, written: tuple[str, ...]) -> None:
    """What `pull` and `--changes` need later (out/editions.py)."""
    from briefsmith.render.json import dumps  # here: an up-to-date rebuild imports no renderer

    data = dumps(briefing)
    if f"{name}.docx" in written:
        editions.record_docx_source(out, name, data)
    editions.record_edition(out, name, data)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
