"""Questions that read as an analyst would write them, or none: the faults found on briefs
of unlabelled news stories, on sentences written for these tests."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.questions import leans, question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec


def ask(*sentences: str) -> str | None:
    article = make_article(id="q", title="Q", paragraphs=[" ".join(sentences)])
    units = units_of([article])
    q = question_for(units[-1], lambda w: w in {"Lima", "Peru", "Ortega"}, units[-2] if len(units) > 1 else None)
    return q.text if q else None


@pytest.mark.parametrize(
    "sentence",
    [
        # "plan" after a possessive is a noun: a plan named, nothing pending
        "Ortega's plan to build a dam and flood the valley ended in May with a vote in Lima.",
        # a past perception, not a doubt
        "Then a nurse said she could see the patient was breathing again.",
        # a relative clause: what they must deal with is a word outside it
        "That's the problem farmers and the new ministers will have to deal with, she said.",
        # the object is what follows the colon, which no question can hold
        "Only two things could explain this: a drought in the north or a new tax on seed.",
        # looking back is not waiting to see
        "It is good to look back on the project and see how schools and clinics have grown.",
    ],
)
def test_no_question_the_clause_cannot_carry(sentence):
    assert ask(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # what is said starts after "saying"
        (
            "The agency quoted the ministry as saying the navy's support also could involve two frigates.",
            "Will the navy's support involve two frigates?",
        ),
        # a past verb with its own object after "and" is another act, not part of what is asked
        (
            "In May, the union called for the two managers to be dismissed and denounced what it said was a "
            "culture of silence.",
            "Will the two managers be dismissed?",
        ),
        # waiting to see is still pending
        ("Traders will wait and see whether the central bank raises rates in June.", None),
    ],
)
def test_the_question_asks_only_what_is_pending(sentence, question):
    got = ask(sentence)
    if question is None:
        assert got is not None and got.endswith("the central bank raise rates in June?")
    else:
        assert got == question


def test_a_body_described_but_not_named_leans_wherever_it_stands():
    proper = lambda w: w in {"Taliban"}  # noqa: E731
    assert leans("Will young Taliban fighters be drawn to the group?", proper)
    assert not leans("Will young Taliban fighters be drawn to the group of former officers?", proper)
    assert not leans("Will young Taliban fighters be drawn to Kabul?", proper)


def test_a_question_cites_only_the_names_it_holds():
    paragraphs = [
        "Tamara Ruiz was arrested in Lima in March.",
        "In April, Pedro Salas called for the guards to be charged and condemned what she said was a "
        "pattern of abuse in the prison.",
    ]
    article = make_article(id="p", title="Guards", paragraphs=paragraphs)
    briefing = ExtractiveEngine().condense([article], BriefSpec(title="Guards", sources=("p",)))
    section = briefing.section("open_questions")
    asked = {p.text: p for p in section.points} if section else {}
    assert "Will the guards be charged?" in asked
    quotes = [c.quote for c in asked["Will the guards be charged?"].citations]
    assert quotes == [paragraphs[1]]  # "she" was named in words the question no longer holds
