"""Several sources, one fact (engines/extractive/facts.py), on sentences written for these
tests: one fact told in other words is one point citing every source; facts that only share
names stay apart; a date or a number told differently becomes an open question citing both."""

from __future__ import annotations

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.disagree import conflict
from briefsmith.engines.extractive.facts import Facts
from briefsmith.engines.extractive.factwords import signature
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.model import Actor, Briefing
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

HARBOUR_A = "The port authority of Velmora closed the northern harbour on Tuesday after a storm wrecked the breakwater."
HARBOUR_B = "Storm damage to the breakwater forced Velmora's port authority to shut the northern harbour on Tuesday."
HARBOUR_C = (
    "On Tuesday the northern harbour of Velmora was closed by its port authority: the breakwater had been wrecked."
)
OTHER_A = [
    "Fishermen in the old town said they would lose a week of catches.",
    "The regional governor, Ilse Marten, promised emergency grants for the fleet.",
    "Repairs to the sea wall were last carried out a decade ago.",
]
OTHER_B = [
    "Ferry passengers were sent to the southern terminal instead.",
    "Engineers from the capital arrived to inspect the damage.",
]


def _units(*texts: str):
    return units_of([make_article(id=f"s{i}", title="Harbour", paragraphs=[t]) for i, t in enumerate(texts)])


def _index(units, text: str) -> int:
    return next(i for i, u in enumerate(units) if u.sentence.text == text)


def test_one_fact_in_other_words_is_matched_across_sources():
    units = _units(" ".join([HARBOUR_A, *OTHER_A]), " ".join([*OTHER_B, HARBOUR_B]), HARBOUR_C)
    facts = Facts(units)
    a, b, c = (_index(units, t) for t in (HARBOUR_A, HARBOUR_B, HARBOUR_C))
    assert facts.same(a, b) and facts.same(a, c)
    assert sorted(facts.tellings(a)) == sorted([b, c])  # one per other source
    for other in OTHER_B:
        assert not facts.same(a, _index(units, other))


def test_facts_that_only_share_names_stay_apart():
    units = _units(
        "Velmora's mayor, Anton Rudd, opened the new bridge on Monday.",
        "Velmora's mayor, Anton Rudd, resigned on Friday over a row about school funding.",
    )
    facts = Facts(units)
    assert facts.tellings(0) == [] and not facts.same(0, 1)


def test_candidates_come_from_the_index_not_from_every_sentence():
    filler = " ".join(f"Delegate number {n} of the assembly voted for motion {n + 500}." for n in range(300))
    units = _units(HARBOUR_A + " " + filler, HARBOUR_B)
    facts = Facts(units)
    a = _index(units, HARBOUR_A)
    assert len(facts.candidates(a)) <= 3  # the harbour sentence of the other source, not 300 votes
    assert facts.tellings(a) == [_index(units, HARBOUR_B)]


def test_signature_reads_states_numbers_dates_and_kinds_of_action():
    sig = signature("American troops retook the town of Orlen from rebels on March 3, 2015, freeing 12 hostages.")
    assert "$US" in sig.names and "orlen" in sig.names
    assert {"2015", "mar", "mar-3"} <= sig.dates and "12" in sig.numbers
    assert signature("U.S. forces liberated Orlen.").words & sig.words  # retook / liberated: one action


def test_a_date_or_a_count_told_differently_is_a_conflict():
    assert conflict(
        "The council approved the harbour budget in 2023, officials said.",
        "The council approved the harbour budget in December 2024.",
    ) == ("year", ("2023", "2024"), "")
    kind, values, noun = conflict("The storm killed 13 people in Velmora.", "The storm killed 15 people in Velmora.")
    assert (kind, values, noun) == ("number", ("13", "15"), "people")
    assert conflict("The storm killed 13 people.", "The storm killed 13 people and two dogs.") is None


def _brief(*articles) -> Briefing:
    spec = BriefSpec.model_validate({"title": "Harbour", "sources": [f"{a.id}.txt" for a in articles]})
    return ExtractiveEngine().condense(articles, spec)


def test_the_briefing_states_the_fact_once_citing_every_source():
    arts = [
        make_article(id="a", title="Harbour closed", paragraphs=[HARBOUR_A, " ".join(OTHER_A)]),
        make_article(id="b", title="Storm hits the coast", paragraphs=[" ".join(OTHER_B), HARBOUR_B]),
        make_article(id="c", title="Velmora after the storm", paragraphs=[HARBOUR_C]),
    ]
    b = _brief(*arts)
    points = [*b.summary, *(p for s in b.sections if s.kind != "actors" for p in s.points)]
    harbour = {HARBOUR_A, HARBOUR_B, HARBOUR_C}
    holding = [p for p in points if any(c.quote in harbour or c.quote in h for c in p.citations for h in harbour)]
    assert len(holding) == 1, [p.text for p in holding]
    assert {c.source for c in holding[0].citations} == {"a", "b", "c"}


def test_sources_that_disagree_on_a_date_get_an_open_question_citing_both():
    arts = [
        make_article(
            id="a",
            title="Harbour law",
            paragraphs=["The Velmora assembly passed the harbour protection law in 2023, its speaker said."],
        ),
        make_article(
            id="b",
            title="Harbour law signed",
            paragraphs=["The Velmora assembly signed the harbour protection law in December 2024, its speaker said."],
        ),
    ]
    b = _brief(*arts)
    questions = next(s for s in b.sections if s.kind == "questions").points
    differ = [q for q in questions if "differ" in q.text]
    assert differ and differ[0].text.endswith("?") and "2023" in differ[0].text and "2024" in differ[0].text
    assert {c.source for c in differ[0].citations} == {"a", "b"}


def test_a_people_in_the_plural_and_an_abbreviation_after_a_hyphen_name_their_states():
    sig = signature("The Saudis joined the South Korea-U.S. drills.")
    assert {"$SA", "$KR", "$US"} <= sig.names


def test_one_anchor_only_the_two_sentences_have_is_enough_but_the_storys_own_name_is_not():
    # "storm", "rescuers", "survivors" and "Velmora" are in every sentence; "Dunmore" only in these two.
    fill_a = [
        "Velmora's rescuers said the storm left few survivors.",
        "The storm left Velmora without power, rescuers told survivors.",
    ]
    fill_b = [
        "After the storm the rescuers of Velmora asked survivors for help.",
        "Rescuers toured Velmora with survivors after the storm.",
    ]
    for place, same in (("Dunmore", True), ("Velmora", False)):
        a = f"Rescuers searched the flooded cellars at {place} for survivors."
        b = f"At {place}, rescuers looked for storm survivors in the ruins of a chapel."
        units = _units(" ".join([a, *fill_a]), " ".join([*fill_b, b]))
        facts = Facts(units)
        assert facts.same(_index(units, a), _index(units, b)) is same


def test_a_word_only_one_source_has_counts_for_less_than_its_rarity():
    units = _units(
        "The harbour master closed the quay and the port on Monday. Water from the river flooded the quay overnight.",
        "Officials said the port would stay closed until the water receded from the town.",
    )
    facts = Facts(units)
    assert facts.df["quay"] == 2 and facts.df["port"] == 2  # as rare in the brief, but only one source says "quay"
    assert facts.weight["quay"] < facts.weight["port"]


def test_a_long_list_of_states_in_common_is_one_fact():
    units = _units(
        "The pact's members are Norway, Chile, Ghana, Peru, Nepal and Fiji, its secretariat said.",
        "Chile, Fiji, Ghana, Nepal, Norway and Peru signed up to the pact.",
    )
    assert Facts(units).same(0, 1)


def test_a_point_telling_two_facts_cites_each_sentence_of_another_source_that_tells_one():
    units = _units(
        "Velmora's port authority closed the northern harbour after the storm, and its coastguard "
        "towed three trawlers to the southern terminal.",
        "Velmora's port authority closed the northern harbour. Fishermen in the old town said they "
        "would lose a week of catches. The coastguard towed three trawlers to the southern terminal.",
    )
    facts = Facts(units)
    told = {units[j].sentence.text for j in facts.tellings(0)}
    assert told == {
        "Velmora's port authority closed the northern harbour.",
        "The coastguard towed three trawlers to the southern terminal.",
    }


def test_sources_that_disagree_on_a_count_get_an_open_question_citing_both():
    arts = [
        make_article(
            id="a",
            title="Storm",
            paragraphs=["The storm that hit Velmora on Tuesday killed 13 people, the regional governor said."],
            published="2021-06-11",
        ),
        make_article(
            id="b",
            title="Storm toll",
            paragraphs=["The storm killed 15 people in Velmora on Tuesday, according to the coastguard."],
            published="2021-06-11",
        ),
    ]
    b = _brief(*arts)
    questions = next(s for s in b.sections if s.kind == "questions").points
    differ = [q for q in questions if "differ" in q.text]
    assert differ and "13" in differ[0].text and "15" in differ[0].text and differ[0].text.endswith("?")
    assert {c.source for c in differ[0].citations} == {"a", "b"}
    assert len(b.summary) == 1 and {c.source for c in b.summary[0].citations} == {"a", "b"}  # one fact, two sources


def test_a_clause_of_a_few_words_tells_no_fact_of_its_own():
    """ "those allied with the Dravani" says what "The Dravani are allied with ..." says, but it is
    an aside of a sentence about fighting crews: matched alone it would pair the two."""
    units = _units(
        "In the harbour district of Velmora, rival crews -- those allied with the Dravani, and those "
        "backing the shipowners -- have fought for a week. Ferry passengers went to the southern terminal.",
        "The Dravani are allied with the dock workers' union of Ostrava. Engineers arrived to inspect the damage.",
    )
    assert not Facts(units).same(0, 2)


def test_the_same_place_and_date_with_nothing_said_in_common_are_two_facts():
    units = _units(
        "Velmora was the scene of the worst flood in its history in June 2014. Ferry passengers went south.",
        "Velmora fell to the rebels of Dravan in June 2014. Engineers arrived to inspect the damage.",
    )
    assert Facts(units).score(0, 2) == 0.0


def test_an_actors_linked_names_are_one_anchor():
    """ "VHA" and "Velmora Harbour Authority" share no word: the actor finder links them, and
    then the sentence that says who fined the owners tells the fact, not the one that only
    names the owners again."""
    units = _units(
        "The Velmora Harbour Authority fined the trawler owners. Storms closed the port on Monday.",
        "Trawler owners were fined by the VHA, its board said. Trawler owners protested at the port.",
    )
    vha = Actor(name="Velmora Harbour Authority", kind="organisation", role=None, aliases=("VHA",))
    linked = Facts(units, [vha])
    fined, protested = 2, 3
    assert linked.same(0, fined) and not linked.same(0, protested)
    assert linked.score(0, fined) > Facts(units).score(0, fined)
    states = Actor(name="Velmora", kind="state", role=None, aliases=("Velmoran government",))
    assert Facts(units, [states]).score(0, fined) == Facts(units).score(0, fined)  # states are read as one already


def test_a_bound_or_an_estimate_the_other_figure_fits_is_no_disagreement():
    assert conflict("The storm killed at least 13 people.", "The storm killed 15 people in Velmora.") is None
    assert conflict("About 100 troops left the base.", "Some 110 troops left the base.") is None
    assert conflict("The storm killed up to 13 people.", "The storm killed 15 people.") == (
        "number",
        ("up to 13", "15"),
        "people",
    )
    assert conflict("About 100 troops left the base.", "300 troops left the base.") == (
        "number",
        ("about 100", "300"),
        "troops",
    )


def test_two_counts_of_one_noun_are_paired_with_the_count_that_differs():
    found = conflict(
        "The storm killed 13 people and injured 40 people.", "The storm killed 13 people and injured 45 people."
    )
    assert found == ("number", ("40", "45"), "people")


def test_a_sentence_told_word_for_word_or_nearly_is_a_twin():
    wire = "The harbour master of Velmora, Tomas Brell, ordered all ferries to stay in port until Friday."
    near = "In March, the harbour master of Velmora, Tomas Brell, ordered all ferries to stay in port until Friday."
    units = _units(" ".join([wire, *OTHER_A]), " ".join([*OTHER_B, near]), " ".join([HARBOUR_C, wire]))
    facts = Facts(units)
    a, b = _index(units, wire), _index(units, near)
    c = next(i for i, u in enumerate(units) if u.doc == 2 and u.text == wire)
    assert sorted(facts.twins(a)) == sorted([b, c])
    # told in other words, one fact, but not surely enough to follow any citation of it
    h = _index(units, HARBOUR_C)
    assert facts.twins(h) == [] and _index(units, OTHER_A[0]) not in facts.twins(a)


def test_every_sentence_a_point_cites_brings_its_wire_copies():
    """Wire copy: a sentence another outlet prints word for word is cited from it too,
    whichever citation of a point it is (its own sentence, a backing, a question's premise),
    when the point does not cite that source yet; it backs one point only."""
    from briefsmith.engines.extractive.compose import Composer
    from briefsmith.model import Point

    wire = "The harbour master of Velmora, Tomas Brell, ordered all ferries to stay in port until Friday."
    arts = [
        make_article(id="a", title="Ferries halted", paragraphs=[HARBOUR_A, " ".join(OTHER_A), wire]),
        make_article(id="b", title="Storm hits the coast", paragraphs=[" ".join(OTHER_B), wire]),
        make_article(id="c", title="Velmora after the storm", paragraphs=[HARBOUR_C]),
    ]
    spec = BriefSpec.model_validate({"title": "Harbour", "sources": ["a.txt", "b.txt", "c.txt"]})
    composer = Composer(arts, spec)
    units = composer.units
    cite = {(u.article.id, u.text): u.citation() for u in units}
    question = Point("Will the ferries sail on Friday?", (cite["a", OTHER_A[0]], cite["a", wire]))
    other = Point(OTHER_A[1], (cite["a", OTHER_A[1]],))
    summary, _ = composer._twinned([question, other], [])
    assert summary[0].citations == (*question.citations, cite["b", wire])
    assert summary[1] == other  # nothing another source prints of it
    again, _ = composer._twinned([summary[0], question], [])
    assert again[1] == question  # the copy backs the point that has it already
    both = Point(wire, (cite["a", wire], cite["b", OTHER_B[0]]))
    assert composer._twinned([both], [])[0][0] == both  # it cites that source already


def test_a_disagreement_takes_the_room_of_the_weakest_question_not_of_the_last():
    def questions(room: int) -> list[str]:
        arts = [
            make_article(
                id="a",
                title="Harbour law",
                paragraphs=[
                    "The Velmora assembly passed the harbour protection law in 2023, its speaker said.",
                    "Officials have not said whether the harbour fees will rise.",
                    "Who will pay for the repairs to the breakwater is still unknown, the mayor said.",
                    "Investigators are still trying to determine what caused the collapse of the sea wall.",
                ],
            ),
            make_article(
                id="b",
                title="Harbour law signed",
                paragraphs=[
                    "The Velmora assembly signed the harbour protection law in December 2024, its speaker said."
                ],
            ),
        ]
        spec = BriefSpec.model_validate({"title": "Harbour", "sources": ["a.txt", "b.txt"], "max_points": room})
        brief = ExtractiveEngine().condense(arts, spec)
        return [p.text for p in next(s for s in brief.sections if s.kind == "questions").points]

    roomy = questions(6)
    assert len(roomy) == 4 and "differ" in roomy[0]
    tight = questions(3)
    # the two kept are the two the section ranks first: the phrased unknowns, not the fees
    assert "differ" in tight[0] and len(tight) == 3
    assert not any("fees" in q for q in tight)
    assert [q for q in roomy if q in tight] == tight  # still in the sources' order
