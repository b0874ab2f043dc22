"""Open questions from what a text says is unknown, disputed, asked or awaited, in the forms
added for unseen news (unknowns.unknown and conflicting, pending.awaited, and the questions
a text says something raises): each reads the main clause, and names what it asks about.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Chile", "Peru", "Lima", "Quito", "Senate"}


def ask(*sentences: str) -> str | None:
    units = units_of([make_article(id="w", title="W", paragraphs=[" ".join(sentences)])])
    q = question_for(units[-1], lambda w: w in NAMES, units[-2] if len(units) > 1 else None)
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # what the text says is not known: its subject
        ("The cause of the blast was not immediately known.", "Is the cause of the blast known?"),
        ("The exact number of casualties remains unknown.", "Is the exact number of casualties known?"),
        ("The fate of the two hostages is still a mystery.", "Is the fate of the two hostages known?"),
        ("Peru's position on the treaty remains unclear.", "Is Peru's position on the treaty known?"),
        ("The names of the victims were not yet known.", "Are the names of the victims known?"),
        (
            "The fate of the missing climbers remains unknown, rescuers said.",
            "Is the fate of the missing climbers known?",
        ),
        # tellings that conflict: which holds is open
        ("The army and the rebels gave conflicting accounts of the clash.", "Which account of the clash is true?"),
        ("Accounts of the raid on the port differ.", "Which account of the raid on the port is true?"),
        # an outcome awaited
        ("A verdict in the fraud case is expected next month.", "What will the verdict in the fraud case be?"),
        ("A decision on the licence is due by Friday.", "What will the decision on the licence be?"),
        (
            "The findings of the inquiry are expected by the end of the year.",
            "What will the findings of the inquiry be?",
        ),
        # the questions the text says something raises, disagreement over what is open
        (
            "Footage showed the convoy crossing at night, raising more questions about whether the army had "
            "been warned.",
            "Had the army been warned?",
        ),
        ("Officials disagree about how many people were killed.", "How many people were killed?"),
        ("Economists are divided over whether the tariffs will work.", "Will the tariffs work?"),
        ("There is no word yet on when the talks will resume.", "When will the talks resume?"),
        # not yet done, written with a contraction
        ("The court hasn't yet ruled on the appeal.", "Has the court ruled on the appeal?"),
        # two questions joined by "and whether": the first alone, or the second where the first leans
        (
            "The leak raised questions about why the guards were absent and whether the police had warned them.",
            "Why were the guards absent?",
        ),
        (
            "Guards saw them at the gate, raising questions about why they were let in and whether the police "
            "had warned the port.",
            "Had the police warned the port?",
        ),
        # a deadline set for an act: whether it is done in time
        (
            "Negotiators face a March 31 deadline to reach a framework deal.",
            "Will negotiators reach a framework deal by the March 31 deadline?",
        ),
        (
            "Negotiators are racing to reach a framework deal before a March 31 deadline.",
            "Will negotiators reach a framework deal before the March 31 deadline?",
        ),
        ("The two sides have until Friday to agree on a budget.", "Will the two sides agree on a budget by Friday?"),
        ("Lenders have a deadline of Friday to decide.", "Will lenders decide by Friday?"),
        # an inquiry opened: what it will find
        (
            "The government has ordered an inquiry into the deaths of the miners.",
            "What will the inquiry into the deaths of the miners find?",
        ),
        (
            "The ministry said it had opened a criminal investigation into the sale of the land.",
            "What will the investigation into the sale of the land find?",
        ),
        # a review to come, and the wire's "not immediately clear"
        ("The case will be reviewed next month.", "Will the case be reviewed next month?"),
        ("It was not immediately clear how many people were on the bus.", "How many people were on the bus?"),
        # one wh-word twice is one question
        (
            "It is unclear how many guards were killed and how many injured.",
            "How many guards were killed and how many injured?",
        ),
    ],
)
def test_what_is_unknown_disputed_or_awaited_is_asked(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun or a wh-clause is no subject a reader could place
        "It was unclear for now.",
        "What happened next is unclear.",
        # an outcome that is merely uncertain is no fact someone could know
        "The outcome of the vote is uncertain.",
        # whose ruling: a possessive opens no outcome awaited; an expectation of an act is another form's
        "The court's ruling is expected on Monday.",
        "Rain is expected later today.",
        "The new rules are due next year.",
        # a deadline missed leaves nothing open; "until" of a time past sets none
        "The Senate had a deadline to pass the bill but missed it.",
        "He waited until Friday to announce his decision.",
        "The union met the March deadline to file its claim.",
        # an inquiry into what the sentence before tells
        "Police launched an investigation into it.",
        # conflicting accounts of what the sentence before tells
        "The two sides gave conflicting accounts of it.",
    ],
)
def test_nothing_asked_where_nothing_could_be_placed(sentence):
    assert ask(sentence) is None


def test_the_question_leans_on_nothing_but_its_own_sentence():
    # never the earlier sentence's words: the question comes from the cited one
    assert ask("The port reopened on Monday.", "A ruling on the strike is due on Friday.") == (
        "What will the ruling on the strike be?"
    )


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # a plural noun with an -s is no verb to invert ("Does armed group control ...?")
        ("It is unclear whether armed groups control the port.", "Is it known whether armed groups control the port?"),
        (
            "It is unclear whether armed groups such as the rebels control the port.",
            "Is it known whether armed groups such as the rebels control the port?",
        ),
        (
            "It is unclear whether rising prices explain the protests.",
            "Is it known whether rising prices explain the protests?",
        ),
        # nor after a count, nor before a past tense
        ("Officials have not said whether the two ships collided.", None),
        ("Officials have not said whether the ships collided.", None),
        # a whether-clause that is the subject: where it ends, no template can tell
        ("Whether the deal survives depends on the Senate.", None),
        # a verb with its -s still is
        ("It is unclear whether Peru trusts Chile.", "Does Peru trust Chile?"),
        (
            "It is unclear whether the minister really trusts the generals.",
            "Does the minister really trust the generals?",
        ),
        ("It is unclear whether inflation threatens the recovery.", "Does inflation threaten the recovery?"),
    ],
)
def test_a_plural_noun_is_not_inverted_as_a_verb(sentence, question):
    assert ask(sentence) == question


def test_a_clause_cut_at_an_aside_keeps_no_subordinate_clause_without_its_verb():
    # "after Peru, one of the biggest lenders, finally signed": "after Peru" alone would mislead
    assert ask(
        "The deal is thought to have been hammered out on Thursday night after Peru, one of the biggest lenders, "
        "finally signed up to it."
    ) == ("Has the deal been hammered out on Thursday night?")
    # a phrase that is whole stays
    assert ask("The pilot is believed to be held in Lima after his capture, officials said.") == (
        "Is the pilot held in Lima after his capture?"
    )
