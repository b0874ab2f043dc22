"""Event descriptions ("the attack", "the war") named in brackets from the article's own
earlier telling (standing/events.py). Invented sentences."""

from __future__ import annotations

import dataclasses

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.engines.extractive.standing.events import telling
from briefsmith.engines.verify import verify_briefing
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec


def told(head: str, *sentences: str) -> str | None:
    """The telling found for `head` in a sentence after these ones."""
    found = telling(head, len(sentences) + 1, dict(enumerate(sentences, start=1)).get)
    return found.words if found else None


@pytest.mark.parametrize(
    "head, sentence, expected",
    [
        ("war", "The Marrow civil war has left the valley in ruins.", "the Marrow civil war"),
        (
            "attack",
            "Gunmen ended the hostage siege at the Vale Museum in Port Vale.",
            "the hostage siege at the Vale Museum in Port Vale",
        ),
        (
            "offensive",
            "Kestland's new offensive to retake Dunmore began at dawn.",
            "Kestland's new offensive to retake Dunmore",
        ),
        (
            "talks",
            "Negotiations between the league and Marrowmere resumed.",
            "negotiations between the league and Marrowmere",
        ),
        # a people's or a compound name describes a thing: often a figure of speech, not who or where
        ("attack", "Rebels launched attacks on Kurdish positions.", None),
        ("attack", "It was an attack on the Kestland-Marrow alliance itself.", None),
        (
            "deal",
            "Envoys want a deal to curb Kestland's missile programme, she said.",
            "deal to curb Kestland's missile programme",
        ),
        (
            "fighting",
            "Clashes marked the fighting between police and Vellan rebels.",
            "the fighting between police and Vellan rebels",
        ),
        ("attack", "The attack on Port Vale ended at noon.", "the attack on Port Vale"),
        # nothing says which: a verb before, a day after, an adjective only
        ("attack", "Rebels launched attacks.", None),
        ("attack", "The attack on Thursday shocked everyone.", None),
        ("attack", "It was a deadly attack.", None),
        # a place's name is not followed by the sentence's verb
        ("campaign", "A Kestland-led campaign in Marrow began.", "Kestland-led campaign in Marrow"),
    ],
)
def test_telling(head: str, sentence: str, expected: str | None) -> None:
    assert told(head, sentence) == expected


def test_the_nearest_telling_that_says_which() -> None:
    sentences = (
        "Gunmen stormed the Vale Museum in an attack on Port Vale.",
        "A similar attack on the Harbour Hotel killed ten people in May.",
        "Witnesses said the attack lasted an hour.",
    )
    assert told("attack", *sentences) == "attack on the Harbour Hotel"  # "the attack" again says nothing: passed over


def composer_of(*paragraphs: str) -> Composer:
    article = make_article(id="ev", title="Siege", paragraphs=paragraphs, published="2024-05-02")
    return Composer([article], BriefSpec(title="Siege", sources=["seeds/ev.txt"]))


def test_a_point_names_the_event_in_brackets_and_verifies() -> None:
    composer = composer_of(
        "Gunmen seized the Vale Museum in Port Vale on Monday, taking forty hostages.",
        "Police ended the hostage siege at the Vale Museum after six hours.",
        "Ferries to the islands were cancelled for the day.",
        "Ten tourists were hurt in the siege, officials said.",
    )
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("Ten tourists"))
    point = composer.point(Pick(i))
    assert point.text == ("Ten tourists were hurt in [the hostage siege at the Vale Museum], officials said.")
    (ins,) = point.insertions
    assert ins.text == "the hostage siege at the Vale Museum" and ins.replaces == "the siege"
    assert ins.citation is not None and ins.citation.sentence == 2
    article = composer.articles[0]
    briefing = ExtractiveEngine(model=None).condense([article], BriefSpec(title="Siege", sources=["seeds/ev.txt"]))
    assert verify_briefing(dataclasses.replace(briefing, summary=(point,)), [article]) == []
    forged = dataclasses.replace(point, insertions=(dataclasses.replace(ins, text="the Harbour Hotel siege"),))
    assert verify_briefing(dataclasses.replace(briefing, summary=(forged,)), [article]) != []


def test_an_event_nothing_names_leaves_the_sentence_unused() -> None:
    composer = composer_of(
        "Residents of Port Vale described a night of panic.",
        "Ferries to the islands were cancelled for the day.",
        "Ten tourists were hurt in the attack, officials said.",
    )
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("Ten tourists"))
    assert composer.editor.fix(i) is None


def test_an_aim_that_names_says_which() -> None:
    from briefsmith.engines.extractive.standing.needs import needs

    assert needs("Kestland asked for air cover for the operation to retake Dunmore.") == []
    assert [n.kind for n in needs("Kestland asked for air cover for the operation to come.")] == ["description"]


def test_a_surname_that_did_something_is_what_his_stands_for() -> None:
    from briefsmith.engines.extractive.standing.needs import needs

    # "kept" is a past tense without "-ed": Lindqvist acts, so "his" is Lindqvist's
    assert needs("Reports say Lindqvist kept a blog, written under his alias Ferryman.") == []
    assert [n.kind for n in needs("Reports say the blog was written under his alias Ferryman.")] == ["person"]
