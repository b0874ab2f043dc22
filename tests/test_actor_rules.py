"""Actor rules, from text written for these tests: names that are no actors (a monitor that only
says what happened, a speaker's employer, a person named for what a place is known for, a state
that no longer exists or is named only as where things happen, a programme's title, a medium);
groups named only by a common noun; party nicknames; roles after a group's name, before a rank
and at a workplace."""

from __future__ import annotations

from test_actors import actors_of

from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.mentions import Reader
from briefsmith.engines.extractive.nonactors import setting
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def test_a_monitor_brought_in_as_a_source_that_only_says_is_no_actor():
    found = actors_of(
        "Rebel fighters of the Free Valley Front seized the town of Almar on Friday, according to the "
        "Northern Observatory for Civil Liberties (NOCL), a monitoring group based abroad.",
        "The Free Valley Front later withdrew from the town. “Dozens were killed,” NOCL said in a statement. "
        "The Free Valley Front denied that its fighters had shelled homes, NOCL said.",
    )
    assert "Northern Observatory for Civil Liberties" not in found and "NOCL" not in found
    assert "Free Valley Front" in found


def test_a_monitor_that_acts_stays_an_actor():
    found = actors_of(
        "According to the Harbour Rights Monitor, the port was closed on Monday.",
        "The Harbour Rights Monitor sued the port authority on Tuesday and won an injunction. "
        "The Harbour Rights Monitor has also sent observers to the port.",
    )
    assert "Harbour Rights Monitor" in found


def test_a_speakers_employer_is_no_actor():
    found = actors_of(
        "Lena Morrow, an expert on the movement and is with the Halvorsen Institute, said the recording was genuine. "
        "Morrow said the movement had lost ground."
    )
    assert "Halvorsen Institute" not in found
    assert "Lena Morrow" in found


def test_a_person_named_for_what_a_place_is_known_for_is_no_actor():
    found = actors_of(
        "Government troops entered Varno on Tuesday. Varno is best known as the birthplace of the former "
        "dictator Anton Brel. The troops met little resistance, officials said."
    )
    assert "Anton Brel" not in found


def test_a_state_that_no_longer_exists_is_history_not_an_actor():
    found = actors_of(
        "Informing on neighbours has become routine again, as it was in the Soviet Union. "
        "In the Soviet Union, such letters sent thousands to the camps, the historian Irma Lask said."
    )
    assert "Soviet Union" not in found


def test_a_state_named_mostly_as_where_people_go_is_no_actor_but_one_that_acts_is():
    found = actors_of(
        "Three students suspected of travelling to Narnia to join the Crimson Band were seen at the airport. "
        "Police believe they crossed into Narnia on Sunday. Many recruits have gone to Narnia, and "
        "Narnia's armed factions have grown. Guards stop travellers crossing into Narnia.",
        "Chile said it would close its border. Chile has also recalled its ambassador.",
    )
    assert "Chile" in found
    found = actors_of(
        "Students suspected of travelling to Syria to join the Crimson Band were seen at the airport. "
        "Police believe they crossed into Syria on Sunday. Many recruits have gone to Syria, and "
        "the armed factions there have grown. Guards stop travellers crossing into Syria."
    )
    assert "Syria" not in found


def test_a_group_named_only_by_a_common_noun_that_acts_is_listed():
    found = actors_of(
        "Protesters blocked the main road into Ardan on Monday. The protesters demanded the release of "
        "their leader, Amos Tiller. Police fired tear gas, and the protesters retreated to the square.",
        "Police later arrested twelve people.",
    )
    assert found["Protesters"].kind == "group"
    assert "the protesters" in found["Protesters"].aliases
    assert found["Police"].kind == "organisation"


def test_a_common_noun_for_a_named_group_is_no_second_actor():
    found = actors_of(
        "Hadrian rebels seized the airport on Monday. The rebels then advanced on the port, and "
        "the rebels said they would hold it. The Hadrian movement has fought the army for years, and "
        "the rebels said they would hold it."
    )
    assert "Rebels" not in found


def test_a_common_noun_named_once_is_no_actor():
    found = actors_of("Rico Sand, the mayor, said tourists should stay away. Sand closed the beaches.")
    assert "Tourists" not in found


def test_a_body_named_by_its_region_and_a_franchise_keep_their_whole_names():
    found = actors_of(
        "The Organization for Peace and Trade in Europe said it would send monitors. "
        "The Organization for Peace and Trade in Europe has also called for talks.",
        "Fighters of al Qaeda in the Islamic Maghreb attacked the base. "
        "Al Qaeda in the Islamic Maghreb later claimed the attack.",
        "Tasmania police said the suspect was arrested on Sunday.",
    )
    assert "Organization for Peace and Trade in Europe" in found
    assert any(name.lower() == "al qaeda in the islamic maghreb" for name in found)
    assert "Tasmania police" in found


def test_a_programme_title_and_a_medium_are_no_organisations():
    found = actors_of(
        "TV presenter Jane Abbot said the minister had been unfairly treated. "
        "Ms Abbot, who presents The Golden Hour tells the film-maker that she had doubts. Abbot said so again."
    )
    assert "Jane Abbot" in found
    assert "TV" not in found and "Golden Hour" not in found


def test_a_party_nickname_is_the_party_the_text_names():
    found = actors_of(
        "The Tories dismissed the plan as a gimmick. The Conservatives would announce their own proposals, "
        "a spokesman said. The Conservatives have also attacked the budget. The Tories say it is too late."
    )
    assert "Conservatives" in found and "Tories" not in found
    assert "Tories" in found["Conservatives"].aliases


def test_a_groups_own_description_after_its_name_is_its_role():
    found = actors_of(
        "The joint forces raised the flag over the depot, the Kaddar Brotherhood paramilitary force said. "
        "The Kaddar Brotherhood has fought beside the army since June, and the Kaddar Brotherhood "
        "said it would stay."
    )
    assert found["Kaddar Brotherhood"].role == "paramilitary force"


def test_a_role_in_apposition_before_a_rank_and_a_workplace_after_a_name():
    found = actors_of(
        "The envoy had clashed with former national security adviser, retired Gen. Harold Voss, in 2011. "
        "Voss later left the post.",
        "He will stay in hospital for three days, said Dr. Mina Calder at Riverside General Hospital. "
        "The wound is deep, Dr. Calder said.",
    )
    assert found["Harold Voss"].role == "former national security adviser"
    assert found["Mina Calder"].role == "Riverside General Hospital"


def test_a_state_whose_troops_come_from_it_is_no_mere_place():
    text = (
        "Troops from Ruritania and Chad launched raids against the Crimson Band on Monday. "
        "Soldiers from Ruritania and Chad confronted the fighters near the river. "
        "The Crimson Band has attacked villages across the border with Chad."
    )
    article = make_article(id="t", title="Test story", paragraphs=(text,))
    chad = Entity("Chad", "TD", [m for m in Reader(units_of([article])).mentions() if m.state == "TD"])
    assert len(chad.mentions) == 3 and not setting(chad)
    placed = text.replace("Troops from", "Families in").replace("Soldiers from", "Villagers in")
    moved = make_article(id="t", title="Test story", paragraphs=(placed,))
    chad = Entity("Chad", "TD", [m for m in Reader(units_of([moved])).mentions() if m.state == "TD"])
    assert setting(chad)  # "families in Chad": where they live


def test_a_state_named_as_a_neighbour_or_by_its_parts_is_a_place():
    text = (
        "Last year, in Ruritania's neighbour Chad, a local branch of the Crimson Band attacked a hotel. "
        "The band now holds a tenth of the landmass of Chad. Attacks in Chad have grown since."
    )
    article = make_article(id="t", title="Test story", paragraphs=(text,))
    chad = Entity("Chad", "TD", [m for m in Reader(units_of([article])).mentions() if m.state == "TD"])
    assert len(chad.mentions) == 3 and setting(chad)


def test_a_programme_named_before_a_newsroom_job_is_an_outlet_and_a_style_alone_a_person():
    found = actors_of(
        "Nightwatch journalist Ben Loy said the party had been warned. Loy said it twice. "
        "The Queen met survivors at the memorial. The Queen laid a wreath, and the Nazis were remembered. "
        "The Queen later spoke of the camps built by the Nazis in the war."
    )
    assert "Nightwatch" not in found and "Ben Loy" in found
    assert found["Queen"].kind == "person"
    assert not {"Nazi", "Nazis"} & set(found)


def test_a_weapon_a_credit_opening_and_a_relative_named_in_passing_are_no_actors():
    found = actors_of(
        "(WNN)Whoever wins the vote in May will face hard choices, the analyst Mara Quill said. "
        "Gunmen armed with Kalashnikovs opened fire on the market in Tolva on Monday, police said.",
        "Governor Pete Arlen said his wife Dana was safe. Arlen said the police would find the attackers. "
        "“Dana and I are grateful,” Arlen said later. The gunmen fled north, police said.",
    )
    assert "Whoever" not in found and "Kalashnikovs" not in found and "Dana" not in found
    assert "Pete Arlen" in found and "Mara Quill" in found
    # "(WNN)Gunmen ...": a capital after the opening credit proves no name; the band is a group
    assert "Gunmen" in actors_of(
        "(WNN)Gunmen opened fire on the market in Tolva on Monday. The gunmen fled north, police said. "
        "Witnesses said the gunmen wore masks.",
    )


def test_a_relative_who_acts_is_an_actor_and_a_state_that_acts_is_no_mere_topic():
    found = actors_of(
        "His brother Omar planted the bomb, prosecutors said. Omar fled to the coast after the blast. "
        "Omar was arrested on Friday.",
        "Chile will lead on Peru diplomacy, the minister said. Chile sent envoys to Lima. "
        "Chile said talks would go on.",
    )
    assert "Omar" in found and "Chile" in found


def test_a_state_named_only_as_what_a_policy_is_about_is_a_topic():
    found = actors_of(
        "Britain let Paris and Madrid take the lead on Chile diplomacy, officials in London said. "
        "The Chile crisis has divided the cabinet. Britain said it would review its Chile policy. "
        "Ministers will debate the Chile question again in June.",
    )
    assert "Chile" not in found
    assert "United Kingdom" in found


def test_two_transliterations_of_one_name_are_one_actor_but_hassan_is_not_hussein():
    found = actors_of(
        "Fighters of the Hashd Al-Shaabi militia entered the town on Monday. The al-Hashed al-Shaabi "
        "commanders said the town was theirs. Hashd Al-Shaabi units later withdrew.",
        "Ali Hassan, a local official, said the town was calm. Ali Hussein, a shopkeeper, said he had fled. "
        "Hassan said food was short. Hussein said his shop was looted.",
    )
    assert ("Hashd Al-Shaabi" in found) != ("al-Hashed al-Shaabi" in found)
    assert "Ali Hassan" in found and "Ali Hussein" in found


def test_a_body_named_only_in_a_persons_role_is_no_actor():
    found = actors_of(
        "General Omar Daly, chairman of the Ruritanian Joint Staff Board, said the offensive would go on. "
        "Daly said the troops were ready. Daly met the Crimson Band's envoys on Friday. "
        "The Crimson Band said the talks had failed.",
    )
    assert "Omar Daly" in found
    assert not any("Joint Staff Board" in name for name in found)


def test_a_place_people_visit_or_travel_to_is_no_actor_but_a_body_they_visit_that_acts_is():
    found = actors_of(
        "The foreign minister will visit Kelmor Camp for the anniversary of its liberation. "
        "Thousands were held at Kelmor Camp. Survivors travelled back to Kelmor Camp last year.",
        "The minister said the Varden Council had invited him. The Varden Council will host a reception, "
        "and the Varden Council said it welcomed the visit.",
    )
    assert "Kelmor Camp" not in found
    assert "Varden Council" in found


def test_a_first_name_after_a_kinship_word_is_a_person():
    found = actors_of(
        "Mr Halloran's father Matteo was arrested when travelling to the capital to help his son. "
        "Matteo later said he had been beaten in custody, and Matteo died in prison."
    )
    assert found["Matteo"].kind == "person"


def test_a_name_told_once_of_two_times_as_a_group_is_a_group():
    found = actors_of(
        "Earlier this month, Dorma Kestra -- another extremist group known for mass abductions -- pledged "
        "allegiance to Ansel Varga. The pledge gives Varga a gateway to the coast, Dorma Kestra's home."
    )
    assert found["Dorma Kestra"].kind == "group"


def test_a_styled_name_and_its_bare_form_are_one_person():
    found = actors_of(
        "King Tomas III, a supporter of the coalition, said Varnia would retaliate. "
        '"We will not be intimidated," Tomas said. Tomas also said his army was ready. The King has ruled since 1999.',
        "Supreme Leader Ayatollah Reza Dastani said the talks had failed. Dastani also said the envoy had lied. "
        "The Ayatollah insisted that sanctions end first.",
    )
    assert found["King Tomas III"].kind == "person" and "Tomas" not in found and "Tomas III" not in found
    assert "Ayatollah Reza Dastani" in found and "Dastani" not in found
