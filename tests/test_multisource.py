"""A brief with several sources: shared facts merge into one point that says how many
sources back it, in every document; actors merge; each source is listed once."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from briefsmith.pipeline.orchestrator import build
from briefsmith.settings.options import BuildOptions, RenderOptions

SHARED = (
    "Militants attacked a border post near the river crossing on Tuesday, killing four soldiers, "
    "Defence Minister Omar Haddad said."
)
A = f"""Border post attacked

{SHARED}

The government had reopened the crossing to trade in March after two years of closure.

Rights groups said journalists covering the attack were detained and their phones seized.
"""
B = f"""Violence returns to the frontier

Residents fled the villages near the frontier as the army sent reinforcements.

{SHARED}

It remains unclear whether the crossing will stay open to traders next month.
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(A)
    (tmp_path / "seeds" / "b.txt").write_text(B)
    (tmp_path / "briefs" / "two.yaml").write_text("title: Frontier\nsources: [seeds/a.txt, seeds/b.txt]\n")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    return tmp_path


def test_shared_fact_is_one_point_backed_by_two_sources(ws: Path) -> None:
    report = build(ws, options=BuildOptions(render=RenderOptions(formats=("json", "html", "docx"))))
    assert report.results[0].status == "built", report.results[0].error
    data = json.loads((ws / "out" / "two.json").read_text())
    assert [s["id"] for s in data["sources"]] == ["a", "b"]
    points = [p for s in data["sections"] for p in s["points"]] + data["summary"]
    shared = [p for p in points if "border post" in p["text"]]
    assert len({p["text"] for p in shared}) == 1, "the shared fact appears once"
    assert {c["source"] for c in shared[0]["citations"]} == {"a", "b"}
    haddad = [a for a in data["actors"] if "Haddad" in a["name"]]
    assert len(haddad) == 1 and haddad[0]["mentions"] >= 2
    html = (ws / "out" / "two.html").read_text()
    assert "(2 sources)" in html
    text = "\n".join(p.text for p in docx.Document(io.BytesIO((ws / "out" / "two.docx").read_bytes())).paragraphs)
    assert "(2 sources)" in text


def test_several_sources_condense_to_the_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Sets are iterated in an order the hash seed picks: nothing a set holds may order or
    round a score ("same inputs, same bytes" across processes, as CI's runs are)."""
    import os
    import subprocess
    import sys

    variants = (
        "Gunmen attacked a border post near the river crossing on Tuesday, killing four soldiers.",
        "Four soldiers were killed when militants stormed the border post by the crossing, officials said.",
        "The attack on the frontier post left four soldiers dead, Defence Minister Omar Haddad said.",
    )
    names = []
    for k, line in enumerate((SHARED, *variants)):
        name = f"s{k}.txt"
        (tmp_path / name).write_text(f"Frontier report {k}\n\n{line}\n\nThe crossing had reopened to trade in March.\n")
        names.append(name)
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "briefsmith", "condense", "--title", "Frontier", *names],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            check=True,
        )
        outs.add(run.stdout)
    assert len(outs) == 1
    assert json.loads(outs.pop())["summary"]  # a briefing, not three equal errors


def test_the_features_of_a_sentence_come_in_the_same_order_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A sentence that leans in several ways has its "needs:" features in one order: the
    classifier sums them in that order, and a set's order would move the sum's last bits."""
    import os
    import subprocess
    import sys

    probe = (
        "from briefsmith.engines.extractive.compose import Composer\n"
        "from briefsmith.records.base import make_article\n"
        "from briefsmith.workspace.spec import BriefSpec\n"
        "a = make_article(id='t', title='T', paragraphs=("
        "'Rebels shelled the port of Varno on Monday.', "
        "'\"They will pay for this,\" he said, as such attacks grew there.'))\n"
        "c = Composer([a], BriefSpec(title='T', sources=('a',)), model=None)\n"
        "print([k for k in c.evidence.feats[1] if k.startswith('needs:')])\n"
    )
    orders = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        orders.add(run.stdout)
    assert len(orders) == 1
    assert orders.pop().count("needs:") >= 3
