"""Visual regression: each page, rasterised at low resolution, against its stored
reference in tests/visual/. After an intended change to the look, run
`python tests/visual/regenerate.py` and look at the new PNGs before committing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from visual.pages import TOLERANCE, case_names, difference, rasterise, reference_files, render


@pytest.mark.parametrize("name", case_names())
def test_pages_look_as_before(name: str, tmp_path: Path) -> None:
    references = reference_files(name)
    assert references, f"no reference for {name}: run python tests/visual/regenerate.py"
    pages = rasterise(render(name, tmp_path))
    assert len(pages) == len(references), f"{name}: {len(pages)} pages, reference has {len(references)}"
    for page, ref_path in zip(pages, references, strict=True):
        diff = difference(page, Image.open(ref_path).convert("RGB"))
        if diff > TOLERANCE:
            page.save(tmp_path / ref_path.name)
        assert diff <= TOLERANCE, (
            f"{ref_path.name} differs by {diff:.2f} (tolerance {TOLERANCE}); new page in "
            f"{tmp_path / ref_path.name}; if intended, run python tests/visual/regenerate.py"
        )
