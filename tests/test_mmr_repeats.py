"""The bottom line states no fact twice (engines/extractive/mmr.py `repeats`): a sentence that a
chosen one makes a repeat never becomes a second point, even when it is not the best telling of
its source (which `tellings` alone names). It backs the chosen point only when its words are
close enough to be a retelling: a sentence that only may repeat a fact is no citation of it
(the caller backs points where another source surely tells the fact, ledger.py)."""

from __future__ import annotations

from briefsmith.engines.extractive.mmr import mmr

# Units 0-1 come from source 0, 2-4 from source 1. Unit 3 tells unit 0's fact, but unit 2 tells
# it better, so `tellings(0)` names unit 2 only.
DOC = {0: 0, 1: 0, 2: 1, 3: 1, 4: 1}
RELEVANCE = {0: 1.0, 3: 0.9, 1: 0.5, 4: 0.4, 2: 0.1}


def _picks(repeats=None):
    return mmr(
        list(DOC),
        RELEVANCE.__getitem__,
        lambda i, j: 0.0,  # no word overlap: only the fact matcher can tell the repeats apart
        DOC.__getitem__,
        k=3,
        lam=0.7,
        tellings=lambda i: [2] if i == 0 else [],
        repeats=repeats,
    )


def test_best_telling_alone_lets_a_second_telling_of_the_fact_become_a_point():
    assert [p.index for p in _picks()] == [0, 3, 1]


def test_every_repeat_is_kept_out_and_none_is_cited():
    picks = _picks(repeats=lambda i: [2, 3] if i == 0 else [])
    assert [p.index for p in picks] == [0, 1, 4]
    assert picks[0].also == []


def test_a_repeat_in_close_words_backs_the_chosen_point():
    picks = mmr(
        list(DOC),
        RELEVANCE.__getitem__,
        lambda i, j: 0.9 if {i, j} == {0, 3} else 0.0,  # unit 3 retells unit 0 nearly word for word
        DOC.__getitem__,
        k=3,
        lam=0.7,
        tellings=lambda i: [],
        repeats=lambda i: [2, 3] if i == 0 else [],
    )
    assert [p.index for p in picks] == [0, 1, 4]
    assert picks[0].also == [3]  # one per source: unit 2, a loose repeat, is no citation
