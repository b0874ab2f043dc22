"""aliases.resolve finds clipped forms ("Lib Dems" = "Liberal Democrats") through an index of
names by the first three letters of their words. Put every name under one key and it
compares every name with every other, as it did before the index: both must give the same
aliases, on the names of real records and on random names built to collide."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.engines.extractive import aliases
from briefsmith.engines.extractive.aliases import Aliases, resolve
from briefsmith.engines.extractive.mentions import Mention, Reader
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records import read_article
from briefsmith.records.base import make_article

REPO = Path(__file__).resolve().parent.parent


def compared_with_all(mentions: list[Mention]) -> Aliases:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(aliases, "_prefixes", lambda name: ())  # one key: every name is a candidate
        return resolve(mentions)


def test_the_index_finds_what_comparing_all_names_finds_in_real_records() -> None:
    records = [*REPO.glob("seeds/*"), *(REPO / "tests" / "fixtures" / "records").iterdir()]
    articles = [read_article(p) for p in sorted(records) if p.suffix in {".txt", ".md", ".json", ".yaml", ".html"}]
    mentions = Reader(units_of(articles)).mentions()
    assert len({m.name for m in mentions}) > 30  # enough real names to mean something
    assert resolve(mentions) == compared_with_all(mentions)


def test_clipped_forms_are_found_as_before() -> None:
    unit = units_of([make_article(id="t", title="t", paragraphs=["A sentence to hang names on."])])[0]
    names = ["Liberal Democrats", "Lib Dems", "Lib Dem", "Social Democrats", "Soc Dems", "Soc Dem Party"]
    mentions = [Mention(unit, n, 0, 0) for n in names]
    found = resolve(mentions)
    assert found.target["Lib Dems"] == "Liberal Democrats" and found.target["Soc Dems"] == "Social Democrats"
    assert found == compared_with_all(mentions)


# Names built to meet: a few long words, each maybe clipped to its first 2-7 letters and
# maybe given an "s", so that clipped forms, plurals, initials and shared first letters abound.
LONG = ["Liberal", "Democrat", "Social", "Socialist", "National", "Tory"]
EXTRA = ["UN", "LD", "King", "Ayatollah", "Shiite", "of", "the", "Amnesty", "International", "Al", "II"]
WORD = st.one_of(
    st.tuples(st.sampled_from(LONG), st.integers(2, 9), st.booleans()).map(lambda t: t[0][: t[1]] + "s" * t[2]),
    st.sampled_from(EXTRA),
    st.sampled_from(LONG),
)
NAME = st.one_of(WORD, st.lists(WORD, min_size=2, max_size=3).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(NAME, st.booleans(), st.booleans()), min_size=5, max_size=40))
def test_the_index_finds_what_comparing_all_names_finds_in_random_names(found: list[tuple[str, bool, bool]]) -> None:
    unit = units_of([make_article(id="t", title="t", paragraphs=["A sentence to hang names on."])])[0]
    mentions = []
    for name, person, acronym in found:
        short = "".join(w[0] for w in name.split()) if acronym and " " in name else None
        mentions.append(Mention(unit, name, 0, 0, person=person, acronym=short))
    assert resolve(mentions) == compared_with_all(mentions)
