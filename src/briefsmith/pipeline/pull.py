"""`briefsmith pull [DOCX…]`: a person's edits of out/NAME.docx recorded in briefs/NAME.yaml
as the analyst's overrides (`edits:`, `title:`, `sections:`, `unplaced:` …), which every later
build applies to every format (engines/overrides.py).

    edited DOCX + the briefing it was made from (out/.briefsmith/)
        -> pull_diff (what changed) -> spec_edit (the spec, comments kept) -> written atomically

Then the DOCX is marked as pulled, so the next build may replace it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefsmith.errors import OutputError, PullError, UsageError
from briefsmith.out import editions
from briefsmith.out.atomic import remove_litter, sha256_file, write_atomic
from briefsmith.out.folder import OutFolder, held_folder
from briefsmith.out.manifest import BriefEntry


@dataclass(frozen=True)
class Pulled:
    docx: Path
    spec: Path
    lines: tuple[str, ...]  # one per change recorded (and a note per paragraph matched by its text)
    changed: bool  # the spec was written
    edited: bool = True  # the DOCX differs from what Briefsmith wrote (False: saved with no edit)


def changed_docx(out: Path, entries: dict[str, BriefEntry]) -> list[Path]:
    """Every DOCX in `out` a person changed since Briefsmith wrote it (and not pulled since)."""
    found = []
    for name, entry in sorted(entries.items()):
        recorded = entry.output(f"{name}.docx")
        current = sha256_file(out / f"{name}.docx")
        if recorded and current and current != recorded.sha256 and current != editions.pulled(out, name):
            found.append(out / f"{name}.docx")
    return found


def pull(workspace: Path | str = ".", docx: Sequence[Path | str] = (), out: Path | None = None) -> list[Pulled]:
    """Pull each DOCX (default: every changed one in the out folder) into its brief's spec,
    holding each out folder as a build does (a build writing there meanwhile is waited for)."""
    root = Path(workspace).resolve()
    results: list[Pulled] = []
    if not docx:
        if not (out or root / "out").is_dir():
            return []
        with held_folder((out or root / "out").resolve()) as folder:
            return [pull_one(root, path, folder) for path in changed_docx(folder.path, folder.entries)]
    by_folder: dict[Path, list[tuple[Path, str]]] = {}
    for raw in docx:
        path = Path(raw).resolve()
        if not path.is_file():  # a DOCX named wrongly on the command line: a usage error, as Click's
            raise UsageError(f"{raw}: {'not a file' if path.exists() else 'file not found'}", where="DOCX")
        where, name = recorded_as(path, (out or root / "out").resolve())
        if editions.docx_source(where, name) is None:  # before holding (and so making) an out folder there
            raise PullError(
                "Briefsmith has no record of writing this DOCX",
                path=raw,
                hint="pull a DOCX a build wrote (out/NAME.docx), or a copy of one still named NAME",
            )
        by_folder.setdefault(where, []).append((path, name))
    for where, named in by_folder.items():
        with held_folder(where) as folder:
            results += [pull_one(root, path, folder, name) for path, name in named]
    return results


# What a file manager or a mail client makes of a copy's name: "x (1)", "x - Copy", "Copy of x".
_COPY = re.compile(r"^(?:copy of |kopie van )|(?:\s*\(\d+\)|\s*-?\s*copy(?:\s*\d+)?|_copy\d*)$", re.IGNORECASE)


def recorded_as(path: Path, out: Path) -> tuple[Path, str]:
    """The out folder and brief whose build wrote this DOCX: beside its own record, else a copy
    (saved elsewhere, renamed "x (1).docx") of one the workspace's out folder holds."""
    name = path.stem
    if editions.docx_source(path.parent, name) is not None:
        return path.parent, name
    base = _COPY.sub("", name).strip()
    for folder in dict.fromkeys((path.parent, out)):
        if base and editions.docx_source(folder, base) is not None:
            return folder, base
    return path.parent, name


def pull_one(root: Path, path: Path, folder: OutFolder, name: str | None = None) -> Pulled:
    # Here, not at the top: `briefsmith --help` needs none of these.
    from pydantic import ValidationError

    from briefsmith.engines.quotes import source_name
    from briefsmith.pipeline.condense import read_articles
    from briefsmith.pipeline.pull_diff import TAIL, diff
    from briefsmith.render import json as briefing_json
    from briefsmith.render.docx import render_docx
    from briefsmith.render.docx_read import read_docx
    from briefsmith.render.identity import SUMMARY, shown
    from briefsmith.render.layout import shown_sections
    from briefsmith.workspace.spec import BriefSpec, load_spec
    from briefsmith.workspace.spec_edit import SpecEditor
    from briefsmith.workspace.theme import Theme
    from briefsmith.yamlsafe import load_yaml

    out, name = folder.path, name or path.stem
    recorded = editions.docx_source(out, name)
    if recorded is None:
        raise PullError(
            "Briefsmith has no record of writing this DOCX",
            path=path,
            hint=f"pull the DOCX a build wrote (out/{name}.docx), with its out/.briefsmith/ folder",
        )
    briefing = briefing_json.loads(recorded.decode("utf-8"), str(path))
    entry = folder.entries.get(name)
    spec_path = root / (entry.spec if entry else f"briefs/{name}.yaml")
    if not spec_path.is_file():
        raise PullError(
            f"no brief spec {spec_path.name} for it", path=path, hint="pull from the workspace it was built in"
        )
    spec, sources = load_spec(spec_path, root)
    articles = read_articles(sources)
    raw = spec_path.read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")  # written back with the file's own ends and mark

    titles = {SUMMARY: "Bottom line"} | {s.id: s.title for s in shown_sections(briefing)} | {TAIL: "Sources"}
    theme = Theme(root)
    edited, points = read_docx(path), shown(briefing)
    _check_is_this_briefs(edited, points, path, name)
    found = diff(read_docx(render_docx(briefing, theme)), edited, points, titles)

    # A record whose id changed since the build (its publisher or date edited): the brief's
    # sources at the build stood in the spec's order, so the path is still known.
    then = {s.id: p for s, p in zip(briefing.sources, spec.sources, strict=False)}
    if len(briefing.sources) != len(spec.sources):
        then = {}

    def named(article_id: str) -> str:
        listed = source_name(article_id, articles, spec.sources)
        return then.get(article_id, listed) if listed == article_id else listed

    editor = SpecEditor(text, named)
    notes: list[str] = []
    if found.title:
        editor.set("title", found.title, f"title      {found.title!r}")
    if found.subtitle:
        editor.set("subtitle", found.subtitle, f"subtitle   {found.subtitle!r}")
    elif found.subtitle_removed:
        editor.set("subtitle", None, "subtitle   removed")
    if found.marking:
        editor.set("marking", found.marking, f"marking    {found.marking!r}")
    elif found.marking_removed:
        editor.set("marking", None, "marking    removed")
    for section_id, title in found.headings.items():
        editor.rename_section(section_id, title, [s.id for s in briefing.sections])
    for change in found.points:
        point = change.shown.point
        if change.deleted:
            editor.delete(point, change.shown.where)
            continue
        place = change.placement
        first, after = bool(place and place.first), place.after if place else None
        editor.keep(point, change.where, change.text, first, after, was=change.shown.where)
        if change.by_text:
            notes.append(f"matched    {change.where}: {point.text[:60]!r} by its text (its bookmark was lost)")
    for added in found.added:
        editor.add(added.where, added.text, added.placement.first, added.placement.after)
    for item in found.unplaced:
        editor.unplace(item)

    new_text = editor.text()
    changed = new_text != text
    if changed:
        # Never write a spec the next build would refuse: check it as `load_spec` would.
        try:
            BriefSpec.model_validate(load_yaml(new_text, spec_path))
        except ValidationError as exc:
            raise PullError(
                f"the edits would not make a valid spec, nothing written: {exc.errors()[0]['msg']}",
                path=spec_path,
                hint="report this; meanwhile copy the edit by hand",
            ) from None
        remove_litter(spec_path.parent, older_than=600)  # a killed pull's temporary spec
        ends = new_text.replace("\n", "\r\n") if b"\r\n" in raw else new_text
        try:
            write_atomic(
                spec_path, (b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b"") + ends.encode("utf-8")
            )
        except OutputError as exc:  # its hint is an out folder's ("--out"): the spec is no output
            raise PullError(
                f"cannot write the spec: {exc.message}", path=spec_path, hint="make it writable and pull again"
            ) from None
    editions.mark_pulled(out, name, sha256_file(path) or "")
    if len(notes) > 3:  # a file whose bookmarks all went (pasted into a new document, say)
        notes = [f"matched    {len(notes)} paragraphs by their text (their bookmarks were lost)"]
    return Pulled(path, spec_path, tuple(editor.lines + notes), changed, found.anything)


def _check_is_this_briefs(edited, points, path: Path, name: str) -> None:  # noqa: ANN001 - typed where imported
    """A DOCX whose points carry bookmarks, none of them this briefing's, is another brief's
    (copied over this one, say): pulling it would record its points as this brief's edits."""
    from briefsmith.render.identity import POINT_PREFIX  # here, as in pull_one: `--help` loads no renderer

    theirs = {b for block in edited.body for b in block.bookmarks if b.startswith(POINT_PREFIX)}
    if theirs and points and not theirs & {s.id for s in points}:
        raise PullError(
            f"none of its {len(theirs)} bookmarked points is one of the brief's {name!r}: is it another brief's DOCX?",
            path=path,
            hint="pull each DOCX under the name a build gave it (out/NAME.docx for briefs/NAME.yaml); nothing written",
        )
