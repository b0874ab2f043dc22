"""Section lexicons on sentences written for these tests (never on evaluation text):
each goes to the section whose meaning it carries, or to none."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.lexicons import LEXICONS, Lexicon
from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sections import BACKGROUND_THRESHOLD, THRESHOLD, Sorter
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

CASES = [
    ("Border guards seized a shipment of heroin and automatic weapons bound for the militants.", "security_rationale"),
    ("The ministry warned that the insurgents were planning attacks on fuel depots.", "security_rationale"),
    ("A suicide bomb killed eleven soldiers at a checkpoint on Sunday.", "security_rationale"),
    ("Journalists who covered the protests were detained without charge.", "human_rights"),
    ("Girls have been barred from secondary schools and women from most jobs.", "human_rights"),
    ("Aid groups said famine threatens two million displaced people.", "human_rights"),
    ("Religious minorities face persecution and arbitrary arrest.", "human_rights"),
    (
        "The two countries established diplomatic relations in 1992 and signed a trade treaty a decade later.",
        "background",
    ),
    ("The summit was the first meeting of the leaders since the border war ended in 2008.", "background"),
    ("It remains unclear whether the new envoy will be accepted by the council.", "open_questions"),
]
NOWHERE = [
    "The weather was mild and the roads were quiet on the way to the coast.",
    "Social security payments will rise in April for most pensioners.",
    "She thanked the volunteers who had painted the hall.",
]


def sorter_for(sentences):
    article = make_article(id="s", title="Test", paragraphs=sentences)
    units = units_of([article])
    spec = BriefSpec(title="t", sources=("s",))
    questions = {i: q for i, u in enumerate(units) if (q := question_for(u, lambda w: False))}
    return units, Sorter(units, Scores(units, [article.title]), spec.section_choices(), questions)


@pytest.mark.parametrize(("sentence", "section"), CASES)
def test_sentence_goes_where_it_belongs(sentence, section):
    units, sorter = sorter_for([sentence, *NOWHERE])
    best = sorter.best(0)
    assert best is not None and best.section == section


@pytest.mark.parametrize("sentence", NOWHERE)
def test_sentence_that_fits_no_theme(sentence):
    units, sorter = sorter_for([sentence])
    fits = {s: sorter.fit(0, s) for s in ("security_rationale", "human_rights", "open_questions")}
    assert all(v < THRESHOLD for v in fits.values()), fits
    assert sorter.fit(0, "background") < BACKGROUND_THRESHOLD


def test_negative_phrases_cancel_a_misleading_word():
    unit = units_of([make_article(id="x", title="x", paragraphs=["Social security costs keep rising."])])[0]
    assert LEXICONS["security_rationale"].score(unit.words) == 0


def test_analyst_keywords_match_word_forms():
    lex = Lexicon(words=["economy", "oil price"])
    unit = units_of(
        [make_article(id="x", title="x", paragraphs=["Economic growth slowed as the oil price fell again."])]
    )[0]
    assert set(lex.matches(unit.words)) == {"econo", "oil price"}


def test_an_armed_group_the_classifier_files_as_background_goes_to_security_when_close():
    # The classifier's probabilities are given: the rule is the sorter's, not the model's.
    sentences = ["The group had been operating as the regional wing of a larger movement."] * 3
    article = make_article(id="s", title="Test", paragraphs=sentences)
    units = units_of([article])
    spec = BriefSpec(title="t", sources=("s",))

    def probs(security):
        return {
            "background": 0.55,
            "security_rationale": security,
            "human_rights": 0.01,
            "open_question": 0.01,
            "none": 0.43 - security,
        }

    p = [probs(0.40), probs(0.40), probs(0.20)]
    sorter = Sorter(units, Scores(units, [article.title]), spec.section_choices(), {}, None, p, [True, False, True])
    assert [sorter.best(i).section for i in range(3)] == ["security_rationale", "background", "background"]


def test_a_central_sentence_close_to_security_goes_to_security():
    # The probabilities are given; of three sentences, the first is the central one (top third).
    sentences = [
        "Officials described the new deployment plan to reporters on Monday.",
        "The deployment plan was described again by the officials.",
        "She thanked the volunteers who had painted the hall.",
    ]
    article = make_article(id="s", title="Test", paragraphs=sentences)
    units = units_of([article])
    spec = BriefSpec(title="t", sources=("s",))

    def probs(background, security):
        rest = 1.0 - background - security
        return {"background": background, "security_rationale": security, "human_rights": rest / 2,
                "open_question": rest / 4, "none": rest / 4}  # fmt: skip

    def sections(p):
        sorter = Sorter(units, Scores(units, [article.title]), spec.section_choices(), {}, None, p, [False] * 3)
        assert [sorter.central(i) for i in range(3)] == [True, False, False]
        return [sorter.best(i).section for i in range(3)]

    # sure enough of background (0.55), but security close (0.44 * SECURITY_TIE > 0.55): central only
    close = probs(0.55, 0.44)
    assert sections([close, close, close]) == ["security_rationale", "background", "background"]
    far = probs(0.62, 0.30)  # security not close: background, central or not
    assert sections([far, far, far]) == ["background", "background", "background"]


def test_a_plain_security_statement_the_classifier_files_as_background_goes_to_security_when_close():
    # The probabilities are given: the rule is the sorter's. The first two sentences' own words
    # speak of security (military, intelligence); the third's do not.
    sentences = [
        "The country has kept its military spending high for a decade.",
        "Baghdad will make use of intelligence shared by its partners.",
        "The country has kept its spending on schools high for a decade.",
    ]
    article = make_article(id="s", title="Test", paragraphs=sentences)
    units = units_of([article])
    spec = BriefSpec(title="t", sources=("s",))

    def probs(security):
        return {"background": 0.6, "security_rationale": security, "human_rights": 0.01,
                "open_question": 0.01, "none": 0.38 - security}  # fmt: skip

    def sections(p):
        sorter = Sorter(units, Scores(units, [article.title]), spec.section_choices(), {}, None, p, [False] * 3)
        return [sorter.best(i).section for i in range(3)]

    assert sections([probs(0.32)] * 3) == ["security_rationale", "security_rationale", "background"]
    assert sections([probs(0.2)] * 3) == ["background", "background", "background"]  # security not close
