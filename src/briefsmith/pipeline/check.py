"""`briefsmith check`: validate specs and read their records, build nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from briefsmith.errors import BriefsmithError, SpecError
from briefsmith.pipeline.condense import read_articles
from briefsmith.workspace.briefs import discover_briefs, unique_briefs
from briefsmith.workspace.spec import load_spec


def problem_lines(exc: BriefsmithError) -> tuple[str, ...]:
    """One line per problem, each naming the file (a spec with six problems gives six lines,
    so each can be read, grepped and fixed on its own)."""
    if isinstance(exc, SpecError) and len(exc.problems) > 1:
        return tuple(
            BriefsmithError(message, path=exc.path, where=field or None).one_line() for field, message in exc.problems
        )
    return (exc.one_line(),)


def check_briefs(
    root: Path, briefs: Sequence[Path], notes: list[str] | None = None
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(brief name, ()) when it is fine, (name, its problems, one line each) when not. Records
    that are fine but give no date are noted in `notes`, when given: their relative times
    ("on Tuesday") cannot be resolved, so points that need them are left out."""
    seen: set[str] = set()
    for spec_path in list(briefs) or discover_briefs(root):
        try:
            unique_briefs([spec_path])  # the names the build refuses ("manifest", too long), refused here too
            _spec, sources = load_spec(spec_path, root)
            articles = read_articles(sources)
        except BriefsmithError as exc:
            yield spec_path.stem, problem_lines(exc)
        else:
            for path, article in zip(sources, articles, strict=True):
                if notes is not None and not article.published and str(path) not in seen:
                    seen.add(str(path))
                    notes.append(f'{_shown(path, root)}: no date: relative times ("on Tuesday") cannot be resolved')
            yield spec_path.stem, ()


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
