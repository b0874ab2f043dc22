"""Installing where Briefsmith is not published, and releasing it: the version written once, the
README and `init`'s workflow installing the same pinned requirement, a release workflow that
builds, checks and tries the wheel before it publishes with trusted publishing; the set-up the
README gives on a fresh machine, the same system packages in .ci/run; shell completion."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefsmith.version import REPOSITORY, REQUIREMENT, __version__
from briefsmith.workspace.scaffold import init_workspace, requirement_from

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_version_is_written_once() -> None:
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11's tomllib reads pyproject.toml")
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/briefsmith/version.py"
    assert project["project"]["urls"]["Source"] == REPOSITORY
    assert REQUIREMENT == f"briefsmith @ git+{REPOSITORY}@v{__version__}"
    # Nowhere else does the version stand written out, but where REQUIREMENT is quoted.
    for path in [REPO / ".ci" / "release-check", REPO / ".github" / "workflows" / "release.yml"]:
        assert __version__ not in path.read_text()


def test_the_readme_and_the_init_workflow_install_the_same_pinned_release(tmp_path: Path) -> None:
    assert f'pip install "{REQUIREMENT}"' in README
    assert "pip install briefsmith\n" not in README  # not published: that would fail
    init_workspace(tmp_path)
    workflow = (tmp_path / ".github" / "workflows" / "briefs.yml").read_text()
    assert f'pip install "{REQUIREMENT}"' in workflow and "pip install briefsmith;" not in workflow


def test_an_install_from_git_pins_that_repository_at_its_commit() -> None:
    commit = "0123456789abcdef0123456789abcdef01234567"
    fork = {"url": "https://github.com/someone/briefsmith", "vcs_info": {"vcs": "git", "commit_id": commit}}
    assert requirement_from(fork) == f"briefsmith @ git+https://github.com/someone/briefsmith@{commit}"
    # From an index, a wheel file, a local checkout (editable or not): the release.
    assert requirement_from(None) == REQUIREMENT
    assert requirement_from({"url": "file:///home/me/briefsmith", "dir_info": {"editable": True}}) == REQUIREMENT
    assert requirement_from({"url": "file:///tmp/x", "vcs_info": {"vcs": "git", "commit_id": commit}}) == REQUIREMENT


def test_the_release_workflow_checks_before_it_publishes_with_trusted_publishing() -> None:
    text = (REPO / ".github" / "workflows" / "release.yml").read_text()
    workflow = yaml.safe_load(text)
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["tags"] == ["v*"]
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    runs = " ".join(step.get("run", "") for step in build["steps"])
    assert ".ci/release-check" in runs
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in build["steps"])
    assert publish["needs"] == "build" and "tag" in publish["if"]
    assert publish["permissions"] == {"id-token": "write"} and publish["environment"]["name"] == "pypi"
    assert [s["uses"] for s in publish["steps"]][-1] == "pypa/gh-action-pypi-publish@release/v1"
    assert "password" not in text and "secrets." not in text  # no token: PyPI trusts the workflow


def test_the_release_check_builds_checks_and_tries_the_wheel() -> None:
    script = REPO / ".ci" / "release-check"
    assert os.access(script, os.X_OK)
    text = script.read_text()
    for step in (
        "-m build",
        'twine" check --strict dist/*',
        'python3 -m venv "$work/try"',
        'pip install -q "$wheel"',
        '"$bs" doctor',
        '"$bs" init ws',
        '"$bs" build --strict',
    ):
        assert step in text, step
    # A tag that is not the version is refused before anything is built.
    proc = subprocess.run([str(script), "v0.0.0-not-this"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and f"v{__version__}" in proc.stderr


def _apt_packages(text: str) -> set[str]:
    return set(re.findall(r"\b(?:python3-venv|lib[a-z0-9.-]+|poppler-utils|chromium(?:-driver)?)\b", text))


def test_ci_installs_the_system_packages_the_readme_names() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    loop = ci.split("for pkg in", 1)[1].split("; do", 1)[0]
    readme = {p for block in re.findall(r"sudo apt-get install ([^\n`]+(?:\n[^\n`]+)?)", README) for p in block.split()}
    assert _apt_packages(loop) == _apt_packages(" ".join(readme))
    assert "python3-venv" in loop and "chromium-driver" in loop and "libharfbuzz-subset0" in loop


def test_the_readme_first_command_makes_a_virtual_environment() -> None:
    first = re.search(r"```sh\n(python3 -m venv [^\n]+)\n```", README)
    assert first, "the README's first command makes a venv (Debian's Python refuses pip outside one)"
    assert first[1] == "python3 -m venv .venv && . .venv/bin/activate && pip install . && briefsmith build"
    assert "externally-managed-environment" in README


def test_shell_completion_is_clicks_and_documented() -> None:
    for shell in ("bash", "zsh", "fish"):
        assert f"_BRIEFSMITH_COMPLETE={shell}_source briefsmith" in README
    env = {**os.environ, "_BRIEFSMITH_COMPLETE": "bash_complete", "COMP_WORDS": "briefsmith se", "COMP_CWORD": "1"}
    proc = subprocess.run([sys.executable, "-m", "briefsmith"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "plain,serve" in proc.stdout.splitlines()
    env = {**os.environ, "_BRIEFSMITH_COMPLETE": "bash_source"}
    proc = subprocess.run([sys.executable, "-m", "briefsmith"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "_briefsmith_completion" in proc.stdout
