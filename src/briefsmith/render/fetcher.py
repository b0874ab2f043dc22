"""The only way WeasyPrint gets a file while rendering: local files under the theme's
roots (the workspace's and the package's templates/ and styles/), and inline `data:`
URLs. Everything else — http(s), ftp, a file outside the roots, a symlink pointing
out of them — is refused before any socket or file is opened, and remembered so the
build can say what was refused.

`is_allowed()` is plain Python (no WeasyPrint import), so the rule is testable on its
own; `make_fetcher()` builds the WeasyPrint fetcher lazily because importing
WeasyPrint costs about a second.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import threading
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from briefsmith.safeio import Unsafe, read_regular

MAX_FETCH_BYTES = 50_000_000  # a stylesheet, an image or a font of the theme


class FetchRefused(ValueError):
    """A URL rendering may not open. WeasyPrint logs it and draws nothing in its place."""


def local_path(url: str, roots: tuple[Path, ...]) -> Path:
    """The file a `file:` URL names, if it lies under one of `roots` after resolving
    every symlink and `..`; otherwise FetchRefused."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme.lower() != "file":
        raise FetchRefused(f"not a local file: {url}")
    if parsed.netloc not in ("", "localhost"):
        raise FetchRefused(f"file URL on another host: {url}")
    raw = Path(urllib.request.url2pathname(parsed.path))
    try:
        path = raw.resolve(strict=True)
    except (OSError, RuntimeError):  # missing file, symlink loop
        raise FetchRefused(f"no such file: {url}") from None
    for root in roots:
        root = root.resolve()
        if path.is_relative_to(root) and stat.S_ISREG(os.stat(path).st_mode):  # never a FIFO or a device
            return path
    raise FetchRefused(f"outside the theme folders: {url}")


def is_allowed(url: str, roots: tuple[Path, ...]) -> bool:
    if url.lower().startswith("data:"):
        return True
    try:
        local_path(url, roots)
    except FetchRefused:
        return False
    return True


def _guess_type(path: Path) -> str:
    if path.suffix.lower() in (".ttf", ".otf"):
        return f"font/{path.suffix.lower()[1:]}"
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def make_fetcher(roots: tuple[Path, ...]) -> Any:
    """A WeasyPrint URL fetcher confined to `roots`; its `.refused` lists what it refused."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse  # here: weasyprint only when a PDF is made

    class ConfinedFetcher(URLFetcher):
        def __init__(self) -> None:
            # No handler is ever used (fetch is replaced), but URLFetcher's own
            # attributes (_fail_on_errors, …) are read by WeasyPrint.
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
            self.roots = tuple(r.resolve() for r in roots)
            self.refused: list[str] = []
            self._lock = threading.Lock()

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            if url.lower().startswith("data:"):
                # Decoded in memory by urllib's DataHandler: no I/O at all.
                request = urllib.request.Request(url)  # noqa: S310 (data: only, checked above)
                response = urllib.request.DataHandler().data_open(request)
                return URLFetcherResponse(url, response.read(), dict(response.headers))
            try:
                path = local_path(url, self.roots)
            except FetchRefused:
                with self._lock:
                    if url not in self.refused:
                        self.refused.append(url)
                raise
            try:  # a regular file inside the roots, read without following a link or opening a FIFO
                data = read_regular(path, roots=self.roots, max_bytes=MAX_FETCH_BYTES)
            except (OSError, Unsafe):
                with self._lock:
                    if url not in self.refused:
                        self.refused.append(url)
                raise FetchRefused(f"not a readable regular file: {url}") from None
            return URLFetcherResponse(path.as_uri(), data, {"Content-Type": _guess_type(path)})

    return ConfinedFetcher()
