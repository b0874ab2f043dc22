"""briefsmith.yaml: validated, with flags and environment variables winning over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsmith.errors import SpecError
from briefsmith.settings.resolve import build_options


def write_config(root: Path, text: str) -> None:
    (root / "briefsmith.yaml").write_text(text)


def test_config_values_apply_and_flags_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFSMITH_LLM_MAX_CHARS", raising=False)
    write_config(tmp_path, "jobs: 2\nformats: [pdf, json]\nllm:\n  model: m1\n  max_chars: 50000\n")
    options = build_options(tmp_path)
    assert options.jobs == 2 and options.formats == ("pdf", "json")
    assert options.llm.model == "m1" and options.llm.max_chars == 50000
    assert build_options(tmp_path, jobs=1, formats=("docx",)).jobs == 1


def test_the_environment_wins_over_the_file_for_the_prompt_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(tmp_path, "llm:\n  max_chars: 50000\n")
    monkeypatch.setenv("BRIEFSMITH_LLM_MAX_CHARS", "9000")
    assert build_options(tmp_path).llm.max_chars is None  # left to the engine, which reads the variable


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("llm:\n  max_chars: 10\n", "llm.max_chars"),
        ("llm:\n  api_key: sk-1\n", "llm"),
        ("jobs: 0\n", "jobs"),
        ("colour: blue\n", "colour"),
    ],
)
def test_bad_config_names_the_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    write_config(tmp_path, text)
    with pytest.raises(SpecError) as info:
        build_options(tmp_path)
    line = info.value.one_line()
    assert "briefsmith.yaml" in line and field in line and "\n" not in line
