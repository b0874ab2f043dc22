"""The verifier every engine's output passes through: a citation whose quote does not
stand verbatim in its source, or an editorial bracket whose words the sentence it cites
does not hold, is a defect (a warning; fatal with --strict)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefsmith.engines.brackets import bracket_problems
from briefsmith.model import Article, Briefing, Citation


def citation_problem(cite: Citation, articles: dict[str, Article]) -> str | None:
    """Why this citation cannot be verified, or None when it can."""
    article = articles.get(cite.source)
    if article is None:
        return f"cites unknown source {cite.source!r}"
    if not cite.quote.strip():
        return f"empty quote from {cite.source}"
    if not 1 <= cite.paragraph <= len(article.paragraphs):
        return f"{cite.source} has no paragraph {cite.paragraph}"
    para = article.paragraphs[cite.paragraph - 1]
    if cite.start is not None and cite.end is not None:
        if para[cite.start : cite.end] != cite.quote:
            return f"quote does not stand at {cite.source} para {cite.paragraph} [{cite.start}:{cite.end}]"
    elif cite.quote not in para:
        return f"quote not found in {cite.source} para {cite.paragraph}: {cite.quote[:60]!r}"
    return None


def verify_briefing(briefing: Briefing, articles: Sequence[Article] | Iterable[Article]) -> list[str]:
    """Every unverifiable citation and editorial bracket of the briefing, as one-line warnings."""
    by_id = {a.id: a for a in articles}
    problems = []
    for cite in briefing.all_citations():
        why = citation_problem(cite, by_id)
        if why:
            problems.append(f"unverified citation: {why}")
    points = [*briefing.summary, *(p for s in briefing.sections for p in s.points)]
    for point in points:
        problems += [f"unverified bracket: {why}" for why in bracket_problems(point, by_id, citation_problem)]
    return problems
