"""Importing WeasyPrint through `load_weasyprint` (find_library from the loader cache)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefsmith.render.weasy import _LoaderCache

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is Linux-only")


@linux_only
def test_loader_cache_finds_what_the_loader_knows_and_nothing_else() -> None:
    import ctypes.util

    cache = _LoaderCache()
    # The same answer as the standard library's own (slower) lookup, for a library
    # WeasyPrint needs and that is certainly installed.
    assert cache.find("pango-1.0") == ctypes.util.find_library("pango-1.0") == "libpango-1.0.so.0"
    assert cache.find("no-such-library-briefsmith") is None
    assert cache.find("libpango-1.0-0") is None  # a Windows spelling


@linux_only
def test_fresh_import_loads_the_libraries_and_restores_find_library() -> None:
    code = (
        "import ctypes.util; original = ctypes.util.find_library\n"
        "from briefsmith.render.weasy import load_weasyprint\n"
        "weasyprint = load_weasyprint()\n"
        "from weasyprint.text import ffi\n"
        "assert ctypes.util.find_library is original\n"
        "assert ffi.pango.pango_version() > 0 and ffi.harfbuzz is not None\n"
        "assert load_weasyprint() is weasyprint\n"
        "print(weasyprint.HTML(string='<p>ok</p>').write_pdf()[:5].decode())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "%PDF-"
