"""Rendering never leaves the machine: a real HTTP server on 127.0.0.1 counts requests
while a hostile workspace template and stylesheet point at it from every angle."""

from __future__ import annotations

import dataclasses
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefsmith.model import Briefing, Point
from briefsmith.render.fetcher import is_allowed, local_path
from briefsmith.render.pdf import render_pdf
from briefsmith.workspace.theme import Theme, default_theme_dir


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Counter.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_no_request_leaves_while_rendering(sample_briefing: Briefing, tmp_path: Path, server: str) -> None:
    secret = tmp_path.parent / f"{tmp_path.name}-secret.css"
    secret.write_text("body { background: red }", "utf-8")
    templates, styles = tmp_path / "templates", tmp_path / "styles"
    templates.mkdir()
    styles.mkdir()
    (styles / "escape.css").symlink_to(secret)  # a symlink out of the workspace
    (templates / "logo.svg").write_text(  # a workspace file: allowed
        '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>', "utf-8"
    )
    (styles / "custom.css").write_text(
        f'@import url("{server}/import.css");\n'
        f'@font-face {{ font-family: X; src: url("{server}/font.woff2"); }}\n'
        f'body {{ background: url("{server}/bg.png"); font-family: X, "Briefsmith Serif"; }}\n',
        "utf-8",
    )
    packaged = (default_theme_dir() / "templates" / "brief.html").read_text("utf-8")
    (templates / "brief.html").write_text(
        packaged.replace(
            "<body>",
            (
                f'<body>\n<img src="logo.svg" alt=""><img src="{server}/img.png" alt="">'
                f'<link rel="stylesheet" href="{server}/link.css">'
                f'<link rel="stylesheet" href="{(styles / "escape.css").as_uri()}">'
                f'<img src="file:///etc/passwd"><img src="https://example.invalid/x.png">'
                f'<object data="{server}/object.svg"></object><iframe src="{server}/frame"></iframe>'
                f'<link rel="attachment" href="{server}/attach.bin">'
                f'<a href="{server}/link">a link is not fetched</a>'
                f'<div style="background: url({server}/inline.png)">x</div>\n'
            ),
            1,
        ),
        "utf-8",
    )
    # A source whose URL points at the server is a link in the notes, never a fetch.
    briefing = dataclasses.replace(
        sample_briefing,
        summary=(Point("<img src=" + server + "/text.png>", ()),),
        sources=(dataclasses.replace(sample_briefing.sources[0], url=f"{server}/article"),),
    )

    result = render_pdf(briefing, Theme(tmp_path))

    assert _Counter.hits == []
    assert result.data.startswith(b"%PDF")
    refused = " ".join(w for w in result.warnings if w.startswith("refused to fetch"))
    for what in (
        "/import.css",
        "/img.png",
        "/link.css",
        "/bg.png",
        "/inline.png",
        "/font.woff2",
        "escape.css",
        "/etc/passwd",
        "example.invalid",
    ):
        assert what in refused, what
    assert "logo.svg" not in " ".join(result.warnings)


def test_the_fetch_rule(tmp_path: Path) -> None:
    root = tmp_path / "styles"
    (root / "fonts").mkdir(parents=True)
    font = root / "fonts" / "a.ttf"
    font.write_bytes(b"x")
    outside = tmp_path / "outside.css"
    outside.write_text("x", "utf-8")
    (root / "link.css").symlink_to(outside)
    roots = (root,)
    assert local_path(font.as_uri(), roots) == font.resolve()
    assert is_allowed("data:text/css,body{}", roots)
    for url in (
        outside.as_uri(),
        (root / "link.css").as_uri(),
        (root / "fonts" / ".." / ".." / "outside.css").as_uri(),
        (root / "missing.ttf").as_uri(),
        root.as_uri(),
        "http://127.0.0.1/x",
        "https://example.org/x",
        "ftp://example.org/x",
        "file://otherhost/etc/passwd",
        "//example.org/x",
    ):
        assert not is_allowed(url, roots), url


def test_a_source_link_is_live_in_the_pdf(sample_briefing: Briefing, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(render_pdf(sample_briefing, Theme(tmp_path)).data))
    uris = {a.get_object()["/A"].get("/URI") for p in pdf.pages for a in p.get("/Annots", [])}
    assert sample_briefing.sources[0].url in uris
    assert not any(str(u).startswith("file:") for u in uris)
