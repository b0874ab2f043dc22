"""Finding the briefs of a workspace and sharing them out over CI runners."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from briefsmith.errors import UsageError


def discover_briefs(root: Path) -> list[Path]:
    folder = root / "briefs"
    specs = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
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
