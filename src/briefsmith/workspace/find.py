"""Which folder is the workspace: the nearest one, from the current folder up, that holds
`briefsmith.yaml` or `briefs/` (git finds .git and mkdocs finds mkdocs.yml the same way), so a
command run in `seeds/` or `out/` works on the workspace around it."""

from __future__ import annotations

from pathlib import Path

from briefsmith.errors import UsageError
from briefsmith.settings.config import CONFIG_NAME

MARKS = (CONFIG_NAME, "briefs")


def is_workspace(folder: Path) -> bool:
    return (folder / CONFIG_NAME).is_file() or (folder / "briefs").is_dir()


def find_workspace(start: Path) -> Path | None:
    """The nearest folder from `start` up that is a workspace, or None."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if is_workspace(folder):
            return folder
    return None


def workspace_root(given: Path | None, start: Path) -> Path:
    """The workspace a command works on: `given` (--workspace), else the nearest one around
    `start`, else `start` itself (a command that needs briefs then says there are none)."""
    if given is not None:
        folder = given.resolve()
        if not folder.is_dir():
            raise UsageError("not a folder", path=given, where="--workspace")
        return folder
    return find_workspace(start) or start.resolve()
