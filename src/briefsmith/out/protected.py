"""Writing a brief's outputs without losing a person's edits.

An output changed since Briefsmith wrote it (its sha256 no longer matches the manifest),
or one the manifest never recorded, is kept unless --force; the rest is written
atomically, and what was written is recorded even when the disk fills up midway.
Shared by `build` and `render`.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from briefsmith import __version__
from briefsmith.errors import OutputError
from briefsmith.out.atomic import edited_since_written, sha256_bytes, write_atomic
from briefsmith.out.manifest import BriefEntry, OutputEntry, update_manifest


def write_outputs(
    rendered: dict[str, bytes], out: Path, previous: BriefEntry | None, force: bool, name: str, rel_spec: str
) -> tuple[list[str], list[str], list[OutputEntry]]:
    """Write each output unless a person edited it since; record what was written."""
    written: list[str] = []
    kept: list[str] = []
    entries: list[OutputEntry] = []
    for file, data in rendered.items():
        target = out / file
        old = previous.output(file) if previous else None
        if not force and edited_since_written(target, old.sha256 if old else None):
            kept.append(file)
            if old:
                entries.append(old)
            continue
        try:
            write_atomic(target, data)
        except OutputError:
            if entries:  # a full disk mid-brief: what did get written is still ours
                with contextlib.suppress(OutputError):  # the disk may be too full for this too
                    record_written(out, previous, entries, name, rel_spec)
            raise
        written.append(file)
        entries.append(OutputEntry(file, sha256_bytes(data), len(data)))
    return written, kept, entries


def record_written(
    out: Path, previous: BriefEntry | None, entries: list[OutputEntry], name: str, rel_spec: str
) -> None:
    """Record outputs written outside a whole build (`render`, or a build cut short), so the
    next run knows they are still ours; the rest of the entry stays, its fingerprint is
    cleared (the brief is not known to be up to date)."""
    base = previous or BriefEntry(name=name, spec=rel_spec, fingerprint="")
    new = {e.file: e for e in entries}
    outputs = tuple(o for o in base.outputs if o.file not in new) + tuple(new.values())
    update_manifest(out, {name: dataclasses.replace(base, fingerprint="", outputs=outputs)}, __version__)
