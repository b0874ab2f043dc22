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


def test_names_whole_across_abbreviations_hyphens_and_possessives():
    found = actors_of(
        "Northport Gov. Lena Vask said the harbour would reopen. Gen. Ivo Brandt, the commander of the "
        "coastal brigade, said troops were ready. South Varian President Mirae Song-hee condemned the raid.",
        "Lena Vask later met Ivo Brandt. Mirae Song-hee's office said she spoke with Vask.",
    )
    assert found["Lena Vask"].role == "Northport Gov."
    assert found["Ivo Brandt"].role == "commander of the coastal brigade"  # says more than "Gen."
    assert "Mirae Song-hee" in found and "Mirae Song" not in found
    assert not any(n in found for n in ("Gov", "Gen", "Northport Gov"))


def test_news_outlets_reporters_and_credit_lines_are_not_actors():
    found = actors_of(
        "The Elbonian interior minister, Pavel Ostrow, told CNN that the border would close. "
        "Ostrow said the decision was final, according to Reuters.",
        "Ostrow told CNN's Dana Whitby that talks had failed. Ostrow also spoke to the Tass news agency.",
        "Tass reported that Ostrow would travel on Monday. Ostrow said he would not resign.",
        "CNN's Omar Field and Lisa Pratt contributed to this report.",
    )
    assert "Pavel Ostrow" in found
    for never in ("CNN", "Reuters", "Tass", "Dana Whitby", "Omar Field", "Lisa Pratt"):
        assert never not in found, never


def test_places_named_only_as_where_things_happen_are_not_actors():
    found = actors_of(
        "Fighters loyal to the Velmora Front attacked an army post in Mosul on Monday, and the Velmora Front "
        "said it would attack again. The group said it had also struck in Iraq and Syria.",
        "The Velmora Front said its fighters travelled to Syria. Its leader, Amal Roshdi, said so in Mosul.",
        "A London-based monitoring group counted the dead. Amal Roshdi denied it.",
    )
    assert "Velmora Front" in found and "Amal Roshdi" in found
    for place in ("Mosul", "Syria", "United Kingdom"):
        assert place not in found, place


def test_operations_events_and_documents_are_not_actors():
    found = actors_of(
        "Operation Northern Shield began in March, the defence ministry said. The Arab Spring changed the region. "
        "Veterans of World War II marched, and the Minsk II accord was signed again.",
        "The defence ministry said Operation Northern Shield would go on. Colonel Jana Ruiz said the same.",
    )
    for never in ("Operation Northern Shield", "Arab Spring", "World War II", "Minsk II", "Northern Shield"):
        assert never not in found, never


def test_short_and_long_forms_of_an_organisation_merge_and_relatives_stay_apart():
    found = actors_of(
        "Amnesty International said the trial was unfair. It had spoken to the families, Amnesty said.",
        "Former president Omar Hadid Karim and his son Sami Omar Hadid Karim met the envoy. "
        "Omar Hadid Karim said he would not run again. Sami Omar Hadid Karim said he would.",
        "The court was also criticised by Amnesty.",
    )
    assert "Amnesty" in found["Amnesty International"].aliases and "Amnesty" not in found
    assert "Omar Hadid Karim" in found and "Sami Omar Hadid Karim" in found


def test_groups_named_by_what_they_are():
    found = actors_of(
        "Pro-government Shiite militias attacked the town on Monday. The Shiite militias said they had taken it. "
        "The Saudi-led coalition struck the airport. The Saudi-led coalition said it would strike again.",
    )
    assert found["Shiite militias"].kind == "group"
    assert "Saudi-led coalition" in found


def test_a_whos_who_line_cites_a_sentence_the_points_do_not_already_state():
    from briefsmith.engines.extractive.keyactors import actor_points

    found = actors_of(
        "Defence Minister Ali Karimi ordered the army to the border on Monday.",
        "Karimi said the troops would stay for a month.",
        "The government of Velmora, led by Defence Minister Ali Karimi, denied any plan to invade.",
    )
    karimi = found["Ali Karimi"]
    stated = {karimi.citations[0].sentence}  # as if a point of the briefing quoted that sentence
    line = next(p for p in actor_points([(karimi, 1.0)], lambda c: c.sentence in stated))
    assert line.text == "Ali Karimi — Defence Minister"
    assert karimi.role in line.citations[0].quote  # still where the role is stated
    assert line.citations[0].sentence not in stated


def test_a_body_named_by_whom_or_where_it_serves_is_an_actor():
    found = actors_of(
        "The Karimi administration denied the report on Monday. Two men were arrested, Velmora police said.",
        "On Tuesday Velmora police released one of them, and the Karimi administration promised an inquiry.",
    )
    assert found["Karimi administration"].kind == "state"  # a government acts as its state
    assert found["Velmora police"].kind == "organisation" and found["Velmora police"].mentions == 2


def test_a_role_before_a_rank_and_after_a_preposition_and_never_another_speakers():
    found = actors_of(
        "Velmoran fighter pilot Lt. Anton Rudd was shot down over the border on Monday.",
        "Prosecutors obtained a warrant for the arson suspect, Ilse Marten, a court official said Friday.",
    )
    assert found["Anton Rudd"].role == "Velmoran fighter pilot Lt."
    assert found["Ilse Marten"].role == "arson suspect"


def test_a_platform_named_as_a_medium_and_a_newsroom_at_work_are_no_actors():
    found = actors_of(
        "Photos on Twitter showed police in the square. Videos on Twitter showed the crowd leaving.",
        "CNN on Saturday reached out to the defence lawyer. CNN listened to the recording.",
        "Mayor Karin Holm said the square would reopen on Tuesday.",
    )
    assert "Twitter" not in found and "CNN" not in found
    assert found["Karin Holm"].role == "Mayor"


def test_a_state_named_only_in_a_comparison_is_no_actor():
    found = actors_of(
        "The Velmoran cabinet met in the capital on Monday. The country is becoming much like Syria, Anton Rudd said.",
        "Unlike Syria, Velmora still has a working parliament, Rudd said.",
        "Countries like China have invested in Velmora's mines. China sent engineers to the north in May.",
    )
    assert "Syria" not in found and "Anton Rudd" in found
    assert "China" in found  # an example that acts, not a comparison


def test_a_body_named_by_its_head_keeps_the_person_apart():
    found = actors_of(
        "President Anton Rudd spoke in the capital on Monday. The Rudd administration denied the report.",
        "Rudd said the talks would go on. The Rudd administration later promised an inquiry.",
    )
    assert found["Anton Rudd"].kind == "person" and found["Anton Rudd"].mentions == 2
    assert found["Rudd administration"].kind == "state"


def test_roles_after_a_possessive_in_brackets_and_without_an_article():
    found = actors_of(
        "The recording came from the Iron Front's leader, Anton Rudd. Rudd threatened the capital.",
        "Ilse Marten, first cousin of Karl Holm, said the family was shocked. Marten asked for calm.",
        "Thanks to the VKB (Velmora's secret police), no one speaks freely. The VKB arrested three men.",
        "The women's rights organization ORLA condemned the arrests. ORLA called for a trial.",
    )
    assert found["Anton Rudd"].role == "Iron Front's leader"
    assert found["Ilse Marten"].role == "first cousin of Karl Holm"
    assert found["VKB"].role == "Velmora's secret police"
    assert found["ORLA"].role == "women's rights organization"


def test_a_relative_named_in_a_role_keeps_his_own():
    found = actors_of(
        "Piet Rudd, son of former President Anton Rudd, said the army would stay neutral on Monday.",
        "Piet Rudd later met the generals in the capital.",
    )
    assert found["Piet Rudd"].role == "son of former President Anton Rudd"
    assert found["Anton Rudd"].role == "former President"


def test_people_given_an_age_are_ones_the_story_is_about():
    found = actors_of(
        "The three classmates -- Ilse Marten, 15; Dana Holm, 16; and Mira Vos, 15 -- boarded a flight to the coast.",
        "Police in Velmora said the search for the girls would go on through the weekend.",
    )
    assert {"Ilse Marten", "Dana Holm", "Mira Vos"} <= set(found)


def test_a_state_named_as_parts_of_a_place_or_next_to_a_comparison_is_no_actor():
    found = actors_of(
        "The militia seized large areas of Velmora and Syria in the spring. It holds swaths of Syria now.",
        "Velmora was part of the uprisings, like neighboring Syria. Velmora's army retook the port.",
    )
    assert "Syria" not in found


def test_a_state_whose_army_or_government_is_named_is_an_actor_even_where_it_is_a_place():
    found = actors_of(
        "Velmoran advisers are in Iraq. Drones fly over Iraq every day. The war goes on in Iraq.",
        "Velmora has always had advisers helping the Iraqi government and the Iraqi army, Anton Rudd said.",
        "Anton Rudd met the defence minister of Velmora on Monday.",
    )
    assert "Iraq" in found


def test_a_name_goes_on_past_a_nickname_and_a_rank_alone_names_no_one():
    found = actors_of(
        'Velmoran Defence Minister Anton "Tony" Rudd said the deal was a tragedy. On Tuesday Rudd left for the border.',
        "Assistant Commissioner Ilse Marten told the committee there was a steady flow of recruits.",
        "Two issues remain: 1) Limits on the research and 2) the pace of the inspections.",
    )
    assert found["Anton Rudd"].role == "Velmoran Defence Minister"
    assert found["Anton Rudd"].mentions == 2
    assert found["Ilse Marten"].role == "Assistant Commissioner"
    assert (
        "Assistant" not in found and "Limits" not in found and "Anton" not in found and 'Anton "Tony" Rudd' not in found
    )


def test_a_role_after_a_quotation_closes():
    found = actors_of(
        '"I jumped on the man and we both fell," a witness, Karl Holm, told reporters in Velmora on Monday.',
        "Holm said the attacker had shouted before the blow.",
    )
    assert found["Karl Holm"].role == "witness"


def test_armed_forces_that_act_are_an_actor_beside_their_state():
    found = actors_of(
        "Iraqi forces retook the town of Karmel on Monday. Iraqi troops then advanced on the capital.",
        "Iraq's prime minister, Anton Rudd, praised the Iraqi army. Protesters in Velmora rallied against "
        "the U.S. military presence.",
    )
    forces = found["Iraqi forces"]
    assert forces.kind == "organisation" and set(forces.aliases) >= {"Iraqi troops"}
    assert "U.S. military" not in found  # named in passing, it stays with its state
    found = actors_of(
        "Shelling by Chilean troops was reported near Arica on Monday. Observers said the Chilean army "
        "had been reinforced. Villagers said shells from Chilean forces hit the market.",
        "Chile said it was ready for talks. Chile also recalled its ambassador.",
    )
    assert "Chile" in found  # a story that keeps coming back to them lists them beside their state
    assert any(name.startswith("Chilean") for name in found)


def test_a_long_name_opening_a_sentence_is_whole_and_no_other_persons():
    found = actors_of(
        "Ahmed Ali Abdul Saleh, the son of former President Ali Abdul Saleh, leads the guard.",
        "Ali Abdul Saleh ruled for decades. Armed Houthi fighters seized the port on Monday.",
    )
    assert found["Ahmed Ali Abdul Saleh"].kind == "person"
    assert found["Ali Abdul Saleh"].role == "former President"
    assert "Armed Houthi" not in found


def test_a_bare_role_before_said_is_the_names_own():
    found = actors_of(
        '"He should apologise," Rabbi Karl Holm, founder of the Velmora Memorial Centre said on Monday.',
        "Holm had written to the palace.",
    )
    assert found["Rabbi Karl Holm"].role == "founder of the Velmora Memorial Centre"


def test_a_disease_is_no_actor():
    found = actors_of(
        "Velmora closed its borders because of Ebola. Officials said Ebola had not reached the capital.",
        "The health minister, Ilse Marten, said the borders would reopen in May.",
    )
    assert "Ebola" not in found and "Ilse Marten" in found


def test_people_speaking_after_a_place_give_it_no_role():
    found = actors_of(
        "Gunfire was heard in Karmel, residents said on Monday. In Karmel, villagers said the army had left.",
        "Karmel resident Anton Rudd said the market was closed.",
    )
    assert "Karmel" not in found
    assert found["Anton Rudd"].role == "Karmel resident"


def test_a_verb_before_a_title_is_no_part_of_the_role():
    found = actors_of(
        "The general could barely stand Chilean leader Rosa Ibarra, but the two signed the accord in 1990. "
        "Ibarra said the accord would hold."
    )
    assert found["Rosa Ibarra"].role == "Chilean leader"
    found = actors_of("The video shows al Qaeda leader Omar Said Malik. Malik said the attacks would go on.")
    assert found["Omar Said Malik"].role == "al Qaeda leader"


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name():
    found = actors_of(
        "Valdor Haram, the coast-based terror group, has pledged allegiance to the Crimson Band. "
        "Valdor Haram has had two factions.",
        "Previously Valdor Haram was an outcast among the armed groups, analysts said. "
        "Valdor Haram fighters attacked a town.",
    )
    assert "Valdor Haram" in found
    assert not any(name.startswith("Previously") for name in found)


def test_a_month_after_a_given_name_is_a_surname_and_a_month_before_a_number_a_date():
    found = actors_of(
        "Prime Minister Lena May said on Monday the vote would go ahead. Critics said Lena May had failed.",
        "Opposition leader Karl Ruud said the vote would be held in Geneva May 5. Ruud said so again.",
    )
    assert found["Lena May"].role == "Prime Minister"
    assert not any(name.endswith(" May") and name != "Lena May" for name in found)


def test_a_role_after_the_last_preposition_and_one_of_its_generals():
    found = actors_of(
        "Valdor Haram has pledged allegiance to the Crimson Band, according to an audio message purported to be "
        "from Valdor Haram's leader, Omar Haddad. Haddad said the pledge was final.",
        "Tehran has sent advisers, and one of its top generals, Ivo Brant, has been sent to the front. "
        "Brant met the commanders.",
    )
    assert found["Omar Haddad"].role == "Valdor Haram's leader" and found["Omar Haddad"].kind == "person"
    assert found["Ivo Brant"].role == "one of its top generals"


def test_a_role_after_what_its_sentence_subject_did_is_the_objects_own():
    found = actors_of(
        "The President called Velmoran Ambassador to the Republic of Osra, Ilse Marten, to wish her well.",
        "Marten was treated in hospital, officials said.",
    )
    assert found["Ilse Marten"].role == "Velmoran Ambassador to the Republic of Osra"
    quote = found["Ilse Marten"].citations[0].quote
    assert quote.startswith("Velmoran Ambassador") and quote.endswith("Ilse Marten")
