"""`python -m briefsmith`, and the `briefsmith` command (pyproject's [project.scripts]), run
the CLI.

The CLI's imports take a few hundred milliseconds; Ctrl-C or SIGTERM in that time would
print a KeyboardInterrupt traceback from deep inside an import. Until the CLI installs its
own handlers (cli/app.py), either signal ends the process with one line: nothing has
started, so nothing is left behind.
"""

from __future__ import annotations

import os
import signal
from typing import Any


def _early(signum: int, frame: object) -> None:
    os.write(2, b"Interrupted.\n")
    os._exit(128 + signum)


def run() -> None:
    previous: dict[signal.Signals, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) is not signal.SIG_IGN:  # a background job keeps ignoring Ctrl-C
            previous[sig] = signal.signal(sig, _early)
    from briefsmith.cli import main  # the slow imports, now quiet when interrupted

    for each, handler in previous.items():
        signal.signal(each, handler)
    try:
        main()
    except KeyboardInterrupt:  # a signal between the handlers above and the CLI's own: still one line
        os.write(2, b"Interrupted.\n")
        os._exit(130)


if __name__ == "__main__":
    run()
