"""Roles as the text states them before or around a name, from text written for these tests:
a role noun after a name of a body or a place ("Kremlin critic"), two roles joined by "and",
a stance ("pro-Harbour"), a lower-case possessive ("the city's ... leader"), a body's acronym
in brackets closing an apposition, and a style that is an office ("Pope Clement")."""

from __future__ import annotations

from test_actors import actors_of


def test_a_critic_named_by_whom_he_criticises():
    found = actors_of(
        "Late last year, Kremlin critic Ivo Barsk was found guilty of fraud in a politically charged trial.",
        "Barsk denied the charges and said he would appeal the verdict.",
    )
    assert found["Ivo Barsk"].role == "Kremlin critic"


def test_two_roles_joined_by_and_are_one_role():
    found = actors_of(
        "Rostam's friend and political colleague Lena Sorvik blamed the government for the crackdown.",
        "Sorvik said the police had followed her for weeks before the march.",
    )
    assert found["Lena Sorvik"].role == "Rostam's friend and political colleague"


def test_a_body_joined_by_and_is_no_part_of_the_role():
    found = actors_of(
        "Police and Kremlin critic Ivo Barsk spoke to the crowd outside the court on Monday.",
        "Barsk said the trial had been rigged from the start.",
    )
    assert found["Ivo Barsk"].role == "Kremlin critic"


def test_a_stance_and_a_lower_case_possessive_belong_to_the_role():
    found = actors_of(
        "In a speech last Tuesday, the city's pro-Harbour leader Dan Lam announced that his government "
        "would examine the permits.",
        "Lam said the review would take three months and would hear the traders.",
    )
    assert found["Dan Lam"].role == "city's pro-Harbour leader"


def test_an_acronym_in_brackets_closes_the_apposition():
    found = actors_of(
        '"Our struggle cannot continue as it is," Omar Dersim, longtime leader of the Mountain Workers\' '
        "Party (MWP), said earlier in March.",
        "Dersim called for a new era of talks with the government in the capital.",
    )
    assert found["Omar Dersim"].role == "longtime leader of the Mountain Workers' Party"


def test_a_style_that_is_an_office_is_the_role_when_nothing_says_more():
    found = actors_of(
        "On Sunday, Pope Clement said he learned of the attacks with much pain.",
        "Pope Clement later prayed for the victims and their families in the square.",
    )
    assert found["Pope Clement"].role == "Pope"


def test_a_role_others_give_a_name_with_its_age_between():
    found = actors_of(
        "Rafe Tan and Milo Voss were taken from the prison to the island on Wednesday.",
        "Tan, 31, was called the ringleader of the plot, and Voss was described as Tan's collaborator in the scheme.",
    )
    assert found["Rafe Tan"].role == "ringleader of the plot"
    assert found["Milo Voss"].role == "Tan's collaborator in the scheme"


def test_an_apposition_ends_where_what_the_holder_does_begins():
    found = actors_of(
        '"We need help," says Karim, a Velmoran rights activist now living in Ostrava. Karim said the threats went on.',
        "The war had heated so far that the Border Crisis Group, a conflict resolution organization monitoring "
        "the conflict, counted more than 400 dead. The Border Crisis Group said talks were needed.",
    )
    assert found["Karim"].role == "Velmoran rights activist"
    assert found["Border Crisis Group"].role == "conflict resolution organization"


def test_one_of_a_kind_named_by_such_as():
    found = actors_of(
        "As the party gears up for the campaign, potential candidates such as Jon Hale can set themselves apart.",
        "Hale said he would decide by the summer whether to run for the seat.",
    )
    assert found["Jon Hale"].role == "potential candidate"


def test_a_long_definition_is_cut_at_its_last_preposition():
    found = actors_of(
        "Six months ago this week Karim received a panicked phone call from his friend and fellow student.",
        "Karim is a student at the Rafael Santos Bruno Rural Teacher Training College of Velmora in the hills. "
        "Karim said the police had done nothing.",
    )
    assert found["Karim"].kind == "person"
    assert found["Karim"].role == "student at the Rafael Santos Bruno Rural Teacher Training College"
