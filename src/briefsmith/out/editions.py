"""What `pull` and `--changes` need to remember, beside the manifest: OUT/.briefsmith/.

- `NAME.docx.json`: the briefing JSON out/NAME.docx was made from. `pull` compares the
  person's DOCX with it (which point each bookmark was, what each said). Written only when
  NAME.docx is written, so it always describes the DOCX Briefsmith last wrote there.
- `NAME.pulled`: the sha256 of the edited DOCX `pull` recorded into the spec. That file's
  edits live in the spec now, so the next build may replace it.
- `NAME.edition.json`: the briefing of the last build, the previous edition for
  `build --changes`.

Small files, each written atomically; a missing or damaged one reads as none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from briefsmith.errors import OutputError
from briefsmith.out.atomic import check_target, ensure_dir, write_atomic
from briefsmith.safeio import Unsafe, read_regular

STATE = ".briefsmith"
MAX_STATE_BYTES = 64 * 1024 * 1024


def _path(out: Path, name: str, kind: str) -> Path:
    return out / STATE / f"{name}.{kind}"


def _read(path: Path) -> bytes | None:
    # A regular file inside the out folder only: out/.briefsmith/ linked elsewhere, or a
    # FIFO in it, reads as nothing rather than leaking a file or blocking.
    try:
        return read_regular(path, roots=(path.parent.parent,), max_bytes=MAX_STATE_BYTES)
    except (OSError, Unsafe):
        return None


def state_dir(out: Path) -> Path:
    """OUT/.briefsmith/, made if missing; OutputError if it is anything but a folder of its own
    inside the out folder (a link leading elsewhere would let a build write there)."""
    folder = out / STATE
    if os.path.islink(folder) or (os.path.lexists(folder) and not os.path.isdir(folder)):
        raise OutputError(
            "is not a folder of Briefsmith's own", path=folder, hint="remove it; Briefsmith makes it again"
        )
    ensure_dir(folder)
    return folder


def _write(path: Path, data: bytes) -> None:
    state_dir(path.parent.parent)
    check_target(path)
    write_atomic(path, data)


def record_docx_source(out: Path, name: str, briefing_json: bytes) -> None:
    _write(_path(out, name, "docx.json"), briefing_json)
    with contextlib.suppress(OSError):  # a new DOCX: nothing of it is pulled yet
        _path(out, name, "pulled").unlink()


def docx_source(out: Path, name: str) -> bytes | None:
    return _read(_path(out, name, "docx.json"))


def mark_pulled(out: Path, name: str, sha256: str) -> None:
    _write(_path(out, name, "pulled"), sha256.encode("ascii") + b"\n")


def pulled(out: Path, name: str) -> str | None:
    data = _read(_path(out, name, "pulled"))
    return data.decode("ascii", "replace").strip() if data else None


def record_edition(out: Path, name: str, briefing_json: bytes) -> None:
    _write(_path(out, name, "edition.json"), briefing_json)


def previous_edition(out: Path, name: str) -> bytes | None:
    return _read(_path(out, name, "edition.json"))
