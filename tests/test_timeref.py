"""Relative times resolved against the article's date, as an editor would ("on Tuesday
[March 3, 2015]"); sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefsmith.cli import cli
from briefsmith.engines.timeref import find


def resolved(text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(text[r.start : r.end], r.value, r.display) for r in find(text, published)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Envoys met on Tuesday in the capital.", "2015-03-04", [("on Tuesday", "2015-03-03", "March 3, 2015")]),
        ("The vote will take place on Friday.", "2015-03-04", [("on Friday", "2015-03-06", "March 6, 2015")]),
        (
            "The council voted on Thursday to drop a plan to close the port.",  # "a plan to": no future
            "2015-03-06",
            [("on Thursday", "2015-03-05", "March 5, 2015")],
        ),
        ("Envoys met on Wednesday in the capital.", "2015-03-04", [("on Wednesday", "2015-03-04", "March 4, 2015")]),
        ("The council met last Wednesday.", "2015-03-04", [("last Wednesday", "2015-02-25", "February 25, 2015")]),
        (
            "Troops left last week and returned last month.",
            "2015-03-04",
            [
                ("last week", "2015-02-23/2015-03-01", "February 23, 2015 – March 1, 2015"),
                ("last month", "2015-02", "February 2015"),
            ],
        ),
        ("The town fell in June, before the truce.", "2015-03-04", [("in June", "2014-06", "2014")]),
        ("The talks will resume in June.", "2015-03-04", [("in June", "2015-06", "2015")]),
        ("A deal is supposed to be concluded by June 30.", "2015-03-04", [("by June 30", "2015-06-30", "2015")]),
        ("Two days ago the envoy left.", "2015-03-04", [("Two days ago", "2015-03-02", "March 2, 2015")]),
        ("Yesterday the envoy left.", "2015-03-04", [("Yesterday", "2015-03-03", "March 3, 2015")]),
        ("He was elected last year.", "2015-03-04", [("last year", "2014", "2014")]),
        ("Rebels took the port last summer.", "2015-03-04", [("last summer", "2014-06/2014-08", "summer 2014")]),
        (
            "The strikes began over the weekend.",
            "2015-03-23",
            [("over the weekend", "2015-03-21/2015-03-22", "March 21–22, 2015")],
        ),
        ("In recent weeks the price rose.", "2015-03-23", [("In recent weeks", "2015-03-23", "as of March 23, 2015")]),
    ],
)
def test_relative_times_resolve_against_the_date(text: str, published: str, expected: list) -> None:
    assert resolved(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The city fell in June of 2014.",
        "The law was signed on March 1, 2014 by the president.",
        "Good Friday services were held in the old town.",
        "Theresa May spoke in the chamber.",
        "This may take a while.",
        "The next week brought more rain.",  # after some other event, not the article's date
    ],
)
def test_absolute_dates_and_names_are_left_alone(text: str) -> None:
    assert find(text, "2015-03-04") == []


def test_without_a_date_the_time_is_found_not_resolved() -> None:
    assert resolved("Envoys met on Tuesday.", None) == [("on Tuesday", None, None)]


def test_check_notes_a_record_with_no_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefs").mkdir()
    (tmp_path / "seeds" / "undated.txt").write_text("Port talks\n\nEnvoys met in Port Vale on Tuesday to talk.\n")
    (tmp_path / "seeds" / "dated.md").write_text(
        "---\ntitle: Port talks\npublished: 2024-05-02\n---\n\nEnvoys met in Port Vale on Tuesday to talk.\n"
    )
    (tmp_path / "briefs" / "a.yaml").write_text("title: A\nsources: [seeds/undated.txt, seeds/dated.md]\n")
    done = CliRunner().invoke(cli, ["check"])
    assert done.exit_code == 0, done.output
    notes = [line for line in done.output.splitlines() if line.startswith("note:")]
    assert notes == ['note: seeds/undated.txt: no date: relative times ("on Tuesday") cannot be resolved']


def test_a_section_does_not_repeat_an_undated_bottom_line_point() -> None:
    """The sections do without a "last week" no date resolves, even where a section would
    otherwise repeat the bottom line's point."""
    from test_condense_extractive import article, condense

    paragraphs = (
        "Rebels shelled the port of Lamu last week, killing four soldiers, the army said.",
        "Aid agencies said 3,000 families had fled the town.",
        "The governor said schools would reopen in June.",
    )
    b = condense([article(paragraphs, published=None)])
    assert any("last week" in p.text for p in b.summary)
    for section in b.sections:
        assert not any("last week" in p.text for p in section.points), section.id


def test_an_undated_relative_time_competes_only_when_the_bottom_line_would_fall_short() -> None:
    """With enough sentences that need no date, the bottom line does without "on Tuesday";
    when those leave it short, the undated ones compete again rather than leave it short."""
    from test_condense_extractive import article

    from briefsmith.engines.extractive.compose import Composer
    from briefsmith.workspace.spec import BriefSpec

    paragraphs = (
        "Rebels shelled the port of Lamu on Tuesday, killing four soldiers, the army said.",
        "Aid agencies said 3,000 families had fled the coastal town of Lamu since January 2015.",
        "The governor of Lamu said schools in the county would reopen in June 2015.",
        "Kenya's parliament voted in 2014 to send 500 more troops to the coast.",
    )
    composer = Composer([article(paragraphs, published=None)], BriefSpec(title="Lamu", sources=("a",)))
    strict = {composer.units[p.index].text for p in composer.summary(set())}
    loose = {composer.units[p.index].text for p in composer.summary(set(), plain_only=False)}
    assert not any("on Tuesday" in t for t in strict)
    assert any("on Tuesday" in t for t in loose)
