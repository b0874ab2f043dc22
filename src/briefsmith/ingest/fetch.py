"""Fetching a web page: the only place Briefsmith touches the network, and only when
a person runs `briefsmith ingest URL`.

urllib from the standard library is enough for one GET at a time; what it lacks by
default we add here: only http/https (also across redirects — the stock opener
would follow a redirect to ftp:// and open file:// URLs), a size limit enforced while
streaming (a Content-Length header can lie or be absent), an overall deadline (the
socket timeout only bounds each read, so a server dripping one byte a second would
never time out), and a User-Agent that says who we are.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from briefsmith.errors import BriefsmithError
from briefsmith.version import __version__

USER_AGENT = f"Briefsmith/{__version__} (+https://github.com/briefsmith)"
SCHEMES = ("http", "https")
CHUNK = 64 * 1024
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9"


class FetchError(BriefsmithError):
    """A page that could not be fetched (unreachable, refused, too large, too slow)."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # "text/html", lower case, without parameters
    charset: str | None  # from the Content-Type header, if the server said


def is_url(source: str) -> bool:
    """Anything with a scheme is meant as a URL (so `ftp://…` is refused, not read as a file)."""
    try:
        parts = urlsplit(source)
    except ValueError:  # "http://[::1": meant as a URL all the same, and check_url says what is wrong
        return "://" in source
    return bool(parts.scheme) and len(parts.scheme) > 1 and "://" in source


def check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise FetchError(f"not a valid URL: {exc}", path=url) from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme}:", path=url)
    if not host:
        raise FetchError("the URL has no host name", path=url)
    if parts.username or parts.password:  # it would be kept in the record's url:, and shown in every message
        shown = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()
        raise FetchError(
            "a URL with a user name or password in it is not fetched",
            path=shown,
            hint="save the page from your browser and ingest the saved file",
        )


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 - urllib's signature
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand rather than with build_opener(), which adds file://, ftp:// and data: handlers.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),  # honours http_proxy/https_proxy/no_proxy, as users expect
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _SafeRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return "host name not found (are you offline?)"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _decoded(body: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    """The body as the server meant it: gzip/deflate undone, never past `max_bytes` (a gzip
    bomb of a few kilobytes would otherwise inflate to gigabytes)."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
    for coding in reversed(codings):  # applied in order, so undone from the last
        if coding in ("gzip", "x-gzip", "deflate"):
            # wbits 47: gzip or zlib header, detected; a raw deflate stream (some servers) after.
            out = _inflate(body, 47, max_bytes)
            body = out if out is not None else _inflate(body, -15, max_bytes) or b""
            if len(body) > max_bytes:
                raise FetchError(
                    f"larger than the {max_bytes:,}-byte limit once decompressed; stopped",
                    path=url,
                    hint="raise the limit with --max-bytes if you trust the site",
                )
        else:
            raise FetchError(f"the server sent an encoding Briefsmith cannot read ({coding})", path=url)
    return body


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes | None:
    """At most max_bytes + 1 bytes of `data` inflated (more means too large), or None if
    it is not such a stream."""
    try:
        return zlib.decompressobj(wbits).decompress(data, max_bytes + 1)
    except zlib.error:
        return None


def fetch(url: str, *, timeout: float = 20, max_bytes: int = 5_000_000) -> Fetched:
    """GET one http(s) URL, or raise FetchError with a one-line reason."""
    check_url(url)
    host = urlsplit(url).hostname
    # check_url() above allows http and https only.
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})  # noqa: S310
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"larger than the {max_bytes:,}-byte limit ({int(declared):,} bytes)",
                    path=url,
                    hint="raise the limit with --max-bytes if you trust the site",
                )
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(CHUNK):  # what has arrived, so the deadline is checked often
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"larger than the {max_bytes:,}-byte limit; stopped reading",
                        path=url,
                        hint="raise the limit with --max-bytes if you trust the site",
                    )
                if time.monotonic() > deadline:
                    raise FetchError(f"cannot reach {host}: timed out after {timeout:g} s", path=url)
                chunks.append(chunk)
            body = _decoded(b"".join(chunks), headers.get("Content-Encoding", ""), max_bytes, url)
            return Fetched(
                url=response.geturl(),
                content=body,
                content_type=headers.get_content_type().lower(),
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{host} answered HTTP {exc.code} {exc.reason}", path=url) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        raise FetchError(
            f"cannot reach {host}: {_reason(exc)}", path=url, hint="check the address and your connection"
        ) from None
