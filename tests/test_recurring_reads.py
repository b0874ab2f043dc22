"""Wire copy recurs across sources, and the engine reads a recurring sentence once and moves
that reading to where it stands again (issue 17): the result must be the very reading a
fresh one gives there, offsets and all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefsmith.engines.extractive.mentions import Mention, Reader
from briefsmith.engines.extractive.sentences import STOPWORDS, units_of
from briefsmith.engines.extractive.standing import needs as N
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.engines.extractive.standing.tokens import Need, tokens
from briefsmith.model import Article
from briefsmith.records import read_article
from briefsmith.records.base import make_article

REPO = Path(__file__).resolve().parent.parent


def _articles() -> list[Article]:
    """The repository's real records, and each again with a sentence opening every paragraph
    (the same sentences at other offsets, after other sentences)."""
    found = [*REPO.glob("seeds/*"), *(REPO / "tests" / "fixtures" / "records").iterdir()]
    paths = sorted(p for p in found if p.suffix in {".txt", ".md", ".json", ".yaml"})
    articles = [read_article(p) for p in paths]
    again = [
        make_article(
            id=f"{a.id}-again",
            title=a.title,
            paragraphs=tuple(f"Officials met on Monday. {p}" for p in a.paragraphs),
        )
        for a in articles
    ]
    return [*articles, *again]


def test_a_recurring_sentence_gets_the_mentions_a_fresh_reading_gives() -> None:
    units = units_of(_articles())
    reader = Reader(units)
    fresh: list[Mention] = []
    for unit, toks, initial in zip(units, reader.tokens, reader.initial, strict=True):
        reader._read_unit(unit, toks, initial, fresh)  # every unit read anew, nothing reused
    texts = [u.sentence.text for u in units]
    assert len(texts) - len(set(texts)) > 100  # many sentences recur, at other offsets
    again = [m for m in fresh if m.unit.article.id.endswith("-again")]
    assert len(again) > 50 and any(m.role is not None for m in again)
    assert reader.mentions() == fresh


def plain_needs(text: str, whole: str | None = None, proper: Callable[[str], bool] | None = None) -> list[Need]:
    """needs() as it was before it kept its reading of a text: the reference."""
    toks = tokens(text)
    source = whole if whole is not None else text
    if not toks or N._fragment(source, toks):
        return [Need("fragment", 0, len(text), text)]
    found = N._speaker(text, toks)
    proper = proper or (lambda w: w.lower() not in STOPWORDS)
    phrases = N._quoted_phrases(toks)
    for i, t in enumerate(toks):
        if i in phrases:
            continue
        if t.low in N._TRIGGERS or (t.upper and i + 1 < len(toks) and toks[i + 1].low in ("'s", "’s")):
            need = N._at(text, toks, i, proper)
            if need is not None:
                found.append(need)
    low = text.lower()
    if any(hint in low for hint in N._ANCHOR_HINTS):
        for m in N._ANCHORED.finditer(text):
            if m.group(0).lower() != "there" or not N._PLACE_BEFORE.search(text, 0, m.start()):
                found.append(Need("anchored", m.start(), m.end(), m.group(0)))
    if not any(t.upper and t.text != "I" and (k or proper(t.text)) for k, t in enumerate(toks)):
        found.append(Need("unanchored", 0, len(text), text))
    return found


def test_what_a_sentence_leans_on_is_what_the_plain_reading_finds_whatever_the_test_of_names() -> None:
    units = units_of(_articles())

    def proper(word: str) -> bool:
        return word[:1].isupper() and word not in ("The", "It", "But", "He", "She")

    for test in (proper, None, lambda w: False):
        got = [needs(u.text, u.sentence.text, test) for u in units]  # read twice: the second reuses
        assert got == [needs(u.text, u.sentence.text, test) for u in units]
        assert got == [plain_needs(u.text, u.sentence.text, test) for u in units]
    kinds = {n.kind for u in units for n in needs(u.text, u.sentence.text, proper)}
    assert {"fragment", "unanchored", "anchored", "speaker"} <= kinds or len(kinds) >= 5
