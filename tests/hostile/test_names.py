"""Names checked before anything is written: a brief named `manifest`, two specs giving
one output name, one brief named twice, `render` whose output would replace its input;
and the same source named twice counts once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .kit import FAST, assert_clean, assert_one_line_error, assert_plain_build_ok, brief_yaml, cli, run


def _written(ws: Path) -> list[str]:
    out = ws / "out"
    return sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) if out.is_dir() else []


@pytest.mark.parametrize(
    "names, named",
    [
        (["manifest.yaml"], "manifest.yaml"),
        (["Manifest.yml"], "Manifest.yml"),
        (["x.yaml", "x.yml"], "x.y"),
        (["Brief.yaml", "brief.yaml"], "rief.yaml"),
    ],
)
def test_names_that_collide_are_refused_before_anything_is_written(hws: Path, names: list[str], named: str) -> None:
    for name in names:
        (hws / "briefs" / name).write_text(brief_yaml(title=name))
    result = cli(hws, "build", "--format", FAST)
    assert result.code == 1, result.text
    assert_one_line_error(result, named)
    assert not [n for n in _written(hws) if not n.startswith("pilots.")], _written(hws)
    assert "pilots.json" not in _written(hws)  # refused before any brief was built


def test_a_hidden_spec_is_no_brief_and_refused_when_named(hws: Path) -> None:
    (hws / "briefs" / ".hidden.yaml").write_text(brief_yaml(title="Hidden"))
    assert cli(hws, "build", "--format", "json").code == 0  # found by no one: an editor's or a run's leftover
    assert "hidden.json" not in " ".join(_written(hws))
    result = cli(hws, "build", "--format", "json", "briefs/.hidden.yaml")
    assert result.code == 1
    assert_one_line_error(result, ".hidden.yaml")


def test_one_brief_named_twice_is_built_once(hws: Path) -> None:
    spellings = [
        "briefs/pilots.yaml",
        "./briefs/pilots.yaml",
        "briefs/../briefs/pilots.yaml",
        str(hws / "briefs/pilots.yaml"),
    ]
    os.link(hws / "briefs" / "pilots.yaml", hws / "pilots-hardlink.yaml")
    result = run(hws, "build", "--format", FAST, *spellings)
    assert result.code == 0, result.text
    assert sum(line.startswith("built") for line in result.out.splitlines()) == 1, result.out
    assert_plain_build_ok(hws, "--format", FAST)


def test_render_never_replaces_its_own_input(hws: Path, tmp_path: Path) -> None:
    assert run(hws, "build", "--format", "json").code == 0
    doc = (hws / "out" / "pilots.json").read_text()
    # A briefing JSON saved as manifest.json: its outputs would be manifest.*, the record's name.
    (tmp_path / "manifest.json").write_text(doc)
    result = run(hws, "render", str(tmp_path / "manifest.json"), "--format", "html")
    assert_one_line_error(result, "manifest.json")
    assert (tmp_path / "manifest.json").read_text() == doc
    # A JSON named x.html rendered to HTML in its own folder would overwrite itself (render
    # writes into the workspace's out/ unless told: --out names the JSON's folder here).
    (tmp_path / "x.html").write_text(doc)
    result = run(hws, "render", str(tmp_path / "x.html"), "--format", "html", "--out", str(tmp_path))
    assert_one_line_error(result, "x.html")
    assert (tmp_path / "x.html").read_text() == doc
    # An output name that is a hard link to the input.
    (tmp_path / "twin").mkdir()
    (tmp_path / "twin" / "y.json").write_text(doc)
    os.link(tmp_path / "twin" / "y.json", tmp_path / "twin" / "y.pdf")
    result = run(hws, "render", str(tmp_path / "twin" / "y.json"), "--format", "pdf", "--out", str(tmp_path / "twin"))
    assert_one_line_error(result, "y.json")
    assert (tmp_path / "twin" / "y.json").read_text() == doc


def test_build_never_replaces_its_own_inputs(hws: Path) -> None:
    (hws / "seeds" / "pilots.json").write_text(
        '{"title": "Harbour pilots", "body": "Harbour pilots walked out on Monday. The port halted large vessels."}'
    )
    (hws / "briefs" / "pilots.yaml").write_text(brief_yaml(source="seeds/pilots.json"))
    before = (hws / "seeds" / "pilots.json").read_bytes()
    result = cli(hws, "build", "--format", "json", "--out", "seeds")  # out/pilots.json would be the record
    assert_one_line_error(result, "seeds/pilots.json")
    assert (hws / "seeds" / "pilots.json").read_bytes() == before
    for folder in ("templates", "styles/x"):
        result = cli(hws, "build", "--format", "html", "--out", folder)
        assert_one_line_error(result, folder.split("/")[0])


def test_the_same_source_twice_counts_once(hws: Path) -> None:
    (hws / "seeds" / "again.md").symlink_to(hws / "seeds" / "pilots.md")
    os.link(hws / "seeds" / "pilots.md", hws / "seeds" / "hard.md")
    sources = ["seeds/pilots.md", "./seeds/pilots.md", "seeds/../seeds/pilots.md", "seeds/again.md", "seeds/hard.md"]
    (hws / "briefs" / "pilots.yaml").write_text(f"title: T\ndate: 2024-03-05\nsources: {json.dumps(sources)}\n")
    result = run(hws, "build", "--format", "json,html")
    assert result.code == 0, result.text
    briefing = json.loads((hws / "out" / "pilots.json").read_text())
    assert len(briefing["sources"]) == 1
    assert "2 sources" not in (hws / "out" / "pilots.html").read_text()
    assert_clean(hws)
