"""Build speed and memory, side by side with the anchors (issue 7).

    python bench/build_bench.py [--runs 7] [--quick]

Every figure is a ratio to an anchor measured in the same run, alternating:
  1. full build of the example brief vs `pandoc SEED -f markdown -o x.pdf --pdf-engine=weasyprint`
  2. peak memory (max RSS) of one build
  3. `build --jobs 2` over 24 briefs vs 24 separate one-brief commands
  4. rebuild with nothing changed vs a full build
  5. `briefsmith --help`
  6. scaling: 1/8/24 briefs, 5 KB/100 KB/1 MB articles
  7. `briefsmith serve`: a saved spec to its new PDF (the preview's event saying it is written),
     in the warm process, vs a cold `build` of the same formats (alternating runs)

    python bench/build_bench.py --serve-only [--runs 9]     just the last one
    python bench/build_bench.py --scale [--anchor DIR/src]  the curves of issue 17, by bench/scale_bench.py:
        one brief over 10 → 1,000 and 2,000 sources (CPU s, peak RSS, growth, ratio to the anchor),
        500 briefs with --jobs 2 (1 → 500: s per brief, worker RSS first → last tenth), 4 shards
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"
BRIEFSMITH = [sys.executable, "-m", "briefsmith"]


def timed(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0,):
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(after, before)


def tree_peak_rss(cmd: list[str], cwd: Path) -> float:
    """Peak of the summed RSS (MB) of a command and its children (the PDF worker),
    sampled every 10 ms from /proc: an upper bound, as shared pages count twice."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def tree(pid: int) -> list[int]:
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return [pid]
        return [pid, *(q for c in children for q in tree(int(c)))]

    peak = 0
    while proc.poll() is None:
        total = 0
        for pid in tree(proc.pid):
            try:
                total += next(
                    int(x.split()[1])
                    for x in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if x.startswith("VmRSS")
                )
            except (OSError, StopIteration):
                pass
        peak = max(peak, total)
        time.sleep(0.01)
    return peak / 1024


def workspace(n_briefs: int, article_bytes: int | None = None) -> Path:
    root = Path(tempfile.mkdtemp(prefix="bs-bench-"))
    (root / "seeds").mkdir()
    (root / "briefs").mkdir()
    text = SEED.read_text()
    if article_bytes:
        # A plain-text record of the requested size, built from the seed's paragraphs.
        paras = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 200]
        grown, size, i = ["A long article for benchmarks"], 0, 0
        while size < article_bytes:
            grown.append(paras[i % len(paras)])
            size += len(paras[i % len(paras)]) + 2
            i += 1
        text = "\n\n".join(grown) + "\n"
    for i in range(n_briefs):
        (root / "seeds" / f"a{i}.txt").write_text(text)
        (root / "briefs" / f"b{i:02d}.yaml").write_text(f"title: Brief {i}\nsources: [seeds/a{i}.txt]\n")
    return root


def serve_latency(runs: int) -> tuple[list[float], list[float]]:
    """Seconds from writing a spec to the preview's event for its new PDF, and of a cold
    `build` of the preview's formats, alternating in one workspace."""
    import http.client
    import json
    import re

    ws = workspace(1)
    spec = ws / "briefs" / "b00.yaml"
    proc = subprocess.Popen(
        [*BRIEFSMITH, "serve", "--port", "0", "--out", str(ws / "preview")], cwd=ws, stdout=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        port = int(re.search(r"127\.0\.0\.1:(\d+)/", line)[1])  # type: ignore[index]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.request("GET", "/events")
        stream = conn.getresponse()

        def built_after(version: int) -> dict:
            while True:
                raw = stream.fp.readline()
                if not raw:
                    raise SystemExit("the preview's event stream ended")
                if raw.startswith(b"data: "):
                    brief = json.loads(raw[6:])["briefs"].get("b00")
                    if brief and brief["version"] > version and brief["status"] in ("built", "failed"):
                        if brief["status"] == "failed":
                            raise SystemExit(f"the preview failed: {brief['error']}")
                        return brief

        brief = built_after(0)
        saves, cold = [], []
        text = spec.read_text()
        for i in range(runs):
            time.sleep(0.3)  # the poller back at rest
            start = time.perf_counter()
            spec.write_text(text.replace("title: Brief 0", f"title: Brief 0, take {i}"))
            brief = built_after(brief["version"])
            saves.append(time.perf_counter() - start)
            assert f"take {i}" in brief["title"]
            cold.append(timed([*BRIEFSMITH, "build", "--force", "-q", "--format", "pdf,html,json"], ws)[0])
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    return saves, cold


def ratio_line(name: str, ours: list[float], anchor: list[float], target: str) -> str:
    mo, ma = statistics.median(ours), statistics.median(anchor)
    return f"| {name} | {mo:.2f} s | {ma:.2f} s | {mo / ma:.2f} | {target} |"


def scale_curves(anchor: Path | None) -> None:
    """bench/scale_bench.py's three curves, one after another (see its docstring)."""
    bench = [sys.executable, str(REPO / "bench" / "scale_bench.py")]
    with_anchor = ["--anchor", str(anchor)] if anchor else []
    for args in (
        ["--sizes", "10,50,100,200,500,1000", *with_anchor],
        ["--sizes", "2000"],
        ["--sizes", "", "--briefs", "1,10,100,500", "--jobs", "2"],
        ["--sizes", "", "--briefs", "200", "--shards", "4"],
    ):
        print(f"\n$ python bench/scale_bench.py {' '.join(args)}", flush=True)
        subprocess.run([*bench, *args], check=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="skip the 24-brief and scaling runs")
    ap.add_argument("--serve-only", action="store_true", help="only the preview's save -> PDF latency")
    ap.add_argument("--scale", action="store_true", help="only the curves over sources, briefs and shards")
    ap.add_argument("--anchor", type=Path, help="with --scale: another checkout's src, run side by side")
    args = ap.parse_args()
    if args.scale:
        scale_curves(args.anchor)
        return
    # As `pip install .` leaves it: bytecode compiled. An editable install under
    # PYTHONDONTWRITEBYTECODE (as on some CI images) would compile every module on
    # every run, which is not what a user's installed briefsmith does.
    import briefsmith

    compileall.compile_dir(Path(briefsmith.__file__).parent, quiet=1)
    env_epoch = {"SOURCE_DATE_EPOCH": "1729382400"}
    os.environ.update(env_epoch)
    rows = ["| measure | Briefsmith | anchor | ratio | target |", "| --- | --- | --- | --- | --- |"]
    saves, cold = serve_latency(args.runs)
    rows.append(ratio_line("serve: save → new PDF vs cold build (pdf,html,json)", saves, cold, "≤ 0.5 s"))
    if args.serve_only:
        print("\n".join(rows))
        print(f"saves: {' '.join(f'{t:.2f}' for t in saves)}; cold builds: {' '.join(f'{t:.2f}' for t in cold)}")
        return

    one = workspace(1)
    ours, anchor, rss = [], [], []
    have_pandoc = shutil.which("pandoc") and shutil.which("weasyprint")
    for _ in range(args.runs):  # alternate, so drift hits both alike
        t, m = timed([*BRIEFSMITH, "build", "--force", "-q"], one)
        ours.append(t)
        rss.append(m)
        if have_pandoc:
            t, _ = timed(
                ["pandoc", str(one / "seeds" / "a0.txt"), "-f", "markdown", "-o", "x.pdf", "--pdf-engine=weasyprint"],
                one,
            )
            anchor.append(t)
    if anchor:
        rows.append(ratio_line("full build vs pandoc→WeasyPrint", ours, anchor, "≤ 1.1"))
    else:
        rows.append(f"| full build (pandoc absent) | {statistics.median(ours):.2f} s | – | – | – |")
    rows.append(
        f"| peak RSS, largest process of a build | {max(rss) / 1024:.0f} MB | 300 MB | "
        f"{max(rss) / 1024 / 300:.2f} | ≤ 1 |"
    )
    whole = tree_peak_rss([*BRIEFSMITH, "build", "--force", "-q"], one)
    rows.append(f"| peak RSS, whole build (+ PDF worker) | {whole:.0f} MB | 300 MB | {whole / 300:.2f} | ≤ 1 |")

    noop = [timed([*BRIEFSMITH, "build", "-q"], one)[0] for _ in range(args.runs)]
    rows.append(ratio_line("rebuild, nothing changed vs full build", noop, ours, "≤ 0.10"))

    helps = [timed([*BRIEFSMITH, "--help"], one)[0] for _ in range(args.runs)]
    rows.append(
        f"| `briefsmith --help` | {statistics.median(helps):.2f} s | 0.5 s | "
        f"{statistics.median(helps) / 0.5:.2f} | well under 1 |"
    )

    if not args.quick:
        many = workspace(24)
        t_jobs = timed([*BRIEFSMITH, "build", "--force", "-q", "--jobs", "2"], many)[0]
        t_sep = sum(
            timed([*BRIEFSMITH, "build", "--force", "-q", str(b)], many)[0]
            for b in sorted((many / "briefs").glob("*.yaml"))
        )
        rows.append(
            f"| 24 briefs: --jobs 2 vs 24 commands | {t_jobs:.1f} s | {t_sep:.1f} s | "
            f"{t_sep / t_jobs:.2f}× throughput | ≥ 2.5× |"
        )
        rows.append("")
        rows.append("| scaling | seconds |")
        rows.append("| --- | --- |")
        for n in (1, 8, 24):
            ws = workspace(n)
            rows.append(f"| {n} briefs, --jobs 2 | {timed([*BRIEFSMITH, 'build', '-q', '--jobs', '2'], ws)[0]:.2f} |")
        for size in (5_000, 100_000, 1_000_000):
            ws = workspace(1, size)
            rows.append(f"| 1 brief, {size // 1000} KB article | {timed([*BRIEFSMITH, 'build', '-q'], ws)[0]:.2f} |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
