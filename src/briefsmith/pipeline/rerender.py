"""`briefsmith render brief.json`: render an edited briefing JSON again, with the same
edit protection as a build (an output a person changed is kept unless forced)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefsmith import __version__
from briefsmith.errors import RecordError
from briefsmith.out.atomic import ensure_dir
from briefsmith.out.manifest import BriefEntry, read_manifest, update_manifest
from briefsmith.out.protected import write_outputs
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
        # Record what we wrote, so the next render knows these files are still ours.
        base = entry or BriefEntry(name=path.stem, spec=str(path), fingerprint="")
        new = {e.file: e for e in entries}
        outputs = tuple(o for o in base.outputs if o.file not in new) + tuple(new.values())
        update_manifest(folder, {path.stem: dataclasses.replace(base, outputs=outputs, fingerprint="")}, __version__)
    lines += [f"warning: {w}" for w in warnings]
    return lines
