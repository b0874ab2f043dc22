"""Open questions from what sources say they do not know or have not settled
(engines/extractive/unknowns.py and the forms of questions.py, inferred.py and
subjects.py they rest on), and sentences that leave nothing open, all written for these
tests: the question comes from the main clause, names what it is about, and is a sentence."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import leans, question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

NAMES = {"Chile", "Peru", "Lima", "Quito", "Senate", "Valparaiso"}


def ask(*sentences: str) -> str | None:
    units = units_of([make_article(id="u", title="U", paragraphs=[" ".join(sentences)])])
    q = question_for(units[-1], lambda w: w in NAMES, units[-2] if len(units) > 1 else None)
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # what no one knows
        ("We know nothing about the smugglers' routes.", "What is known about the smugglers' routes?"),
        ("Little is known about the gunman's motives.", "What is known about the gunman's motives?"),
        (
            "Investigators have very little information on the cargo itself.",
            "What is known about the cargo itself?",
        ),
        # an abbreviation does not end the clause asked as it stands
        (
            "It was also unknown whether the envoy who met the mayor is a U.S. citizen.",
            "Is it known whether the envoy who met the mayor is a U.S. citizen?",
        ),
        # a link under investigation
        (
            "Police were investigating a possible connection between the fire and the earlier break-in.",
            "Is there a connection between the fire and the earlier break-in?",
        ),
        (
            'Prosecutors are "looking into" possible links between the two companies in Lima.',
            "Are there links between the two companies in Lima?",
        ),
        # something not yet done to it
        ("The date of the referendum has not been set.", "Has the date of the referendum been set?"),
        (
            "The agency said the ministers had not yet been told about the leak.",
            "Have the ministers been told about the leak?",
        ),
        # speculation, an estimate
        ("There is speculation that the two parties will merge.", "Will the two parties merge?"),
        (
            "An economist at the bank estimates that the real deficit is twice the official figure.",
            "Is the real deficit twice the official figure?",
        ),
        # a denial of two things done ("trained and armed" is one predicate)
        (
            "Lima denies claims by Quito that it has trained and armed the rebels.",
            "Has Lima trained and armed the rebels?",
        ),
        # an agreement sought, a task someone struggles with
        (
            "The two sides are seeking agreement on the route of the pipeline.",
            "Will the two sides reach agreement on the route of the pipeline?",
        ),
        ("The ministry is struggling to pay its nurses.", "Can the ministry pay its nurses?"),
        # a dispute that remained
        (
            "Talks resumed on Monday, but key sticking points remained unresolved.",
            "Will key sticking points be resolved?",
        ),
        # the subject with a relative clause, and with an aside between commas
        (
            "Two men who were seen near the depot could be from Chile, according to investigators.",
            "Could two men who were seen near the depot be from Chile?",
        ),
        (
            "The senators noted that any accord that is not approved by the Senate could be annulled.",
            "Will any accord that is not approved by the Senate be annulled?",
        ),
        (
            "Worse, in the envoy's view, is the possibility that a new cabinet, perhaps dependent on the votes of "
            "the smaller regional parties in the chamber, could abandon the reform.",
            "Could a new cabinet abandon the reform?",
        ),
        # "they" who will is the speaker, of the speaker's number
        (
            "Officials say they will need to consult the unions before signing the accord.",
            "Will officials consult the unions before signing the accord?",
        ),
        ("The mayor said he plans to resign next month.", "Will the mayor resign next month?"),
        # a title or an honorific before a name keeps its capital
        (
            "Chancellor Maria Lopes has said she hopes to announce a deal on the port later on Friday.",
            "Will Chancellor Maria Lopes announce a deal on the port later on Friday?",
        ),
        ("Mr Ortega is expected to name a new cabinet.", "Will Mr Ortega name a new cabinet?"),
    ],
)
def test_what_is_not_known_or_not_settled(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        # a doubt denied, a question put and answered, emphasis that is no condition
        "It's not a question of whether the bridge will be built but when.",
        "There is no doubt that the port will reopen.",
        "Asked whether the port would reopen, the mayor said it was too early to tell.",
        "Continuing on this path will only deepen the crisis.",
        # "they" of another number than the speaker: whom it names, the question cannot say
        "The minister said they plan to resign next month.",
        # a noun's content is no relative clause
        "The fear that the men could be armed grew.",
        # a speaker's own "I"
        "It is unclear what I can do about the flooding, the mayor said.",
    ],
)
def test_nothing_open_or_nothing_a_reader_could_place(sentence):
    assert ask(sentence) is None


def test_a_question_answered_leaves_the_rest_of_its_sentence_to_ask():
    assert ask("Asked whether he would run, the senator said he is unlikely to decide before March.") == (
        "Will the senator decide before March?"
    )


def test_a_condition_still_makes_a_question():
    assert ask("The treaty can only be signed with the consent of both parliaments.") == (
        "Will the treaty be signed with the consent of both parliaments?"
    )


def test_the_it_of_is_it_known_names_nothing_but_a_pronoun_after_it_leans():
    proper = lambda w: w in NAMES  # noqa: E731
    assert not leans("Is it known where the ships came from?", proper)
    assert leans("Is it known where they came from?", proper)
    assert leans("Is it known what prompted her to leave?", proper)
