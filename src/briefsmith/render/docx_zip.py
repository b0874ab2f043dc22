"""Repack an OOXML zip so the same parts always give the same bytes.

python-docx writes each entry with the current wall-clock time and in the order it
happens to walk the relationships; Word and LibreOffice care about neither. We
rewrite the archive with a fixed entry date, fixed attributes and compression, and
a stable order ([Content_Types].xml first, as the OPC spec recommends, then the
package relationships, then every other part by name).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping

# The earliest date a zip entry can hold; what reproducible-builds tools use too.
# The real build time lives in docProps/core.xml, where people look for it.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def read_parts(data: bytes) -> dict[str, bytes]:
    """Every entry of a zip by name (directories skipped)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}


def write_parts(parts: Mapping[str, bytes]) -> bytes:
    """A deterministic zip of `parts`: same mapping in, same bytes out."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in sorted(parts, key=_order):
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix; the default differs between Windows and others
            info.external_attr = 0o644 << 16
            zf.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()


def repack(data: bytes, *, drop: Iterable[str] = (), replace: Mapping[str, bytes] | None = None) -> bytes:
    """Rewrite `data` deterministically, leaving out `drop` and swapping in `replace`."""
    parts = read_parts(data)
    for name in drop:
        parts.pop(name, None)
    parts.update(replace or {})
    return write_parts(parts)
