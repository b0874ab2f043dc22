"""A body the text named before by a name with the description's word ("the committee" after
"the Committee on Enforced Disappearances") is put in brackets; a description said right
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


def test_the_committee_is_the_committee_named_before():
    said = _statements(
        "The Committee on Enforced Disappearances asked the Velmoran government to act within weeks. "
        "Hours after the committee published its conclusions, the Velmoran government rejected them."
    )
    assert said[1] == (
        "Hours after [the Committee on Enforced Disappearances] published its conclusions, "
        "the Velmoran government rejected them."
    )


def test_two_bodies_named_so_just_before_leave_the_observatory_open():
    said = _statements(
        "The Border Observatory has monitored the frontier since 2012. The Velmoran Observatory for Human "
        "Rights is based abroad.",
        "The Velmoran Observatory for Human Rights said on Monday that 40 people died; the Border Observatory "
        "said 60 died.",
        "Hours after the observatory published its figures, the Velmoran government rejected them.",
    )
    assert "[" not in said[-1]  # which of the two? none is put in: the sentence before is quoted with it
    assert said[-1].endswith(
        "Hours after the observatory published its figures, the Velmoran government rejected them."
    )


def test_a_description_said_after_a_dash_leans_on_nothing():
    assert needs("The deaths -- of Omar Tal, of Ivo Barsk -- have emboldened the bloggers of Dhaka.") == []
    assert needs("The deaths have emboldened the bloggers of Dhaka.")
