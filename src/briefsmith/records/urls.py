"""URLs as identities: the canonical form we record, and the key duplicates share.

courlan (trafilatura's own URL library) does the normalising: lower-case host,
default ports and fragments dropped, tracking parameters (utm_*, fbclid, …) removed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from courlan import normalize_url


def canonical_url(url: str | None) -> str | None:
    """The URL to record, or None for anything that is not an http(s) URL."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        return normalize_url(url.strip(), strict=True)
    except ValueError:
        return None


def url_key(url: str | None) -> str | None:
    """What two records of the same article share: http and https, a trailing slash and
    `www.` are not differences."""
    canonical = canonical_url(url)
    if canonical is None:
        return None
    parts = urlsplit(canonical)
    host = (parts.hostname or "").removeprefix("www.")
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # "http://host:99999/": no port, no article to match (check_url says why)
        return None
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{port}{path}{query}"
