"""Real Word footnotes, which python-docx cannot write: the word/footnotes.xml part
(with the separator notes Word expects), its relationship and content type, the
settings entry, and the reference runs in the body.
"""

from __future__ import annotations

from collections.abc import Sequence

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from briefsmith.render.docx_parts import add_paragraph, add_run, add_text_with_link

# Separator (-1) and continuation separator (0), as Word 2007+ numbers them;
# real notes count from 1.
_SPECIAL = (("separator", -1, "w:separator"), ("continuationSeparator", 0, "w:continuationSeparator"))
_KEEP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
# Everything that may follow w:footnotePr in w:settings (ECMA-376 CT_Settings order).
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


class Footnotes:
    """The document's footnotes part; `add` writes a note and returns its id."""

    def __init__(self, document: docx.document.Document, text_style: str, ref_style: str, link_style: str) -> None:
        self._doc_part = document.part
        self._text_style, self._ref_style, self._link_style = text_style, ref_style, link_style
        self._root = self._take_over_part(document)
        self._next_id = 1
        self._declare_in_settings(document)

    def _take_over_part(self, document: docx.document.Document):
        """Replace any footnotes part of the reference by ours, keeping its separators
        (a user may have restyled them) and dropping any notes it held."""
        root = parse_xml(f"<w:footnotes {nsdecls('w', 'r')}/>")
        for rel in list(self._doc_part.rels.values()):
            if rel.reltype == RT.FOOTNOTES:
                old = parse_xml(rel.target_part.blob)
                for note in old.iterchildren(qn("w:footnote")):
                    if note.get(qn("w:type")) in _KEEP_TYPES:
                        root.append(note)
                del self._doc_part.rels[rel.rId]
        if not any(n.get(qn("w:type")) == "separator" for n in root):
            root.clear()
            for kind, note_id, mark in _SPECIAL:
                note = self._note(root, note_id, kind)
                r = add_run(add_paragraph(note, self._text_style), "")
                r.append(OxmlElement(mark))
        self.part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, root, document.part.package)
        self._doc_part.relate_to(self.part, RT.FOOTNOTES)
        return root

    @staticmethod
    def _note(root, note_id: int, kind: str | None = None):
        note = OxmlElement("w:footnote")
        if kind:
            note.set(qn("w:type"), kind)
        note.set(qn("w:id"), str(note_id))
        root.append(note)
        return note

    def _declare_in_settings(self, document: docx.document.Document) -> None:
        settings = document.settings.element
        if settings.find(qn("w:footnotePr")) is not None:
            return
        pr = OxmlElement("w:footnotePr")
        for note in self._root.iterchildren(qn("w:footnote")):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
                ref = OxmlElement("w:footnote")
                ref.set(qn("w:id"), note.get(qn("w:id")))
                pr.append(ref)
        settings.insert_element_before(pr, *_AFTER_FOOTNOTE_PR)

    def add(self, parts: Sequence[tuple[str, str | None]]) -> int:
        """A new footnote of the `parts` (text, and the URL in it made a live link), "; "
        between parts (one note listing several sources); its id."""
        note_id = self._next_id
        self._next_id += 1
        p = add_paragraph(self._note(self._root, note_id), self._text_style)
        add_run(p, "", self._ref_style).append(OxmlElement("w:footnoteRef"))
        add_run(p, " ")
        for i, (text, url) in enumerate(parts):
            if i:
                add_run(p, "; ")
            add_text_with_link(p, self.part, text, url, self._link_style)
        return note_id

    def reference(self, paragraph, note_id: int) -> None:
        """The superscript mark in the body that points at footnote `note_id`."""
        r = add_run(paragraph, "", self._ref_style)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        r.append(ref)
