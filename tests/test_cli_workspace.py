"""init, new, ingest, --shard and manifest merge through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefsmith.cli import cli

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def test_init_new_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = invoke("init", "ws")
    assert code == 0 and "wrote" in out and "briefs.yml" in out
    assert invoke("init", "ws")[1].startswith("nothing to do")
    monkeypatch.chdir(tmp_path / "ws")
    shutil.copy(SEED, "seeds/rt.txt")
    code, out = invoke("new", "rt", "--source", "seeds/rt.txt", "--title", "Russia and the Taliban")
    assert code == 0 and Path("briefs/rt.yaml").exists()
    code, out = invoke("new", "rt", "--source", "seeds/rt.txt")
    assert code == 1 and "exists" in out
    code, out = invoke("new", "bad", "--source", "../outside.txt")
    assert code == 2 and "outside" in out
    code, out = invoke("build", "--strict", "--format", "json")
    assert code == 0, out
    assert {p.name for p in Path("out").glob("*.json")} >= {"rt.json", "example.json", "manifest.json"}


def test_ingest_saved_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.html"
    page.write_text("""<!doctype html><html lang="en"><head><title>Harbour reopens | Coast Daily</title>
<meta property="article:published_time" content="2024-03-04T08:00:00Z">
<link rel="canonical" href="https://coast.example/harbour-reopens"></head><body>
<nav>Home News Sport</nav><article><h1>Harbour reopens after storm</h1><p>By Mara Lind</p>
<p>The harbour at Westport reopened on Monday after a week of storm damage repairs, the port authority said.</p>
<p>Fishing crews returned to sea within hours, and the authority said ferry services would resume on Wednesday.</p>
<p>Repairs to the northern breakwater are expected to cost two million euros and take until the summer.</p>
</article><footer>Cookie settings</footer></body></html>""")
    code, out = invoke("ingest", "page.html")
    assert code == 0, out
    written = list((tmp_path / "seeds").glob("*.md"))
    assert len(written) == 1 and "Westport" in written[0].read_text()
    code, out = invoke("ingest", "page.html")
    assert code == 0 and "not written again" in out
    code, out = invoke("ingest", "missing.html")
    assert code == 1 and "missing.html" in out


def test_shards_cover_every_brief_once_and_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "rt.txt")
    names = [f"b{i}" for i in range(7)]
    for name in names:
        (tmp_path / "briefs" / f"{name}.yaml").write_text(f"title: {name}\nsources: [seeds/rt.txt]\n")
    built: list[str] = []
    for i in (1, 2, 3):
        code, out = invoke("build", "--shard", f"{i}/3", "--format", "json", "--out", f"shard{i}", "--json")
        assert code == 0, out
        built += [b["name"] for b in json.loads(out)["briefs"]]
    assert sorted(built) == names  # each brief in exactly one shard
    code, out = invoke(
        "manifest",
        "merge",
        "shard1/manifest.json",
        "shard2/manifest.json",
        "shard3/manifest.json",
        "--out",
        "out/manifest.json",
    )
    assert code == 0 and "merged 7" in out
    assert sorted(json.loads(Path("out/manifest.json").read_text())["briefs"]) == names
    assert invoke("build", "--shard", "4/3")[0] == 2
    assert invoke("manifest", "merge", "nope.json")[0] == 1
