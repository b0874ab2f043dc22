"""An out folder held for one run: locked, cleaned of a killed run's litter, its record
brought up to date from the journal, and written back as each brief finishes.

    with held_folder(out, wait=True, on_wait=print) as folder:
        folder.record.entries          # what the manifest says (after recovery)
        ...                            # build; outputs go through protected.write_outputs
        folder.save(entry)             # per brief, durably

Crash safety in one place: outputs are journaled before they are renamed (journal.py),
the manifest is rewritten atomically after each brief, and every run starts (and ends)
by adopting journaled outputs whose bytes are on disk. So after a kill at any moment,
a file whose bytes Briefsmith produced is known as Briefsmith's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.out import journal
from briefsmith.out.atomic import ensure_dir, remove_litter, sha256_file
from briefsmith.out.editions import STATE, write_atomic
from briefsmith.out.lock import OutLock
from briefsmith.out.manifest import (
    MANIFEST,
    BriefEntry,
    OutputEntry,
    Record,
    manifest_bytes,
    read_manifest_file,
    read_record,
    write_manifest,
)
from briefsmith.safeio import inside
from briefsmith.testpoints import reached
from briefsmith.version import __version__


class OutFolder:
    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        self.record = Record({})

    @property
    def entries(self) -> dict[str, BriefEntry]:
        return self.record.entries

    def save(self, entry: BriefEntry) -> None:
        """Record one brief's entry durably (unless the manifest already says exactly that)."""
        if self.record.entries.get(entry.name) == entry and self.record.missing is None:
            return
        entries = {**self.record.entries, entry.name: entry}
        write_manifest(self.path, entries, self.version)
        self.record = dataclasses.replace(self.record, entries=entries)
        reached("brief-recorded")

    def save_empty(self) -> bool:
        """A run with no brief to build (an empty CI shard) still leaves a valid manifest, so a
        job that uploads or merges manifests finds one; one already there is left alone."""
        if (self.path / MANIFEST).exists():
            return False
        write_manifest(self.path, dict(self.record.entries), self.version)
        return True

    def recover(self) -> None:
        """Adopt every journaled output whose bytes stand in the folder, then empty the journal."""
        lines = journal.read(self.path)
        if not lines:
            journal.clear(self.path)  # an empty or torn journal
            return
        entries = dict(self.record.entries)
        current: dict[str, str | None] = {}
        changed = False
        for brief, file, sha, size in lines:
            if file not in current:
                current[file] = sha256_file(self.path / file)
            if current[file] != sha:
                continue  # replaced since, or never renamed into place
            entry = entries.get(brief) or BriefEntry(name=brief, spec="", fingerprint="")
            old = entry.output(file)
            if old is not None and old.sha256 == sha:
                continue
            new = OutputEntry(file, sha, size)
            outputs = tuple(new if o.file == file else o for o in entry.outputs) if old else (*entry.outputs, new)
            # The brief's recorded fingerprint describes other bytes: build it again next time.
            entries[brief] = dataclasses.replace(entry, outputs=outputs, fingerprint="")
            changed = True
        if changed:
            write_manifest(self.path, entries, self.version)
            self.record = dataclasses.replace(self.record, entries=entries)
        journal.clear(self.path)


@contextlib.contextmanager
def held_folder(
    path: Path,
    *,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    recover: bool = True,
    version: str = __version__,
) -> Iterator[OutFolder]:
    """Lock `path` for this run (waiting for another run, or OutputError with wait=False).
    With `recover` (every run that writes outputs), clean up and recover first, and fold
    in at the end what a brief that failed midway had written."""
    ensure_dir(path)
    lock = OutLock(path)
    lock.acquire(wait=wait, on_wait=on_wait)
    try:
        reached("lock-held")
        folder = OutFolder(path, version)
        if recover:
            remove_litter(path)
            if os.path.isdir(path / STATE) and not os.path.islink(path / STATE):
                remove_litter(path / STATE)  # the editions' files are written the same way
            folder.record = read_record(path)
            folder.recover()
        yield folder
        if recover:
            folder.recover()
    finally:
        lock.release()


def merge_manifests(paths: list[Path], target: Path, version: str) -> int:
    """`briefsmith manifest merge`: the shards of a CI matrix into one manifest. Every
    shard is read (and checked) before anything is written; a bad one is an error naming it."""
    merged: dict[str, BriefEntry] = {}
    for path in paths:
        merged.update(read_manifest_file(path))
    with held_folder(target.parent, recover=False):
        write_atomic(target, manifest_bytes(merged, version))
    return len(merged)


def out_folder(root: Path, given: Path | None) -> Path:
    """The out folder a build, a render or a preview writes to, refused where its outputs would
    change what the next build reads (templates/, styles/) or where out/ leads outside."""
    out = (given or root / "out").resolve()
    if given is None and inside(out, (root,)) is None:
        raise OutputError("is a link leading outside the workspace", path=root / "out", hint="name a folder with --out")
    for theme_dir in ("templates", "styles"):  # outputs there would change what the build reads
        if inside(out, (root / theme_dir,)) is not None:
            raise OutputError(
                f"the out folder may not be inside {theme_dir}/", path=out, hint="name another folder with --out"
            )
    return out
