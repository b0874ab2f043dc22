"""How much of what an analyst would file does the briefing say?

    python bench/coverage_eval.py [--labelled DIR] [--briefsmith EXE] [--per-article] [--json]

score.py (in DIR, default ../shared/eval/labeled next to the repository) judges the
points a briefing makes: right section, standing alone, worth reading. It does not say
what the briefing leaves out. This script does: for every single labelled article it
condenses the article with `briefsmith condense` (the same way score.py does, with the
labels' date when they know it) and counts

- **worth-2 recall**: of the sentences the labels mark worth 2 ("belongs in a one- or
  two-page brief"), the share some point of the briefing cites (summary, sections,
  questions; actor lines are left out);
- **worth-0 cited**: how many cited sentences the labels mark worth 0 (not worth a brief);
- points per briefing.

The labels and articles are read at run time; none of their words is in the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LABELLED = REPO.parent / "shared" / "eval" / "labeled"


def load_score(labelled: Path):  # score.py is the labels' own reader: use it, do not copy it
    spec = importlib.util.spec_from_file_location("score", labelled / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{labelled}: no score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cited_numbers(briefing: dict, doc) -> tuple[set[int], int]:
    """The labelled sentence numbers the briefing's points cite, and how many points."""
    points = list(briefing["summary"])
    points += [p for s in briefing["sections"] if s.get("kind") != "actors" for p in s["points"]]
    found = {doc.match(c["quote"]) for p in points for c in p["citations"]}
    return found - {None}, len(points)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    ap.add_argument("--briefsmith", default="briefsmith", help="the briefsmith command to run")
    ap.add_argument("--per-article", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.labelled / "score.py").is_file():
        print(f"{args.labelled}: no labelled articles here; nothing to measure", file=sys.stderr)
        return 0
    score = load_score(args.labelled)
    rows = []
    for name in sorted(os.listdir(args.labelled)):
        folder = args.labelled / name
        if not (folder / "labels.json").is_file():
            continue  # clusters are score.py's to judge: their facts, not their sentences
        doc = score.Doc(str(folder))
        briefing = score.condense(
            args.briefsmith, [score.record(str(folder))], doc.labels.get("title") or doc.id, [doc.labels.get("date")]
        )
        cited, points = cited_numbers(briefing, doc)
        worth = {n: s.get("worth") for n, s in doc.by_n.items()}
        two = {n for n, w in worth.items() if w == 2}
        rows.append(
            {
                "id": doc.id,
                "points": points,
                "worth2": len(two),
                "worth2_cited": len(two & cited),
                "worth0_cited": len({n for n, w in worth.items() if w == 0} & cited),
            }
        )
    total = {k: sum(r[k] for r in rows) for k in ("points", "worth2", "worth2_cited", "worth0_cited")}
    recall = total["worth2_cited"] / total["worth2"] if total["worth2"] else 0.0
    if args.json:
        print(json.dumps({"articles": len(rows), **total, "worth2_recall": round(recall, 3), "rows": rows}, indent=1))
        return 0
    if args.per_article:
        for r in rows:
            two = f"{r['worth2_cited']:3}/{r['worth2']:<3}"
            print(f"{r['id']:24} points {r['points']:3}  worth-2 {two}  worth-0 cited {r['worth0_cited']}")
    print(
        f"{len(rows)} articles: worth-2 sentences cited {total['worth2_cited']}/{total['worth2']} = {recall:.1%}; "
        f"worth-0 sentences cited {total['worth0_cited']}; points {total['points']} "
        f"({total['points'] / max(1, len(rows)):.1f} a briefing)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
