"""`briefsmith render brief.json`: render an edited briefing JSON again, with the same
edit protection as a build (an output a person changed is kept unless forced), the
same lock on the out folder, and the names checked before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefsmith.engines.verify import verify_briefing
from briefsmith.errors import BriefsmithError, RecordError
from briefsmith.model import Briefing
from briefsmith.out import editions
from briefsmith.out.folder import held_folder, out_folder
from briefsmith.out.manifest import MANIFEST, read_record
from briefsmith.out.protected import record_written, refuse_inputs, write_outputs
from briefsmith.pipeline.condense import read_articles
from briefsmith.render import json as briefing_json
from briefsmith.render.formats import render_formats
from briefsmith.safeio import Unsafe, read_regular
from briefsmith.settings.options import RenderOptions
from briefsmith.settings.resolve import render_options
from briefsmith.workspace.briefs import unique_briefs
from briefsmith.workspace.paths import resolve_source
from briefsmith.workspace.theme import Theme

MAX_BRIEFING_BYTES = 50_000_000


def read_briefing_text(path: Path) -> str:
    try:
        return read_regular(path, max_bytes=MAX_BRIEFING_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        raise RecordError("file not found", path=path) from None
    except Unsafe as exc:
        raise RecordError(exc.message, path=path) from None
    except UnicodeDecodeError:
        raise RecordError("not UTF-8 text", path=path) from None
    except OSError as exc:
        raise RecordError(f"cannot read: {exc.strerror or exc}", path=path) from None


def render_briefing_file(
    root: Path,
    path: Path,
    out: Path | None,
    options: RenderOptions,
    force: bool = False,
    *,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> Rendered:
    """Render the briefing JSON at `path` into `out` (default: the workspace's out/, where the
    record of what was written lives, never beside a JSON a person keeps elsewhere)."""
    unique_briefs([path])  # NAME is the JSON's stem: `manifest` and hidden names are refused
    folder_path = out_folder(root, out)  # not templates/ nor styles/: a brief.json there is a template
    name = path.stem
    refuse_inputs(folder_path, [*(f"{name}.{fmt}" for fmt in options.formats), MANIFEST], [path])
    briefing = briefing_json.loads(read_briefing_text(path), str(path))
    checked = unlisted_sources(briefing) + quote_warnings(root, path, briefing)
    # As a build: the flag's paper, else the one the JSON records (its spec's), else none.
    made = render_formats(name, briefing, Theme(root), render_options(options, briefing.paper))
    files, warnings = made.files, made.warnings
    with held_folder(folder_path, wait=wait, on_wait=on_wait) as folder:
        entry = folder.entries.get(name)
        done = write_outputs(files, folder_path, entry, force, name, missing=folder.record.missing)
        if done.written:  # so the next render knows these files are still ours
            folder.save(record_written(entry, done.entries, name, str(path)))
        if f"{name}.docx" in done.written:  # what `briefsmith pull` compares an edited DOCX with
            editions.record_docx_source(folder_path, name, briefing_json.dumps(briefing))
    lines = [f"wrote    {folder_path / file}" for file in done.written]
    lines += [f"kept     {folder_path / why} (--force overwrites)" for why in done.why]
    lines += [f"warning: {w}" for w in (*checked, *warnings)]
    lines += [f"note: {n}" for n in made.notes]
    return Rendered(tuple(lines), tuple(done.kept), (*checked, *warnings))


@dataclass(frozen=True)
class Rendered:
    lines: tuple[str, ...]  # one per file written or kept, then the warnings
    kept: tuple[str, ...]  # outputs a person edited, left as they are (the command exits 1)
    warnings: tuple[str, ...] = ()  # quotes not in their sources, the renderers' (fail --strict)


def unlisted_sources(briefing: Briefing) -> list[str]:
    """Citations of a source the briefing's `sources` do not list (a hand-edited JSON): the
    footnote could name no publication, only an id. Checked with no record at hand."""
    listed = {s.id for s in briefing.sources}
    points = [*briefing.summary, *(p for s in briefing.sections for p in s.points)]
    missing = sorted({c.source for p in points for c in p.citations} - listed)
    return [f"cites a source the briefing's sources do not list: {m}" for m in missing]


def quote_warnings(root: Path, path: Path, briefing: Briefing) -> list[str]:
    """As a build does: every quote must stand in its source. The sources are the records
    the manifest beside the JSON says its build read (regular files inside the workspace)."""
    entry = read_record(path.parent).entries.get(path.stem)
    records = [rel for rel in (entry.inputs if entry else {}) if rel != entry.spec] if entry else []
    if not records:
        return ["quotes not checked: no record of the sources this briefing was built from"]
    paths = []
    for rel in records:
        real, why = resolve_source(root, rel)
        if real is None:
            return [f"quotes not checked: source {rel}: {why}"]
        paths.append(real)
    try:
        articles = read_articles(paths)
    except BriefsmithError as exc:
        return [f"quotes not checked: {exc.one_line()}"]
    return verify_briefing(briefing, articles)
