"""An edited DOCX read back as plain typed blocks, for `briefsmith pull`: paragraphs
(style, text, bookmarks, images) and tables, in order, and the header's and footer's
paragraphs. Whatever Word or LibreOffice saved: text inside tracked insertions counts,
tracked deletions do not, content controls are looked into.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from briefsmith.errors import PullError
from briefsmith.render.docx_clean import check_zip
from briefsmith.safeio import Unsafe, read_regular

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_DOCX_BYTES = 50_000_000
W = f"{{{W_NS}}}"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_GONE = {W + "del", W + "moveFrom"}  # tracked deletions: not in the document any more
MARK_STYLES = {"analyst mark"}  # character styles of labels Briefsmith prints before a point
# A broken DOCX may still be the only copy of a person's edits: never advise deleting it.
_KEEP_IT = "keep the file; open it in Word or LibreOffice and save it again as .docx, then pull"
# Run formatting a person may add by hand (Briefsmith writes points in their styles alone).
_FORMATS = {
    "b": "bold",
    "i": "italic",
    "u": "underlined",
    "strike": "struck through",
    "highlight": "highlighted",
    "color": "coloured",
    "shd": "shaded",
    "caps": "in capitals",
    "vertAlign": "raised or lowered",
}


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "table"
    style: str = ""  # the paragraph style's name, casefolded ("list bullet")
    text: str = ""  # without the labels (MARK_STYLES runs)
    bookmarks: tuple[str, ...] = ()
    images: tuple[str, ...] = ()  # an image's description (or name), one per image
    formats: tuple[str, ...] = ()  # direct run formatting in it ("bold", "italic" ...), sorted
    notes: tuple[str, ...] = ()  # the ids of the footnotes it references
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells, by row


@dataclass(frozen=True)
class DocxText:
    body: tuple[Block, ...]
    header: tuple[Block, ...]
    footer: tuple[Block, ...]
    comments: tuple[str, ...] = ()
    footnote_text: tuple[tuple[str, str], ...] = ()  # (footnote id, its text), to read a reference by

    @property
    def footnotes(self) -> tuple[str, ...]:
        """Each footnote's text (the source and place a point cites)."""
        return tuple(text for _, text in self.footnote_text)


def read_docx(source: Path | bytes) -> DocxText:
    """`source`: a file, or a DOCX's bytes. A file is read as a regular file only (never a
    FIFO or a device) of at most 50 MB, and refused if it is a zip bomb, before python-docx
    inflates anything."""
    if not isinstance(source, bytes):
        try:
            data = read_regular(source, max_bytes=MAX_DOCX_BYTES)
        except (Unsafe, OSError) as exc:
            raise PullError(getattr(exc, "message", None) or f"cannot read: {exc}", path=source) from None
        check_zip(data, source, what="the DOCX", hint=_KEEP_IT)
    try:
        document = docx.Document(io.BytesIO(source if isinstance(source, bytes) else data))
    except (PackageNotFoundError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, OSError) as exc:
        where = None if isinstance(source, bytes) else source
        raise PullError(f"not a DOCX that Word or LibreOffice saved: {exc}", path=where) from None
    styles = {s.style_id: (s.name or "").casefold() for s in document.styles}
    reader = _Reader(styles)
    section = document.sections[0] if document.sections else None
    header = reader.blocks(section.header._element) if section is not None else ()
    footer = reader.blocks(section.footer._element) if section is not None else ()
    notes: dict[str, list[tuple[str, str]]] = {"comment": [], "footnote": []}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1].removesuffix("s")  # ".../comments", ".../footnotes"
        if kind in notes and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            notes[kind] += [
                (c.get(W + "id") or "", t) for c in root.iter(W + kind) if (t := " ".join(reader.text(c)[0].split()))
            ]
    body = reader.blocks(document.element.body)
    comments = tuple(t for _, t in notes["comment"])
    return DocxText(body, header, footer, comments, tuple(notes["footnote"]))


class _Reader:
    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles

    def blocks(self, container) -> tuple[Block, ...]:
        out: list[Block] = []
        pending: list[str] = []  # a bookmark saved between paragraphs belongs to the next one
        for el in self._children(container):
            if el.tag == W + "bookmarkStart":
                pending.append(el.get(W + "name") or "")
            elif el.tag == W + "p":
                out.append(self.paragraph(el, tuple(pending)))
                pending = []
            elif el.tag == W + "tbl":
                out.append(self.table(el))
        return tuple(out)

    def _children(self, container):
        for el in container:
            if el.tag == W + "sdt":  # a content control: what it holds
                content = el.find(W + "sdtContent")
                if content is not None:
                    yield from self._children(content)
            elif el.tag in _GONE:
                continue
            elif el.tag in (W + "ins", W + "moveTo", W + "customXml", W + "smartTag"):
                yield from self._children(el)
            else:
                yield el

    def paragraph(self, p, before: tuple[str, ...] = ()) -> Block:
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style = self.styles.get(style_el.get(W + "val"), "") if style_el is not None else "normal"
        text, _ = self.text(p)
        marks = tuple(n for b in p.iter(W + "bookmarkStart") if (n := b.get(W + "name")))
        images = tuple(
            d.get("descr") or d.get("title") or d.get("name") or "image"
            for d in p.iter(WP_DOCPR)
            if not _inside_gone(d, p)
        )
        images += tuple("image" for node in p.iter(W + "pict", W + "object") if not _inside_gone(node, p))
        notes = tuple(r.get(W + "id") or "" for r in p.iter(W + "footnoteReference") if not _inside_gone(r, p))
        return Block("paragraph", style, text, before + marks, images, _formats(p), notes)

    def text(self, el) -> tuple[str, list[str]]:
        """The element's text as a reader sees it, and the labels (MARK_STYLES runs) apart."""
        parts: list[str] = []
        labels: list[str] = []
        for node in el.iter(W + "r"):
            if _inside_gone(node, el):
                continue
            style_el = node.find(f"{W}rPr/{W}rStyle")
            label = style_el is not None and self.styles.get(style_el.get(W + "val"), "") in MARK_STYLES
            run = "".join(_run_text(node))
            (labels if label else parts).append(run)
        return "".join(parts), labels

    def table(self, tbl) -> Block:
        rows = []
        for tr in tbl.iter(W + "tr"):
            cells = []
            for tc in tr.iter(W + "tc"):
                cells.append("\n".join(self.text(p)[0] for p in tc.iter(W + "p")))
            rows.append(tuple(cells))
        return Block("table", rows=tuple(rows))


def _run_text(run):
    for node in run:
        tag = node.tag
        if tag == W + "t":
            yield node.text or ""
        elif tag == W + "tab":
            yield "\t"
        elif tag in (W + "br", W + "cr"):
            yield "\n"
        elif tag == W + "noBreakHyphen":
            yield "-"


def _formats(p) -> tuple[str, ...]:
    """The direct formatting of the paragraph's runs that hold text ("w:b" off is no bold)."""
    found = set()
    for run in p.iter(W + "r"):
        props = run.find(W + "rPr")
        if props is None or _inside_gone(run, p) or not "".join(_run_text(run)).strip():
            continue
        for child in props:
            name = child.tag.removeprefix(W)
            if name in _FORMATS and child.get(W + "val") not in ("0", "false", "none", "auto"):
                found.add(_FORMATS[name])
    return tuple(sorted(found))


def _inside_gone(node, top) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in _GONE:
            return True
        parent = parent.getparent()
    return False
