"""What a fact is made of (engines/extractive/factwords.py), on sentences written for these
tests: numbers however written, relative dates against the record's date, who reported it
left out, names cut like other words, kinds of action; and two sources telling one fact in
such different words are matched (facts.py)."""

from __future__ import annotations

from briefsmith.engines.extractive.facts import Facts
from briefsmith.engines.extractive.factwords import signature
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def test_numbers_meet_however_they_are_written():
    assert "1200" in signature("The flood drove 1,200 families from Orlen.").numbers
    assert "1200" in signature("The flood drove 1200 families from Orlen.").numbers
    assert "1200000" in signature("About 1.2 million people live along the Orlen river.").numbers
    assert "1200000" in signature("About 1,200,000 people live along the Orlen river.").numbers
    assert "5" in signature("Five trawlers sank in the storm.").numbers
    assert "25" in signature("Twenty-five trawlers sank in the storm.").numbers
    assert "100" in signature("Hundreds of trawlers sank in the storm.").numbers


def test_a_relative_day_is_resolved_against_the_records_date():
    sig = signature("The assembly voted on Thursday to close the harbour.", "2021-06-11")  # a Friday
    assert "jun-10" in sig.dates  # "on Thursday" is June 10 in a record of June 11
    assert "jun-10" in signature("The assembly voted on June 10 to close the harbour.").dates
    assert "jun-10" not in signature("The assembly voted on Thursday to close the harbour.").dates  # no date: none
    assert "may" in signature("Repairs began last month, the engineers said.", "2021-06-11").dates


def test_who_reported_it_is_not_part_of_the_fact():
    a = signature("The breakwater reportedly collapsed, according to a spokeswoman quoted by Reuters.")
    b = signature("The breakwater collapsed.")
    assert a.features == b.features


def test_names_are_cut_like_other_words():
    capital = signature("The Harbour Guards closed the quay.")
    lower = signature("Harbour guards closed the quay.")
    assert capital.features & lower.features >= {"guard", "quay"}
    assert signature("The Velmorans protested.").names == signature("The Velmoran protested.").names


def test_a_post_in_lower_case_is_who_but_a_portfolio_word_is_what():
    sig = signature("The governor said security forces and health workers reached the trade port from home.")
    assert "govern" in sig.names
    assert not sig.names & {"securi", "health", "trad", "home"}
    assert {"securi", "health", "trad", "home"} <= sig.words


def test_a_name_after_a_lower_case_prefix_is_read_but_an_articled_name_stays_one():
    # "anti-U.S." and "pro-Iranian" name their states, as "U.S." and "Iranian" do.
    assert "$US" in signature("He was tied to anti-U.S. protests.").names
    assert "$IR" in signature("Pro-government and pro-Iranian militias advanced.").names
    assert "anti" in signature("He was tied to anti-U.S. protests.").words
    # "Haider al-Abadi" is still one anchor ("abadi" goes on "haider").
    sig = signature("Prime Minister Haider al-Abadi spoke.")
    assert {"haider", "abadi"} <= sig.names and "abadi" in sig.joined


def test_kinds_of_action_written_in_other_words():
    assert signature("The crowd shouted slogans.").words & signature("The crowd yelled slogans.").words
    assert signature("Jets pounded the depot.").words & signature("Airstrikes hit the depot.").words


def test_one_fact_told_with_other_dates_attribution_and_numbers_is_matched():
    a = make_article(
        id="a",
        title="Harbour",
        paragraphs=[
            "Police in Velmora detained a 55-year-old dock worker on Thursday over the sabotage of the "
            "harbour crane, a spokeswoman said. The mayor thanked the coastguard for its work."
        ],
        published="2021-06-11",
    )
    b = make_article(
        id="b",
        title="Crane sabotage",
        paragraphs=[
            "Ferry services resumed in the afternoon. According to local media, a dock worker, 55, was "
            "reportedly arrested in Velmora on June 10 over the crane sabotage at the harbour."
        ],
    )
    units = units_of([a, b])
    facts = Facts(units)
    first = next(i for i, u in enumerate(units) if u.sentence.text.startswith("Police"))
    told = [units[j].sentence.text for j in facts.tellings(first)]
    assert told and told[0].startswith("According to local media")
    mayor = next(i for i, u in enumerate(units) if u.sentence.text.startswith("The mayor"))
    assert facts.tellings(mayor) == []


def test_the_bottom_line_prefers_a_fact_other_sources_tell_too():
    from briefsmith.engines.extractive.bottomline import bottom_line

    lines = [f"Sentence {n} of the harbour story tells a fact of its own about the quay." for n in range(6)]
    units = units_of(
        [
            make_article(id="a", title="Harbour", paragraphs=[" ".join(lines)]),
            make_article(id="b", title="Quay", paragraphs=["The quay story, told by another outlet."]),
            make_article(id="c", title="Quay", paragraphs=["The quay story, told by a third outlet."]),
        ]
    )
    ours = [i for i, u in enumerate(units) if u.doc == 0]
    last = ours[-1]
    told = {last: [i for i, u in enumerate(units) if u.doc > 0]}

    def picks(tellings):
        chosen = bottom_line(units, ours, lambda i: 1.0, lambda i, j: 0.0, 2, True, [0.0] * len(units), tellings)
        return [p.index for p in chosen]

    assert picks(lambda i: ()) == [ours[0], ours[4]]  # equal scores: the lede, then far from it
    # Told by two more sources it wins, and leads: the lede is lifted, not seated (bottomline.LEDE_BONUS).
    assert picks(lambda i: told.get(i, [])) == [last, ours[0]]


def test_a_line_resting_on_a_sentence_cites_the_other_sources_telling_it():
    from briefsmith.engines.extractive.ledger import Ledger
    from briefsmith.engines.extractive.mmr import Pick
    from briefsmith.engines.extractive.scoring import Scores

    crane = "Dock workers in Velmora sabotaged the harbour crane on Tuesday, the port authority said."
    again = "The port authority said dock workers had sabotaged Velmora's harbour crane on Tuesday."
    mayor = "Mayor Ilse Marten thanked the coastguard for towing three trawlers to safety."
    units = units_of(
        [
            make_article(id="a", title="Crane", paragraphs=[crane + " " + mayor]),
            make_article(id="b", title="Crane", paragraphs=[again]),
        ]
    )
    facts = Facts(units)
    ledger = Ledger(units, Scores(units, ["Crane", "Crane"]), facts)
    ledger.add(Pick(1))  # the mayor's point
    assert ledger.backing(0) == [2]  # the crane sentence of source b
    assert ledger.backing(0) == []  # taken: it backs one line only
