"""Resource bombs: templates that would make gigabytes or run for hours, a zip-bombed
reference.docx, a gzip bomb and binary bodies served to `ingest`. Each is refused
quickly, with bounded memory, in one line that names the file or URL."""

from __future__ import annotations

import gzip
import io
import struct
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .kit import (
    ARTICLE,
    FAST,
    assert_clean,
    assert_one_line_error,
    brief_yaml,
    env_for,
    in_parallel,
    peak_rss_mb,
    run,
)

REPO = Path(__file__).resolve().parents[2]
MAX_RSS_MB = 400  # a build of this brief peaks near 100 MB; the bombs asked for gigabytes

# Expressions a template may try, each asking for gigabytes or for ever.
TEMPLATE_BOMBS = {
    "string times a billion": "{{ 'a' * 10**9 }}",
    "list times a billion": "{{ ([0] * 10**9)|length }}",
    "a power too large": "{{ 7 ** (10 ** 12) }}",
    "a huge printf width": "{{ '%999999999s'|format('x') }}",
    "a huge format width": "{{ '{:>999999999}'.format('x') }}",
    "ljust a billion": "{{ 'x'.ljust(10**9) }}",
    "center filter a billion": "{{ 'x'|center(10**9) }}",
    "indent a billion": "{{ 'x\ny'|indent(10**9) }}",
    "loops that print": "{% for i in range(100000) %}{% for j in range(100000) %}xx{% endfor %}{% endfor %}",
    "loops that print nothing": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "a template including itself": "{% include 'brief.html' %}",
    "a macro calling itself": "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
}


def _bombed(base: Path, name: str, expression: str) -> Path:
    ws = base / name / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "templates").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    (ws / "briefs" / "p.yaml").write_text(brief_yaml())
    page = (REPO / "templates" / "brief.html").read_text()
    (ws / "templates" / "brief.html").write_text(page.replace("<body", expression + "<body", 1))
    return ws


def test_template_bombs_stop_quickly_naming_the_template(tmp_path: Path) -> None:
    # Low caps, so the suite needs not wait for the real ones (10 MB, 10 s): the mechanism is the same.
    env = env_for(BRIEFSMITH_TEMPLATE_SECONDS="2", BRIEFSMITH_MAX_HTML_BYTES="2000000")

    def case(i: int, expression: str) -> Callable[[], None]:
        def body() -> None:
            ws = _bombed(tmp_path, f"t{i}", expression)
            began = time.monotonic()
            result, rss = peak_rss_mb(ws, "build", "--format", "html,json", env=env)
            assert time.monotonic() - began < 30
            assert_one_line_error(result, "brief.html")
            assert rss < MAX_RSS_MB, f"peak memory {rss:.0f} MB"
            assert not (ws / "out" / "p.html").exists()

        return body

    in_parallel([(name, case(i, expr)) for i, (name, expr) in enumerate(TEMPLATE_BOMBS.items())])


def test_the_template_limits_have_sane_defaults(tmp_path: Path) -> None:
    ws = _bombed(tmp_path, "default", TEMPLATE_BOMBS["string times a billion"])
    result, rss = peak_rss_mb(ws, "build", "--format", "html")
    assert_one_line_error(result, "brief.html")
    assert "10,000,000" in result.err or "limit" in result.err
    assert rss < MAX_RSS_MB


def _zip_bomb(path: Path, how: str) -> None:
    """A DOCX-shaped zip whose styles part inflates far past what a reference needs."""
    with zipfile.ZipFile(REPO / "templates" / "reference.docx") as src:
        parts = {name: src.read(name) for name in src.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            if name == "word/styles.xml" and how != "many members":
                size = 5_000_000 if how == "high ratio" else 60_000_000
                data = b"<" + b" " * size
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        if how == "many members":
            for i in range(3000):
                zf.writestr(f"customXml/item{i}.xml", b"<x/>")
    data = out.getvalue()
    if how == "lying directory":  # the central directory says the 60 MB member is 1,000 bytes
        entry = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))
        while data[entry + 46 : entry + 61] != b"word/styles.xml":
            entry = data.find(b"PK\x01\x02", entry + 4)
        data = data[: entry + 24] + struct.pack("<I", 1000) + data[entry + 28 :]
    path.write_bytes(data)


@pytest.mark.parametrize("how", ["huge member", "high ratio", "many members", "lying directory"])
def test_a_zip_bombed_reference_is_refused_before_it_inflates(hws: Path, how: str) -> None:
    (hws / "templates").mkdir()
    _zip_bomb(hws / "templates" / "reference.docx", how)
    began = time.monotonic()
    result, rss = peak_rss_mb(hws, "build", "--format", "docx,json")
    assert time.monotonic() - began < 20
    assert_one_line_error(result, "reference.docx")
    assert rss < MAX_RSS_MB, f"peak memory {rss:.0f} MB"


def test_an_svg_bomb_in_the_styles_does_not_take_the_build_down(hws: Path) -> None:
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    (hws / "styles").mkdir()
    (hws / "styles" / "bomb.svg").write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e0 "lol">{entities}]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&e9;</text></svg>'
    )
    (hws / "styles" / "custom.css").write_text('body { background: url("bomb.svg") }\n')
    began = time.monotonic()
    result, rss = peak_rss_mb(hws, "build", "--format", "pdf")
    assert time.monotonic() - began < 60
    assert result.code == 0 and "Traceback" not in result.err, result.err
    assert rss < MAX_RSS_MB


def test_pull_refuses_a_zip_bombed_docx_before_it_inflates(hws: Path) -> None:
    assert run(hws, "build", "--format", "docx").code == 0
    _zip_bomb(hws / "out" / "pilots.docx", "huge member")  # "edited" by someone hostile
    result, rss = peak_rss_mb(hws, "pull", "out/pilots.docx")
    assert_one_line_error(result, "pilots.docx")
    assert rss < MAX_RSS_MB, f"peak memory {rss:.0f} MB"


def test_a_reference_reaching_out_gives_only_styles(hws: Path) -> None:
    """attachedTemplate to a remote .dotm, an external image and hyperlink in the header,
    a mail-merge source: none of it reaches the DOCX we write."""
    with zipfile.ZipFile(REPO / "templates" / "reference.docx") as src:
        parts = {name: src.read(name) for name in src.namelist()}
    settings = parts["word/settings.xml"].decode()
    settings = settings.replace("<w:zoom", '<w:attachedTemplate r:id="rIdT"/><w:linkStyles/><w:zoom', 1)
    if "xmlns:r=" not in settings:
        relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        settings = settings.replace("<w:settings ", f'<w:settings xmlns:r="{relationships}" ', 1)
    parts["word/settings.xml"] = settings.encode()
    parts["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"'
        b' Target="https://evil.example/macros.dotm" TargetMode="External"/></Relationships>'
    )
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"'
        ' Target="https://evil.example/track" TargetMode="External"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    (hws / "templates").mkdir()
    with zipfile.ZipFile(hws / "templates" / "reference.docx", "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    result = run(hws, "build", "--format", "docx")
    assert result.code == 0, result.text
    with zipfile.ZipFile(hws / "out" / "pilots.docx") as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist())
    assert b"evil.example" not in everything and b"attachedTemplate" not in everything
    assert b"linkStyles" not in everything


# --- ingest ---------------------------------------------------------------------------

ARTICLE_PAGE = (
    "<html><head><title>Harbour pilots strike</title></head><body><article><h1>Harbour pilots strike</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("---")[2].strip().split("\n\n"))
    + "</article></body></html>"
).encode()


class Bombs(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path == "/gzip-bomb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            body = BOMB
        elif self.path == "/gzip-as-html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            body = BOMB
        elif self.path == "/png-as-html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            body = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
        elif self.path == "/gzipped-page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            body = gzip.compress(ARTICLE_PAGE)
        elif self.path == "/article":
            time.sleep(0.3)  # long enough for parallel runs to overlap
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            body = ARTICLE_PAGE
        else:
            self.send_response(404)
            body = b"not here"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


BOMB = b""  # made once by the server fixture: ~50 KB that inflate to 50 MB


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    global BOMB
    BOMB = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Bombs)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(
    "path, message",
    [
        ("/gzip-bomb", "once decompressed"),
        ("/gzip-as-html", "gzip archive"),
        ("/png-as-html", "PNG image"),
    ],
)
def test_ingest_refuses_bombs_and_bodies_that_are_not_text(hws: Path, server: str, path: str, message: str) -> None:
    env = env_for(no_proxy="127.0.0.1", NO_PROXY="127.0.0.1")
    result, rss = peak_rss_mb(hws, "ingest", f"{server}{path}", "--max-bytes", "1000000", env=env)
    assert result.code == 1 and message in result.err and f"{server}{path}" in result.err, result.err
    assert "Traceback" not in result.err
    assert rss < MAX_RSS_MB
    assert sorted(p.name for p in (hws / "seeds").iterdir()) == ["pilots.md"]  # nothing written


def test_ingest_reads_a_gzipped_page(hws: Path, server: str) -> None:
    env = env_for(no_proxy="127.0.0.1", NO_PROXY="127.0.0.1")
    result = run(hws, "ingest", f"{server}/gzipped-page", "--into", "seeds/new", env=env)
    assert result.code == 0, result.text
    (record,) = (hws / "seeds" / "new").iterdir()
    assert "Tomas Brandt" in record.read_text()


def test_parallel_ingests_of_one_url_write_one_record(hws: Path, server: str) -> None:
    from .kit import start

    env = env_for(no_proxy="127.0.0.1", NO_PROXY="127.0.0.1")
    procs = [start(hws, "ingest", f"{server}/article", "--into", "seeds/web", env=env) for _ in range(3)]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, out + err
    records = list((hws / "seeds" / "web").glob("*.md"))
    assert len(records) == 1, [p.name for p in records]
    assert not [p for p in (hws / "seeds" / "web").iterdir() if p.name.startswith(".")]  # no temp files


def test_a_feed_of_many_items_with_text_outside_paragraphs_keeps_each(hws: Path) -> None:
    items = "".join(
        f"<item><title>Notice {i}</title><guid>n{i}</guid>"
        f"<description><![CDATA[Harbour notice {i}: berth {i % 7} closes at {i % 24} hours for dredging."
        f" <p>Read more</p>]]></description></item>"
        for i in range(300)
    )
    feed = hws / "notices.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}</channel></rss>')
    result = run(hws, "ingest", "notices.xml", "--into", "seeds/notices", "-q", timeout=120)
    assert result.code == 0, result.text[-2000:]
    assert len(list((hws / "seeds" / "notices").glob("*.md"))) == 300
    assert_clean_folder = [p for p in (hws / "seeds" / "notices").iterdir() if p.name.startswith(".")]
    assert not assert_clean_folder


def test_a_fast_failing_brief_does_not_wait_for_its_pdf_worker(hws: Path) -> None:
    (hws / "briefs" / "pilots.yaml").write_text(brief_yaml(source="seeds/missing.md"))
    took = {}
    for formats in ("json", "pdf"):  # without a PDF worker, then with one (started, then stopped)
        began = time.monotonic()
        result = run(hws, "build", "--format", formats)
        took[formats] = time.monotonic() - began
        assert_one_line_error(result, "seeds/missing.md")
    # It used to wait 5 s for the worker; now stopping it costs next to nothing.
    assert took["pdf"] - took["json"] < 2.5, f"the PDF worker cost {took['pdf'] - took['json']:.1f} s"
    (hws / "briefs" / "pilots.yaml").write_text(brief_yaml())
    assert run(hws, "build", "--format", FAST).code == 0
    assert_clean(hws)
