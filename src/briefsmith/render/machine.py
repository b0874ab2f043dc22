"""What the machine gives the renderers: WeasyPrint's native libraries (Pango, HarfBuzz and
HarfBuzz-Subset), their versions, and the command that installs what is missing.

The libraries are probed with ctypes under the names WeasyPrint itself tries, without importing
WeasyPrint (about a second), so `briefsmith --version` stays quick. A machine without
HarfBuzz-Subset makes WeasyPrint subset fonts with fontTools and log a warning for every font of
every PDF; that is a fact about the machine, not about a brief: the build shows it once as a note
(FONTTOOLS_NOTE) and never as a brief's warning.
"""

from __future__ import annotations

import ctypes
import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

# The names WeasyPrint's text/ffi.py tries, in its order (Windows, generic, Linux, macOS).
_NAMES = {
    "pango": ("libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0", "libpango-1.0.dylib"),
    "pangoft2": (
        "libpangoft2-1.0-0",
        "pangoft2-1.0-0",
        "pangoft2-1.0",
        "libpangoft2-1.0.so.0",
        "libpangoft2-1.0.dylib",
    ),
    "harfbuzz": ("libharfbuzz-0", "harfbuzz", "harfbuzz-0.0", "libharfbuzz.so.0", "libharfbuzz.0.dylib"),
    "harfbuzz-subset": (
        "libharfbuzz-subset-0",
        "harfbuzz-subset",
        "harfbuzz-subset-0.0",
        "libharfbuzz-subset.so.0",
        "libharfbuzz-subset.0.dylib",
    ),
}
PANGO_NEEDED = (1, 44)  # WeasyPrint's own minimum
SUBSET_NEEDED = (4, 1)  # WeasyPrint uses HarfBuzz-Subset only from HarfBuzz 4.1.0

# WeasyPrint's warning when it falls back to fontTools (weasyprint/pdf/fonts.py).
FONTTOOLS_FALLBACK = re.compile(r"Using fontTools instead of HarfBuzz-Subset")
FONTTOOLS_NOTE = (
    "this machine lacks HarfBuzz-Subset (the library, or HarfBuzz 4.1 or newer), so WeasyPrint subsets "
    "the PDF's fonts with fontTools: the PDFs are fine, only slower to make; to fix it: {install} "
    "(see `briefsmith doctor`)"
)

# What to install, per system, for each missing piece (WeasyPrint's installation guide).
_PACKAGES = {
    "debian": {
        "pango": "libpango-1.0-0 libpangoft2-1.0-0",
        "harfbuzz": "libharfbuzz0b",
        "harfbuzz-subset": "libharfbuzz-subset0",
    },
    "fedora": {"pango": "pango", "harfbuzz": "harfbuzz", "harfbuzz-subset": "harfbuzz"},
    "arch": {"pango": "pango", "harfbuzz": "harfbuzz", "harfbuzz-subset": "harfbuzz"},
    "alpine": {"pango": "pango", "harfbuzz": "harfbuzz", "harfbuzz-subset": "harfbuzz-subset"},
    "macos": {"pango": "pango", "harfbuzz": "harfbuzz", "harfbuzz-subset": "harfbuzz"},
}
_INSTALL = {
    "debian": "sudo apt-get install {}",
    "fedora": "sudo dnf install {}",
    "arch": "sudo pacman -S {}",
    "alpine": "sudo apk add {}",
    "macos": "brew install {}",
}


@dataclass(frozen=True)
class NativeLibs:
    pango: str | None  # version, None when the library cannot be loaded
    pangoft2: bool
    harfbuzz: str | None
    subset: bool  # HarfBuzz-Subset loads

    @property
    def subsetting(self) -> bool:
        """Does WeasyPrint subset with HarfBuzz here (not with fontTools)?"""
        return self.subset and _at_least(self.harfbuzz, SUBSET_NEEDED)

    @property
    def pango_ok(self) -> bool:
        return self.pangoft2 and _at_least(self.pango, PANGO_NEEDED)


def _at_least(version: str | None, needed: tuple[int, int]) -> bool:
    if not version:
        return False
    parts = tuple(int(p) for p in re.findall(r"\d+", version)[:2])
    return parts >= needed


def _load(name: str) -> ctypes.CDLL | None:
    for candidate in _NAMES[name]:
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


def _version(lib: ctypes.CDLL | None, function: str) -> str | None:
    if lib is None:
        return None
    try:
        call = getattr(lib, function)
    except AttributeError:
        return None
    call.restype = ctypes.c_char_p
    value = call()
    return value.decode("ascii", "replace") if value else None


def native_libs() -> NativeLibs:
    """Probe the libraries WeasyPrint loads (a few milliseconds)."""
    return NativeLibs(
        pango=_version(_load("pango"), "pango_version_string"),
        pangoft2=_load("pangoft2") is not None,
        harfbuzz=_version(_load("harfbuzz"), "hb_version_string"),
        subset=_load("harfbuzz-subset") is not None,
    )


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def system() -> str | None:
    """debian, fedora, arch, alpine or macos: the family whose install command we can give."""
    if sys.platform == "darwin":
        return "macos"
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    ids = " ".join(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", text, re.MULTILINE)).split()
    for family, names in (
        ("debian", ("debian", "ubuntu")),
        ("fedora", ("fedora", "rhel", "centos")),
        ("arch", ("arch",)),
        ("alpine", ("alpine",)),
    ):
        if any(i in names for i in ids):
            return family
    return None


def install_command(*missing: str) -> str:
    """The command that installs these pieces (pango, harfbuzz, harfbuzz-subset) here."""
    family = system()
    if family is None:
        names = ", ".join(missing)
        return f"install {names} with your package manager (WeasyPrint's installation guide lists them)"
    packages = " ".join(dict.fromkeys(_PACKAGES[family][m] for m in missing))
    return _INSTALL[family].format(packages)


def fonttools_note() -> str:
    """The machine note for WeasyPrint's fontTools fallback, with the fix for this machine."""
    return FONTTOOLS_NOTE.format(install=install_command("harfbuzz-subset"))


def platform_line() -> str:
    return f"{platform.system()} {platform.machine()}"
