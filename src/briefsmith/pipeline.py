"""The one orchestrator (mkdocs' commands/build.py): it owns the order of the stages of a build.

    spec -> records -> engine -> verifier -> renderers -> out/ (+ manifest)

Each stage is a plain function of typed data; nothing here knows about Click.
(Not named build.py: `import briefsmith.build` would replace the `briefsmith.build()`
function of the library API with the module.)
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefsmith import __version__
from briefsmith.errors import BriefsmithError, UsageError
from briefsmith.fingerprint import fingerprint, input_hashes, theme_hash
from briefsmith.manifest import BriefEntry, read_manifest, update_manifest
from briefsmith.options import FORMATS, BriefResult, BuildOptions, BuildReport
from briefsmith.outputs import edited_since_written, ensure_dir, remove_litter, sha256_file
from briefsmith.pdf_worker import PdfWorker
from briefsmith.protected import write_outputs
from briefsmith.theme import Theme
from briefsmith.workspace import discover_briefs, select_shard

if TYPE_CHECKING:  # not imported at run time: an up-to-date rebuild never needs them
    from briefsmith.model import Article, Briefing
    from briefsmith.spec import BriefSpec

OnResult = Callable[[BriefResult], None]
OnPlan = Callable[[list[str]], None]


def read_articles(paths: Sequence[Path]) -> list[Article]:
    """Read every record; give each a unique id (two sources may derive the same one)."""
    from briefsmith.records import read_article

    articles, seen = [], set()
    for path in paths:
        article = read_article(path)
        base, n = article.id, 2
        while article.id in seen:
            article = dataclasses.replace(article, id=f"{base}-{n}")
            n += 1
        seen.add(article.id)
        articles.append(article)
    return articles


def condense_articles(articles: Sequence[Article], spec: BriefSpec, options: BuildOptions,
                      workspace: Path) -> Briefing:
    from briefsmith.engines import get_engine
    from briefsmith.engines.verify import verify_briefing

    name = options.engine or spec.engine
    engine_options: dict[str, object] = {}
    if name == "llm":
        llm = options.llm
        engine_options = {"url": llm.url, "model": llm.model, "keep_unverified": llm.keep_unverified,
                          "replay": llm.replay, "workspace": workspace,
                          "fallback": llm.fallback, "max_chars": llm.max_chars}
    briefing = get_engine(name, **engine_options).condense(articles, spec)
    warnings = list(briefing.warnings) + verify_briefing(briefing, articles)
    warnings += [f"empty section: {s.id}" for s in briefing.sections if not s.points]
    return dataclasses.replace(briefing, warnings=tuple(dict.fromkeys(warnings)))


def _options_key(options: BuildOptions) -> dict[str, object]:
    # Only what the command line and config decide: the spec's own choices are covered
    # by its hash among the inputs, so up-to-date checks need not parse it.
    return {"formats": sorted(options.formats), "pdf_variant": options.pdf_variant,
            "engine": options.engine, "strict": options.strict, "llm": dataclasses.asdict(options.llm)}


def _unchanged(entry: BriefEntry, root: Path, theme: Theme, options: BuildOptions, out: Path) -> bool:
    """Is the last build of this brief still good? Rehashes the inputs it recorded
    (the spec among them: a new source list changes the spec's hash)."""
    if not entry.fingerprint or not entry.inputs:
        return False
    inputs = {path: sha256_file(root / path) or "" for path in entry.inputs}
    if fingerprint(__version__, inputs, theme_hash(theme), _options_key(options)) != entry.fingerprint:
        return False
    files = [f"{entry.name}.{fmt}" for fmt in FORMATS if fmt in options.formats]
    for file in files:
        recorded = entry.output(file)
        if recorded is None or not (out / file).exists() or edited_since_written(out / file, recorded.sha256):
            return False
    return True


def build_brief(spec_path: Path, root: Path, out: Path, options: BuildOptions, theme: Theme,
                previous: BriefEntry | None,
                pdf_worker: PdfWorker | None = None) -> tuple[BriefResult, BriefEntry | None]:
    """Build one brief; never raises for a problem in the brief itself."""
    start = time.perf_counter()
    name = spec_path.stem
    rel_spec = _rel(spec_path, root)
    try:
        if not options.force and previous and _unchanged(previous, root, theme, options, out):
            files = tuple(f"{name}.{fmt}" for fmt in FORMATS if fmt in options.formats)
            return BriefResult(name, rel_spec, "skipped", time.perf_counter() - start, files,
                               warnings=previous.warnings), previous
        if pdf_worker is not None and "pdf" in options.formats:
            # First thing: its WeasyPrint set-up (the longest stage) then overlaps
            # our imports, reading and condensing.
            pdf_worker.start()
        from briefsmith.render_all import render_formats
        from briefsmith.spec import load_spec

        spec, sources = load_spec(spec_path, root)
        inputs = input_hashes(root, spec_path, sources)
        opts = _options_key(options)
        fp = fingerprint(__version__, inputs, theme_hash(theme), opts)
        briefing = condense_articles(read_articles(sources), spec, options, root)
        rendered, render_warnings = render_formats(name, briefing, spec, theme, options, pdf_worker)
        warnings = briefing.warnings + render_warnings
        written, kept, entries = write_outputs(rendered, out, previous, options.force, name, rel_spec)
        entry = BriefEntry(name=name, spec=rel_spec, fingerprint=fp if not kept else "", inputs=inputs,
                           outputs=tuple(entries), engine=options.engine or spec.engine, options=opts,
                           version=__version__, warnings=tuple(warnings))
        status = "kept" if kept else "built"
        return BriefResult(name, rel_spec, status, time.perf_counter() - start, tuple(written),
                           tuple(kept), tuple(warnings)), entry
    except BriefsmithError as exc:
        return BriefResult(name, rel_spec, "failed", time.perf_counter() - start,
                           error=exc.one_line()), previous


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def build(workspace: Path | str = ".", briefs: Sequence[Path | str] = (),
          options: BuildOptions | None = None, on_result: OnResult | None = None,
          on_plan: OnPlan | None = None) -> BuildReport:
    """Build briefs (default: every briefs/*.yaml of the workspace) into out/."""
    options = options or BuildOptions()
    root = Path(workspace).resolve()
    unknown = set(options.formats) - set(FORMATS)
    if unknown or not options.formats:
        raise UsageError(f"unknown format {', '.join(sorted(unknown)) or '(none)'}", where="--format",
                         hint=f"choose from {','.join(FORMATS)}")
    specs = [Path(b) for b in briefs] if briefs else discover_briefs(root)
    if options.shard:
        specs = select_shard(specs, *options.shard)
    if on_plan:
        on_plan([s.stem for s in specs])
    out = (options.out or root / "out").resolve()
    ensure_dir(out)
    remove_litter(out)
    theme = Theme(root)
    previous = read_manifest(out)
    from briefsmith.batch import run_briefs

    pairs = run_briefs(specs, root, out, options, theme, previous, on_result)
    updates = {entry.name: entry for _, entry in pairs if entry is not None}
    if updates:
        update_manifest(out, updates, __version__)
    return BuildReport(out=out, results=tuple(r for r, _ in pairs), strict=options.strict)


def condense_records(records: Sequence[Path | str], spec: BriefSpec | None = None,
                     options: BuildOptions | None = None, workspace: Path | str = ".") -> Briefing:
    """Condense record files into a Briefing (what `briefsmith condense` prints)."""
    from briefsmith.spec import BriefSpec

    paths = [Path(r) for r in records]
    articles = read_articles(paths)
    if spec is None:
        spec = BriefSpec(title=articles[0].title if len(articles) == 1 else "Briefing",
                         sources=tuple(str(p) for p in paths))
    return condense_articles(articles, spec, options or BuildOptions(), Path(workspace))
