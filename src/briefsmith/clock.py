"""The build's notion of "now". With SOURCE_DATE_EPOCH set (the reproducible-builds
convention), every date written into an output comes from it, so two builds of the
same inputs give the same bytes."""

from __future__ import annotations

import datetime as dt
import os

from briefsmith.errors import UsageError


def build_time() -> dt.datetime:
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw.strip() == "":
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        return dt.datetime.fromtimestamp(int(raw), dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise UsageError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}",
            path="environment",
            hint="e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)",
        ) from None


def is_reproducible() -> bool:
    return bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip())
