"""Open questions an analyst infers from plain statements (engines/extractive/inferred.py
and the plain fallback of questions.py), on sentences written for these tests: a claim no
one could verify, a denial, an accusation, doubts, a test to come, what is not said, a
possibility spoken of, a meeting, an investigation, something in prospect."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.plain import plain_question
from briefsmith.engines.extractive.questions import leans, question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Portugal", "Spain", "Red", "Hand", "Harbour", "Authority", "Lisbon", "Oporto"}


def units(*sentences: str):
    return units_of([make_article(id="q", title="Q", paragraphs=[" ".join(sentences)])])


def ask(*sentences: str):
    us = units(*sentences)
    return question_for(us[-1], lambda w: w in NAMES, us[-2] if len(us) > 1 else None)


@pytest.mark.parametrize(
    ("sentences", "question"),
    [
        (
            ("The ministry denies allegations by opposition groups that it has paid the militias.",),
            "Has the ministry paid the militias?",
        ),
        (
            ("Fishermen accused the Harbour Authority of selling the quay illegally, a charge it has denied.",),
            "Is the Harbour Authority selling the quay illegally?",
        ),
        (
            ("Diplomats have some doubts the two parties would honour the truce.",),
            "Would the two parties honour the truce?",
        ),
        (
            ("The coming winter will tell whether the new dam can hold back the floods.",),
            "Can the new dam hold back the floods?",
        ),
        (("The mayor has not said whether the tram line will be extended.",), "Will the tram line be extended?"),
        (
            ("Portugal and Spain have spoken about the possibility of sending firefighting planes.",),
            "Will Portugal and Spain go ahead with sending firefighting planes?",
        ),
        (
            ("The regional council will meet on Friday to discuss the water shortage.",),
            "What will the regional council decide on the water shortage?",
        ),
        (
            ("The driver was arrested and is currently under investigation.",),
            "What will the investigation of the driver find?",
        ),
        (("Steep rises in bus fares are in prospect.",), "Will there be steep rises in bus fares?"),
        (
            ("The Red Hand group purportedly claimed responsibility for the blast at the depot.",),
            "Was the Red Hand group behind the blast at the depot?",
        ),
        (
            ("If the river breaks its banks, it could mean that the whole valley is flooded.",),
            "If the river breaks its banks, is the whole valley flooded?",
        ),
        (
            ("Two of the suspects could be from the neighbouring province, officials said.",),
            "Could two of the suspects be from the neighbouring province?",
        ),
        (
            ("All eyes will be on the referees to see if the new rules are enforced.",),
            "Are the new rules enforced?",
        ),
        (
            ("The minister has pledged to reopen the bridge by spring.",),
            "Will the minister reopen the bridge by spring?",
        ),
    ],
)
def test_inferred_forms(sentences, question):
    q = ask(*sentences)
    assert q is not None and q.text == question


def test_an_unverified_claim_asks_whether_the_claim_before_is_true_and_cites_it():
    q = ask(
        "Rebel commanders say that dozens of prisoners were moved to a camp near the border.",
        "The agency could not independently verify those claims.",
    )
    assert q is not None and q.text == "Were dozens of prisoners moved to a camp near the border?"
    assert q.antecedent is not None and q.antecedent.text.startswith("Rebel commanders say")


@pytest.mark.parametrize(
    "sentences",
    [
        # nothing before to say which claim, or a claim about "them"
        ("The agency could not independently verify those claims.",),
        ("Villagers said they were beaten by the guards.", "The agency could not independently verify the claims."),
        # a plain statement of a past act, and a denial of nothing claimed
        ("The ministry paid the militias last year.",),
        ("The committee met on Friday and discussed the budget.",),
        # an accusation of a crime names no act to ask about
        ("Prosecutors accused the Harbour Authority of fraud.",),
    ],
)
def test_no_question_where_nothing_is_left_open(sentences):
    assert ask(*sentences) is None


def test_a_question_saying_there_without_where_leans_and_is_not_asked():
    q = ask("The adult is believed to have joined the gang there, an official said.")
    assert q is not None and leans(q.text, lambda w: w in NAMES)  # the engine drops it (compose.py)
    named = ask("The adult is believed to have joined the gang in Lisbon, an official said.")
    assert named is not None and named.text == "Has the adult joined the gang in Lisbon?"
    assert not leans(named.text, lambda w: w in NAMES)


def test_the_plain_fallback_asks_only_what_will_or_may_be():
    proper = {"Lisbon"}.__contains__
    (u,) = units("If the talks fail, the focus will turn to Lisbon.")
    q = plain_question(u, proper)
    assert q is not None and q.text == "If the talks fail, will the focus turn to Lisbon?"
    (done,) = units("The talks failed and the focus turned to Lisbon.")
    assert plain_question(done, proper) is None
    (leaning,) = units("They will turn to Lisbon next.")
    assert plain_question(leaning, proper) is None
