"""The sentence classifier: which section an analyst would file a sentence under, or
none (colour, anecdote, an aside, a credit line); and how likely it is to be one of
the few statements a decision-maker must read first (the bottom line).

Two multinomial logistic regressions over the features of `features.py`, trained by
`bench/train_sections.py` on labelled articles and shipped as `data/sections.json`:
a weight per class for each feature (general word stems seen in several articles,
shapes, lexicon evidence), no text of any article. Inference is a sparse dot
product in plain Python: no numerical library to install or import.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

CLASSES = ("background", "security_rationale", "human_rights", "open_question", "none")
SUMMARY_CLASSES = ("bottom_line", "other")
MODEL_FILE = "sections.json"
PACKAGED: Any = object()  # "the model shipped with the package" (a default argument)


@dataclass(frozen=True)
class Logistic:
    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per class

    def probabilities(self, feats: Mapping[str, float]) -> dict[str, float]:
        z = _sums(self.weights, feats, len(self.classes))
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}

    def to_dict(self) -> dict[str, object]:
        weights = {f: [round(v, 4) for v in w] for f, w in sorted(self.weights.items())}
        return {"classes": list(self.classes), "weights": weights}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Logistic:
        classes = tuple(data["classes"])
        weights = {f: tuple(float(v) for v in w) for f, w in data["weights"].items() if len(w) == len(classes)}
        return cls(classes, weights)


def _sums(weights: Mapping[str, tuple[float, ...]], feats: Mapping[str, float], k: int) -> list[float]:
    """Per class, the sum of weight * value over the features, added in the features' order.
    Unrolled for the five section classes and the two summary ones (every sentence of a
    brief is scored by both): the same additions in the same order, fewer Python steps."""
    get = weights.get
    if k == 5:
        z0 = z1 = z2 = z3 = z4 = 0.0
        for name, value in feats.items():
            w = get(name)
            if w is not None:
                w0, w1, w2, w3, w4 = w
                z0 += w0 * value
                z1 += w1 * value
                z2 += w2 * value
                z3 += w3 * value
                z4 += w4 * value
        return [z0, z1, z2, z3, z4]
    if k == 2:
        z0 = z1 = 0.0
        for name, value in feats.items():
            w = get(name)
            if w is not None:
                w0, w1 = w
                z0 += w0 * value
                z1 += w1 * value
        return [z0, z1]
    z = [0.0] * k
    for name, value in feats.items():
        w = get(name)
        if w is not None:
            for c in range(k):
                z[c] += w[c] * value
    return z


@dataclass(frozen=True)
class SentenceModel:
    sections: Logistic  # over CLASSES
    summary: Logistic  # over SUMMARY_CLASSES

    def to_json(self, meta: Mapping[str, object]) -> str:
        body = {**meta, "sections": self.sections.to_dict(), "summary": self.summary.to_dict()}
        return json.dumps(body, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SentenceModel:
        data = json.loads(text)
        return cls(Logistic.from_dict(data["sections"]), Logistic.from_dict(data["summary"]))


@lru_cache(maxsize=1)
def packaged() -> SentenceModel | None:
    """The model shipped with the package (None if it is missing: lexicons decide)."""
    try:
        text = resources.files("briefsmith.engines.extractive").joinpath("data").joinpath(MODEL_FILE).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    return SentenceModel.from_json(text)
