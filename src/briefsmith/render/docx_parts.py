"""WordprocessingML pieces python-docx has no API for: styled runs, hyperlinks,
field codes, and the package properties (core.xml, app.xml).

Every run written here carries at most a character *style* (w:rStyle), never direct
formatting, so the reference document alone decides the look.
"""

from __future__ import annotations

import datetime as dt
import re

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml import OxmlElement
from docx.oxml.coreprops import CT_CoreProperties
from docx.oxml.ns import qn

# Characters XML 1.0 cannot hold (scraped text sometimes carries them): dropped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Briefsmith</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def text_width(section: docx.section.Section) -> int:
    """The width between a section's side margins, in EMU (a reference always sets all three)."""
    return (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)


def add_paragraph(container, style_id: str):
    """A new <w:p> at the end of `container` (body, cell, header, footnote) in `style_id`."""
    if hasattr(container, "add_p"):  # python-docx's containers keep w:sectPr last
        p = container.add_p()
    else:
        p = OxmlElement("w:p")
        container.append(p)
    p.style = style_id
    return p


def add_run(parent, text: str, style_id: str | None = None):
    """A run of `text` (tabs become w:tab) carrying only a character style, if any."""
    r = OxmlElement("w:r")
    parent.append(r)
    if style_id:
        r.style = style_id
    r.text = _NOT_XML.sub("", text)
    return r


def add_hyperlink(paragraph, part, url: str, text: str, style_id: str):
    """A real hyperlink: w:hyperlink -> relationship (TargetMode External) of `part`."""
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph.append(link)
    add_run(link, text, style_id)
    return link


def add_text_with_link(
    paragraph, part, text: str, url: str | None, link_style: str, style_id: str | None = None
) -> None:
    """`text` as runs, the first occurrence of `url` in it made a live link."""
    at = text.find(url) if url else -1
    if at < 0 or not url:
        add_run(paragraph, text, style_id)
        return
    if text[:at]:
        add_run(paragraph, text[:at], style_id)
    add_hyperlink(paragraph, part, url, url, link_style)
    if text[at + len(url) :]:
        add_run(paragraph, text[at + len(url) :], style_id)


def add_bookmark(paragraph, name: str, number: int) -> None:
    """A bookmark around the paragraph's content (after its properties, up to its end).
    Word and LibreOffice keep it through edits and saves; it carries no formatting."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph.insert(0, start)
    paragraph.append(end)


def _fld_char(paragraph, kind: str) -> None:
    r = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    r.append(fld)
    paragraph.append(r)


def add_field(paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES, SEQ…): begin, instrText, separate, result, end.
    Word and LibreOffice both recompute the result; `shown` is what stands until then."""
    _fld_char(paragraph, "begin")
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    r.append(instr)
    paragraph.append(r)
    _fld_char(paragraph, "separate")
    add_run(paragraph, shown)
    _fld_char(paragraph, "end")


def _replace_package_part(document: docx.document.Document, reltype: str, part: Part) -> None:
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == reltype:
            del package.rels[rel.rId]
    package.relate_to(part, reltype)


def reset_package_properties(
    document: docx.document.Document,
    *,
    title: str,
    author: str = "",
    subject: str = "",
    keywords: str = "",
    language: str = "",
    category: str = "",
    when: dt.datetime | None = None,
) -> None:
    """Fresh core.xml and app.xml (nothing inherited from the reference document or
    python-docx: no "python-docx" author, no "generated by python-docx" comment), and
    no thumbnail, which would show the reference document rather than this one."""
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel.rId]
    core_part = CorePropertiesPart(
        PackURI("/docProps/core.xml"), CT.OPC_CORE_PROPERTIES, CT_CoreProperties.new(), package
    )
    _replace_package_part(document, RT.CORE_PROPERTIES, core_part)
    props = core_part.core_properties
    # Core properties hold at most 255 characters each; empty ones are left out.
    fields = {
        "title": title,
        "author": author,
        "subject": subject,
        "keywords": keywords,
        "category": category,
        "language": language,
    }
    for name, value in fields.items():
        if value:
            setattr(props, name, _NOT_XML.sub("", value)[:255])
    props.last_modified_by = "Briefsmith"
    props.revision = 1
    if when is not None:
        utc = when.astimezone(dt.timezone.utc) if when.tzinfo else when
        props.created = props.modified = utc
    app_part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, _APP_XML, package)
    _replace_package_part(document, RT.EXTENDED_PROPERTIES, app_part)
