"""The optional project config, `briefsmith.yaml` at the workspace root.

Settings here are the workspace's defaults; a command-line flag, when given, wins (flags
default to None for exactly that reason), and so does an environment variable. It may name the
LLM endpoint and model, never its key: keys live in the environment (BRIEFSMITH_LLM_KEY), not in
git. The schema (pydantic) is imported only when there is a file to validate, so commands in a
workspace without one start faster.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefsmith.errors import SpecError
from briefsmith.safeio import Unsafe, inside, read_regular

CONFIG_NAME = "briefsmith.yaml"
NEVER_IN_A_FILE = ("key", "api_key", "token")


_INPUT_FOLDERS = ("seeds", "briefs", "templates", "styles")


def load_config(root: Path) -> dict[str, object]:
    """setting path -> value, for each setting the file sets (nothing when there is no file)."""
    path = root / CONFIG_NAME
    if not os.path.lexists(path):
        return {}
    # Only here: pydantic and the YAML reader are needed only when there is a file.
    from pydantic import ValidationError

    from briefsmith.settings.declare import declared
    from briefsmith.settings.options import BuildOptions
    from briefsmith.settings.schema import config_model
    from briefsmith.yamlsafe import load_yaml

    try:  # a regular file inside the workspace (not a link out, not a FIFO), at most 1 MB
        text = read_regular(path, roots=(root,), max_bytes=1_000_000).decode("utf-8-sig")
    except (Unsafe, OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, [("", getattr(exc, "message", None) or "cannot read it as UTF-8 text")]) from None
    data = load_yaml(text, path) or {}
    if not isinstance(data, dict):
        raise SpecError(path, [("", "the project config is a YAML mapping")])
    llm = data.get("llm")
    if isinstance(llm, dict) and any(k in llm for k in NEVER_IN_A_FILE):
        raise SpecError(path, [("llm", "an API key does not belong in a file: set BRIEFSMITH_LLM_KEY instead")])
    try:
        cfg = config_model().model_validate(data)
    except ValidationError as exc:
        problems = [
            (
                ".".join(str(p) for p in e["loc"]),
                "unknown field" if e["type"] == "extra_forbidden" else e["msg"].removeprefix("Value error, "),
            )
            for e in exc.errors(include_url=False)
        ]
        raise SpecError(path, problems) from None
    found: dict[str, object] = {}
    for d in declared(BuildOptions):
        if d.setting.key is None:
            continue
        value: object = cfg
        for part in d.setting.key.split("."):
            value = getattr(value, part, None) if value is not None else None
        if value is not None and d.type is Path:
            # A path is relative to the workspace and stays inside it: a cloned repository's
            # config must not send outputs elsewhere (--out on the command line may).
            value = root / str(value)
            if inside(value, (root,)) is None:
                raise SpecError(
                    path, [(d.setting.key, "must be a folder inside the workspace (--out may name another)")]
                )
            # Outputs written among what people write (the workspace itself, its records, specs,
            # templates or styles) would mix a build's files with theirs.
            if d.setting.key == "out" and value.resolve() in {(root / f).resolve() for f in ("", *_INPUT_FOLDERS)}:
                raise SpecError(
                    path, [(d.setting.key, f"must be a folder of its own, not {value.relative_to(root) or '.'}")]
                )
        if value is not None:
            found[d.path] = value
    return found
