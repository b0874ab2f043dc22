"""scoring.py's faster cosine and LexRank give the very same floats as the plain versions
they replaced (kept here as the reference): speed must not move a single score, since a
last-bit difference can reorder two near-equal sentences."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.engines.extractive import scoring
from briefsmith.engines.extractive.scoring import Scores, Vector, vector
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records import read_article

REPO = Path(__file__).resolve().parent.parent


def plain_cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def plain_lexrank(vectors: Sequence[Vector], members: Sequence[int], rounds: int = 30) -> dict[int, float]:
    n = len(members)
    if n == 0:
        return {}
    sims = [[0.0] * n for _ in range(n)]
    for a in range(n):
        for b in range(a + 1, n):
            sims[a][b] = sims[b][a] = plain_cosine(vectors[members[a]], vectors[members[b]])
    out = [sum(row) or 1.0 for row in sims]
    inbound = [[(b, sims[b][a] / out[b]) for b in range(n) if sims[b][a]] for a in range(n)]
    rank = [1.0 / n] * n
    for _ in range(rounds):
        new = [0.15 / n + 0.85 * sum(w * rank[b] for b, w in links) for links in inbound]
        done = max(abs(x - y) for x, y in zip(new, rank, strict=True)) < 1e-6
        rank = new
        if done:
            break
    return dict(zip(members, rank, strict=True))


def records() -> list[Path]:
    found = [*REPO.glob("seeds/*"), *(REPO / "tests" / "fixtures" / "records").iterdir()]
    return sorted(p for p in found if p.suffix in {".txt", ".md", ".json", ".yaml", ".html"})


def test_same_scores_as_the_plain_versions_on_the_records(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [read_article(p) for p in records()]
    units = units_of(articles)
    assert len(articles) >= 5 and len(units) > 50  # enough real sentences to mean something
    titles = [a.title for a in articles]
    fast = Scores(units, titles, ["Taliban"])
    with monkeypatch.context() as m:
        m.setattr(scoring, "cosine", plain_cosine)
        m.setattr(scoring, "lexrank", plain_lexrank)
        plain = Scores(units, titles, ["Taliban"])
    assert fast.centrality == plain.centrality
    assert fast.importance == plain.importance
    assert fast.headline == plain.headline
    pairs = [(i, j) for i in range(0, len(units), 7) for j in range(0, len(units), 11)]
    assert [fast.similarity(i, j) for i, j in pairs] == [
        plain_cosine(fast.vectors[i], fast.vectors[j]) for i, j in pairs
    ]


WORDS = st.sampled_from("talks border army aid vote said the envoy rebels oil city port".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=0, max_size=12), min_size=1, max_size=25))
def test_same_floats_as_the_plain_versions_on_random_sentences(sentences: list[list[str]]) -> None:
    idf = {w: 1.0 + (len(w) % 5) / 3.0 for w in "talks border army aid vote said the envoy rebels oil city".split()}
    vectors = [vector(s, idf) for s in sentences]
    for a in vectors:
        for b in vectors:
            same = scoring.cosine(a, b) == plain_cosine(a, b)
            assert same and type(scoring.cosine(a, b)) is type(plain_cosine(a, b))
    members = list(range(len(vectors)))[::-1]
    assert scoring.lexrank(vectors, members) == plain_lexrank(vectors, members)
