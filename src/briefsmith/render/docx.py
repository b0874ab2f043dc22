"""Briefing -> DOCX, on a reference document (like pandoc's --reference-doc).

The document must edit like one a careful person made: every paragraph and run
takes its look from a named style of the reference (see docx_styles.STYLES), the
citations are real footnotes, the links real hyperlinks, the page numbers real
fields. Same inputs give the same bytes (see docx_zip).
"""

from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Twips
from lxml import etree

from briefsmith.clock import build_time
from briefsmith.errors import RenderError
from briefsmith.model import Briefing
from briefsmith.render import docx_fonts, docx_zip
from briefsmith.render import docx_styles as S
from briefsmith.render.docx_body import BodyWriter
from briefsmith.render.docx_clean import check_zip, clean_reference
from briefsmith.render.docx_parts import add_field, add_paragraph, add_run, reset_package_properties, text_width
from briefsmith.render.docx_reference import build_reference, ensure_styles
from briefsmith.render.layout import keywords
from briefsmith.render.notes import format_date
from briefsmith.safeio import Unsafe, read_regular
from briefsmith.workspace.theme import Theme, default_theme_dir

REFERENCE_NAME = "reference.docx"
MAX_REFERENCE_BYTES = 20_000_000
PAPER_TWIPS = {"a4": (11906, 16838), "letter": (12240, 15840)}


@functools.lru_cache(maxsize=8)
def _read_reference(path: str, mtime_ns: int, size: int, roots: tuple[Path, ...]) -> bytes:
    # Keyed on mtime and size too, so a reference edited while a process runs is re-read.
    # A regular file (inside the template folders when it is the theme's), and no zip bomb.
    try:
        data = read_regular(path, roots=roots, max_bytes=MAX_REFERENCE_BYTES)
    except Unsafe as exc:
        raise RenderError(exc.message, path=path) from None
    except OSError as exc:
        raise RenderError(f"cannot read the reference document: {exc.strerror or exc}", path=path) from None
    check_zip(data, Path(path))
    return data


@functools.lru_cache(maxsize=1)
def _default_reference() -> bytes:
    return build_reference(fonts=False)  # a broken install: quick, and no fonts to embed from


def reference_bytes(theme: Theme, reference: Path | None = None) -> tuple[bytes, Path | None]:
    """The reference document named, else the theme's (workspace first, then the packaged one)."""
    path = reference if reference is not None else theme.find("templates", REFERENCE_NAME)
    if reference is not None and not reference.is_file():
        raise RenderError("reference document not found", path=reference)
    if path is None:  # a broken install: rebuild the default rather than fail
        return _default_reference(), None
    stat = path.stat()
    roots = theme.template_dirs if reference is None else ()
    return _read_reference(str(path), stat.st_mtime_ns, stat.st_size, roots), path


def _open(data: bytes, path: Path | None) -> docx.document.Document:
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, KeyError) as exc:
        raise RenderError(
            f"cannot use the reference document: {exc}",
            path=path,
            hint="save it from Word or LibreOffice as .docx (not .dotx/.doc), or delete it to use the packaged default",
        ) from None


def render_docx(briefing: Briefing, theme: Theme, *, paper: str | None = None, reference: Path | None = None) -> bytes:
    """The briefing as DOCX bytes on a reference document (`reference`, else the theme's).
    `paper` ("A4" or "letter") overrides the reference's page size; None keeps the reference's."""
    data, path = reference_bytes(theme, reference)
    document = _open(data, path)
    clean_reference(document)  # styles, numbering, page setup, header/footer layout: nothing else
    ids = ensure_styles(document)
    body = document.element.body
    for child in list(body):  # the reference's own text is an example, not ours
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    BodyWriter(document, ids, briefing).write()
    _header_footer(document, ids, briefing)
    if paper:
        _paper(document, paper)
    _language(document, briefing.language)
    reset_package_properties(
        document,
        title=briefing.title,
        author=_author(briefing),
        subject=briefing.subtitle or "",
        keywords=_joined(keywords(briefing), 255),
        language=briefing.language,
        category="Briefing",
        when=build_time(),
    )
    out = io.BytesIO()
    document.save(out)
    return docx_zip.write_parts(docx_fonts.fit_fonts(docx_zip.read_parts(out.getvalue()), _font_store()))


@functools.lru_cache(maxsize=1)
def _font_store() -> dict[str, list[tuple[str, str, bytes]]]:
    """The embedded fonts of the packaged reference: what a document that names the bundled
    fonts embeds when its own reference does not carry them."""
    packaged = default_theme_dir() / "templates" / REFERENCE_NAME
    data = packaged.read_bytes() if packaged.is_file() else _default_reference()
    return docx_fonts.embedded(docx_zip.read_parts(data))


def _author(briefing: Briefing) -> str:
    if briefing.author:
        return briefing.author
    names = dict.fromkeys(a for s in briefing.sources for a in s.authors)
    return "; ".join(names)


def _joined(words: list[str], limit: int) -> str:
    """As many whole keywords as a core property holds (255 characters), never half of one."""
    out = ""
    for word in words:
        longer = f"{out}, {word}" if out else word
        if len(longer) > limit:
            break
        out = longer
    return out


def _header_footer(document: docx.document.Document, ids: dict[str, str], briefing: Briefing) -> None:
    """Title and marking on top, date and "Page N of M" below, on every kind of page
    the reference's section defines (first page, even pages)."""
    date = format_date(briefing.date) or ""
    for section in document.sections:
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
            footers.append(section.even_page_footer)
        for header in headers:
            header.is_linked_to_previous = False
            el = _cleared(header._element)
            if briefing.marking:  # the banner at the top and the foot of every page, as in the PDF
                add_run(add_paragraph(el, ids[S.MARKING]), briefing.marking)
            add_run(add_paragraph(el, ids[S.HEADER]), briefing.title)
        for footer in footers:
            footer.is_linked_to_previous = False
            el = _cleared(footer._element)
            p = add_paragraph(el, ids[S.FOOTER])
            add_run(p, f"{date}\t\tPage ")
            add_field(p, "PAGE", "1")
            add_run(p, " of ")
            add_field(p, "NUMPAGES", "1")
            if briefing.marking:
                add_run(add_paragraph(el, ids[S.MARKING]), briefing.marking)


def _paper(document: docx.document.Document, paper: str) -> None:
    """Change the page size but keep the text width (and so every tab stop and table
    width the reference's styles set) by moving the side margins."""
    width, height = PAPER_TWIPS[paper.casefold()]
    for section in document.sections:
        text = text_width(section)
        section.page_width, section.page_height = Twips(width), Twips(height)
        side = (Twips(width) - text) // 2
        if side >= Twips(567):  # at least 1 cm, or the reference's margins stay
            section.left_margin = section.right_margin = Emu(side)


def _cleared(hdr_ftr):
    for child in list(hdr_ftr):
        hdr_ftr.remove(child)
    return hdr_ftr


def _language(document: docx.document.Document, language: str) -> None:
    """Spell-check and hyphenate in the briefing's language: set once in the document
    defaults, not on runs. A reference already in that language keeps its variant
    (en-GB stays en-GB for an "en" briefing)."""
    rpr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None or not language:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    current = (lang.get(qn("w:val")) or "").split("-")[0].casefold()
    if current != language.split("-")[0].casefold():
        lang.set(qn("w:val"), language)
