"""Where templates, styles and fonts come from: the workspace's own first, then the
packaged default theme (this repository's top-level `templates/` and `styles/`,
shipped in the wheel as `briefsmith/_theme/`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefsmith.safeio import Unsafe, check_regular, inside

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
        own = self.workspace / name
        if os.path.islink(own) and inside(own, (self.workspace,)) is None:
            # A workspace's templates/ or styles/ linked elsewhere would let the renderer
            # read anything there: refused, naming it.
            raise Unsafe("is a link leading outside the workspace; refused", path=own)
        seen: list[Path] = []
        for d in (own, default_theme_dir() / name):
            d = d.resolve()
            if d.is_dir() and d not in seen:
                seen.append(d)
        return tuple(seen)

    def find(self, kind: str, name: str) -> Path | None:
        """First `name` in the template or style chain (`kind` = 'templates'/'styles'). A
        file there that is not a regular file inside its folder (a link out, a FIFO, a
        folder) is an error naming it, not silently passed over."""
        for d in self._chain(kind):
            candidate = d / name
            if os.path.lexists(candidate):
                try:
                    return check_regular(candidate, (d,))
                except OSError:
                    raise Unsafe("is a link to a missing file; refused", path=candidate) from None
        return None
