"""The named styles a briefing DOCX uses, and their default look.

A user restyles these once in `templates/reference.docx` (the way pandoc's
--reference-doc works) and every later brief follows. The renderer never formats a
paragraph or run directly, so these definitions are the whole of the document's look.

Names are the ones Word itself writes into styles.xml ("heading 1", "footnote text",
"caption"): Word then treats them as its built-in styles and shows them by their UI
names (Heading 1, Footnote Text, Caption). Lookups are case-insensitive for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Page text width of the default reference (A4, 2.3 cm side margins), for header/footer tabs.
_TEXT_WIDTH = 11906 - 2 * 1304
# The bundled fonts, as the PDF uses them (styles/fonts.css): Noto Serif for the text (the
# document defaults, docx_reference._DOC_DEFAULTS), Noto Sans for headings, notes, tables,
# header and footer, Noto Naskh Arabic for Arabic script in both. Named, not theme fonts:
# the DOCX embeds these very fonts (docx_fonts.py).
_SANS = '<w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:eastAsia="Noto Sans" w:cs="Noto Naskh Arabic"/>'
_INK = '<w:color w:val="1F3864"/>'
_GREY = '<w:color w:val="595959"/>'


@dataclass(frozen=True)
class StyleDef:
    name: str  # as Word writes it in styles.xml
    style_id: str
    kind: str  # paragraph, character, table
    body: str  # pPr/rPr/tblPr/tblStylePr XML, in schema order
    based_on: str | None = None  # a style *name*, resolved to the document's id
    next: str | None = None
    custom: bool = False  # not one of Word's built-in styles


def _tabs(*stops: tuple[str, int]) -> str:
    return "<w:tabs>" + "".join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in stops) + "</w:tabs>"


_HF = _tabs(("center", _TEXT_WIDTH // 2), ("right", _TEXT_WIDTH))

STYLES: tuple[StyleDef, ...] = (
    StyleDef(
        "Title",
        "Title",
        "paragraph",
        # The title in the text face, bold, as in the PDF.
        '<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/>'
        f'</w:pPr><w:rPr><w:b/><w:bCs/>{_INK}<w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>',
        "Normal",
        "Subtitle",
    ),
    StyleDef(
        "Subtitle",
        "Subtitle",
        "paragraph",
        '<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="120"/></w:pPr>'
        f'<w:rPr>{_SANS}<w:color w:val="44546A"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>',
        "Normal",
        "Byline",
    ),
    StyleDef(
        "Byline",
        "Byline",
        "paragraph",
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="1F3864"/></w:pBdr>'
        f'<w:spacing w:before="0" w:after="240"/></w:pPr><w:rPr>{_SANS}{_GREY}<w:sz w:val="18"/>'
        '<w:szCs w:val="18"/></w:rPr>',
        "Normal",
        "Body Text",
        custom=True,
    ),
    StyleDef(
        "heading 1",
        "Heading1",
        "paragraph",
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="120"/>'
        f'<w:outlineLvl w:val="0"/></w:pPr><w:rPr>{_SANS}<w:b/><w:bCs/>{_INK}<w:sz w:val="28"/>'
        '<w:szCs w:val="28"/></w:rPr>',
        "Normal",
        "Body Text",
    ),
    StyleDef(
        "heading 2",
        "Heading2",
        "paragraph",
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
        f'<w:outlineLvl w:val="1"/></w:pPr><w:rPr>{_SANS}<w:b/><w:bCs/><w:color w:val="2E5496"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>',
        "Normal",
        "Body Text",
    ),
    StyleDef("Body Text", "BodyText", "paragraph", '<w:pPr><w:spacing w:after="120"/></w:pPr>', "Normal"),
    # numPr is filled in by ensure_styles: the bullet list lives in numbering.xml.
    StyleDef(
        "List Bullet",
        "ListBullet",
        "paragraph",
        '<w:pPr><w:spacing w:after="80"/><w:ind w:left="357" w:hanging="357"/></w:pPr>',
        "Normal",
    ),
    StyleDef(
        "Quote",
        "Quote",
        "paragraph",
        # Top and bottom rules in the fill colour pad the box; consecutive points share it.
        '<w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="EEF2F8"/>'
        '<w:left w:val="single" w:sz="24" w:space="8" w:color="1F3864"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="EEF2F8"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/><w:spacing w:after="80"/>'
        '<w:ind w:left="227" w:right="0"/></w:pPr>',
        "Normal",
        "Body Text",
    ),
    StyleDef(
        "caption",
        "Caption",
        "paragraph",
        '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr>'
        f'<w:rPr>{_SANS}{_GREY}<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
        "Normal",
        "Normal",
    ),
    StyleDef(
        "Table Text",
        "TableText",
        "paragraph",
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_SANS}<w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>',
        "Normal",
        custom=True,
    ),
    StyleDef(
        "Bibliography",
        "Bibliography",
        "paragraph",
        '<w:pPr><w:spacing w:after="120"/><w:ind w:left="567" w:hanging="567"/></w:pPr>',
        "Normal",
    ),
    StyleDef(
        "footnote text",
        "FootnoteText",
        "paragraph",
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_SANS}<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
        "Normal",
    ),
    StyleDef(
        "header",
        "Header",
        "paragraph",
        f'<w:pPr>{_HF}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_SANS}{_GREY}<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
        "Normal",
    ),
    StyleDef(
        "footer",
        "Footer",
        "paragraph",
        f'<w:pPr>{_HF}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_SANS}{_GREY}<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
        "Normal",
    ),
    # The marking banner at the top of the header and the foot of the footer, as in the PDF.
    StyleDef(
        "Marking",
        "Marking",
        "paragraph",
        '<w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="40" w:line="240" w:lineRule="auto"/>'
        f'</w:pPr><w:rPr>{_SANS}<w:b/><w:bCs/><w:caps/><w:color w:val="8C1D18"/><w:spacing w:val="12"/>'
        '<w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr>',
        "Normal",
        custom=True,
    ),
    StyleDef(
        "Disclaimer",
        "Disclaimer",
        "paragraph",
        '<w:pPr><w:keepLines/><w:spacing w:before="240" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr><w:i/><w:iCs/>{_GREY}<w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr>',
        "Normal",
        custom=True,
    ),
    StyleDef(
        "footnote reference",
        "FootnoteReference",
        "character",
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
        "Default Paragraph Font",
    ),
    StyleDef(
        "Hyperlink",
        "Hyperlink",
        "character",
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>',
        "Default Paragraph Font",
    ),
    StyleDef("Strong", "Strong", "character", "<w:rPr><w:b/><w:bCs/></w:rPr>", "Default Paragraph Font"),
    # "[analyst]" before the analyst's own point: their words, not the sources'.
    StyleDef(
        "Analyst Mark",
        "AnalystMark",
        "character",
        f'<w:rPr>{_SANS}<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>',
        "Default Paragraph Font",
        custom=True,
    ),
    StyleDef(
        "Briefsmith Table",
        "BriefsmithTable",
        "table",
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>'
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>' + _INK + "</w:rPr>"
        '<w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>'
        '</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/></w:tcPr></w:tblStylePr>',
        "Normal Table",
        custom=True,
    ),
)

# The names the renderer asks for, by role.
TITLE, SUBTITLE, BYLINE = "Title", "Subtitle", "Byline"
HEADING1, HEADING2, BODY, BULLET, QUOTE = "heading 1", "heading 2", "Body Text", "List Bullet", "Quote"
CAPTION, TABLE_TEXT, BIBLIOGRAPHY = "caption", "Table Text", "Bibliography"
FOOTNOTE_TEXT, FOOTNOTE_REF, HYPERLINK, STRONG = "footnote text", "footnote reference", "Hyperlink", "Strong"
HEADER, FOOTER, TABLE = "header", "footer", "Briefsmith Table"
MARKING, DISCLAIMER, ANALYST = "Marking", "Disclaimer", "Analyst Mark"

# For people (README, tests): the names Word shows in its Styles pane.
UI_NAMES: dict[str, str] = {s.name: s.name.title() if s.name.islower() else s.name for s in STYLES}


def styles_by_name(styles_el) -> dict:
    """Every <w:style> of styles.xml by its name, casefolded ("Heading 1" finds "heading 1")."""
    found: dict = {}
    for el in styles_el.iterchildren(qn("w:style")):
        name_el = el.find(qn("w:name"))
        if name_el is not None:
            found.setdefault((name_el.get(qn("w:val")) or "").casefold(), el)
    return found


def build_style(index: dict, spec: StyleDef, style_id: str, bullet_num_id: int | None):
    """A <w:style> element for `spec`, its basedOn/next pointing at this document's ids
    (`index` is styles_by_name of the document)."""
    head = f'<w:name w:val="{spec.name}"/>'
    for tag, ref in (("basedOn", spec.based_on), ("next", spec.next)):
        ref_el = index.get(ref.casefold()) if ref else None
        if ref_el is not None:
            head += f'<w:{tag} w:val="{ref_el.get(qn("w:styleId"))}"/>'
    head += "<w:qFormat/>" if spec.kind == "paragraph" else ""
    body = spec.body
    if spec.name == BULLET and bullet_num_id is not None:
        body = body.replace("<w:pPr>", f'<w:pPr><w:numPr><w:numId w:val="{bullet_num_id}"/></w:numPr>', 1)
    custom = ' w:customStyle="1"' if spec.custom else ""
    return parse_xml(
        f'<w:style xmlns:w="{W_NS}" w:type="{spec.kind}"{custom} w:styleId="{style_id}">{head}{body}</w:style>'
    )
