"""Writing a brief's outputs without losing a person's edits, and without losing track.

An output is replaced only when the file there is the one Briefsmith last recorded
(its sha256 matches the manifest), or is byte for byte what we are about to write, or
is the DOCX whose edits `briefsmith pull` recorded in the spec (editions.py), or with
--force; otherwise it is kept and the build says why. Anything but a regular file
at an output's name (a folder, a link, a FIFO) fails the brief, naming it, before any
write. The new hashes are journaled durably before the first rename (journal.py), so
a kill at any moment leaves files the next run knows as its own. Shared by `build` and
`render`; call it holding the out folder (folder.py).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.out import journal
from briefsmith.out.atomic import check_target, sha256_bytes, sha256_file, write_atomic
from briefsmith.out.editions import pulled
from briefsmith.out.manifest import MANIFEST, BriefEntry, OutputEntry
from briefsmith.testpoints import reached


@dataclass(frozen=True)
class Written:
    written: tuple[str, ...]  # outputs that now hold this build's bytes
    kept: tuple[str, ...]  # outputs left as they were, each explained in `why`
    entries: tuple[OutputEntry, ...]  # the record of every output that is Briefsmith's
    why: tuple[str, ...] = ()  # "NAME.docx: changed since Briefsmith wrote it", one per kept file


def _pulled(out: Path, name: str, file: str, current: str | None) -> bool:
    """The DOCX a person edited and `pull` then recorded: its edits are in the spec now."""
    return file == f"{name}.docx" and current is not None and pulled(out, name) == current


def refuse_inputs(out: Path, files: list[str], inputs: list[Path]) -> None:
    """OutputError if an output would replace one of the run's own inputs (an out folder
    that holds the brief's spec or records, a JSON rendered over itself), checked by file
    identity, so a link or a hard link is caught too. Before anything is written."""
    identities: dict[tuple[int, int], Path] = {}
    for path in inputs:
        try:
            st = os.stat(path)
        except OSError:
            continue
        identities.setdefault((st.st_dev, st.st_ino), path)
    for file in files:
        try:
            st = os.stat(out / file)
        except OSError:
            continue
        own = identities.get((st.st_dev, st.st_ino))
        if own is not None:
            raise OutputError(
                f"{file} would replace this run's own input {own}",
                path=out / file,
                hint="write the outputs to another folder with --out",
            )


def kept_reason(file: str, recorded: OutputEntry | None, missing: str | None) -> str:
    if recorded is not None:
        return f"{file}: changed since Briefsmith wrote it"
    if missing == "missing":
        return f"{file}: the record of what was written is missing ({MANIFEST} not found), so it may hold edits"
    if missing:
        return f"{file}: the record of what was written is missing ({MANIFEST}: {missing}), so it may hold edits"
    return f"{file}: Briefsmith has no record of writing it"


def write_outputs(
    rendered: dict[str, bytes],
    out: Path,
    previous: BriefEntry | None,
    force: bool,
    name: str,
    rel_spec: str = "",
    *,
    missing: str | None = None,
) -> Written:
    """Write each output unless a person may have edited it; return what happened.
    `missing` says why the folder's record is missing or unreadable (None when it is fine)."""
    entries: dict[str, OutputEntry] = {}
    kept: list[str] = []
    why: list[str] = []
    same: list[str] = []
    plan: list[tuple[str, bytes, OutputEntry]] = []
    for file, data in rendered.items():  # check every target before writing any
        target = out / file
        new = OutputEntry(file, sha256_bytes(data), len(data))
        recorded = previous.output(file) if previous else None
        if check_target(target):
            current = sha256_file(target)
            if current == new.sha256:  # already these bytes: ours now, whoever wrote them
                entries[file] = new
                same.append(file)
                continue
            if not force and (recorded is None or current != recorded.sha256) and not _pulled(out, name, file, current):
                kept.append(file)
                why.append(kept_reason(file, recorded, missing))
                if recorded is not None:
                    entries[file] = recorded
                continue
        plan.append((file, data, new))
    journal.append(out, name, [(e.file, e.sha256, e.size) for _, _, e in plan])
    reached("journaled")
    done: list[str] = []
    try:
        for file, data, new in plan:
            write_atomic(out / file, data, sync_dir=False)
            entries[file] = new
            done.append(file)
    finally:
        journal.fsync_dir(out)  # the renames durable before the manifest names them
    order = list(rendered)
    return Written(
        written=tuple(f for f in order if f in done or f in same),
        kept=tuple(kept),
        entries=tuple(entries[f] for f in order if f in entries),
        why=tuple(why),
    )


def record_written(previous: BriefEntry | None, entries: tuple[OutputEntry, ...], name: str, spec: str) -> BriefEntry:
    """The entry that records outputs written outside a whole build (`render`): the rest of
    the entry stays, its fingerprint is cleared (the brief is not known to be up to date)."""
    base = previous or BriefEntry(name=name, spec=spec, fingerprint="")
    new = {e.file: e for e in entries}
    outputs = tuple(o for o in base.outputs if o.file not in new) + tuple(new.values())
    return dataclasses.replace(base, fingerprint="", outputs=outputs)
