"""`briefsmith check`: validate specs and read their records, build nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from briefsmith.errors import BriefsmithError
from briefsmith.pipeline.condense import read_articles
from briefsmith.workspace.briefs import discover_briefs
from briefsmith.workspace.spec import load_spec


def check_briefs(root: Path, briefs: Sequence[Path]) -> Iterator[tuple[str, str | None]]:
    """(brief name, None) when it is fine, (name, one-line error) when not."""
    for spec_path in list(briefs) or discover_briefs(root):
        try:
            _spec, sources = load_spec(spec_path, root)
            read_articles(sources)
        except BriefsmithError as exc:
            yield spec_path.stem, exc.one_line()
        else:
            yield spec_path.stem, None
