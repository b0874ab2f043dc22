"""The templates' loader: files from the template folders in order, each a regular file
inside its folder (a link leading out, a FIFO or a folder is an error naming it), UTF-8, at
most 2 MB. Jinja's own FileSystemLoader would follow a link anywhere and block on a FIFO."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import jinja2

from briefsmith.errors import RenderError
from briefsmith.safeio import Unsafe, read_regular

MAX_TEMPLATE_BYTES = 2_000_000


class ConfinedLoader(jinja2.BaseLoader):
    """Templates from `roots` in order: regular files inside them, read safely."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = tuple(roots)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)  # refuses '..'
        for root in self.roots:
            path = root.joinpath(*pieces)
            if not os.path.lexists(path):
                continue
            try:
                text = read_regular(path, roots=(root,), max_bytes=MAX_TEMPLATE_BYTES).decode("utf-8")
            except Unsafe as exc:
                raise RenderError(exc.message, path=path) from None
            except UnicodeDecodeError:
                raise RenderError("template is not UTF-8 text", path=path) from None
            except OSError as exc:
                raise RenderError(f"cannot read the template: {exc.strerror or exc}", path=path) from None
            return text, str(path), lambda: True
        raise jinja2.TemplateNotFound(template)
