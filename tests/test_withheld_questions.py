"""Open questions from what a source withholds ("declined to say how many ..."), from a
risk stated ("there is a risk that ..."), and from "it's likely that ..." written with its
contraction (engines/extractive/questions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.inversion import embedded_question
from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Marines", "Lebanon", "Morris", "Solis", "El", "Paso"}


def ask(sentence: str) -> str | None:
    units = units_of([make_article(id="w", title="W", paragraphs=[sentence])])
    q = question_for(units[-1], lambda w: w in NAMES, None)
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The ministry would not say how many soldiers were killed.", "How many soldiers were killed?"),
        ("Police refused to confirm whether the man had been arrested.", "Had the man been arrested?"),
        (
            "The district attorney declined to comment on whether Solis might face charges.",
            "Will Solis face charges?",
        ),
        (
            "Doctors said there was a real risk that the disease could spread to the camps.",
            "Could the disease spread to the camps?",
        ),
        (
            "Analysts warn of the danger that the conflict will spread to Lebanon.",
            "Will the conflict spread to Lebanon?",
        ),
        ("It's likely that the talks will resume next week.", "Will the talks resume next week?"),
    ],
)
def test_what_is_withheld_or_at_risk_is_asked(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        # a risk taken on purpose says nothing of whether it comes
        "The investigators took the risk that the interview would not move the case forward.",
        # a comment declined on a thing, not on something open
        "He declined to comment on the report.",
    ],
)
def test_no_question_from_a_risk_taken_or_a_comment_declined(sentence):
    assert ask(sentence) is None


def test_a_wh_phrase_with_a_subject_of_its_own_is_not_asked_as_the_subject():
    # "which phase of the training the Marines were in": "the Marines" is the subject, so the
    # clause cannot be asked by fronting nothing ("Which phase of ... the Marines were in?")
    assert embedded_question("which", "phase of the training the Marines were in.", lambda w: w in NAMES) is None
    assert embedded_question("how", "many of the passengers were rescued", lambda w: False) == (
        "How many of the passengers were rescued?"
    )


def test_a_belief_given_as_a_reason_is_not_the_clause_asked():
    # ", fearing that ..." gives the reason for what the main clause tells: no question of it
    assert ask("The allies instituted strict sanctions, fearing that Tehran plans to develop nuclear weapons.") is None
    assert ask("The allies may impose new sanctions, fearing that Tehran plans to build a bomb.") == (
        "Will the allies impose new sanctions?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "He said there were 10 casualties but did not specify how many were killed and how many injured.",
        "Officials would not say how many died.",
        "The spokesman did not say what happened.",
    ],
)
def test_a_question_that_names_nothing_it_asks_about_is_not_asked(sentence: str) -> None:
    assert ask(sentence) is None


def test_a_question_naming_what_it_counts_is_still_asked() -> None:
    assert ask("Officials would not say how many soldiers were killed.") == "How many soldiers were killed?"
    assert ask("The spokesman did not say where the attackers came from.") is not None
