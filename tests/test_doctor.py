"""`briefsmith doctor`, `--version`, and a machine without HarfBuzz-Subset: a note about the
machine, shown once, never a brief's warning and never replayed by an up-to-date skip.

The machine without the library is real, not patched: a file named libharfbuzz-subset.so.0 that
is no library, first on LD_LIBRARY_PATH, makes the dynamic loader fail to load it, for our probe
and for WeasyPrint alike (WeasyPrint then subsets with fontTools, as on such a machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefsmith import __version__
from briefsmith.cli import cli

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is the Linux loader's")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def without(tmp_path: Path, *libraries: str) -> dict[str, str]:
    """An environment in which these libraries cannot be loaded."""
    fake = tmp_path / "no-libs"
    fake.mkdir(exist_ok=True)
    for name in libraries:
        (fake / name).write_text("not a library\n")
    return {**os.environ, "LD_LIBRARY_PATH": str(fake), "SOURCE_DATE_EPOCH": "1729382400"}


def briefsmith(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefsmith", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


def test_version_names_what_it_runs_on() -> None:
    code, out, _ = run("--version")
    assert code == 0 and len(out.strip().splitlines()) == 1
    for part in (
        f"briefsmith {__version__}",
        f"WeasyPrint {metadata.version('weasyprint')}",
        f"python-docx {metadata.version('python-docx')}",
        "Pango 1.",
        "HarfBuzz ",
        "subsetting: HarfBuzz-Subset",
    ):
        assert part in out, part


def test_doctor_on_this_machine(ws: Path) -> None:
    code, out, err = run("doctor")
    assert code == 0, out + err
    lines = out.splitlines()
    for what in ("Python 3.", f"Briefsmith {__version__}", "WeasyPrint ", "Pango ", "HarfBuzz ", "python-docx "):
        assert any(line.startswith("ok") and what in line for line in lines), what
    assert any(line.startswith("ok") and "bundled fonts (7)" in line for line in lines)
    page = next(line for line in lines if "PDF test page" in line)
    assert page.startswith("ok") and "Briefsmith-Serif" in page and "subset with HarfBuzz" in page
    assert "LibreOffice" in out  # found or not, it is named
    assert "works on this machine" in out


@linux_only
def test_doctor_without_pango_says_how_to_install_it_and_fails(tmp_path: Path) -> None:
    proc = briefsmith("doctor", env=without(tmp_path, "libpango-1.0.so.0"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = next(line for line in proc.stdout.splitlines() if "Pango" in line)
    assert line.startswith("missing")
    if Path("/etc/debian_version").exists():
        assert "to fix: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0" in proc.stdout
    assert "PDF test page" not in proc.stdout  # not tried when a piece is known missing
    assert "a build will not work here: Pango" in proc.stderr


@linux_only
def test_without_harfbuzz_subset_the_machine_gets_one_note_and_briefs_no_warning(ws: Path, tmp_path: Path) -> None:
    env = without(tmp_path, "libharfbuzz-subset.so.0")
    doctor = briefsmith("doctor", env=env, cwd=ws)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr  # a build works, more slowly
    assert "note     HarfBuzz" in doctor.stdout and "subset with fontTools" in doctor.stdout
    assert "subsetting: fontTools" in briefsmith("--version", env=env, cwd=ws).stdout

    built = briefsmith("build", "--strict", "--format", "pdf,json", env=env, cwd=ws)
    assert built.returncode == 0, built.stdout + built.stderr
    notes = [line for line in built.stdout.splitlines() if "HarfBuzz-Subset" in line]
    assert len(notes) == 1 and notes[0].startswith("note: this machine lacks HarfBuzz-Subset"), built.stdout
    assert "warning" not in built.stdout + built.stderr
    manifest = json.loads((ws / "out" / "manifest.json").read_text())
    assert manifest["briefs"]["rt"]["warnings"] == []

    skipped = briefsmith("build", "--strict", "--format", "pdf,json", "--json", env=env, cwd=ws)
    summary = json.loads(skipped.stdout)
    assert skipped.returncode == 0 and summary["briefs"][0]["status"] == "skipped"
    assert summary["machine_notes"] == [] and summary["briefs"][0]["warnings"] == []


def test_an_old_manifests_fonttools_warning_is_not_replayed(ws: Path) -> None:
    # Manifests written before machine notes were told apart hold WeasyPrint's warning among
    # the brief's; once the library is installed, --strict must pass on the up-to-date skip.
    assert run("build", "--format", "json", "--strict")[0] == 0
    path = ws / "out" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["briefs"]["rt"]["warnings"] = [
        'WeasyPrint: Using fontTools instead of HarfBuzz-Subset for font "Briefsmith Serif". This will be '
        "unsupported in future versions of WeasyPrint. Please install HarfBuzz-Subset >= 4.1.0 with your "
        "package manager."
    ]
    path.write_text(json.dumps(manifest))
    code, out, err = run("build", "--format", "json", "--strict")
    assert code == 0 and "skipped" in out and "fontTools" not in out + err
