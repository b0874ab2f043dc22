"""A longer soak than tests/hostile can afford: many rounds of parallel builds, edits,
renders and kills at random moments, each round checked as a user would check it.

    python bench/hostile_soak.py                  # 40 rounds (a few minutes on 2 cores)
    python bench/hostile_soak.py --rounds 300 --seed 7 --pdf

Each round, in one workspace of several briefs: change an input at random (a spec, a
record), start 2-4 runs at once (`build` with random formats, --force, --jobs 2, or
`render` of a built JSON), kill one or more of them (SIGKILL, SIGINT or SIGTERM) at a
random moment or at a named point (BRIEFSMITH_PAUSE_AT, see src/briefsmith/testpoints.py),
then build plainly. That build must exit 0, call nothing edited, and leave no temporary
file, journal or worker process; every file the manifest names must have the recorded
bytes. A person's edit is also made now and then, and must be kept (exit 1, named) until
--force. Prints one line per failure and a summary; exit 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.hostile.kit import (  # noqa: E402 - the suite's helpers, after the path is set
    ARTICLE,
    assert_clean,
    assert_no_orphans,
    brief_yaml,
    env_for,
    run,
    start,
)

POINTS = [
    "lock-held",
    "journaled",
    "brief-recorded",
    "temp-written:manifest.json",
    "replaced:manifest.json",
    *[
        f"{phase}:b{i}.{ext}"
        for phase in ("temp-written", "replaced")
        for i in range(3)
        for ext in ("docx", "html", "json")
    ],
]
SIGNALS = [signal.SIGKILL, signal.SIGINT, signal.SIGTERM]


def workspace(root: Path, briefs: int) -> Path:
    ws = root / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "a.md").write_text(ARTICLE)
    (ws / "seeds" / "b.md").write_text(ARTICLE.replace("Eastwick", "Westmoor"))
    for i in range(briefs):
        (ws / "briefs" / f"b{i}.yaml").write_text(brief_yaml(title=f"Brief {i}", source=f"seeds/{'ab'[i % 2]}.md"))
    return ws


def one_round(ws: Path, rng: random.Random, use_pdf: bool) -> list[str]:
    problems: list[str] = []
    briefs = sorted(p.stem for p in (ws / "briefs").glob("*.yaml"))
    target = rng.choice(briefs)
    subtitle = f"subtitle: Take {rng.randint(1, 10**6)}\n"
    (ws / "briefs" / f"{target}.yaml").write_text(
        brief_yaml(title=f"Brief {target}", source=f"seeds/{rng.choice('ab')}.md", extra=subtitle)
    )
    formats = ["docx,html,json", "json,html", "json", "docx"] + (["pdf,docx,html,json"] if use_pdf else [])
    procs = []
    for _ in range(rng.randint(2, 4)):
        marker = uuid.uuid4().hex
        extra: dict[str, str] = {}
        if rng.random() < 0.4:
            extra = {"BRIEFSMITH_PAUSE_AT": rng.choice(POINTS), "BRIEFSMITH_PAUSE_FILE": str(ws.parent / marker)}
        args = ["build", "--format", rng.choice(formats)]
        if rng.random() < 0.3:
            args.append("--force")
        if rng.random() < 0.3:
            args += ["--jobs", "2"]
        if rng.random() < 0.15 and (ws / "out" / f"{target}.json").exists():
            args = ["render", f"out/{target}.json", "--format", "html"]
        procs.append((marker, extra, start(ws, *args, env=env_for(marker, **extra))))
    time.sleep(rng.uniform(0.1, 2.0))
    # Every signal first, then the waiting: a run that waits for the lock a paused run holds
    # must not be waited on before the paused one is signalled (it sleeps up to a minute
    # there, and the waiting run would look hung).
    for marker, extra, proc in procs:
        if extra or rng.random() < 0.5:
            if extra:  # wait (a little) for it to reach its point, or to finish
                deadline = time.monotonic() + 20
                while not (ws.parent / marker).exists() and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.02)
            if proc.poll() is None:
                proc.send_signal(rng.choice(SIGNALS))
    for marker, _extra, proc in procs:
        try:
            _out, err = proc.communicate(timeout=90)
        except Exception:  # noqa: BLE001 - a hung run is exactly what we look for
            proc.kill()
            problems.append(f"a run hung: {proc.args}")
            continue
        if "Traceback" in err:
            problems.append(f"traceback from {' '.join(map(str, proc.args[3:]))}: {err.strip().splitlines()[-1]}")
        try:
            assert_no_orphans(marker)
        except AssertionError as exc:
            problems.append(str(exc))
    after = run(ws, "build", "--format", "docx,html,json")
    if after.code != 0 or "kept" in after.text:
        problems.append(f"the plain build afterwards: exit {after.code}: {after.text.strip()[:400]}")
    try:
        assert_clean(ws)
    except AssertionError as exc:
        problems.append(str(exc))
    if rng.random() < 0.15:  # a person edits an output: it must be kept, named, until --force
        edited = ws / "out" / f"{rng.choice(briefs)}.html"
        edited.write_text(edited.read_text() + "<!-- my note -->")
        (ws / "seeds" / "a.md").write_text((ws / "seeds" / "a.md").read_text() + "\n")
        (ws / "seeds" / "b.md").write_text((ws / "seeds" / "b.md").read_text() + "\n")
        kept = run(ws, "build", "--format", "docx,html,json")
        if kept.code != 1 or edited.name not in kept.text or "<!-- my note -->" not in edited.read_text():
            problems.append(f"a person's edit of {edited.name} was not kept: {kept.text[:300]}")
        if run(ws, "build", "--format", "docx,html,json", "--force").code != 0:
            problems.append("--force after an edit failed")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--briefs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--pdf", action="store_true", help="include PDF builds (slower)")
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 - reproducible rounds, not secrets
    root = Path(tempfile.mkdtemp(prefix="briefsmith-soak-"))
    began = time.monotonic()
    failures = 0
    try:
        ws = workspace(root, args.briefs)
        first = run(ws, "build", "--format", "docx,html,json")
        assert first.code == 0, first.text
        for n in range(1, args.rounds + 1):
            for problem in one_round(ws, rng, args.pdf):
                failures += 1
                print(f"round {n}: {problem}")
            if n % 10 == 0:
                print(f"{n} rounds, {failures} problems, {time.monotonic() - began:.0f} s", flush=True)
        manifest = json.loads((ws / "out" / "manifest.json").read_text())
        print(
            f"done: {args.rounds} rounds, {failures} problems, {len(manifest['briefs'])} briefs recorded, "
            f"{time.monotonic() - began:.0f} s (seed {args.seed})"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
