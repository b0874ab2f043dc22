"""Open questions of a multi-source brief: each source gets heard (mmr's `spread`), and two
outlets' near-identical questions are one point citing both (questions.same_question).
Sentences written for these tests."""

from __future__ import annotations

from briefsmith.engines.extractive.mmr import mmr
from briefsmith.engines.extractive.questions import question_for, question_words, same_question
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def test_near_identical_questions_of_two_outlets_are_one():
    a = question_words("Will Saudi Arabia and Egypt go ahead with sending ground troops?")
    b = question_words("Will Saudi Arabia and Egypt go ahead with putting boots on the ground?")
    assert same_question(a, b)


def test_questions_sharing_a_name_only_are_two():
    a = question_words("Will Saudi Arabia send ground troops?")
    b = question_words("Will Saudi Arabia lift the blockade of the port?")
    assert not same_question(a, b)  # "saudi", "arabia" shared: two words, not three
    c = question_words("Will the airstrikes on Sanaa stop before the talks in Riyadh?")
    d = question_words("Will the talks in Riyadh on Sanaa produce a deal on the airport?")
    assert not same_question(c, d)  # three shared of eight: under half


def _pick(spread: float) -> list[int]:
    # Sentences 0-2 come from source 0, 3 from source 1; source 0's are a little more relevant.
    relevance = [0.9, 0.85, 0.8, 0.7]
    picks = mmr(range(4), relevance.__getitem__, lambda i, j: 0.0, lambda i: 0 if i < 3 else 1, 2, spread=spread)
    return [p.index for p in picks]


def test_a_source_already_asked_of_waits_its_turn():
    assert _pick(0.0) == [0, 1]  # without it, the most relevant source takes every slot
    assert _pick(0.2) == [0, 3]  # with it, the other source's question comes second


def test_one_source_orders_as_before():
    relevance = [0.9, 0.85, 0.8, 0.7]
    for spread in (0.0, 0.2):
        picks = mmr(range(4), relevance.__getitem__, lambda i, j: 0.0, lambda i: 0, 3, spread=spread)
        assert [p.index for p in picks] == [0, 1, 2]


def test_what_had_yet_to_happen_is_asked():
    units = units_of([make_article(id="y", title="Y", paragraphs=["Investigators had yet to name the gunman."])])
    q = question_for(units[-1], lambda w: False, None)
    assert q is not None and q.text == "Will investigators name the gunman?"


def _ask(sentence: str) -> str | None:
    units = units_of([make_article(id="q", title="Q", paragraphs=[sentence])])
    q = question_for(units[-1], lambda w: False, None)
    return q.text if q else None


def test_an_inquiry_in_other_words_leaves_its_question_open():
    assert _ask("Police are trying to find out who supplied the weapons.") == "Who supplied the weapons?"
    assert _ask("The families want to know why the letters were never delivered.") == (
        "Why were the letters never delivered?"
    )
    assert _ask("Investigators are looking into whether the pilot crashed the plane.") == (
        "Is it known whether the pilot crashed the plane?"
    )


def test_an_inquiry_into_nothing_named_asks_nothing():
    assert _ask("Investigators arrived, hoping to figure out exactly what happened.") is None
    assert _ask("Diplomats looked into the matter.") is None
