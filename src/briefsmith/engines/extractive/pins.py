"""The analyst's hand on the briefing: pinned points (which must rest on words that
stand in the named source) and struck strings (no point may contain them)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from briefsmith.model import Article, Citation, Point
from briefsmith.workspace.spec import BriefSpec, PinnedPoint

# Typographic marks a person typing a quote may write plainly: one character for
# one, so offsets found in the folded text are offsets in the source.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _norm_path(raw: str) -> str:
    return PurePath(raw.replace("\\", "/")).as_posix()  # "./seeds/a.txt" == "seeds/a.txt"


def source_of(pin: PinnedPoint, articles: Sequence[Article], spec: BriefSpec) -> Article | None:
    """A pin names its source by id or by the path the spec lists it under."""
    for article in articles:
        if pin.source == article.id:
            return article
    want = _norm_path(pin.source)
    for i, raw in enumerate(spec.sources):
        if _norm_path(raw) == want and i < len(articles):
            return articles[i]
    for article in articles:
        if article.path and (_norm_path(article.path).endswith("/" + want) or _norm_path(article.path) == want):
            return article
    return None


def locate(article: Article, quote: str) -> Citation | None:
    """Where the quote stands in the article, as a citation of the exact source words."""
    wanted = _fold(" ".join(quote.split()))
    for p, para in enumerate(article.paragraphs, start=1):
        start = _fold(para).find(wanted)
        if start < 0:
            continue
        end = start + len(wanted)
        number = next((s.number for s in article.sentences if s.paragraph == p and s.start <= start < s.end), None)
        return Citation(article.id, p, para[start:end], number, start, end)
    return None


def pinned_points(
    spec: BriefSpec,
    articles: Sequence[Article],
    section_ids: Sequence[str],
) -> tuple[dict[str, list[Point]], list[str]]:
    """Pinned points per section, and a warning for each pin that cannot stand."""
    points: dict[str, list[Point]] = {}
    warnings: list[str] = []
    for n, pin in enumerate(spec.pin):
        where = f"pin[{n}]"
        if pin.section not in section_ids:
            warnings.append(f"{where}: section {pin.section!r} is not in this briefing; pin ignored")
            continue
        article = source_of(pin, articles, spec)
        if article is None:
            warnings.append(f"{where}: source {pin.source!r} is not one of the brief's sources; pin ignored")
            continue
        cite = locate(article, pin.quote)
        if cite is None:
            warnings.append(f"{where}: quote not found verbatim in {article.id}: {pin.quote[:60]!r}; pin ignored")
            continue
        points.setdefault(pin.section, []).append(Point(pin.text or cite.quote, (cite,), pinned=True))
    return points, warnings


def is_struck(text: str, strikes: Sequence[str]) -> bool:
    low = text.lower()
    return any(s in low for s in strikes)
