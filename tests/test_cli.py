"""The CLI through Click's CliRunner: commands documented, errors one line, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import REPO, SEED

from briefsmith import __version__
from briefsmith.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
    return found


def test_every_command_is_documented() -> None:
    readme = (REPO / "README.md").read_text()
    commands = _commands(cli)
    assert {"build", "check", "condense", "render", "new", "init", "ingest", "manifest merge"} <= {
        n for n, _ in commands
    }
    for name, command in commands:
        assert command.help, f"{name} has no help text"
        assert f"briefsmith {name}" in readme, f"README does not document `briefsmith {name}`"
        code, out, _ = run(*name.split(), "--help")
        assert code == 0 and "Examples:" in out, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"README does not mention {name} {opt}"


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_build_example_writes_every_format(ws: Path) -> None:
    code, out, err = run("build")
    assert code == 0, out + err
    for ext in ("pdf", "docx", "html", "json"):
        assert (ws / "out" / f"rt.{ext}").stat().st_size > 0
    manifest = json.loads((ws / "out" / "manifest.json").read_text())
    assert set(o["file"] for o in manifest["briefs"]["rt"]["outputs"]) == {"rt.pdf", "rt.docx", "rt.html", "rt.json"}
    assert "built" in out


def test_build_json_summary_and_format_choice(ws: Path) -> None:
    code, out, _ = run("build", "--format", "json", "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["ok"] and summary["briefs"][0]["files"] == ["rt.json"]
    assert not (ws / "out" / "rt.pdf").exists()


def test_bad_format_is_usage_error(ws: Path) -> None:
    code, _, err = run("build", "--format", "pdf,odt")
    assert code == 2 and "odt" in err


def test_missing_brief_file_names_it(ws: Path) -> None:
    code, out, err = run("build", "briefs/nope.yaml")
    assert code == 1
    assert "briefs/nope.yaml" in out + err and "Traceback" not in out + err


def test_bad_spec_one_line_error_and_no_output(ws: Path) -> None:
    (ws / "briefs" / "rt.yaml").write_text("title: X\nsources: [seeds/missing.txt]\ncolor: red\n")
    code, out, err = run("build")
    assert code == 1
    line = next(ln for ln in (out + err).splitlines() if "rt.yaml" in ln)
    assert "sources[0]" in line and "color" in line
    assert not (ws / "out" / "rt.pdf").exists()


def test_check_finds_problems_without_building(ws: Path) -> None:
    (ws / "briefs" / "bad.yaml").write_text("title: X\nsources: [../outside.txt]\n")
    code, out, err = run("check")
    assert code == 1
    assert "ok       rt" in out and "bad.yaml" in err and "outside the workspace" in err
    assert not (ws / "out").exists()


def test_check_ok(ws: Path) -> None:
    code, out, _ = run("check")
    assert code == 0 and "ok" in out


def test_condense_prints_briefing_json(ws: Path) -> None:
    code, out, _ = run("condense", f"seeds/{SEED.name}")
    assert code == 0
    data = json.loads(out)
    assert [s["id"] for s in data["sections"]] == [
        "background",
        "key_actors",
        "security_rationale",
        "human_rights",
        "open_questions",
    ]
    assert data["sources"][0]["author"] == "Ruchi Kumar"


def test_condense_unreadable_record(ws: Path) -> None:
    (ws / "seeds" / "empty.txt").write_text("")
    code, out, err = run("condense", "seeds/empty.txt")
    assert code == 1 and "empty.txt" in err and "Traceback" not in out + err


def test_no_briefs_is_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("build")
    assert code == 2 and "no briefs" in err


def test_render_edited_json(ws: Path) -> None:
    assert run("build", "--format", "json")[0] == 0
    path = ws / "out" / "rt.json"
    data = json.loads(path.read_text())
    data["sections"][0]["points"][0]["text"] = "An analyst rewrote this point."
    edited = ws / "edited.json"
    edited.write_text(json.dumps(data))
    code, out, _ = run("render", "edited.json", "--format", "docx,html")
    assert code == 0, out
    # Into the workspace's out folder, where the record of what was written lives: nothing
    # lands beside the person's JSON.
    html = (ws / "out" / "edited.html").read_text()
    assert "An analyst rewrote this point." in html
    assert (ws / "out" / "edited.docx").exists()
    assert "edited" in json.loads((ws / "out" / "manifest.json").read_text())["briefs"]
    assert sorted(p.name for p in ws.iterdir() if p.is_file()) == ["edited.json"]


def test_render_rejects_non_briefing(ws: Path) -> None:
    (ws / "x.json").write_text('{"hello": 1}')
    code, out, err = run("render", "x.json")
    assert code == 1 and "x.json" in err and "not a briefing JSON" in err


def test_debug_shows_traceback(ws: Path) -> None:
    (ws / "seeds" / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["--debug", "condense", "seeds/empty.txt"])
    assert result.exit_code != 0 and result.exception is not None
