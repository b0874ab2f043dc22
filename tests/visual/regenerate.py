"""Write the visual references again after an intended change to the look:

    python tests/visual/regenerate.py

Renders every case in pages.py with a fixed SOURCE_DATE_EPOCH, rasterises each page
at low resolution into tests/visual/NAME-pN.png, and writes the page-1 figure for the
docs (tests/visual/docs-page1.png). Look at the PNGs before committing them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for `visual.*`

from visual.pages import HERE, case_names, rasterise, reference_files, render  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as workspace:  # empty: the packaged theme only
        for name in case_names():
            for old in reference_files(name):
                old.unlink()
            pdf = render(name, Path(workspace))
            for number, image in enumerate(rasterise(pdf), start=1):
                target = HERE / f"{name}-p{number}.png"
                image.save(target, optimize=True)
                print(target.relative_to(HERE.parent.parent))
            if name == "long-a4":
                figure = HERE / "docs-page1.png"
                rasterise(pdf, dpi=80)[0].save(figure, optimize=True)
                print(figure.relative_to(HERE.parent.parent))


if __name__ == "__main__":
    main()
