"""`briefsmith init` and `briefsmith new`: what they write, that it validates, and
that they never replace a file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from briefsmith.errors import BriefsmithError, UsageError
from briefsmith.records import read_article
from briefsmith.version import REQUIREMENT
from briefsmith.workspace import scaffold
from briefsmith.workspace.scaffold import INIT_PATHS, OPTIONAL_FIELDS, init_workspace, new_brief, workflow_text
from briefsmith.workspace.spec import load_spec


def uncomment_optional_fields(text: str) -> str:
    """Every commented-out field line ("# name:" or an indented "#   - …") made live."""
    return "\n".join(line[2:] if re.match(r"^# (?=[a-z_]+:|\s)", line) else line for line in text.splitlines()) + "\n"


def test_init_makes_a_workspace(tmp_path: Path) -> None:
    target = tmp_path / "briefs-repo"
    written = init_workspace(target)
    assert sorted(p.relative_to(target).as_posix() for p in written) == sorted(INIT_PATHS)
    for folder in ("seeds", "briefs", "templates", "styles", "out"):
        assert (target / folder).is_dir()
    ignored = (target / ".gitignore").read_text(encoding="utf-8").split()
    assert "out/" in ignored and ".briefsmith/*" in ignored and "!.briefsmith/cache/" in ignored
    assert (target / ".github/workflows/briefs.yml").read_text(encoding="utf-8") == workflow_text()
    spec, sources = load_spec(target / "briefs/example.yaml", target)
    assert sources == [(target / "seeds/example.md").resolve()]
    assert spec.title == "Fisheries patrol pact in the Grey Strait"


def test_the_example_seed_is_a_record(tmp_path: Path) -> None:
    init_workspace(tmp_path)
    text = (tmp_path / "seeds/example.md").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head)
    assert list(meta) == ["title", "authors", "publisher", "published", "url", "language"]
    paragraphs = body.strip().split("\n\n")
    assert len(paragraphs) == 6 and all("\n" not in p for p in paragraphs)
    article = read_article(tmp_path / "seeds/example.md")
    assert article.title == meta["title"] and article.paragraphs == tuple(paragraphs)
    from briefsmith.pipeline.check import check_briefs

    assert dict(check_briefs(tmp_path, [])) == {"example": ()}


def test_a_new_workspace_passes_the_ci_build(tmp_path: Path) -> None:
    """What the workflow runs, on what `init` wrote: `briefsmith build --strict` succeeds
    (JSON only here: the renderers have their own tests)."""
    import json
    import os
    import subprocess
    import sys

    init_workspace(tmp_path)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "briefsmith", "build", "--strict", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    briefing = json.loads((tmp_path / "out/example.json").read_text(encoding="utf-8"))
    assert all(section["points"] for section in briefing["sections"])  # every default section filled
    assert (tmp_path / "out/manifest.json").is_file()


def test_init_never_replaces_a_file(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs/example.yaml").write_text("title: Mine\nsources: [seeds/x.md]\n", encoding="utf-8")
    written = init_workspace(tmp_path)
    assert tmp_path / ".gitignore" not in written and tmp_path / "briefs/example.yaml" not in written
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "node_modules/\n"
    assert (tmp_path / "briefs/example.yaml").read_text(encoding="utf-8").startswith("title: Mine")
    assert init_workspace(tmp_path) == []  # a second run has nothing left to make


def test_init_names_each_file_of_yours_it_kept(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefsmith.cli import cli

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "example.md").write_text("my own notes\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert f"kept     {tmp_path / 'seeds' / 'example.md'} (already there)" in result.output
    assert (tmp_path / "seeds" / "example.md").read_text(encoding="utf-8") == "my own notes\n"


def test_init_on_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="not a folder"):
        init_workspace(tmp_path / "file")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/a.md").write_text("---\ntitle: A\n---\n\nText.\n", encoding="utf-8")
    (tmp_path / "seeds/b: odd #name.txt").write_text("Text.\n", encoding="utf-8")
    return tmp_path


def test_new_writes_a_commented_spec_that_validates(workspace: Path) -> None:
    path = new_brief(workspace, "patrol-pact", ["seeds/a.md", str(workspace / "seeds/b: odd #name.txt")])
    assert path == workspace / "briefs/patrol-pact.yaml"
    spec, sources = load_spec(path, workspace)
    assert spec.title == "Patrol pact"
    assert spec.sources == ("seeds/a.md", "seeds/b: odd #name.txt")  # stored relative to the workspace
    assert sources == [(workspace / "seeds/a.md").resolve(), (workspace / "seeds/b: odd #name.txt").resolve()]
    text = path.read_text(encoding="utf-8")
    for explanation, example in OPTIONAL_FIELDS:
        assert f"# {explanation}\n" in text
        field = example.split(":")[0]
        assert f"\n# {field}:" in text and f"\n{field}:" not in text  # present, and commented out


def test_every_commented_field_is_valid_when_uncommented(workspace: Path) -> None:
    path = new_brief(workspace, "all_fields", ["seeds/a.md"], title='Pact: "Patrols" #1')
    path.write_text(uncomment_optional_fields(path.read_text(encoding="utf-8")), encoding="utf-8")
    spec, _ = load_spec(path, workspace)
    assert spec.title == 'Pact: "Patrols" #1'
    set_fields = {name for name in spec.model_fields_set}
    expected = {"title", "sources"} | {example.split(":")[0] for _, example in OPTIONAL_FIELDS}
    assert set_fields == expected  # the comments cover every field of the spec
    assert set(type(spec).model_fields) == expected
    assert [c.id for c in spec.section_choices()][-1] == "economy"
    assert spec.pin[0].source == "seeds/a.md"


def test_new_never_replaces_a_brief(workspace: Path) -> None:
    path = new_brief(workspace, "pact", ["seeds/a.md"])
    path.write_text(path.read_text(encoding="utf-8") + "# my edit\n", encoding="utf-8")
    with pytest.raises(BriefsmithError, match="exists already") as caught:
        new_brief(workspace, "pact", ["seeds/a.md"], title="Other")
    assert caught.value.path == str(path)
    assert "--force" not in caught.value.one_line()
    assert path.read_text(encoding="utf-8").endswith("# my edit\n")


@pytest.mark.parametrize("name", ["", "Pact", "../pact", "pact.yaml", "-pact", "a b", "x" * 65])
def test_new_refuses_a_bad_name(workspace: Path, name: str) -> None:
    with pytest.raises(UsageError, match="invalid brief name"):
        new_brief(workspace, name, ["seeds/a.md"])
    assert not (workspace / "briefs").exists()


def test_new_refuses_the_reserved_name_that_check_and_build_refuse(workspace: Path) -> None:
    from briefsmith.pipeline.check import check_briefs

    with pytest.raises(UsageError, match="may not be named 'manifest'"):
        new_brief(workspace, "manifest", ["seeds/a.md"])
    assert not (workspace / "briefs").exists()
    spec = new_brief(workspace, "pact", ["seeds/a.md"])
    spec.rename(spec.with_name("manifest.yaml"))  # written by hand
    [(name, problems)] = list(check_briefs(workspace, [spec.with_name("manifest.yaml")]))
    assert name == "manifest" and len(problems) == 1 and "may not be named 'manifest'" in problems[0]


def test_new_names_ingest_for_a_url(workspace: Path) -> None:
    with pytest.raises(UsageError, match=r"a URL, not a record: `briefsmith ingest https://example.org/x`"):
        new_brief(workspace, "pact", ["https://example.org/x"])
    assert not (workspace / "briefs").exists()


def test_new_checks_every_source(workspace: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path_factory.mktemp("outside") / "x.md"
    outside.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        new_brief(workspace, "pact", ["seeds/missing.md", "../x.md", str(outside), "seeds"])
    message = caught.value.one_line()
    assert "seeds/missing.md: file not found" in message
    assert "../x.md: path is outside the workspace" in message
    assert f"{outside}: path is outside the workspace" in message
    assert "seeds: is a folder, not a regular file" in message
    with pytest.raises(UsageError, match="at least one source"):
        new_brief(workspace, "pact", [])


# --- the CI workflow -------------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
COMMANDS = {"build", "check", "condense", "render", "new", "init", "ingest", "manifest"}
BUILD_FLAGS = {
    "--strict",
    "--json",
    "--quiet",
    "-q",
    "--out",
    "-o",
    "--format",
    "-f",
    "--force",
    "--jobs",
    "-j",
    "--shard",
    "--pdf-variant",
    "--engine",
}


def workflow() -> dict:
    return yaml.safe_load(workflow_text())


def steps() -> list[dict]:
    return workflow()["jobs"]["build"]["steps"]


def briefsmith_commands(script: str) -> list[list[str]]:
    """Every `briefsmith …` command a shell script runs (not words that merely mention it)."""
    import shlex

    found = []
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        command: list[str] = []
        for token in [*lexer, ";"]:
            if token in (";", "&&", "||", "|", "&") or (not command and token in ("then", "else", "do", "if")):
                if command and command[0] == "briefsmith":
                    found.append(command[1:])
                command = []
            else:
                command.append(token)
    return found


def test_the_repository_uses_the_workflow_init_writes() -> None:
    assert (REPO / ".github/workflows/briefs.yml").read_text(encoding="utf-8") == workflow_text()
    template = (REPO / "src/briefsmith/workspace/scaffold_files/briefs.yml").read_text(encoding="utf-8")
    assert template.replace("@REQUIREMENT@", REQUIREMENT) == workflow_text()


def test_the_workflow_builds_and_uploads() -> None:
    data = workflow()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "push" in triggers and "pull_request" in triggers
    job = data["jobs"]["build"]
    assert job["runs-on"] == "ubuntu-latest"
    uses = {s.get("uses", "").split("@")[0]: s for s in steps()}
    assert uses["actions/setup-python"]["with"]["python-version"] == "3.11"
    scripts = "\n".join(s.get("run", "") for s in steps())
    for library in ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0"):
        assert library in scripts
    assert 'SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"' in scripts
    assert ["build", "--strict"] in briefsmith_commands(scripts)
    upload = uses["actions/upload-artifact"]
    assert upload["if"] == "always()" and upload["with"]["path"] == "out/"
    summary = next(s for s in steps() if s.get("name") == "Summary")
    assert summary["if"] == "always()" and "GITHUB_STEP_SUMMARY" in summary["run"]
    # The build step comes before the summary and the upload; its failure fails the job.
    names = [s.get("name") or s.get("uses") for s in steps()]
    assert names.index("Build the briefs") < names.index("Summary")
    assert "continue-on-error" not in next(s for s in steps() if s.get("name") == "Build the briefs")


def test_every_briefsmith_command_in_the_workflow_exists() -> None:
    import click

    from briefsmith.cli import cli

    commands = [c for s in steps() for c in briefsmith_commands(s.get("run", ""))]
    assert commands, "the workflow runs no briefsmith command"
    for args in commands:
        name, flags = args[0], [a.split("=")[0] for a in args[1:] if a.startswith("-")]
        assert name in COMMANDS, args
        if name == "build":
            assert set(flags) <= BUILD_FLAGS, args
        command = cli.get_command(click.Context(cli), name)
        if command is not None:  # wired already: its real options are the judge
            known = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
            assert set(flags) <= known, (args, known)


def test_briefsmith_commands_are_found_only_where_they_run() -> None:
    script = (
        "if grep -qs '^name = \"briefsmith\"' pyproject.toml; then pip install .; "
        "else pip install briefsmith; fi\nexport X=1 && briefsmith build --strict --jobs 2 | tee log"
    )
    assert briefsmith_commands(script) == [["build", "--strict", "--jobs", "2"]]


def test_the_packaged_files_are_package_data() -> None:
    folder = Path(scaffold.__file__).parent / "scaffold_files"
    assert {p.name for p in folder.iterdir()} >= {"briefs.yml", "gitignore", "example.md"}
