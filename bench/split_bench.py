"""Sentence splitters that keep character offsets: right, fast and linear? (issue 17)

    python bench/split_bench.py [--mb 1.0]

Compared, where installed (only syntok is a dependency; `pip install blingfire nupunkt
pysbd` for the others):

- briefsmith: `briefsmith.text.split_sentences` as it is (sure splits found by a regular
  expression, syntok for the rest, then the abbreviation and title joins);
- syntok only: the same with every paragraph given whole to syntok (what it did before);
- blingfire (`text_to_sentences_and_offsets`), nupunkt (`sent_spans`), pysbd (`char_span`).

Right: the labelled articles of ../shared/eval/labeled, whose `sentences.json` holds the
sentences exactly as Briefsmith's reader split them when they were labelled; a splitter
scores the share of those sentences (paragraph and text) it gives back exactly.
Fast: MB/s (CPU) over about --mb MB of paragraphs (distinct records derived as in
scale_bench.py). Linear: one paragraph of 25, 50 and 100 KB (sentences of real articles
joined), seconds and the growth exponent. Article text is read at run time only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_bench  # noqa: E402 - the records are derived as that bench derives them

from briefsmith import text  # noqa: E402
from briefsmith.records import read_article  # noqa: E402

Spans = Callable[[str], list[tuple[int, int]]]
LABELLED = scale_bench.EVAL / "labeled"


def syntok_only(paragraph: str) -> list[tuple[int, int]]:
    sure, text._sure_cuts = text._sure_cuts, lambda p: []  # every paragraph whole to syntok
    try:
        return text.split_sentences(paragraph)
    finally:
        text._sure_cuts = sure


def splitters() -> dict[str, Spans]:
    found: dict[str, Spans] = {"briefsmith": text.split_sentences, "syntok only": syntok_only}
    try:
        import blingfire

        found["blingfire"] = lambda p: list(blingfire.text_to_sentences_and_offsets(p)[1]) if p else []
    except ImportError:
        pass
    try:
        import nupunkt

        found["nupunkt"] = nupunkt.sent_spans
    except ImportError:
        pass
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = lambda p: [(s.start, s.end) for s in seg.segment(p)]
    except ImportError:
        pass
    return found


def trimmed(paragraph: str, spans: list[tuple[int, int]]) -> list[str]:
    return [paragraph[s:e].strip() for s, e in spans if paragraph[s:e].strip()]


def agreement(split: Spans) -> tuple[int, int]:
    """Sentences of sentences.json given back exactly, and how many there are."""
    same = total = 0
    for path in sorted(LABELLED.rglob("sentences.json")):
        want = {(s["paragraph"], s["text"]) for s in json.loads(path.read_text(encoding="utf-8"))["sentences"]}
        article = read_article(path.parent / "article.txt")  # the reader's paragraphs
        got = {(i, s) for i, p in enumerate(article.paragraphs, start=1) for s in trimmed(p, split(p))}
        same += len(want & got)
        total += len(want)
    return same, total


def cpu(split: Spans, paragraphs: list[str]) -> float:
    start = time.process_time()
    for p in paragraphs:
        split(p)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    pool = scale_bench.real_articles()
    with tempfile.TemporaryDirectory() as tmp:
        paths = scale_bench.derive(int(args.mb * 260), Path(tmp), pool)
        paragraphs = [p for path in paths for p in json.loads((Path(tmp) / path).read_text())["paragraphs"]]
    size = sum(len(p.encode()) for p in paragraphs) / 1e6
    sentences = [s for _, ss in pool for s in ss]
    print(f"{size:.2f} MB in {len(paragraphs)} paragraphs; load {scale_bench.load()}")
    print("| splitter | labelled sentences given back | MB/s (CPU) | 25 / 50 / 100 KB paragraph, s | exponent |")
    print("| --- | --- | --- | --- | --- |")
    for name, split in splitters().items():
        same, total = agreement(split)
        speed = size / max(cpu(split, paragraphs), 1e-9)
        sizes = (25_000, 50_000, 100_000) if name != "pysbd" else (5_000, 10_000, 20_000)
        times = []
        for kb in sizes:
            long, i = "", 0
            while len(long) < kb:
                long += sentences[i % len(sentences)] + " "
                i += 1
            times.append(cpu(split, [long.strip()]))
        grow = math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0]) if times[0] > 0 else float("nan")
        label = " / ".join(f"{t:.2f}" for t in times) + (" (5 / 10 / 20 KB)" if name == "pysbd" else "")
        print(f"| {name} | {same}/{total} ({same / total:.1%}) | {speed:.2f} | {label} | {grow:.2f} |", flush=True)
    print(f"load {scale_bench.load()}")


if __name__ == "__main__":
    main()
