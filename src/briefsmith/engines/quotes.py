"""Finding the analyst's words in the sources: which article a spec names (by id or by
the path it lists), and where a quote stands in it, as an exact citation.

Shared by every use of the analyst's hand (pins, edits recorded by `briefsmith pull`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from briefsmith.model import Article, Citation
from briefsmith.workspace.edits import fold


def _norm_path(raw: str) -> str:
    return PurePath(raw.replace("\\", "/")).as_posix()  # "./seeds/a.txt" == "seeds/a.txt"


def source_of(name: str, articles: Sequence[Article], spec_sources: Sequence[str]) -> Article | None:
    """The article a spec names by id or by the path it lists it under in `sources`."""
    for article in articles:
        if name == article.id:
            return article
    want = _norm_path(name)
    for i, raw in enumerate(spec_sources):
        if _norm_path(raw) == want and i < len(articles):
            return articles[i]
    for article in articles:
        if article.path and (_norm_path(article.path).endswith("/" + want) or _norm_path(article.path) == want):
            return article
    return None


def source_name(article_id: str, articles: Sequence[Article], spec_sources: Sequence[str]) -> str:
    """How a spec names an article: the path it lists it under (readable, and stable when a
    second source would take the same id), else its id."""
    for i, article in enumerate(articles):
        if article.id == article_id and i < len(spec_sources):
            return spec_sources[i]
    return article_id


def locate(article: Article, quote: str) -> Citation | None:
    """Where the quote stands in the article, as a citation of the exact source words."""
    wanted = fold(" ".join(quote.split()))
    if not wanted:
        return None
    for p, para in enumerate(article.paragraphs, start=1):
        start = fold(para).find(wanted)
        if start < 0:
            continue
        end = start + len(wanted)
        number = next((s.number for s in article.sentences if s.paragraph == p and s.start <= start < s.end), None)
        return Citation(article.id, p, para[start:end], number, start, end)
    return None


def overlaps(a: Citation, b: Citation) -> bool:
    """Do two citations rest on the same words? Same source and overlapping spans (or the
    same sentence when spans are unknown): robust to an engine quoting a sentence whole
    one day and trimmed the next."""
    if a.source != b.source:
        return False
    if a.paragraph == b.paragraph and None not in (a.start, a.end, b.start, b.end):
        return a.start < b.end and b.start < a.end  # type: ignore[operator]
    if a.sentence is not None and a.sentence == b.sentence:
        return True
    return a.paragraph == b.paragraph and (a.quote in b.quote or b.quote in a.quote)
