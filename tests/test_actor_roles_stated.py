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
