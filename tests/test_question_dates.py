"""A question phrased from a sentence with "later this month" carries the resolved date
("... later this month [October 2024] ...?"), recorded as a date bracket that the verifier
checks against the words of the cited sentence and the record's date; on sentences written
for these tests."""

from __future__ import annotations

import dataclasses

from briefsmith.engines.brackets import bracket_problems
from briefsmith.engines.extractive.questiondates import dated
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.engines.verify import citation_problem
from briefsmith.model import Point
from briefsmith.records.base import make_article

SENTENCE = "The council could vote on the new tram line later this month, officials said."


def _article(published: str | None):
    return make_article(id="gazette", title="Gazette", paragraphs=[SENTENCE], published=published)


def _point(question: str, published: str | None = "2024-10-14") -> tuple[Point, dict]:
    article = _article(published)
    (unit,) = units_of([article])
    text, inserted = dated(question, [unit])
    return Point(text, (unit.citation(),), insertions=tuple(inserted)), {article.id: article}


def test_a_question_keeps_the_date_its_sentence_resolves_and_it_verifies():
    point, articles = _point("Will the council vote on the new tram line later this month?")
    assert point.text == "Will the council vote on the new tram line later this month [October 2024]?"
    (ins,) = point.insertions
    assert (ins.kind, ins.text, ins.value, ins.replaces) == ("date", "October 2024", "2024-10", "")
    assert ins.citation is not None and ins.citation.quote == SENTENCE
    assert bracket_problems(point, articles, citation_problem) == []


def test_an_undated_record_or_a_question_without_the_words_gets_no_bracket():
    point, _ = _point("Will the council vote on the new tram line later this month?", published=None)
    assert point.insertions == () and "[" not in point.text
    point, _ = _point("Will the council vote on the new tram line?")
    assert point.insertions == ()


def test_the_verifier_rejects_a_wrong_or_misplaced_date_in_a_question():
    point, articles = _point("Will the council vote on the new tram line later this month?")
    (ins,) = point.insertions
    wrong = dataclasses.replace(
        point,
        text=point.text.replace("October 2024", "November 2024"),
        insertions=(dataclasses.replace(ins, text="November 2024", value="2024-11"),),
    )
    assert bracket_problems(wrong, articles, citation_problem)
    # the same date after words the sentence does not hold ("next week")
    moved = "Will the council vote next week [October 2024]?"
    misplaced = dataclasses.replace(point, text=moved, insertions=(dataclasses.replace(ins, at=moved.index("[")),))
    assert bracket_problems(misplaced, articles, citation_problem)
    # a statement (not a question) must still be its quote without the brackets
    said = "The council will vote later this month [October 2024]."
    statement = dataclasses.replace(point, text=said, insertions=(dataclasses.replace(ins, at=said.index("[")),))
    assert any("not its quotes" in p for p in bracket_problems(statement, articles, citation_problem))


def test_a_possessive_keeps_its_ending_before_the_bracket():
    article = make_article(
        id="gazette",
        title="Gazette",
        paragraphs=["Farmers said frost could ruin this year's harvest."],
        published="2024-04-18",
    )
    (unit,) = units_of([article])
    text, inserted = dated("Will frost ruin this year's harvest?", [unit])
    assert text == "Will frost ruin this year's [2024] harvest?"
    point = Point(text, (unit.citation(),), insertions=tuple(inserted))
    assert bracket_problems(point, {article.id: article}, citation_problem) == []
