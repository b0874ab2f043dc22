"""Actor rules of names and places, from text written for these tests: states in long lists of
places and regions of a state ("northern Varnia") are where things happen; a person tied by "of"
to a body or a place is a person beside the body; a title's brief after "for" stays in the role;
a town's name that is a president's surname; peoples' adjectives joined by hyphens before a name."""

from __future__ import annotations

from test_actors import actors_of


def test_states_deep_in_a_list_after_in_are_places():
    found = actors_of(
        "Militant groups in Afghanistan, Algeria, Egypt, Lebanon, Libya, India, Indonesia, Pakistan, the "
        "Philippines and Yemen have pledged allegiance to the Crescent Front. The Crescent Front claimed an "
        "attack on Monday.",
        "The Crescent Front said its fighters would strike again. The Crescent Front also recruits online.",
    )
    assert "Crescent Front" in found
    assert not {"Libya", "Yemen", "Pakistan", "Philippines"} & set(found)


def test_a_region_of_a_state_is_a_place_whatever_stands_before_it():
    found = actors_of(
        "Northern Syria, southern Turkey and northern Iraq have been home to millions of Kurds for centuries. "
        "The Haval Workers Union said on Monday that it would hold talks.",
        "The Haval Workers Union has long demanded autonomy. The Haval Workers Union denied the claims.",
    )
    assert "Haval Workers Union" in found
    assert "Iraq" not in found and "Turkey" not in found


def test_a_person_of_a_body_is_a_person_and_the_body_is_named_too():
    found = actors_of(
        '"The state failed to protect them," said Idris Fahal of Amnesty International. '
        "Amnesty International has called for an inquiry into the killings.",
        "Amnesty International said the authorities had ignored threats against the bloggers.",
    )
    assert "Idris Fahal" in found and found["Idris Fahal"].kind == "person"
    assert "Amnesty International" in found
    assert not any(" of " in name for name in found)


def test_a_titles_brief_after_for_stays_in_the_role():
    found = actors_of(
        "The men conspired to attack the base, according to Assistant Attorney General for National Security "
        "Marcus T. Hale. Hale said the men had trained for months.",
        '"They meant to kill," Hale said in the statement.',
    )
    hale = found["Marcus T. Hale"]
    assert hale.kind == "person"
    assert hale.role == "Assistant Attorney General for National Security"


def test_a_towns_name_that_is_a_presidents_surname_is_an_actor():
    # "Obama" is also a town in Japan: the text's "Obama administration" says whose name it is here.
    found = actors_of(
        "The strategy raises questions for the Obama administration. Last month Obama put forward a proposal "
        "to widen the war.",
        "Obama's proposal mentions the militants by name. Obama's proposal was sent to Congress on Tuesday.",
    )
    assert "Obama" in found


def test_peoples_adjectives_joined_by_hyphens_are_no_part_of_the_name():
    found = actors_of(
        'Karim Dasa, the British-Kuwaiti ISIS fighter known as "the Butcher", was named on Thursday. '
        "Dasa joined ISIS in 2013.",
        "Dasa became the face of ISIS when he appeared in the videos. Dasa was killed in 2015.",
    )
    assert found["ISIS"].mentions == 3
    assert not any("Kuwaiti" in name for name in found)


def test_a_lone_name_that_is_a_who_or_has_a_trade_is_a_person():
    found = actors_of(
        '"They are not even scared," says Idrin, who is also a rights activist. Idrin left Varnia in 2012.',
        '"Things have changed," said Maelis, a law student who gave only her surname. Idrin fled to the coast. '
        '"All of them have closed," said Maelis.',
    )
    assert found["Idrin"].kind == "person"
    assert found["Maelis"].kind == "person"


def test_a_person_with_a_post_near_a_group_is_a_person():
    found = actors_of(
        'The talks stalled in March. "The rhetoric has hardened on both sides," Arlo Venn, chief author of an '
        "International Crisis Group report, wrote. The militant group split in two."
    )
    assert found["Arlo Venn"].kind == "person"


def test_a_role_in_apposition_ends_where_a_relative_who_starts():
    found = actors_of(
        '"Its claims must be true." Idris Fahal, a blogger who himself was wounded by attackers in 2013, said he '
        "would not stop writing. Fahal left the country in May."
    )
    assert found["Idris Fahal"].role == "blogger"


def test_a_portfolio_before_a_bodys_head_is_the_bodys_name():
    found = actors_of(
        "The Justice Department said the two men would appear in court on Friday.",
        "The Justice Department also asked the judge to keep them in custody. The Security Council met on Friday.",
    )
    assert "Justice Department" in found and "Security Council" in found


def test_a_body_named_with_its_brief_after_on_is_a_body():
    found = actors_of(
        "The Committee on Enforced Disappearances asked the government to act within weeks.",
        "The committee said the families had waited too long. The Committee on Enforced Disappearances will "
        "meet again in May.",
    )
    assert found["Committee on Enforced Disappearances"].kind == "organisation"


def test_a_name_the_text_calls_a_town_a_ship_or_a_prison_is_no_actor():
    found = actors_of(
        "In January, the Crescent Front struck Dokoro, a Velmoran town separated by only a river from the "
        "border. Among them was the son of a Dokoro resident.",
        "Another ship, the Marina Bella, docked in the port at that time. Some of the photos came from the "
        "notorious Kesh Alam prison; others showed soldiers abusing Kesh Alam detainees. The Crescent Front "
        "said it would strike again.",
    )
    assert "Crescent Front" in found
    assert not {"Dokoro", "Marina Bella", "Kesh Alam"} & set(found)


def test_a_body_described_as_ruling_a_city_stays_an_actor():
    found = actors_of(
        "The Hamsa League, a movement ruling the city, denied the charges on Monday.",
        "The Hamsa League said its fighters had left the port before the strike.",
    )
    assert "Hamsa League" in found


def test_a_state_agency_speaking_in_its_own_voice_is_a_source():
    found = actors_of(
        "North Korea's state-run KCNA slammed the joint military exercises on Monday, saying they were a "
        "rehearsal for war.",
        '"The situation is again inching close to the brink of a war," KCNA said. North Korea fired two '
        "missiles on Monday.",
    )
    assert "KCNA" not in found


def test_a_clause_after_a_bodys_name_is_no_apposition():
    found = actors_of(
        "According to the Harbour Rights Monitor, the port was closed on Monday.",
        "The Harbour Rights Monitor sued the port authority on Tuesday. The Harbour Rights Monitor won.",
    )
    assert "Harbour Rights Monitor" in found
