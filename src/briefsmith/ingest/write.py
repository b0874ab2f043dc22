"""Writing records: `<into>/<slug>.md`, YAML front matter then the text, and knowing
which articles the folder already holds.

A record is for people as much as for the program: readable front matter in a fixed
order, the body as plain paragraphs separated by blank lines. Writes are atomic
(a temporary file in the same folder, then a rename) and never replace a file, so an
interrupted run or two runs at once leave whole records or none.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from briefsmith.records.markdown import escape_paragraph
from briefsmith.records.urls import url_key
from briefsmith.safeio import Unsafe, read_regular

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
MAX_SLUG = 60
SCAN_BYTES = 2_000_000  # a record larger than this was not written by us
TMP_PREFIX = ".briefsmith-tmp-"  # a record being written; a killed run's are removed by the next


@dataclass(frozen=True)
class RecordDraft:
    title: str
    paragraphs: tuple[str, ...]
    source: str
    retrieved: str  # YYYY-MM-DD
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


def text_sha256(paragraphs: Iterable[str]) -> str:
    """The same words hash the same: case, punctuation, quotes and spacing do not count."""
    text = unicodedata.normalize("NFKC", " ".join(paragraphs)).casefold()
    words = re.findall(r"\w+", text)
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _fold(char: str) -> str:
    """Latin letters lose their accents (é -> e); other scripts are kept as they are,
    so a Russian title gives a Russian file name rather than a hash."""
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() else char


def slugify(text: str) -> str:
    folded = "".join(_fold(c) for c in unicodedata.normalize("NFC", text)).lower()
    folded = re.sub(r"['’]", "", folded)  # "region's" -> "regions", not "region-s"
    words = [w for w in re.split(r"[\W_]+", folded) if w]
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > MAX_SLUG:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or (words[0][:MAX_SLUG] if words else "")


def draft_slug(draft: RecordDraft) -> str:
    """From the title; a title with no letters falls back to the URL's last path
    segment, then to the text's hash."""
    slug = slugify(draft.title)
    if not slug and draft.url:
        segments = [s for s in draft.url.split("?")[0].split("/")[3:] if s]
        slug = slugify(re.sub(r"\.\w+$", "", segments[-1])) if segments else ""
    return slug or f"article-{text_sha256(draft.paragraphs)[:10]}"


def body_paragraph(text: str) -> str:
    """The paragraph as it must stand in the file for the record reader to give back
    exactly `text`: Markdown marks escaped only where the reader would take them as
    markup. The reader owns the rule (`records.markdown.escape_paragraph`)."""
    return escape_paragraph(text)


def _ascii_slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def record_id(draft: RecordDraft, slug: str, sha: str) -> str | None:
    """An `id` for the front matter, only where the reader's own (`<publisher>-<date>`,
    else the file name, both in ASCII) would come out empty, as for a Russian
    publisher and title: then the site's domain and the date, else the text's hash."""
    if (draft.published and _ascii_slug(draft.publisher or "")) or _ascii_slug(slug):
        return None
    host = urlsplit(draft.url).hostname if draft.url else None
    base = _ascii_slug((host or "").removeprefix("www."))
    return f"{base}-{draft.published}" if base and draft.published else f"article-{sha[:10]}"


def render_record(draft: RecordDraft, sha: str, slug: str = "") -> str:
    meta: dict[str, object] = {}
    identity = record_id(draft, slug, sha)
    if identity:
        meta["id"] = identity
    meta.update({"title": draft.title, "authors": list(draft.authors)})
    for key in ("publisher", "published", "url", "retrieved", "language", "source"):
        value = getattr(draft, key)
        if value:
            meta[key] = value
    meta["text_sha256"] = sha
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    body = "\n\n".join(body_paragraph(p) for p in draft.paragraphs)
    return f"---\n{head}---\n\n{body}\n"


def read_front_matter(path: Path) -> tuple[dict[str, object], str] | None:
    """(front matter, body) of a `.md` record, or None if it has none we can read (a link
    out of the folder, a FIFO or a file over 2 MB is not read at all)."""
    try:
        text = read_regular(path, roots=(path.parent,), max_bytes=SCAN_BYTES).decode("utf-8")
        match = FRONT_MATTER.match(text)
        if not match:
            return None
        meta = yaml.safe_load(match.group(1))
    except (OSError, Unsafe, UnicodeDecodeError, yaml.YAMLError, ValueError):
        return None
    return (meta, text[match.end() :]) if isinstance(meta, dict) else None


class RecordIndex:
    """The articles a folder already holds: by canonical URL, by the address they were
    fetched from, and by text hash."""

    def __init__(self) -> None:
        self.by_url: dict[str, Path] = {}
        self.by_source: dict[str, Path] = {}
        self.by_text: dict[str, Path] = {}

    @classmethod
    def scan(cls, folder: Path) -> RecordIndex:
        index = cls()
        for path in sorted(folder.glob("*.md")):
            found = read_front_matter(path)
            if found is None:
                continue
            meta, body = found
            sha = meta.get("text_sha256")
            if not isinstance(sha, str):  # a record written by hand: hash its body
                sha = text_sha256(p for p in re.split(r"\n\s*\n", body) if p.strip())
            url, source = meta.get("url"), meta.get("source")
            index.add(path, url if isinstance(url, str) else None, source if isinstance(source, str) else None, sha)
        return index

    def add(self, path: Path, url: str | None, source: str | None, sha: str) -> None:
        for key, table in ((url_key(url), self.by_url), (url_key(source), self.by_source)):
            if key:
                table.setdefault(key, path)
        self.by_text.setdefault(sha, path)

    def find_url(self, url: str | None) -> Path | None:
        """The record whose canonical URL this is."""
        key = url_key(url)
        return self.by_url.get(key) if key else None

    def find_link(self, url: str | None) -> Path | None:
        """The record for a feed entry's link: its canonical URL, or the address it was
        fetched from (a page fetched from one address may name another as canonical)."""
        key = url_key(url)
        return (self.by_url.get(key) or self.by_source.get(key)) if key else None

    def find(self, draft: RecordDraft, sha: str) -> Path | None:
        return self.find_url(draft.url) or self.by_text.get(sha)


@contextlib.contextmanager
def folder_lock(folder: Path, say: Callable[[str], None]) -> Iterator[None]:
    """An exclusive flock on the folder itself (no lock file among the records), held
    while a run reads the folder's index and writes; the kernel drops it if we die.
    Without fcntl (Windows) runs are not serialised."""
    try:
        import fcntl  # here: there is no fcntl on Windows
    except ImportError:
        yield
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(f"waiting for another ingest into {folder} ...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        _remove_litter(folder)  # holding the lock: no live run owns one
        yield
    finally:
        os.close(fd)


def _remove_litter(folder: Path) -> None:
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if name.startswith(TMP_PREFIX) and os.path.isfile(folder / name) and not os.path.islink(folder / name):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)


def _place(tmp: str, target: Path) -> bool:
    """Move the finished temporary file to `target` unless something is there already."""
    try:
        os.link(tmp, target)  # atomic and fails if target exists: never replaces a file
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            return False
        os.replace(tmp, target)
        return True
    os.unlink(tmp)
    return True


def write_record(draft: RecordDraft, folder: Path, sha: str) -> Path:
    """Write the record under a free name (`slug.md`, `slug-2.md`, …) and return its path."""
    slug = draft_slug(draft)
    text = render_record(draft, sha, slug)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a record is an ordinary file
        for n in range(1, 1000):
            target = folder / (f"{slug}.md" if n == 1 else f"{slug}-{n}.md")
            if _place(tmp, target):
                return target
        raise OSError(f"no free file name for {slug}.md")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
