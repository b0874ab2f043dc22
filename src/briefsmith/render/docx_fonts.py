"""The bundled fonts inside the DOCX, as Word embeds TrueType fonts: so the document looks
like the PDF on a machine that has no Noto fonts (Word and LibreOffice both load them).

ECMA-376 Part 1, 17.8.1: each font is a part `word/fonts/fontN.odttf` related from the
font table, obfuscated by XOR-ing its first 32 bytes with the 16 bytes of a GUID (read
from the GUID's last hex pair to its first), the GUID being the `w:fontKey` of its
`w:embedRegular`/`w:embedBold`/... entry in `word/fontTable.xml`.

The packaged reference.docx carries subsets of the fonts (Latin, Greek, Cyrillic; Arabic
for the Arabic face), made once when it is regenerated (`subset`, with fontTools). A
render only copies them: into a workspace reference that lacks them, and leaving the
Arabic face out of a document with no Arabic text in it.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
from collections.abc import Mapping

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT_FONT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
CT_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_TABLE, FONT_RELS = "word/fontTable.xml", "word/_rels/fontTable.xml.rels"
RT_FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
CT_FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
W, R = f"{{{W_NS}}}", f"{{{R_NS}}}"
_REL_TAG = f"{{{PKG_REL_NS}}}Relationship"

SERIF, SANS, ARABIC = "Noto Serif", "Noto Sans", "Noto Naskh Arabic"
# family -> (embed element, file in styles/fonts/) in schema order (CT_Font).
BUNDLED: dict[str, tuple[tuple[str, str], ...]] = {
    SERIF: (
        ("embedRegular", "NotoSerif-Regular.ttf"),
        ("embedBold", "NotoSerif-Bold.ttf"),
        ("embedItalic", "NotoSerif-Italic.ttf"),
    ),
    SANS: (("embedRegular", "NotoSans-Regular.ttf"), ("embedBold", "NotoSans-Bold.ttf")),
    ARABIC: (("embedRegular", "NotoNaskhArabic-Regular.ttf"), ("embedBold", "NotoNaskhArabic-Bold.ttf")),
}
_FAMILY_KIND = {SERIF: "roman", SANS: "swiss", ARABIC: "auto"}
_ARABIC_TEXT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# What the embedded copies keep: Latin (with the extended letters of European names),
# Greek, Cyrillic, the punctuation and symbols of running text, and Arabic for the Arabic
# face. Enough to edit in; a fifth of the fonts' size.
SUBSET_RANGES = (
    (0x20, 0x24F), (0x2B0, 0x2FF), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x20CF), (0x2100, 0x215F),
    (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF), (0xFB00, 0xFB06),
    (0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)  # fmt: skip


def subset(data: bytes) -> bytes:
    """A copy of a TrueType font keeping SUBSET_RANGES, without hinting; the same bytes
    every time (fontTools keeps the font's own timestamps)."""
    from fontTools import subset as ft_subset  # only when the reference is regenerated
    from fontTools.ttLib import TTFont

    options = ft_subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in SUBSET_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_key(data: bytes) -> str:
    """A GUID from the font's own bytes: the same font always gets the same key."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 font obfuscation (its own inverse)."""
    hexes = key.strip("{}").replace("-", "")
    guid = bytes.fromhex(hexes)[::-1]
    head = bytes(b ^ guid[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def _bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def embedded(parts: Mapping[str, bytes]) -> dict[str, list[tuple[str, str, bytes]]]:
    """family -> [(embed element, fontKey, obfuscated bytes)] of a document's font table."""
    if FONT_TABLE not in parts:
        return {}
    targets = _rel_targets(parts)
    found: dict[str, list[tuple[str, str, bytes]]] = {}
    for font in _xml(parts[FONT_TABLE]).iter(W + "font"):
        for el in font:
            name = etree.QName(el).localname
            target = targets.get(el.get(R + "id") or "")
            if name.startswith("embed") and target and f"word/{target}" in parts:
                found.setdefault(font.get(W + "name") or "", []).append(
                    (name, el.get(W + "fontKey") or "", parts[f"word/{target}"])
                )
    return found


def _rel_targets(parts: Mapping[str, bytes]) -> dict[str, str]:
    if FONT_RELS not in parts:
        return {}
    return {r.get("Id"): r.get("Target").lstrip("/").removeprefix("word/") for r in _xml(parts[FONT_RELS])}


def families_named(parts: Mapping[str, bytes]) -> set[str]:
    """The bundled families the document's styles ask for."""
    styles = parts.get("word/styles.xml", b"")
    return {f for f in BUNDLED if f'"{f}"'.encode() in styles}


def has_arabic(parts: Mapping[str, bytes]) -> bool:
    stories = (n for n in parts if re.match(r"word/(document|footnotes|header\d*|footer\d*)\.xml$", n))
    return any(_ARABIC_TEXT.search(parts[n].decode("utf-8", "replace")) for n in stories)


def fit_fonts(parts: dict[str, bytes], store: Mapping[str, list[tuple[str, str, bytes]]]) -> dict[str, bytes]:
    """The document's parts with the bundled fonts it uses embedded (taken from `store`,
    the packaged reference's `embedded()`), the Arabic face only where Arabic text is."""
    have = embedded(parts)
    wanted = families_named(parts)
    if not has_arabic(parts):
        wanted.discard(ARABIC)
    fonts = {f: have.get(f) or list(store.get(f, ())) for f in wanted}
    fonts = {f: v for f, v in fonts.items() if v}
    if {f: have.get(f) for f in BUNDLED if have.get(f)} == fonts:
        return parts
    return embed(parts, fonts)


def embed(parts: dict[str, bytes], fonts: Mapping[str, list[tuple[str, str, bytes]]]) -> dict[str, bytes]:
    """Replace the bundled families' embedded fonts by `fonts` (other families' stay)."""
    parts = dict(parts)
    if FONT_TABLE in parts:
        table = _xml(parts[FONT_TABLE])
    else:
        table = etree.Element(W + "fonts", nsmap={"w": W_NS, "r": R_NS})
        parts["word/_rels/document.xml.rels"] = _related_font_table(parts["word/_rels/document.xml.rels"])
        parts["[Content_Types].xml"] = _override(parts["[Content_Types].xml"], "/" + FONT_TABLE, CT_FONT_TABLE)
    rels = _xml(parts[FONT_RELS]) if FONT_RELS in parts else etree.Element(_REL_TAG + "s", nsmap={None: PKG_REL_NS})
    targets = _rel_targets(parts)
    dropped: set[str] = set()
    for font in table.iter(W + "font"):  # drop the bundled families' old embeds
        if font.get(W + "name") in BUNDLED:
            for el in [e for e in font if etree.QName(e).localname.startswith("embed")]:
                target = targets.get(el.get(R + "id") or "")
                if parts.pop(f"word/{target}", None) is not None:
                    dropped.add(f"/word/{target}")
                for rel in [r for r in rels if r.get("Id") == el.get(R + "id")]:
                    rels.remove(rel)
                font.remove(el)
    used = {r.get("Id") for r in rels}
    n = 0
    for family in sorted(fonts):
        font = next((f for f in table.iter(W + "font") if f.get(W + "name") == family), None)
        if font is None:
            font = etree.SubElement(table, W + "font", {W + "name": family})
            etree.SubElement(font, W + "charset", {W + "val": "00"})
            etree.SubElement(font, W + "family", {W + "val": _FAMILY_KIND[family]})
            etree.SubElement(font, W + "pitch", {W + "val": "variable"})
        for element, key, data in fonts[family]:
            n += 1
            while f"rIdFont{n}" in used or f"word/fonts/font{n}.odttf" in parts:
                n += 1
            rid, name = f"rIdFont{n}", f"fonts/font{n}.odttf"
            etree.SubElement(rels, _REL_TAG, {"Id": rid, "Type": RT_FONT, "Target": name})
            etree.SubElement(font, W + element, {R + "id": rid, W + "fontKey": key})
            parts[f"word/{name}"] = data
    parts[FONT_TABLE], parts[FONT_RELS] = _bytes(table), _bytes(rels)
    parts["[Content_Types].xml"] = _with_font_type(parts["[Content_Types].xml"], dropped)
    parts["word/settings.xml"] = _embedding_on(parts["word/settings.xml"], bool(fonts))
    return parts


def _related_font_table(data: bytes) -> bytes:
    """A reference without a font table (Word always writes one; others may not)."""
    rels = _xml(data)
    taken = {r.get("Id") for r in rels}
    rid = next(f"rIdFonts{n}" for n in range(1, 1000) if f"rIdFonts{n}" not in taken)
    etree.SubElement(rels, _REL_TAG, {"Id": rid, "Type": RT_FONT_TABLE, "Target": "fontTable.xml"})
    return _bytes(rels)


def _override(data: bytes, part: str, content_type: str) -> bytes:
    types = _xml(data)
    etree.SubElement(types, f"{{{CT_NS}}}Override", {"PartName": part, "ContentType": content_type})
    return _bytes(types)


def _with_font_type(data: bytes, dropped: set[str]) -> bytes:
    """Content types: one default for every font part, no entry for a dropped part."""
    types = _xml(data)
    for override in list(types.iter(f"{{{CT_NS}}}Override")):
        if override.get("PartName") in dropped:
            types.remove(override)
    if not any(d.get("Extension") == "odttf" for d in types.iter(f"{{{CT_NS}}}Default")):
        etree.SubElement(types, f"{{{CT_NS}}}Default", {"Extension": "odttf", "ContentType": CT_FONT})
        # Defaults come before Overrides in the schema.
        first_override = next(types.iter(f"{{{CT_NS}}}Override"), None)
        if first_override is not None:
            first_override.addprevious(types[-1])
    return _bytes(types)


# What may stand before w:embedTrueTypeFonts in w:settings (CT_Settings order).
_BEFORE_EMBED = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData",
)  # fmt: skip


def _embedding_on(data: bytes, on: bool) -> bytes:
    """w:embedTrueTypeFonts: Word keeps embedded fonts when it saves the document again."""
    settings = _xml(data)
    flag = settings.find(W + "embedTrueTypeFonts")
    if on and flag is None:
        at = 0
        for i, el in enumerate(settings):
            if etree.QName(el).localname in _BEFORE_EMBED:
                at = i + 1
        settings.insert(at, etree.Element(W + "embedTrueTypeFonts"))
    elif not on and flag is not None:
        settings.remove(flag)
    return _bytes(settings)
