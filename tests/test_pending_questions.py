"""Open questions from decisions still to be taken (engines/extractive/pending.py): a demand
made of someone, and a ruling, a vote or a decision to come, whose outcome is what is open.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Senate", "Lima", "Peru"}


def ask(sentence: str) -> str | None:
    units = units_of([make_article(id="p", title="P", paragraphs=[sentence])])
    q = question_for(units[-1], lambda w: w in NAMES, None)
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The union demanded that the board withdraw the plan.", "Will the board withdraw the plan?"),
        (
            "The governor also insisted that the return of the land should be part of any settlement.",
            "Will the return of the land be part of any settlement?",
        ),
        (
            "Farmers urged that Peru's customs officers reopen the crossing.",
            "Will Peru's customs officers reopen the crossing?",
        ),
        (
            "The court is expected to rule on the appeal next month.",
            "How will the court rule on the appeal next month?",
        ),
        ("The Senate will vote on the bill on Tuesday.", "How will the Senate vote on the bill on Tuesday?"),
        (
            "The council will decide on the new tram route in June.",
            "What will the council decide on the new tram route in June?",
        ),
    ],
)
def test_a_decision_to_be_taken_is_asked(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        # a claim put as insistence, not a demand
        "The minister insisted that the talks were over.",
        "He insisted that the new ferry was designed for peaceful purposes.",
        # a figure of speech: no one demands
        "This is a moment that demands that leaders on both sides lower their voices.",
    ],
)
def test_no_question_from_a_claim_or_a_figure_of_speech(sentence):
    assert ask(sentence) is None
