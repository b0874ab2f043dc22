"""The font table of a DOCX package and its embedded font parts, read and written at the zip
level (python-docx has no API for either): which faces are embedded under which key, and
replacing the bundled families' faces (docx_fonts.py decides which)."""

from __future__ import annotations

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

FAMILY_KIND = {"Noto Serif": "roman", "Noto Sans": "swiss", "Noto Naskh Arabic": "auto"}


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


def embed(
    parts: dict[str, bytes], fonts: Mapping[str, list[tuple[str, str, bytes]]], families: frozenset[str] | set[str]
) -> dict[str, bytes]:
    """Replace the embedded faces of `families` by `fonts` (other families' stay)."""
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
        if font.get(W + "name") in families:
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
            etree.SubElement(font, W + "family", {W + "val": FAMILY_KIND.get(family, "auto")})
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
