"""The floor plan holds: the packages import only downward, with no circle and no loose module
at the top; a function-local import says why it is not at the top; every source file is one git,
ruff and the wheel see."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "briefsmith"


@pytest.mark.skipif(shutil.which("git") is None or not (REPO / ".git").exists(), reason="not a git checkout")
def test_no_source_file_is_ignored() -> None:
    # A .gitignore pattern such as `out/` also matched src/briefsmith/out/: git would not add a
    # new file there, ruff skipped the folder, and the wheel was built without it.
    files = [str(p.relative_to(REPO)) for p in SRC.rglob("*.py") if "__pycache__" not in p.parts]
    files += [str(p.relative_to(REPO)) for d in ("templates", "styles") for p in (REPO / d).rglob("*") if p.is_file()]
    found = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        input="\n".join(files),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert found.stdout.split() == [], "ignored by .gitignore, so left out of git, ruff and the wheel"


def test_every_package_is_a_regular_one() -> None:
    # A folder without __init__.py is a namespace package: mypy and the wheel treat it apart.
    for folder in [SRC, *(p for p in SRC.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
        if any(folder.glob("*.py")):
            assert (folder / "__init__.py").is_file(), f"{folder.relative_to(REPO)} has no __init__.py"


# DESIGN.md's layers, in order: each imports only itself and the layers before it (preview: the
# live preview, `briefsmith serve`, a long-lived server over the pipeline).
LAYERS = (
    "basics",
    "settings",
    "workspace",
    "records",
    "ingest",
    "engines",
    "render",
    "out",
    "pipeline",
    "preview",
    "cli",
    "top",
)
# The shared basics; children (worker processes), safeio (reading files we did not write),
# limits (resource caps) and testpoints (where the hostile tests stop a build) are used by
# several stages alike.
BASICS = {
    "errors",
    "model",
    "text",
    "clock",
    "yamlsafe",
    "gctune",
    "version",
    "children",
    "safeio",
    "limits",
    "testpoints",
}
TOP = {"briefsmith", "briefsmith.api", "briefsmith.__main__"}  # the library API and the entry point
_NOT_A_REASON = re.compile(r"noqa(?::\s*[\w, ]+)?|type:\s*ignore(?:\[[^\]]*\])?|fmt:\s*\w+")


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    if module in TOP:
        return "top"
    head = module.split(".")[1]
    return "basics" if head in BASICS else head


@dataclass(frozen=True)
class Import:
    source: str
    target: str | None  # the briefsmith module imported; None for another package
    line: int
    local: bool  # inside a function
    reason: bool  # a comment on it, or right above it (or above the run of imports it ends)


def _says_why(line: str) -> bool:
    return "#" in line and bool(_NOT_A_REASON.sub("", line.split("#", 1)[1]).strip(" -#"))


def _imports() -> list[Import]:
    modules = {_module(p) for p in SRC.rglob("*.py")}
    found: list[Import] = []
    for path in sorted(SRC.rglob("*.py")):
        source, text = _module(path), path.read_text(encoding="utf-8")
        lines = text.splitlines()
        package = source if path.name == "__init__.py" else source.rpartition(".")[0]
        tree = ast.parse(text)
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        reasons: dict[ast.AST, bool] = {}
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            chain, up = [], parents.get(node)
            while up is not None:
                chain.append(up)
                up = parents.get(up)
            if any(isinstance(a, ast.If) and "TYPE_CHECKING" in ast.unparse(a.test) for a in chain):
                continue  # for the type checker only: never run
            block = next(b for f in ("body", "orelse", "finalbody") if node in (b := getattr(chain[0], f, [])))
            before = block[block.index(node) - 1] if block.index(node) else None
            reason = _says_why(lines[node.end_lineno - 1]) or lines[node.lineno - 2].strip().startswith("#")
            reason = reason or (isinstance(before, (ast.Import, ast.ImportFrom)) and reasons.get(before, False))
            reasons[node] = reason
            local = any(isinstance(a, (ast.FunctionDef, ast.AsyncFunctionDef)) for a in chain)
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    base = ".".join(
                        [*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [node.module])]
                    )
                names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for name in names:
                while name and name not in modules:
                    name = name.rpartition(".")[0]
                found.append(Import(source, name or None, node.lineno, local, reason))
    return found


IMPORTS = _imports()


def test_imports_only_go_down_the_layers() -> None:
    upward = [
        f"{i.source}:{i.line} ({_layer(i.source)}) imports {i.target} ({_layer(i.target)})"
        for i in IMPORTS
        if i.target and LAYERS.index(_layer(i.target)) > LAYERS.index(_layer(i.source))
    ]
    assert upward == []


def test_no_import_circles() -> None:
    edges: dict[str, set[str]] = {}
    for i in IMPORTS:
        if i.target and i.target != i.source:
            edges.setdefault(i.source, set()).add(i.target)

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            for there in edges.get(here, ()):
                if there == goal:
                    return True
                if there not in seen:
                    seen.add(there)
                    todo.append(there)
        return False

    circles = sorted({f"{a} <-> {b}" for a, targets in edges.items() for b in targets if reaches(b, a)})
    assert circles == []


def test_no_loose_module_at_the_top() -> None:
    loose = {_module(p) for p in SRC.glob("*.py")} - TOP - {f"briefsmith.{b}" for b in BASICS}
    assert loose == set(), "a module of a stage belongs in that stage's package"


def test_a_function_local_import_says_why() -> None:
    # Imports go at the top; one inside a function must buy something (start-up time, an
    # optional dependency) and say so on its line or right above it.
    silent = [f"{i.source}:{i.line} imports {i.target or 'a package'}" for i in IMPORTS if i.local and not i.reason]
    assert silent == []
