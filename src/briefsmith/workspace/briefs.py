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


def parse_shard(text: str) -> tuple[int, int]:
    try:
        i, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise UsageError(f"invalid shard {text!r}", where="--shard", hint="use I/N, e.g. 1/4") from None
    if not 1 <= i <= n:
        raise UsageError(f"invalid shard {text!r}", where="--shard", hint="I must be between 1 and N")
    return i, n


def select_shard(specs: Sequence[Path], i: int, n: int) -> list[Path]:
    """A deterministic share: each brief goes to the shard its name hashes to, so the
    shares do not change when briefs are added elsewhere in the list."""

    def shard_of(path: Path) -> int:
        return int(hashlib.sha256(path.stem.encode()).hexdigest(), 16) % n + 1

    return [p for p in specs if shard_of(p) == i]
