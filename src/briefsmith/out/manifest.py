"""`out/manifest.json`: what every build wrote, from what, with which options.

It is how Briefsmith knows (1) that a file in out/ is still its own, so a person's
edits are never overwritten, and (2) that a brief is up to date, so a rebuild with
nothing changed is nearly free. Builds running at once into the same folder take a
lock around the read-modify-write of this file.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from briefsmith.errors import OutputError
from briefsmith.out.atomic import write_atomic

MANIFEST = "manifest.json"
LOCK = ".manifest.lock"
SCHEMA = 1


@dataclass(frozen=True)
class OutputEntry:
    file: str  # name relative to the out folder
    sha256: str
    size: int


@dataclass(frozen=True)
class BriefEntry:
    name: str
    spec: str  # path relative to the workspace
    fingerprint: str  # hash over inputs, theme, options and version
    inputs: dict[str, str] = field(default_factory=dict)  # path -> sha256
    outputs: tuple[OutputEntry, ...] = ()
    engine: str = "extractive"
    options: dict[str, Any] = field(default_factory=dict)
    version: str = ""
    warnings: tuple[str, ...] = ()

    def output(self, file: str) -> OutputEntry | None:
        return next((o for o in self.outputs if o.file == file), None)


def _entry(data: dict[str, Any]) -> BriefEntry:
    outputs = tuple(OutputEntry(**o) for o in data.get("outputs", []))
    return BriefEntry(**{**data, "outputs": outputs, "warnings": tuple(data.get("warnings", []))})


def read_manifest(out: Path) -> dict[str, BriefEntry]:
    return read_manifest_file(out / MANIFEST)


def read_manifest_file(path: Path) -> dict[str, BriefEntry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {name: _entry(e) for name, e in data.get("briefs", {}).items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        # A damaged manifest must not lose edits: with no record, every existing
        # output counts as a person's and is kept (unless --force).
        return {}


def manifest_bytes(entries: dict[str, BriefEntry], version: str) -> bytes:
    doc = {
        "schema": SCHEMA,
        "briefsmith": version,
        "briefs": {name: asdict(entries[name]) for name in sorted(entries)},
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    try:
        fh = (out / LOCK).open("a")
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc), path=out / LOCK) from None
    with fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def update_manifest(out: Path, updates: dict[str, BriefEntry], version: str) -> None:
    """Merge these briefs' entries into the manifest (other briefs' entries stay)."""
    with locked(out):
        entries = read_manifest(out)
        entries.update(updates)
        write_atomic(out / MANIFEST, manifest_bytes(entries, version))


def merge_manifests(paths: list[Path], target: Path, version: str) -> int:
    """`briefsmith manifest merge`: the shards of a CI matrix into one manifest."""
    merged: dict[str, BriefEntry] = {}
    for path in paths:
        if not path.is_file():
            raise OutputError("manifest not found", path=path)
        merged.update(read_manifest_file(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, manifest_bytes(merged, version))
    return len(merged)
