"""Open questions a sentence implies without asking them (engines/extractive/implied.py and
unsettled.py): an event said to raise questions, someone with questions to answer, a hedged
account of what is going on, a test to come of what the sentence before tells, a count the
next sentence takes up, people still at large, a fragile truce, a fact no one will admit, a
thing not yet done that "may change". Sentences written for these tests; sentences that
settle the matter give no question."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Chile", "Peru", "Lima", "Quito", "Andean", "Pacific"}


def question(*sentences: str):
    units = units_of([make_article(id="i", title="I", paragraphs=[" ".join(sentences)])])
    return question_for(units[-1], lambda w: w in NAMES, units[-2] if len(units) > 1 else None)


def ask(*sentences: str) -> str | None:
    q = question(*sentences)
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentences", "asked"),
    [
        (
            ("Forty inmates escaped the Lima jail on Sunday, raising new security questions.",),
            "After forty inmates escaped the Lima jail on Sunday, what new security questions arise?",
        ),
        (
            ("The ministry has serious questions to answer over its failure to warn the villages before the flood.",),
            "Will the ministry answer for its failure to warn the villages?",
        ),
        (
            ('Observers said the talks "seemed to be drifting towards a deadlock over the water rights."',),
            "Are the talks drifting towards a deadlock over the water rights?",
        ),
        (
            (
                "Chile sent a team of advisers to retrain the coast guard.",
                "The storm season will show whether that training has worked.",
            ),
            "Has the training worked?",
        ),
        (
            (
                "Officials said 240 Peruvians have applied for the scheme.",
                "It is unclear how many of those were approved.",
            ),
            "How many of the 240 Peruvians were approved?",
        ),
        (
            ("The governor warned that four prisoners were still on the loose.",),
            "Will the four prisoners be caught?",
        ),
        (
            ("Two fishermen drowned, and three survived and are being sought by the navy.",),
            "Will the three fishermen be found?",
        ),
        (
            ("A Chilean geologist is missing after a trip to the Andean glaciers.",),
            "Will the Chilean geologist be found?",
        ),
        (
            ("An uneasy truce has held along the Andean border since March.",),
            "Will the uneasy truce hold?",
        ),
        (
            ("Neither Lima nor Quito will admit that there is any contact between their navies.",),
            "Is there any contact between their navies?",
        ),
        (
            ("Though the navy has not launched any patrols in the bay yet, this may well change as the season turns.",),
            "Will the navy launch any patrols in the bay?",
        ),
    ],
)
def test_questions_implied_by_the_sentence(sentences, asked):
    assert ask(*sentences) == asked


def test_a_test_of_what_the_sentence_before_tells_cites_it():
    q = question(
        "Chile sent a team of advisers to retrain the coast guard.",
        "The storm season will show whether that training has worked.",
    )
    assert q is not None and q.antecedent is not None and "retrain" in q.antecedent.text


def test_a_count_taken_up_cites_the_sentence_that_gives_it():
    q = question(
        "Officials said 240 Peruvians have applied for the scheme.", "It is unclear how many of those were approved."
    )
    assert q is not None and q.antecedent is not None and "240" in q.antecedent.text


def test_a_campaign_in_the_brief_is_the_campaign_but_a_time_stays_as_it_is():
    assert ask("Though the navy has not launched any raids in this campaign yet, this could change.") == (
        "Will the navy launch any raids in the campaign?"
    )


def test_who_after_a_word_that_names_no_one_says_who():
    assert ask("Analysts say the fire could have been started by people who wanted the port closed.") == (
        "Could the fire have been started by people who wanted the port closed?"
    )
    assert ask("The mayor, who resigned, could face charges from prosecutors who are investigating the deal.") == (
        "Will the mayor face charges from prosecutors?"
    )


def test_how_many_as_the_subject_is_asked_without_inversion():
    assert ask("The ministry did not say how many people were killed in the flood.") == (
        "How many people were killed in the flood?"
    )
    assert ask(
        "He said there were ten casualties but did not specify how many guards were killed and how many injured."
    ) == ("How many guards were killed and how many injured?")
    # with nothing named of what it counts, it asks nothing a reader is told (questions.about_something)
    assert (
        ask("He said there were ten casualties but did not specify how many were killed and how many injured.") is None
    )
    assert ask("It is unclear how much the repairs will cost.") == "How much will the repairs cost?"


def test_a_could_inside_what_someone_should_appreciate_is_an_argument_not_a_doubt():
    assert ask("Lima should appreciate that for the port, a strike could mean ruin.") is None
    assert ask("Officials said a strike could ruin the port.") == "Will a strike ruin the port?"


@pytest.mark.parametrize(
    "sentences",
    [
        # the truce is over; the fugitives are caught; what escaped, the sentence does not say
        ("The fragile truce collapsed on Monday.",),
        ("Rebels broke the uneasy truce on Monday.",),
        ("It escaped on Sunday, raising questions.",),
        # "that training" with no training before it: which, a reader cannot tell
        ("The storm season will show whether that training has worked.",),
        # a participle whose base the spelling does not tell ("decided": "decid" or "decide"?)
        ("Though the court has not decided the appeal yet, this may change.",),
        # what someone will not admit is "it": what, the sentence before says
        ("The ministry would not admit it.",),
        # "others" who are missing: which others, the question cannot say
        ("Some were found on Monday, others are still missing.",),
        # what seemed to be happening points back at the sentence before
        ("The minister seemed to be pointing in that direction on Monday when he spoke.",),
    ],
)
def test_no_question_where_nothing_is_open_or_nothing_can_be_placed(sentences):
    assert ask(*sentences) is None
