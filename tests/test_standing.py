"""Points that stand alone: what a sentence shown alone leans on, and how the engine
resolves it as an editor would (square brackets drawn from the article's own words, or
the sentence before quoted with it), or leaves the sentence out. Sentences written for
these tests."""

from __future__ import annotations

import dataclasses

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.compose import Composer
from briefsmith.engines.extractive.compress import tighten
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.engines.verify import verify_briefing
from briefsmith.model import Article, Briefing, Point
from briefsmith.records.base import make_article
from briefsmith.render import json as briefing_json
from briefsmith.workspace.spec import BriefSpec

FERRY_TALKS = (
    "Officials of the Coastal League met envoys of the Harbour Front in Port Vale on Tuesday to discuss "
    "a ceasefire in the Grey Strait.",
    "Maria Lindqvist, the league's chief negotiator, said the talks had gone well. She said a second "
    "round would follow next month.",
    "The Harbour Front has attacked ferries in the Grey Strait since 2019. It claimed responsibility for a "
    "bombing in Port Vale harbour that killed nine passengers.",
    '"We will not give up the islands," said Tomas Reyes, a spokesman for the Harbour Front. '
    '"Our fighters are ready to defend every village in the Grey Strait."',
    "Reyes added that the Harbour Front would free two ferry crews held since January.",
    "Rights groups said the Harbour Front had detained journalists in the Grey Strait islands. "
    "They said the front also barred girls from school.",
    "Later, the two sides agreed to meet again.",
)


def composed(id: str, title: str, paragraphs: tuple[str, ...], published: str | None) -> tuple[Article, Composer]:
    """A one-article record and the engine's composer over it, as a brief of it would make."""
    article = make_article(id=id, title=title, paragraphs=paragraphs, published=published)
    return article, Composer([article], BriefSpec(title=title, sources=[f"seeds/{id}.txt"]))


def kinds(sentence: str) -> list[str]:
    text, start, end = tighten(sentence)
    return [n.kind for n in needs(text, sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He said the plan would fail.", ["person"]),
        ("But he said the talks would go on.", ["person"]),  # dropping "But" cures nothing
        ("The group claimed responsibility for the attack on the port.", ["description"]),
        ("This has triggered widespread poverty across Port Vale.", ["this"]),
        ('"We are ready to fight for every village."', ["speaker"]),
        ("We walked past the harbour in Port Vale every morning.", ["author"]),
        ("and the ministers of Port Vale agreed.", ["fragment"]),
        ("Two weeks later, the envoys returned to Port Vale.", ["anchored"]),
        ("Most were freed by the Coastal League.", ["quantity"]),
        ("Such attacks have become rare in Port Vale.", ["description"]),
        ("The Coastal League declined to comment.", ["anchored"]),  # on what?
        ("Maria Lindqvist did not say.", ["anchored"]),
        ("Port Vale police were reviewing their rules in light of what had happened.", ["anchored"]),
        ("Whether that person is Maria Lindqvist or Tomas Reyes matters little.", ["this"]),
        ("Kestland shares a border with Marrowmere there.", ["anchored"]),  # where?
        ("Officials there said the bridge to Port Vale was closed.", ["anchored"]),
        ("There are two ferries left in Port Vale.", []),  # "there are": no place meant
        ("Rebels hold much of the Marrow state, where ferries no longer run.", []),  # a place's name
        ("The chances that talks between Kestland and Marrowmere succeed are small.", []),  # "that" joins
        ("Kestland rejected that proposal from Marrowmere.", ["this"]),
        ("The Vellan rebels are a minority in Port Vale.", []),  # the group's name says whose
        ("The ferry trade in Norway is declining, leaving crews idle across the country.", []),  # Norway
        ("Over the weekend, Norway evacuated its crews from the country.", ["description"]),  # another one
        ("Norwegian officials said the country was on the brink of collapse.", ["description"]),
        ("The Iraqi officials stressed that Port Vale was safe.", ["description"]),  # which officials?
        ("The southern state has failed to stop the raids on Port Vale.", ["description"]),  # which one?
        ("The Norwegian state has failed to stop the raids on Port Vale.", []),  # Norway's
        ('Kestland\'s "all options are on the table" policy has not changed.', []),  # a phrase quoted
        ("Riots broke out in Port Vale and police there said ten were hurt.", []),  # named in the sentence
        ("Port Vale officials doubt the two groups would agree.", ["description"]),  # one name is not two
        ("The council voted in May to close the harbour.", ["description"]),  # 'voted in' is its own verb
        ("The answer to their demands will be slow, rooted in the work of local councils.", ["plural"]),
        ("The biggest cost was the ferry tickets, the newspaper said.", ["description"]),  # which newspaper?
        ("Port Vale officials put the death toll at 48.", ["description"]),  # 'at 48' says how many, not which
        ('"We need calm," said Ines Alder, the group\'s deputy director.', ["description"]),  # a person is no group
        ("Foreign Minister Ines Alder spoke for the group.", ["description"]),
        ("The Kestland officials stressed that nothing was agreed.", ["description"]),  # which officials?
        ("A search of his home found maps, police said.", ["person"]),  # the police are not "his"
    ],
)
def test_what_a_sentence_leans_on(sentence: str, expected: list[str]) -> None:
    assert set(expected) <= set(kinds(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in Port Vale said talks with the Coastal League would resume in May.",
        "It is unclear whether the truce in the Grey Strait will hold.",
        "The attack on the embassy in Port Vale killed four guards.",
        "Maria Lindqvist, the league's chief negotiator, said she was hopeful.",
        "The Coastal League said its patrols would stay in the Grey Strait.",
        "Port Vale's harbour, the busiest in the region, reopened after the storm.",
        "The Coastal League declined to comment on the ferry crews.",
        "In his speech, Ivan Petrov said the port would reopen.",
        "Realising his error, Mr Petrov then wrote to the council.",
        "Police said the Kestland soldiers had left Port Vale.",
        "Officials said that man was Tomas Reyes.",
        "The crews stepping ashore in Port Vale were cheered.",  # said which crews
    ],
)
def test_sentences_that_stand_alone(sentence: str) -> None:
    assert kinds(sentence) == []


def condense(paragraphs=FERRY_TALKS, published: str | None = "2024-05-02") -> tuple[Briefing, object]:
    article = make_article(
        id="ferry-talks", title="Strait talks open", paragraphs=paragraphs, published=published, publisher="Wire"
    )
    spec = BriefSpec(title="Strait talks", sources=["seeds/ferry-talks.txt"], max_points=10)
    return ExtractiveEngine().condense([article], spec), article


def all_points(b: Briefing) -> list[Point]:
    return [*b.summary, *(p for s in b.sections if s.kind != "actors" for p in s.points)]


def made(words: str, published: str | None = "2024-05-02") -> Point | None:
    """The point the sentence holding `words` makes (None: it does not stand alone)."""
    article = make_article(id="ferry-talks", title="Strait talks open", paragraphs=FERRY_TALKS, published=published)
    composer = Composer([article], BriefSpec(title="Strait talks", sources=["seeds/ferry-talks.txt"]))
    i = next(i for i, u in enumerate(composer.units) if words in u.text)
    if composer.editor.fix(i) is None:
        return None
    return composer.point(Pick(i))


def point_with(words: str) -> Point:
    point = made(words)
    assert point is not None, words
    return point


def test_brackets_say_who_and_when_and_cite_where_the_words_stand() -> None:
    b, article = condense()
    assert verify_briefing(b, [article]) == []
    assert any(p.insertions for p in all_points(b))
    she = point_with("a second round would follow")
    assert she.text.startswith("[Maria Lindqvist] said a second round would follow next month [June 2024].")
    who, when = she.insertions
    assert (who.replaces, who.kind, who.text) == ("She", "referent", "Maria Lindqvist")
    assert who.citation is not None and "Maria Lindqvist" in who.citation.quote
    assert she.text[who.at : who.at + len(who.text) + 2] == "[Maria Lindqvist]"
    assert (when.kind, when.value, when.replaces) == ("date", "2024-06", "")
    # The citation still quotes the source's own words.
    assert she.citations[0].quote == "She said a second round would follow next month."
    assert "on Tuesday [April 30, 2024]" in point_with("met envoys").text


def test_a_surname_gets_the_full_name_a_speaker_is_named_a_group_is_said() -> None:
    assert point_with("would free two ferry crews").text.startswith("[Tomas Reyes] added")
    quote = point_with("Our fighters are ready")
    assert quote.text.endswith("[Tomas Reyes said]")
    assert quote.insertions[-1].kind == "speaker"
    assert point_with("claimed responsibility").text.startswith("[The Harbour Front] claimed responsibility")


def test_the_sentence_before_is_quoted_when_it_carries_what_this_one_leans_on() -> None:
    they = point_with("barred girls from school")
    assert they.text.startswith("Rights groups said the Harbour Front had detained journalists")
    assert [c.sentence for c in they.citations] == [9, 10]


def test_a_plural_is_never_one_actor() -> None:
    paragraphs = (
        "The Harbour Front and the Coastal League met in Port Vale on Tuesday.",
        "Maria Lindqvist of the Coastal League said the truce suited both groups.",
    )
    article, composer = composed("two", "Two groups", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if "both groups" in u.text)
    point = composer.point(Pick(i))
    assert point.text.endswith("suited [the Harbour Front and the Coastal League].")
    spec = BriefSpec(title="Two", sources=["seeds/two.txt"])
    briefing = ExtractiveEngine().condense([article], spec)
    assert verify_briefing(dataclasses.replace(briefing, summary=(point,)), [article]) == []


def test_what_cannot_be_resolved_is_left_out() -> None:
    assert made("the two sides agreed") is None  # "Later": after what? "the two sides": who?
    b, _ = condense()
    assert "the two sides agreed" not in " ".join(p.text for p in all_points(b))


def test_no_date_no_bracket_and_the_sentence_is_preferred_less() -> None:
    b, article = condense(published=None)
    assert verify_briefing(b, [article]) == []
    for p in all_points(b):
        assert not any(i.kind == "date" for i in p.insertions)
        assert "next month" not in p.text  # a time nobody can place: the summary too does without it


def test_insertions_survive_the_json_and_a_false_bracket_is_caught() -> None:
    b, article = condense()
    again = briefing_json.loads(briefing_json.dumps(b).decode())
    assert [p.insertions for p in all_points(again)] == [p.insertions for p in all_points(b)]
    she = point_with("a second round would follow")
    wrong = dataclasses.replace(she.insertions[0], text="Tomas Reyes")
    bad = dataclasses.replace(she, text=she.text.replace("[Maria Lindqvist]", "[Tomas Reyes]"), insertions=(wrong,))
    problems = verify_briefing(dataclasses.replace(b, summary=(bad,)), [article])
    assert any("unverified bracket" in p and "Tomas Reyes" in p for p in problems)
    moved = dataclasses.replace(she, insertions=(dataclasses.replace(she.insertions[0], at=3),))
    problems = verify_briefing(dataclasses.replace(b, summary=(moved,)), [article])
    assert any("does not stand at 3" in p for p in problems)


def test_a_date_bracket_is_checked_against_the_articles_date() -> None:
    b, article = condense()
    lead = point_with("met envoys")
    date = next(i for i in lead.insertions if i.kind == "date")
    shifted = dataclasses.replace(
        lead,
        text=lead.text.replace("[April 30, 2024]", "[April 23, 2024]"),
        insertions=tuple(
            dataclasses.replace(i, text="April 23, 2024", value="2024-04-23") if i is date else i
            for i in lead.insertions
        ),
    )
    problems = verify_briefing(dataclasses.replace(b, summary=(shifted,)), [article])
    assert any("not what 2024-05-02 makes of the words" in p for p in problems)


def test_a_bracket_in_the_json_names_what_it_replaces() -> None:
    b, _ = condense()
    she = point_with("a second round would follow")
    data = briefing_json.to_dict(dataclasses.replace(b, summary=(she,)))
    first = data["summary"][0]["insertions"][0]
    assert first == {
        "at": 0,
        "text": "Maria Lindqvist",
        "replaces": "She",
        "kind": "referent",
        "citation": first["citation"],
    }
    assert first["citation"]["quote"].startswith("Maria Lindqvist, the league's chief negotiator")
    assert briefing_json.loads(briefing_json.dumps(dataclasses.replace(b, summary=(she,))).decode()).summary == (she,)


def test_an_opening_description_takes_up_the_sentence_before() -> None:
    paragraphs = (
        "The Coastal League seized two ferries in the Grey Strait on Tuesday.",
        "The move angered fishermen across Port Vale.",
    )
    article, composer = composed("move", "Ferries seized", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if "The move" in u.text)
    point = composer.point(Pick(i))
    assert point.text.startswith("The Coastal League seized two ferries")
    assert [c.sentence for c in point.citations] == [1, 2]


def test_the_country_is_not_guessed_when_another_is_named_as_a_place() -> None:
    paragraphs = (
        "The United States sent two envoys to Yemen on Monday.",
        "On Tuesday, officials said the country was on the brink of collapse.",
    )
    article, composer = composed("envoys", "Envoys sent", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if "the country" in u.text)
    fix = composer.editor.fix(i)
    point = composer.point(Pick(i)) if fix is not None else None
    assert point is None or "[the United States]" not in point.text


def test_the_country_a_state_evacuates_its_forces_from_is_another_one() -> None:
    from briefsmith.engines.extractive.standing.needs import needs

    sentence = "On Sunday, the United States evacuated its last troops amid the chaos in the country, officials said."
    assert [n.kind for n in needs(sentence, sentence)] == ["description"]  # which country: not the subject
    plain = "Fighting in Chile has spread across the country, officials said."
    assert needs(plain, plain) == []  # the one state the sentence names


def test_without_a_date_the_summary_leads_with_what_needs_none() -> None:
    paragraphs = (
        "Kestland's navy seized two ferries from Port Vale in the Grey Strait on Tuesday.",
        "Kestland has claimed the Grey Strait since its war with Marrowmere in 1998.",
        "The Coastal League condemned Kestland's navy for seizing ferries in the Grey Strait.",
        "Ferry crews from Port Vale carry most of the trade between Kestland and Marrowmere.",
        "Marrowmere's foreign minister Ines Alder called for talks with Kestland's government over the ferries.",
    )
    spec = BriefSpec(title="Ferries", sources=["seeds/ferries.txt"])
    for published, lede in ((None, False), ("2024-05-02", True)):
        article = make_article(id="ferries", title="Ferries seized", paragraphs=paragraphs, published=published)
        summary = ExtractiveEngine().condense([article], spec).summary
        assert len(summary) == 3
        assert any("on Tuesday" in p.text for p in summary) is lede  # with a date, "on Tuesday [April 30, 2024]"


def test_a_question_before_is_never_quoted_to_carry_a_sentence() -> None:
    paragraphs = (
        "Kestland's navy seized two ferries from Port Vale in the Grey Strait in 2023.",
        "Who are the Port Vale ferry crews?",
        "The crews were mostly fishermen from Port Vale, the Coastal League said.",
    )
    article, composer = composed("crews", "Crews", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if "mostly fishermen" in u.text)
    assert composer.editor.fix(i) is None


def test_two_descriptions_in_one_sentence_are_not_given_one_referent() -> None:
    paragraphs = (
        "Norway sent two frigates to the Grey Strait on Monday.",
        "The kingdom says Ines Alder, who is out of the country, asked for its help in a letter.",
        "The kingdom says its frigates will stay until the ferries are freed.",
    )
    article, composer = composed("frigates", "Frigates", paragraphs, "2024-05-02")
    two = next(i for i, u in enumerate(composer.units) if "the country" in u.text)
    one = next(i for i, u in enumerate(composer.units) if "will stay" in u.text)
    assert composer.editor.fix(two) is None  # "out of [Norway]" would say what the text does not
    assert composer.point(Pick(one)).text.startswith("[Norway] says")


def test_a_sentence_leaning_on_one_that_leans_is_quoted_with_both() -> None:
    paragraphs = (
        "Kestland's navy seized two ferries from Port Vale on Tuesday.",
        "The move came a day after rebels bombed the harbour.",
        "The Harbour Front claimed responsibility for the attack.",
        "Ferry crews from Port Vale carry most of the trade between Kestland and Marrowmere.",
    )
    article, composer = composed("chain", "Ferries seized", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if "claimed responsibility" in u.text)
    assert composer.editor.quoted(i) == {i - 1, i - 2}
    point = composer.point(Pick(i))
    assert point.text.startswith("Kestland's navy seized two ferries")
    assert [c.sentence for c in point.citations] == [1, 2, 3]
    briefing = ExtractiveEngine().condense([article], BriefSpec(title="Chain", sources=["seeds/chain.txt"]))
    assert verify_briefing(dataclasses.replace(briefing, summary=(point,)), [article]) == []


def test_a_spokeswoman_is_a_she_and_her_own_her() -> None:
    paragraphs = (
        "Kestland's navy seized two ferries from Port Vale on Tuesday.",
        'Coastal League spokeswoman for ferries Ines Alder said: "We will not accept this."',
        "She said her league would ask Marrowmere to close the strait to Kestland's navy.",
    )
    article, composer = composed("she", "Ferries seized", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("She said her"))
    assert composer.point(Pick(i)).text.startswith("[Ines Alder] said her league")


def test_the_city_is_the_one_city_named_before() -> None:
    paragraphs = (
        "Iraqi forces advanced on Tikrit from three sides on Monday.",
        "Officials said the city would be retaken within days.",
        "Rebels also shelled Mosul and Kirkuk overnight.",
        "Residents said the city had no power.",
    )
    article, composer = composed("city", "Advance", paragraphs, "2024-05-02")
    one = next(i for i, u in enumerate(composer.units) if "retaken" in u.text)
    two = next(i for i, u in enumerate(composer.units) if "no power" in u.text)
    point = composer.point(Pick(one))
    assert point.text == "Officials said [Tikrit] would be retaken within days."
    assert point.insertions[0].citation is not None and point.insertions[0].citation.sentence == 1
    assert composer.editor.fix(two) is None  # Mosul or Kirkuk: the words do not say


def test_he_is_not_guessed_past_a_name_taken_for_a_group() -> None:
    from briefsmith.engines.extractive.standing import Editor

    paragraphs = (
        "Analyst Tomas Reyes said the two factions of the Harbour Front had united in January.",
        "In July, Ola Brann declared a captured town in Port Vale part of a new caliphate.",
        "He also said he was praying for the Coastal League's leaders.",
    )
    article, composer = composed("he", "Pledge", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("He also said"))
    actors = [a for a, _ in composer.ranked]
    assert any(a.name == "Ola Brann" and a.kind == "person" for a in actors)
    assert composer.point(Pick(i)).text.startswith("[Ola Brann] also said")
    # Had the actor finder read Ola Brann as a group, "He" must not become Tomas Reyes.
    misread = [dataclasses.replace(a, kind="group") if a.name == "Ola Brann" else a for a in actors]
    fix = Editor([article], composer.units, misread, composer.proper).fix(i)
    assert fix is None or all("Reyes" not in m.words for m in fix.marks)


def test_a_body_with_an_acronym_is_named_by_it_in_brackets() -> None:
    paragraphs = (
        "The Harbour Liberation Front (HLF) seized two ferries in the Grey Strait on Monday.",
        "The HLF has held the islands since 2019, officials in Port Vale said.",
        "The group's fighters also shelled the harbour overnight.",
    )
    article, composer = composed("hlf", "Ferries seized", paragraphs, "2024-05-02")
    i = next(i for i, u in enumerate(composer.units) if u.text.startswith("The group's"))
    point = composer.point(Pick(i))
    assert point.text.startswith("[The HLF's] fighters also shelled")
    assert point.insertions[0].citation is not None and point.insertions[0].citation.sentence == 2
