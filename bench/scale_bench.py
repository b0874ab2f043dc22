"""How a brief's cost grows with its sources, and a batch's with its briefs (issue 17).

    python bench/scale_bench.py [--sizes 10,50,100,200,500,1000] [--runs 1] [--anchor SRC] [--profile] [--stages]
    python bench/scale_bench.py --briefs 1,10,100,500 [--jobs 2]
    python bench/scale_bench.py --shards 4 --briefs 200

Sources curve: for each size n, one brief over n distinct records is built as
`briefsmith build -f json --force -q` in a fresh process; reported are wall seconds,
CPU seconds, the process's peak RSS and the growth exponent between sizes (the slope of
log time over log n), plus the fit from 100 to the largest size, of wall and of CPU time.
The machine is shared: wall time there depends on what else runs, CPU time much less, so
read the CPU columns for growth and the ratio to an anchor for speed. `--anchor SRC` runs
the same builds with the package found in SRC (another checkout's `src`, e.g. main's, from
`git archive main | tar -x -C DIR`) right after each of this tree's, and gives the ratio.
Sizes above the spec's cap (workspace/spec.py MAX_SOURCES) are built by a copy of each
package in the temporary folder with only that number raised, and the bench says so.
`--profile` also runs each size under cProfile, timed by CPU time (time.process_time, so
other processes on the machine do not show up as growth), and lists per function its own
time at each size and its growth exponent between the two largest sizes: a quadratic step
shows an exponent near 2. cProfile's overhead per call inflates call-heavy code, so its
seconds rank functions but are not the seconds of a normal run.

Briefs curve: n briefs of 3 records each, built with `--jobs J` in one command; wall
seconds, seconds per brief, and the peak RSS of each process of the run (the parent and
every worker, sampled from /proc every 20 ms).

Shards curve: briefs of 1 to 24 records (brief i has 1 + 7i mod 24), split `--shard I/N`
(by size, workspace/briefs.py), each shard built in turn: its briefs, its bytes, wall and
CPU seconds (CPU max/min shows how evenly the shards share the work).

Where the records come from: the real articles of ../shared/eval (the 12 BBC, 3 CNN
stories only there, and the 43 labelled CNN stories: 58 distinct articles), read at run
time, never copied into the repository. A thousand distinct records are derived from them
in a temporary folder, deleted afterwards: record k takes its sentences from three real
articles (a window of about 14 sentences of article A = k mod 58, then about 6 of article
B, then the rest of A's window, then about 6 of article C; B follows from k so that every
(A, B) pair is used once, C is drawn with a seeded random generator), grouped into
paragraphs of 1-4 sentences, so about 3.5 KB each, like a news story. Sentences are cut
from the texts with a fixed regular expression (not Briefsmith's splitter, so the records
do not change when the splitter does). Its title is "TITLE-A: TITLE-B", its publisher one of
twelve invented outlets, its date 2015-01-01 plus 37k days modulo two years. The records
are JSON (`title`, `publisher`, `published`, `url`, `paragraphs`). Every record's text
is distinct (checked); sentences do recur across records, as wire copy does across outlets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
BRIEFSMITH = [sys.executable, "-m", "briefsmith"]
# cProfile timed by CPU time, around `python -m briefsmith ARGS` (argv: OUT, ARGS...).
PROFILED = (
    "import cProfile, runpy, sys, time\n"
    "out, sys.argv = sys.argv[1], ['briefsmith', *sys.argv[2:]]\n"
    "prof = cProfile.Profile(time.process_time)\n"
    "prof.enable()\n"
    "try:\n"
    "    runpy.run_module('briefsmith', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "prof.disable()\n"
    "prof.dump_stats(out)\n"
)
# CPU seconds of condensing's stages, one brief (argv: SPEC): reading, and each step the
# Composer takes (timed by wrapping the names compose.py calls), the rest as "other".
STAGES = """
import json, sys, time
from pathlib import Path
from briefsmith.engines import extractive
from briefsmith.engines.extractive import compose
from briefsmith.records import read_article
from briefsmith.workspace.spec import BriefSpec
spent = {}
def timed(owner, name, label):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start
    setattr(owner, name, wrapper)
for name in ("units_of", "Scores", "Facts", "Reader", "evidence_of", "Sorter", "find_actors", "Editor"):
    timed(compose, name, name)
timed(compose.Recurring, "question_for", "question_for (in _questions)")
timed(compose.Composer, "compose", "Composer.compose")
timed(compose.Composer, "_questions", "Composer._questions (with the standing fixes it reads)")
spec = BriefSpec.model_validate(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
start = time.process_time()
articles = [read_article(Path(s)) for s in spec.sources]
read = time.process_time() - start
start = time.process_time()
extractive.ExtractiveEngine().condense(articles, spec)
total = time.process_time() - start
spent["other (classifier, pins, ...)"] = total - sum(v for k, v in spent.items() if "(in " not in k)
print(f"{read:.2f} reading and splitting the records")
for label, cpu in sorted(spent.items(), key=lambda kv: -kv[1]):
    print(f"{cpu:.2f} {label}")
print(f"{total:.2f} condensing in all")
"""
CAP = re.compile(r"^MAX_SOURCES = \d+$", re.MULTILINE)
PUBLISHERS = (
    "The Morning Ledger", "Evening Courier", "Harbour Gazette", "Capital Wire", "Northern Star",
    "The Daily Compass", "Metro Bulletin", "Coastal Times", "The Observer Post", "Valley Herald",
    "Global Dispatch", "The Weekly Record",
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


_ABBREVIATED = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.?$"
)


def real_articles() -> list[tuple[str, list[str]]]:
    """(title, sentences) of every distinct real article under ../shared/eval (or --eval)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(EVAL.rglob("article.txt")):
        key = path.parent.name.split("-", 1)[-1]  # cnndm-X and labeled/cnn-X are one story
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        if len([ln for ln in lines if ln]) >= 2:
            title, body = lines[0], " ".join(ln for ln in lines[1:] if ln)
        else:
            summary = path.parent / "summary.txt"
            title = summary.read_text(encoding="utf-8").splitlines()[0].strip(" .") if summary.exists() else ""
            body = " ".join(lines)
        sentences: list[str] = []
        for piece in _SENTENCE_END.split(body):
            if sentences and _ABBREVIATED.search(sentences[-1]):
                sentences[-1] += " " + piece  # "the U.S. | Embassy": not a sentence end
            else:
                sentences.append(piece)
        sentences = [s for s in sentences if len(s.split()) >= 3]
        if len(sentences) >= 8 and (key not in found or path.parent.parent.name != "eval"):
            found[key] = (title or sentences[0][:80], sentences)
    return [found[k] for k in sorted(found)]


def _window(rng: random.Random, sentences: list[str], size: int) -> list[str]:
    start = rng.randrange(max(1, len(sentences) - size + 1))
    return sentences[start : start + size]


def derive(n: int, folder: Path, pool: list[tuple[str, list[str]]]) -> list[str]:
    """Write n distinct JSON records into folder/seeds; their paths relative to folder."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    p, seen, paths = len(pool), set(), []
    for k in range(n):
        rng = random.Random(k)  # noqa: S311 - a reproducible derivation, not a secret
        a = k % p
        b = (a + 1 + (k // p) % (p - 1)) % p
        c = rng.choice([i for i in range(p) if i not in (a, b)])
        main = _window(rng, pool[a][1], 14)
        half = len(main) // 2
        sentences = main[:half] + _window(rng, pool[b][1], 6) + main[half:] + _window(rng, pool[c][1], 6)
        paragraphs, i = [], 0
        while i < len(sentences):
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(sentences[i : i + step]))
            i += step
        digest = hashlib.sha256("\n".join(paragraphs).encode()).hexdigest()
        if digest in seen:
            raise SystemExit(f"record {k} repeats an earlier one: change the derivation")
        seen.add(digest)
        publisher = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
        record = {
            "title": f"{pool[a][0]}: {pool[b][0]}",
            "publisher": publisher,
            "published": (dt.date(2015, 1, 1) + dt.timedelta(days=(37 * k) % 730)).isoformat(),
            "url": f"https://example.org/{publisher.lower().replace(' ', '-')}/{k}",
            "paragraphs": paragraphs,
        }
        name = f"seeds/r{k:04d}.json"
        (folder / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        paths.append(name)
    return paths


def run(cmd: list[str], cwd: Path, src: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one command, in its own process
    (with the package imported from `src` when given)."""
    env = {**os.environ, "PYTHONPATH": str(src)} if src else None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def exponent(n1: float, t1: float, n2: float, t2: float) -> float:
    return math.log(t2 / t1) / math.log(n2 / n1) if t1 > 0 and t2 > 0 and n2 != n1 else float("nan")


def fit(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log t over log n."""
    xs, ys = [math.log(n) for n, _ in points], [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def brief(folder: Path, name: str, sources: list[str]) -> Path:
    (folder / "briefs").mkdir(exist_ok=True)
    path = folder / "briefs" / f"{name}.yaml"
    path.write_text(json.dumps({"title": f"Scale {name}", "sources": sources}), encoding="utf-8")
    return path


def uncapped(src: Path, into: Path, sources: int) -> Path:
    """A copy of the package under `src` whose spec takes `sources` sources (nothing else
    changed), for sizes above the cap; `src` itself when the cap allows them."""
    spec = src / "briefsmith" / "workspace" / "spec.py"
    cap = int(CAP.search(spec.read_text(encoding="utf-8")).group(0).split()[-1])  # type: ignore[union-attr]
    if sources <= cap:
        return src
    shutil.copytree(src / "briefsmith", into / "briefsmith", ignore=shutil.ignore_patterns("__pycache__"))
    copy = into / "briefsmith" / "workspace" / "spec.py"
    copy.write_text(CAP.sub(f"MAX_SOURCES = {sources}", copy.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"sizes above the cap of {cap} are built by a copy of {src} with the cap raised")
    return into


def sources_curve(sizes: list[int], runs: int, profile: bool, top: int, anchor: Path | None, stages: bool) -> None:
    pool = real_articles()
    root = Path(tempfile.mkdtemp(prefix="bs-scale-"))
    try:
        paths = derive(max(sizes), root, pool)
        size_kb = sum((root / p).stat().st_size for p in paths) / 1024
        print(f"{len(pool)} real articles; {max(sizes)} derived records, {size_kb:.0f} KB; load {load()}")
        srcs = {"this tree": uncapped(REPO / "src", root / "src", max(sizes))}
        if anchor:
            srcs["anchor"] = uncapped(anchor, root / "anchor", max(sizes))
        cols = " | ".join(f"{k}: wall s | CPU s | peak RSS MB" for k in srcs)
        ratio = " | CPU ratio to anchor" if anchor else ""
        print(f"| sources | {cols} | CPU exponent (from previous){ratio} |")
        print("| --- " * (2 + 3 * len(srcs) + bool(anchor)) + "|")
        done: dict[str, list[tuple[int, float, float]]] = {k: [] for k in srcs}
        for n in sizes:
            spec = brief(root, f"s{n}", paths[:n])
            cmd = [*BRIEFSMITH, "build", str(spec), "-f", "json", "--force", "-q", "-o", "out"]
            tries: dict[str, list[tuple[float, float, float]]] = {k: [] for k in srcs}
            for _ in range(runs):  # alternating, so both see the same load
                for k, src in srcs.items():
                    tries[k].append(run(cmd, root, src))
            best = {k: min(t, key=lambda r: r[1]) for k, t in tries.items()}
            cells = " | ".join(f"{b[0]:.2f} | {b[1]:.2f} | {b[2]:.0f}" for b in best.values())
            mine = done["this tree"]
            step = f"{exponent(mine[-1][0], mine[-1][2], n, best['this tree'][1]):.2f}" if mine else ""
            for k, b in best.items():
                done[k].append((n, b[0], b[1]))
            tail = f" | {best['this tree'][1] / best['anchor'][1]:.2f}" if anchor else ""
            print(f"| {n} | {cells} | {step}{tail} |", flush=True)
        for k, got in done.items():
            big = [(n, w, c) for n, w, c in got if n >= 100]
            if len(big) >= 2:
                wall, cpu = fit([(n, w) for n, w, _ in big]), fit([(n, c) for n, _, c in big])
                print(f"{k}: growth fit from 100 to {big[-1][0]}: wall n^{wall:.2f}, CPU n^{cpu:.2f}")
        print(f"load {load()}")
        if stages:
            out = subprocess.run(
                [sys.executable, "-c", STAGES, str(root / "briefs" / f"s{max(sizes)}.yaml")],
                cwd=root, env={**os.environ, "PYTHONPATH": str(srcs["this tree"])},
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            print(f"\nCPU seconds by stage at {max(sizes)} sources:\n{out}")
        if profile:
            profiles(root, sizes, top, srcs["this tree"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


def profiles(root: Path, sizes: list[int], top: int, src: Path) -> None:
    """Own CPU time per function at each size, and its growth exponent between the two largest."""
    own: dict[str, dict[int, float]] = {}
    for n in sizes:
        out = root / f"p{n}.prof"
        spec = root / "briefs" / f"s{n}.yaml"
        cmd = [sys.executable, "-c", PROFILED, str(out)]
        run([*cmd, "build", str(spec), "-f", "json", "--force", "-q", "-o", "out"], root, src)
        stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
        for (file, line, func), (_, _, tottime, _, _) in stats.items():
            name = f"{Path(file).parent.name}/{Path(file).name}:{line} {func}"
            own.setdefault(name, {})[n] = tottime
    big, prev = sizes[-1], sizes[-2] if len(sizes) > 1 else sizes[-1]
    ranked = sorted(own.items(), key=lambda kv: -kv[1].get(big, 0.0))[:top]
    print(f"\nown CPU time (s) per function under cProfile, top {top} at {big} sources:")
    print("| function | " + " | ".join(str(n) for n in sizes) + f" | exponent {prev}→{big} |")
    print("| --- | " + " | ".join("---" for _ in sizes) + " | --- |")
    for name, by in ranked:
        cells = " | ".join(f"{by.get(n, 0.0):.2f}" for n in sizes)
        print(f"| {name} | {cells} | {exponent(prev, by.get(prev, 0), big, by.get(big, 0)):.2f} |")


def tree_rss(pid: int) -> dict[int, float]:
    """RSS (MB) of a process and all its descendants, from /proc."""
    out: dict[int, float] = {}
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            out[p] = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS")) / 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return out


def sampled(cmd: list[str], cwd: Path) -> tuple[float, list[tuple[float, float, float]]]:
    """Wall seconds, and samples every 20 ms of (seconds, RSS MB of the command's own process,
    largest RSS MB of any process under it: the workers)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, float, float]] = []
    while proc.poll() is None:
        rss = tree_rss(proc.pid)
        own = rss.pop(proc.pid, 0.0)
        samples.append((time.perf_counter() - start, own, max(rss.values(), default=0.0)))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.read().decode()[-2000:]}")
    return wall, samples


def briefs_workspace(n: int, root: Path, pool: list[tuple[str, list[str]]], varied: bool = False) -> None:
    """n briefs of 3 records each, or (`varied`) of 1 to 24 records (brief i: 1 + 7i mod 24)."""
    sizes = [1 + (7 * i) % 24 if varied else 3 for i in range(n)]
    paths = derive(max(3, max(sizes, default=3), n), root, pool)
    for i, size in enumerate(sizes):
        brief(root, f"b{i:04d}", [paths[(i + k) % len(paths)] for k in range(size)])


def briefs_curve(counts: list[int], jobs: int, formats: str) -> None:
    """Flat memory: a worker's RSS in the first and the last tenth of the run."""
    pool = real_articles()
    print(f"load {load()}")
    print(
        f"| briefs (--jobs {jobs}, -f {formats}) | wall s | s per brief | parent peak RSS MB | "
        "worker RSS MB, first tenth → last tenth of the run |"
    )
    print("| --- | --- | --- | --- | --- |")
    for n in counts:
        root = Path(tempfile.mkdtemp(prefix="bs-briefs-"))
        try:
            briefs_workspace(n, root, pool)
            cmd = [*BRIEFSMITH, "build", "-f", formats, "--force", "-q", "--jobs", str(jobs), "-o", "out"]
            wall, samples = sampled(cmd, root)
            parent = max((s[1] for s in samples), default=0.0)
            workers = [(t, w) for t, _, w in samples if w > 0]
            if workers:
                span = workers[-1][0] - workers[0][0]
                early = max(w for t, w in workers if t <= workers[0][0] + span / 10)
                late = max(w for t, w in workers if t >= workers[-1][0] - span / 10)
                spread = f"{early:.0f} → {late:.0f}"
            else:
                spread = "- (one process)"
            print(f"| {n} | {wall:.1f} | {wall / n:.3f} | {parent:.0f} | {spread} |", flush=True)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    print(f"load {load()}")


def shards_curve(count: int, shards: int, formats: str) -> None:
    """Briefs of 1 to 24 records split `--shard I/N` (by size: workspace/briefs.py), each
    shard built in turn: its briefs, its share of the records' bytes, wall and CPU seconds."""
    pool = real_articles()
    root = Path(tempfile.mkdtemp(prefix="bs-shards-"))
    try:
        briefs_workspace(count, root, pool, varied=True)
        help_text = subprocess.run([*BRIEFSMITH, "build", "--help"], capture_output=True, text=True).stdout
        if "--shard" not in help_text:
            print("build has no --shard here")
            return
        sys.path.insert(0, str(REPO / "src"))
        from briefsmith.workspace.briefs import brief_size, select_shard

        specs = sorted((root / "briefs").glob("*.yaml"))
        print(f"load {load()}")
        print(f"| shard of {count} briefs (1-24 records each) | briefs | KB | wall s | CPU s |")
        print("| --- | --- | --- | --- | --- |")
        cpus = []
        for i in range(1, shards + 1):
            mine = select_shard(specs, i, shards, root)
            kb = sum(brief_size(s, root) for s in mine) / 1024
            cmd = [*BRIEFSMITH, "build", "-f", formats, "--force", "-q", "--shard", f"{i}/{shards}", "-o", f"out{i}"]
            wall, cpu, _ = run(cmd, root)
            cpus.append(cpu)
            print(f"| {i}/{shards} | {len(mine)} | {kb:.0f} | {wall:.1f} | {cpu:.1f} |", flush=True)
        print(f"CPU max/min {max(cpus) / min(cpus):.2f}; load {load()}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    global EVAL  # noqa: PLW0603 - one folder for the whole run, as the default is
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10,50,100,200,500,1000", help="source counts, comma-separated ('' to skip)")
    ap.add_argument("--runs", type=int, default=1, help="runs per size (the fastest counts)")
    ap.add_argument("--profile", action="store_true", help="also profile every size (cProfile, CPU time)")
    ap.add_argument("--anchor", type=Path, help="another checkout's src folder, run side by side")
    ap.add_argument("--stages", action="store_true", help="also CPU seconds per condensing stage, largest size")
    ap.add_argument("--top", type=int, default=25, help="functions listed by --profile")
    ap.add_argument("--briefs", default="", help="brief counts for the batch curve, e.g. 1,10,100,500")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--format", default="json", help="formats of the batch and shard runs")
    ap.add_argument("--shards", type=int, default=0, help="split the largest --briefs count into this many shards")
    ap.add_argument("--eval", type=Path, default=EVAL, help="the evaluation folder (default: ../shared/eval)")
    args = ap.parse_args()
    EVAL = args.eval
    if not EVAL.is_dir():
        raise SystemExit(f"{EVAL} is absent: this bench needs the real articles of ../shared/eval")
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if args.sizes:
        sizes = [int(x) for x in args.sizes.split(",")]
        sources_curve(sizes, args.runs, args.profile, args.top, args.anchor, args.stages)
    counts = [int(x) for x in args.briefs.split(",") if x]
    if counts and not args.shards:
        briefs_curve(counts, args.jobs, args.format)
    if counts and args.shards:
        shards_curve(max(counts), args.shards, args.format)


if __name__ == "__main__":
    main()
