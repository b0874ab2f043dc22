"""NAME-changes.docx (`build --changes`): the new edition as a DOCX with Word's tracked changes
against the previous one, so a reader accepts or rejects them in Word or LibreOffice.

The new edition's DOCX is written as usual; then, found by their bookmarks: a new point is
an insertion (its paragraph mark too, so rejecting it removes the paragraph), a point that
reads differently is a word-by-word deletion and insertion, a point that is gone comes
back as a deleted paragraph where it stood, and so do the title, subtitle, headings and the
sources list. Every revision is by "Briefsmith", dated with the build time
(SOURCE_DATE_EPOCH when set), so the file is reproducible.
"""

from __future__ import annotations

import difflib
import io
import re
from copy import deepcopy
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefsmith.clock import build_time
from briefsmith.model import Briefing
from briefsmith.render import docx_styles as S
from briefsmith.render import docx_zip
from briefsmith.render.changes import pair_up
from briefsmith.render.docx import render_docx
from briefsmith.render.identity import SUBTITLE_ID, SUMMARY, TITLE_ID, heading_id, shown
from briefsmith.render.notes import format_reference
from briefsmith.workspace.theme import Theme

AUTHOR = "Briefsmith"
W_P, W_R = qn("w:p"), qn("w:r")
_WORDS = re.compile(r"\S+\s*|\s+")


class _Revisions:
    def __init__(self, body, when: str) -> None:
        ids = [int(i) for el in body.iter() if (i := el.get(qn("w:id"))) is not None and i.lstrip("-").isdigit()]
        self.next = max(ids, default=0) + 1000
        self.when = when

    def mark(self, tag: str):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.when)
        self.next += 1
        return el

    def run(self, tag: str, text: str):
        """<w:ins><w:r><w:t>text</w:t></w:r></w:ins>, or the deletion (w:delText)."""
        wrapper = self.mark(tag)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        wrapper.append(r)
        return wrapper

    def paragraph_mark(self, p, tag: str) -> None:
        """The paragraph's own mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.insert(0, self.mark(tag))

    def inserted(self, p) -> None:
        for child in list(p):
            if child.tag in (W_R, qn("w:hyperlink")):
                wrapper = self.mark("w:ins")
                child.addprevious(wrapper)
                wrapper.append(child)
        self.paragraph_mark(p, "w:ins")

    def reworded(self, p, old: str, new: str) -> bool:
        """The run holding `new` replaced by a word-by-word diff from `old`."""
        run = next((r for r in p.iter(W_R) if "".join(t.text or "" for t in r.iter(qn("w:t"))) == new), None)
        if run is None:
            return False
        a, b = _WORDS.findall(old), _WORDS.findall(new)
        pieces = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op in ("delete", "replace"):
                pieces.append(self.run("w:del", "".join(a[i1:i2])))
            if op in ("insert", "replace"):
                pieces.append(self.run("w:ins", "".join(b[j1:j2])))
            if op == "equal":
                r = OxmlElement("w:r")
                if run.find(qn("w:rPr")) is not None:
                    r.append(deepcopy(run.find(qn("w:rPr"))))
                t = OxmlElement("w:t")
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = "".join(b[j1:j2])
                r.append(t)
                pieces.append(r)
        for piece in pieces:
            run.addprevious(piece)
        run.getparent().remove(run)
        return True

    def deleted(self, style: str | None, text: str):
        p = OxmlElement("w:p")
        if style:
            ppr = OxmlElement("w:pPr")
            ps = OxmlElement("w:pStyle")
            ps.set(qn("w:val"), style)
            ppr.append(ps)
            p.append(ppr)
        p.append(self.run("w:del", text))
        self.paragraph_mark(p, "w:del")
        return p


def _bookmarked(body) -> dict[str, Any]:
    return {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart")) if b.getparent().tag == W_P}


def _style(p) -> str | None:
    ps = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return ps.get(qn("w:val")) if ps is not None else None


def render_changes_docx(
    previous: Briefing | None, current: Briefing, theme: Theme, *, paper: str | None = None
) -> bytes:
    """The DOCX of `current` with tracked changes against `previous` (None: all of it new)."""
    document = docx.Document(io.BytesIO(render_docx(current, theme, paper=paper)))
    body = document.element.body
    rev = _Revisions(body, build_time().strftime("%Y-%m-%dT%H:%M:%SZ"))
    older = previous or Briefing(title=current.title, date=None, summary=(), sections=(), actors=(), sources=())
    marks = _bookmarked(body)
    for name, old, new in ((TITLE_ID, older.title, current.title), (SUBTITLE_ID, older.subtitle, current.subtitle)):
        if name in marks and old and new and old != new:
            rev.reworded(marks[name], old, new)
    old_titles = {s.id: s.title for s in older.sections}
    for s in current.sections:
        p = marks.get(heading_id(s.id))
        if p is not None and s.id in old_titles and old_titles[s.id] != s.title:
            rev.reworded(p, old_titles[s.id], s.title)
    pairs, removed = pair_up(older, current)
    for pair in pairs:
        p = marks.get(pair.new.id)
        if p is None:
            continue
        if pair.old is None:
            rev.inserted(p)
        elif pair.old.point.text != pair.new.point.text:
            rev.reworded(p, pair.old.point.text, pair.new.point.text)
    styles = {(st.name or "").casefold(): st.style_id for st in document.styles}
    _restore_removed(body, marks, rev, older, pairs, removed, styles)
    _sources(body, rev, older, current, styles)
    out = io.BytesIO()
    document.save(out)
    return docx_zip.repack(out.getvalue())


def _restore_removed(body, marks, rev: _Revisions, older: Briefing, pairs, removed, styles: dict[str, str]) -> None:
    """Each gone point as a deleted paragraph after the point it followed (or its heading)."""
    kept = {p.old.id: p.new.id for p in pairs if p.old is not None}
    order = shown(older)
    last: dict[Any, Any] = {}  # anchor paragraph -> the deleted one put after it last (lxml elements)
    for gone in removed:
        anchor = None
        for s in reversed(order[: order.index(gone)]):
            if s.where == gone.where and s.id in kept and kept[s.id] in marks:
                anchor = marks[kept[s.id]]
                break
        anchor = anchor if anchor is not None else marks.get(heading_id(gone.where))
        if anchor is None:
            continue  # its section is gone too: the "What changed" box still lists it
        style = styles.get((S.QUOTE if gone.where == SUMMARY else S.BULLET).casefold())
        p = rev.deleted(style, gone.point.text)
        last.get(anchor, anchor).addnext(p)
        last[anchor] = p


def _sources(body, rev: _Revisions, older: Briefing, current: Briefing, styles: dict[str, str]) -> None:
    """New sources' references inserted, gone ones deleted, in the sources list."""
    old_ids = {s.id for s in older.sources}
    bibliography = styles.get(S.BIBLIOGRAPHY.casefold())
    refs = [p for p in body.iter(W_P) if _style(p) == bibliography]
    for p, source in zip(refs, current.sources, strict=False):
        if source.id not in old_ids:
            rev.inserted(p)
    new_ids = {s.id for s in current.sources}
    at = refs[-1] if refs else None
    for source in older.sources:
        if source.id not in new_ids and at is not None:
            p = rev.deleted(bibliography, format_reference(source))
            at.addnext(p)
            at = p
