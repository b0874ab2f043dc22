"""`out/manifest.json`: what every build wrote, from what, with which options.

It is how Briefsmith knows (1) that a file in out/ is still its own, so a person's
edits are never overwritten, and (2) that a brief is up to date, so a rebuild with
nothing changed is nearly free. Only a run holding the folder's lock (folder.py)
writes it, once per finished brief. Its shape is public (CI reads it; `manifest merge`
combines shards' manifests): keep these names.

Reading is strict: a manifest that is not exactly this shape is *unreadable* (and a
shard given to `manifest merge` that is unreadable is an error naming it). No
pydantic here: an up-to-date rebuild reads the manifest and must stay cheap.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from briefsmith.errors import OutputError
from briefsmith.out.atomic import check_target, write_atomic
from briefsmith.safeio import Unsafe, read_regular

MANIFEST = "manifest.json"
SCHEMA = 1
MAX_MANIFEST = 64 * 1024 * 1024


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


class BadManifest(ValueError):
    """Not a manifest of this shape; the message names the field."""


def _want(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise BadManifest(f"{where}: {what}")


def _is_hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _entry(name: str, data: object) -> BriefEntry:
    at = f"briefs.{name}"
    _want(isinstance(data, dict), at, "expected an object")
    assert isinstance(data, dict)
    data = {k: v for k, v in data.items() if k in BriefEntry.__dataclass_fields__}  # a newer version's fields: ignored
    for key in ("name", "spec", "fingerprint"):
        _want(isinstance(data.get(key), str), f"{at}.{key}", "expected a string")
    _want(data["name"] == name, f"{at}.name", "does not match its key")
    _want(not data["fingerprint"] or _is_hex(data["fingerprint"]), f"{at}.fingerprint", "expected a sha256")
    inputs = data.get("inputs", {})
    _want(isinstance(inputs, dict) and all(isinstance(v, str) for v in inputs.values()), f"{at}.inputs", "bad")
    outputs = []
    for i, o in enumerate(data.get("outputs", [])):
        where = f"{at}.outputs[{i}]"
        _want(isinstance(o, dict) and set(o) == {"file", "sha256", "size"}, where, "expected file, sha256, size")
        _want(isinstance(o["file"], str) and "/" not in o["file"] and o["file"] not in ("", ".", ".."), where, "file")
        _want(_is_hex(o["sha256"]), f"{where}.sha256", "expected a sha256")
        _want(isinstance(o["size"], int) and not isinstance(o["size"], bool) and o["size"] >= 0, where, "size")
        outputs.append(OutputEntry(o["file"], o["sha256"], o["size"]))
    for key, kind in (("engine", str), ("version", str), ("options", dict)):
        _want(isinstance(data.get(key, kind()), kind), f"{at}.{key}", f"expected {kind.__name__}")
    warnings = data.get("warnings", [])
    _want(isinstance(warnings, list) and all(isinstance(w, str) for w in warnings), f"{at}.warnings", "bad")
    return BriefEntry(**{**data, "outputs": tuple(outputs), "warnings": tuple(warnings), "inputs": dict(inputs)})


def parse_manifest(data: bytes) -> dict[str, BriefEntry]:
    """The entries of a manifest's bytes, or BadManifest saying what is wrong."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadManifest("not UTF-8 text") from None
    except (ValueError, RecursionError) as exc:
        raise BadManifest(f"invalid JSON ({exc})") from None
    _want(isinstance(doc, dict), "(top)", "expected an object")
    _want(isinstance(doc.get("schema"), int) and doc["schema"] <= SCHEMA, "schema", f"expected a number <= {SCHEMA}")
    briefs = doc.get("briefs")
    _want(isinstance(briefs, dict), "briefs", "expected an object")
    return {name: _entry(name, e) for name, e in briefs.items()}


def read_manifest_file(path: Path) -> dict[str, BriefEntry]:
    """A manifest's entries; OutputError naming the file if it is unreadable or not a manifest."""
    try:
        data = read_regular(path, max_bytes=MAX_MANIFEST)
    except FileNotFoundError:
        raise OutputError("manifest not found", path=path) from None
    except Unsafe as exc:
        raise OutputError(exc.message, path=path) from None
    except OSError as exc:
        raise OutputError(f"cannot read: {exc.strerror or exc}", path=path) from None
    try:
        return parse_manifest(data)
    except BadManifest as exc:
        raise OutputError(f"not a Briefsmith manifest: {exc}", path=path) from None


@dataclass(frozen=True)
class Record:
    """What the out folder's manifest says, and why there is none when there is none."""

    entries: dict[str, BriefEntry]
    missing: str | None = None  # "missing", or why it is unreadable


def read_record(out: Path) -> Record:
    """The out folder's record. Missing or unreadable is a state (existing outputs are then
    kept, saying so); anything but a regular file at its name is an error naming it."""
    path = out / MANIFEST
    check_target(path)
    try:
        return Record(read_manifest_file(path))
    except OutputError as exc:
        if exc.message == "manifest not found":
            return Record({}, "missing")
        return Record({}, exc.message)


def read_manifest(out: Path) -> dict[str, BriefEntry]:
    """The entries of out/manifest.json ({} when it is missing or unreadable)."""
    return read_record(out).entries


def manifest_bytes(entries: dict[str, BriefEntry], version: str) -> bytes:
    doc = {
        "schema": SCHEMA,
        "briefsmith": version,
        "briefs": {name: asdict(entries[name]) for name in sorted(entries)},
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_manifest(out: Path, entries: dict[str, BriefEntry], version: str) -> None:
    """Replace out/manifest.json atomically and durably. Call holding the folder's lock."""
    write_atomic(out / MANIFEST, manifest_bytes(entries, version))
