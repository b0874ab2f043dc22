"""Writing what `briefsmith pull` found into a brief spec, keeping the person's file as they
wrote it: comments, order, quoting and indentation stay (ruamel.yaml's round trip); only the
fields that change are touched. Returns the new text and one line per change made, so a
second pull of the same DOCX changes nothing and says so.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

from briefsmith.model import Point
from briefsmith.workspace.edits import SUMMARY, fold

EDITS_NOTE = "Recorded by `briefsmith pull` from the edited DOCX (see README, 'Editing the DOCX'); edit freely."
UNPLACED_NOTE = "What pull could not place in the brief (tables, images, header text): put it back by hand."


def _yaml(text: str) -> YAML:
    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # a quote stays on one line
    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except Exception:  # noqa: BLE001 - only a guess; the file was validated before
        indent, offset = 2, 0
    offset = offset or 0
    yaml.indent(mapping=2, sequence=max(indent or 2, offset + 2), offset=offset)
    return yaml


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _fold(text: str) -> str:
    return " ".join(fold(text).split()).casefold()


class SpecEditor:
    """A spec's YAML, changed field by field; `lines` says what changed."""

    def __init__(self, text: str, source_name: Callable[[str], str]) -> None:
        self.yaml = _yaml(text)
        self.data: CommentedMap = self.yaml.load(text)
        self.source_name = source_name
        self.lines: list[str] = []

    def text(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue()

    def set(self, key: str, value: Any, line: str) -> None:
        if value is None:
            if key in self.data:
                del self.data[key]
                self.lines.append(line)
        elif self.data.get(key) != value:
            self.data[key] = value
            self.lines.append(line)

    def _list(self, key: str, note: str) -> CommentedSeq:
        if not isinstance(self.data.get(key), list):
            self.data[key] = CommentedSeq()
            self.data.yaml_set_comment_before_after_key(key, before=note)
        return self.data[key]

    def rename_section(self, section_id: str, title: str, ids: Sequence[str]) -> None:
        sections = self.data.get("sections")
        if not isinstance(sections, list):
            sections = CommentedSeq(list(ids))
            self.data["sections"] = sections
        for i, item in enumerate(sections):
            if item == section_id:
                sections[i] = CommentedMap([("id", section_id), ("title", title)])
                break
            if isinstance(item, dict) and item.get("id") == section_id:
                if item.get("title") == title:
                    return
                item["title"] = title
                break
        else:
            return
        self.lines.append(f"heading    {section_id}: {_short(title)}")

    # --- points -------------------------------------------------------------------

    def _entry(self, point: Point, where: str | None = None) -> CommentedMap | None:
        """The `edits:` entry of a point: by the words it cites, or (the analyst's own) its text.
        With `where` (where the point stood), in its own pool: the bottom line's entries or the
        sections' (a point told in both has an entry for each, as edits.py applies them)."""
        for entry in self.data.get("edits") or []:
            if where is not None and (str(entry.get("section")) == SUMMARY) != (where == SUMMARY):
                continue
            cites = entry.get("cites") or []
            if point.citations and cites:
                theirs = {_fold(str(c.get("quote", ""))) for c in cites}
                ours = {_fold(c.quote) for c in point.citations}
                if any(a in b or b in a for a in theirs for b in ours):
                    return entry
            elif not point.citations and not cites and _fold(str(entry.get("text", ""))) == _fold(point.text):
                return entry
        return None

    def _pin(self, point: Point) -> CommentedMap | None:
        ours = {_fold(c.quote) for c in point.citations}
        for pin in self.data.get("pin") or []:
            quote = _fold(str(pin.get("quote", "")))
            if any(quote in q or q in quote for q in ours):
                return pin
        return None

    def _new_entry(self, point: Point, section: str) -> CommentedMap:
        entry = CommentedMap([("section", section)])
        if point.citations:
            entry["cites"] = CommentedSeq(
                CommentedMap([("source", self.source_name(c.source)), ("quote", c.quote)]) for c in point.citations
            )
        self._list("edits", EDITS_NOTE).append(entry)
        return entry

    def _drop(self, key: str, item: CommentedMap) -> None:
        items = self.data.get(key)
        if isinstance(items, list) and item in items:
            items.remove(item)
            if not items:
                del self.data[key]

    def delete(self, point: Point, where: str) -> None:
        entry, pin = self._entry(point, where), self._pin(point) if point.pinned else None
        line = f"deleted    {where}: {_short(point.text)}"
        if pin is not None or point.added:
            if pin is not None:
                self._drop("pin", pin)
            if entry is not None:
                self._drop("edits", entry)
            self.lines.append(line)
            return
        entry = entry or self._new_entry(point, where)
        changed = not entry.get("delete")
        for key in ("text", "after", "first"):
            changed |= entry.pop(key, None) is not None
        entry["delete"] = True
        if changed:
            self.lines.append(line)

    def keep(
        self, point: Point, where: str, text: str | None, first: bool, after: str | None, was: str | None = None
    ) -> None:
        """A point reworded (`text`) and/or moved (`first`/`after`, into `where`, from `was`)."""
        moved = first or after is not None
        pin = self._pin(point) if point.pinned else None
        if pin is not None:  # a pinned point: the pin holds its wording and section
            if text is not None and pin.get("text") != text:
                pin["text"] = text
                self.lines.append(f"reworded   {where}: {_short(text)}")
            if pin.get("section") != where:
                pin["section"] = where
            text = None
        entry = self._entry(point, was or where)
        if entry is None:
            if text is None and not moved:
                return  # nothing to record (say, a paragraph matched by its text, unchanged)
            entry = self._new_entry(point, where)
            if not point.citations:  # the analyst's own point, its entry edited away by hand
                entry["text"] = text or point.text
        if entry.get("section") != where:
            entry["section"] = where
        if text is not None and entry.get("text") != text:
            entry["text"] = text
            self.lines.append(f"reworded   {where}: {_short(text)}")
        if moved:
            self._place(entry, first, after, where, text or point.text)

    def add(self, where: str, text: str, first: bool, after: str | None) -> None:
        existing = self._entry(Point(text, (), added=True))
        if existing is not None:
            return  # pulled before
        entry = CommentedMap([("section", where), ("text", text)])
        self._list("edits", EDITS_NOTE).append(entry)
        self._place(entry, first, after, where, text, quiet=True)
        self.lines.append(f"added      {where}: {_short(text)}")

    def _place(self, entry: CommentedMap, first: bool, after: str | None, where: str, text: str, quiet=False) -> None:
        old = (bool(entry.get("first")), entry.get("after"))
        entry.pop("first", None)
        entry.pop("after", None)
        if first:
            entry["first"] = True
        elif after is not None:
            entry["after"] = after
        if old != (first, after) and not quiet:
            place = "first" if first else f"after {_short(after or '', 40)}"
            self.lines.append(f"moved      {where}: {_short(text)} ({place})")

    def unplace(self, text: str) -> None:
        unplaced = self._list("unplaced", UNPLACED_NOTE)
        if text not in unplaced:
            unplaced.append(text)
            self.lines.append(f"unplaced   {_short(text)} (kept in the spec's unplaced:)")


__all__ = ["SUMMARY", "SpecEditor"]
