"""Open questions the text states in forms earlier rules missed, on sentences written for these
tests: a question after "The question remains,"; "raises key questions about whether ...";
"There's no guarantee ..."; "is still to be ..."; and a pronoun whose antecedent is two names
joined by "or" in the same sentence, which leans on nothing."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import leans, question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def ask(sentence: str) -> str | None:
    article = make_article(id="q", title="Q", paragraphs=["The talks opened on Monday in Geneva.", sentence])
    units = units_of([article])
    q = question_for(units[-1], lambda w: w[:1].isupper(), units[0])
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The question remains, should the Varnian government have traded for this prisoner?",
            "Should the Varnian government have traded for this prisoner?",
        ),
        (
            "The spread of the Crescent Front raises key questions about whether its new cells signal a wider threat.",
            "Do its new cells signal a wider threat?",
        ),
        (
            "There's no guarantee Halvorsen will form a coalition and stay as prime minister.",
            "Will Halvorsen form a coalition and stay as prime minister?",
        ),
        ("The third suspect is still to be apprehended.", "Will the third suspect be apprehended?"),
    ],
)
def test_a_question_the_text_states_is_asked(sentence, question):
    assert ask(sentence) == question


def test_a_possible_thing_to_do_is_no_question():
    assert ask("It is possible to reach Geneva by train.") is None


def test_their_after_two_names_joined_by_or_leans_on_nothing():
    q = "Is it known whether Dalen or Marsh rekindled their ties with Ostrow before leaving the country?"
    assert not leans(q, lambda w: w[:1].isupper())


def test_a_plural_subject_takes_do_not_does():
    # "cells" is the subject's noun, "signal" its verb: not "Does its new cell signal ...?"
    assert (
        ask("It is unclear whether its new cells signal a wider threat.") == "Do its new cells signal a wider threat?"
    )
