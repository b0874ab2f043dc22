"""Actors from text written for these tests: kinds, roles from titles, appositions,
role nouns and definitions, aliases, states behind demonyms and capitals, and the
names that are never actors."""

from __future__ import annotations

from briefsmith.engines.extractive.actors import find_actors
from briefsmith.engines.extractive.mentions import Reader
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.model import Actor, Boilerplate
from briefsmith.records.base import make_article


def actors_of(*paragraphs: str, **meta) -> dict[str, Actor]:
    article = make_article(id="t", title=meta.pop("title", "Test story"), paragraphs=paragraphs, **meta)
    ranked = find_actors(Reader(units_of([article])), [article])
    return {a.name: a for a, _ in ranked}


def test_title_before_a_name_is_the_role():
    found = actors_of(
        "Chilean Foreign Minister Rosa Ibarra met her counterpart on Monday. Ibarra said the talks had gone well."
    )
    rosa = found["Rosa Ibarra"]
    assert rosa.kind == "person" and rosa.role == "Chilean Foreign Minister"
    assert rosa.aliases == ("Ibarra",) and rosa.mentions == 2
    assert rosa.citations[0].quote == "Chilean Foreign Minister Rosa Ibarra"


def test_apposition_and_lower_case_role_noun():
    found = actors_of(
        "Tomas Berg, Sweden’s ambassador to the United Nations, said the vote was close. "
        "The plan was criticised by opposition leader Karin Holm on Tuesday."
    )
    assert found["Tomas Berg"].role == "Sweden’s ambassador to the United Nations"
    assert found["Tomas Berg"].citations[0].quote == "Tomas Berg, Sweden’s ambassador to the United Nations"
    assert found["Karin Holm"].role == "opposition leader"


def test_acronym_defined_in_parentheses_is_one_group_with_its_definition():
    found = actors_of(
        "Fighters of the Northern Rivers Brigade (NRB) attacked a convoy near the border.",
        "The NRB is the armed wing of a banned separatist movement. The group has killed dozens of "
        "soldiers. NRB militants also seized a bridge.",
    )
    nrb = found["Northern Rivers Brigade"]
    assert "NRB" in nrb.aliases and nrb.kind == "group"
    assert nrb.role == "armed wing of a banned separatist movement"


def test_states_by_name_alias_demonym_and_acting_capital_but_not_a_capital_as_place():
    found = actors_of(
        "The U.S. said it would send aid. Washington has also urged a ceasefire.",
        "The Kenyan government welcomed the offer. Talks will be held in Nairobi.",
        "Officials in the United States declined to comment.",
    )
    us = found["United States"]
    assert us.kind == "state" and {"U.S.", "Washington"} <= set(us.aliases)
    kenya = found["Kenya"]
    assert kenya.aliases == ("Kenyan government",)  # "in Nairobi" is where, not who


def test_author_publisher_and_sentence_initial_words_are_never_actors():
    found = actors_of(
        "Speaking on Friday, Maria Lopez, the mayor of Quito, thanked the volunteers. "
        "Meanwhile, the Daily Ledger reported that Lopez would run again.",
        "Earlier, reporters asked Lopez about the budget. Jane Reporter contributed to this report.",
        authors=("Jane Reporter",),
        publisher="The Daily Ledger",
        boilerplate=(Boilerplate("credit", "Sam Snapper"),),
    )
    assert "Maria Lopez" in found
    assert found["Maria Lopez"].role == "mayor of Quito"
    for never in ("Speaking", "Meanwhile", "Earlier", "Daily Ledger", "Jane Reporter", "Reporter"):
        assert never not in found


def test_ranked_by_how_much_they_matter():
    found = actors_of(
        "Defence Minister Ali Karimi warned the rebels on Monday. Karimi said the army "
        "would not withdraw. Karimi later met the president.",
        "Omar Nadir, a local official, said the town was quiet.",
    )
    names = list(found)
    assert names[0] == "Ali Karimi"
    assert found["Omar Nadir"].role == "local official"


def test_plural_party_names_merge_and_are_organisations():
    found = actors_of(
        "The Greens said the tax was unfair. A Green spokesman, Ann Lee, said so again. "
        "The Greens will vote against it."
    )
    assert found["Greens"].kind == "organisation"
    assert "Green" not in found


def test_hyphenated_role_noun_before_a_name():
    found = actors_of(
        "Green co-chairman Ansel Brook said the party would not join the coalition. Brook spoke in Leeds."
    )
    assert found["Ansel Brook"].role == "Green co-chairman"


def test_clipped_party_names_merge_with_the_full_name():
    found = actors_of(
        "The Social Democrats won the vote in the northern province on Sunday.",
        "The Soc Dems said they would govern alone. A Soc Dem spokesman declined to comment.",
    )
    assert "Soc Dems" not in found and "Soc Dem" not in found
    merged = found["Social Democrats"]
    assert {"Soc Dems"} <= set(merged.aliases) and merged.mentions >= 2


def test_clipped_forms_found_by_index_among_many_names():
    # Hundreds of other names must not hide (or cost a comparison with) the full form.
    others = " ".join(f"Delegate Number{i} Person{i} spoke." for i in range(300))
    found = actors_of(
        "The Social Democrats won the vote, and the Soc Dems said so again on Monday. " + others,
        "The Soc Dems said the result was clear.",
    )
    assert "Soc Dems" in found["Social Democrats"].aliases
