"""The bottom line of several sources: one more point for each further source (up to 4) unless
the analyst sets `summary_points`, and no point that restates, through the sentence it quotes
before its own, a sentence an earlier point already cites as a backing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

LEDE_A = (
    "Dravani troops appeared on Wednesday to be gaining ground on the second day of a large offensive "
    "meant to drive the Coastal Front out of Ostrava."
)
LEDE_B = (
    "Dravani troops are stepping up their push to recapture the port of Ostrava from the Coastal Front, "
    "pairing army tanks with hill militias in a rare alliance."
)
AFTER_B = "The move came a day after the Coastal Front shelled the harbour."


def _spec(**kw) -> BriefSpec:
    return BriefSpec(title="Ostrava", sources=("seeds/a.txt", "seeds/b.txt"), **kw)


@pytest.mark.parametrize(("sources", "points"), [(1, 3), (2, 4), (3, 4), (12, 4)])
def test_the_default_grows_with_the_sources(sources, points):
    assert _spec().bottom_line_points(sources) == points


def test_the_analysts_number_is_kept_whatever_the_sources():
    assert _spec(summary_points=2).bottom_line_points(5) == 2
    assert _spec(summary_points=7).bottom_line_points(1) == 7


def test_a_pick_quoting_a_sentence_that_backs_an_earlier_point_is_not_a_second_point():
    articles = [
        make_article(
            id="a",
            title="Ostrava",
            paragraphs=[LEDE_A, "Medics from the capital joined the column near the river crossing at dawn."],
        ),
        make_article(id="b", title="Push", paragraphs=[LEDE_B, AFTER_B]),
    ]
    composer = Composer(articles, _spec())
    at = {u.sentence.text: i for i, u in enumerate(composer.units)}
    assert composer.editor.quoted(at[AFTER_B]) == {at[LEDE_B]}  # "The move" is told with the lede before it
    kept, claimed, ledger = composer._bottom([Pick(at[LEDE_A]), Pick(at[AFTER_B])])
    assert [p.index for p in kept] == [at[LEDE_A]]
    assert kept[0].also == [at[LEDE_B]]  # B's lede backs the first point: a second would state it again
    assert at[AFTER_B] not in claimed


def test_a_section_point_does_not_quote_a_sentence_that_backs_a_point_already_made():
    articles = [
        make_article(id="a", title="Ostrava", paragraphs=[LEDE_A]),
        make_article(id="b", title="Push", paragraphs=[LEDE_B, AFTER_B]),
    ]
    composer = Composer(articles, _spec())
    at = {u.sentence.text: i for i, u in enumerate(composer.units)}
    kept, claimed, ledger = composer._bottom([Pick(at[LEDE_A])])
    assert at[LEDE_B] in ledger.cited and at[LEDE_B] not in claimed  # a backing, not the point's own sentence
    assert composer._claim([Pick(at[AFTER_B])], set(claimed), 6) != []  # without the ledger: made again
    assert composer._claim([Pick(at[AFTER_B])], set(claimed), 6, ledger.cited) == []


def _story(source: str, place: str) -> list[str]:
    # Each source tells facts of its own (different numbers, names and acts), so that the
    # bottom line has more to say than its sources' shared lede.
    return [
        f"Floods in {place} forced {source} villagers from their homes on Monday, regional officials said.",
        f"The {source} dam on the upper river burst after nine days of rain, engineers from Velmora said.",
        f"Governor Ilse {source.title()}mark ordered schools in {place} closed until the water falls.",
        f"Aid agencies flew {len(source) * 100} tonnes of food to the {source} camps by helicopter.",
        f"Police in {place} arrested {len(source)} men accused of looting shops on the {source} road.",
        f"Farmers said the {source} harvest of rice and maize was lost across the valley.",
    ]


def test_a_brief_of_several_sources_gets_a_longer_bottom_line_unless_the_analyst_says():
    names = [("north", "Arvena"), ("south", "Belcor"), ("east", "Tessin")]
    articles = [
        make_article(id=n, title=f"Floods in {p}", paragraphs=_story(n, p), published="2024-05-02") for n, p in names
    ]
    sources = tuple(f"seeds/{a.id}.txt" for a in articles)
    several = ExtractiveEngine().condense(articles, BriefSpec(title="Floods", sources=sources))
    one = ExtractiveEngine().condense(articles[:1], BriefSpec(title="Floods", sources=sources[:1]))
    set_by_hand = ExtractiveEngine().condense(articles, BriefSpec(title="Floods", sources=sources, summary_points=3))
    assert len(several.summary) == 4
    assert len(one.summary) == 3
    assert len(set_by_hand.summary) == 3
