"""Where templates, styles and fonts come from: the workspace's own first, then the
packaged default theme (this repository's top-level `templates/` and `styles/`,
shipped in the wheel as `briefsmith/_theme/`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # src/briefsmith


def default_theme_dir() -> Path:
    """The packaged theme; in a source checkout (editable install) the repo root."""
    packaged = _PACKAGE / "_theme"
    if (packaged / "templates").is_dir():
        return packaged
    return _PACKAGE.parent.parent  # src/briefsmith -> repository root


@dataclass(frozen=True)
class Theme:
    """The lookup chain for one workspace, user files first."""

    workspace: Path

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        return self._chain("templates")

    @property
    def style_dirs(self) -> tuple[Path, ...]:
        return self._chain("styles")

    @property
    def roots(self) -> tuple[Path, ...]:
        """Every folder a renderer may read files from (nothing else, ever)."""
        return self.template_dirs + self.style_dirs

    def _chain(self, name: str) -> tuple[Path, ...]:
        dirs = [self.workspace / name, default_theme_dir() / name]
        seen: list[Path] = []
        for d in dirs:
            d = d.resolve()
            if d.is_dir() and d not in seen:
                seen.append(d)
        return tuple(seen)

    def find(self, kind: str, name: str) -> Path | None:
        """First `name` in the template or style chain (`kind` = 'templates'/'styles')."""
        for d in self._chain(kind):
            candidate = d / name
            if candidate.is_file():
                return candidate
        return None
