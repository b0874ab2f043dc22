"""Chat completions over plain HTTP (urllib: no dependency for one POST).

Faults become one-line `EngineError`s that name the endpoint, never the key: the key is sent
as an unredirected header (it never follows a redirect to another host) and scrubbed from any
server text we quote. Transient faults (timeouts, refused connections, 429, 5xx) are retried
with bounded exponential backoff; the total time spent waiting is bounded too.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from briefsmith.errors import EngineError

MAX_RESPONSE_BYTES = 16 * 1024 * 1024
RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class ResponseFormatRejected(Exception):
    """The server does not take `response_format: json_schema` (the caller asks again without)."""


@dataclass(frozen=True)
class Reply:
    content: str
    truncated: bool  # finish_reason == "length": the model ran out of tokens


@dataclass(frozen=True)
class Endpoint:
    url: str  # base URL including /v1
    key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5  # first wait; doubles each retry
    max_backoff: float = 8.0  # one wait at most
    max_wait: float = 30.0  # all waits together at most

    @property
    def chat_url(self) -> str:
        parts = urllib.parse.urlsplit(self.url)  # a query (Azure's api-version) stays after the path
        return urllib.parse.urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/chat/completions"))

    @property
    def shown(self) -> str:
        """The endpoint as messages name it: no user:password, no query string (keys hide there)."""
        parts = urllib.parse.urlsplit(self.chat_url)
        netloc = parts.netloc.rpartition("@")[2]  # host[:port], whatever the port looks like
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))

    def scrub(self, text: str) -> str:
        if self.key:
            text = text.replace(self.key, "[key]")
        return " ".join(text.split())

    def fail(self, message: str, hint: str | None = None) -> EngineError:
        return EngineError(self.scrub(message), path=self.shown, hint=hint)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_says(raw: bytes) -> str:
    text = raw[:4000].decode("utf-8", "replace")
    try:
        data = json.loads(text)
        err = data.get("error", data) if isinstance(data, dict) else data
        text = str(err.get("message", err)) if isinstance(err, dict) else str(err)
    except ValueError:
        pass
    text = " ".join(text.split())
    return text[:200] + ("…" if len(text) > 200 else "")


def _hint(status: int) -> str | None:
    if status in (401, 403):
        return "check BRIEFSMITH_LLM_KEY"
    if status == 404:
        return "check that BRIEFSMITH_LLM_URL ends in /v1 and BRIEFSMITH_LLM_MODEL names a model the server has"
    return None


def _post(ep: Endpoint, body: bytes) -> tuple[int, dict[str, str], bytes]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    req = urllib.request.Request(ep.chat_url, data=body, method="POST", headers=headers)  # noqa: S310
    if ep.key:
        req.add_unredirected_header("Authorization", f"Bearer {ep.key}")
    # The socket timeout bounds each wait; the deadline bounds the whole answer, so a server
    # trickling bytes cannot hold a build for longer than about twice the timeout.
    deadline = time.monotonic() + 2 * ep.timeout
    try:
        with urllib.request.urlopen(req, timeout=ep.timeout) as resp:  # noqa: S310 - http(s) checked in chat()
            chunks, size = [], 0
            while size < MAX_RESPONSE_BYTES and (chunk := resp.read1(65536)):
                chunks.append(chunk)
                size += len(chunk)
                if time.monotonic() > deadline:
                    raise TimeoutError
            return resp.status, dict(resp.headers), b"".join(chunks)[:MAX_RESPONSE_BYTES]
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers or {}), exc.read(64 * 1024)


def chat(ep: Endpoint, payload: dict[str, Any]) -> Reply:
    """POST one chat-completions request; the answer's text, or EngineError."""
    if urllib.parse.urlsplit(ep.url).scheme not in ("http", "https"):
        raise ep.fail(
            "the endpoint URL must start with http:// or https://", "e.g. BRIEFSMITH_LLM_URL=http://127.0.0.1:11434/v1"
        )
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    waited, attempt = 0.0, 0
    while True:
        headers: dict[str, str] = {}
        status, problem, hint = 0, None, None
        try:
            status, headers, raw = _post(ep, body)
            if status >= 400:
                problem, hint = f"HTTP {status}: {_server_says(raw)}", _hint(status)
        except TimeoutError:
            # Not retried: a model that is slow once is slow again; waiting longer is the user's call.
            raise ep.fail(f"no answer within {ep.timeout:g} s", "a slow model: raise the timeout") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise ep.fail(f"no answer within {ep.timeout:g} s", "a slow model: raise the timeout") from None
            why = getattr(exc.reason, "strerror", None) or exc.reason
            problem, hint = f"cannot connect ({why})", "is the server running? check BRIEFSMITH_LLM_URL"
        except (ConnectionError, OSError, http.client.HTTPException) as exc:
            if isinstance(exc, http.client.InvalidURL):
                raise ep.fail("cannot send the request (InvalidURL): check the URL") from None
            problem = f"connection failed ({type(exc).__name__})"  # reset mid-answer, bad status line, …
        except ValueError as exc:  # a bad port, or a key that is not ASCII: never echo the text (the key)
            raise ep.fail(f"cannot send the request ({type(exc).__name__}): check the URL and the key") from None
        if problem is None:
            return _reply(ep, raw)
        if status in (400, 422) and ("response_format" in problem or "json_schema" in problem):
            raise ResponseFormatRejected(ep.scrub(problem))
        if status and status not in RETRY_STATUS:
            raise ep.fail(problem, hint)
        wait = min(ep.backoff * 2**attempt, ep.max_backoff)
        asked = _retry_after({k.lower(): v for k, v in headers.items()}.get("retry-after"))
        if asked is not None:
            wait = asked
        if attempt >= ep.retries or waited + wait > ep.max_wait:
            tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
            later = f"; it asks to wait {asked:g} s more" if asked and waited + wait > ep.max_wait else ""
            raise ep.fail(f"{problem} (gave up after {tries}{later})", hint)
        time.sleep(wait)
        waited += wait
        attempt += 1


def _reply(ep: Endpoint, raw: bytes) -> Reply:
    try:
        data = json.loads(raw.decode("utf-8"))
        choice = data["choices"][0]
        content = choice["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ep.fail(
            "the server's reply is not a chat completion (no choices[0].message.content)",
            "is BRIEFSMITH_LLM_URL an OpenAI-compatible /v1 endpoint?",
        ) from None
    if not isinstance(content, str):
        raise ep.fail("the server's reply has no text content")
    return Reply(content=content, truncated=choice.get("finish_reason") == "length")
