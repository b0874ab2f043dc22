"""Named moments of a build where the hostile test suite stops it, to kill it there.

`BRIEFSMITH_PAUSE_AT=point` (optionally `point#N`: the Nth time it is reached) and
`BRIEFSMITH_PAUSE_FILE=path`: on reaching that point the process writes the point's
name to the file and sleeps (until the file is removed, or a minute has passed), so a
test can send SIGKILL, SIGINT or SIGTERM at exactly that moment — e.g. after an output's temporary file is
complete but before the rename. Without the variables `reached()` does nothing but one
dictionary lookup. The points are listed in POINTS so tests can walk all of them.
"""

from __future__ import annotations

import os
import time

POINTS: tuple[str, ...] = (
    "lock-held",  # the out folder is locked; nothing read yet
    "pdf-submitted",  # the PDF worker has the print HTML and is laying it out
    "journaled",  # a brief's outputs recorded in the journal, before any rename
    "temp-written:{file}",  # a file's temporary copy is complete and synced (outputs, manifest.json)
    "replaced:{file}",  # the rename is done; for an output, the manifest does not know yet
    "brief-recorded",  # the manifest has this brief's entry (durably)
)

_count: dict[str, int] = {}


def reached(point: str) -> None:
    """Pause here if the environment asks for this point (see the module docstring)."""
    wanted = os.environ.get("BRIEFSMITH_PAUSE_AT")
    if not wanted:
        return
    name, _, nth = wanted.partition("#")
    if name != point:
        return
    _count[point] = _count.get(point, 0) + 1
    if nth and _count[point] != int(nth):
        return
    marker = os.environ.get("BRIEFSMITH_PAUSE_FILE")
    if marker:
        with open(marker, "w", encoding="utf-8") as fh:
            fh.write(f"{point} {os.getpid()}\n")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not marker or os.path.exists(marker)):
        time.sleep(0.02)  # the test kills us here, or removes the file to let us go on
