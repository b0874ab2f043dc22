"""Reading records and condensing them: the stages every command shares (build, check,
condense). The analyst's overrides and then the verifier run here, on whatever engine
made the briefing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefsmith.settings.options import BuildOptions

if TYPE_CHECKING:  # not imported at run time: an up-to-date rebuild never needs them
    from briefsmith.model import Article, Briefing
    from briefsmith.workspace.spec import BriefSpec


def read_articles(paths: Sequence[Path]) -> list[Article]:
    """Read every record; give each a unique id (two sources may derive the same one)."""
    # Here, not at the top: an up-to-date rebuild reads no record (so engines, below).
    from briefsmith.records import read_article

    articles, seen = [], set()
    for path in paths:
        article = read_article(path)
        base, n = article.id, 2
        while article.id in seen:
            article = dataclasses.replace(article, id=f"{base}-{n}")
            n += 1
        seen.add(article.id)
        articles.append(article)
    return articles


def condense_articles(articles: Sequence[Article], spec: BriefSpec, options: BuildOptions, workspace: Path) -> Briefing:
    # Here, not at the top: see read_articles.
    from briefsmith.engines import get_engine
    from briefsmith.engines.overrides import apply_overrides
    from briefsmith.engines.verify import verify_briefing

    name = options.engine or spec.engine
    # The llm engine takes its options (one typed value) and the workspace its cache is in.
    engine_options: dict[str, object] = {"options": options.llm, "workspace": workspace} if name == "llm" else {}
    briefing = get_engine(name, **engine_options).condense(articles, spec)
    # A section the sources leave empty is worth a warning; one the analyst emptied is not.
    found = {s.id for s in briefing.sections if s.points}
    briefing = apply_overrides(briefing, articles, spec)
    warnings = list(briefing.warnings) + verify_briefing(briefing, articles)
    warnings += [f"empty section: {s.id}" for s in briefing.sections if not s.points and s.id not in found]
    return dataclasses.replace(briefing, warnings=tuple(dict.fromkeys(warnings)), paper=spec.paper)
