"""Citation notes and references (shared by the HTML/PDF and DOCX renderers)."""

from __future__ import annotations

from briefsmith.model import Citation, Source
from briefsmith.render.notes import (
    format_date,
    format_note,
    format_paragraphs,
    format_reference,
    format_short_note,
)

SRC = Source(
    "river", "River council meets amid drought", ("Jane Doe",), "River News", "2024-03-04", "https://example.org/a"
)
CITE = Citation("river", 2, "the drought had cut flows by a third")


def test_full_note_is_chicago_style() -> None:
    assert format_note(CITE, SRC) == (
        "Jane Doe, \u201cRiver council meets amid drought,\u201d River News, March 4, 2024, "
        "para. 2, https://example.org/a"
    )


def test_note_without_optional_fields_ends_with_a_period() -> None:
    bare = Source("x", "Why now?")
    assert format_note(CITE, bare) == "\u201cWhy now?\u201d para. 2."


def test_several_authors_are_joined_with_and() -> None:
    src = Source("x", "T", ("Ann One", "Bo Two", "Cy Three"))
    assert format_note(CITE, src).startswith("Ann One, Bo Two, and Cy Three, \u201cT,\u201d")
    assert format_reference(src).startswith("One, Ann, Bo Two, and Cy Three. \u201cT.\u201d")


def test_short_note_and_reference() -> None:
    assert format_short_note(CITE, SRC) == "Doe, \u201cRiver council meets amid,\u201d para. 2."
    assert format_reference(SRC) == (
        "Doe, Jane. \u201cRiver council meets amid drought.\u201d River News, March 4, 2024. https://example.org/a"
    )


def test_dates() -> None:
    assert format_date("2024-10-14") == "October 14, 2024"
    assert format_date("2024-10") == "October 2024"
    assert format_date("last week") == "last week"
    assert format_date(None) is None


def test_one_note_can_stand_for_several_paragraphs() -> None:
    assert format_paragraphs([3]) == "para. 3"
    assert format_paragraphs([3, 2]) == "paras. 2\u20133"
    assert format_paragraphs([2, 5, 6, 7, 9]) == "paras. 2, 5\u20137, 9"
    assert format_note(CITE, SRC, paragraphs=[2, 3]).endswith("paras. 2\u20133, https://example.org/a")
    assert format_short_note(CITE, SRC, paragraphs=[4, 4]).endswith("para. 4.")
