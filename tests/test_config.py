"""Settings: each declared once (settings/options.py) and read through one resolver: a flag
given wins, then the environment, then briefsmith.yaml, then the default; the flags, the config
schema, the variables and the README's table all come from the declarations."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefsmith.cli import cli
from briefsmith.errors import SpecError, UsageError
from briefsmith.settings.declare import Declared, declared, output_key
from briefsmith.settings.options import BuildOptions, LLMOptions
from briefsmith.settings.resolve import build_options, llm_options

REPO = Path(__file__).resolve().parent.parent
SETTINGS = declared(BuildOptions)


@pytest.fixture(autouse=True)
def _no_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for d in SETTINGS:
        if d.setting.env:
            monkeypatch.delenv(d.setting.env, raising=False)


def write_config(root: Path, text: str) -> None:
    (root / "briefsmith.yaml").write_text(text)


def readme_row(d: Declared) -> str:
    s = d.setting
    flag = ", ".join(f"`{x}`" for x in (s.short, s.flag) if x)
    flag += f" ({', '.join(s.commands)})" if flag else ""
    cells = (f"`{d.path}`", f"`{s.key}`" if s.key else "—", flag or "—", f"`{s.env}`" if s.env else "—")
    return "| " + " | ".join((*cells, d.default_text, s.doc)) + " |"


def test_every_setting_has_its_row_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for d in SETTINGS:
        assert readme_row(d) in readme, f"README's settings table needs, as declared:\n{readme_row(d)}"
    rows = [line for line in readme.splitlines() if line.startswith("| `") and line.count(" | ") == 5]
    documented = {row.split("`")[1] for row in rows if "`" in row}
    assert documented >= {d.path for d in SETTINGS}


def test_each_flag_is_declared_once_and_reaches_its_commands() -> None:
    names = [d.name for d in SETTINGS]
    assert len(names) == len(set(names)), "two settings would arrive as the same keyword"
    for command in ("build", "condense", "render"):
        text = CliRunner().invoke(cli, [command, "--help"]).output
        for d in SETTINGS:
            flag = d.setting.flag.split("/")[0] if d.setting.flag else None
            if flag and command in d.setting.commands:
                assert flag in text, f"{command} --help lacks {flag}"
            elif flag:
                assert f"{flag} " not in text, f"{command} takes {flag}, not declared for it"


def test_defaults_then_config_then_environment_then_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build_options(tmp_path) == BuildOptions(llm=LLMOptions(fallback="extractive"))
    write_config(tmp_path, "jobs: 2\nformats: [pdf, json]\nllm:\n  model: m1\n  max_chars: 50000\n  timeout: 9\n")
    options = build_options(tmp_path)
    assert options.jobs == 2 and options.render.formats == ("pdf", "json")
    assert (options.llm.model, options.llm.max_chars, options.llm.timeout) == ("m1", 50000, 9.0)
    monkeypatch.setenv("BRIEFSMITH_LLM_MAX_CHARS", "9000")
    monkeypatch.setenv("BRIEFSMITH_LLM_MODEL", "m2")
    options = build_options(tmp_path)
    assert (options.llm.model, options.llm.max_chars) == ("m2", 9000)
    options = build_options(tmp_path, jobs=1, formats=("docx",), strict=None)
    assert options.jobs == 1 and options.render.formats == ("docx",) and options.strict is False


def test_fallback_is_on_unless_strict_or_said(tmp_path: Path) -> None:
    assert build_options(tmp_path).llm.fallback == "extractive"
    assert build_options(tmp_path, strict=True).llm.fallback is None
    assert build_options(tmp_path, strict=True, fallback=True).llm.fallback == "extractive"
    assert build_options(tmp_path, fallback=False).llm.fallback is None
    write_config(tmp_path, "strict: true\n")
    assert build_options(tmp_path).llm.fallback is None


def test_the_llm_engine_gets_one_typed_value_and_the_key_stays_out_of_sight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_LLM_KEY", "sk-secret")
    monkeypatch.setenv("BRIEFSMITH_LLM_URL", "http://127.0.0.1:9/v1")
    options = llm_options(model="m")
    assert (options.key, options.url, options.model) == ("sk-secret", "http://127.0.0.1:9/v1", "m")
    assert "sk-secret" not in repr(options) and "sk-secret" not in repr(BuildOptions(llm=options))
    key = output_key(BuildOptions(llm=options))
    assert "sk-secret" not in str(key) and key["llm.url"] == "http://127.0.0.1:9/v1"
    with pytest.raises(TypeError, match="not a setting: colour"):
        llm_options(colour="blue")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("llm:\n  max_chars: 10\n", "llm.max_chars"),
        ("llm:\n  api_key: sk-1\n", "llm"),
        ("jobs: 0\n", "jobs"),
        ("colour: blue\n", "colour"),
        ("formats: [pdf, odt]\n", "formats"),
        ("pdf_variant: pdf/x\n", "pdf_variant"),
    ],
)
def test_bad_config_names_the_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    write_config(tmp_path, text)
    with pytest.raises(SpecError) as info:
        build_options(tmp_path)
    line = info.value.one_line()
    assert "briefsmith.yaml" in line and field in line and "\n" not in line


@pytest.mark.parametrize(
    ("variable", "value"),
    [("BRIEFSMITH_LLM_MAX_CHARS", "lots"), ("BRIEFSMITH_LLM_MAX_CHARS", "999"), ("BRIEFSMITH_LLM_TIMEOUT", "0")],
)
def test_a_bad_variable_is_a_usage_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(UsageError, match=f"{variable} must be a (whole )?number of at least"):
        build_options(tmp_path)


def test_a_library_caller_is_checked_like_a_flag(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown format odt"):
        build_options(tmp_path, formats=("pdf", "odt"))
    with pytest.raises(UsageError, match="jobs.*from 1 to 64"):
        build_options(tmp_path, jobs=65)
    with pytest.raises(UsageError, match="invalid shard"):
        build_options(tmp_path, shard="3/2")
