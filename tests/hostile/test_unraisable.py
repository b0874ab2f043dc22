"""A Ctrl-C that lands where Python cannot raise it (a finaliser; a callback inside a C
extension, as pydantic's validator building was caught doing under load) must neither print
"Exception ignored ... Traceback" nor be lost: __main__ delivers it again to the main thread."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from briefsmith import __main__ as entry
    sys.unraisablehook = entry._unraisable  # as entry.run() installs it

    class Finalised:
        def __del__(self):
            raise KeyboardInterrupt  # where Python can only report it

    try:
        Finalised()
        for _ in range(100):
            time.sleep(0.01)
        print("lost")
    except KeyboardInterrupt:
        print("delivered")
    """
)


def test_an_interrupt_python_cannot_raise_is_delivered_again_quietly():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "delivered"
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_other_unraisable_errors_are_still_reported():
    script = SCRIPT.replace("raise KeyboardInterrupt", "raise ValueError('kept')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "lost"
    assert "ValueError: kept" in done.stderr
