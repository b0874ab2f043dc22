"""Finding the briefs of a workspace and sharing them out over CI runners."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from briefsmith.errors import OutputError, UsageError

# Output names a brief may not take: manifest.json is the folder's record.
RESERVED = ("manifest",)


def discover_briefs(root: Path) -> list[Path]:
    folder = root / "briefs"
    found = [*folder.glob("*.yaml"), *folder.glob("*.yml")] if folder.is_dir() else []
    # Hidden files are no briefs: an editor's or a killed run's temporary copy (.x.yaml).
    specs = sorted(p for p in found if not p.name.startswith("."))
    if not specs:
        raise UsageError(
            "no briefs to build", path=folder, hint="add a briefs/NAME.yaml (see `briefsmith new --help`) or name one"
        )
    return specs


def select_shard(specs: Sequence[Path], i: int, n: int) -> list[Path]:
    """A deterministic share: each brief goes to the shard its name hashes to, so the
    shares do not change when briefs are added elsewhere in the list."""

    def shard_of(path: Path) -> int:
        return int(hashlib.sha256(path.stem.encode()).hexdigest(), 16) % n + 1

    return [p for p in specs if shard_of(p) == i]


def _identity(path: Path) -> object:
    """The same file however it is spelt (./x, a/../x, a link, a hard link)."""
    try:
        st = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (st.st_dev, st.st_ino)


def unique_briefs(specs: Sequence[Path]) -> list[Path]:
    """Each brief once (one named twice is built once), and output names that cannot
    collide: checked before anything is written. NAME is the spec's stem; two specs with
    one NAME (x.yaml beside x.yml, or names differing only in case, which collide on
    case-insensitive disks) and reserved or hidden names are refused, naming the files."""
    seen: set[object] = set()
    unique: list[Path] = []
    for spec in specs:
        key = _identity(spec)
        if key not in seen:
            seen.add(key)
            unique.append(spec)
    names: dict[str, Path] = {}
    for spec in unique:
        name = spec.stem
        if name.casefold() in RESERVED:
            raise OutputError(
                f"a brief may not be named {name!r}: out/{name}.json would replace the record of what was written",
                path=spec,
                hint="rename the brief",
            )
        if not name or name.startswith(".") or any(ord(c) < 32 for c in name):
            raise OutputError(f"not a usable brief name: {name!r}", path=spec, hint="rename the brief, e.g. x.yaml")
        other = names.get(name.casefold())
        if other is not None:
            raise OutputError(
                f"gives the same output name ({name}.*) as {other}",
                path=spec,
                hint="rename one of them: each brief writes NAME.pdf, .docx, .html and .json",
            )
        names[name.casefold()] = spec
    return unique
