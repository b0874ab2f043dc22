"""`briefsmith ingest`: saved pages, URLs and feeds -> article records in the workspace.

Each source becomes `<into>/<slug>.md` (see write.py). One bad source never loses
the others: its problem goes into the report, naming it, and the rest go on. Only a
target folder that cannot be used at all raises. The network is touched here and
only here: for sources that are http(s) URLs, and, only with `follow_links`
(`--follow-links`), for the links of feed entries. Without it a feed's entries are
recorded from the feed's own text: only the URLs given are fetched.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefsmith.errors import BriefsmithError, RecordError
from briefsmith.ingest.feed import Feed, FeedEntry, looks_like_feed, parse_feed
from briefsmith.ingest.fetch import Fetched, FetchError, fetch, is_url
from briefsmith.ingest.write import RecordDraft, RecordIndex, folder_lock, text_sha256, write_record
from briefsmith.records.decode import binary_kind
from briefsmith.records.language import detect_language, normalise
from briefsmith.records.page import PageArticle, extract_page
from briefsmith.safeio import Unsafe, read_regular

__all__ = ["IngestReport", "ingest"]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/octet-stream", "")


@dataclass(frozen=True)
class IngestReport:
    written: tuple[Path, ...] = ()
    duplicates: tuple[tuple[str, Path], ...] = ()  # (source, the record that already holds it)
    problems: tuple[str, ...] = ()  # one line each, naming the source
    failed: tuple[str, ...] = ()  # sources that gave neither a record nor a duplicate

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class _Run:
    folder: Path
    workspace: Path
    timeout: float
    max_bytes: int
    retrieved: str
    today: dt.date
    index: RecordIndex
    progress: Callable[[str], None]
    follow_links: bool = False  # fetch each feed entry's page (else the feed's own text)
    written: list[Path] = field(default_factory=list)
    duplicates: list[tuple[str, Path]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def keep(self, draft: RecordDraft, label: str) -> None:
        sha = text_sha256(draft.paragraphs)
        existing = self.index.find(draft, sha)
        if existing is not None:
            self.duplicates.append((label, existing))
            return
        try:
            path = write_record(draft, self.folder, sha)
        except OSError as exc:
            raise RecordError(f"cannot write a record in {self.folder}: {exc.strerror or exc}", path=label) from None
        self.index.add(path, draft.url, draft.source, sha)
        self.written.append(path)


def _say(label: str, exc: BriefsmithError) -> str:
    text = f"{label}: {exc.message}" + (f" (hint: {exc.hint})" if exc.hint else "")
    return " ".join(text.split())


def _target(into: Path, workspace: Path) -> Path:
    folder = (into if into.is_absolute() else workspace / into).resolve()
    if folder != workspace and workspace not in folder.parents:
        raise RecordError(
            "the folder for records is outside the workspace",
            path=into,
            hint="ingest into a folder of the workspace, e.g. --into seeds",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecordError(f"cannot make the folder for records: {exc.strerror or exc}", path=into) from None
    if not os.access(folder, os.W_OK):
        raise RecordError("the folder for records is not writable", path=into)
    return folder


def _label(source: str, workspace: Path) -> str:
    if is_url(source):
        return source
    path = Path(source).expanduser()
    full = (path if path.is_absolute() else workspace / path).resolve()
    return full.relative_to(workspace).as_posix() if workspace in full.parents else str(full)


def _read(source: str, run: _Run) -> Fetched:
    """The source's bytes: fetched if it is a URL, read if it is a file."""
    if is_url(source):
        run.progress(f"fetching {source}")
        return fetch(source, timeout=run.timeout, max_bytes=run.max_bytes)
    path = Path(source).expanduser()
    path = path if path.is_absolute() else run.workspace / path
    try:  # a regular file only: a FIFO or a device is named, never opened
        return Fetched(url="", content=read_regular(path, max_bytes=run.max_bytes), content_type="", charset=None)
    except FileNotFoundError:
        raise RecordError("file not found", path=source) from None
    except Unsafe as exc:
        raise RecordError(exc.message, path=source) from None
    except OSError as exc:
        raise RecordError(f"cannot read: {exc.strerror or exc}", path=source) from None


def _text_only(got: Fetched, label: str) -> Fetched:
    """A page or a feed is text: an archive, an image or a PDF is refused, naming the source."""
    kind = binary_kind(got.content)
    if kind is not None:
        raise RecordError(f"not a web page or a feed: the body is {kind}", path=label)
    return got


def _page_draft(page: PageArticle, label: str, retrieved: str, fallback_url: str | None) -> RecordDraft:
    return RecordDraft(
        title=page.title,
        paragraphs=page.paragraphs,
        source=label,
        retrieved=retrieved,
        authors=page.authors,
        publisher=page.publisher,
        published=page.published,
        url=page.url or fallback_url,
        language=page.language,
    )


def _page(got: Fetched, label: str, run: _Run) -> PageArticle:
    if got.content_type not in _HTML_TYPES:
        raise RecordError(f"not a web page ({got.content_type})", path=label)
    _text_only(got, label)
    content: bytes | str = got.content
    if got.charset:  # the HTTP header outranks the page's own <meta charset>
        try:
            content = got.content.decode(got.charset, errors="replace")
        except LookupError:
            pass
    return extract_page(content, source=label, url=got.url or None, today=run.today)


def _fetched_entry(entry: FeedEntry, run: _Run) -> RecordDraft:
    """The entry's full article from its link; the feed fills what the page lacks."""
    if not entry.link or not is_url(entry.link):
        raise FetchError("its link is not an http(s) URL" if entry.link else "it has no link")
    page = _page(_read(entry.link, run), entry.link, run)
    draft = _page_draft(page, entry.link, run.retrieved, entry.link)
    return replace(
        draft,
        title=page.title or entry.title,
        authors=page.authors or entry.authors,
        published=page.published or entry.published,
    )


def _entry(entry: FeedEntry, feed: Feed, label: str, run: _Run) -> None:
    name = f"{label}: entry {entry.link or entry.title or '(untitled)'}"
    known = run.index.find_link(entry.link)
    if known is not None:  # seen before: do not fetch it again
        run.duplicates.append((entry.link or name, known))
        return
    if not run.follow_links:
        if not entry.paragraphs:
            raise RecordError("no text in the feed for it", path=name, hint="--follow-links fetches its page")
        run.keep(_feed_draft(entry, feed, label, run), entry.link or name)
        return
    try:
        draft = _fetched_entry(entry, run)
    except BriefsmithError as exc:
        if not entry.paragraphs:
            raise RecordError(
                f"no text in the feed, and the article could not be fetched: {exc.message}", path=name
            ) from None
        run.problems.append(f"{name}: kept the feed's own text ({exc.message})")
        draft = _feed_draft(entry, feed, label, run)
    run.keep(draft, entry.link or name)


def _feed_draft(entry: FeedEntry, feed: Feed, label: str, run: _Run) -> RecordDraft:
    """A record from what the feed itself says of the entry (its link kept as the url, not fetched)."""
    language = detect_language(" ".join(entry.paragraphs))[0] or normalise(feed.language)
    return RecordDraft(
        title=entry.title or entry.paragraphs[0][:120],
        paragraphs=entry.paragraphs,
        source=label,
        retrieved=run.retrieved,
        authors=entry.authors,
        publisher=feed.title,
        published=entry.published,
        url=entry.link,
        language=language,
    )


def _one(source: str, run: _Run) -> None:
    label = _label(source, run.workspace)
    known = run.index.find_url(source) if is_url(source) else None
    if known is not None:  # fetched before: do not fetch it again
        run.duplicates.append((source, known))
        return
    got = _read(source, run)
    if looks_like_feed(got.content, got.content_type):
        feed = parse_feed(got.content, source=label, base_url=got.url or None)
        for entry in feed.entries:
            try:
                _entry(entry, feed, label, run)
            except BriefsmithError as exc:
                run.problems.append(_say(exc.path or label, exc))
        return
    run.keep(_page_draft(_page(got, label, run), label, run.retrieved, got.url or None), source)


def ingest(
    sources: Sequence[str],
    into: Path,
    *,
    workspace: Path,
    timeout: float = 20,
    max_bytes: int = 5_000_000,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    follow_links: bool = False,
) -> IngestReport:
    """Turn each source (a saved HTML file, an http(s) URL, an RSS/Atom feed file or URL)
    into a record in `into`; relative paths are taken from `workspace`. A feed's entries come
    from the feed's own text unless `follow_links`, which fetches each entry's page."""
    workspace = workspace.resolve()
    today = today or dt.date.today()
    folder = _target(into, workspace)
    failed: list[str] = []
    # One ingest into a folder at a time: a second run of the same URL waits, then finds
    # the record the first one wrote (the index is read holding the lock).
    with folder_lock(folder, progress or (lambda _message: None)):
        run = _Run(
            folder=folder,
            workspace=workspace,
            timeout=timeout,
            max_bytes=max_bytes,
            retrieved=today.isoformat(),
            today=today,
            index=RecordIndex.scan(folder),
            progress=progress or (lambda _message: None),
            follow_links=follow_links,
        )
        for source in sources:
            before = len(run.written) + len(run.duplicates)
            run.progress(f"reading {source}")
            try:
                _one(source, run)
            except BriefsmithError as exc:
                run.problems.append(_say(source, exc))
            if len(run.written) + len(run.duplicates) == before:
                failed.append(source)
    return IngestReport(
        written=tuple(run.written), duplicates=tuple(run.duplicates), problems=tuple(run.problems), failed=tuple(failed)
    )
