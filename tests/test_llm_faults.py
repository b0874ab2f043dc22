"""Endpoint faults, each against a real server on 127.0.0.1: one clear line naming the endpoint,
never the key; retries bounded; one repair request; the extractive fallback says so."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from llm_server import ChatServer, Reply, closed_port_url, llm_engine, port_articles
from test_llm_engine import KEY, SPEC, answer, engine

from briefsmith.engines.llm import LLMEngine
from briefsmith.errors import EngineError, UsageError
from briefsmith.render.json import dumps


def fails(eng: LLMEngine) -> str:
    with pytest.raises(EngineError) as info:
        eng.condense(port_articles(), SPEC)
    line = info.value.one_line()
    assert "\n" not in line and KEY not in line and KEY not in repr(info.value.args)
    return line


def test_malformed_json_then_a_repaired_answer(tmp_path: Path) -> None:
    with ChatServer([Reply('{"summary": [{"text": "x", "sentences": ["S1"],,]}'), Reply(answer())]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    assert len(server.requests) == 2 and len(briefing.summary) == 2
    repair = server.requests[1].body["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"summary": [{"text": "x", "sentences": ["S1"],,]}'}
    assert "the JSON is malformed" in repair[-1]["content"]
    # the repaired answer is what the cache keeps: a replay needs no repair
    replay = llm_engine(model="test-model", replay=True, workspace=tmp_path).condense(port_articles(), SPEC)
    assert dumps(replay) == dumps(briefing)


def test_truncated_json_twice_gives_up(tmp_path: Path) -> None:
    cut = answer()[:300]
    with ChatServer([Reply(cut, finish_reason="length"), Reply(cut, finish_reason="length")]) as server:
        line = fails(engine(server, tmp_path))
    assert len(server.requests) == 2
    assert line.startswith(f"{server.url}/chat/completions: the model's answer is unusable after one repair request")
    assert "truncated" in line
    assert not list((tmp_path / ".briefsmith").rglob("*.json"))  # nothing cached


def test_wrong_shape_twice_gives_up(tmp_path: Path) -> None:
    shape = json.dumps({"summary": "Traffic fell."})
    with ChatServer([Reply(shape), Reply(shape)]) as server:
        line = fails(engine(server, tmp_path))
    assert "wrong shape at summary" in line and len(server.requests) == 2


def test_server_error_then_success_is_retried(tmp_path: Path) -> None:
    with ChatServer([Reply(status=500, body={"error": {"message": "model loading"}}), Reply(answer())]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    assert len(server.requests) == 2 and len(briefing.summary) == 2


def test_rate_limit_with_retry_after_zero(tmp_path: Path) -> None:
    limited = Reply(status=429, body={"error": {"message": "rate limit"}}, headers={"Retry-After": "0"})
    with ChatServer([limited, limited, Reply(answer())]) as server:
        briefing = engine(server, tmp_path, backoff=30).condense(port_articles(), SPEC)  # Retry-After wins
    assert len(server.requests) == 3 and len(briefing.summary) == 2


def test_rate_limit_retries_are_bounded(tmp_path: Path) -> None:
    limited = Reply(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "0"})
    with ChatServer([limited] * 5) as server:
        line = fails(engine(server, tmp_path, retries=2))
    assert len(server.requests) == 3
    assert line == f"{server.url}/chat/completions: HTTP 429: slow down (gave up after 3 attempts)"
    # a server asking for a wait beyond the bound is not waited for
    with ChatServer([Reply(status=429, body="busy", headers={"Retry-After": "3600"})]) as server:
        line = fails(engine(server, tmp_path, max_wait=5))
    assert len(server.requests) == 1 and "it asks to wait 3600 s more" in line


def test_slow_answer_beyond_the_timeout(tmp_path: Path) -> None:
    with ChatServer([Reply(answer(), delay=5)]) as server:
        line = fails(engine(server, tmp_path, timeout=0.3))
    assert line == (f"{server.url}/chat/completions: no answer within 0.3 s (hint: a slow model: raise the timeout)")


def test_connection_refused(tmp_path: Path) -> None:
    url = closed_port_url()
    line = fails(llm_engine(url=url, model="m", key=KEY, workspace=tmp_path, retries=1, backoff=0.01))
    assert line.startswith(f"{url}/chat/completions: cannot connect (Connection refused) (gave up after 2 attempts)")
    assert "hint: is the server running?" in line


def test_client_errors_are_not_retried_and_never_show_the_key(tmp_path: Path) -> None:
    # a hostile or careless server echoes the key back in its error
    echo = Reply(status=401, body={"error": {"message": f"bad key {KEY}"}})
    with ChatServer([echo, echo]) as server:
        line = fails(engine(server, tmp_path))
    assert len(server.requests) == 1
    assert "HTTP 401: bad key [key]" in line and "hint: check BRIEFSMITH_LLM_KEY" in line


def test_not_a_chat_completion(tmp_path: Path) -> None:
    with ChatServer([Reply(body={"hello": "world"})]) as server:
        line = fails(engine(server, tmp_path))
    assert "not a chat completion" in line


def test_url_credentials_and_query_are_never_shown(tmp_path: Path) -> None:
    url = closed_port_url().replace("http://", f"http://user:{KEY}@") + f"?api_key={KEY}"
    line = fails(llm_engine(url=url, model="m", workspace=tmp_path, retries=0))
    assert "user" not in line and "api_key" not in line
    assert "user" not in repr(llm_engine(url=url, model="m"))


def test_missing_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("BRIEFSMITH_LLM_URL", "BRIEFSMITH_LLM_MODEL", "BRIEFSMITH_LLM_KEY"):
        monkeypatch.delenv(var, raising=False)
    assert "set BRIEFSMITH_LLM_MODEL" in fails(llm_engine(workspace=tmp_path))
    assert "set BRIEFSMITH_LLM_URL" in fails(llm_engine(model="m", workspace=tmp_path))
    with pytest.raises(EngineError, match="cannot fall back to itself"):
        llm_engine(fallback="llm")


def test_key_from_the_environment_arrives_and_never_leaks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_LLM_KEY", KEY)
    bad = answer(summary=[{"text": "Cargo traffic fell by 25 percent in April.", "sentences": ["S1"]}])
    with warnings.catch_warnings(record=True) as caught, ChatServer([Reply(bad)], key=KEY) as server:
        warnings.simplefilter("always")
        eng = llm_engine(url=server.url, model="test-model", workspace=tmp_path)
        briefing = eng.condense(port_articles(), SPEC)
    assert server.requests[0].headers["Authorization"] == f"Bearer {KEY}"
    assert briefing.warnings and KEY not in "".join(briefing.warnings)
    assert KEY.encode() not in dumps(briefing)
    assert KEY not in repr(eng) and KEY not in "".join(str(w.message) for w in caught)
    files = list((tmp_path / ".briefsmith").rglob("*"))
    assert files and all(KEY.encode() not in f.read_bytes() for f in files if f.is_file())


def test_fallback_to_extractive_says_so(tmp_path: Path) -> None:
    url = closed_port_url()
    eng = llm_engine(url=url, model="m", key=KEY, workspace=tmp_path, retries=0, fallback="extractive")
    briefing = eng.condense(port_articles(), SPEC)
    assert briefing.provenance is not None and briefing.provenance.engine != "llm"
    note = briefing.provenance.note or ""
    assert note.startswith("the llm engine failed (") and "cannot connect" in note
    assert note.endswith("finished with the extractive engine")
    assert any(w.startswith("fell back to extractive: ") for w in briefing.warnings)
    assert KEY.encode() not in dumps(briefing)


def test_unavailable_fallback_engine_is_named(tmp_path: Path) -> None:
    eng = llm_engine(url=closed_port_url(), model="m", workspace=tmp_path, retries=0, fallback="nosuchengine")
    line = fails(eng)
    assert "cannot connect" in line and "the fallback engine 'nosuchengine' is unavailable" in line


def test_a_key_that_cannot_be_sent_is_not_echoed(tmp_path: Path) -> None:
    odd_key = "sk-ключ-секрет"  # not Latin-1: http.client refuses the header
    with ChatServer([Reply(answer())]) as server:
        with pytest.raises(EngineError) as info:
            llm_engine(url=server.url, model="m", key=odd_key, workspace=tmp_path).condense(port_articles(), SPEC)
    assert "ключ" not in info.value.one_line() and "cannot send the request" in info.value.one_line()
    assert info.value.__cause__ is None and info.value.__suppress_context__
    bad_port = llm_engine(url="http://127.0.0.1:notaport/v1", model="m", workspace=tmp_path)
    assert "cannot send the request" in fails(bad_port)


def test_a_prompt_over_the_limit_is_never_sent(tmp_path: Path) -> None:
    with ChatServer([Reply(answer())]) as server:
        line = fails(engine(server, tmp_path, max_chars=2000))
        assert server.requests == []  # refused before any upload
    assert line.startswith("llm.max_chars: the sources are too long for the llm engine: a ")
    assert "over the limit of 2,000" in line and "--engine extractive" in line
    # with a fallback, the brief is still built, and says why
    with ChatServer([Reply(answer())]) as server:
        briefing = engine(server, tmp_path, max_chars=2000, fallback="extractive").condense(port_articles(), SPEC)
        assert server.requests == []
    assert briefing.provenance is not None and briefing.provenance.engine == "extractive"
    assert any("too long for the llm engine" in w for w in briefing.warnings)


def test_the_limit_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_LLM_MAX_CHARS", "2000")
    with ChatServer([Reply(answer())]) as server:
        assert "over the limit of 2,000" in fails(engine(server, tmp_path))
    monkeypatch.setenv("BRIEFSMITH_LLM_MAX_CHARS", "lots")
    with pytest.raises(UsageError, match="BRIEFSMITH_LLM_MAX_CHARS must be a whole number of at least 1000"):
        llm_engine(model="m", workspace=tmp_path)
