"""Characters no bundled font can draw.

Fontconfig knows no system font (see styles/fonts/fonts.conf), so a character missing
from every bundled font would print as a box: each one is a warning, fatal with --strict.
Pure fontTools work on the briefing, so a build does it while the PDF worker lays out.
"""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

from briefsmith.errors import RenderError
from briefsmith.model import Briefing
from briefsmith.safeio import Unsafe, inside, read_regular
from briefsmith.workspace.theme import Theme

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
MAX_FONT_BYTES = 50_000_000
_cmaps: dict[tuple[str, float], frozenset[int]] = {}
MAX_GLYPH_WARNINGS = 20


def _cmap(path: Path) -> frozenset[int]:
    key = (str(path), path.stat().st_mtime)
    if key not in _cmaps:
        # fontTools (a WeasyPrint dependency) costs its import only when a font is first read
        from fontTools.ttLib import TTFont

        try:  # a regular file inside the style folders (bundled_fonts), read safely
            data = read_regular(path, max_bytes=MAX_FONT_BYTES)
            with TTFont(io.BytesIO(data), lazy=True) as font:
                _cmaps[key] = frozenset(font.getBestCmap() or {})
        except Unsafe as exc:
            raise RenderError(exc.message, path=path) from None
        except Exception as exc:  # noqa: BLE001 - fontTools raises many kinds for a broken font
            raise RenderError(f"not a font Briefsmith can read ({type(exc).__name__})", path=path) from None
    return _cmaps[key]


def bundled_fonts(theme: Theme) -> list[Path]:
    """The font files of the style folders: regular files only, never a link leading out of
    the folder (os.walk does not follow linked folders)."""
    found = []
    for d in theme.style_dirs:
        for folder, _dirs, files in os.walk(d / "fonts"):
            for name in files:
                path = Path(folder, name)
                if path.suffix.lower() in FONT_SUFFIXES and inside(path, (d,)) and os.path.isfile(path):
                    found.append(path)
    return sorted(found)


def _texts(b: Briefing) -> list[tuple[str, str]]:
    """Every piece of briefing text a page shows, with where it stands (for messages)."""
    out = [
        ("the title", b.title),
        ("the subtitle", b.subtitle or ""),
        ("the author", b.author or ""),
        ("the audience", b.audience or ""),
        ("the marking", b.marking or ""),
    ]
    out += [("the bottom line", p.text) for p in b.summary]
    for s in b.sections:
        out += [(f"section {s.title!r}", t) for t in (s.title, s.empty_text, *(p.text for p in s.points))]
    for a in b.actors:
        out += [(f"actor {a.name!r}", t) for t in (a.name, a.role or "", *a.aliases)]
    for src in b.sources:
        out += [(f"source {src.id!r}", t) for t in (src.title, *src.authors, src.publisher or "", src.url or "")]
    return out


def missing_glyphs(briefing: Briefing, theme: Theme) -> list[str]:
    """Characters no bundled font can draw: with no system fallback they would print
    as boxes, so each one is a warning (fatal with --strict)."""
    covered: set[int] = set()
    for path in bundled_fonts(theme):
        covered |= _cmap(path)
    found: dict[str, str] = {}
    for where, text in _texts(briefing):
        for ch in text:
            if ord(ch) in covered or ch in found or unicodedata.category(ch)[0] in "CZ":
                continue  # controls, format marks and spaces need no glyph
            found[ch] = where
    warnings = [
        f"missing glyph for {ch!r} (U+{ord(ch):04X}) in {where}: no bundled font has it"
        for ch, where in list(found.items())[:MAX_GLYPH_WARNINGS]
    ]
    if len(found) > MAX_GLYPH_WARNINGS:
        warnings.append(f"missing glyphs for {len(found) - MAX_GLYPH_WARNINGS} more characters")
    return warnings
