"""`briefsmith ingest URL` and feeds over HTTP, against a real server on 127.0.0.1
that the tests start: redirects, size limit, timeouts, refused connections, the
User-Agent, and feed entries whose articles are fetched (or not)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from briefsmith import __version__
from briefsmith.cli import cli
from briefsmith.ingest import ingest
from briefsmith.ingest.fetch import FetchError, fetch
from briefsmith.ingest.write import read_front_matter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TODAY = dt.date(2024, 6, 1)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site(ThreadingHTTPServer):
    daemon_threads = True
    base = ""
    dead = ""
    seen: list[tuple[str, str]]


class Handler(BaseHTTPRequestHandler):
    server: Site

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def send(self, body: bytes, content_type: str = "text/html", status: int = 200, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.seen.append((self.path, self.headers.get("User-Agent", "")))
        try:
            self.route(urlsplit(self.path).path)
        except OSError:  # the client gave up (size limit, timeout): that is the point
            pass

    def route(self, path: str) -> None:
        if path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/harbour-strike.html")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://files.example/secret.html")
            self.end_headers()
        elif path == "/big":  # no Content-Length: the limit must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"padding " * 250 + b"</p>\n")
        elif path == "/big-declared":
            self.send(b"<p>short</p>", length=10_000_000)
        elif path == "/slow":
            time.sleep(2)
            self.send(b"<p>too late</p>")
        elif path == "/drip":  # each byte in time, the whole far too slow
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/report.pdf":
            self.send(b"%PDF-1.7 not really", content_type="application/pdf")
        elif path.endswith((".rss", ".atom")):
            text = (FIXTURES / path.lstrip("/")).read_text(encoding="utf-8")
            text = text.replace("{base}", self.server.base).replace("{dead}", self.server.dead)
            kind = "application/rss+xml" if path.endswith(".rss") else "application/atom+xml"
            self.send(text.encode("utf-8"), content_type=kind)
        elif path.endswith(".html") and (FIXTURES / path.lstrip("/")).is_file():
            self.send((FIXTURES / path.lstrip("/")).read_bytes())
        else:
            self.send(b"<h1>Not found</h1>", status=404)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    server = Site(("127.0.0.1", 0), Handler)
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    server.dead = f"http://127.0.0.1:{closed_port()}"
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def run(tmp_path: Path, *sources: str, **kwargs: object):
    return ingest(list(sources), Path("seeds"), workspace=tmp_path, today=TODAY, **kwargs)  # type: ignore[arg-type]


def meta_of(path: Path) -> dict:
    found = read_front_matter(path)
    assert found is not None
    return found[0]


def test_a_url_becomes_a_record(tmp_path: Path, site: Site) -> None:
    url = f"{site.base}/harbour-strike.html"
    report = run(tmp_path, url)
    assert report.problems == () and len(report.written) == 1
    meta = meta_of(report.written[0])
    assert meta["url"] == "https://ledger.example/business/2024/03/03/eastwick-dock-strike"  # canonical
    assert meta["source"] == url
    assert meta["retrieved"] == "2024-06-01"
    assert meta["authors"] == ["Jane Doe", "John Roe"]
    assert ("/harbour-strike.html", f"Briefsmith/{__version__} (+https://github.com/briefsmith)") in site.seen


def test_without_a_canonical_link_the_fetched_address_is_the_url(tmp_path: Path, site: Site) -> None:
    report = run(tmp_path, f"{site.base}/moved")  # redirected to the page
    assert len(report.written) == 1
    assert meta_of(report.written[0])["url"] == "https://ledger.example/business/2024/03/03/eastwick-dock-strike"
    report = run(tmp_path, f"{site.base}/lantern-festival.html")
    meta = meta_of(report.written[0])
    assert meta["url"] == f"{site.base}/lantern-festival.html"
    assert "Café Rosé" in report.written[0].read_text(encoding="utf-8")  # charset from the page's meta


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/big", "larger than the 50,000-byte limit; stopped reading"),
        ("/big-declared", "larger than the 50,000-byte limit (10,000,000 bytes)"),
        ("/to-ftp", "only http and https URLs are fetched, not ftp:"),
        ("/nowhere.html", "127.0.0.1 answered HTTP 404 Not Found"),
        ("/report.pdf", "not a web page (application/pdf)"),
    ],
)
def test_refused_pages_are_named_in_the_report(tmp_path: Path, site: Site, path: str, message: str) -> None:
    url = f"{site.base}{path}"
    report = run(tmp_path, url, max_bytes=50_000)
    assert report.written == () and report.failed == (url,)
    assert report.problems[0].startswith(f"{url}: {message}"), report.problems


def test_a_silent_server_times_out(tmp_path: Path, site: Site) -> None:
    url = f"{site.base}/slow"
    report = run(tmp_path, url, timeout=0.5)
    assert report.problems == (
        f"{url}: cannot reach 127.0.0.1: timed out (hint: check the address and your connection)",
    )


def test_a_dripping_server_hits_the_overall_deadline(tmp_path: Path, site: Site) -> None:
    url = f"{site.base}/drip"
    report = run(tmp_path, url, timeout=0.5, max_bytes=10_000_000)
    assert report.problems[0].startswith(f"{url}: cannot reach 127.0.0.1: timed out after 0.5 s")


def test_offline_is_a_clear_message(tmp_path: Path, site: Site) -> None:
    url = f"{site.dead}/article.html"
    report = run(tmp_path, url, site.base + "/solar-array.html")
    assert len(report.written) == 1 and report.failed == (url,)
    assert report.problems[0].startswith(f"{url}: cannot reach 127.0.0.1: Connection refused")


def test_fetch_refuses_other_schemes() -> None:
    for url in ("file:///etc/passwd", "ftp://files.example/a", "http://"):
        with pytest.raises(FetchError):
            fetch(url)


def test_rss_feed_entries_fetched_in_full_or_kept_from_the_feed(tmp_path: Path, site: Site) -> None:
    feed = f"{site.base}/news.rss"
    report = run(tmp_path, feed, timeout=5, follow_links=True)
    assert len(report.written) == 3 and report.failed == ()
    strike, solar, ferry = (meta_of(p) for p in report.written)
    # Fetched in full: the page's own metadata wins over the feed's.
    assert strike["title"] == "Dock workers walk out at Eastwick over crane automation plan"
    assert strike["authors"] == ["Jane Doe", "John Roe"]
    assert strike["url"] == "https://ledger.example/business/2024/03/03/eastwick-dock-strike"
    assert strike["source"] == f"{site.base}/harbour-strike.html?utm_source=rss&utm_medium=feed"  # fetched
    assert solar["published"] == "2024-02-11"
    assert "We built a field" in report.written[1].read_text(encoding="utf-8")
    # Unreachable: the feed's own text, with a note naming the feed and the entry.
    assert ferry["title"] == "Ferry timetable cut for the winter season"
    assert ferry["authors"] == ["Samira Holt"]
    assert ferry["publisher"] == "Coast and Country Digest"
    assert ferry["published"] == "2024-03-05"
    assert ferry["source"] == feed  # where its text came from
    ferry_text = report.written[2].read_text(encoding="utf-8")
    assert "Island councillors said the cut" in ferry_text and "Advertise here" not in ferry_text
    problems = "\n".join(report.problems)
    assert f"{feed}: entry {site.dead}/ferry-timetable.html: kept the feed's own text (cannot reach" in problems
    assert f"{feed}: entry {site.dead}/gallery/storm-clouds: no text in the feed" in problems

    # Again: every entry is known by its link, so nothing is fetched or written twice.
    fetched_before = len(site.seen)
    again = run(tmp_path, feed, timeout=5, follow_links=True)
    assert again.written == () and len(again.duplicates) == 3
    assert [path for path, _ in site.seen[fetched_before:]] == ["/news.rss"]


def test_a_saved_page_and_the_feed_entry_for_it_are_one_article(tmp_path: Path, site: Site) -> None:
    saved = tmp_path / "harbour-strike.html"
    saved.write_bytes((FIXTURES / "harbour-strike.html").read_bytes())
    first = run(tmp_path, "harbour-strike.html")
    report = run(tmp_path, f"{site.base}/news.rss", timeout=5, follow_links=True)
    assert (f"{site.base}/harbour-strike.html?utm_source=rss&utm_medium=feed", first.written[0]) in report.duplicates


def test_a_local_feed_file_fetches_nothing_unless_told(tmp_path: Path, site: Site) -> None:
    # The links point at a real server that counts requests: without --follow-links none is made.
    text = (FIXTURES / "news.rss").read_text(encoding="utf-8")
    (tmp_path / "news.rss").write_text(text.replace("{base}", site.base).replace("{dead}", site.dead))
    before = len(site.seen)
    report = run(tmp_path, "news.rss", timeout=5)
    assert site.seen[before:] == []
    titles = [meta_of(p)["title"] for p in report.written]
    assert "Ferry timetable cut for the winter season" in titles and len(titles) == 3
    for path in report.written:
        meta = meta_of(path)
        assert meta["source"] == "news.rss" and meta["url"].startswith(("http://", "https://"))
        assert meta["publisher"] == "Coast and Country Digest"  # the feed's title: no page was read
    # The entry with no text of its own is named, with what would fetch it.
    hint = "storm-clouds: no text in the feed for it (hint: --follow-links fetches its page)"
    assert any(hint in p for p in report.problems)

    # --follow-links through the CLI: the entries' pages are fetched.
    full = str(tmp_path / "full")
    args = ["--workspace", str(tmp_path), "ingest", str(tmp_path / "news.rss"), "--into", full, "--follow-links"]
    result = CliRunner().invoke(cli, [*args, "--timeout", "5"])
    assert result.exit_code == 0, result.output
    assert any(path.startswith("/harbour-strike.html") for path, _ in site.seen[before:])


def test_a_feed_url_fetches_only_the_feed(tmp_path: Path, site: Site) -> None:
    before = len(site.seen)
    report = run(tmp_path, f"{site.base}/news.rss", timeout=5)
    assert len(report.written) == 3
    assert [path for path, _ in site.seen[before:]] == ["/news.rss"]
