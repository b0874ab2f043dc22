"""init, new, ingest, manifest: the commands that make and feed a workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from briefsmith.cli.app import cli, plural, workspace_root
from briefsmith.cli.flags import setting_flags
from briefsmith.version import __version__


@cli.command(
    short_help="Make a workspace, with an example brief and a CI workflow.",
    epilog="""\b
Examples:
  briefsmith init                 make this folder a workspace
  briefsmith init my-briefs       a new workspace in my-briefs/""",
)
@click.argument("directory", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Make a workspace: seeds/, briefs/, templates/, styles/, out/, an example brief,
    a .gitignore and the CI workflow. Existing files are never replaced."""
    # Here, not at the top: each command imports only what it uses (`--help` stays fast).
    from briefsmith.workspace.scaffold import INIT_FILES, init_workspace

    written = init_workspace(directory)
    for path in written:
        click.echo(f"wrote    {path}")
    for rel, _ in INIT_FILES if written else ():  # a file of the person's own there: theirs, as it was
        if directory / rel not in written:
            click.echo(f"kept     {directory / rel} (already there)")
    if not written:
        click.echo(f"nothing to do: {directory} is already a workspace")
    else:
        click.echo(f"next: cd {directory} && briefsmith build")


@cli.command(
    short_help="Write briefs/NAME.yaml: a brief spec for the given records.",
    epilog="""\b
Examples:
  briefsmith new russia-taliban --source seeds/moscow-times-russia-taliban.txt
  briefsmith new water --source seeds/a.md --source seeds/b.md --title "Water sharing\"""",
)
@click.argument("name")
@click.option(
    "-s",
    "--source",
    "sources",
    multiple=True,
    metavar="RECORD",
    help="A record file in the workspace (repeat for several).",
)
@click.option("--title", default=None, help="The briefing's title [default: from NAME].")
def new(name: str, sources: tuple[str, ...], title: str | None) -> None:
    """Write briefs/NAME.yaml: a commented brief spec for the given records."""
    # Here, not at the top: see init.
    from briefsmith.workspace.scaffold import new_brief

    # The records as typed here (from any folder of the workspace), kept relative to the workspace.
    typed = [s if "://" in s else str(Path.cwd() / Path(s).expanduser()) for s in sources]  # a URL: new says what to do
    path = new_brief(workspace_root(), name, typed, title=title)
    shown = os.path.relpath(path)
    click.echo(f"wrote    {shown}")
    click.echo(f"next: edit it, then briefsmith build {shown}")


@cli.command(
    short_help="Turn web pages, URLs and RSS/Atom feeds into record files.",
    epilog="""\b
Examples:
  briefsmith ingest saved-page.html
  briefsmith ingest https://example.org/news/story --into seeds/
  briefsmith ingest feed.xml                 one record per entry, from the feed's text
  briefsmith ingest feed.xml --follow-links  each entry's page fetched in full""",
)
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the new records [default: the workspace's seeds/].",
)
@click.option(
    "--timeout", type=click.FloatRange(1, 300), default=20.0, show_default=True, help="Seconds to wait for a URL."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(10_000, 100_000_000),
    default=5_000_000,
    show_default=True,
    help="Largest download accepted.",
)
@setting_flags("ingest")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only.")
def ingest(
    sources: tuple[str, ...], into: Path | None, timeout: float, max_bytes: int, quiet: bool, **given: Any
) -> None:
    """Turn saved web pages, URLs and RSS/Atom feeds into record files (.md with front matter).
    The only command that uses the network, and only for the URLs given: a feed's entries
    are recorded from the feed's own text, and --follow-links fetches their pages."""
    # Here, not at the top: the fetchers and page extraction are slow to import.
    from briefsmith.ingest import ingest as run_ingest
    from briefsmith.settings.resolve import build_options

    def progress(message: str) -> None:
        if not quiet and sys.stderr.isatty():
            click.echo(message, err=True)

    root = workspace_root()
    # Files and --into as typed here (from any folder of the workspace); URLs as they are.
    here = [s if "://" in s else str(Path.cwd() / Path(s).expanduser()) for s in sources]
    folder = Path.cwd() / into if into is not None else root / "seeds"
    follow = build_options(root, **given).ingest.follow_links
    report = run_ingest(
        here, folder, workspace=root, timeout=timeout, max_bytes=max_bytes, progress=progress, follow_links=follow
    )
    for path in report.written:
        if not quiet:
            click.echo(f"wrote    {path}")
    for source, existing in report.duplicates:
        if not quiet:
            click.echo(f"same as  {existing} (from {source}); not written again")
    for problem in report.problems:
        click.echo(f"warning: {problem}", err=True)
    typed = dict(zip(here, sources, strict=True))
    for source in report.failed:
        click.echo(f"Error: {typed.get(source, source)}: no record written", err=True)
    sys.exit(0 if report.ok else 1)


@cli.group(
    short_help="Work with out/manifest.json (what a build wrote, from what).",
    epilog="""\b
Examples:
  briefsmith manifest merge shard-*/manifest.json --out out/manifest.json""",
)
def manifest() -> None:
    """Work with out/manifest.json (what a build wrote, from what)."""


@manifest.command(
    "merge",
    short_help="Merge the manifests of CI shards into one.",
    epilog="""\b
Examples:
  briefsmith manifest merge a/manifest.json b/manifest.json --out out/manifest.json""",
)
@click.argument("manifests", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/manifest.json"),
    show_default=True,
    help="The merged manifest.",
)
def merge(manifests: tuple[Path, ...], target: Path) -> None:
    """Merge the manifests of CI shards into one."""
    # Here, not at the top: see init.
    from briefsmith.out.folder import merge_manifests

    count = merge_manifests(list(manifests), target, __version__)
    click.echo(f"merged {plural(count, 'brief')} into {target}")
