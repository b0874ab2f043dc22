"""What a person changed in a DOCX: the edited file against the one Briefsmith wrote (made
again from the briefing it was made from, and read back the same way).

Paragraphs are known by their bookmarks (render/identity.py); one whose bookmark was lost
is matched by its text, and said so. Points are compared by region (the bottom line, each
section): reworded, deleted, moved (what the longest run of points still in their old order
leaves out), added. Anything else that changed — a table, an image, the byline, a source,
the header's own text — cannot be placed and is reported with its text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from briefsmith.pipeline.pull_points import SIMILAR, Added, PointChange, compare_points, norm, plain, rematch
from briefsmith.render.docx_read import Block, DocxText
from briefsmith.render.identity import POINT_PREFIX, SUBTITLE_ID, SUMMARY, TITLE_ID, Shown
from briefsmith.render.identity import heading_id as _heading_id

HEAD, TAIL = "(head)", "(sources)"  # before the first heading; Sources and what follows


@dataclass
class Diff:
    title: str | None = None
    subtitle: str | None = None
    subtitle_removed: bool = False
    marking: str | None = None
    marking_removed: bool = False
    headings: dict[str, str] = field(default_factory=dict)
    points: list[PointChange] = field(default_factory=list)
    added: list[Added] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        """Did the person change anything at all (False: saved with no edit)?"""
        fields = (self.title, self.subtitle, self.subtitle_removed, self.marking, self.marking_removed)
        return any(fields) or bool(self.headings or self.points or self.added or self.unplaced)


def regions(blocks: tuple[Block, ...], headings: dict[str, str]) -> list[tuple[str, list[Block]]]:
    """The body cut at its headings: (region, blocks). `headings`: heading bookmark or text -> region."""
    out: list[tuple[str, list[Block]]] = [(HEAD, [])]
    for block in blocks:
        if block.kind == "paragraph" and block.style.startswith("heading"):
            named = [headings[b] for b in block.bookmarks if b in headings]
            region = named[0] if named else headings.get(norm(block.text).casefold())
            if region is not None:
                out.append((region, [block]))
                continue
        out[-1][1].append(block)
    return out


def diff(written: DocxText, edited: DocxText, shown: list[Shown], titles: dict[str, str]) -> Diff:
    """`written`: the DOCX as Briefsmith wrote it; `titles`: region -> heading as written."""
    result = Diff()
    names = {_heading_id(r): r for r in titles} | {norm(t).casefold(): r for r, t in titles.items()}
    by_id = {s.id: s for s in shown}
    ours = dict(regions(written.body, names))
    theirs = regions(edited.body, names)
    _head(result, ours.get(HEAD, []), dict(theirs).get(HEAD, []))
    _marking(result, written, edited)
    result.unplaced += [f"comment: {c}" for c in edited.comments if c not in written.comments]
    # A footnote is the source's words a point cites: Briefsmith writes them again from the
    # source, so an edit of one cannot be applied; it is kept, never dropped.
    result.unplaced += [f"footnote: {f}" for f in edited.footnotes if f not in written.footnotes]
    # A section whose heading was deleted keeps its points (they are not moved into the
    # section before it); the deletion is reported, for the analyst to drop it from `sections:`.
    present = {region for region, _ in theirs}  # regions() opens one at each heading it finds
    lost = {r for r in titles if r not in present and r not in (SUMMARY, TAIL) and r in ours}
    result.unplaced += [f"heading {titles[r]!r} deleted (its points are kept in it)" for r in sorted(lost)]
    written_points = {b: block for block in written.body for b in block.bookmarks if b in by_id}
    noted: dict[int, tuple[str, ...]] = {}  # an unbookmarked paragraph's place in items: its footnotes
    seen: set[str] = set()
    items: list[tuple[str, Shown | None, str, bool]] = []  # region, point, text, matched by text
    for region, blocks in theirs:
        if region in (HEAD,):
            continue
        if blocks and blocks[0].style.startswith("heading") and region in titles:
            if norm(blocks[0].text) != norm(titles[region]):
                if region in (SUMMARY, TAIL):
                    result.unplaced.append(f"heading {titles[region]!r} renamed: {norm(blocks[0].text)}")
                else:
                    result.headings[region] = norm(blocks[0].text)
            blocks = blocks[1:]
        expected = [b for b in ours.get(region, [])[1:] if not _point_id(b)]
        for block in blocks:
            pid = _own_bookmark(block, [b for b in block.bookmarks if b in by_id and b not in seen], by_id)
            if pid is not None and by_id[pid].where in lost:
                region = by_id[pid].where  # what follows a lost heading is still its section
            if pid is not None:
                seen.add(pid)
                items.append((region, by_id[pid], block.text, False))
                _formatting(result, block, written_points.get(pid), _where(region, titles))
            elif not _same_as_expected(block, expected, result, _where(region, titles)):
                if region in (TAIL, HEAD):
                    result.unplaced.append(f"text in {_where(region, titles)}: {norm(block.text)}")
                else:
                    noted[len(items)] = block.notes
                    items.append((region, None, block.text, False))
    items = rematch(items, [s for s in shown if s.id not in seen], seen)
    # A point you add cites nothing (it is your own words): a footnote you gave it is kept. A
    # paragraph matched to its point by its text keeps its own footnotes: not reported.
    text_of = dict(edited.footnote_text)
    for k, ids in noted.items():
        if items[k][1] is None:
            result.unplaced += [f"footnote of an added point: {text_of[n]}" for n in ids if n in text_of]
    result.points, result.added = compare_points(items, shown, seen)
    return result


def _own_bookmark(block: Block, candidates: list[str], by_id: dict[str, Shown]) -> str | None:
    """The point a paragraph is, of the bookmarks in it: a paragraph deleted in Word may leave
    its bookmark at the start of the next one, so with two, the one whose point reads most like
    the paragraph (the first, when none reads alike: a rewritten point keeps its own first)."""
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    mine = plain(block.text).casefold()
    scores = [difflib.SequenceMatcher(None, mine, plain(by_id[b].point.text).casefold()).ratio() for b in candidates]
    best = max(range(len(candidates)), key=lambda k: (scores[k], -k))
    return candidates[best] if scores[best] >= SIMILAR else candidates[0]


def _formatting(result: Diff, block: Block, written: Block | None, where: str) -> None:
    """Formatting a person gave a point (bold, a highlight): the spec holds words, not looks, so
    it is reported and kept in `unplaced:` rather than dropped without a word by the next build."""
    added = [f for f in block.formats if written is None or f not in written.formats]
    if added and norm(block.text):
        result.unplaced.append(f"formatting in {where} ({', '.join(added)}): {norm(block.text)[:80]}")


def _point_id(block: Block) -> str | None:
    return next((b for b in block.bookmarks if b.startswith(POINT_PREFIX)), None)


def _same_as_expected(block: Block, expected: list[Block], result: Diff, region: str) -> bool:
    """Is this block one Briefsmith wrote there, unchanged (a caption, a table, an empty
    section's line)? An image, a table that differs, an unknown heading: unplaced."""
    for image in block.images:
        result.unplaced.append(f"image in {region}: {image}")
    if block.kind == "table":
        theirs = [r for r in block.rows]
        ours = next((b for b in expected if b.kind == "table"), None)
        rows = [r for r in theirs if ours is None or r not in ours.rows]
        result.unplaced += [f"table in {region}: {' | '.join(norm(c) for c in row)}" for row in rows]
        return True
    text = norm(block.text)
    if not text:
        return True
    for i, b in enumerate(expected):
        if b.kind == "paragraph" and norm(b.text) == text:
            del expected[i]
            return True
    if block.style.startswith("heading") or block.style in ("caption", "title", "subtitle"):
        result.unplaced.append(f"{block.style} in {region}: {text}")
        return True
    return bool(block.images) and not text


def _where(region: str, titles: dict[str, str]) -> str:
    """A region as a person reads it: its heading ("Key actors"), "the title block", "Sources"."""
    return {HEAD: "the title block", TAIL: "Sources"}.get(region, titles.get(region, region))


def _head(result: Diff, ours: list[Block], theirs: list[Block]) -> None:
    def find(blocks: list[Block], bookmark: str, style: str) -> Block | None:
        return next((b for b in blocks if bookmark in b.bookmarks), None) or next(
            (b for b in blocks if b.style == style), None
        )

    for bookmark, style in ((TITLE_ID, "title"), (SUBTITLE_ID, "subtitle")):
        old, new = find(ours, bookmark, style), find(theirs, bookmark, style)
        if new is not None and (old is None or norm(new.text) != norm(old.text)) and norm(new.text):
            setattr(result, style, norm(new.text))
        elif style == "subtitle" and old is not None and (new is None or not norm(new.text)):
            result.subtitle_removed = True
    known = {norm(b.text) for b in ours}
    for block in theirs:
        if block.style not in ("title", "subtitle") and norm(block.text) and norm(block.text) not in known:
            result.unplaced.append(f"title block: {norm(block.text)}")
        for image in block.images:
            result.unplaced.append(f"image in the title block: {image}")


def _marking(result: Diff, written: DocxText, edited: DocxText) -> None:
    """The banner (style Marking, in header and footer) renamed or removed; any other text the
    header or footer gained is reported (page numbers and dates aside)."""
    old = [norm(b.text) for b in (*written.header, *written.footer) if b.style == "marking"]
    new = [norm(b.text) for b in (*edited.header, *edited.footer) if b.style == "marking" and norm(b.text)]
    changed = [t for t in new if t not in old]
    if changed:
        result.marking = changed[0]
    elif old and not new:
        result.marking_removed = True
    digits = re.compile(r"\d+")
    known = {digits.sub("#", norm(b.text)) for b in (*written.header, *written.footer)}
    for block in (*edited.header, *edited.footer):
        text = norm(block.text)
        if text and block.style != "marking" and digits.sub("#", text) not in known:
            result.unplaced.append(f"header or footer: {text}")
