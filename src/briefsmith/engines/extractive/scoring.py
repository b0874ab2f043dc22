"""How central a sentence is to the story: TF-IDF vectors, similarity to the
centroid of the whole text (linear in the text, unlike a full sentence graph),
overlap with the headline, and a gentle lead bias."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter, mul, sub

from briefsmith.engines.extractive.sentences import Unit, stems_of, words_of

Vector = dict[str, float]


def idf_table(units: Sequence[Unit]) -> dict[str, float]:
    df: Counter[str] = Counter()
    # Each distinct sentence counted once with its number of units (wire copy repeats them):
    # the same counts, its words first met in the same order.
    for stems, times in Counter(u.stems for u in units).items():
        for t in set(stems):
            df[t] += times
    n = len(units) + 1
    return {t: math.log(n / (1 + c)) + 1.0 for t, c in df.items()}


def vector(stems: Iterable[str], idf: dict[str, float]) -> Vector:
    tf = Counter(stems)
    vec = {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Only the shared words, in a's order: the same additions as over all of a's words (the
    # others add exactly 0.0 to a sum of non-negative terms), so the very same float, faster
    # (and the int 0 of an empty sum, as before).
    return sum([v * b[t] for t, v in a.items() if t in b], 0.0) if a else 0


def centroid(vectors: Iterable[Vector]) -> Vector:
    total: dict[str, float] = {}
    for vec in vectors:
        for t, v in vec.items():
            total[t] = total.get(t, 0.0) + v
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {t: v / norm for t, v in total.items()}


def rescale(values: Sequence[float]) -> list[float]:
    """Min-max to 0..1 so that differently sized signals can be added."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    span = hi - lo
    return [(v - lo) / span if span > 0 else 0.5 for v in values]


def _nothing(_: Sequence[float]) -> tuple[float, ...]:
    return ()


def _nonzero(weights: Sequence[float]) -> tuple[list[float], Callable[[Sequence[float]], Sequence[float]]]:
    """A row's non-zero weights, and a function that picks the ranks they multiply."""
    cols = [b for b, w in enumerate(weights) if w]
    if not cols:
        return [], _nothing
    pick = itemgetter(*cols)
    take = pick if len(cols) > 1 else lambda rank: (pick(rank),)
    return [weights[b] for b in cols], take


def lexrank(vectors: Sequence[Vector], members: Sequence[int], rounds: int = 30) -> dict[int, float]:
    """PageRank over the cosine graph of the given sentences (LexRank, Erkan & Radev
    2004): a sentence is central when central sentences resemble it."""
    n = len(members)
    if n == 0:
        return {}
    sims = [[0.0] * n for _ in range(n)]
    # A pair that shares no word adds no term to its cosine: it stays 0.0, and only the pairs
    # that share one are computed (about one in four), each as before (a before b).
    where: dict[str, list[int]] = {}
    for a in range(n):
        for t in vectors[members[a]]:
            where.setdefault(t, []).append(a)
    for a in range(n):
        va = vectors[members[a]]
        for b in sorted({b for t in va for b in where[t] if b > a}):
            s = cosine(va, vectors[members[b]])
            sims[a][b] = sims[b][a] = s
    out = [sum(row) or 1.0 for row in sims]
    # Who passes rank to whom, and with what weight: computed once, not every round, as a
    # full row per sentence so that a round multiplies and adds in C. The graph is symmetric
    # (sims[b][a] is sims[a][b]); a sentence that passes nothing weighs exactly 0.0, and a
    # sum of non-negative terms is the very same float with 0.0 terms among them.
    inbound = [[s / out[b] if s else 0.0 for b, s in enumerate(row)] for row in sims]
    # Most pairs share no word (about three in four weights are 0.0): each row keeps only the
    # others' weights and which ranks they take, and adding 0.0 terms changes no sum of
    # non-negative terms, so the ranks are the very same floats.
    rows = [_nonzero(weights) for weights in inbound]
    rank = [1.0 / n] * n
    for _ in range(rounds):
        new = [0.15 / n + 0.85 * sum(map(mul, weights, take(rank)), 0.0) for weights, take in rows]
        done = max(map(abs, map(sub, new, rank))) < 1e-6
        rank = new
        if done:
            break
    return dict(zip(members, rank, strict=True))


# Sentences ranked by the graph: the rest keep their centroid score. Bounds the
# quadratic graph, so a megabyte costs a few hundred sentences' worth of it.
GRAPH_CAP = 150


class Scores:
    """Per-unit vectors and importance, computed once for all sections."""

    def __init__(self, units: Sequence[Unit], titles: Sequence[str], keywords: Sequence[str] = ()):
        self.idf = idf_table(units)
        # One vector per distinct sentence (wire copy repeats them), shared by its units and
        # never changed.
        made: dict[tuple[str, ...], Vector] = {}
        for u in units:
            if u.stems not in made:
                made[u.stems] = vector(u.stems, self.idf)
        self.vectors = [made[u.stems] for u in units]
        # One centroid per article, so a long article does not drown a short one.
        by_doc: dict[int, list[Vector]] = {}
        for u, vec in zip(units, self.vectors, strict=True):
            by_doc.setdefault(u.doc, []).append(vec)
        cents = {doc: centroid(vecs) for doc, vecs in by_doc.items()}
        heads = {doc: set(stems_of(words_of(t))) for doc, t in enumerate(titles)}
        keys = set(stems_of(words_of(" ".join(keywords))))
        to_centroid = [cosine(vec, cents[u.doc]) for u, vec in zip(units, self.vectors, strict=True)]
        central = rescale(to_centroid)
        # Each article's units by index, found once (a scan of all units per article was
        # quadratic in the number of sources).
        of_doc: dict[int, list[int]] = {}
        for i, u in enumerate(units):
            of_doc.setdefault(u.doc, []).append(i)
        for doc in by_doc:
            members = sorted(of_doc[doc], key=lambda i: (-to_centroid[i], i))[:GRAPH_CAP]
            ranks = lexrank(self.vectors, members)
            scaled = dict(zip(ranks, rescale(list(ranks.values())), strict=True))
            for i in members:
                central[i] = 0.5 + 0.5 * scaled[i]  # graph-ranked ones stay above the rest
            for i in of_doc[doc]:
                if i not in ranks:
                    central[i] *= 0.5
        self.centrality = central
        self.importance = []
        self.headline = []  # share of the headline's words the sentence repeats
        for u, c in zip(units, central, strict=True):
            stems = set(u.stems)
            head = len(stems & heads.get(u.doc, set())) / (len(heads.get(u.doc, ())) or 1)
            self.headline.append(head)
            key = 1.0 if keys and stems & keys else 0.0
            lead = 1.0 - u.position
            self.importance.append(0.5 * c + 0.35 * head + 0.15 * lead + 0.15 * key)

    def similarity(self, i: int, j: int) -> float:
        return cosine(self.vectors[i], self.vectors[j])
