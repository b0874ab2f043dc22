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

from briefsmith.render import docx_fontparts
from briefsmith.render.docx_fontparts import embedded

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
    """The bundled families' embedded faces replaced by `fonts`."""
    return docx_fontparts.embed(parts, fonts, set(BUNDLED))
