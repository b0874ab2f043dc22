"""Fixtures of the hostile suite (the helpers are in kit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .kit import ARTICLE, MARK, brief_yaml


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the workspace holding files no build may read."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"{MARK}\n")
    (folder / "secret.css").write_text(f'body::after {{ content: "{MARK}" }}\n')
    (folder / "secret.html").write_text(f"<p>{MARK}</p>\n")
    (folder / "secret.md").write_text(ARTICLE.replace("Tomas Brandt", MARK))
    return folder


@pytest.fixture
def hws(tmp_path: Path) -> Path:
    """A workspace with one brief, briefs/pilots.yaml, on one short article."""
    root = tmp_path / "ws"
    (root / "seeds").mkdir(parents=True)
    (root / "briefs").mkdir()
    (root / "seeds" / "pilots.md").write_text(ARTICLE)
    (root / "briefs" / "pilots.yaml").write_text(brief_yaml())
    return root
