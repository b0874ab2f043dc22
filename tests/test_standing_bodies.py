"""A body the text named before by a name with the description's word ("the agency" after
"the Velmora Relief and Works Agency") is put in brackets; a description said right
after a dash ("The deaths -- of X, of Y --") leans on nothing. Text written for these tests."""

from __future__ import annotations

from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec


def _statements(*paragraphs: str) -> list[str]:
    article = make_article(id="t", title="Test", paragraphs=list(paragraphs))
    composer = Composer([article], BriefSpec(title="t", sources=["x"]))
    return [composer.editor.statement(i)[0] for i in range(len(composer.units))]


def test_the_agency_is_the_agency_named_before():
    said = _statements(
        "The Velmora Relief and Works Agency asked the government to open the camp within weeks. "
        "Hours after the agency published its appeal, the Velmoran government rejected it."
    )
    assert said[1] == (
        "Hours after [the Velmora Relief and Works Agency] published its appeal, the Velmoran government rejected it."
    )


def test_two_bodies_named_so_just_before_leave_the_agency_open():
    said = _statements(
        "The Border Agency has monitored the frontier since 2012. The Velmoran Relief and Works Agency "
        "is based abroad.",
        "The Velmoran Relief and Works Agency said on Monday that 40 people died; the Border Agency said 60 died.",
        "Hours after the agency published its appeal, the Velmoran government rejected them.",
    )
    assert "[" not in said[-1]  # which of the two? none is put in: the sentence before is quoted with it
    assert said[-1].endswith("Hours after the agency published its appeal, the Velmoran government rejected them.")


def test_a_description_said_after_a_dash_leans_on_nothing():
    assert needs("The deaths -- of Omar Tal, of Ivo Barsk -- have emboldened the bloggers of Dhaka.") == []
    assert needs("The deaths have emboldened the bloggers of Dhaka.")
