"""The default engine: extractive, offline, deterministic and fast.

Every point rests on exact words of a source: statements are source sentences
(leading discourse markers dropped), questions are phrased from hedged or pending
sentences, actor lines quote where a role is stated.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from briefsmith.engines.extractive.classifier import PACKAGED, SentenceModel
from briefsmith.engines.extractive.compose import Composer
from briefsmith.model import Article, Briefing, Provenance, Source
from briefsmith.version import __version__
from briefsmith.workspace.spec import BriefSpec

__all__ = ["ExtractiveEngine"]


def briefing_date(spec: BriefSpec, articles: Sequence[Article]) -> str | None:
    """The spec's date, else the latest publication date of the sources."""
    if spec.date is not None:
        return spec.date.isoformat()
    dates = [a.published[:10] for a in articles if a.published]
    return max(dates) if dates else None


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Condensing allocates many small acyclic objects; the cyclic collector would
    rescan all of them again and again, making a long article cost more than linear
    time. It is paused for the run and restored (nothing here builds cycles: the run's objects
    go by reference counting when it ends, tests/test_gctune.py). What the run
    leaves alive goes straight to the oldest generation (freeze, then unfreeze): else the
    first young collection after it would scan every object made here (0.3 s at 1,000
    sources), to find nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


class ExtractiveEngine:
    name = "extractive"

    def __init__(self, model: SentenceModel | None = PACKAGED):
        # The sentence classifier (bench/train_sections.py hands in its own; None: lexicons only).
        self.model = model

    def condense(self, articles: Sequence[Article], spec: BriefSpec) -> Briefing:
        with _no_gc_pauses():
            composer = Composer(articles, spec, self.model)
            summary, sections, actors = composer.compose()
        sources, seen = [], set()
        for article in articles:
            if article.id not in seen:
                seen.add(article.id)
                sources.append(Source.of(article))
        return Briefing(
            title=spec.title,
            date=briefing_date(spec, articles),
            summary=tuple(summary),
            sections=tuple(sections),
            actors=tuple(actors),
            sources=tuple(sources),
            subtitle=spec.subtitle,
            author=spec.author,
            audience=spec.audience,
            marking=spec.marking,
            language=spec.language,
            provenance=Provenance(engine=self.name, version=__version__),
            warnings=tuple(composer.warnings),
        )
