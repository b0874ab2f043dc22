"""The body of a briefing DOCX, walked from the Briefing (never from the HTML):
title block, bottom line, sections, key actors table, sources."""

from __future__ import annotations

import re

import docx
from docx.oxml import OxmlElement
from docx.shared import Emu

from briefsmith.model import Actor, Briefing, Citation, Point
from briefsmith.render import docx_styles as S
from briefsmith.render.citing import Citer, backing
from briefsmith.render.docx_footnotes import Footnotes
from briefsmith.render.docx_parts import add_bookmark, add_field, add_paragraph, add_run, add_text_with_link, text_width
from briefsmith.render.identity import SUBTITLE_ID, SUMMARY, TITLE_ID, heading_id, shown
from briefsmith.render.layout import disclaimer, kind_label, shown_points, shown_sections, shows_table, source_groups
from briefsmith.render.locators import source_labels, table_locator
from briefsmith.render.notes import format_date, format_reference

UNVERIFIED = "[unverified]"
ANALYST = "[analyst]"
BOTTOM_LINE = "Bottom line"
SOURCES = "Sources"
# The same columns as the PDF's table (templates/macros.jinja), so both documents agree.
_ACTOR_COLUMNS = (("Name", 0.28), ("Kind", 0.16), ("Role", 0.38), ("Source", 0.18))


class BodyWriter:
    def __init__(self, document: docx.document.Document, ids: dict[str, str], briefing: Briefing):
        self.document, self.ids, self.briefing = document, ids, briefing
        self.body = document.element.body
        self.part = document.part
        self.notes = Footnotes(document, ids[S.FOOTNOTE_TEXT], ids[S.FOOTNOTE_REF], ids[S.HYPERLINK])
        self.citer = Citer(briefing.sources)  # full notes first, short ones after
        self.labels = source_labels(briefing.sources)
        self._tables = 0
        self._names = iter(shown(briefing))  # the points' bookmarks, in the order they are written
        self._bookmarks = 0

    def mark(self, paragraph, name: str) -> None:
        self._bookmarks += 1
        add_bookmark(paragraph, name, self._bookmarks)

    def para(self, style: str, text: str = "", container=None):
        p = add_paragraph(self.body if container is None else container, self.ids[style])
        if text:
            add_run(p, text)
        return p

    def write(self) -> None:
        b = self.briefing
        self.mark(self.para(S.TITLE, b.title), TITLE_ID)
        if b.subtitle:
            self.mark(self.para(S.SUBTITLE, b.subtitle), SUBTITLE_ID)
        audience = f"Prepared for {b.audience}" if b.audience else None
        byline = [x for x in (b.author, format_date(b.date), audience) if x]
        if byline:
            self.para(S.BYLINE, " \u00b7 ".join(byline))
        if b.summary:
            self.mark(self.para(S.HEADING1, BOTTOM_LINE), heading_id(SUMMARY))
            for point in b.summary:
                self.point(S.QUOTE, point)
        for section in shown_sections(b):
            self.mark(self.para(S.HEADING1, section.title), heading_id(section.id))
            table = shows_table(section, b)
            for point in shown_points(section, b):
                self.point(S.BULLET, point)
            if not section.points and not table:
                self.para(S.BODY, section.empty_text or "Nothing in the sources.")
            if table:  # after the points: Word has no space-after for a table, a heading follows
                self.actors_table(b.actors, section.title)
        self.sources_list()
        self.para(S.DISCLAIMER, disclaimer(b))

    def point(self, style: str, point: Point, container=None) -> None:
        p = self.para(style, container=container)
        if not point.verified:  # kept with --keep-unverified: a reader must see it
            add_run(p, UNVERIFIED, self.ids[S.STRONG])
            add_run(p, " ")
        if point.added:
            add_run(p, ANALYST, self.ids[S.ANALYST])
            add_run(p, " ")
        add_run(p, point.text)
        self.cite(p, point.citations)
        sources = backing(point.citations)
        if sources > 1:  # the same fact in several articles: say how many back it
            add_run(p, f" ({sources} sources)")
        self.mark(p, next(self._names).id)

    def cite(self, paragraph, citations: tuple[Citation, ...]) -> None:
        """The point's footnotes, as in the PDF (citing.py): one per source, or one listing
        the sources of a point many report."""
        for note in self.citer.notes(citations):
            parts = [(text, linkable(e.url)) for text, e in zip(note.texts, note.entries, strict=True)]
            self.notes.reference(paragraph, self.notes.add(parts))

    def actors_table(self, actors: tuple[Actor, ...], title: str) -> None:
        self._tables += 1
        caption = self.para(S.CAPTION)
        add_run(caption, "Table ")
        add_field(caption, "SEQ Table \\* ARABIC", str(self._tables))
        add_run(caption, f". {title}")
        table = self.document.add_table(rows=1 + len(actors), cols=len(_ACTOR_COLUMNS))
        table._tbl.tblPr.style = self.ids[S.TABLE]
        section = self.document.sections[-1]
        width = text_width(section)
        for column, (_, share) in zip(table.columns, _ACTOR_COLUMNS, strict=True):
            column.width = Emu(int(width * share))
            for cell in column.cells:
                cell.width = Emu(int(width * share))
        header = table.rows[0]
        # Repeat the header row on every page the table runs onto.
        header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, (title, _) in zip(header.cells, _ACTOR_COLUMNS, strict=True):
            self._cell_text(cell, title)
        for row, actor in zip(table.rows[1:], actors, strict=True):
            cells = row.cells
            name = actor.name + (f" (also {', '.join(actor.aliases)})" if actor.aliases else "")
            self._cell_text(cells[0], name)
            self._cell_text(cells[1], kind_label(actor))
            self._cell_text(cells[2], actor.role or "\u2014")
            # A Source column, not footnotes, as in the PDF (render/locators.py).
            # A non-breaking space: "para." never ends a line without its number.
            locator = table_locator(actor.citations, self.labels) or "\u2014"
            self._cell_text(cells[3], re.sub(r"\b(paras?\.) ", "\\1\u00a0", locator))

    def _cell_text(self, cell, text: str):
        p = cell.paragraphs[0]._p
        p.style = self.ids[S.TABLE_TEXT]
        add_run(p, text)
        return p

    def sources_list(self) -> None:
        if not self.briefing.sources:
            return
        self.para(S.HEADING1, SOURCES)
        for publisher, group in source_groups(self.briefing.sources):
            if publisher:  # a long list, grouped by outlet as in the PDF
                self.para(S.HEADING2, publisher)
            for source in group:
                p = self.para(S.BIBLIOGRAPHY)
                add_text_with_link(p, self.part, format_reference(source), linkable(source.url), self.ids[S.HYPERLINK])


def linkable(url: str | None) -> str | None:
    """Only web and mail addresses become live links; a javascript: or file: URL in a
    record stays plain text (the same rule as the HTML renderer)."""
    if not url:
        return None
    scheme = url.strip().split(":", 1)[0].casefold() if ":" in url else ""
    return url.strip() if scheme in ("http", "https", "mailto") else None
