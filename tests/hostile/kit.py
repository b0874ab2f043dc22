"""The hostile suite's shared helpers: a small workspace, real `briefsmith` processes,
and the checks of what a user sees after something went wrong.

Every check here is about the outcome, not the mechanism: a plain build afterwards
exits 0; nothing is called edited that nobody edited; no temporary file, journal or
worker process is left; no byte of a file outside the workspace reaches an output;
every error is one line that names the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

MARK = "OUTSIDE-MARK-7f3a9c"  # stands in every file outside the workspace
ALL = "pdf,docx,html,json"
FAST = "docx,html,json"  # no PDF: the PDF worker costs a second

ARTICLE = """---
title: Harbour pilots strike over night shifts
authors: [Mara Quill]
publisher: The Coastal Ledger
published: 2024-03-04
url: https://ledger.example.org/2024/03/04/harbour-pilots
---

Harbour pilots at the port of Eastwick walked out on Monday after talks over night shifts collapsed, \
halting the movement of large vessels.

Tomas Brandt, the pilots' union secretary, said the port authority had refused to cap night shifts at four a week.

The port authority said safety was its first concern and that it would ask the regional court to order a return to work.

Rights groups said two pilots who spoke to reporters had been suspended without pay, which the authority denied.

It remains unclear whether the court will hear the case before the grain ships arrive next week.
"""


def brief_yaml(title: str = "Eastwick harbour strike", source: str = "seeds/pilots.md", extra: str = "") -> str:
    return f"title: {title}\ndate: 2024-03-05\nsources: [{source}]\n{extra}"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def env_for(marker: str | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFSMITH_")}
    env.pop("SOURCE_DATE_EPOCH", None)  # the harder case: bytes differ between builds
    env["BRIEFSMITH_TEST_RUN"] = marker or uuid.uuid4().hex  # finds this run's processes
    env.update(extra)
    return env


def start(ws: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefsmith", *args],
        cwd=ws,
        env=env or env_for(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(ws: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Run:
    """`briefsmith ARGS` in `ws`; it must end within `timeout` and leave no process behind."""
    env = env or env_for()
    proc = start(ws, *args, env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"briefsmith {' '.join(args)} hung for {timeout} s: {err[-500:]}") from None
    assert_no_orphans(env["BRIEFSMITH_TEST_RUN"])
    return Run(proc.returncode, out, err)


def peak_rss_mb(ws: Path, *args: str, env: dict[str, str] | None = None) -> tuple[Run, float]:
    """`briefsmith ARGS` and the peak memory of its largest process (it or a worker), in MB."""
    code = (
        "import resource, subprocess, sys; "
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(p.returncode); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "sys.stderr.write(p.stdout + p.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "briefsmith", *args],
        cwd=ws,
        env=env or env_for(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    code_line, rss_line = proc.stdout.split()[:2]
    return Run(int(code_line), "", proc.stderr), int(rss_line) / 1024


def in_parallel(cases: list[tuple[str, Callable[[], None]]], width: int = 3) -> None:
    """Run independent cases (each drives its own processes in its own folder) a few at a
    time, and report every failure, not just the first."""
    failures: list[str] = []

    def one(case: tuple[str, Callable[[], None]]) -> None:
        name, body = case
        try:
            body()
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")

    with ThreadPoolExecutor(width) as pool:
        list(pool.map(one, cases))
    assert not failures, "\n".join(failures)


def processes_of(marker: str) -> list[int]:
    """Live processes started by the run tagged `marker` (children inherit the environment)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"BRIEFSMITH_TEST_RUN={marker}".encode() in environ and state != "Z":
            pids.append(int(entry.name))
    return pids


def assert_no_orphans(marker: str, within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while processes_of(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = processes_of(marker)
    assert not left, f"processes of a finished build still alive: {left}"


def kill_at(ws: Path, point: str, sig: signal.Signals, *args: str, extra_env: dict[str, str] | None = None) -> Run:
    """Start `briefsmith ARGS`, wait until it reaches `point`, send `sig`, wait for it to end."""
    marker = uuid.uuid4().hex
    flag = ws.parent / f"paused-{marker}"
    env = env_for(marker, BRIEFSMITH_PAUSE_AT=point, BRIEFSMITH_PAUSE_FILE=str(flag), **(extra_env or {}))
    proc = start(ws, *args, env=env)
    deadline = time.monotonic() + 90
    while not flag.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            out, err = proc.communicate()
            raise AssertionError(f"never reached {point} (exit {proc.returncode}): {err[-800:]}")
        time.sleep(0.01)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert_no_orphans(marker)
    return Run(proc.returncode, out, err)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean(ws: Path, out: str = "out") -> None:
    """No temporary file, no journal; every output the manifest names has the recorded bytes."""
    folder = ws / out
    litter = [p.name for p in folder.iterdir() if p.name.startswith(".briefsmith-tmp-")]
    assert not litter, f"temporary files left: {litter}"
    assert not (folder / ".manifest.journal").exists(), "journal left behind"
    manifest = json.loads((folder / "manifest.json").read_text())
    for name, entry in manifest["briefs"].items():
        for output in entry["outputs"]:
            path = folder / output["file"]
            assert path.is_file(), f"{name}: {output['file']} recorded but missing"
            assert sha(path) == output["sha256"], f"{name}: {output['file']} does not match the manifest"


def assert_plain_build_ok(ws: Path, *args: str) -> Run:
    """What a user does next: build again. It must succeed and call nothing edited."""
    result = run(ws, "build", *args)
    assert result.code == 0, result.text
    assert "kept" not in result.text and "edited" not in result.text, result.text
    assert_clean(ws)
    return result


def assert_one_line_error(result: Run, *names: str) -> None:
    """Failed, with one line per problem naming the file, and no traceback."""
    assert result.code != 0, result.text
    assert "Traceback" not in result.text, result.text
    errors = [line for line in result.text.splitlines() if line.startswith(("Error:", "failed"))]
    assert errors, result.text
    for name in names:
        assert any(name in line for line in errors), f"{name} not named in: {result.text}"


def output_text(folder: Path) -> Iterator[tuple[str, str]]:
    """Every output's text as a reader gets it: HTML/JSON as is, DOCX members unzipped,
    PDF through pdftotext (and its raw bytes, for attachments)."""
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file() or path.name.startswith("."):
            continue  # only the regular files Briefsmith writes there
        if path.suffix not in (".pdf", ".docx", ".html", ".json"):
            continue
        data = path.read_bytes()
        yield path.name, data.decode("latin-1")
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    yield f"{path.name}:{info.filename}", zf.read(info).decode("latin-1")
        if path.suffix == ".pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
            yield f"{path.name} (text)", text


def assert_no_outside_bytes(folder: Path) -> None:
    if not folder.is_dir():
        return
    for name, text in output_text(folder):
        assert MARK not in text, f"a file from outside the workspace reached {name}"


def build_here(ws: Path, formats: str) -> Run:
    """A plain build through the library in this process (no interpreter start-up, so the
    suite stays quick): the same exit code and report lines as `briefsmith build`."""
    from briefsmith.pipeline.orchestrator import build
    from briefsmith.pipeline.report import report_table
    from briefsmith.settings.options import BuildOptions, RenderOptions

    if "pdf" in formats:  # imported here once, the PDF worker forked from this process starts warm
        from briefsmith.render.weasy import load_weasyprint

        load_weasyprint()
    report = build(ws, options=BuildOptions(render=RenderOptions(formats=tuple(formats.split(",")))))
    return Run(report.exit_code, "\n".join(report_table(report)), "")


def assert_plain_build_here_ok(ws: Path, formats: str) -> Run:
    result = build_here(ws, formats)
    assert result.code == 0, result.text
    assert "kept" not in result.text and "edited" not in result.text, result.text
    assert_clean(ws)
    return result


def cli(ws: Path, *args: str) -> Run:
    """`briefsmith ARGS` in this process (Click's test runner): the same exit code and lines
    as the real command, without an interpreter start. Only for cases that cannot hang
    (no FIFO, no kill) and only from one thread (it changes the current folder)."""
    from click.testing import CliRunner

    from briefsmith.cli import cli as command

    here = os.getcwd()
    os.chdir(ws)
    try:
        result = CliRunner().invoke(command, list(args), env={"SOURCE_DATE_EPOCH": None})
    finally:
        os.chdir(here)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"briefsmith {' '.join(args)} raised {result.exception!r}")
    return Run(result.exit_code, result.stdout, result.stderr)
