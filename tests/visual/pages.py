"""The visual references: which briefings, how they are rasterised, how pages compare.
Shared by tests/test_visual.py and tests/visual/regenerate.py."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from briefsmith.model import Briefing
from briefsmith.render.pdf import render_pdf
from briefsmith.workspace.theme import Theme

HERE = Path(__file__).resolve().parent
EPOCH = "1715000000"
DPI = 40  # low: layout and colour, not anti-aliasing, are what a reference pins down
TOLERANCE = 1.0  # mean absolute difference per pixel and channel, 0-255


# name -> (briefing, paper)
def _cases() -> dict[str, tuple[Callable[[], Briefing], str]]:
    from visual.briefs import long_briefing

    return {
        "long-a4": (long_briefing, "A4"),
        "long-letter-unmarked": (lambda: long_briefing(marking=None), "letter"),
    }


def render(name: str, workspace: Path) -> bytes:
    make, paper = _cases()[name]
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        return render_pdf(make(), Theme(workspace), paper=paper).data
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def rasterise(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "x.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(src), str(Path(tmp) / "page")], check=True)
        files = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [Image.open(f).convert("RGB") for f in files]


def reference_files(name: str) -> list[Path]:
    return sorted(HERE.glob(f"{name}-p*.png"), key=lambda p: int(p.stem.rsplit("-p", 1)[1]))


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per pixel, in the colour channel that differs most
    (0-255); inf when the sizes differ. Per channel, so a change of colour counts too."""
    if a.size != b.size:
        return float("inf")
    return max(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean)


def case_names() -> list[str]:
    return list(_cases())
