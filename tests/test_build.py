"""The build as users and CI see it: edit protection, up-to-date skips, atomic writes,
reproducible bytes, strict mode, interrupted and concurrent builds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEED

from briefsmith.cli import cli
from briefsmith.out.atomic import TMP_PREFIX, write_atomic
from briefsmith.pipeline import batch
from briefsmith.pipeline.orchestrator import build
from briefsmith.settings.options import BuildOptions, RenderOptions


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


FAST = ("--format", "json,docx,html")


def test_edited_docx_is_kept_until_forced(ws: Path) -> None:
    assert invoke("build", *FAST)[0] == 0
    docx = ws / "out" / "rt.docx"
    docx.write_bytes(docx.read_bytes() + b"edited by a person")
    edited = docx.read_bytes()
    # An input change forces a rebuild; the edited file must survive it.
    spec = ws / "briefs" / "rt.yaml"
    spec.write_text(spec.read_text() + "subtitle: Changed\n")
    code, out = invoke("build", *FAST)
    assert code == 1
    assert "rt.docx" in out and "--force" in out and "kept" in out
    assert docx.read_bytes() == edited
    assert "Changed" in (ws / "out" / "rt.html").read_text()  # the rest was built
    # And again: still kept, still non-zero.
    assert invoke("build", *FAST)[0] == 1 and docx.read_bytes() == edited
    code, out = invoke("build", *FAST, "--force")
    assert code == 0 and docx.read_bytes() != edited


def test_unknown_existing_file_is_not_overwritten(ws: Path) -> None:
    (ws / "out").mkdir()
    mine = ws / "out" / "rt.json"
    mine.write_text("my own notes")
    code, out = invoke("build", *FAST)
    assert code == 1 and mine.read_text() == "my own notes"


def test_rebuild_with_nothing_changed_is_skipped(ws: Path) -> None:
    assert invoke("build", *FAST)[0] == 0
    before = {p.name: p.stat().st_mtime_ns for p in (ws / "out").iterdir()}
    code, out = invoke("build", *FAST)
    assert code == 0 and "skipped" in out and "up to date" in out
    after = {p.name: p.stat().st_mtime_ns for p in (ws / "out").iterdir()}
    assert before["rt.docx"] == after["rt.docx"]
    code, out = invoke("build", *FAST, "--force")
    assert code == 0 and "built" in out


def test_changed_template_rebuilds(ws: Path) -> None:
    assert invoke("build", *FAST)[0] == 0
    (ws / "templates").mkdir()
    (ws / "templates" / "unused.txt").write_text("x")
    code, out = invoke("build", *FAST)
    assert code == 0 and "built" in out


def test_same_inputs_same_bytes(ws: Path) -> None:
    assert invoke("build", "--out", "a")[0] == 0
    assert invoke("build", "--out", "b")[0] == 0
    for ext in ("pdf", "docx", "html", "json"):
        assert (ws / "a" / f"rt.{ext}").read_bytes() == (ws / "b" / f"rt.{ext}").read_bytes(), ext
    assert (ws / "a" / "manifest.json").read_bytes() == (ws / "b" / "manifest.json").read_bytes()


def test_strict_fails_on_warnings(ws: Path) -> None:
    (ws / "seeds" / "plain.txt").write_text(
        "Weather report\n\nThe weather was mild on Tuesday. Clouds moved in by the evening.\n"
    )
    (ws / "briefs" / "rt.yaml").write_text("title: Weather\nsources: [seeds/plain.txt]\n")
    code, out = invoke("build", "--format", "json")
    assert code == 0 and "warning" in out and "empty section" in out
    code, out = invoke("build", "--format", "json", "--strict", "--force")
    assert code == 1 and "empty section" in out


def test_unwritable_out_folder(ws: Path) -> None:
    if os.geteuid() == 0:
        target = "/proc/briefsmith-out"  # root ignores permissions; /proc refuses anyway
    else:
        (ws / "ro").mkdir(mode=0o500)
        target = str(ws / "ro" / "out")
    code, out = invoke("build", *FAST, "--out", target)
    assert code == 1 and target in out and "Traceback" not in out


def test_write_atomic_leaves_no_litter_on_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")

    def interrupted_write(*args: object) -> None:
        raise KeyboardInterrupt

    import briefsmith.out.atomic as outputs

    real = outputs.os.fsync
    outputs.os.fsync = interrupted_write  # type: ignore[assignment]
    try:
        with pytest.raises(KeyboardInterrupt):
            write_atomic(target, b"new content")
    finally:
        outputs.os.fsync = real
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(TMP_PREFIX + "*"))


def test_killed_build_leaves_no_partial_file(ws: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1729382400"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefsmith", "build"], cwd=ws, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.time() + 60
    while time.time() < deadline and not (ws / "out").exists():
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    out_dir = ws / "out"
    if out_dir.exists():
        assert not list(out_dir.glob(TMP_PREFIX + "*")), "temporary litter left"
        for f in out_dir.glob("rt.*"):
            assert f.stat().st_size > 0
    assert proc.returncode != 0 or (out_dir / "rt.pdf").exists()


def test_concurrent_builds_do_not_corrupt(ws: Path) -> None:
    for i in range(3):
        (ws / "briefs" / f"c{i}.yaml").write_text(f"title: Copy {i}\nsources: [seeds/{SEED.name}]\n")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1729382400"}
    cmd = [sys.executable, "-m", "briefsmith", "build", "--format", "json,html", "--force"]
    procs = [subprocess.Popen(cmd, cwd=ws, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        p.communicate(timeout=120)
        assert p.returncode == 0
    manifest = json.loads((ws / "out" / "manifest.json").read_text())
    assert set(manifest["briefs"]) == {"rt", "c0", "c1", "c2"}
    for name in manifest["briefs"]:
        json.loads((ws / "out" / f"{name}.json").read_text())  # complete, parseable


def test_library_api_never_imports_click(ws: Path) -> None:
    code = (
        "import sys, briefsmith, briefsmith.pipeline.orchestrator, briefsmith.workspace.spec, briefsmith.records; "
        "briefsmith.build(); print('click' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ws, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_jobs_builds_many_briefs(ws: Path) -> None:
    for i in range(3):
        (ws / "briefs" / f"j{i}.yaml").write_text(f"title: J {i}\nsources: [seeds/{SEED.name}]\n")
    report = build(ws, options=BuildOptions(render=RenderOptions(formats=("json", "html")), jobs=2))
    assert [r.status for r in report.results] == ["built"] * 4
    assert [r.name for r in report.results] == ["j0", "j1", "j2", "rt"]


_BUILD_ONE = batch._one


def _recording_one(task: batch.Task) -> batch.Pair:
    """batch._one, noting which process built the brief (it runs in a forked worker)."""
    with open(os.environ["BS_TEST_PIDS"], "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    return _BUILD_ONE(task)


def test_jobs_recycles_workers_between_rounds(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs, a worker builds at most RECYCLE briefs, then fresh workers go on: every
    brief is still built and recorded once, in the briefs' order."""
    seen = ws / "pids.txt"
    monkeypatch.setenv("BS_TEST_PIDS", str(seen))
    monkeypatch.setattr(batch, "RECYCLE", 1)
    monkeypatch.setattr(batch, "_one", _recording_one)
    for i in range(5):
        (ws / "briefs" / f"j{i}.yaml").write_text(f"title: J {i}\nsources: [seeds/{SEED.name}]\n")
    report = build(ws, options=BuildOptions(render=RenderOptions(formats=("json",)), jobs=2))
    assert [r.status for r in report.results] == ["built"] * 6
    assert [r.name for r in report.results] == ["j0", "j1", "j2", "j3", "j4", "rt"]
    pids = seen.read_text(encoding="utf-8").split()
    assert len(pids) == 6 and os.getpid() not in map(int, pids)
    # Rounds of at most 2 briefs (2 workers x 1): at least three rounds, so at least three
    # distinct worker processes, none of which built more than one brief per round.
    assert len(set(pids)) >= 3
    manifest = json.loads((ws / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["briefs"]) == {"j0", "j1", "j2", "j3", "j4", "rt"}
    assert all((ws / "out" / f"{name}.json").is_file() for name in manifest["briefs"])


def test_library_api_functions_stay_callable(ws: Path) -> None:
    import briefsmith
    import briefsmith.engines.extractive  # noqa: F401  (importing submodules must not shadow the API)
    import briefsmith.pipeline.orchestrator  # noqa: F401

    briefing = briefsmith.condense([ws / "seeds" / SEED.name])
    assert briefing.sources[0].publisher == "The Moscow Times"
    report = briefsmith.build(ws, options=BuildOptions(render=RenderOptions(formats=("json",))))
    assert report.exit_code == 0 and (ws / "out" / "rt.json").exists()


def test_full_disk_gives_clear_error_and_no_partial_file(ws: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    tiny = tmp_path_factory.mktemp("tiny")
    mounted = (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40k", "tmpfs", str(tiny)], capture_output=True).returncode
        == 0
    )
    if not mounted:
        pytest.skip("needs a small tmpfs (root) to fill a disk")
    try:
        code, out = invoke("build", "--format", "json,html,docx", "--out", str(tiny))
        assert code == 1 and "no space left" in out and "Traceback" not in out
        assert not list(tiny.glob(TMP_PREFIX + "*"))
        for f in tiny.glob("rt.*"):  # whatever did fit is complete
            assert f.stat().st_size > 0
        # With space again, the rebuild completes: what the failed build wrote is still ours.
        subprocess.run(["mount", "-o", "remount,size=20m", str(tiny)], check=True)
        code, out = invoke("build", "--format", "json,html,docx", "--out", str(tiny))
        assert code == 0, out
    finally:
        subprocess.run(["umount", str(tiny)], check=False)


def test_template_edited_in_place_rebuilds_in_the_same_process(ws: Path) -> None:
    (ws / "templates").mkdir()
    custom = ws / "templates" / "notes.txt"
    custom.write_text("one")
    options = BuildOptions(render=RenderOptions(formats=("json",)))
    assert build(ws, options=options).results[0].status == "built"
    assert build(ws, options=options).results[0].status == "skipped"
    custom.write_text("two, longer")  # same path, new bytes
    assert build(ws, options=options).results[0].status == "built"


def test_render_twice_then_edited(ws: Path) -> None:
    assert invoke("build", "--format", "json")[0] == 0
    code, out = invoke("render", "out/rt.json", "--format", "docx")
    assert code == 0 and "wrote" in out
    code, out = invoke("render", "out/rt.json", "--format", "docx")
    assert code == 0 and "wrote" in out  # still ours: recorded in the manifest
    docx = ws / "out" / "rt.docx"
    docx.write_bytes(docx.read_bytes() + b"edited")
    code, out = invoke("render", "out/rt.json", "--format", "docx")
    assert "kept" in out and docx.read_bytes().endswith(b"edited")
    assert code == 1  # as a build: a kept edit is not a success a script may overlook


def test_pdf_worker_path_reports_missing_glyphs_once(ws: Path) -> None:
    # A build lays the PDF out in its worker process and checks glyphs itself meanwhile:
    # the briefing's character is named where it stands, and WeasyPrint's own .notdef
    # message for it is not repeated as "template text".
    (ws / "briefs" / "rt.yaml").write_text(
        f"title: Russia and the Taliban in नई दिल्ली\ndate: 2024-10-20\nsources: [seeds/{SEED.name}]\n"
    )
    report = build(ws, options=BuildOptions(render=RenderOptions(formats=("pdf",))))
    (result,) = report.results
    assert result.status == "built", result.error
    glyphs = [w for w in result.warnings if "missing glyph" in w]
    assert "missing glyph for 'न' (U+0928) in the title: no bundled font has it" in glyphs
    assert not [w for w in glyphs if "template text" in w]
