"""Rules found by scoring articles the project had never seen against our own labels of them
(bench/labels/dev): names whole across a middle initial and up to "of", titles that are jobs,
no outlet, thing or scripture as an actor; a state is no "his", a nation's adjective names no
group, "stationed there" says where only elsewhere. Text written for these tests."""

from __future__ import annotations

from test_actors import actors_of

from briefsmith.engines.extractive.standing.needs import needs


def test_a_middle_initial_keeps_the_name_whole() -> None:
    found = actors_of(
        "U.S. District Judge Ana R. Velloso of the Eastern District of Oregon ordered the release of the files. "
        "Velloso said the agency had failed to make its case.",
        "Tomas J. Brandt, who had sued for the files, welcomed the ruling. Brandt said he would publish them.",
    )
    assert "Ana R. Velloso" in found and found["Ana R. Velloso"].role == "U.S. District Judge"
    assert "Tomas J. Brandt" in found
    assert not any(name.endswith((" R", " J")) or " of the " in name for name in found)


def test_an_initial_before_a_common_word_ends_the_name() -> None:
    found = actors_of("He was helped by a friend known only as Pavel K. Like him, Pavel had slept in the station.")
    assert not any("Like" in name for name in found)


def test_a_job_title_is_the_role_not_part_of_the_name() -> None:
    found = actors_of(
        "Velta CEO Mara Lind said the company would appeal. Lind spoke in Riga.",
        "One of the officers, 2nd Lt Jonas Berg, was decorated. Berg served two tours.",
    )
    assert found["Mara Lind"].role == "Velta CEO"
    assert "Jonas Berg" in found
    assert not any(name.startswith(("CEO", "Lt ")) for name in found)


def test_a_newspaper_before_its_editor_does_not_act() -> None:
    found = actors_of(
        "The reporter worked for the Riga Gazette newspaper. Riga Gazette Editor-in-Chief Ivo Sarkans said "
        "she had been threatened. Sarkans called for an inquiry.",
    )
    assert "Riga Gazette" not in found


def test_a_thing_spelt_in_capitals_or_a_scripture_is_no_actor() -> None:
    found = actors_of(
        "Police matched the DNA to a man arrested in 2012. DNA from the scene was sent to a laboratory. "
        "The suspect had burned a copy of the Quran, the prosecutor said. The Quran was found in the car.",
    )
    assert "DNA" not in found and "Quran" not in found


def test_a_state_is_no_his_and_a_one_word_name_can_be_he() -> None:
    proper = {"United", "States", "Ortega", "Lima"}.__contains__
    assert [n.word for n in needs("The United States agreed to a high price for his release.", proper=proper)] == [
        "his"
    ]

    def persons(text: str) -> list[str]:
        return [n.word for n in needs(text, proper=proper) if n.kind == "person"]

    assert persons("If no deal would satisfy Ortega, how does he plan to end the strike?") == []
    assert persons("If no deal would satisfy Lima, how does he plan to end the strike?") == ["he"]  # a capital


def test_a_nations_adjective_names_no_group_and_there_after_a_participle_leans() -> None:
    proper = {"British", "Chadian"}.__contains__
    found = needs("More than 100 British extremists traveled to join the group, officials said.", proper=proper)
    assert [n.word for n in found] == ["the group"]
    found = needs("Chadian soldiers stationed there managed to kill 150 invaders.", proper=proper)
    assert [n.word for n in found] == ["there"]
    assert not any(n.word == "there" for n in needs("Officials reported there were no injuries.", proper=proper))


def test_a_bodys_name_goes_on_through_on_to_and_and() -> None:
    found = actors_of(
        "The U.N. Committee on Forced Labour published its findings on Monday. The Committee on Forced "
        "Labour said the mines must close.",
        "The Committee to Protect Miners said the findings were late. The Committee to Protect Miners "
        "called for an inquiry.",
        "The Northern Farmers and Herders Union rejected the report. The Northern Farmers and Herders Union "
        "said it would strike.",
    )
    assert "Committee on Forced Labour" in found or "U.N. Committee on Forced Labour" in found
    assert "Committee to Protect Miners" in found
    assert "Northern Farmers and Herders Union" in found
    assert not {"Forced Labour", "Protect Miners", "Herders Union"} & set(found)


def test_exercises_called_by_a_name_are_no_actors() -> None:
    found = actors_of(
        "The navies of Chile and Peru began joint exercises, called Sea Lion and Blue Harbor, on Monday. "
        "Peru said last year's Sea Lion and Blue Harbor drills had gone well.",
    )
    assert "Sea Lion" not in found and "Blue Harbor" not in found
    assert "Peru" in found


def test_an_occupation_before_a_name_is_the_role() -> None:
    found = actors_of(
        "When Chilean writer Ana Ferro was arrested in Lima, blogger Tomas Vidal spoke out. Ferro had written "
        "about the mines. Vidal wrote about them too.",
    )
    assert found["Ana Ferro"].role == "Chilean writer"
    assert found["Tomas Vidal"].role == "blogger"


def test_a_one_word_name_with_a_persons_role_is_a_person() -> None:
    found = actors_of(
        "Among the dead was Tarek, a 23-year-old musician from Sfax, the ministry said. Tarek had played "
        "at the festival the night before.",
    )
    assert found["Tarek"].kind == "person"
