"""The reference document: where a briefing DOCX gets its styles and page setup.

`ensure_styles` adds whatever style the renderer needs and a user's reference lacks
(Word only saves the styles a document has used). `build_reference` makes the
packaged default `templates/reference.docx` from python-docx's own template, restyled,
with python-docx's leftovers removed (its author and comments, thumbnail, revision
ids, the Mac Word app properties). Regenerate it with:

    SOURCE_DATE_EPOCH=0 python -m briefsmith.render.docx_reference templates/reference.docx
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Twips

from briefsmith.render import docx_fonts, docx_parts, docx_zip
from briefsmith.render.docx_styles import BULLET, STYLES, W_NS, build_style, styles_by_name
from briefsmith.workspace.theme import default_theme_dir

_BULLET_LEVEL = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr></w:lvl>'
)


def _new_bullet_list(document: docx.document.Document) -> int:
    """Add a one-level bullet list to numbering.xml; return its numId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="singleLevel"/>{_BULLET_LEVEL}</w:abstractNum>'
    )
    nums = list(numbering.iterchildren(qn("w:num")))
    if nums:  # the schema wants every abstractNum before the first num
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(abstract_id).numId


def ensure_styles(document: docx.document.Document, *, restyle: bool = False) -> dict[str, str]:
    """Make sure every style of STYLES exists; return their ids by name.

    A style the reference already defines is the user's and is left alone, unless
    `restyle` (only when building the packaged default) replaces it with ours.
    """
    styles_el = document.styles.element
    index = styles_by_name(styles_el)
    ids: dict[str, str] = {}
    for spec in STYLES:
        old = index.get(spec.name.casefold())
        if old is not None and not restyle:
            ids[spec.name] = old.get(qn("w:styleId"))
            continue
        num_id = None
        if spec.name == BULLET:
            found = old.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}") if old is not None else None
            num_id = int(found.get(qn("w:val"))) if found is not None else _new_bullet_list(document)
        sid = old.get(qn("w:styleId")) if old is not None else _unique_id(styles_el, spec.style_id)
        new = build_style(index, spec, sid, num_id)
        if old is not None:
            _drop_linked(styles_el, old)
            old.addprevious(new)
            styles_el.remove(old)
        else:
            styles_el.append(new)
        index[spec.name.casefold()] = new
        ids[spec.name] = sid
    return ids


def _unique_id(styles_el, wanted: str) -> str:
    taken = {el.get(qn("w:styleId")) for el in styles_el.iterchildren(qn("w:style"))}
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}{n}"
    return candidate


def _drop_linked(styles_el, old) -> None:
    """Remove the "X Char" twin of a style we replace: it would keep the old look."""
    link = old.find(qn("w:link"))
    if link is None:
        return
    for el in styles_el.iterchildren(qn("w:style")):
        if el.get(qn("w:styleId")) == link.get(qn("w:val")):
            styles_el.remove(el)
            return


_DOC_DEFAULTS = (
    f'<w:docDefaults xmlns:w="{W_NS}"><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Noto Serif" w:hAnsi="Noto Serif" w:eastAsia="Noto Serif" w:cs="Noto Naskh Arabic"/>'
    '<w:sz w:val="20"/><w:szCs w:val="20"/>'
    '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
)


def _theme_fonts(document: docx.document.Document) -> None:
    """The theme's heading and body fonts are the bundled ones too, so a style a person adds
    in Word ("+Body", "+Headings") looks like the rest of the document."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.THEME:
            xml = rel.target_part.blob.decode("utf-8")
            for scheme, face in (("majorFont", "Noto Sans"), ("minorFont", "Noto Serif")):
                at = xml.index(f"<a:{scheme}>")
                end = xml.index(f"</a:{scheme}>", at)
                block = re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{face}"', xml[at:end], count=1)
                block = re.sub(r'<a:cs typeface="[^"]*"', '<a:cs typeface="Noto Naskh Arabic"', block, count=1)
                block = re.sub(r'script="Arab" typeface="[^"]*"', 'script="Arab" typeface="Noto Naskh Arabic"', block)
                xml = xml[:at] + block + xml[end:]
            xml = xml.replace('<a:fontScheme name="Office">', '<a:fontScheme name="Briefsmith">')
            rel.target_part._blob = xml.encode("utf-8")


def _clean_settings(document: docx.document.Document) -> None:
    settings = document.settings.element
    for tag in ("w:rsids", "w14:docId", "w:savePreviewPicture", "w:attachedTemplate", "w:proofState"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)


Fonts = dict[str, list[tuple[str, str, bytes]]]


def build_reference(*, fonts: bool | Fonts = True) -> bytes:
    """The packaged default reference.docx, from python-docx's template, restyled, with
    the bundled fonts embedded: subsets made now (True, some seconds), none (False), or
    the given ones (docx_fonts.embedded() of a reference made before)."""
    document = docx.Document()
    styles_el = document.styles.element
    old_defaults = styles_el.find(qn("w:docDefaults"))
    old_defaults.addprevious(parse_xml(_DOC_DEFAULTS))
    styles_el.remove(old_defaults)
    ensure_styles(document, restyle=True)
    for el in styles_el.iter():  # revision-save ids from the template author's sessions
        if el.tag == qn("w:rsid"):
            el.getparent().remove(el)
    _clean_settings(document)
    # Word 2010's duplicate styles part and an empty bibliography store: stale copies.
    for rel in list(document.part.rels.values()):
        if rel.reltype in (docx_parts.RT_STYLES_WITH_EFFECTS, RT.CUSTOM_XML):
            del document.part.rels[rel.rId]
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4
    section.left_margin = section.right_margin = Twips(1304)
    section.top_margin = section.bottom_margin = Twips(1304)
    section.header_distance = section.footer_distance = Twips(680)
    sect_pr = section._sectPr
    for attr in list(sect_pr.attrib):
        if "rsid" in attr:
            del sect_pr.attrib[attr]
    _theme_fonts(document)
    docx_parts.reset_package_properties(document, title="Briefsmith reference document")
    out = io.BytesIO()
    document.save(out)
    if not fonts:
        return docx_zip.repack(out.getvalue())
    chosen = _bundled_fonts() if fonts is True else fonts
    return docx_zip.write_parts(docx_fonts.embed(docx_zip.read_parts(out.getvalue()), chosen))


def _bundled_fonts() -> Fonts:
    """Subsets of styles/fonts/ (the packaged theme's), obfuscated for embedding."""
    folder = default_theme_dir() / "styles" / "fonts"
    fonts: dict[str, list[tuple[str, str, bytes]]] = {}
    for family, faces in docx_fonts.BUNDLED.items():
        for element, file in faces:
            data = docx_fonts.subset((folder / file).read_bytes())
            key = docx_fonts.font_key(data)
            fonts.setdefault(family, []).append((element, key, docx_fonts.obfuscate(data, key)))
    return fonts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path("templates/reference.docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build_reference())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
