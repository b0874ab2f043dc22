"""No fact twice (engines/extractive/ledger.py), on sentences written for these tests: a point
is backed by every other source that tells its fact, including the fact of the sentence it
quotes before its own to stand alone."""

from __future__ import annotations

from briefsmith.engines.extractive.facts import Facts
from briefsmith.engines.extractive.ledger import Ledger
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

CLOSED = "Velmora's port authority closed the northern harbour on Tuesday after a storm wrecked the breakwater."
LEANING = "Its engineers did not ask the navy for divers to inspect the damage."
OTHER = "A storm that wrecked the breakwater forced the port authority of Velmora to shut its northern harbour."


def _ledger(quoted):
    units = units_of(
        [
            make_article(id="a", title="Harbour", paragraphs=[f"{CLOSED} {LEANING}"]),
            make_article(id="b", title="Storm", paragraphs=["Ferry passengers went to the southern terminal.", OTHER]),
        ]
    )
    at = {u.sentence.text: i for i, u in enumerate(units)}
    facts = Facts(units)
    return Ledger(units, Scores(units, ["Harbour", "Storm"], []), facts, quoted), at


def test_a_point_quoting_the_sentence_before_is_backed_by_the_sources_telling_that_sentence():
    holder: dict[str, int] = {}
    ledger, at = _ledger(lambda i: {holder["closed"]} if i == holder["leaning"] else set())
    holder.update(closed=at[CLOSED], leaning=at[LEANING])
    pick = Pick(at[LEANING])
    ledger.add(pick)
    assert pick.also == [at[OTHER]]  # the other source's telling of the quoted sentence backs the point
    assert ledger.restates(at[OTHER]) and ledger.restates(at[CLOSED])  # no later point tells that fact again


def test_without_a_quoted_sentence_a_point_is_backed_by_its_own_fact_only():
    ledger, at = _ledger(lambda i: set())
    pick = Pick(at[LEANING])
    ledger.add(pick)
    assert pick.also == [] and not ledger.restates(at[CLOSED])
