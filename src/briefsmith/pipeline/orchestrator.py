"""The one orchestrator (mkdocs' commands/build.py): it owns the order of the stages of a build.

    specs -> (per brief, brief.py) spec -> records -> engine -> verifier -> renderers -> out/
          -> manifest

Each stage is a plain function of typed data; nothing here knows about Click.
(The package is not named build/: `import briefsmith.build` would replace the
`briefsmith.build()` function of the library API with the module.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefsmith.errors import UsageError
from briefsmith.out.folder import held_folder, out_folder
from briefsmith.out.manifest import BriefEntry
from briefsmith.pipeline.batch import run_briefs
from briefsmith.pipeline.condense import condense_articles, read_articles
from briefsmith.pipeline.results import BriefResult, BuildReport
from briefsmith.settings.options import FORMATS, BuildOptions
from briefsmith.workspace.briefs import discover_briefs, select_shard, unique_briefs
from briefsmith.workspace.theme import Theme

if TYPE_CHECKING:  # not imported at run time: an up-to-date rebuild never needs them
    from briefsmith.model import Briefing
    from briefsmith.workspace.spec import BriefSpec

OnResult = Callable[[BriefResult], None]
OnPlan = Callable[[list[str]], None]
OnWait = Callable[[str], None]


def build(
    workspace: Path | str = ".",
    briefs: Sequence[Path | str] = (),
    options: BuildOptions | None = None,
    on_result: OnResult | None = None,
    on_plan: OnPlan | None = None,
    on_wait: OnWait | None = None,
) -> BuildReport:
    """Build briefs (default: every briefs/*.yaml of the workspace) into out/. Holds the
    out folder's lock throughout (`on_wait` hears, once, that another run holds it)."""
    options = options or BuildOptions()
    root = Path(workspace).resolve()
    unknown = set(options.render.formats) - set(FORMATS)
    if unknown or not options.render.formats:
        raise UsageError(
            f"unknown format {', '.join(sorted(unknown)) or '(none)'}",
            where="--format",
            hint=f"choose from {','.join(FORMATS)}",
        )
    check_engine(options.engine)
    specs = every = unique_briefs([Path(b) for b in briefs] if briefs else discover_briefs(root))
    if options.shard:
        specs = select_shard(specs, *options.shard, root)
    if on_plan:
        on_plan([s.stem for s in specs])
    out = out_folder(root, options.out)
    theme = Theme(root)
    with held_folder(out, wait=options.wait, on_wait=on_wait) as folder:

        def on_pair(result: BriefResult, entry: BriefEntry | None) -> None:
            if entry is not None:
                folder.save(entry)  # durably, as each brief finishes
            if on_result:
                on_result(result)

        pairs = run_briefs(specs, root, out, options, theme, folder.entries, on_pair, folder.record.missing)
        if not specs:
            folder.save_empty()
    return BuildReport(
        out=out, results=tuple(r for r, _ in pairs), strict=options.strict, shard=options.shard, briefs=len(every)
    )


def check_engine(name: str | None) -> None:
    """An engine named by a flag or briefsmith.yaml must exist: a usage error (exit 2) before
    anything is built, not a failure of every brief (a spec's own `engine:` is the spec's problem)."""
    if name is None:
        return
    from briefsmith.engines import engine_names  # here: only when an engine is named

    names = engine_names()
    if name not in names:
        raise UsageError(
            f"unknown engine {name!r}",
            where="engine",
            hint=f"choose one of {', '.join(names)}, with --engine or engine: in briefsmith.yaml",
        )


def condense_records(
    records: Sequence[Path | str],
    spec: BriefSpec | None = None,
    options: BuildOptions | None = None,
    workspace: Path | str = ".",
) -> Briefing:
    """Condense record files into a Briefing (what `briefsmith condense` prints)."""
    # Here, not at the top: a build that is up to date never loads pydantic.
    from briefsmith.workspace.spec import BriefSpec

    check_engine((options or BuildOptions()).engine)
    paths = [Path(r) for r in records]
    articles = read_articles(paths)
    if spec is None:
        spec = BriefSpec(
            title=articles[0].title if len(articles) == 1 else "Briefing", sources=tuple(str(p) for p in paths)
        )
    return condense_articles(articles, spec, options or BuildOptions(), Path(workspace))
