"""CPU time of the actor stage (reading mentions and finding actors) over many sources.

    python bench/actors_bench.py [--copies 4] [--runs 5] [--anchor SRC]

The records are the real articles of ../shared/eval (labelled and unlabelled, about 58),
read at run time and never copied into the repository, repeated `--copies` times (about 230
sources, 8,000 sentences at 4). Each run builds the mention reader and finds the actors once;
the fastest of `--runs` counts, in CPU seconds (time.process_time), so that other work on a
shared machine shows up less. `--anchor SRC` runs the same measure with the package found in
SRC (another checkout's `src`, e.g. main's from `git archive main | tar -x -C DIR`) in a
separate process, alternating with this tree's, and prints the ratio.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def measure(copies: int, runs: int) -> float:
    from briefsmith.engines.extractive.actors import find_actors
    from briefsmith.engines.extractive.mentions import Reader
    from briefsmith.engines.extractive.sentences import units_of
    from briefsmith.pipeline.condense import read_articles

    paths = sorted(glob.glob(str(EVAL / "labeled" / "**" / "article.txt"), recursive=True))
    paths += sorted(glob.glob(str(EVAL / "*" / "article.txt")))
    articles = read_articles([Path(p) for p in paths]) * copies
    units = units_of(articles)
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        find_actors(Reader(units), articles)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=4, help="times each article is repeated")
    ap.add_argument("--runs", type=int, default=5, help="runs per measure (the fastest counts)")
    ap.add_argument("--anchor", type=Path, help="another checkout's src folder, measured in turn")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child's single measure
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation articles at {EVAL}: nothing to measure")
        return 0
    if args.one:
        print(measure(args.copies, args.runs))
        return 0

    def child(src: Path | None) -> float:
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = str(src)
        cmd = [sys.executable, __file__, "--one", "--copies", str(args.copies), "--runs", str(args.runs)]
        return float(subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout)

    mine = child(None)
    print(f"this tree: {mine:.3f} s CPU (fastest of {args.runs}, {args.copies} copies of each article)")
    if args.anchor:
        theirs = child(args.anchor)
        mine = min(mine, child(None))  # alternate, then keep each side's best
        theirs = min(theirs, child(args.anchor))
        print(f"anchor:    {theirs:.3f} s CPU; ratio this/anchor {mine / theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
