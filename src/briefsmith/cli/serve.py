"""serve: the live preview."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from briefsmith.cli.app import cli, workspace_root
from briefsmith.cli.flags import setting_flags


@cli.command(
    short_help="Preview briefs in a browser, rebuilt on every save.",
    epilog="""\b
Examples:
  briefsmith serve                          every brief, at http://127.0.0.1:8000/
  briefsmith serve briefs/x.yaml --open     one brief, opened in the browser
  briefsmith serve --port 0 --out preview/  any free port; keep the files in preview/""",
)
@click.argument("briefs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@setting_flags("serve")
def serve(briefs: tuple[Path, ...], out: Path | None, port: int | None, open: bool | None, **given: Any) -> None:  # noqa: A002
    """Preview briefs in a browser as mkdocs serve and quarto preview do: an index of the
    workspace's briefs at http://127.0.0.1:PORT/, and each brief's HTML beside its PDF. Every save
    of a spec, record, template, style or briefsmith.yaml rebuilds what it affects, in this warm
    process, and the open page refreshes itself. A broken spec or template shows its error in
    the page. Files go to a temporary folder, never out/, unless --out DIR. Ctrl-C stops it."""
    # Here, not at the top: the server and the build stages are for this command only.
    from briefsmith.pipeline.report import shown_path
    from briefsmith.preview.board import BriefState
    from briefsmith.preview.server import open_server
    from briefsmith.preview.server import serve as run_server
    from briefsmith.preview.session import Session
    from briefsmith.settings.resolve import build_options

    root = workspace_root()
    chosen = build_options(root, port=port, open=open).serve  # --port, else briefsmith.yaml's serve.port

    def built(state: BriefState) -> None:
        if state.status == "failed":
            click.echo(f"failed   {state.name}: {state.error}", err=True)
        else:
            extra = f"; {state.error}" if state.error else ""
            click.echo(f"{state.status:<8} {state.name:<28} {state.seconds:6.2f}s{extra}")

    session = Session(root, briefs, out, on_build=built, **given)
    try:
        server = open_server(chosen.port, session)
    except BaseException:
        session.close()
        raise

    def ready(url: str) -> None:
        click.echo(f"serving  {url}  (files in {shown_path(session.out)}; Ctrl-C stops)")
        if chosen.open:
            import webbrowser  # here: only --open uses it

            webbrowser.open(url)

    try:
        run_server(session, server, on_ready=ready)
    except KeyboardInterrupt:
        pass
    click.echo("stopped")
    sys.exit(0)
