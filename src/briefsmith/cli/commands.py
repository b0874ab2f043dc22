"""build, check, condense, render: each a few lines over the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from briefsmith.cli.app import cli, plural, workspace_root
from briefsmith.cli.flags import setting_flags
from briefsmith.errors import UsageError


def _say_waiting(message: str) -> None:
    click.echo(message, err=True)


@cli.command(
    short_help="Build briefs into PDF, DOCX, HTML and JSON (default: all briefs).",
    epilog="""\b
Examples:
  briefsmith build                           every briefs/*.yaml of this folder
  briefsmith build briefs/russia-taliban.yaml --format pdf,docx
  briefsmith build --strict --json           CI: warnings fail, machine summary
  briefsmith build --jobs 2 --shard 1/4      one runner's share, two workers""",
)
@click.argument("briefs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@setting_flags("build")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("--json", "as_json", is_flag=True, help="Print the build summary as JSON.")
def build(briefs: tuple[Path, ...], quiet: bool, as_json: bool, **given: Any) -> None:
    """Build briefs into PDF, DOCX, HTML and JSON (default: every briefs/*.yaml)."""
    # Here, not at the top: `briefsmith --help` and the other commands need none of these.
    from briefsmith.cli.progress import Progress
    from briefsmith.pipeline.orchestrator import build as run_build
    from briefsmith.pipeline.report import report_json, report_table
    from briefsmith.settings.resolve import build_options

    root = workspace_root()
    options = build_options(root, **given)
    with Progress(enabled=not quiet and not as_json) as progress:
        report = run_build(
            root, briefs, options, on_result=progress.update, on_plan=progress.plan, on_wait=_say_waiting
        )
    if as_json:
        click.echo(report_json(report))
    else:
        for line in report_table(report):
            is_problem = line.startswith(("failed", "kept", "warning", "note"))
            if not quiet or is_problem:
                click.echo(line, err=is_problem and quiet)
    sys.exit(report.exit_code)


@cli.command(
    short_help="Validate brief specs and their records; build nothing.",
    epilog="""\b
Examples:
  briefsmith check                  every briefs/*.yaml
  briefsmith check briefs/x.yaml""",
)
@click.argument("briefs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def check(briefs: tuple[Path, ...], quiet: bool) -> None:
    """Validate brief specs and their records; build nothing."""
    # Here, not at the top: see build.
    from briefsmith.pipeline.check import check_briefs

    briefs_with_problems = problems = 0
    notes: list[str] = []
    for name, lines in check_briefs(workspace_root(), briefs, notes):
        for line in lines:
            click.echo(f"Error: {line}", err=True)
        if lines:
            briefs_with_problems += 1
            problems += len(lines)
        elif not quiet:
            click.echo(f"ok       {name}")
    if not quiet:
        for note in notes:
            click.echo(f"note: {note}", err=True)
    if problems and not quiet:  # the count on stdout: stderr holds the problems alone, one a line
        click.echo(f"{plural(problems, 'problem')} in {plural(briefs_with_problems, 'brief')}: fix the fields named")
    sys.exit(1 if problems else 0)


@cli.command(
    short_help="Print the briefing JSON for article records to stdout.",
    epilog="""\b
Examples:
  briefsmith condense seeds/moscow-times-russia-taliban.txt > briefing.json
  briefsmith condense a.md b.json --title "Two views\"""",
)
@click.argument("records", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", default=None, help="Title of the briefing [default: the article's].")
@setting_flags("condense")
def condense(records: tuple[Path, ...], title: str | None, **given: Any) -> None:
    """Print the briefing JSON for article RECORDS to stdout."""
    # Here, not at the top: see build.
    from briefsmith.pipeline.orchestrator import condense_records
    from briefsmith.render.json import dumps
    from briefsmith.settings.resolve import build_options
    from briefsmith.workspace.spec import BriefSpec

    root = workspace_root()
    # No silent fallback here: whoever asks `condense` for the llm engine wants its answer.
    options = build_options(root, fallback=False, **given)
    spec = BriefSpec(title=title, sources=tuple(map(str, records))) if title else None
    briefing = condense_records(records, spec, options, root)
    sys.stdout.buffer.write(dumps(briefing))
    for warning in briefing.warnings:
        click.echo(f"warning: {warning}", err=True)
    sys.exit(1 if options.strict and briefing.warnings else 0)


@cli.command(
    short_help="Render a (possibly edited) briefing JSON again.",
    epilog="""\b
Examples:
  briefsmith render out/russia-taliban.json             PDF and DOCX next to it
  briefsmith render edited.json --format pdf --out out/""",
)
@click.argument("briefing", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@setting_flags("render")
def render(briefing: Path, out: Path | None, force: bool | None, **given: Any) -> None:
    """Render a (possibly edited) briefing JSON again."""
    # Here, not at the top: see build.
    from briefsmith.pipeline.rerender import render_briefing_file
    from briefsmith.settings.resolve import build_options, given_render_options

    wait = given.pop("wait", None) is not False
    strict = bool(given.pop("strict", None))
    options = given_render_options(**given)
    if "json" in options.formats:
        raise UsageError("render reads a JSON; it does not write one", where="--format")
    root = workspace_root()
    out = out or build_options(root).out  # the workspace's out folder (briefsmith.yaml's `out:`, else out/)
    rendered = render_briefing_file(root, briefing, out, options, bool(force), wait=wait, on_wait=_say_waiting)
    for line in rendered.lines:
        click.echo(line)
    # As for build: an output kept, or with --strict a warning (a quote not in its source), fails.
    sys.exit(1 if rendered.kept or (strict and rendered.warnings) else 0)
