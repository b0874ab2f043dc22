"""The floor plan holds: every source file is one git, ruff and the wheel see."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "briefsmith"


@pytest.mark.skipif(shutil.which("git") is None or not (REPO / ".git").exists(), reason="not a git checkout")
def test_no_source_file_is_ignored() -> None:
    # A .gitignore pattern such as `out/` also matched src/briefsmith/out/: git would not add a
    # new file there, ruff skipped the folder, and the wheel was built without it.
    files = [str(p.relative_to(REPO)) for p in SRC.rglob("*.py") if "__pycache__" not in p.parts]
    files += [str(p.relative_to(REPO)) for d in ("templates", "styles") for p in (REPO / d).rglob("*") if p.is_file()]
    found = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        input="\n".join(files),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert found.stdout.split() == [], "ignored by .gitignore, so left out of git, ruff and the wheel"


def test_every_package_is_a_regular_one() -> None:
    # A folder without __init__.py is a namespace package: mypy and the wheel treat it apart.
    for folder in [SRC, *(p for p in SRC.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
        if any(folder.glob("*.py")):
            assert (folder / "__init__.py").is_file(), f"{folder.relative_to(REPO)} has no __init__.py"
