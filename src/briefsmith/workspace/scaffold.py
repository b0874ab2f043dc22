"""`briefsmith init` and `briefsmith new`: a workspace and brief specs to start from.

Neither ever replaces a file: `init` leaves what is there and makes what is missing
(so it is safe to run in an existing folder), `new` refuses a name already taken.
The CI workflow is one file, `scaffold_files/briefs.yml`, shipped in the package;
the repository's own `.github/workflows/briefs.yml` is a copy a test keeps equal.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path

import yaml

from briefsmith.errors import BriefsmithError, UsageError
from briefsmith.version import REQUIREMENT
from briefsmith.workspace.briefs import RESERVED
from briefsmith.workspace.paths import resolve_source

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
EXAMPLE_SEED = "seeds/example.md"

# What `init` makes, relative to the target: (path, packaged file or None for an empty one).
INIT_FILES: tuple[tuple[str, str | None], ...] = (
    (EXAMPLE_SEED, "example.md"),
    ("briefs/example.yaml", None),  # rendered by brief_text()
    ("templates/.gitkeep", None),
    ("styles/.gitkeep", None),
    (".gitignore", "gitignore"),
    (".github/workflows/briefs.yml", "briefs.yml"),
)
INIT_PATHS: tuple[str, ...] = tuple(rel for rel, _ in INIT_FILES)
INIT_DIRS = ("seeds", "briefs", "templates", "styles", "out")

# Every optional field of a brief spec: an explanation, then the field as YAML, both
# written commented out. tests/test_scaffold.py uncomments them all and validates.
OPTIONAL_FIELDS: tuple[tuple[str, str], ...] = (
    ("A second line under the title.", "subtitle: What was agreed, and what is still open"),
    ("The briefing's date, YYYY-MM-DD (default: the newest source's date).", "date: 2024-10-20"),
    ("Who wrote the briefing (shown under the title).", "author: Analysis desk"),
    ("Who it is for (shown under the title).", "audience: Regional policy team"),
    ("A banner printed on every page.", "marking: UNCLASSIFIED // FOR DISCUSSION"),
    ("Paper size: A4 or letter.", "paper: A4"),
    ("The briefing's language, a BCP 47 tag such as en, de or pt-BR (default en).", "language: en"),
    ("Condensing engine: extractive (offline, the default) or llm.", "engine: extractive"),
    (
        "Sections in order: drop, reorder, rename, or add one with keywords.",
        "sections:\n  - background\n  - key_actors\n  - id: security_rationale\n"
        "    title: Why it matters for security\n  - human_rights\n  - open_questions\n"
        "  - id: economy\n    keywords: [trade, fuel, prices]",
    ),
    (
        "How many bottom-line points the summary gives (1-10; default 3, one more per further source, up to 4).",
        "summary_points: 3",
    ),
    ("At most this many points in each section (1-50, default 6).", "max_points: 6"),
    (
        "Points you want, each resting on the exact words of a source.",
        "pin:\n  - section: background\n    source: {source}\n    quote: the exact words from the source\n"
        "    text: optional wording of the point",
    ),
    ("Drop every point whose text contains one of these strings.", "strike:\n  - words to drop"),
    ("Extra words that mark what matters to you.", "keywords: [patrols, detention]"),
    (
        "Your edits of points: `briefsmith pull` writes them from the DOCX you edited.",
        "edits:\n  - section: background\n    cites:\n      - source: {source}\n        quote: the exact words"
        "\n    text: the point in your words\n  - section: background\n    text: a point of your own\n"
        "    after: the exact words",
    ),
    ("What pull could not place (a table, an image): put it back by hand.", "unplaced:\n  - a note to place"),
    ("Also write out/NAME-changes.docx, tracked changes against the last edition.", "changes: true"),
)


def _packaged(name: str) -> str:
    return resources.files("briefsmith.workspace").joinpath("scaffold_files").joinpath(name).read_text(encoding="utf-8")


def install_requirement() -> str:
    """What a workspace's CI installs: this Briefsmith, where pip can fetch it again. Installed
    from a git repository (a fork, a branch), that repository at the very commit (PEP 610's
    direct_url.json says which); otherwise the release of this version (version.REQUIREMENT)."""
    try:
        recorded = metadata.distribution("briefsmith").read_text("direct_url.json")
        origin = json.loads(recorded) if recorded else None
    except (metadata.PackageNotFoundError, ValueError):
        origin = None
    return requirement_from(origin)


def requirement_from(origin: object) -> str:
    """The requirement for an install whose PEP 610 record is `origin` (None: from an index)."""
    if isinstance(origin, dict) and isinstance(vcs := origin.get("vcs_info"), dict):
        url, commit = str(origin.get("url", "")), str(vcs.get("commit_id", ""))
        if vcs.get("vcs") == "git" and url.startswith("https://") and re.fullmatch(r"[0-9a-f]{40}", commit):
            return f"briefsmith @ git+{url}@{commit}"
    return REQUIREMENT  # from an index, a wheel file or a local checkout: the release


def workflow_text(requirement: str = REQUIREMENT) -> str:
    """The CI workflow `init` writes (and, with the release's requirement, this repository uses)."""
    return _packaged("briefs.yml").replace("@REQUIREMENT@", requirement)


def _scalar(value: str) -> str:
    """`value` as one YAML scalar, quoted only if it must be (a path may hold ': ' or '#')."""
    return yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=1000).strip()[1:-1]


def brief_text(title: str, sources: Sequence[str]) -> str:
    """A brief spec: title and sources set, every optional field commented out."""
    head = yaml.safe_dump(
        {"title": title, "sources": list(sources)},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1000,
        indent=2,
    )
    head = head.replace("\n- ", "\n  - ")  # the list indented, as people write it
    lines = [
        "# A brief spec: `briefsmith build` turns it into out/NAME.pdf, .docx, .html and .json.",
        "# Only title and sources are required; sources are paths inside the workspace.",
        head.rstrip("\n"),
        "",
        "# Optional: remove the leading '# ' of a field (and of its indented lines) to use it.",
    ]
    first = _scalar(sources[0] if sources else EXAMPLE_SEED)
    for explanation, example in OPTIONAL_FIELDS:
        lines.append("")
        lines.append(f"# {explanation}")
        lines.extend(f"# {line}" for line in example.format(source=first).splitlines())
    return "\n".join(lines) + "\n"


def _write_new(path: Path, text: str) -> bool:
    """Write `text` to `path` unless a file is there; True if written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def init_workspace(target: Path) -> list[Path]:
    """Make a workspace in `target` (created if missing); return the files written.
    Files already there are left alone: compare with INIT_FILES to name them."""
    if target.exists() and not target.is_dir():
        raise UsageError("not a folder", path=target, hint="name a new or existing folder")
    try:
        for folder in INIT_DIRS:
            (target / folder).mkdir(parents=True, exist_ok=True)
        written = []
        for rel, packaged in INIT_FILES:
            if rel == "briefs/example.yaml":
                text = brief_text("Fisheries patrol pact in the Grey Strait", [EXAMPLE_SEED])
            elif packaged == "briefs.yml":
                text = workflow_text(install_requirement())
            else:
                text = _packaged(packaged) if packaged else ""
            if _write_new(target / rel, text):
                written.append(target / rel)
    except OSError as exc:
        raise BriefsmithError(
            f"cannot make the workspace: {exc.strerror or exc}", path=getattr(exc, "filename", None) or target
        ) from None
    return written


def _relative_source(workspace: Path, raw: str) -> str | None:
    """The source as a workspace-relative POSIX path (as specs store them), or None."""
    root = workspace.resolve()
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = root / path
    normal = Path(os.path.normpath(path))
    for base in (root, workspace.absolute()):
        if normal == base or base in normal.parents:
            return normal.relative_to(base).as_posix()
    return None


def new_brief(workspace: Path, name: str, sources: Sequence[str], *, title: str | None = None) -> Path:
    """Write briefs/NAME.yaml for `sources`; never replaces an existing brief."""
    if not NAME.match(name):
        raise UsageError(
            f"invalid brief name {name!r}",
            where="NAME",
            hint="use lower-case letters, digits, - and _, e.g. russia-taliban",
        )
    if name.casefold() in RESERVED:
        raise UsageError(
            f"a brief may not be named {name!r}: out/{name}.json is the record of what a build wrote",
            where="NAME",
            hint="choose another name",
        )
    if not sources:
        raise UsageError(
            "a brief needs at least one source",
            where="--source",
            hint="e.g. briefsmith new NAME --source seeds/article.md",
        )
    problems, relative = [], []
    for raw in sources:
        if re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.IGNORECASE):  # a page to fetch, not a record yet
            problems.append(f"{raw}: a URL, not a record: `briefsmith ingest {raw}` makes it one in seeds/")
            continue
        resolved, why = resolve_source(workspace, raw)
        rel = _relative_source(workspace, raw)
        if why or rel is None:
            problems.append(f"{raw}: {why or 'path is outside the workspace'}")
        else:
            relative.append(rel)
    if problems:
        raise UsageError(
            "; ".join(problems), where="--source", hint="name record files inside the workspace, e.g. seeds/article.md"
        )
    title = " ".join((title or name.replace("-", " ").replace("_", " ").capitalize()).split())
    if not title:
        raise UsageError("the title is empty", where="--title")
    path = workspace / "briefs" / f"{name}.yaml"
    text = brief_text(title, relative)
    try:
        if not _write_new(path, text):
            raise BriefsmithError(
                "a brief with this name exists already", path=path, hint="choose another name, or edit the file"
            )
    except OSError as exc:
        raise BriefsmithError(f"cannot write the brief: {exc.strerror or exc}", path=path) from None
    return path
