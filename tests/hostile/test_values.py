"""Bad values a user gives: impossible dates in specs and records, a briefing JSON with
wrong types or quotes that are not in its sources, broken shards given to `manifest
merge`. Each is one line naming the file (and the field), exit 1, nothing half-written."""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from .kit import ARTICLE, FAST, assert_one_line_error, brief_yaml, cli, run


@pytest.mark.parametrize(
    "date", ["2024-02-30", "0000-01-01", "2023-13-01", "2024-00-10", "20240101", "yesterday", "2024-1-5", "[2024]"]
)
def test_impossible_spec_dates_are_one_line(hws: Path, date: str) -> None:
    (hws / "briefs" / "pilots.yaml").write_text(f"title: T\ndate: {date}\nsources: [seeds/pilots.md]\n")
    for command in ("check", "build"):
        result = cli(hws, command, *(("--format", "json") if command == "build" else ()))
        assert_one_line_error(result, "briefs/pilots.yaml")
        assert "date" in result.text
    assert not (hws / "out" / "pilots.json").exists()


@pytest.mark.parametrize("date", ["2024-02-30", "0000-01-01"])
def test_impossible_record_dates_are_one_line(hws: Path, date: str) -> None:
    (hws / "seeds" / "pilots.md").write_text(ARTICLE.replace("published: 2024-03-04", f"published: {date}"))
    result = cli(hws, "build", "--format", "json")
    assert_one_line_error(result, "seeds/pilots.md")
    assert "published" in result.text


def _set(path: str, value: object) -> Callable[[dict], None]:
    """A mutation of the briefing JSON at a dotted path ("sections.0.points.0.text")."""

    def mutate(doc: dict) -> None:
        *parents, last = path.split(".")
        node: object = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value  # type: ignore[index]

    return mutate


BAD_FIELDS: list[tuple[str, object, str]] = [
    ("title", ["a", "b"], "title"),
    ("title", None, "title"),
    ("title", "", "title"),
    ("date", 20240101, "date"),
    ("date", "2024-02-30", "date"),
    ("language", 5, "language"),
    ("marking", {"x": 1}, "marking"),
    ("sources.0.url", 5, "sources[0].url"),
    ("sources.0.published", 20240101, "sources[0].published"),
    ("sources.0.title", None, "sources[0].title"),
    ("sources.0.authors", "Mara Quill", "sources[0].authors"),
    ("summary.0.text", None, "summary[0].text"),
    ("summary.0.citations.0.paragraph", "2", "summary[0].citations[0].paragraph"),
    ("summary.0.citations.0.paragraph", 0, "summary[0].citations[0].paragraph"),
    ("summary.0.citations.0.quote", 5, "summary[0].citations[0].quote"),
    ("summary.0.pinned", "yes", "summary[0].pinned"),
    ("sections.0.points", "none", "sections[0].points"),
    ("sections.0.kind", "chart", "sections[0].kind"),
    ("actors", [{"name": "X", "kind": "alien"}], "actors[0].kind"),
    ("sections", {"a": 1}, "sections"),
    ("warnings", "none", "warnings"),
    ("provenance", "extractive", "provenance"),
    ("paper", "A3", "paper"),
]


@pytest.fixture(scope="module")
def built_json(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    ws = tmp_path_factory.mktemp("json") / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    (ws / "briefs" / "p.yaml").write_text(brief_yaml())
    assert cli(ws, "build", "--format", "json").code == 0
    return ws, json.loads((ws / "out" / "p.json").read_text())


@pytest.mark.parametrize("path, value, field", BAD_FIELDS, ids=[f"{p}={v!r}" for p, v, _ in BAD_FIELDS])
def test_render_names_the_field_of_a_wrong_value(
    built_json: tuple[Path, dict], tmp_path: Path, path: str, value: object, field: str
) -> None:
    ws, doc = built_json
    bad = copy.deepcopy(doc)
    _set(path, value)(bad)
    target = ws / "edited" / f"{tmp_path.name}.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(bad))
    result = cli(ws, "render", str(target), "--format", "html", "--out", str(tmp_path / "out"))
    assert result.code == 1
    assert_one_line_error(result, target.name)
    assert f": {field}:" in result.err, result.err
    assert not (tmp_path / "out" / f"{target.stem}.html").exists()


NOT_BRIEFINGS = {
    "cut short": "{",
    "a list": "[]",
    "a string": '"x"',
    "single quotes": "{\"title\": 'x'}",
    "control bytes": "\ufeff\x00\x01",
    "nested 100,000 deep": "[" * 100_000,
    "a 5,000-digit number": "1" * 5000,
}


@pytest.mark.parametrize("text", list(NOT_BRIEFINGS.values()), ids=list(NOT_BRIEFINGS))
def test_render_of_text_that_is_not_a_briefing(built_json: tuple[Path, dict], tmp_path: Path, text: str) -> None:
    ws, _ = built_json
    target = tmp_path / "broken.json"
    target.write_text(text)
    result = cli(ws, "render", str(target), "--format", "html")
    assert result.code == 1
    assert_one_line_error(result, "broken.json")


def test_render_checks_quotes_against_the_sources_as_build_does(built_json: tuple[Path, dict]) -> None:
    ws, doc = built_json
    edited = copy.deepcopy(doc)
    cite = edited["summary"][0]["citations"][0]
    cite["quote"] = "words no source ever said"
    cite.pop("start", None)
    cite.pop("end", None)
    (ws / "out" / "p.json").write_text(json.dumps(edited))
    try:
        result = cli(ws, "render", "out/p.json", "--format", "html")
        assert result.code == 0 and "unverified citation" in result.out and "words no source" in result.out
        strict = cli(ws, "render", "out/p.json", "--format", "html", "--strict")
        assert strict.code == 1 and "unverified citation" in strict.out
        edited["summary"][0]["citations"][0]["source"] = "no-such-source"
        (ws / "out" / "p.json").write_text(json.dumps(edited))
        unknown = cli(ws, "render", "out/p.json", "--format", "html", "--strict")
        assert unknown.code == 1 and "unknown source" in unknown.out
    finally:
        (ws / "out" / "p.json").write_text(json.dumps(doc))


# --- manifest merge ------------------------------------------------------------------


@pytest.fixture(scope="module")
def shard_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with two shards' manifests from real builds."""
    ws = tmp_path_factory.mktemp("shards") / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    (ws / "briefs" / "a.yaml").write_text(brief_yaml(title="A"))
    (ws / "briefs" / "b.yaml").write_text(brief_yaml(title="B"))
    assert cli(ws, "build", "briefs/a.yaml", "--format", "json", "--out", "s1").code == 0
    assert cli(ws, "build", "briefs/b.yaml", "--format", "json", "--out", "s2").code == 0
    return ws


@pytest.fixture
def shards(shard_source: Path, tmp_path: Path) -> tuple[Path, Path]:
    ws = tmp_path / "ws"
    shutil.copytree(shard_source, ws)
    return ws, ws / "s1" / "manifest.json"


SHARD_DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "not JSON": lambda p: p.write_text("manifest, honestly"),
    "empty": lambda p: p.write_text(""),
    "a list": lambda p: p.write_text("[]"),
    "briefs is a list": lambda p: p.write_text('{"schema": 1, "briefs": []}'),
    "a bad hash": lambda p: p.write_text(p.read_text().replace('"sha256": "', '"sha256": "zz', 1)),
    "a negative size": lambda p: p.write_text(p.read_text().replace('"size": ', '"size": -', 1)),
    "a path in a file name": lambda p: p.write_text(p.read_text().replace('"file": "', '"file": "../', 1)),
    "a newer schema": lambda p: p.write_text(p.read_text().replace('"schema": 1', '"schema": 99', 1)),
    "nested deeply": lambda p: p.write_text("[" * 100_000),
    "a FIFO": lambda p: (p.unlink(), os.mkfifo(p)),  # type: ignore[func-returns-value]
    "a folder": lambda p: (p.unlink(), p.mkdir()),  # type: ignore[func-returns-value]
    "missing": lambda p: p.unlink(),
}


@pytest.mark.parametrize("damage", sorted(SHARD_DAMAGE))
def test_manifest_merge_fails_naming_a_bad_shard(shards: tuple[Path, Path], damage: str) -> None:
    ws, bad = shards
    SHARD_DAMAGE[damage](bad)
    target = ws / "merged" / "manifest.json"
    args = ("manifest", "merge", "s2/manifest.json", "s1/manifest.json", "--out", str(target))
    result = run(ws, *args, timeout=30) if damage == "a FIFO" else cli(ws, *args)  # a FIFO could hang
    assert result.code == 1, result.text
    assert_one_line_error(result, "s1/manifest.json")
    assert not target.exists(), "a merge with a bad shard wrote a manifest"


def test_manifest_merge_of_good_shards(shards: tuple[Path, Path]) -> None:
    ws, _ = shards
    result = cli(ws, "manifest", "merge", "s1/manifest.json", "s2/manifest.json", "--out", "out/manifest.json")
    assert result.code == 0, result.text
    assert set(json.loads((ws / "out" / "manifest.json").read_text())["briefs"]) == {"a", "b"}


def test_bad_config_values_are_one_line(hws: Path) -> None:
    for text, field in [("out: ../elsewhere\n", "out"), ("jobs: many\n", "jobs"), ("formats: [pdf, gif]\n", "gif")]:
        (hws / "briefsmith.yaml").write_text(text)
        result = cli(hws, "build", "--format", FAST)
        assert result.code != 0, result.text
        assert_one_line_error(result, "briefsmith.yaml")
        assert field in result.err
    assert not (hws.parent / "elsewhere").exists()
