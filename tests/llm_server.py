"""A real chat-completions server on 127.0.0.1 for the llm engine's tests: scripted answers,
every request recorded. No patched functions: the engine speaks HTTP to it like to Ollama.

Also the hand-written articles the llm tests condense (invented text, nobody's article).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from briefsmith.engines.llm import LLMEngine
from briefsmith.model import Article
from briefsmith.records.base import make_article
from briefsmith.settings.resolve import llm_options


@dataclass
class Reply:
    """One scripted answer: the assistant's text, or a raw status/body; optionally late."""

    content: str | None = None
    status: int = 200
    body: Any = None  # dict/str sent as is instead of a chat completion
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    finish_reason: str = "stop"


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class ChatServer:
    """`with ChatServer([Reply(...), ...], key="sk-…") as server:` -> `server.url` ends in /v1.

    Replies are used in order; a request past the script gets HTTP 500 "script exhausted".
    A callable script decides from the request. With `key`, a request without
    `Authorization: Bearer <key>` gets 401 — so tests know the key arrived."""

    def __init__(self, script: list[Reply] | Callable[[Seen], Reply], key: str | None = None) -> None:
        self.script, self.key = script, key
        self.requests: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> ChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._thread.is_alive():
            self.stopping.set()
            self.httpd.shutdown()
            self._thread.join(5)
        self.httpd.server_close()

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.requests.append(seen)
            if callable(self.script):
                return self.script(seen)
            if not self.script:
                return Reply(status=500, body={"error": {"message": "script exhausted"}})
            return self.script.pop(0)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen = Seen(self.path, dict(self.headers), json.loads(raw or b"{}"))
                if server.key and self.headers.get("Authorization") != f"Bearer {server.key}":
                    server.requests.append(seen)
                    return self._send(Reply(status=401, body={"error": {"message": "invalid api key"}}), seen)
                if self.path != "/v1/chat/completions":
                    server.requests.append(seen)
                    return self._send(Reply(status=404, body={"error": {"message": "not found"}}), seen)
                self._send(server._next(seen), seen)

            def _send(self, reply: Reply, seen: Seen) -> None:
                if reply.delay and server.stopping.wait(reply.delay):
                    return
                if reply.body is not None:
                    body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                else:
                    body = json.dumps(
                        {
                            "id": "chatcmpl-test",
                            "object": "chat.completion",
                            "model": seen.body.get("model"),
                            "choices": [
                                {
                                    "index": 0,
                                    "finish_reason": reply.finish_reason,
                                    "message": {"role": "assistant", "content": reply.content},
                                }
                            ],
                        }
                    )
                data = body.encode("utf-8")
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                    pass

        return Handler


def closed_port_url() -> str:
    """A loopback URL where nothing listens: connection refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def port_articles() -> list[Article]:
    """Two invented articles about an invented port strike (sentences S1–S10 across both)."""
    harbour = make_article(
        id="harbour-news-2024-05-06",
        title="Velmora port traffic falls during strike",
        publisher="Harbour News",
        published="2024-05-06",
        authors=("Lena Ostrova",),
        paragraphs=[
            "The port authority of Velmora announced on Tuesday that cargo traffic fell by 18 percent in "
            "April. The drop followed a strike by 2,300 dock workers.",
            "Marta Quell, the authority's chief executive, said the strike had cost the city about 40 million "
            "euros. Quell added that talks with the Dockers' Union would resume in June.",
            "The union's leader, Tomas Brenn, said workers had not been paid overtime since January. "
            "Human rights observers reported that two organisers were detained without charge.",
            "It is unclear whether the government of Estavia will intervene before the summer season.",
        ],
    )
    coast = make_article(
        id="coast-daily-2024-05-07",
        title="Coast guard sent to idle docks",
        publisher="Coast Daily",
        published="2024-05-07",
        paragraphs=[
            "Estavia's interior ministry deployed coast guard patrols to Velmora after smugglers used the "
            "idle docks. Officials said the patrols would stay for three weeks.",
            "The Dockers' Union called the deployment an attempt to intimidate striking workers.",
        ],
    )
    return [harbour, coast]


def llm_engine(workspace: Any = None, **given: Any) -> LLMEngine:
    """The engine as a library caller makes it: options given here, else the environment's."""
    return LLMEngine(llm_options(**given), workspace=workspace)
