"""The who's-who lines: "Name — role" rests on the words that state the role, in every source
that states it, and never restates a point's fact through what else those sentences say."""

from __future__ import annotations

from briefsmith.engines.extractive.keyactors import evidence
from briefsmith.model import Actor, Citation


def _cite(source: str, sentence: int, quote: str) -> Citation:
    return Citation(source, 1, quote, sentence, 0, len(quote))


def test_a_role_is_cited_where_each_source_states_it_and_no_point_already_does():
    karimi = Actor(
        "Ali Karimi",
        "person",
        "Defence Minister",
        citations=(
            _cite("a", 1, "Defence Minister Ali Karimi"),
            _cite("b", 4, "Defence Minister Ali Karimi"),
            _cite("c", 2, "Karimi ordered the army to the border."),
        ),
    )
    stated = {("a", 1)}  # a point of the briefing already quotes that sentence
    cites = evidence(karimi, lambda c: (c.source, c.sentence) in stated)
    assert [(c.source, c.sentence) for c in cites] == [("b", 4)]  # a's sentence is the point's
    both = evidence(karimi, lambda c: False)
    assert [(c.source, c.sentence) for c in both] == [("a", 1), ("b", 4)]
    assert all("Defence Minister" in c.quote for c in both)  # never the sentence where he acts
    # Another source's statement of the role is held to a backing's standard (`told`), the line's
    # own sentence to the stricter `restated`.
    lenient = evidence(karimi, lambda c: True, lambda c: c.source == "a")
    assert [(c.source, c.sentence) for c in lenient] == [("a", 1), ("b", 4)]


def test_a_line_with_no_role_rests_on_a_sentence_no_point_states():
    front = Actor(
        "Velmora Front",
        "group",
        None,
        citations=tuple(_cite("a", n, f"The Velmora Front attacked post {n}.") for n in range(1, 6)),
    )
    stated = {1, 2, 3}
    cites = evidence(front, lambda c: c.sentence in stated)
    assert [c.sentence for c in cites] == [4]
