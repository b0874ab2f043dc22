"""`briefsmith doctor` (as `quarto check`): can this machine build briefs? Each piece a build
needs, its version, what is missing and the command that installs it; and, last, a real test
page laid out by WeasyPrint with the bundled fonts, embedded and subset, which is the proof.
`briefsmith --version` prints the same versions on one line (without the test page)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefsmith.errors import BriefsmithError
from briefsmith.render.machine import (
    NativeLibs,
    fonttools_note,
    install_command,
    native_libs,
    package_version,
    platform_line,
)
from briefsmith.version import __version__
from briefsmith.workspace.theme import Theme, default_theme_dir

Verdict = Literal["ok", "note", "missing", "optional"]
PYTHON_NEEDED = (3, 10)


@dataclass(frozen=True)
class Check:
    verdict: Verdict  # "missing" means a build will not work here
    what: str
    detail: str = ""
    fix: str | None = None  # the command that installs what is missing

    def line(self) -> str:
        text = f"{self.verdict:<9}{self.what}" + (f": {self.detail}" if self.detail else "")
        return text + (f"\n         to fix: {self.fix}" if self.fix else "")


def version_line(libs: NativeLibs | None = None) -> str:
    """`briefsmith --version`: what a bug report needs, on one line."""
    libs = libs or native_libs()
    subset = "HarfBuzz-Subset" if libs.subsetting else "fontTools"
    parts = [
        f"briefsmith {__version__}",
        f"Python {platform_python()}",
        f"WeasyPrint {package_version('weasyprint') or 'missing'}",
        f"Pango {libs.pango or 'missing'}",
        f"HarfBuzz {libs.harfbuzz or 'missing'} (subsetting: {subset})",
        f"python-docx {package_version('python-docx') or 'missing'}",
        platform_line(),
    ]
    return ", ".join(parts)


def platform_python() -> str:
    return ".".join(map(str, sys.version_info[:3]))


def _libraries(libs: NativeLibs) -> Iterator[Check]:
    weasy = package_version("weasyprint")
    yield (
        Check("ok", f"WeasyPrint {weasy}")
        if weasy
        else Check("missing", "WeasyPrint", "not installed in this Python", "pip install weasyprint")
    )
    if libs.pango_ok:
        yield Check("ok", f"Pango {libs.pango}")
    else:
        found = f"found {libs.pango}, WeasyPrint needs 1.44 or newer" if libs.pango else "not found"
        yield Check("missing", "Pango (with PangoFT2)", found, install_command("pango"))
    if libs.harfbuzz is None:
        yield Check("missing", "HarfBuzz", "not found", install_command("harfbuzz"))
    elif libs.subsetting:
        yield Check("ok", f"HarfBuzz {libs.harfbuzz}", "fonts are subset with HarfBuzz-Subset")
    else:
        yield Check("note", f"HarfBuzz {libs.harfbuzz}", fonttools_note())
    docx = package_version("python-docx")
    yield (
        Check("ok", f"python-docx {docx}")
        if docx
        else Check("missing", "python-docx", "not installed in this Python", "pip install python-docx")
    )


def _fonts(theme: Theme) -> Check:
    """Every font the default fonts.css names is there and is a font (fontTools reads it)."""
    from fontTools.ttLib import TTFont  # here: only the doctor opens the font files

    css = default_theme_dir() / "styles" / "fonts.css"
    folder = css.parent
    try:
        names = [line.split('url("')[1].split('")')[0] for line in css.read_text().splitlines() if 'url("' in line]
    except OSError as exc:
        return Check("missing", "bundled fonts", f"cannot read {css}: {exc.strerror}", "reinstall Briefsmith")
    bad = []
    for name in names:
        try:
            TTFont(folder / name, lazy=True).close()
        except Exception:  # noqa: BLE001 - a missing or damaged file, whatever fontTools says
            bad.append(name)
    if bad:
        return Check("missing", "bundled fonts", f"unreadable: {', '.join(bad)}", "reinstall Briefsmith")
    return Check("ok", f"bundled fonts ({len(names)})", f"in {folder}")


def _test_page(theme: Theme) -> Check:
    """Lay out one page with the bundled fonts, as a build does: the proof a PDF will come out."""
    start = time.perf_counter()
    try:
        from briefsmith.render.pdf import layout_pdf, machine_notes  # here: the import is part of the test

        # The bundled fonts are loaded with WeasyPrint's font set-up, as for every build.
        html = (
            "<html lang=\"en\"><body style=\"font-family: 'Briefsmith Serif', 'Briefsmith Arabic'\">"
            "Briefsmith — Бриф — موجز</body></html>"
        )
        layout = layout_pdf(html, theme)
    except (BriefsmithError, OSError, ImportError) as exc:
        return Check("missing", "PDF test page", f"WeasyPrint could not lay it out: {exc}", None)
    seconds = time.perf_counter() - start
    subsets = embedded_subsets(layout.data)
    if not layout.data.startswith(b"%PDF") or not subsets:
        return Check("missing", "PDF test page", "the bundled fonts were not embedded", "reinstall Briefsmith")
    how = "with fontTools" if machine_notes(layout) else "with HarfBuzz"
    return Check("ok", "PDF test page", f"laid out in {seconds:.1f} s; {', '.join(subsets)} embedded, subset {how}")


def embedded_subsets(pdf: bytes) -> list[str]:
    """The bundled fonts embedded as subsets (`ABCDEF+Briefsmith-Serif`: the six-letter tag
    is how a PDF marks a subset), read from the PDF's streams, compressed or not."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(match[1]))
        except zlib.error:
            continue  # not a Flate stream (an image, say)
    names = re.findall(rb"/BaseFont\s*/[A-Z]{6}\+(Briefsmith-[A-Za-z-]+)", b"".join(parts))
    return sorted({n.decode() for n in names})


def _libreoffice() -> Check:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return Check("optional", "LibreOffice", "not found (not needed to build; it opens and converts the DOCX)")
    try:
        found = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    return Check("ok", found.split(" (")[0].strip() or "LibreOffice", soffice)


def diagnose(workspace: Path | None = None) -> list[Check]:
    """Every check, in the order a build needs them."""
    theme = Theme(workspace or Path.cwd())
    libs = native_libs()
    python_ok = sys.version_info[:2] >= PYTHON_NEEDED
    checks = [
        Check("ok" if python_ok else "missing", f"Python {platform_python()}", sys.executable),
        Check("ok", f"Briefsmith {__version__}", str(Path(__file__).resolve().parent.parent)),
        *_libraries(libs),
        _fonts(theme),
    ]
    if all(c.verdict != "missing" for c in checks):
        checks.append(_test_page(theme))  # only worth trying when nothing is known missing
    checks.append(_libreoffice())
    return checks
