"""Finding the briefs of a workspace and sharing them out over CI runners."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefsmith.errors import BriefsmithError, OutputError, UsageError
from briefsmith.yamlsafe import load_yaml

# Output names a brief may not take: manifest.json is the folder's record.
RESERVED = ("manifest",)
# A file name holds 255 bytes; the longest made from a brief's is out/.briefsmith/NAME.docx.json
# with a temporary suffix while it is written: a longer name failed after the outputs were out.
MAX_NAME_BYTES = 200
MAX_WEIGHED_SPEC = 1_000_000  # a larger spec is weighed by its size alone (the build refuses it)


def discover_briefs(root: Path) -> list[Path]:
    folder = root / "briefs"
    if not folder.is_dir():
        raise UsageError(
            "no workspace: no briefs/ or briefsmith.yaml here or in a folder above",
            path=root,
            hint="run it inside a workspace, name one with --workspace DIR, or make one with `briefsmith init`",
        )
    # Hidden files are no briefs: an editor's or a killed run's temporary copy (.x.yaml).
    specs = sorted(p for p in [*folder.glob("*.yaml"), *folder.glob("*.yml")] if not p.name.startswith("."))
    if not specs:
        raise UsageError(
            "no briefs to build", path=folder, hint="add a briefs/NAME.yaml (see `briefsmith new --help`) or name one"
        )
    return specs


def brief_size(spec: Path, root: Path) -> int:
    """What a brief weighs, for sharing briefs out: its spec and its records, in bytes (a
    spec that cannot be read weighs what its file does; the build will say what is wrong)."""
    try:
        size = spec.stat().st_size
        if size > MAX_WEIGHED_SPEC:
            return size
        data = load_yaml(spec.read_text(encoding="utf-8-sig", errors="replace"), spec)
    except (OSError, BriefsmithError):
        return 0
    sources = data.get("sources") if isinstance(data, dict) else None
    for raw in sources if isinstance(sources, list) else ():
        if isinstance(raw, str):
            try:
                size += (root / raw.strip()).stat().st_size  # stat only: nothing is opened
            except (OSError, ValueError):
                pass
    return size


def select_shard(specs: Sequence[Path], i: int, n: int, root: Path) -> list[Path]:
    """Share I of N, balanced by size: the largest brief first, each to the share with the
    fewest bytes so far (then the fewest briefs, then the first), so with at least N briefs
    no share is empty. Every runner of a CI matrix sees the same briefs and computes the
    same shares. The briefs of a share keep their order."""
    weights = {spec: brief_size(spec, root) for spec in specs}
    loads = [(0, 0)] * n  # (bytes, briefs) per share
    share: dict[Path, int] = {}
    for spec in sorted(specs, key=lambda s: (-weights[s], s.name)):
        chosen = min(range(n), key=lambda k: (*loads[k], k))
        share[spec] = chosen + 1
        loads[chosen] = (loads[chosen][0] + weights[spec], loads[chosen][1] + 1)
    return [spec for spec in specs if share[spec] == i]


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
        if len(name.encode("utf-8")) > MAX_NAME_BYTES:
            raise OutputError(
                f"brief name too long ({len(name.encode('utf-8'))} bytes; at most {MAX_NAME_BYTES})",
                path=spec,
                hint="rename the brief: its outputs and their records are named after it",
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
