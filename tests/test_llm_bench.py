"""bench/llm_eval.py runs end to end: against a loopback endpoint, and in --verifier mode."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from llm_server import ChatServer, Reply, port_articles

REPO = Path(__file__).resolve().parent.parent


def bench():  # noqa: ANN201 - a script module, loaded by path
    spec = importlib.util.spec_from_file_location("llm_eval", REPO / "bench" / "llm_eval.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture
def eval_dir(tmp_path: Path) -> Path:
    article = port_articles()[0]
    folder = tmp_path / "eval" / "harbour-1"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(article.title + "\n\n" + "\n\n".join(article.paragraphs) + "\n")
    (folder / "summary.txt").write_text(
        "The drop followed a strike by 2,300 dock workers.\n"
        "Marta Quell said the strike had cost the city about 40 million euros.\n"
    )
    return tmp_path / "eval"


def test_endpoint_mode_counts_what_survives(
    eval_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = json.dumps(
        {
            "summary": [
                {"text": "The drop followed a strike by 2,300 dock workers.", "sentences": ["S2"]},
                {"text": "Cargo traffic fell by 30 percent.", "sentences": ["S1"]},
            ],
            "sections": {},
            "actors": [{"name": "Marta Quell", "kind": "person", "role": "", "sentences": ["S3"]}],
            "open_questions": [{"text": "Will talks resume?", "sentences": ["S99"]}],
        }
    )
    with ChatServer([Reply(reply)]) as server:
        monkeypatch.setenv("BRIEFSMITH_LLM_URL", server.url)
        monkeypatch.setenv("BRIEFSMITH_LLM_MODEL", "bench-model")
        assert bench().main([str(eval_dir), "--cache", str(tmp_path / "cache")]) == 0
    out = capsys.readouterr().out
    total = next(line for line in out.splitlines() if line.startswith("total")).split()
    assert total[1:5] == ["4", "2", "2", "50%"]
    assert "number 1" in out and "no existing id 1" in out


def test_no_endpoint_or_folder_skips_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], eval_dir: Path
) -> None:
    monkeypatch.delenv("BRIEFSMITH_LLM_URL", raising=False)
    assert bench().main([str(eval_dir)]) == 0
    assert bench().main([str(tmp_path / "nowhere")]) == 0
    out = capsys.readouterr().out
    assert "no endpoint configured" in out and "no evaluation folder" in out


def test_verifier_mode_needs_no_endpoint(eval_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (eval_dir / "harbour-1").rename(eval_dir / "bbc-harbour-1")
    assert bench().main([str(eval_dir), "--verifier"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("bbc")]
    assert rows[0][:4] == ["bbc", "1", "2", "2"]  # both reference lines accepted
