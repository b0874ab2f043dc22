"""A workspace's templates/reference.docx gives styles, numbering, page setup and the
header/footer layout, and nothing else.

A reference document may come from someone else. Two things it must not do:

- **exhaust the machine**: a zip bomb (a tiny file whose members inflate to gigabytes)
  is refused from the zip's directory, before anything is decompressed: at most 2,000
  members, each at most 20 MB and the whole at most BRIEFSMITH_MAX_ZIP_BYTES (50 MB)
  inflated, and no member over 1 MB that inflates more than 200 times. Python's zipfile
  never inflates a member past the size its directory declares, so a lying directory
  cannot get round this.
- **reach out from every DOCX we write**: external relationships (a remote template, a
  linked picture, a mail-merge data source) and the settings that use them
  (attachedTemplate, mailMerge, linkStyles, saveThroughXslt, …) are dropped; so are
  the parts a briefing has no use for (comments, custom XML, glossary, macros, custom
  properties), and the reference's own header and footer text (Briefsmith writes its
  own, on the reference's Header and Footer styles).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from briefsmith.errors import RenderError
from briefsmith.limits import limit

MAX_MEMBERS = 2000
MAX_MEMBER = 20_000_000
MAX_RATIO = 200
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
# What the main document may relate to: what gives styles, numbering, page setup, fonts,
# headers and footers (footnotes and endnotes keep their separators).
_DOCUMENT_KEEPS = {
    RT.STYLES,
    RT.NUMBERING,
    RT.SETTINGS,
    RT.THEME,
    RT.FONT_TABLE,
    RT.WEB_SETTINGS,
    RT.HEADER,
    RT.FOOTER,
    RT.FOOTNOTES,
    RT.ENDNOTES,
    _STYLES_WITH_EFFECTS,
}
_PACKAGE_KEEPS = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.THUMBNAIL}
# Settings that reach outside the document or change how it behaves, not how it looks.
_SETTINGS_DROPPED = (
    "attachedTemplate",
    "mailMerge",
    "linkStyles",
    "docVars",
    "saveThroughXslt",
    "attachedSchema",
    "documentProtection",
    "writeProtection",
    "removePersonalInformation",
    "alwaysMergeEmptyNamespace",
)


_DEFAULT_HINT = "save it from Word or LibreOffice as .docx, or delete it to use the packaged default"


def check_zip(data: bytes, path: Path | None, what: str = "the reference document", hint: str = _DEFAULT_HINT) -> None:
    """Refuse a zip bomb from its directory, before any member is inflated. `hint`: what to do
    with a file that is no zip (deleting a reference document is fine; an edited brief is not)."""
    total_cap = int(limit("BRIEFSMITH_MAX_ZIP_BYTES", 50_000_000))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise RenderError(
            f"cannot use {what}: not a DOCX ({exc})",
            path=path,
            hint=hint,
        ) from None
    why = None
    total = sum(m.file_size for m in members)
    if len(members) > MAX_MEMBERS:
        why = f"{len(members):,} members (at most {MAX_MEMBERS:,})"
    elif total > total_cap:
        why = f"it inflates to {total:,} bytes (at most {total_cap:,})"
    else:
        for m in members:
            if m.file_size > MAX_MEMBER:
                why = f"{m.filename} inflates to {m.file_size:,} bytes (at most {MAX_MEMBER:,})"
            elif m.file_size > 1_000_000 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                why = f"{m.filename} inflates {m.file_size // max(m.compress_size, 1):,} times (a zip bomb?)"
            if why:
                break
    if why:
        raise RenderError(f"refused {what}: {why}", path=path, hint="save it again from Word")


def _drop_dangling(element: object, dropped: set[str]) -> None:
    """Elements that point at a relationship we dropped go too (no dangling r:id)."""
    if not dropped:
        return
    for el in list(element.iter()):  # type: ignore[attr-defined]
        if any(k.startswith(_R) and v in dropped for k, v in el.attrib.items()):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)


def clean_reference(document: object) -> None:
    """Keep what gives the look; drop what reaches out or is not ours to carry (module doc)."""
    package = document.part.package  # type: ignore[attr-defined]
    for rid, rel in list(package.rels.items()):
        if rel.is_external or rel.reltype not in _PACKAGE_KEEPS:
            del package.rels[rid]
    main = document.part  # type: ignore[attr-defined]
    for part in list(package.iter_parts()):
        dropped = set()
        for rid, rel in list(part.rels.items()):
            element = getattr(part, "_element", None)
            cleared = element is not None and element.tag in (qn("w:hdr"), qn("w:ftr"))
            if (
                rel.is_external
                or cleared
                or (part is main and rel.reltype not in _DOCUMENT_KEEPS)
                or part.partname.endswith("/settings.xml")
            ):
                del part.rels[rid]
                dropped.add(rid)
        element = getattr(part, "_element", None)
        if element is None:
            continue
        if part.partname.endswith("/settings.xml"):
            for name in _SETTINGS_DROPPED:
                for el in element.findall(qn(f"w:{name}")):
                    element.remove(el)
        if element.tag in (qn("w:hdr"), qn("w:ftr")):  # Briefsmith writes its own text there
            for child in list(element):
                element.remove(child)
            element.append(element.makeelement(qn("w:p"), {}))
        _drop_dangling(element, dropped)
