"""`briefsmith render brief.json`: render an edited briefing JSON again, with the same
edit protection as a build (an output a person changed is kept unless forced)."""

from __future__ import annotations

from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.out.atomic import ensure_dir
from briefsmith.out.manifest import read_manifest
from briefsmith.out.protected import record_written, write_outputs
from briefsmith.render import json as briefing_json
from briefsmith.render.formats import render_formats
from briefsmith.settings.options import RenderOptions
from briefsmith.settings.resolve import render_options
from briefsmith.workspace.theme import Theme


def render_briefing_file(
    root: Path, path: Path, out: Path | None, options: RenderOptions, force: bool = False
) -> list[str]:
    """Render the briefing JSON at `path` into `out` (default: its folder); a line per file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"cannot read: {exc}", path=path) from None
    briefing = briefing_json.loads(text, str(path))
    folder = (out or path.parent).resolve()
    ensure_dir(folder)
    # As a build: the flag's paper, else the one the JSON records (its spec's), else none.
    files, warnings = render_formats(path.stem, briefing, Theme(root), render_options(options, briefing.paper))
    entry = read_manifest(folder).get(path.stem)
    written, kept, entries = write_outputs(files, folder, entry, force, path.stem, str(path))
    lines = [f"wrote    {folder / name}" for name in written]
    lines += [f"kept     {folder / name} (changed since Briefsmith wrote it; --force overwrites)" for name in kept]
    if written:
        record_written(folder, entry, entries, path.stem, str(path))
    lines += [f"warning: {w}" for w in warnings]
    return lines
