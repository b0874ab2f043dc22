"""What a new user meets first: the workspace found from any subfolder, messages that say what
to do (one problem a line, the date forms we read, plurals), usage errors that exit 2, whole
command summaries in --help, shards balanced by size, and the kept files in --json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import SEED

from briefsmith.cli import cli
from briefsmith.workspace.briefs import brief_size, select_shard


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_workspace_is_found_from_any_subfolder(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "seeds" / "deeper").mkdir()
    monkeypatch.chdir(ws / "seeds" / "deeper")
    code, out, err = run("build", "--format", "json")
    assert code == 0, out + err
    assert (ws / "out" / "rt.json").is_file() and not (ws / "seeds" / "deeper" / "out").exists()
    code, out, _ = run("check")
    assert code == 0 and "ok       rt" in out
    # Records named as typed here, stored relative to the workspace.
    code, out, _ = run("new", "again", "--source", f"../{SEED.name}")
    assert code == 0, out
    assert f"seeds/{SEED.name}" in (ws / "briefs" / "again.yaml").read_text()


def test_a_workspace_named_with_workspace_and_none_found(
    ws: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)
    code, _, err = run("build")
    assert code == 2 and "no workspace" in err and "--workspace" in err
    code, out, err = run("--workspace", str(ws), "build", "--format", "json")
    assert code == 0, out + err
    assert (ws / "out" / "rt.json").is_file() and not (elsewhere / "out").exists()


def test_a_briefsmith_yaml_marks_a_workspace_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefsmith.yaml").write_text("jobs: 1\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    code, _, err = run("build")
    # Found (the config is read), and then it says what is missing there, not a folder up.
    assert code == 2 and str(tmp_path) in err and "sub" not in err.split("no workspace")[0]


@pytest.mark.parametrize("formats", ["json,html", "'json, html'", "[json, html]"])
def test_formats_in_briefsmith_yaml_as_a_string_or_a_list(ws: Path, formats: str) -> None:
    (ws / "briefsmith.yaml").write_text(f"formats: {formats}\n")
    code, out, err = run("build", "--json")
    assert code == 0, out + err
    assert json.loads(out)["briefs"][0]["files"] == ["rt.html", "rt.json"]


def test_a_bad_formats_value_says_what_to_write(ws: Path) -> None:
    (ws / "briefsmith.yaml").write_text("formats: 3\n")
    code, _, err = run("build")
    assert code == 1 and "briefsmith.yaml" in err and "formats" in err
    assert "comma-separated" in err and "valid tuple" not in err


def test_check_prints_one_problem_a_line(ws: Path) -> None:
    (ws / "briefs" / "bad.yaml").write_text("title: X\ndate: 12/10/2024\nsources: [seeds/none.txt]\ncolour: red\n")
    code, out, err = run("check")
    assert code == 1 and "ok       rt" in out
    lines = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(lines) == 3 and all("bad.yaml" in line for line in lines)
    assert {line.split("bad.yaml: ")[1].split(":")[0] for line in lines} == {"date", "sources[0]", "colour"}
    assert "3 problems in 1 brief" in out and all(line.startswith("Error:") for line in err.splitlines())


def test_a_date_error_names_the_forms_we_read(ws: Path) -> None:
    (ws / "briefs" / "rt.yaml").write_text(f"title: X\ndate: 12/10/2024\nsources: [seeds/{SEED.name}]\n")
    code, _, err = run("check")
    assert code == 1 and "YYYY-MM-DD" in err and "day or month" in err and "invalid character" not in err
    (ws / "briefs" / "rt.yaml").write_text(f"title: X\ndate: 2024-13-01\nsources: [seeds/{SEED.name}]\n")
    code, _, err = run("check")
    assert code == 1 and "2024-13-01 is not a calendar date" in err and "Traceback" not in err
    (ws / "seeds" / "d.md").write_text("---\ntitle: D\npublished: 12/10/2024\n---\nSome text. More text.\n")
    code, _, err = run("condense", "seeds/d.md")
    assert code == 1 and "October 14, 2024" in err and "14.10.2024" in err and "day or month" in err


def test_a_brief_name_too_long_for_its_outputs_is_refused_before_anything_is_written(ws: Path) -> None:
    long = ws / "briefs" / ("b" * 240 + ".yaml")
    long.write_text((ws / "briefs" / "rt.yaml").read_text())
    code, _, err = run("check")
    assert code == 1 and "brief name too long (240 bytes; at most 200)" in err  # the build's own words
    code, _, err = run("build", "--format", "json")
    assert code == 1 and "brief name too long (240 bytes; at most 200)" in err and "Traceback" not in err
    assert not (ws / "out").exists() or not any((ws / "out").glob("b*"))


def test_an_empty_sources_list_reads_as_english(ws: Path) -> None:
    (ws / "briefs" / "rt.yaml").write_text("title: X\nsources: []\n")
    code, _, err = run("check")
    assert code == 1 and "sources: is empty: list at least one record" in err and "tuple" not in err


def test_a_section_listed_twice_is_refused(ws: Path) -> None:
    (ws / "briefs" / "rt.yaml").write_text(
        f"title: X\nsources: [seeds/{SEED.name}]\nsections: [background, {{id: background, title: Context}}]\n"
    )
    code, _, err = run("check")
    assert code == 1 and "sections: 'background' is listed twice" in err


@pytest.mark.parametrize("folder", [".", "seeds", "briefs/"])
def test_out_in_the_config_may_not_be_an_input_folder(ws: Path, folder: str) -> None:
    (ws / "briefsmith.yaml").write_text(f"out: {folder}\n")
    code, _, err = run("build", "--format", "json")
    assert code == 1 and "out: must be a folder of its own" in err
    assert not list(ws.rglob("rt.json"))


def test_an_unknown_engine_flag_is_a_usage_error(ws: Path) -> None:
    code, _, err = run("build", "--engine", "foo")
    assert code == 2 and "unknown engine 'foo'" in err and "extractive" in err
    assert not (ws / "out").exists()  # refused before anything is built
    assert run("condense", "--engine", "foo", f"seeds/{SEED.name}")[0] == 2
    (ws / "briefsmith.yaml").write_text("engine: foo\n")
    assert run("build")[0] == 2


def test_top_level_help_shows_each_command_summary_whole() -> None:
    code, out, _ = run("--help")
    assert code == 0
    rows = out.split("Commands:")[1].split("\n\n")[0].splitlines()
    for name, command in cli.commands.items():
        row = next(r for r in rows if r.split() and r.split()[0] == name)
        assert row.split(None, 1)[1] == command.get_short_help_str(limit=1000), row
        assert not row.endswith("..."), row
    group = cli.commands["manifest"]
    assert isinstance(group, click.Group)
    listed = run("manifest", "--help")[1].split("Commands:")[1]
    for name, command in group.commands.items():
        assert f"{name}  {command.get_short_help_str(limit=1000)}" in listed


def test_counts_read_as_english(ws: Path) -> None:
    assert run("build", "--format", "json", "--out", "a")[0] == 0
    code, out, _ = run("manifest", "merge", "a/manifest.json", "--out", "m/manifest.json")
    assert code == 0 and "merged 1 brief into" in out


def _briefs(ws: Path, sizes: dict[str, int]) -> list[Path]:
    specs = []
    for name, size in sizes.items():
        (ws / "seeds" / f"{name}.txt").write_text("T\n\n" + "x" * size)
        spec = ws / "briefs" / f"{name}.yaml"
        spec.write_text(f"title: {name}\nsources: [seeds/{name}.txt]\n")
        specs.append(spec)
    return specs


def test_shards_are_balanced_by_size_and_none_is_empty(ws: Path) -> None:
    (ws / "briefs" / "rt.yaml").unlink()
    specs = _briefs(ws, {"a": 100, "b": 100, "c": 100})
    assert [len(select_shard(specs, i, 3, ws)) for i in (1, 2, 3)] == [1, 1, 1]
    specs = _briefs(ws, {"big": 9000, "m1": 3000, "m2": 3000, "m3": 3000, "s": 100})
    shares = [select_shard(sorted(specs), i, 2, ws) for i in (1, 2)]
    assert sorted(p.stem for share in shares for p in share) == sorted(p.stem for p in specs)
    totals = [sum(brief_size(p, ws) for p in share) for share in shares]
    assert abs(totals[0] - totals[1]) < 300, totals  # 9,000 bytes a side, the 100-byte brief on one
    # Briefs of no size at all are shared out by count.
    for n in (2, 3, 4):
        assert all(select_shard([Path(f"/nowhere/{i}.yaml") for i in range(n)], i, n, ws) for i in range(1, n + 1))


def test_an_empty_shard_writes_an_empty_manifest_and_says_so(ws: Path) -> None:
    code, out, _ = run("build", "--shard", "2/3", "--format", "json", "--out", "shard-2")
    assert code == 0
    assert "shard 2/3 has no briefs (1 brief over 3 shards)" in out
    manifest = json.loads((ws / "shard-2" / "manifest.json").read_text())
    assert manifest["briefs"] == {}
    code, out, _ = run("build", "--shard", "3/3", "--format", "json", "--out", "shard-3", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["shard"] == "3/3" and "has no briefs" in summary["note"]
    code, out, _ = run("manifest", "merge", "shard-2/manifest.json", "shard-3/manifest.json", "--out", "m.json")
    assert code == 0 and "merged 0 briefs" in out


def test_json_carries_the_kept_files_and_what_to_do(ws: Path) -> None:
    assert run("build", "--format", "docx,json")[0] == 0
    docx = ws / "out" / "rt.docx"
    docx.write_bytes(docx.read_bytes() + b"a person's edit")
    (ws / "briefs" / "rt.yaml").write_text((ws / "briefs" / "rt.yaml").read_text() + "subtitle: New\n")
    code, out, err = run("build", "--format", "docx,json", "--json")
    assert code == 1 and err == ""
    brief = json.loads(out)["briefs"][0]
    assert brief["status"] == "kept" and brief["kept"] == ["rt.docx"]
    assert "briefsmith pull out/rt.docx" in brief["notes"][0] and "rt.docx" in brief["notes"][0]


def test_a_copied_workspace_still_builds(ws: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    # The workspace is where the briefs are, not where the command was first run.
    copy = tmp_path_factory.mktemp("copy") / "ws"
    shutil.copytree(ws, copy)
    code, out, err = run("--workspace", str(copy), "build", "--format", "json")
    assert code == 0, out + err and (copy / "out" / "rt.json").is_file()


def test_an_interrupt_between_the_start_up_handlers_and_the_clis_is_one_line() -> None:
    """Ctrl-C landing after __main__ gives the signals back and before the CLI catches them
    (a few bytecodes; seen on a loaded machine) still ends in one line, not a traceback."""
    import subprocess
    import sys

    probe = (
        "import briefsmith.cli as cli\n"
        "def interrupted(*args, **kwargs):\n"
        "    raise KeyboardInterrupt\n"
        "cli.main = interrupted\n"
        "from briefsmith.__main__ import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130
    assert "Traceback" not in done.stderr and done.stderr.strip() == "Interrupted."
