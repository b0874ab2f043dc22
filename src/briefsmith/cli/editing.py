"""pull: a person's edits of the DOCX back into the brief spec."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from briefsmith.cli.app import cli, plural, workspace_root
from briefsmith.cli.flags import setting_flags


@cli.command(
    short_help="Record your edits of output DOCX files in their brief specs.",
    epilog="""\b
Examples:
  briefsmith pull                          every DOCX in out/ a person changed
  briefsmith pull out/russia-taliban.docx  this one
  briefsmith pull && briefsmith build      then every format shows the edits""",
)
@click.argument("docx", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@setting_flags("pull")
@click.option("-q", "--quiet", is_flag=True, help="Print one summary line per DOCX, not each change.")
def pull(docx: tuple[Path, ...], quiet: bool, **given: Any) -> None:
    """Record the edits made to output DOCX files in their brief specs (default: every
    DOCX in out/ changed since Briefsmith wrote it), so every later build keeps them."""
    # Here, not at the top: `briefsmith --help` and the other commands need none of these.
    from briefsmith.pipeline.pull import pull as run_pull
    from briefsmith.pipeline.report import shown_path as _shown
    from briefsmith.settings.resolve import build_options

    root = workspace_root()
    options = build_options(root, **given)
    results = run_pull(root, docx, options.out)
    if not results:
        click.echo("nothing to pull: no DOCX in the out folder changed since Briefsmith wrote it")
    for result in results:
        if not quiet:
            for line in result.lines:
                click.echo(line)
        where = f"{_shown(result.docx)} into {_shown(result.spec)}"
        if result.changed:
            count = sum(not line.startswith("matched") for line in result.lines)
            click.echo(f"pulled     {where}: {plural(count, 'change')}; 'briefsmith build' applies them")
        elif not result.edited:
            click.echo(f"no edits in {_shown(result.docx)}: it reads as Briefsmith wrote it")
        else:
            click.echo(f"nothing new in {_shown(result.docx)}: {_shown(result.spec)} has its edits already")
    sys.exit(0)
