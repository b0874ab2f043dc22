"""How well the extractive engine condenses articles nobody here wrote.

    python bench/condense_eval.py [--eval DIR] [--json] [--no-timing]

For every folder of DIR (default: ../shared/eval next to the repository) holding
`article.txt` and `summary.txt` (one reference sentence a line), the engine condenses
the article with a default brief; the briefing cites k distinct sentences (summary
and every section, key-actor and question lines included). Two baselines get the
same k: lead-k (the first k sentences) and TextRank-k (PageRank over sentence
overlap, Mihalcea & Tarau 2004). Reported, per article and averaged:

- extractive references (BBC): recall = share of reference sentences matched by a
  chosen sentence, where "matched" is equality after normalising case, spaces and
  quote marks, or containment either way, or word-set Jaccard >= 0.7 (sentence
  splitters disagree at the edges);
- abstractive references (CNN highlights): ROUGE-1 and ROUGE-2 recall (clipped
  unigram and bigram counts of the highlights found in the chosen sentences,
  lower-cased words, no stemming, no stopword removal).

Timing: condensing the seed (first call after import, and median of 20), and
articles of 0.25, 0.5 and 1 MB built from the evaluation texts (read time apart).
Nothing here is copied into the repository: the texts are read at run time.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.model import Article, Briefing
from briefsmith.records import read_article
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval"
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def read_record(path: Path) -> Article:
    """A record, through the product's own reader; a file of a single line (the CNN texts
    lost their title upstream) is all body, its title its first words."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    if sum(1 for ln in lines if ln) >= 2:
        return read_article(path)  # the product's own reader
    body = "\n".join(lines)
    title = " ".join(body.split()[:12])
    blocks = re.split(r"\n\s*\n", body) if "\n\n" in body else body.split("\n")
    return make_article(id=path.parent.name, title=title, paragraphs=blocks)


def cited_sentences(briefing: Briefing, article: Article) -> list[int]:
    numbers = set()
    points = [*briefing.summary, *(p for s in briefing.sections for p in s.points)]
    for cite in (c for p in points for c in p.citations):
        if cite.source == article.id and cite.sentence is not None:
            numbers.add(cite.sentence)
    return sorted(numbers)


def textrank(article: Article, k: int) -> list[int]:
    sents = [set(words(s.text)) for s in article.sentences]
    n = len(sents)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            denom = math.log(len(sents[i]) + 1) + math.log(len(sents[j]) + 1)
            w = len(sents[i] & sents[j]) / denom if denom else 0.0
            weights[i][j] = weights[j][i] = w
    out = [sum(row) for row in weights]
    rank = [1.0] * n
    for _ in range(50):
        rank = [0.15 + 0.85 * sum(weights[j][i] / out[j] * rank[j] for j in range(n) if out[j]) for i in range(n)]
    best = sorted(range(n), key=lambda i: (-rank[i], i))[:k]
    return sorted(i + 1 for i in best)


def _norm(text: str) -> str:
    return " ".join(words(text))


def extractive_recall(refs: list[str], chosen: list[str]) -> float:
    cands = [_norm(c) for c in chosen]
    hit = 0
    for ref in refs:
        r = _norm(ref)
        rs = set(r.split())
        for c in cands:
            cs = set(c.split())
            if (
                r == c
                or (r and r in c)
                or (c and c in r and len(c) > 0.5 * len(r))
                or (rs and len(rs & cs) / len(rs | cs) >= 0.7)
            ):
                hit += 1
                break
    return hit / len(refs) if refs else 0.0


def rouge_recall(refs: list[str], chosen: list[str], n: int) -> float:
    def grams(text: str) -> Counter[tuple[str, ...]]:
        w = words(text)
        return Counter(tuple(w[i : i + n]) for i in range(len(w) - n + 1))

    ref, got = grams(" ".join(refs)), grams(" ".join(chosen))
    total = sum(ref.values())
    return sum(min(c, got[g]) for g, c in ref.items()) / total if total else 0.0


def evaluate(folder: Path, engine: ExtractiveEngine) -> dict:
    article = read_record(folder / "article.txt")
    refs = [ln.strip() for ln in (folder / "summary.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    briefing = engine.condense([article], BriefSpec(title=article.title or "Briefing", sources=("article.txt",)))
    ours = cited_sentences(briefing, article)
    k = len(ours)
    systems = {
        "extractive": ours,
        "lead": list(range(1, min(k, len(article.sentences)) + 1)),
        "textrank": textrank(article, k),
    }
    kind = "bbc" if folder.name.startswith("bbc") else "cnn"
    row = {"id": folder.name, "kind": kind, "sentences": len(article.sentences), "refs": len(refs), "k": k}
    for name, numbers in systems.items():
        chosen = [article.sentence(i).text for i in numbers]
        if kind == "bbc":
            row[name] = extractive_recall(refs, chosen)
        else:
            row[name] = rouge_recall(refs, chosen, 1)
            row[name + "_r2"] = rouge_recall(refs, chosen, 2)
    return row


def seed_article() -> Article:
    return read_article(SEED)


def timing(eval_dir: Path | None) -> dict:
    engine = ExtractiveEngine()
    spec = BriefSpec(title="Russia and the Taliban", sources=("seeds/moscow-times-russia-taliban.txt",))
    seed = seed_article()
    t = time.perf_counter()
    engine.condense([seed], spec)
    first = (time.perf_counter() - t) * 1000
    runs, cpu = [], []
    for _ in range(20):
        t, c = time.perf_counter(), time.process_time()
        engine.condense([seed], spec)
        runs.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    # CPU time as well as wall time: on a shared machine the wall clock also counts
    # other processes' turns.
    out = {
        "seed_first_ms": round(first, 1),
        "seed_median_ms": round(statistics.median(runs), 1),
        "seed_median_cpu_ms": round(statistics.median(cpu), 1),
    }
    paras = list(seed.paragraphs)
    if eval_dir:
        for f in sorted(eval_dir.glob("*/article.txt")):
            paras += list(read_record(f).paragraphs)
    pool = "\n\n".join(paras)
    for mb in (0.25, 0.5, 1.0):
        text = (pool + "\n\n") * (int(mb * 1_000_000 / len(pool)) + 1)
        text = text[: int(mb * 1_000_000)].rsplit("\n\n", 1)[0]
        t = time.perf_counter()
        big = make_article(id="big", title="Big", paragraphs=text.split("\n\n"))
        read = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        engine.condense([big], spec)
        out[f"{mb}MB"] = {
            "condense_s": round(time.perf_counter() - t, 2),
            "condense_cpu_s": round(time.process_time() - c, 2),
            "read_s": round(read, 2),
            "sentences": len(big.sentences),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of evaluation articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-timing", action="store_true", help="skip the speed measurements")
    args = ap.parse_args(argv)
    engine = ExtractiveEngine()
    rows = []
    if args.eval.is_dir():
        rows = [
            evaluate(d, engine)
            for d in sorted(args.eval.iterdir())
            if (d / "article.txt").is_file() and (d / "summary.txt").is_file()
        ]
    else:
        print(f"no evaluation folder at {args.eval}: recall skipped", file=sys.stderr)
    report = {"articles": rows, "totals": totals(rows)}
    if not args.no_timing:
        report["timing"] = timing(args.eval if args.eval.is_dir() else None)
    print(json.dumps(report, indent=1) if args.json else render(report))
    return 0


def totals(rows: list[dict]) -> dict:
    out = {}
    for kind, keys in (
        ("bbc", ("extractive", "lead", "textrank")),
        ("cnn", ("extractive", "lead", "textrank", "extractive_r2", "lead_r2", "textrank_r2")),
    ):
        some = [r for r in rows if r["kind"] == kind]
        if some:
            out[kind] = {k: round(statistics.mean(r[k] for r in some), 3) for k in keys}
            out[kind]["articles"] = len(some)
            out[kind]["vs_lead"] = round(out[kind]["extractive"] / out[kind]["lead"], 2) if out[kind]["lead"] else None
    return out


def render(report: dict) -> str:
    lines = [f"{'article':22} {'sents':>5} {'refs':>4} {'k':>3}  {'ours':>6} {'lead-k':>6} {'textrank':>8}"]
    for r in report["articles"]:
        extra = ""
        if r["kind"] == "cnn":
            extra = f"   R2 {r['extractive_r2']:.2f}/{r['lead_r2']:.2f}/{r['textrank_r2']:.2f}"
        lines.append(
            f"{r['id']:22} {r['sentences']:5} {r['refs']:4} {r['k']:3}  {r['extractive']:6.2f} "
            f"{r['lead']:6.2f} {r['textrank']:8.2f}{extra}"
        )
    for kind, t in report["totals"].items():
        what = "sentence recall" if kind == "bbc" else "ROUGE-1 recall (R2 in brackets)"
        r2 = f" [{t['extractive_r2']:.3f} / {t['lead_r2']:.3f} / {t['textrank_r2']:.3f}]" if kind == "cnn" else ""
        lines.append(
            f"{kind.upper()} ({t['articles']} articles), {what}: ours {t['extractive']:.3f}, "
            f"lead-k {t['lead']:.3f}, TextRank-k {t['textrank']:.3f}{r2}; ours / lead-k = {t['vs_lead']}"
        )
    if "timing" in report:
        tm = report["timing"]
        lines.append(
            f"seed: first condense after import {tm['seed_first_ms']} ms, "
            f"median of 20 {tm['seed_median_ms']} ms (CPU {tm['seed_median_cpu_ms']} ms)"
        )
        for mb in ("0.25MB", "0.5MB", "1.0MB"):
            x = tm[mb]
            lines.append(
                f"{mb}: condense {x['condense_s']} s, CPU {x['condense_cpu_s']} s ({x['sentences']} "
                f"sentences; reading it took {x['read_s']} s)"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
