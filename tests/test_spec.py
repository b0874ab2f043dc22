"""Brief specs: valid ones load, and every problem of a bad one is reported at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith.errors import BriefsmithError, SpecError
from briefsmith.workspace.spec import MAX_SOURCES, load_spec


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Title\n\nSome text here. More text.\n")
    return tmp_path


def write(ws: Path, text: str) -> Path:
    path = ws / "briefs" / "b.yaml"
    path.write_text(text)
    return path


def test_minimal_spec_loads(ws: Path) -> None:
    spec, paths = load_spec(write(ws, "title: T\nsources: [seeds/a.txt]\n"), ws)
    assert spec.title == "T" and spec.paper is None  # None: A4 for the PDF, the reference's for a DOCX
    assert paths == [(ws / "seeds" / "a.txt").resolve()]
    assert [c.id for c in spec.section_choices()] == [
        "background",
        "key_actors",
        "security_rationale",
        "human_rights",
        "open_questions",
    ]


def test_sections_reorder_rename_add(ws: Path) -> None:
    spec, _ = load_spec(
        write(
            ws,
            """title: T
sources: [seeds/a.txt]
sections:
  - human_rights
  - {id: background, title: Context}
  - {id: economy, title: Economy, keywords: [trade, oil]}
""",
        ),
        ws,
    )
    choices = spec.section_choices()
    assert [(c.id, c.title) for c in choices] == [
        ("human_rights", "Human-rights concerns"),
        ("background", "Context"),
        ("economy", "Economy"),
    ]
    assert choices[2].keywords == ("trade", "oil")


def test_all_problems_reported_at_once(ws: Path) -> None:
    path = write(
        ws,
        """title: ""
sources: [seeds/a.txt, ../../etc/passwd, missing.txt]
paper: A5
colour: red
""",
    )
    with pytest.raises(SpecError) as err:
        load_spec(path, ws)
    fields = [f for f, _ in err.value.problems]
    assert set(fields) >= {"title", "paper", "colour", "sources[1]", "sources[2]"}
    line = err.value.one_line()
    assert str(path) in line and "\n" not in line
    assert "outside the workspace" in line and "file not found" in line and "unknown field" in line


def test_missing_required_fields(ws: Path) -> None:
    with pytest.raises(SpecError) as err:
        load_spec(write(ws, "subtitle: x\n"), ws)
    assert {f for f, _ in err.value.problems} == {"title", "sources"}


def test_sources_up_to_the_cap(ws: Path) -> None:
    """A brief takes up to MAX_SOURCES (2,000) distinct sources; one more is refused by name."""
    for i in range(MAX_SOURCES + 1):
        (ws / "seeds" / f"s{i}.txt").write_text(f"Title {i}\n\nSome text {i} here.\n")
    listed = "".join(f"  - seeds/s{i}.txt\n" for i in range(MAX_SOURCES))
    spec, paths = load_spec(write(ws, f"title: T\nsources:\n{listed}"), ws)
    assert MAX_SOURCES == 2000 and len(spec.sources) == len(paths) == MAX_SOURCES
    with pytest.raises(SpecError) as err:
        load_spec(write(ws, f"title: T\nsources:\n{listed}  - seeds/s{MAX_SOURCES}.txt\n"), ws)
    assert dict(err.value.problems)["sources"] == "2001 sources: a brief takes at most 2000 (split it into briefs)"


def test_wrong_types(ws: Path) -> None:
    with pytest.raises(SpecError) as err:
        load_spec(write(ws, "title: [a, b]\nsources: seeds/a.txt\nmax_points: many\n"), ws)
    assert {f for f, _ in err.value.problems} >= {"title", "sources", "max_points"}


def test_malformed_yaml_names_the_line(ws: Path) -> None:
    with pytest.raises(BriefsmithError) as err:
        load_spec(write(ws, "title: T\nsources: [seeds/a.txt\n"), ws)
    assert "line" in err.value.one_line() and "b.yaml" in err.value.one_line()


def test_alias_bomb_refused(ws: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)
    )
    with pytest.raises(BriefsmithError) as err:
        load_spec(write(ws, "title: T\nsources: [seeds/a.txt]\n" + bomb), ws)
    assert "aliases" in str(err.value)


def test_deep_nesting_refused(ws: Path) -> None:
    with pytest.raises(BriefsmithError) as err:
        load_spec(write(ws, "title: T\nsources: [seeds/a.txt]\nx: " + "[" * 500 + "]" * 500 + "\n"), ws)
    assert "nested" in str(err.value)


def test_symlink_out_of_workspace_refused(ws: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text("secret")
    os.symlink(outside, ws / "seeds" / "link.txt")
    with pytest.raises(SpecError) as err:
        load_spec(write(ws, "title: T\nsources: [seeds/link.txt]\n"), ws)
    assert err.value.problems == [("sources[0]", "path is outside the workspace: seeds/link.txt")]


def test_absolute_path_outside_refused(ws: Path) -> None:
    with pytest.raises(SpecError) as err:
        load_spec(write(ws, "title: T\nsources: [/etc/hostname]\n"), ws)
    assert "outside the workspace" in str(err.value)


def test_not_a_mapping(ws: Path) -> None:
    with pytest.raises(SpecError):
        load_spec(write(ws, "- just\n- a list\n"), ws)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_yaml_text_gives_spec_or_clear_error(ws: Path, text: str) -> None:
    path = write(ws, text)
    try:
        load_spec(path, ws)
    except BriefsmithError as exc:
        line = exc.one_line()
        assert "\n" not in line and str(path) in line
