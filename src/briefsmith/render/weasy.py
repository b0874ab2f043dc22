"""Importing WeasyPrint without its slowest step.

WeasyPrint opens Pango, HarfBuzz and fontconfig by trying several spellings of each
library name (Windows, macOS, Linux). On Linux every spelling that is not a file
cffi can open makes it call `ctypes.util.find_library`, which runs `ldconfig -p`, then
gcc, then ld as subprocesses: about 20 ms a name, 0.3 s an import, and the import is on
the critical path of every build. So, while WeasyPrint is imported, find_library answers
the way its own first step does, from the dynamic loader's cache, read once, and never
asks gcc or ld: a library they alone could find is one the loader could not open anyway
(the spellings that succeed are sonames such as `libpango-1.0.so.0`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from types import ModuleType

_lock = threading.Lock()


def load_weasyprint() -> ModuleType:
    """`import weasyprint`, faster on Linux (see the module docstring)."""
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint  # here, not at the top: this function is how Briefsmith imports it

        return weasyprint
    import ctypes.util  # here: only for the faster import below

    with _lock:
        original = ctypes.util.find_library
        ctypes.util.find_library = _LoaderCache().find
        try:
            import weasyprint  # here: see the first import above
        finally:
            ctypes.util.find_library = original
    return weasyprint


class _LoaderCache:
    """`find_library` from `ldconfig -p` alone, read on the first question."""

    def __init__(self) -> None:
        self._listing: bytes | None = None
        # The ABI names of CPython's ctypes.util._findSoname_ldconfig, worked out once.
        machine = os.uname().machine + ("-64" if sys.maxsize > 2**32 else "-32")
        self._abi = {
            "x86_64-64": "libc6,x86-64",
            "ppc64-64": "libc6,64bit",
            "sparc64-64": "libc6,64bit",
            "s390x-64": "libc6,64bit",
            "ia64-64": "libc6,IA-64",
        }.get(machine, "libc6")

    def find(self, name: str) -> str | None:
        if self._listing is None:
            self._listing = _ldconfig_listing()
        # The pattern of CPython's ctypes.util._findSoname_ldconfig.
        found = re.search(os.fsencode(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({self._abi}"), self._listing)
        return os.fsdecode(found[1]) if found else None


def _ldconfig_listing() -> bytes:
    ldconfig = shutil.which("ldconfig") or ("/sbin/ldconfig" if os.path.exists("/sbin/ldconfig") else None)
    if ldconfig is None:
        return b""
    try:
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run([ldconfig, "-p"], capture_output=True, env=env, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return b""
