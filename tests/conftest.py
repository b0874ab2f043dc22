"""Shared fixtures: a small hand-written article and a hand-built briefing on it,
so renderer tests do not depend on the engine's choices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefsmith.model import Actor, Article, Briefing, Citation, Point, Provenance, Section, Source
from briefsmith.records.base import make_article

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"

PARAGRAPHS = (
    "The river council met in Tashkent on Monday to discuss water sharing. "
    "Delegates from five states attended the talks.",
    "Anna Petrova, the council's secretary general, said the drought had cut flows by a third. "
    "Her name in Russian is Анна Петрова, and the Arabic press wrote آنا بتروفا.",
    "Rights groups said farmers displaced by the dam had received no compensation. "
    "Journalists covering the protests were detained for two days.",
    "It remains unclear whether the new quota will be ratified before the spring floods.",
)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace in a temporary folder (the current folder) with the seed and one brief,
    `briefs/rt.yaml`, and a fixed SOURCE_DATE_EPOCH."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "briefs" / "rt.yaml").write_text(
        f"title: Russia and the Taliban\ndate: 2024-10-20\nsources: [seeds/{SEED.name}]\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1729382400")
    return tmp_path


def cite(article: Article, number: int) -> Citation:
    s = article.sentence(number)
    return Citation(source=article.id, paragraph=s.paragraph, quote=s.text, sentence=s.number, start=s.start, end=s.end)


@pytest.fixture
def sample_article() -> Article:
    return make_article(
        id="river-news-2024-03-04",
        title="River council meets amid drought",
        paragraphs=PARAGRAPHS,
        authors=("Jane Doe",),
        publisher="River News",
        published="2024-03-04",
        url="https://example.org/news/2024/03/04/river-council-meets-amid-drought-"
        "with-a-very-long-url-that-must-wrap-on-the-page",
    )


@pytest.fixture
def sample_briefing(sample_article: Article) -> Briefing:
    a = sample_article
    return Briefing(
        title="Water sharing on the river",
        date="2024-03-05",
        subtitle="What the council decided",
        author="Test Desk",
        audience="Analysts",
        marking="UNCLASSIFIED // FOR DISCUSSION",
        summary=(Point(a.sentence(3).text, (cite(a, 3),)), Point(a.sentence(1).text, (cite(a, 1),))),
        sections=(
            Section(
                "background",
                "Background",
                (Point(a.sentence(1).text, (cite(a, 1),)), Point(a.sentence(2).text, (cite(a, 2),))),
            ),
            Section("key_actors", "Key actors", (Point(a.sentence(3).text, (cite(a, 3),)),), kind="actors"),
            Section("security_rationale", "Security rationale", (), empty_text="No security rationale in the sources."),
            Section(
                "human_rights",
                "Human-rights concerns",
                (Point(a.sentence(5).text, (cite(a, 5),)), Point(a.sentence(6).text, (cite(a, 6),))),
            ),
            Section(
                "open_questions",
                "Open questions",
                (Point("Will the new quota be ratified before the spring floods?", (cite(a, 7),)),),
                kind="questions",
            ),
        ),
        actors=(
            Actor(
                "Anna Petrova",
                "person",
                "the council's secretary general",
                ("Petrova", "Анна Петрова"),
                2,
                (cite(a, 3),),
            ),
            Actor("Uzbekistan", "state", None, ("Tashkent",), 1, (cite(a, 1),)),
        ),
        sources=(Source.of(a),),
        provenance=Provenance(engine="hand", version="test"),
    )


def displayed_citations(briefing: Briefing) -> list[Citation]:
    """The citations the documents show as notes: the points'. The key-actors table cites
    in its own Source column (no notes), and stands in for that section's engine-written
    points, so only pinned ones are printed there."""
    shown = [c for p in briefing.summary for c in p.citations]
    for section in briefing.sections:
        for point in section.points:
            if briefing.actors and section.kind == "actors" and not point.pinned:
                continue
            shown += point.citations
    return shown
