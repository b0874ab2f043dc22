"""`briefsmith build --engine llm` end to end through the CLI, against a real
chat-completions server on 127.0.0.1: answer, cache, --replay, fallback, --strict."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from llm_server import ChatServer, Reply, Seen, closed_port_url

from briefsmith.cli import cli

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"
KEY = "sk-test-secret-4242"


def faithful(seen: Seen) -> Reply:
    """A model that only repeats sentences it was given, citing them correctly."""
    prompt = "\n".join(m["content"] for m in seen.body["messages"])
    lines = dict(re.findall(r"^\[(S\d+)\] (.+)$", prompt, flags=re.M))
    assert len(lines) > 20, "the sources arrive as numbered sentences"

    def point(sid: str) -> dict[str, object]:
        return {"text": lines[sid], "sentences": [sid]}

    answer = {
        "summary": [point("S2")],
        "sections": {"background": [point("S3")], "security_rationale": [point("S8")], "human_rights": [point("S20")]},
        "actors": [],
        "open_questions": [],
    }
    return Reply(content=json.dumps(answer))


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "briefs" / "rt.yaml").write_text(f"title: RT\ndate: 2024-10-20\nsources: [seeds/{SEED.name}]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    monkeypatch.setenv("BRIEFSMITH_LLM_MODEL", "test-model")
    monkeypatch.setenv("BRIEFSMITH_LLM_KEY", KEY)
    return tmp_path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def test_llm_build_cache_and_replay(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer(faithful, key=KEY) as server:
        monkeypatch.setenv("BRIEFSMITH_LLM_URL", server.url)
        code, out = invoke("build", "--engine", "llm", "--format", "json,docx")
        assert code == 0, out
        assert len(server.requests) == 1
    data = json.loads((ws / "out" / "rt.json").read_text())
    assert data["provenance"]["engine"] == "llm" and data["provenance"]["model"] == "test-model"
    assert data["sections"][0]["points"][0]["citations"][0]["quote"]
    for path in [*(ws / "out").iterdir(), *(ws / ".briefsmith").rglob("*")]:
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    # The server is gone: --replay rebuilds from the cache alone, to the same bytes.
    code, out = invoke("build", "--engine", "llm", "--replay", "--format", "json", "--out", "again")
    assert code == 0, out
    assert (ws / "again" / "rt.json").read_bytes() == (ws / "out" / "rt.json").read_bytes()


def test_replay_miss_fails_clearly(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_LLM_URL", closed_port_url())
    code, out = invoke("build", "--engine", "llm", "--replay", "--format", "json")
    assert code == 1 and "rt" in out and "cache" in out.lower() and "Traceback" not in out


def test_unreachable_endpoint_falls_back_unless_strict(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = closed_port_url()
    monkeypatch.setenv("BRIEFSMITH_LLM_URL", url)
    code, out = invoke("build", "--engine", "llm", "--format", "json")
    assert code == 0, out
    data = json.loads((ws / "out" / "rt.json").read_text())
    assert "extractive" in (data["provenance"].get("note") or "") + data["provenance"]["engine"]
    assert any("fell back" in w for w in data["warnings"])
    code, out = invoke("build", "--engine", "llm", "--format", "json", "--strict", "--force")
    assert code == 1 and "127.0.0.1" in out and KEY not in out
