"""Several sources, one fact: which sentences of other sources tell the fact a sentence tells.

Outlets tell one fact in their own words ("Governor Ilse Marten ordered the evacuation on
Sunday" / "the evacuation ordered by Marten on March 1"), and whole-sentence
similarity misses them. A fact is matched on what it is made of (factwords.py): the names in
it, its numbers, its dates and the words of its action, each weighed by how rare it is in the
brief. Two sentences, or a clause of each, tell one fact when they share at least two anchors
(names, numbers, dates, or words found in very few sentences) and most of the weight of the
shorter, and a good part of the longer, is shared. An actor named in other words by two
outlets ("NSC" / "National Security Council") is one anchor (factnames.py).

Near-linear in the number of sources: a sentence's candidates come from an index of its
rarest anchors (and of pairs of them, when each alone is common), never from comparing every
sentence with every other.

    facts = Facts(units)
    facts.same(i, j)             # do units i and j (of different sources) tell one fact?
    facts.tellings(i)            # the best unit of each other source that tells unit i's fact
    facts.twins(i)               # the units of other sources surely telling unit i's fact
    facts.ledes(i)               # for a source's lede, the other sources' ledes telling its fact
    facts.disagreements(points)  # the same fact told with another date or number

The bottom line and the sections call `tellings` to cite every source of a point and to keep
a fact from being stated twice (`same` for a pair at hand).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefsmith.engines.extractive.disagree import Disagreement, conflict
from briefsmith.engines.extractive.factnames import Linker
from briefsmith.engines.extractive.factwords import Signature, clauses, reads_date, signature
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.model import Actor

SAME = 0.3  # the score (0..1) from which two sentences tell one fact
BOTTOM_LINE = 0.2  # the bottom line is surer still that its points say different things
FLOOR = min(SAME, BOTTOM_LINE)
SECOND = 0.1  # a second sentence of one source backs a point only for a clause it surely tells
DISAGREE = 0.45  # stricter: the same fact, apart from the figure they tell differently
# From here two sentences surely tell one fact (wire copy word for word, or nearly: "In 2010,
# X received ..." / "In July 2010, X received ..."): a sentence any point cites brings its twins.
TWIN = 0.6
MIN_ANCHORS = 2
STATE_LIST = 5  # so many states in common are a fact of their own: who is in a coalition, at a summit
ONE_ANCHOR_PENALTY = 0.25  # one shared anchor is thin evidence: most of the words must be shared
RARE = 3  # a word in at most this many sentences is an anchor, as telling as a name
POSTING_CAP = 64  # an anchor in more sentences than this is too common to find candidates by
PAIR_KEYS = 3  # the rarest anchors of a sentence whose pairs are index keys too
PAIR_CAP = 4 * POSTING_CAP
CLAUSE_FEATURES = 3  # the content words, names and figures a clause needs to be matched on its own
ONE_SOURCE = 0.6  # the weight of a feature only one source has, as a share of its rarity's
LONE = 2  # an anchor in no more sentences than this (the two compared) is no thin evidence alone

# features, anchors, total weight, names, names that go on the one before ("Marten" of "Ilse Marten")
Part = tuple[frozenset[str], frozenset[str], float, frozenset[str], frozenset[str]]


def _numeric(feature: str) -> bool:
    return feature[0] in "#@"


class Facts:
    """Which sentences of a brief's sources tell the same fact (see the module's docstring)."""

    def __init__(self, units: Sequence[Unit], actors: Sequence[Actor] = ()):
        self.units = units
        self._matches: dict[int, list[tuple[float, int]]] = {}
        self._bares: dict[Part, Part] = {}  # a part without its figures, made once (parts are shared)
        if not units or units[0].doc == units[-1].doc:  # one source (units come source by source): no other
            self.weight: dict[str, float] = {}
            self.df: Counter[str] = Counter()
            self.parts: list[list[Part]] = []
            self.keys: list[list[object]] = [[] for _ in units]
            self.index: dict[object, list[int]] = {}
            return
        linker = Linker(actors)
        # Outlets repeat sentences word for word: what a sentence's words and its record's date
        # decide is made once per distinct pair, and shared (never changed). The date counts
        # only where the sentence or a clause of it has a relative time to resolve by it.
        dated: dict[str, bool] = {}
        for u in units:
            if u.sentence.text not in dated:
                dated[u.sentence.text] = reads_date(u.sentence.text)
        said = [(u.sentence.text, u.article.published if dated[u.sentence.text] else None) for u in units]
        sig_of = {k: linker.link(signature(*k)) for k in dict.fromkeys(said)}
        sigs = [sig_of[k] for k in said]
        df: Counter[str] = Counter()
        features_of: dict[int, frozenset[str]] = {}  # a signature's features, by its id (sig_of keeps it)
        told_by: dict[str, set[int]] = defaultdict(set)  # feature -> the sources that have it
        for u, sig in zip(units, sigs, strict=True):
            if id(sig) not in features_of:
                features_of[id(sig)] = sig.features
            df.update(features_of[id(sig)])
            for f in features_of[id(sig)]:
                told_by[f].add(u.doc)
        n = len(units) + 1
        # A word no other source of the brief has can be shared across sources with none, though
        # its outlet says it twice (in its lede and lower down): it counts for less against a
        # match (a long lede full of one outlet's words still tells the story's main fact).
        self.weight = {
            f: (math.log(n / c) + 0.1) * (ONE_SOURCE if len(told_by[f]) == 1 else 1.0) for f, c in df.items()
        }
        self.df = df  # in how many sentences each feature is
        rare = frozenset(f for f, c in df.items() if c <= RARE)
        # Each sentence, and each of its clauses when it has several; a clause of a few content
        # words ("those allied with the Dravani") tells no fact of its own: matched alone, it
        # would pair its sentence with any sentence that says those words.
        made: dict[Signature, Part] = {}  # one part per distinct signature (most have no date to resolve)

        def part(sig: Signature) -> Part:
            if sig not in made:
                made[sig] = self._part(sig, rare)
            return made[sig]

        parts_of = {k: [part(sig) for sig in (whole, *self._clauses(*k, linker))] for k, whole in sig_of.items()}
        self.parts = [parts_of[k] for k in said]
        keys_of = {k: self._keys(parts[0][1], df) for k, parts in parts_of.items()}
        self.keys = [keys_of[k] for k in said]
        index: dict[object, list[int]] = defaultdict(list)
        for i, keys in enumerate(self.keys):
            for key in keys:
                index[key].append(i)
        # A pair of common anchors can still be common ("Velmora" and "the army"): such keys find nothing.
        self.index = {k: v for k, v in index.items() if len(v) <= PAIR_CAP}

    @staticmethod
    def _clauses(text: str, published: str | None, linker: Linker) -> list[Signature]:
        sigs = (linker.link(signature(c, published)) for c in clauses(text))
        return [sig for sig in sigs if len(sig.features) >= CLAUSE_FEATURES]

    def _part(self, sig: Signature, rare: frozenset[str]) -> Part:
        features = sig.features
        weight = math.fsum(self.weight.get(f, 0.0) for f in features)  # fsum: a set's order must not move the last bit
        return features, sig.anchors | (sig.words & rare), weight, sig.names, sig.joined

    def _keys(self, anchors: frozenset[str], df: Counter[str]) -> list[object]:
        ranked = sorted(anchors, key=lambda f: (df[f], f))
        keys: list[object] = [f for f in ranked if df[f] <= POSTING_CAP]
        top = ranked[:PAIR_KEYS]
        keys += [(a, b) for x, a in enumerate(top) for b in top[x + 1 :]]
        return keys

    def score(self, i: int, j: int, figures: bool = True) -> float:
        """How well units i and j tell one fact (0..1), the best over their clauses; without
        `figures`, their numbers and dates are left out (to compare what else they say)."""
        if not self.parts[i][0][1] & self.parts[j][0][1]:
            return 0.0  # nothing in common that anchors a fact
        if figures:
            return max(self._score(a, b) for a in self.parts[i] for b in self.parts[j])
        return max(self._score(self._bare(a), self._bare(b)) for a in self.parts[i] for b in self.parts[j])

    def _bare(self, part: Part) -> Part:
        if part not in self._bares:
            features = frozenset(f for f in part[0] if not _numeric(f))
            anchors = frozenset(f for f in part[1] if not _numeric(f))
            self._bares[part] = features, anchors, math.fsum(self.weight[f] for f in features), part[3], part[4]
        return self._bares[part]

    def _score(self, a: Part, b: Part) -> float:
        held = a[1] & b[1] - (a[4] & b[4])  # "Ilse Marten" in both: one anchor
        anchors = len(held)
        common = a[0] & b[0]
        said = {f for f in common if not _numeric(f)}  # "Velmora" and "June 2014" in both: when, not what
        if not anchors or (said <= a[3] | b[3] and sum(f[0] == "$" for f in common) < STATE_LIST):
            return 0.0  # the same people, places and dates, but nothing said of them in common
        shared = math.fsum(self.weight[f] for f in common)
        lo, hi = sorted((shared / (a[2] or 1.0), shared / (b[2] or 1.0)))
        # Most of the shorter in the longer, and a good part of the longer in the shorter: a
        # short clause ("and not in Ostrava") does not tell the fact of a long one.
        score = (2 * lo + hi) / 3
        if anchors >= MIN_ANCHORS:
            return score
        # One anchor is thin evidence when the story names it everywhere ("Lippert"); a name or
        # rare word that only these two sentences of the brief have is not ("Sejong Hall").
        (only,) = held
        return score if self.df[only] <= LONE and not _numeric(only) else max(0.0, score - ONE_ANCHOR_PENALTY)

    def same(self, i: int, j: int) -> bool:
        return self.units[i].doc != self.units[j].doc and self.score(i, j) >= SAME

    def candidates(self, i: int) -> set[int]:
        """Units of other sources sharing a rare anchor (or a pair of anchors) with unit i."""
        found: set[int] = set()
        for key in self.keys[i]:
            found.update(self.index.get(key, ()))
        doc = self.units[i].doc
        return {j for j in found if self.units[j].doc != doc}

    def matches(self, i: int) -> list[tuple[float, int]]:
        """(score, unit) of the units of other sources that may tell unit i's fact, best first
        (scores from FLOOR: callers choose how sure they must be; SAME for "they do")."""
        if i not in self._matches:
            scored = [(self.score(i, j), j) for j in self.candidates(i)]
            self._matches[i] = sorted(((s, j) for s, j in scored if s >= FLOOR), key=lambda p: (-p[0], p[1]))
        return self._matches[i]

    def tellings(self, i: int, least: float = SAME) -> list[int]:
        """The best unit of each other source that tells the fact unit i tells (scoring at
        least `least`), and, where unit i tells several facts clause by clause ("set up a
        blockade, and its air force controls the airspace"), the unit of that source telling a
        clause the others do not."""
        told: dict[int, list[int]] = {}
        out = []
        for score, j in self.matches(i):
            if score < least:
                break
            same_source = told.setdefault(self.units[j].doc, [])
            if not same_source or any(
                self._told(part, j) >= least + SECOND and all(self._told(part, k) < least for k in same_source)
                for part in self.parts[i][1:]
            ):
                same_source.append(j)
                out.append(j)
        return out

    def ledes(self, i: int) -> list[int]:
        """When unit i is its source's lede, the other sources' ledes that tell its fact, if
        only loosely (scoring at least BOTTOM_LINE): outlets open a story on one event with its
        main fact, each in its own words and at its own length ("Iraqi forces appeared to be
        making progress on the third day of a major offensive ..." / "Iraqi forces are doubling
        down efforts to retake the city of Tikrit ..."), which few words in common say of two
        sentences further down."""
        if not self._lede(i):
            return []
        return [j for score, j in self.matches(i) if score >= BOTTOM_LINE and self._lede(j)]

    def _lede(self, i: int) -> bool:
        return i == 0 or self.units[i - 1].doc != self.units[i].doc

    def twins(self, i: int) -> list[int]:
        """The units of other sources that surely tell unit i's fact (scoring at least TWIN), best first."""
        return [j for score, j in self.matches(i) if score >= TWIN]

    def _told(self, part: Part, j: int) -> float:
        """How well unit j tells the fact of one clause."""
        return max(self._score(part, b) for b in self.parts[j])

    def disagreements(self, points: Iterable[int]) -> list[Disagreement]:
        """Where another source tells the fact of one of these units with another date or
        number: one per pair of units, in the order of `points`."""
        out, seen = [], set()
        for i in points:
            for j in sorted(self.candidates(i)):
                pair = frozenset((i, j))
                if pair in seen or self.score(i, j, figures=False) < DISAGREE:
                    continue
                seen.add(pair)
                found = conflict(self.units[i].sentence.text, self.units[j].sentence.text)
                if found is not None:
                    out.append(Disagreement(i, j, *found))
        return out
