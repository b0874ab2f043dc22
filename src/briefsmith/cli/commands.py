"""build, check, condense, render: each a few lines over the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from briefsmith.cli.app import FORMAT_CHOICES, cli
from briefsmith.errors import UsageError


def _formats(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [v for v in items if v not in FORMAT_CHOICES]
    if bad or not items:
        raise click.BadParameter(
            f"{', '.join(bad) or 'nothing'} (choose from {','.join(FORMAT_CHOICES)})", param_hint="--format"
        )
    return items


@cli.command(
    epilog="""\b
Examples:
  briefsmith build                           every briefs/*.yaml of this folder
  briefsmith build briefs/russia-taliban.yaml --format pdf,docx
  briefsmith build --strict --json           CI: warnings fail, machine summary
  briefsmith build --jobs 2 --shard 1/4      one runner's share, two workers"""
)
@click.argument("briefs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=None, help="Output folder [default: out/]."
)
@click.option(
    "-f",
    "--format",
    "formats",
    default=None,
    metavar="LIST",
    help="Comma-separated formats: pdf,docx,html,json [default: all].",
)
@click.option(
    "--strict", is_flag=True, default=None, help="Fail on warnings (unverified citation, empty section, missing glyph)."
)
@click.option("--force", is_flag=True, default=None, help="Rebuild everything and overwrite edited outputs.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes [default: 1].")
@click.option(
    "--pdf-variant",
    type=click.Choice(["pdf/a-3b", "pdf/ua-1"]),
    default=None,
    help="Archival PDF/A-3b (briefing JSON attached) or tagged PDF/UA-1.",
)
@click.option("--engine", default=None, help="Condensing engine: extractive (default) or llm.")
@click.option(
    "--keep-unverified", is_flag=True, default=None, help="llm: keep unsupported points, marked as unverified."
)
@click.option("--replay", is_flag=True, default=None, help="llm: use only cached answers (.briefsmith/cache).")
@click.option(
    "--fallback/--no-fallback",
    default=None,
    help="llm: finish with the extractive engine if the endpoint fails [default: on, off with --strict].",
)
@click.option("--shard", default=None, metavar="I/N", help="Build only share I of N of the briefs (CI matrix).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("--json", "as_json", is_flag=True, help="Print the build summary as JSON.")
def build(
    briefs: tuple[Path, ...],
    out: Path | None,
    formats: str | None,
    strict: bool | None,
    force: bool | None,
    jobs: int | None,
    pdf_variant: str | None,
    engine: str | None,
    keep_unverified: bool | None,
    replay: bool | None,
    fallback: bool | None,
    shard: str | None,
    quiet: bool,
    as_json: bool,
) -> None:
    """Build briefs into PDF, DOCX, HTML and JSON (default: every briefs/*.yaml)."""
    from briefsmith.cli.progress import Progress
    from briefsmith.pipeline.orchestrator import build as run_build
    from briefsmith.pipeline.report import report_json, report_table
    from briefsmith.settings.resolve import build_options

    root = Path.cwd()
    options = build_options(
        root,
        out=out,
        formats=_formats(formats),
        strict=strict,
        force=force,
        jobs=jobs,
        pdf_variant=pdf_variant,
        engine=engine,
        keep_unverified=keep_unverified,
        replay=replay,
        fallback=fallback,
        shard=shard,
    )
    with Progress(enabled=not quiet and not as_json) as progress:
        report = run_build(root, briefs, options, on_result=progress.update, on_plan=progress.plan)
    if as_json:
        click.echo(report_json(report))
    else:
        for line in report_table(report):
            is_problem = line.startswith(("failed", "kept", "warning", "note"))
            if not quiet or is_problem:
                click.echo(line, err=is_problem and quiet)
    sys.exit(report.exit_code)


@cli.command(
    epilog="""\b
Examples:
  briefsmith check                  every briefs/*.yaml
  briefsmith check briefs/x.yaml"""
)
@click.argument("briefs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def check(briefs: tuple[Path, ...], quiet: bool) -> None:
    """Validate brief specs and their records; build nothing."""
    from briefsmith.pipeline.check import check_briefs

    problems = 0
    for name, error in check_briefs(Path.cwd(), briefs):
        if error:
            problems += 1
            click.echo(f"Error: {error}", err=True)
        elif not quiet:
            click.echo(f"ok       {name}")
    sys.exit(1 if problems else 0)


@cli.command(
    epilog="""\b
Examples:
  briefsmith condense seeds/moscow-times-russia-taliban.txt > briefing.json
  briefsmith condense a.md b.json --title "Two views\""""
)
@click.argument("records", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", default=None, help="Title of the briefing [default: the article's].")
@click.option("--engine", default=None, help="Condensing engine: extractive (default) or llm.")
@click.option("--replay", is_flag=True, default=None, help="llm: use only cached answers.")
@click.option("--strict", is_flag=True, default=None, help="Exit 1 when there are warnings.")
def condense(
    records: tuple[Path, ...], title: str | None, engine: str | None, replay: bool | None, strict: bool | None
) -> None:
    """Print the briefing JSON for article RECORDS to stdout."""
    from briefsmith.pipeline.orchestrator import condense_records
    from briefsmith.render.json import dumps
    from briefsmith.settings.resolve import build_options
    from briefsmith.workspace.spec import BriefSpec

    root = Path.cwd()
    # No silent fallback here: whoever asks `condense` for the llm engine wants its answer.
    options = build_options(root, engine=engine, replay=replay, strict=strict, fallback=False)
    spec = BriefSpec(title=title, sources=tuple(map(str, records))) if title else None
    briefing = condense_records(records, spec, options, root)
    sys.stdout.buffer.write(dumps(briefing))
    for warning in briefing.warnings:
        click.echo(f"warning: {warning}", err=True)
    sys.exit(1 if options.strict and briefing.warnings else 0)


@cli.command(
    epilog="""\b
Examples:
  briefsmith render out/russia-taliban.json             PDF and DOCX next to it
  briefsmith render edited.json --format pdf --out out/"""
)
@click.argument("briefing", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder [default: the JSON's folder].",
)
@click.option(
    "-f",
    "--format",
    "formats",
    default=None,
    metavar="LIST",
    help="Comma-separated: pdf,docx,html [default: pdf,docx].",
)
@click.option("--paper", type=click.Choice(["A4", "letter"]), default=None, help="Paper size [default: A4].")
@click.option("--force", is_flag=True, default=False, help="Overwrite outputs even if edited.")
def render(briefing: Path, out: Path | None, formats: str | None, paper: str | None, force: bool) -> None:
    """Render a (possibly edited) briefing JSON again."""
    from briefsmith.pipeline.rerender import render_briefing_file

    chosen = _formats(formats) or ("pdf", "docx")
    if "json" in chosen:
        raise UsageError("render reads a JSON; it does not write one", where="--format")
    for line in render_briefing_file(Path.cwd(), briefing, out, chosen, paper or "A4", force):
        click.echo(line)
