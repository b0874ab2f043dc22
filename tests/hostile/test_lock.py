"""One writer per out folder: parallel builds take turns, --no-wait fails at once, and
the lock file cannot be turned against the user (a link, a FIFO, a folder)."""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

import pytest

from .kit import (
    ARTICLE,
    FAST,
    assert_clean,
    assert_no_orphans,
    assert_one_line_error,
    assert_plain_build_ok,
    brief_yaml,
    env_for,
    run,
    start,
)

J = "json,html"
ROUNDS = [  # what each of the three parallel builds of a round runs
    (("build", "--format", FAST), ("build", "--format", J), ("build", "--format", J)),
    (("build", "--format", J, "--force"), ("build", "--format", FAST), ("build", "--format", J, "--force")),
    (("build", "--format", J, "--jobs", "2"), ("build", "--format", J), ("build", "--format", "json")),
    (("build", "--format", J), ("render", "out/pilots.json", "--format", "html"), ("build", "--format", FAST)),
    (("build", "--format", FAST, "--force"), ("build", "--format", J, "--jobs", "2"), ("build", "--format", J)),
]


def test_rounds_of_three_parallel_builds(hws: Path) -> None:
    (hws / "briefs" / "second.yaml").write_text(brief_yaml(title="Second brief"))
    assert run(hws, "build", "--format", FAST).code == 0
    waited = 0
    for n, commands in enumerate(ROUNDS):
        # A changed input each round, so the builds really write (and race, without the lock).
        (hws / "briefs" / "pilots.yaml").write_text(brief_yaml(extra=f"subtitle: Round {n}\n"))
        procs = [start(hws, *args) for args in commands]
        for args, proc in zip(commands, procs, strict=True):
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, f"round {n}: {' '.join(args)}: {out}{err}"
            assert "kept" not in out + err and "Traceback" not in err, f"round {n}: {out}{err}"
            waited += "waiting for another Briefsmith run" in err
        assert_clean(hws)
    assert waited, "no build ever waited: the builds did not overlap, the test proved nothing"
    assert_plain_build_ok(hws, "--format", FAST)


def _holding(ws: Path) -> tuple[object, str]:
    """A build paused holding the out folder's lock."""
    marker = uuid.uuid4().hex
    flag = ws.parent / f"held-{marker}"
    proc = start(
        ws,
        "build",
        "--format",
        "json",
        env=env_for(marker, BRIEFSMITH_PAUSE_AT="lock-held", BRIEFSMITH_PAUSE_FILE=str(flag)),
    )
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    return proc, marker


def test_no_wait_fails_at_once_and_waiting_says_so(hws: Path) -> None:
    assert run(hws, "build", "--format", "json").code == 0
    holder, marker = _holding(hws)
    try:
        began = time.monotonic()
        result = run(hws, "build", "--format", "json", "--no-wait")
        assert time.monotonic() - began < 10
        assert result.code == 1
        assert_one_line_error(result, str(hws / "out"))
        assert "another Briefsmith run" in result.err and str(holder.pid) in result.err  # type: ignore[attr-defined]
        rendered = run(hws, "render", "out/pilots.json", "--format", "html", "--no-wait")  # the same lock
        assert rendered.code == 1 and "another Briefsmith run" in rendered.err, rendered.text
        waiting = start(hws, "build", "--format", "json")
        time.sleep(1.5)
        assert waiting.poll() is None  # still waiting for the lock
    finally:
        holder.send_signal(signal.SIGKILL)  # type: ignore[attr-defined]
        holder.communicate()  # type: ignore[attr-defined]
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, out + err
    waits = [line for line in err.splitlines() if "waiting for another Briefsmith run" in line]
    assert len(waits) == 1 and str(hws / "out") in waits[0], err
    assert_no_orphans(marker)
    assert_clean(hws)


@pytest.mark.parametrize("kind", ["link-to-file", "dangling-link", "fifo", "folder", "hard-link"])
def test_a_hostile_lock_file_is_refused_or_harmless(hws: Path, outside: Path, kind: str) -> None:
    lock = hws / "out" / ".manifest.lock"
    lock.parent.mkdir()
    target = outside / "secret.txt"
    before = target.read_bytes()
    if kind == "link-to-file":
        lock.symlink_to(target)
    elif kind == "dangling-link":
        lock.symlink_to(outside / "created-by-briefsmith")
    elif kind == "fifo":
        os.mkfifo(lock)
    elif kind == "folder":
        lock.mkdir()
    else:
        os.link(target, lock)
    result = run(hws, "build", "--format", "json", timeout=30)
    assert target.read_bytes() == before, "the lock wrote through to a file outside"
    assert not (outside / "created-by-briefsmith").exists(), "the lock created a file outside"
    if kind == "hard-link":  # a hard link is a regular file: it may lock it, never write to it
        assert result.code == 0, result.text
        return
    assert_one_line_error(result, ".manifest.lock")
    assert result.code == 1


def test_second_workspace_file_watcher_style_build_never_loses_outputs(tmp_path: Path) -> None:
    """A file watcher rebuilding while a person builds by hand: many short builds at once."""
    ws = tmp_path / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    for i in range(3):
        (ws / "briefs" / f"w{i}.yaml").write_text(brief_yaml(title=f"Watch {i}"))
    procs = [start(ws, "build", "--format", "json,html", "--force") for _ in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, out + err
    assert_clean(ws)
    assert_plain_build_ok(ws, "--format", "json,html")
