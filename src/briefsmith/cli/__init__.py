"""The command line: the only package that imports Click.

app.py holds the group and the error boundary; commands.py, workspace.py and editing.py add
the commands to it (importing them here registers them).
"""

from briefsmith.cli import commands, doctor, editing, serve, workspace  # noqa: F401  (registers the commands)
from briefsmith.cli.app import cli, main

__all__ = ["cli", "main"]
