"""`briefsmith serve`: the live preview over HTTP, on 127.0.0.1 only.

    /                   the index of the workspace's briefs
    /brief/NAME         a brief's HTML beside its PDF
    /file/NAME.pdf      the latest PDF (and NAME.html): only served briefs' files, never a path
    /events             server-sent events: the session's state, each time it changes

The standard library's threading HTTP server is enough for one person's browser tabs; the
session (session.py) builds on its own thread and wakes the event streams. Ctrl-C (or SIGTERM)
stops the server, the session's thread and its PDF worker, and removes the private folder.
"""

from __future__ import annotations

import errno
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from briefsmith.errors import BriefsmithError
from briefsmith.preview.page import brief_page, index_page
from briefsmith.preview.session import Session
from briefsmith.safeio import Unsafe, read_regular

HOST = "127.0.0.1"  # never another interface: the preview shows unpublished briefs
KEEP_ALIVE = 15.0  # seconds between comments on an idle event stream (proxies, sleeping laptops)
MAX_FILE = 200_000_000
_FILE = re.compile(r"^/file/([^/]+)\.(pdf|html)$")
_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # an open event stream never keeps the process alive
    allow_reuse_address = False  # a port in use is an error, not shared

    def __init__(self, port: int, session: Session) -> None:
        self.session = session
        super().__init__((HOST, port), Handler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


class Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        pass  # the terminal shows builds, not requests

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802 - the name http.server calls
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        session = self.server.session
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        try:
            if path == "/":
                self._send(200, index_page(session.board.snapshot()))
            elif path.startswith("/brief/") and path[7:] in session.board.states:
                self._send(200, brief_page(path[7:], session.board.snapshot()))
            elif path == "/events":
                self._events(session)
            elif (found := _FILE.match(path)) and found[1] in session.board.states:
                self._file(session, found[1], found[2])
            else:
                self._send(404, b"<h1>Not found</h1><p><a href='/'>The briefs</a></p>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went away: nothing to say to it

    def _file(self, session: Session, name: str, ext: str) -> None:
        try:
            data = read_regular(session.out / f"{name}.{ext}", max_bytes=MAX_FILE)
        except (OSError, Unsafe):
            self._send(404, b"<p>Not built yet.</p>")
            return
        self._send(200, data, _TYPES[ext])

    def _events(self, session: Session) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        if self.command == "HEAD":
            return
        board, seen = session.board, -1
        while not board.stopping:
            board.wait(seen, KEEP_ALIVE)
            if board.stopping:
                return
            state = board.snapshot()
            if state["version"] == seen:
                self.wfile.write(b": still here\n\n")
            else:
                seen = state["version"]
                self.wfile.write(f"data: {json.dumps(state)}\n\n".encode())
            self.wfile.flush()


def open_server(port: int, session: Session) -> PreviewServer:
    """Bind 127.0.0.1:PORT, or a one-line error saying the port is taken."""
    try:
        return PreviewServer(port, session)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise BriefsmithError(
                f"port {port} on {HOST} is in use",
                where="--port",
                hint="stop what uses it, or pass --port 0 for any free port",
            ) from None
        raise BriefsmithError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}", where="--port") from None


def serve(session: Session, server: PreviewServer, on_ready: Callable[[str], None] | None = None) -> None:
    """Run until Ctrl-C or SIGTERM (KeyboardInterrupt), then stop everything cleanly."""
    builder = threading.Thread(target=session.run, name="briefsmith-preview", daemon=True)
    builder.start()
    web = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="briefsmith-http", daemon=True
    )
    web.start()
    if on_ready:
        on_ready(server.url)
    try:
        while builder.is_alive():
            builder.join(0.5)  # the main thread waits where Ctrl-C can reach it
    finally:
        session.stop()
        server.shutdown()
        server.server_close()
        session.worker.close()  # a layout under way ends now; the builder sees its worker gone
        builder.join(10)
        session.close()
    if session.crash is not None:
        raise BriefsmithError(f"the preview stopped: {type(session.crash).__name__}: {session.crash}")
