"""doctor, and --version's one line of versions."""

from __future__ import annotations

import sys

import click

from briefsmith.cli.app import cli, workspace_root


@cli.command(
    short_help="Check this machine can build briefs: libraries, fonts, a test PDF.",
    epilog="""\b
Examples:
  briefsmith doctor            every check, and the command that installs what is missing
  briefsmith doctor && briefsmith build""",
)
def doctor() -> None:
    """Check that this machine can build briefs, as `quarto check` does: Python, Briefsmith,
    WeasyPrint, Pango, HarfBuzz (and whether it subsets fonts), python-docx, the bundled fonts, a
    test page laid out as a PDF, and LibreOffice if present. Says what is missing and the command
    that installs it; exits 1 when a build would not work here."""
    # Here, not at the top: the checks load the native libraries and WeasyPrint.
    from briefsmith.pipeline.doctor import diagnose

    checks = diagnose(workspace_root())
    for check in checks:
        click.echo(check.line())
    missing = [c.what for c in checks if c.verdict == "missing"]
    if missing:
        click.echo(f"a build will not work here: {', '.join(missing)} (see 'to fix' above)", err=True)
        sys.exit(1)
    click.echo("ok: `briefsmith build` works on this machine")
