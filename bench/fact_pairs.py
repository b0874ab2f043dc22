"""How well the fact matcher (engines/extractive/facts.py) pairs sentences of different
sources that tell one fact, measured on the labelled clusters.

    python bench/fact_pairs.py [--labelled DIR] [--show] [--json]

DIR (default: ../shared/eval/labeled next to the repository) holds cluster folders
(cluster-NAME/ with article folders and facts.json, see its GUIDE.md). The labels are read
at run time only. Each cluster's articles are read as Briefsmith reads them (with the
article's date from its labels, as score.py gives it) and the matcher is built over all
their sentences and the actors it finds in them, as the engine builds it for one brief.

- A labelled pair: two sentences of different articles that facts.json lists as mentions
  of one fact.
- A found pair: two sentences the matcher says tell one fact (`Facts.same`, which the
  engine's ledger uses to merge points).
- Recall: labelled pairs found / labelled pairs (of sentences the engine keeps as units).
- Precision: found pairs that are labelled / found pairs among sentences that are mentions
  of some labelled fact (a found pair with a sentence no fact names cannot be judged: the
  labels list only the facts two articles share, so it is reported apart as "unjudged").

--show prints the pairs missed and the pairs found wrongly (to the terminal only).
--curve prints recall and precision at other score thresholds than SAME: a change to the
scoring is better only if it moves this whole frontier, not one point of it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.facts import Facts
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records import read_article
from briefsmith.workspace.spec import BriefSpec

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LABELLED = REPO.parent / "shared" / "eval" / "labeled"


def norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def load(folder: Path, tmp: Path):
    """The article of one labelled folder (dated as its labels say) and its sentence texts by n."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    sentences = json.loads((folder / "sentences.json").read_text(encoding="utf-8"))["sentences"]
    path = folder / "article.txt"
    date = labels.get("date")
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        path = tmp / f"{folder.name}.md"
        path.write_text(f"---\ntitle: {json.dumps(head.strip())}\npublished: {date}\n---\n\n{body}", encoding="utf-8")
    return read_article(path, source_id=folder.name), {s["n"]: norm(s["text"]) for s in sentences}


CURVE = (0.2, 0.25, 0.3, 0.35, 0.4)


def measure(cluster: Path, show: bool) -> dict[str, int]:
    folders = [
        cluster / x for x in sorted(p.name for p in cluster.iterdir()) if (cluster / x / "labels.json").is_file()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        loaded = [load(f, Path(tmp)) for f in folders]
    articles = [a for a, _ in loaded]
    units = units_of(articles)
    where: dict[tuple[str, int], int] = {}  # (article id, labelled n) -> unit
    for i, u in enumerate(units):
        texts = loaded[u.doc][1]
        t = norm(u.sentence.text)
        n = next((n for n, s in texts.items() if s == t), None)
        n = n if n is not None else next((n for n, s in texts.items() if t in s or s in t), None)
        if n is not None:
            where.setdefault((u.article.id, n), i)
    facts_json = json.loads((cluster / "facts.json").read_text(encoding="utf-8"))
    gold: dict[frozenset[int], str] = {}
    mentioned: set[int] = set()
    lost = 0
    for fact in facts_json:
        ms = [where.get((m["article"], m["n"])) for m in fact.get("mentions", [])]
        lost += sum(m is None for m in ms)
        ms = [m for m in ms if m is not None]
        mentioned.update(ms)
        for a, b in combinations(sorted(set(ms)), 2):
            if units[a].doc != units[b].doc:
                gold.setdefault(frozenset((a, b)), fact["fact"])
    # The actors the engine finds in these sources: their linked names are one anchor each.
    spec = BriefSpec.model_validate({"title": cluster.name, "sources": [f"{a.id}.txt" for a in articles]})
    actors = [a for a, _ in Composer(articles, spec).ranked]
    started = time.process_time()
    facts = Facts(units, actors)
    found = {frozenset((i, j)) for i in range(len(units)) for j in facts.candidates(i) if i < j and facts.same(i, j)}
    cpu = time.process_time() - started
    judged = {p for p in found if p <= mentioned}
    pairs = {frozenset((i, j)) for i in range(len(units)) for j in facts.candidates(i) if i < j}
    scored = [(facts.score(*sorted(p)), p in gold, p <= mentioned) for p in pairs]
    curve = {}
    for t in CURVE:
        curve[f"hits@{t}"] = sum(g for s, g, _ in scored if s >= t)
        curve[f"judged@{t}"] = sum(m for s, _, m in scored if s >= t)
    hits = found & set(gold)
    if show:
        print(f"=== {cluster.name}")
        for p in sorted(set(gold) - found, key=sorted):
            a, b = sorted(p)
            print(f"  MISSED {facts.score(a, b):.2f} [{gold[p][:70]}]")
            print(f"    {units[a].text[:150]}\n    {units[b].text[:150]}")
        for p in sorted(judged - set(gold), key=sorted):
            a, b = sorted(p)
            print(f"  WRONG {facts.score(a, b):.2f}\n    {units[a].text[:150]}\n    {units[b].text[:150]}")
    return {
        "units": len(units),
        "labelled": len(gold),
        "found": len(found),
        "judged": len(judged),
        "hits": len(hits),
        "lost": lost,
        "ms": round(cpu * 1000),
        **curve,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--curve", action="store_true")
    args = ap.parse_args()
    clusters = sorted(p for p in args.labelled.glob("cluster-*") if (p / "facts.json").is_file())
    if not clusters:
        print(f"no labelled clusters under {args.labelled}: nothing to measure")
        return 0
    rows = {c.name: measure(c, args.show) for c in clusters}
    total = {k: sum(r[k] for r in rows.values()) for k in next(iter(rows.values()))}
    rows["total"] = total
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    head = ("units", "labelled", "found", "right", "recall", "precision", "unjudged")
    print(f"{'cluster':18} " + " ".join(f"{h:>{w}}" for h, w in zip(head, (5, 8, 5, 5, 7, 9, 8), strict=True)))
    for name, r in rows.items():
        recall = r["hits"] / r["labelled"] if r["labelled"] else 0.0
        precision = r["hits"] / r["judged"] if r["judged"] else 0.0
        print(
            f"{name:18} {r['units']:5} {r['labelled']:8} {r['judged']:5} {r['hits']:5} {recall:7.1%} {precision:9.1%}"
            f" {r['found'] - r['judged']:8}"
        )
    if args.curve:
        for t in CURVE:
            hits, judged = total[f"hits@{t}"], total[f"judged@{t}"]
            print(f"score >= {t:.2f}: recall {hits / total['labelled']:6.1%}  precision {hits / max(1, judged):6.1%}")
    if total["lost"]:
        print(f"({total['lost']} labelled mentions are sentences the engine does not keep as units)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
