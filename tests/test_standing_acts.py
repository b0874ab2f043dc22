"""Acts the lede tells with a verb ("Gunmen kidnapped ..."), then names with a noun ("The
kidnappings ..."): the noun gets a bracket of what the act was done to (standing/acts.py),
which the verifier accepts. Invented sentences."""

from __future__ import annotations

import dataclasses

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.engines.extractive.standing.acts import acted
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.engines.verify import verify_briefing
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec


@pytest.mark.parametrize(
    "description, head, lede, expected",
    [
        (
            "The kidnappings",
            "kidnappings",
            "Gunmen kidnapped 12 nurses working at a Port Vale clinic, then freed two of them.",
            "of 12 nurses working at a Port Vale clinic",
        ),
        (
            "the attack",
            "attack",
            "A man attacked the Kestland envoy in Dunmore, slashing his arm.",
            "on the Kestland envoy in Dunmore",
        ),
        # a name alone between commas goes with its place; a day ends the object
        (
            "the attack",
            "attack",
            "Militants bombed two shrines in the capital, Dunmore, on Friday.",
            "on two shrines in the capital, Dunmore",
        ),
        # passive: the object stands before the verb, not after it
        ("the attack", "attack", "The Kestland envoy was attacked in Dunmore.", None),
        # a pronoun or nothing that says which
        ("the attack", "attack", "Rebels attacked them in Dunmore.", None),
        ("the attack", "attack", "Rebels attacked the convoy at night.", None),
        # a participle after a noun, not a verb with its object
        ("the kidnapping", "kidnapping", "The four kidnapped Monday are Vellan.", None),
        # a description that already says which, or any one
        ("the Vale attack", "attack", "A man attacked the Kestland envoy in Dunmore.", None),
        ("such an attack", "attack", "A man attacked the Kestland envoy in Dunmore.", None),
    ],
)
def test_acted(description: str, head: str, lede: str, expected: str | None) -> None:
    assert acted(description, head, lede) == expected


def test_the_lede_act_in_brackets_verifies_and_a_forged_one_does_not() -> None:
    article = make_article(
        id="ac",
        title="Nurses taken",
        paragraphs=(
            "Gunmen kidnapped 12 nurses working at a Port Vale clinic, then freed two of them.",
            "Most are from Marrowmere, with others from Kestland.",
            "The kidnappings came days after a raid on a Dunmore oil field.",
        ),
        published="2024-05-02",
    )
    spec = BriefSpec(title="Nurses taken", sources=["seeds/ac.txt"])
    composer = Composer([article], spec)
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("The kidnappings"))
    point = composer.point(Pick(i))
    assert (
        point.text
        == "The kidnappings [of 12 nurses working at a Port Vale clinic] came days after a raid on a Dunmore oil field."
    )
    (ins,) = point.insertions
    assert ins.replaces == "" and ins.citation is not None and ins.citation.sentence == 1
    assert i in composer.editor.acted()  # the sections do without it; the bottom line may use it
    briefing = ExtractiveEngine(model=None).condense([article], spec)
    assert verify_briefing(dataclasses.replace(briefing, summary=(point,)), [article]) == []
    forged = dataclasses.replace(point, insertions=(dataclasses.replace(ins, text="of 12 doctors"),))
    forged = dataclasses.replace(
        forged, text=point.text.replace("of 12 nurses working at a Port Vale clinic", "of 12 doctors")
    )
    assert any("not in" in p for p in verify_briefing(dataclasses.replace(briefing, summary=(forged,)), [article]))


def test_the_number_after_a_hyphen_and_an_event_named_after_anchor_nothing() -> None:
    assert needs("Thirty-four years after the bombing of the Osirak reactor, Iraq has no reactor.") == []
    assert [n.kind for n in needs("Two days after the bombing, Iraq had no reactor.")] == ["description", "anchored"]
    # a name says which event; "on the mall" does not (the rule reads the capital case-sensitively)
    assert [n.kind for n in needs("A year after the attack on the mall, Kestland has no reactor.")] == ["anchored"]


def test_a_relative_that_is_not_a_demonstrative() -> None:
    assert needs("Hadi faces the Houthis, a minority group that's strongest in the north.") == []
    assert [n.kind for n in needs("Kim said that's not true.")] == ["this"]


def test_a_description_being_done_says_which() -> None:
    assert needs("Kim said the deal currently being negotiated in Dunmore would fail.") == []
    assert [n.kind for n in needs("Kim said the deal would fail.")] == ["description"]
