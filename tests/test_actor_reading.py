"""How names and roles are read, on text written for these tests: roles stated in a relative
clause, titles after a sentence's first word, abbreviated ranks that do not end a sentence, a
body named after a plural possessive, a faith before a group's name in its other spellings, and
the post a subject holds ("his job as ...")."""

from __future__ import annotations

from test_actors import actors_of

from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def test_a_relative_clause_says_what_the_name_is():
    found = actors_of(
        '"Nobody came to help us," says Ilan Morr, who\'s also a refugee rights activist.',
        "Morr left the city in 2012 and has lived in Oporto since then.",
    )
    assert found["Ilan Morr"].role == "refugee rights activist"


def test_a_relative_clause_of_what_someone_does_is_no_role():
    found = actors_of(
        "Jana Holt, who is suing the city over the eviction, said the court would hear her in May.",
        "Holt said she had lived in the flat for twenty years.",
    )
    assert found["Jana Holt"].role is None


def test_a_sentence_opening_word_is_no_part_of_a_title():
    found = actors_of(
        "Since President Ado Vell came to power, hundreds of people have been detained for their posts.",
        "President Ado Vell denies that anyone is held for what they wrote.",
    )
    assert found["Ado Vell"].role == "President"
    assert "Since" not in found


def test_an_abbreviated_rank_does_not_end_the_sentence():
    text = "Spc. Karel Dunn, 22, was arrested at the airport on Wednesday. Pfc. Ola Berg was not."
    sentences = [u.sentence.text for u in units_of([make_article(id="r", title="R", paragraphs=[text])])]
    assert sentences == ["Spc. Karel Dunn, 22, was arrested at the airport on Wednesday.", "Pfc. Ola Berg was not."]
    found = actors_of(text, "Karel Dunn denied the charges on Thursday.")
    assert found["Karel Dunn"].role == "Spc."


def test_a_body_named_after_a_plural_possessive_keeps_its_whole_name():
    found = actors_of(
        "The United Nations' Committee on Forced Labour criticised Velmora on Wednesday.",
        "The committee said the state had failed to act on its findings.",
    )
    assert found["Committee on Forced Labour"].kind == "organisation"
    assert "Forced Labour" not in found


def test_a_faith_spelt_with_an_apostrophe_is_no_part_of_a_groups_name():
    found = actors_of(
        "For as the winter ended, Shi'ite Dravani rebels from the north moved south and took the capital.",
        "The Dravanis said they would hold the city. Last week, militants bombed two Shi'ite mosques in the "
        "capital. The Dravanis are allied with Velmora.",
    )
    assert "Shi'ite Dravani" not in found
    assert "Dravanis" in found


def test_a_capitals_possessive_names_the_forces_it_owns():
    found = actors_of(
        "Embarrassed by public criticism, the minister belatedly sent a few advisers to help train Kiev's forces.",
        "The minister said more advisers would follow in the summer.",
    )
    assert "Ukraine" not in found  # named only by its forces, trained by others: no actor of its own


def test_a_member_named_after_a_partys_possessive_is_a_person():
    found = actors_of(
        "Whether that person is the Harbour party's Dan Lorne or the opposition Field party's Ada Brenn "
        "makes no difference.",
        "Lorne has promised a referendum by 2017. Brenn said she would vote against it.",
    )
    assert found["Dan Lorne"].kind == "person"
    assert found["Ada Brenn"].kind == "person"


def test_forces_named_only_by_their_capital_are_the_actor():
    found = actors_of(
        "Kiev's forces shelled the rebel town on Monday, the monitors said.",
        "The minister said more advisers would follow in the summer.",
    )
    assert "Ukraine" not in found
    assert found["Kiev's forces"].kind == "organisation"


def test_a_group_named_by_where_it_fights_is_no_place():
    found = actors_of(
        "That month the Yemen-based al Qaeda in the Arabian Peninsula claimed responsibility for the attack.",
        "Al Qaeda in the Arabian Peninsula has threatened more such attacks in Europe.",
        "The group said the attack was revenge for the cartoons.",
    )
    assert found["al Qaeda in the Arabian Peninsula"].kind == "group"


def test_an_arabic_article_opening_a_sentence_stays_in_the_name():
    found = actors_of(
        "Militants loyal to al Qaeda were seen near the border on Friday.",
        "Al Qaeda in the Islamic Maghreb kidnapped two tourists. It said so.",
    )
    assert "Al Qaeda in the Islamic Maghreb" in found
    assert not any(name.startswith("Qaeda") for name in found)


def test_a_figure_of_faith_named_in_the_story_is_no_actor():
    found = actors_of(
        "The blogger had posted comments insulting the Prophet Mohammed, police said.",
        "Prophet Mohammed is revered by Muslims. The blogger was killed on Monday.",
    )
    assert not any("Mohammed" in name for name in found)


def test_a_given_name_ending_as_a_participle_opens_a_sentence_whole():
    found = actors_of(
        "Mohammed Tarek, a shopkeeper, said the blogger was killed on Monday.",
        "Tarek said the police had been warned twice.",
    )
    assert found["Mohammed Tarek"].kind == "person"
    assert "Tarek" not in found


def test_a_long_apposition_is_a_role_cut_at_its_last_preposition():
    found = actors_of(
        '"What I saw shattered me," said Ola Venn, the head of the Northern Harbour Relief and Works Agency '
        "for Displaced Fishing Families, on Monday.",
        "Venn said the agency would open two more shelters.",
    )
    assert found["Ola Venn"].role == "head of the Northern Harbour Relief and Works Agency"


def test_the_post_a_subject_holds_is_its_role():
    found = actors_of(
        "Ilse Marten appears poised to keep her job as Velmora's Prime Minister, declaring victory on Sunday.",
        "Marten said the coalition talks would begin on Monday.",
    )
    assert found["Ilse Marten"].role == "Velmora's Prime Minister"


def test_the_post_is_not_given_to_the_subject_past_another_name():
    found = actors_of(
        "Karel Dunn met Ilse Marten in her post as foreign minister on Tuesday.",
        "Dunn said the talks went well.",
    )
    assert found["Karel Dunn"].role is None


def test_a_post_left_is_no_role():
    found = actors_of(
        "Ilse Marten resigned from her post as foreign minister on Tuesday.",
        "Marten said she would return to teaching.",
    )
    assert found["Ilse Marten"].role is None
