"""HTML -> PDF with WeasyPrint: bundled fonts only, no network, same bytes on rebuild.

WeasyPrint is imported on first use (`render.weasy`; it costs about a second), and its
font setup is kept per thread and theme so a batch build pays for it once. `layout_pdf`
is the WeasyPrint part alone, which a build runs in its PDF worker process.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefsmith.clock import build_time
from briefsmith.errors import RenderError
from briefsmith.model import Briefing
from briefsmith.render.fetcher import make_fetcher
from briefsmith.render.glyphs import missing_glyphs
from briefsmith.render.html import render_html
from briefsmith.render.machine import FONTTOOLS_FALLBACK, fonttools_note
from briefsmith.render.weasy import load_weasyprint
from briefsmith.safeio import read_regular
from briefsmith.settings.options import PDF_VARIANTS
from briefsmith.workspace.theme import Theme, default_theme_dir

# A fontconfig setup that knows no font at all (see the file): only the bundled fonts.
EMPTY_FONTCONFIG = default_theme_dir() / "styles" / "fonts" / "fonts.conf"
BUNDLED_FONTS_CSS = default_theme_dir() / "styles" / "fonts.css"
_local = threading.local()
_env_lock = threading.Lock()
_made: list[Any] = []  # every FontConfiguration made, for the clean-up at exit


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # about the machine, not the brief (machine.py)


def font_configuration(theme: Theme) -> Any:
    """The FontConfiguration for this thread and theme, made once, with the bundled
    fonts already loaded: a template that links no stylesheet would otherwise leave
    Pango with no font at all (it crashes)."""
    weasyprint = load_weasyprint()
    from weasyprint.text.fonts import FontConfiguration  # here: after load_weasyprint's faster import

    cache: dict[tuple[Path, ...], Any] = getattr(_local, "fonts", None) or {}
    _local.fonts = cache
    key = theme.roots
    if key not in cache:
        # fontconfig reads FONTCONFIG_FILE when the configuration is created, so it
        # is set only for that moment (under a lock: the environment is process-wide).
        with _env_lock:
            saved = os.environ.get("FONTCONFIG_FILE")
            os.environ["FONTCONFIG_FILE"] = str(EMPTY_FONTCONFIG)
            try:
                config = FontConfiguration()
                if not _made:
                    atexit.register(release_fonts)
                    # Worker processes end through multiprocessing, which skips atexit
                    # but runs its own finalizers (also on SystemExit).
                    from multiprocessing import util

                    util.Finalize(None, release_fonts, exitpriority=0)
                _made.append(config)
            finally:
                if saved is None:
                    del os.environ["FONTCONFIG_FILE"]
                else:
                    os.environ["FONTCONFIG_FILE"] = saved
        fetcher = make_fetcher(theme.roots)
        for css in dict.fromkeys((BUNDLED_FONTS_CSS, theme.find("styles", "fonts.css"))):
            if css is not None and css.is_file():
                # Read here (a regular file inside the theme), not by WeasyPrint from a path.
                text = read_regular(css, roots=(*theme.roots, BUNDLED_FONTS_CSS.parent), max_bytes=5_000_000)
                weasyprint.CSS(
                    string=text.decode("utf-8-sig"), base_url=css.as_uri(), font_config=config, url_fetcher=fetcher
                )
        cache[key] = config
    return cache[key]


def release_fonts() -> None:
    """WeasyPrint copies @font-face files into a temporary folder that only the
    configuration's __del__ removes, which Python does not promise to run at exit;
    the configurations live as long as the process, so remove the folders here."""
    for config in _made:
        folder = getattr(config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
    _made.clear()
    getattr(_local, "fonts", {}).clear()


def warm_up(theme: Theme) -> None:
    """Pay WeasyPrint's fixed costs now (import, font setup, loading the bundled
    fonts), e.g. in a worker process before its first brief arrives."""
    font_configuration(theme)


class _Collect(logging.Handler):
    """WeasyPrint's warnings for this thread's render (a batch may render in threads)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(" ".join(record.getMessage().split()))


@dataclass(frozen=True)
class Layout:
    """What WeasyPrint made of one print HTML: the PDF, the URLs the fetcher refused,
    and WeasyPrint's own log messages (made into warnings by `pdf_warnings`)."""

    data: bytes
    refused: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()


def render_pdf(
    briefing: Briefing,
    theme: Theme,
    *,
    paper: str | None = None,  # None: A4 (settings.options.PDF_PAPER)
    variant: str | None = None,
    attachment: bytes | None = None,
    html: str | None = None,
) -> PdfResult:
    """Render the briefing (or the given print HTML of it) to PDF bytes plus warnings:
    missing glyphs, refused fetches, WeasyPrint's own complaints."""
    if html is None:
        html = render_html(briefing, theme, paper=paper, for_print=True)
    layout = layout_pdf(html, theme, variant=variant, attachment=attachment)
    warnings = pdf_warnings(missing_glyphs(briefing, theme), layout)
    return PdfResult(data=layout.data, warnings=warnings, notes=machine_notes(layout))


def layout_pdf(html: str, theme: Theme, *, variant: str | None = None, attachment: bytes | None = None) -> Layout:
    """The WeasyPrint part alone: what a PDF worker process runs."""
    if variant is not None and variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {variant!r}", where="--pdf-variant", hint="use pdf/a-3b or pdf/ua-1")
    weasyprint = load_weasyprint()
    fetcher = make_fetcher(theme.roots)
    base_url = (theme.template_dirs[0] if theme.template_dirs else theme.workspace).as_uri() + "/"
    built = build_time()
    options: dict[str, Any] = {"pdf_variant": variant, "font_config": font_configuration(theme)}
    if attachment is not None:
        options["attachments"] = [
            weasyprint.Attachment(
                string=attachment,
                name="briefing.json",
                url_fetcher=fetcher,
                description="The briefing as JSON, as Briefsmith built it",
                created=built,
                modified=built,
                relationship="Data",
            )
        ]
    if variant == "pdf/a-3b":
        options["pdf_identifier"] = True  # an MD5 of the content: stable across rebuilds

    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    try:
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        data = document.write_pdf(**options)
    except Exception as exc:  # WeasyPrint has no error family of its own
        raise RenderError(
            f"PDF rendering failed: {type(exc).__name__}: {exc}", hint="a custom template or stylesheet may be at fault"
        ) from exc
    finally:
        logger.removeHandler(collect)
    return Layout(data=data, refused=tuple(fetcher.refused), messages=tuple(collect.messages))


def pdf_warnings(glyph_warnings: list[str], layout: Layout) -> tuple[str, ...]:
    """Missing glyphs of the briefing's text first, then what the layout reported."""
    warnings = list(glyph_warnings)
    warnings += [f"refused to fetch {url} while rendering (only theme files are read)" for url in layout.refused]
    for message in layout.messages:
        if any(url in message for url in layout.refused):
            continue  # already said, once, above
        if FONTTOOLS_FALLBACK.search(message):
            continue  # the machine's, not the brief's: machine_notes()
        notdef = _NOTDEF.search(message)
        if notdef is None:
            warnings.append(f"WeasyPrint: {message}")
        elif not any(f"(U+{notdef[2]})" in w for w in warnings):
            # A box WeasyPrint drew for text that is not the briefing's: a template's.
            warnings.append(
                f"missing glyph for {notdef[1]!r} (U+{notdef[2]}) in the template text: no bundled font has it"
            )
    return tuple(dict.fromkeys(warnings))


def machine_notes(layout: Layout) -> tuple[str, ...]:
    """What the layout says about the machine (once, however many fonts it said it for)."""
    return (fonttools_note(),) if any(FONTTOOLS_FALLBACK.search(m) for m in layout.messages) else ()


_NOTDEF = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.+?)" \(U\+([0-9A-F]+)\)')
