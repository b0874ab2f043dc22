"""The golden cases: which inputs are condensed, and how a briefing is reduced to what is
compared. Shared by tests/test_golden.py and tests/golden/regenerate.py.

Two kinds of case:
- the project's own inputs (the example brief, the test fixtures): the whole briefing JSON
  is kept in tests/golden/NAME.json, so a change to condensing shows as a reviewed diff;
- articles of ../shared/eval (not ours: their text must never enter the repository): only
  their *shape* is kept — which sentence each point and actor cites, per section, and a
  digest of the whole JSON — in tests/golden/eval-shapes.json. Those cases run only where
  that folder exists (a developer's checkout beside shared/).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EVAL = ROOT.parent / "shared" / "eval"

# Our own inputs: name -> (spec or None, records)
OWN = {
    "russia-taliban": ("briefs/russia-taliban.yaml", ["seeds/moscow-times-russia-taliban.txt"]),
    "fixture-lighthouse": (None, ["tests/fixtures/records/scraped-lighthouse.txt"]),
    "fixture-record-md": (None, ["tests/fixtures/records/record.md"]),
    "fixture-page-html": (None, ["tests/fixtures/records/page.html"]),
}
# A handful of real articles (by folder under ../shared/eval), chosen across kinds:
# BBC politics with paragraphs, CNN single-block stories, and one three-article cluster.
EVAL_CASES = {
    "bbc-politics-001": ["bbc-politics-001/article.txt"],
    "bbc-politics-009": ["bbc-politics-009/article.txt"],
    "cnndm-0c0cfb6b48a4": ["cnndm-0c0cfb6b48a4/article.txt"],
    "cnndm-7046739191e3": ["cnndm-7046739191e3/article.txt"],
    "cluster-lippert": [
        "labeled/cluster-lippert/cnn-3d24c64e2a55/article.txt",
        "labeled/cluster-lippert/cnn-3fe2b4c75266/article.txt",
        "labeled/cluster-lippert/cnn-53f1ed826c60/article.txt",
    ],
}


def briefing_dict(records: list[Path], spec_path: Path | None, workspace: Path) -> dict[str, Any]:
    """The briefing JSON of these records, as `briefsmith condense` / a build writes it,
    without the fields that change with every release (the version)."""
    from briefsmith import condense
    from briefsmith.render import json as briefing_json

    spec = None
    if spec_path is not None:
        from briefsmith.workspace.spec import load_spec

        spec, _ = load_spec(spec_path, workspace)
    data = json.loads(briefing_json.dumps(condense(records, spec=spec, workspace=workspace)))
    data.get("provenance", {}).pop("version", None)
    return data


def shape(data: dict[str, Any]) -> dict[str, Any]:
    """What a briefing cites, without any of the source's words."""

    def cites(item: dict[str, Any]) -> list[str]:
        return [f"{c['source']}#{c['paragraph']}.{c.get('sentence')}" for c in item.get("citations", [])]

    return {
        "digest": hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest(),
        "summary": [cites(p) for p in data["summary"]],
        "sections": {s["id"]: [cites(p) for p in s["points"]] for s in data["sections"]},
        "actors": [cites(a) for a in data["actors"]],
    }


def own_case(name: str) -> dict[str, Any]:
    spec, records = OWN[name]
    return briefing_dict([ROOT / r for r in records], ROOT / spec if spec else None, ROOT)


def eval_case(name: str) -> dict[str, Any]:
    return shape(briefing_dict([EVAL / r for r in EVAL_CASES[name]], None, EVAL))
