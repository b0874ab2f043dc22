"""Golden briefings: condensing the same inputs gives the same briefing, point for point.

A failure here means condensing changed. If the change is intended, run
`python tests/golden/regenerate.py` and review the diff of tests/golden/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))

from cases import EVAL, EVAL_CASES, HERE, OWN, eval_case, own_case  # noqa: E402

REGENERATE = "intended? run `python tests/golden/regenerate.py` and review `git diff tests/golden/`"


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_inputs_condense_to_the_golden_briefing(name: str) -> None:
    expected = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    got = own_case(name)
    for key in ("summary", "sections", "actors", "sources", "title", "date"):
        assert got[key] == expected[key], f"{name}: {key} changed; {REGENERATE}"
    assert got == expected, f"{name} changed; {REGENERATE}"


@pytest.mark.skipif(not EVAL.is_dir(), reason=f"{EVAL} is not beside this checkout (evaluation data, not shipped)")
@pytest.mark.parametrize("name", sorted(EVAL_CASES))
def test_eval_articles_cite_the_golden_sentences(name: str) -> None:
    expected = json.loads((HERE / "eval-shapes.json").read_text(encoding="utf-8"))[name]
    got = eval_case(name)
    for key in ("summary", "sections", "actors"):
        assert got[key] == expected[key], f"{name}: {key} cites other sentences; {REGENERATE}"
    assert got["digest"] == expected["digest"], f"{name}: wording changed; {REGENERATE}"
