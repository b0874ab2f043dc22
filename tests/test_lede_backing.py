"""Several sources' ledes tell the story's main fact each in its own words (facts.Facts.ledes):
a bottom-line point on one source's lede cites the other sources' ledes that tell its fact even
loosely, while a loose match further down is no citation (mmr `repeats` keeps it out of the
bottom line without citing it). Sentences written for these tests."""

from __future__ import annotations

from briefsmith.engines.extractive.facts import SAME, Facts
from briefsmith.engines.extractive.ledger import Ledger
from briefsmith.engines.extractive.mmr import Pick, mmr
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

LEDE_A = (
    "Dravani troops appeared on Wednesday to be gaining ground on the second day of a large offensive "
    "meant to drive the Coastal Front out of Ostrava."
)
LEDE_B = (
    "Dravani troops are stepping up their push to recapture the port of Ostrava from the Coastal Front, "
    "pairing army tanks with hill militias in a rare alliance."
)
LOWER_A = "Medics from the capital joined the column near the river crossing at dawn."
LOWER_B = "Relief convoys waited near the river crossing at dawn while Dravani troops held the bridge."


def _units():
    return units_of(
        [
            make_article(id="a", title="Ostrava", paragraphs=[f"{LEDE_A} {LOWER_A}"]),
            make_article(id="b", title="Push", paragraphs=[LEDE_B, LOWER_B]),
        ]
    )


def test_a_lede_is_told_by_another_sources_lede_in_other_words():
    units = _units()
    at = {u.sentence.text: i for i, u in enumerate(units)}
    facts = Facts(units)
    a, b = at[LEDE_A], at[LEDE_B]
    assert facts.score(a, b) < SAME  # too few words in common for two sentences further down
    assert facts.ledes(a) == [b] and facts.ledes(b) == [a]
    assert facts.ledes(at[LOWER_A]) == []  # not a lede: matched as any sentence is (tellings)


def test_a_point_on_a_lede_cites_the_other_ledes():
    units = _units()
    at = {u.sentence.text: i for i, u in enumerate(units)}
    ledger = Ledger(units, Scores(units, ["Ostrava", "Push"], []), Facts(units))
    pick = Pick(at[LEDE_A])
    ledger.add(pick)
    assert pick.also == [at[LEDE_B]]
    assert ledger.restates(at[LEDE_B])  # no later point states the main fact again


def test_a_loose_repeat_is_kept_out_of_the_bottom_line_but_not_cited():
    doc = {0: 0, 1: 0, 2: 1, 3: 1}
    relevance = {0: 1.0, 2: 0.9, 1: 0.5, 3: 0.4}
    picks = mmr(
        list(doc),
        relevance.__getitem__,
        lambda i, j: 0.0,
        doc.__getitem__,
        k=2,
        tellings=lambda i: [],
        repeats=lambda i: [2] if i == 0 else [],
    )
    assert [p.index for p in picks] == [0, 1]
    assert picks[0].also == []
