"""Statements that read like open questions and are not: an intention told in the past, a
figure hedged, what someone did not know then, and what the writer says cannot be. Each is
checked beside the open question its present or plain form still asks (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.plain import plain_question
from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Tomas", "Vell", "Oporto", "Lisbon", "Marek"}


def proper(word: str) -> bool:
    return word in NAMES


def ask(sentence: str) -> str | None:
    (u,) = units_of([make_article(id="q", title="Q", paragraphs=[sentence])])
    q = question_for(u, proper)
    return q.text if q else None


def plain(sentence: str) -> str | None:
    (u,) = units_of([make_article(id="q", title="Q", paragraphs=[sentence])])
    q = plain_question(u, proper)
    return q.text if q else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said Tomas Vell planned to bomb the depot after his brother left the country.",
        "The navy threatened to board any trawler fishing inside the zone, the adviser said.",
        "The smugglers were trying to reach Oporto before dawn.",
    ],
)
def test_an_intention_told_in_the_past_is_not_asked_as_pending(sentence):
    assert ask(sentence) is None


def test_an_intention_in_the_present_is_still_asked():
    assert ask("Tomas Vell plans to bomb the depot after his brother leaves the country.") == (
        "Will Tomas Vell bomb the depot after his brother leaves the country?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Up to 400 dockers are believed to have travelled to Lisbon to join the strike, the union said.",
        "Of those workers, an estimated 120 are believed to be living in Oporto, officials said.",
    ],
)
def test_a_hedged_figure_is_not_asked_yes_or_no(sentence):
    assert ask(sentence) is None


def test_a_hedged_act_is_still_asked():
    assert ask("The dockers are believed to have travelled to Lisbon to join the strike.") == (
        "Have the dockers travelled to Lisbon to join the strike?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In their confessions, the pair said they didn't know what a ledger was.",
        "The families said they had no idea what the boys were planning.",
    ],
)
def test_what_someone_did_not_know_then_is_not_an_open_question(sentence):
    assert ask(sentence) is None


def test_what_is_still_not_known_or_said_is_asked():
    assert ask("Police do not know who set the fire at the depot.") == "Is it known who set the fire at the depot?"
    assert ask("The ministry has not said whether the depot will reopen.") == "Will the depot reopen?"


def test_what_the_writer_says_cannot_be_is_not_asked_as_it_stands():
    assert plain("Lisbon could not leave Marek to die in a cell, whatever he had done.") is None
    assert plain("Lisbon will never abandon the port.") is None
    assert plain("The strike may not end before the harvest.") == "Will the strike not end before the harvest?"
    assert plain("The strike could end before the harvest.") == "Could the strike end before the harvest?"
