"""Open questions from hedged, pending and conditional sentences written for these
tests; sentences that leave nothing open give none, and a garbled question is never
better than no question."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def ask(*sentences: str) -> str | None:
    article = make_article(id="q", title="Q", paragraphs=[" ".join(sentences)])
    units = units_of([article])
    q = question_for(
        units[-1], lambda w: w in {"Chile", "Peru", "Senate", "Lima"}, units[-2] if len(units) > 1 else None
    )
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The treaty needs to be ratified by the Senate before it takes effect.",
            "Will the treaty be ratified by the Senate before it takes effect?",
        ),
        ("The new port is yet to receive its first ship.", "Will the new port receive its first ship?"),
        (
            "However, the minister said, a deal can only be signed with the consent of both parliaments.",
            "Will a deal be signed with the consent of both parliaments?",
        ),
        ("It remains to be seen whether Peru will accept the ruling.", "Will Peru accept the ruling?"),
        ("It is unclear who will lead the new agency.", "Who will lead the new agency?"),
        ("The dispute begs the question if the border is being redrawn.", "Is the border being redrawn?"),
        (
            "Analysts say it is unlikely that the tariffs will be lifted this year.",
            "Will the tariffs be lifted this year?",
        ),
        (
            "Officials discussed the possibility of the embassy being reopened next spring.",
            "Will the embassy be reopened next spring?",
        ),
        ("Chile has promised to cut its emissions by half.", "Will Chile cut its emissions by half?"),
        ("It remains unclear what form the new council would take.", "What form would the new council take?"),
        ("In what observers see as defiance, the mayor may resign.", "Will the mayor resign?"),
    ],
)
def test_templates(sentence, question):
    assert ask(sentence) == question


def test_a_definite_subject_borrows_its_purpose_from_the_sentence_before():
    q = ask(
        "The cabinet took a decision last week to close the northern mine.",
        "The decision has to be approved by the courts, the minister said.",
    )
    assert q == "Will the decision to close the northern mine be approved by the courts?"


def test_a_possessive_subject_is_named():
    assert (
        ask("Peru won the vote in 2020 and its delegation is yet to arrive in Lima.")
        == "Will Peru’s delegation arrive in Lima?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met on Tuesday and approved the budget.",
        "Rain fell across the region for most of the week.",
        "“I used to sit on my hands,” she said, “but it would be more enjoyable if I won too.”",
        "It could take years.",
    ],
)
def test_no_question_where_nothing_is_open_or_the_subject_is_unclear(sentence):
    assert ask(sentence) is None


def test_every_question_ends_with_a_question_mark():
    for s in (
        "Whether the ceasefire will hold remains unclear, and it remains to be seen who will monitor it.",
        "The plan must be approved by voters in a referendum.",
    ):
        q = ask(s)
        assert q is None or q.endswith("?")
