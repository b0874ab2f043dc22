"""Which section each sentence belongs to, and which sentences each section keeps.

A sentence goes to the one section whose meaning it fits best (section lexicons,
the analyst's keywords, open-question templates), or nowhere if it fits none well
enough. Each section then keeps its most relevant sentences, without repeats (MMR).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefsmith.engines.extractive.lexicons import LEXICONS, Lexicon, years_in
from briefsmith.engines.extractive.mmr import Pick, mmr
from briefsmith.engines.extractive.questions import Question
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.workspace.spec import SectionPlan

# A sentence needs this much evidence (one strong word, or two weaker ones) to
# belong to a section; below it, it belongs nowhere.
THRESHOLD = 2.0
# Context words ("meeting", "years", "plan") are common: background asks for more of
# them (a strong one and a weak one), or for a sentence central to the story.
BACKGROUND_THRESHOLD = 3.0
QUESTION_WEIGHT = 2.0  # a question's strength (1..3) on the lexicon scale


@dataclass(frozen=True)
class Fit:
    section: str
    score: float


def lexicon_for(choice: SectionPlan) -> Lexicon | None:
    if choice.keywords:
        return Lexicon(words=choice.keywords)
    if choice.id in LEXICONS:
        return LEXICONS[choice.id]
    if choice.kind != "points":  # actors and questions are not found by their words
        return None
    # A section the analyst added without keywords: its own name is the best guess.
    words = {w for w in (choice.title or choice.id).replace("_", " ").split() if len(w) > 3}
    return Lexicon(words=sorted(words)) if words else None


class Sorter:
    def __init__(
        self, units: Sequence[Unit], scores: Scores, choices: Sequence[SectionPlan], questions: dict[int, Question]
    ):
        self.units, self.scores, self.questions = units, scores, questions
        self.ids = [c.id for c in choices]
        self.kinds = {c.id: c.kind for c in choices}
        self.lexicons = {c.id: lexicon_for(c) for c in choices}
        self._best: dict[int, Fit | None] = {}
        by_doc: dict[int, list[float]] = {}
        for u, imp in zip(units, scores.importance, strict=True):
            by_doc.setdefault(u.doc, []).append(imp)
        # The importance a sentence needs to be among the top third of its article.
        self.top_third = {d: sorted(v, reverse=True)[(len(v) - 1) // 3] for d, v in by_doc.items()}

    def fit(self, i: int, section: str) -> float:
        if self.kinds.get(section) == "questions":
            q = self.questions.get(i)
            return q.strength * QUESTION_WEIGHT if q else 0.0
        lex = self.lexicons.get(section)
        if lex is None:
            return 0.0
        score = lex.score(self.units[i])
        if section == "background" and score > 0:
            unit = self.units[i]
            score += min(1.0, years_in(unit.sentence.text)) * 1.5
            score += 1.0 if unit.position < 0.15 else 0.0  # the lead sets the scene
        return score

    def best(self, i: int) -> Fit | None:
        if i in self._best:
            return self._best[i]
        # Actors sections are built from the actors, not from sentences.
        fits = [Fit(s, self.fit(i, s)) for s in self.ids if self.kinds[s] != "actors"]
        # Ties go to the section the analyst listed first.
        fits.sort(key=lambda f: -f.score)
        found = fits[0] if fits and fits[0].score >= THRESHOLD else None
        if found is not None and found.section == "background" and found.score < BACKGROUND_THRESHOLD:
            found = None
        if found is None and "background" in self.ids and self.central(i):
            # A central statement of the story that names no theme is its context:
            # what happened, which the background section exists to tell.
            found = Fit("background", THRESHOLD)
        self._best[i] = found
        return found

    def central(self, i: int) -> bool:
        return self.scores.importance[i] >= self.top_third[self.units[i].doc]

    def assign(self, skip: set[int]) -> dict[str, list[tuple[int, float]]]:
        out: dict[str, list[tuple[int, float]]] = {s: [] for s in self.ids}
        for i in range(len(self.units)):
            if i in skip:
                continue
            fit = self.best(i)
            if fit:
                out[fit.section].append((i, fit.score))
        return out

    def select(
        self, members: list[tuple[int, float]], k: int, tellings: Callable[[int], Sequence[int]] = lambda i: ()
    ) -> list[Pick]:
        if not members or k <= 0:
            return []
        top = max(s for _, s in members)
        fit = dict(members)
        imp = self.scores.importance
        return mmr(
            list(fit),
            lambda i: 0.5 * fit[i] / top + 0.5 * imp[i],
            self.scores.similarity,
            lambda i: self.units[i].doc,
            k,
            tellings=tellings,
        )
