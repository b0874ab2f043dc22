"""The Click group: thin Click commands over the library (`briefsmith.build`, ...).

Library errors (BriefsmithError) become one line and a meaningful exit code here,
and only here: 0 success, 1 a build error, 2 a usage error. --debug shows tracebacks.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from briefsmith.errors import BriefsmithError
from briefsmith.gctune import freeze_for_exit, tune_gc
from briefsmith.workspace.find import workspace_root as find_workspace_root


class BriefsmithGroup(click.Group):
    """Turns library errors into one line and an exit code (never a traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefsmithError as exc:
            if ctx.params.get("debug") or os.environ.get("BRIEFSMITH_DEBUG"):
                raise
            click.echo(f"Error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted: no partial files were left behind.", err=True)
            ctx.exit(130)


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 brief", "3 briefs": messages count what they name."""
    return f"{count} {word if count == 1 else words or word + 's'}"


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    # Here, not at the top: only --version probes the native libraries (a few milliseconds).
    from briefsmith.pipeline.doctor import version_line

    click.echo(version_line())
    ctx.exit()


def _terminate(signum: int, frame: object) -> None:
    # SIGTERM (a CI timeout, `kill`) unwinds like Ctrl-C, so atomic writes clean up.
    raise KeyboardInterrupt


@click.group(
    cls=BriefsmithGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="""\b
Examples:
  briefsmith build                      build every briefs/*.yaml into out/
  briefsmith build briefs/x.yaml --format pdf
  briefsmith check                      validate specs and records, build nothing
  briefsmith condense seeds/article.txt print the briefing JSON
  briefsmith render out/x.json          render an edited briefing JSON again
  briefsmith pull                       record your edits of out/*.docx in the briefs

Docs: README.md. Exit codes: 0 ok, 1 build error, 2 usage error.""",
)
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the versions of Briefsmith and of what it runs on, and exit.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="The workspace [default: the nearest folder, from here up, with briefsmith.yaml or briefs/].",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool, workspace: Path | None) -> None:
    """Turn news articles into cited briefing documents (PDF, DOCX, HTML, JSON)."""
    ctx.meta[_WORKSPACE] = workspace


_WORKSPACE = "briefsmith.workspace"


def workspace_root() -> Path:
    """The workspace of the running command: --workspace, else found from the current folder up."""
    given = click.get_current_context().meta.get(_WORKSPACE)
    return find_workspace_root(given, Path.cwd())


def main(argv: Sequence[str] | None = None) -> None:
    signal.signal(signal.SIGTERM, _terminate)
    tune_gc()  # our own process: fewer collector passes (see gctune.py)
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="briefsmith")
    finally:
        freeze_for_exit()  # no last pass over what the run leaves (see gctune.py)
