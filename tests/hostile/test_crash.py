"""Kills at every moment of a build (SIGKILL, SIGINT, SIGTERM), a batch stopped half-way,
and builds killed at random moments: afterwards a plain build exits 0, calls nothing
edited, and leaves no temporary file, journal or worker process.

Each case runs in its own copy of a workspace that was built once, so every kill lands
while an existing output is being *replaced*; the cases run a few at a time (they are
separate processes in separate folders) to keep the suite quick on two cores.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from .kit import (
    ALL,
    FAST,
    Run,
    assert_no_orphans,
    assert_plain_build_here_ok,
    assert_plain_build_ok,
    brief_yaml,
    build_here,
    env_for,
    in_parallel,
    kill_at,
    run,
    start,
)

KILL, INT, TERM = signal.SIGKILL, signal.SIGINT, signal.SIGTERM

# (pause point, signal, formats): every output's replacement under every signal, and the
# moments around them. "p" is the brief; files are p.pdf, p.docx, p.html, p.json.
MOMENTS: list[tuple[str, signal.Signals, str]] = [
    ("lock-held", KILL, "json"),
    ("lock-held", TERM, "json"),
    ("journaled", TERM, FAST),
    ("journaled", KILL, "json"),
    ("temp-written:p.docx", KILL, "docx"),
    ("temp-written:p.html", INT, "html"),
    ("temp-written:p.json", TERM, FAST),  # docx and html already replaced: a brief cut in half
    ("temp-written:manifest.json", KILL, "json"),
    ("replaced:manifest.json", INT, "json"),
    ("brief-recorded", TERM, "json"),
    # Every output's replacement under every signal (each alone, and json last after the others).
    *[(f"replaced:p.{ext}", sig, ext) for ext in ("docx", "html", "json") for sig in (KILL, INT, TERM)],
    ("replaced:p.json", KILL, FAST),
    ("replaced:p.html", TERM, FAST),
    ("temp-written:p.pdf", KILL, "pdf"),
    *[("replaced:p.pdf", sig, "pdf") for sig in (KILL, INT, TERM)],
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace whose brief `p` was built once, in every format."""
    root = tmp_path_factory.mktemp("built") / "ws"
    (root / "seeds").mkdir(parents=True)
    (root / "briefs").mkdir()
    from .kit import ARTICLE

    (root / "seeds" / "pilots.md").write_text(ARTICLE)
    (root / "briefs" / "p.yaml").write_text(brief_yaml())
    result = run(root, "build", "--format", ALL)
    assert result.code == 0, result.text
    return root


def _copy(built: Path, tmp: Path, name: str) -> Path:
    ws = tmp / name / "ws"
    shutil.copytree(built, ws, symlinks=True)
    # A changed input: the killed build must really replace every output.
    (ws / "briefs" / "p.yaml").write_text(brief_yaml(extra="subtitle: Day two\n"))
    return ws


def test_kill_at_every_moment_of_a_build(built: Path, tmp_path: Path) -> None:
    assert len(MOMENTS) >= 20
    spaces: dict[int, Path] = {}

    def kill(i: int, point: str, sig: signal.Signals, formats: str) -> Callable[[], None]:
        def body() -> None:
            spaces[i] = ws = _copy(built, tmp_path, f"k{i}")
            killed = kill_at(ws, point, sig, "build", "--format", formats)
            assert killed.code != 0
            assert "Traceback" not in killed.err, killed.err

        return body

    # The kills run a few at a time (processes); the builds afterwards here, one by one.
    in_parallel([(f"{p} {s.name}", kill(i, p, s, f)) for i, (p, s, f) in enumerate(MOMENTS)])
    for i, (point, sig, formats) in enumerate(MOMENTS):
        where = f"after {sig.name} at {point}"
        try:
            assert_plain_build_here_ok(spaces[i], formats)
        except AssertionError as exc:
            raise AssertionError(f"{where}: {exc}") from None
        again = build_here(spaces[i], formats)  # and now it is up to date
        assert again.code == 0 and "skipped" in again.text, f"{where}: {again.text}"


def test_kill_at_random_moments(built: Path, tmp_path: Path) -> None:
    rng = random.Random(16)  # noqa: S311 - fixed: the same moments every run

    def case(i: int, delay: float, sig: signal.Signals) -> Callable[[], None]:
        def body() -> None:
            ws = _copy(built, tmp_path, f"r{i}")
            marker = uuid.uuid4().hex
            proc = start(ws, "build", "--format", FAST, env=env_for(marker))
            time.sleep(delay)
            proc.send_signal(sig)
            proc.communicate(timeout=30)
            assert_no_orphans(marker)
            spaces.append(ws)

        return body

    spaces: list[Path] = []
    cases = [(i, rng.uniform(0.2, 1.6), rng.choice([KILL, INT, TERM])) for i in range(6)]
    in_parallel([(f"after {d:.2f}s {s.name}", case(i, d, s)) for i, d, s in cases])
    for ws in spaces:
        assert_plain_build_here_ok(ws, FAST)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_stopped_half_way_keeps_what_finished(tmp_path: Path, jobs: str) -> None:
    from .kit import ARTICLE

    ws = tmp_path / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    names = [f"b{i}" for i in range(5)]
    for name in names:
        (ws / "briefs" / f"{name}.yaml").write_text(brief_yaml(title=f"Brief {name}"))
    killed = kill_at(ws, "brief-recorded#2", TERM, "build", "--format", "json,html", "--jobs", jobs)
    assert killed.code == 130, killed.text
    result = assert_plain_build_ok(ws, "--format", "json,html")
    skipped = [line.split()[1] for line in result.out.splitlines() if line.startswith("skipped")]
    assert len(skipped) >= 2, result.out  # the briefs that had finished are up to date, not lost


def test_pdf_worker_of_a_killed_build_dies_and_frees_the_pipes(built: Path, tmp_path: Path) -> None:
    ws = _copy(built, tmp_path, "pipes")
    marker = uuid.uuid4().hex
    flag = tmp_path / "pipes" / "flag"
    env = env_for(marker, BRIEFSMITH_PAUSE_AT="pdf-submitted", BRIEFSMITH_PAUSE_FILE=str(flag))
    proc = start(ws, "build", "--format", ALL, env=env)
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    proc.kill()
    began = time.monotonic()
    proc.communicate(timeout=10)  # returns only when every holder of the pipes is gone
    assert time.monotonic() - began < 5
    assert_no_orphans(marker, within=2)


def test_a_batch_worker_killed_from_outside_is_one_line_and_recoverable(tmp_path: Path) -> None:
    from .kit import ARTICLE, assert_one_line_error, processes_of

    ws = tmp_path / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    for i in range(4):
        (ws / "briefs" / f"w{i}.yaml").write_text(brief_yaml(title=f"Brief {i}"))
    marker = uuid.uuid4().hex
    flag = tmp_path / "flag"
    # A worker pauses while its brief is unfinished (its JSON written, not yet in place) and
    # names itself in the flag file: killing that process, not whichever child is first in
    # /proc, is what makes the pool break every time (idle workers may have nothing left to do).
    env = env_for(marker, BRIEFSMITH_PAUSE_AT="temp-written:w3.json", BRIEFSMITH_PAUSE_FILE=str(flag))
    proc = start(ws, "build", "--format", "json,html", "--jobs", "2", env=env)
    while not flag.exists() or not flag.read_text().strip():
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    worker = int(flag.read_text().split()[1])
    assert worker != proc.pid and worker in processes_of(marker), "the pause was not in a batch worker"
    os.kill(worker, signal.SIGKILL)  # the OOM killer, or a person with kill -9
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, out + err
    assert "Traceback" not in err
    assert_one_line_error(Run(proc.returncode, out, err), "worker process")
    assert_no_orphans(marker)
    assert_plain_build_ok(ws, "--format", "json,html")


def test_hidden_leftovers_are_no_briefs_and_stale_temp_records_go(hws: Path) -> None:
    from .kit import ARTICLE

    (hws / "briefs" / ".briefsmith-tmp-abc.yaml").write_text("title: [broken")  # a killed pull's, say
    (hws / "seeds" / ".briefsmith-tmp-xyz.tmp").write_text("half a record")  # a killed ingest's
    assert_plain_build_ok(hws, "--format", FAST)
    page = hws / "page.html"
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("---")[2].strip().split("\n\n"))
    page.write_text(f"<html><body><article><h1>Harbour pilots strike</h1>{body}</article></body></html>")
    assert run(hws, "ingest", "page.html").code == 0
    assert not (hws / "seeds" / ".briefsmith-tmp-xyz.tmp").exists()


@pytest.mark.parametrize("point, sig", [("replaced:p.html", KILL), ("journaled", TERM), ("temp-written:p.docx", INT)])
def test_render_killed_at_any_moment_is_recovered(built: Path, tmp_path: Path, point: str, sig: signal.Signals) -> None:
    ws = _copy(built, tmp_path, f"render-{sig.name}")
    killed = kill_at(ws, point, sig, "render", "out/p.json", "--format", "docx,html")
    assert killed.code != 0 and "Traceback" not in killed.err, killed.err
    again = run(ws, "render", "out/p.json", "--format", "docx,html")
    assert again.code == 0 and "kept" not in again.text, again.text
    assert_plain_build_here_ok(ws, FAST)


@pytest.mark.parametrize("damage", ["deleted", "truncated", "not json"])
def test_a_lost_manifest_says_the_record_is_missing_not_edited(hws: Path, damage: str) -> None:
    assert run(hws, "build", "--format", FAST).code == 0
    manifest = hws / "out" / "manifest.json"
    if damage == "deleted":
        manifest.unlink()
    elif damage == "truncated":
        manifest.write_bytes(manifest.read_bytes()[:100])
    else:
        manifest.write_text("lost")
    (hws / "briefs" / "pilots.yaml").write_text(brief_yaml(extra="subtitle: Changed\n"))  # new bytes to write
    result = run(hws, "build", "--format", FAST)
    assert result.code == 1, result.text
    assert "the record of what was written is missing" in result.out, result.out
    assert "changed since Briefsmith wrote it" not in result.out
    assert run(hws, "build", "--format", FAST, "--force").code == 0
    assert_plain_build_ok(hws, "--format", FAST)


def test_a_lost_manifest_with_the_same_bytes_to_write_is_no_problem(hws: Path) -> None:
    env = env_for(SOURCE_DATE_EPOCH="1709600000")  # reproducible: the rebuild makes the same bytes
    assert run(hws, "build", "--format", FAST, env=env).code == 0
    (hws / "out" / "manifest.json").unlink()
    result = run(hws, "build", "--format", FAST, env=env)
    assert result.code == 0 and "kept" not in result.out, result.text


def _wait_until_catching(pid: int, sig: signal.Signals, within: float = 30.0) -> None:
    """Until process `pid` has a handler for `sig` (Linux: SigCgt in /proc/PID/status)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return  # it has ended already
        caught = next((int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigCgt:")), 0)
        if caught & (1 << (sig - 1)):
            return
        time.sleep(0.005)
    raise AssertionError(f"process {pid} never set a handler for {sig.name}")


def test_interrupted_at_any_moment_of_start_up_is_never_a_traceback(hws: Path) -> None:
    rng = random.Random(7)  # noqa: S311 - fixed moments
    for i in range(12):
        sig = (INT, TERM)[i % 2]
        marker = uuid.uuid4().hex
        proc = start(hws, "build", "--format", "json", env=env_for(marker))
        # From the moment our first line runs (__main__.run catches SIGTERM, which Python
        # itself leaves alone): before that, on a loaded machine, the signal can land in
        # the interpreter's own start-up, which no program can make quiet.
        _wait_until_catching(proc.pid, signal.SIGTERM)
        time.sleep(rng.uniform(0.0, 0.8))  # from the CLI's imports into the build
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, f"{sig.name}: {err[-800:]}"
        assert_no_orphans(marker)
    assert_plain_build_here_ok(hws, "json")
