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
import sys
from typing import Any


def _early(signum: int, frame: object) -> None:
    os.write(2, b"Interrupted.\n")
    os._exit(128 + signum)


def _unraisable(info: Any) -> None:
    """A Ctrl-C or SIGTERM that lands where Python cannot raise it (a finaliser, a callback
    inside a C extension: pydantic building a validator) is printed as "Exception ignored ...
    Traceback" and lost. Deliver it again to the main thread, where the CLI's own handling
    ends the run with its one line (and its writes clean up)."""
    if not issubclass(info.exc_type, KeyboardInterrupt):
        _default_unraisable(info)
    elif signal.getsignal(signal.SIGINT) is signal.SIG_IGN:  # a background job: no Ctrl-C to resend
        os.write(2, b"Interrupted.\n")
        os._exit(130)
    else:
        import threading  # here, not at the top: start-up needs none of it

        # From another thread, once the finaliser is over: raised there, it would be lost again.
        threading.Thread(target=_resend, daemon=True).start()


def _resend() -> None:
    import _thread  # here, not at the top: only a lost interrupt needs it
    import time  # here, not at the top: only a lost interrupt needs it

    time.sleep(0.01)
    _thread.interrupt_main()


_default_unraisable = sys.unraisablehook


def run() -> None:
    sys.unraisablehook = _unraisable
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
