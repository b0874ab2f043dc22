"""The environment: the one place Briefsmith reads its settings' variables (BRIEFSMITH_LLM_*).

Which variables there are comes from the declarations (options.py); a value is checked as a
config value is, and a bad one is a usage error naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from briefsmith.errors import UsageError
from briefsmith.settings.declare import Declared, declared
from briefsmith.settings.options import BuildOptions


def bounds(d: Declared) -> str:
    """ "of at least 1000", "from 1 to 64": a number's bounds in words, for messages."""
    low, high = d.setting.low, d.setting.high
    if low is not None and high is not None:
        return f"from {low:g} to {high:g}"
    if low is not None:
        return f"of at least {low:g}"
    return f"of at most {high:g}" if high is not None else ""


def parse_number(d: Declared, raw: str, where: str) -> int | float:
    """A number from text (a variable), within the setting's bounds."""
    whole = d.type is int
    try:
        value: int | float = int(raw) if whole else float(raw)
    except ValueError:
        value = float("nan")
    low, high = d.setting.low, d.setting.high
    if value != value or (low is not None and value < low) or (high is not None and value > high):
        kind = "a whole number" if whole else "a number"
        raise UsageError(f"{where} must be {kind} {bounds(d)}, not {raw!r}".replace("  ", " "))
    return value


def read_env(environ: Mapping[str, str] | None = None) -> dict[str, object]:
    """setting path -> value, for each declared variable that is set (and not empty)."""
    environ = os.environ if environ is None else environ
    found: dict[str, object] = {}
    for d in declared(BuildOptions):
        name = d.setting.env
        raw = environ.get(name, "").strip() if name else ""
        if not name or not raw:
            continue
        found[d.path] = parse_number(d, raw, name) if d.type in (int, float) else raw
    return found
