"""The pieces under the readers: sentence spans, paragraph joining, dates, publishers,
markup removal and the Markdown escaping that writers of records use."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.records.dates import date_line, parse_date
from briefsmith.records.markdown import escape_paragraph, parse_markdown
from briefsmith.records.markup import plain
from briefsmith.records.paragraphs import continues, join_broken, plain_paragraphs
from briefsmith.records.publishers import guess_publisher
from briefsmith.text import MAX_CHUNK, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sergey Lavrov (R) shook hands with Muttaqi. The talks ended.",
            ["Sergey Lavrov (R) shook hands with Muttaqi.", "The talks ended."],
        ),
        (
            "Mr. Smith met Dr. Brown in the U.S. capital. They talked.",
            ["Mr. Smith met Dr. Brown in the U.S. capital.", "They talked."],
        ),
        (
            "U.S. officials agreed. The U.N. Security Council met at 6 a.m. on Jan. 5.",
            ["U.S. officials agreed.", "The U.N. Security Council met at 6 a.m. on Jan. 5."],
        ),
        (
            "Analyst Lt. Col. Ann Roe spoke. The Rev. Tom Ash and Gov. Lee agreed.",
            ["Analyst Lt. Col. Ann Roe spoke.", "The Rev. Tom Ash and Gov. Lee agreed."],
        ),
        ('"Is it over?" she asked. "Yes." He left!', ['"Is it over?" she asked.', '"Yes."', "He left!"]),
        ("He said: “We are ready.” Then he left.", ["He said: “We are ready.”", "Then he left."]),
        ("  Padded text. With spaces.  ", ["Padded text.", "With spaces."]),
        ("no final punctuation", ["no final punctuation"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_long_paragraph_is_cut_at_sentence_ends() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(1000))
    assert len(text) > 10 * MAX_CHUNK
    got = sentences(text)
    assert got == [f"Sentence number {i} is here." for i in range(1000)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Talks stalled. But U.S. and European envoys say a deal is near.",
            ["Talks stalled.", "But U.S. and European envoys say a deal is near."],
        ),
        ("The vote is on Feb. 12 in the lower house.", ["The vote is on Feb. 12 in the lower house."]),
        ("He grew up on Elm St. near the docks. He left.", ["He grew up on Elm St. near the docks.", "He left."]),
    ],
)
def test_no_split_after_an_abbreviation_before_lower_case(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("abbreviation", ["U.S.", "U.N.", "Gen.", "St.", "D.C."])
def test_long_paragraph_is_never_cut_after_an_abbreviation(abbreviation: str) -> None:
    # Wherever the pieces a long paragraph is segmented in happen to end, no sentence
    # is cut after an abbreviation that the sentence goes on from.
    one = f"Envoys from the {abbreviation} and their allies met again on the border today."
    for pad in range(0, 60, 7):
        text = "x" * pad + " Opening words. " + " ".join([one] * 200)
        assert len(text) > 3 * MAX_CHUNK
        got = sentences(text)
        assert got[2:] == [one] * 199, pad


@given(st.text(max_size=3000))
@settings(max_examples=200, deadline=None)
def test_spans_are_exact_and_ordered(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        last = end
    # Nothing but whitespace lies outside the sentences.
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize(
    "before, after, joined",
    [
        ("yet to receive official", "recognition by any country.", True),
        ("for personal gains. A", "Platform like the Moscow Format", True),
        ("close to the", "Kremlin said.", True),
        ("It ended, as expected,", "With a vote.", True),
        ("The talks ended.", "lowercase start", False),
        ("He said:", "“We will go.”", False),
        ("Background", "The war began in 2021.", False),
    ],
)
def test_paragraph_continuation(before: str, after: str, joined: bool) -> None:
    assert continues(before, after) is joined


def test_join_broken_keeps_hyphenated_words_whole() -> None:
    assert join_broken(["a well-", "known fact.", "Next."]) == ["a well-known fact.", "Next."]


def test_plain_paragraphs_layouts() -> None:
    assert plain_paragraphs("One.\nTwo.\n\nThree.") == ["One.", "Two.", "Three."]
    wrapped = "This line is cut\nin the middle of\nthe sentence and\nends here.\n\nNew one."
    assert plain_paragraphs(wrapped) == ["This line is cut in the middle of the sentence and ends here.", "New one."]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("October 14, 2024", "2024-10-14"),
        ("Oct. 14, 2024", "2024-10-14"),
        ("Sept 3, 2023", "2023-09-03"),
        ("Monday, October 14, 2024", "2024-10-14"),
        ("14 October 2024", "2024-10-14"),
        ("14th of October, 2024", "2024-10-14"),
        ("2024-10-14", "2024-10-14"),
        ("2024-10-14T08:00:00Z", "2024-10-14"),
        ("2024/10/14", "2024-10-14"),
        ("14.10.2024", "2024-10-14"),
        ("Published: 3 March 2023, 09:15 GMT", "2023-03-03"),
        ("Updated Oct 1, 2024 at 10:15 a.m. ET", "2024-10-01"),
    ],
)
def test_date_lines(text: str, iso: str) -> None:
    assert date_line(text) == iso
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "10/14/2024",
        "February 30, 2024",
        "The vote on October 14, 2024 failed",
        "By October 14, 2024 the talks had ended.",
        "2024",
    ],
)
def test_not_date_lines(text: str) -> None:
    assert date_line(text) is None


@pytest.mark.parametrize(
    "url, disclaimers, publisher",
    [
        ("https://www.themoscowtimes.com/2024/10/14/x", [], "The Moscow Times"),
        ("https://news.bbc.co.uk/2/hi/x.stm", [], "BBC News"),
        ("https://edition.cnn.com/x", [], "CNN"),
        (
            "https://www.river-news.co.uk/a",
            ["The views expressed are not the position of The River Post."],
            "The River Post",
        ),
        ("https://www.river-news.co.uk/a", [], "River News"),
        ("https://example-daily.com/a", [], "Example Daily"),
        ("ftp://example.com/a", [], None),
        (None, [], None),
        ("https://10.0.0.1/a", [], None),
    ],
)
def test_publishers(url: str | None, disclaimers: list[str], publisher: str | None) -> None:
    assert guess_publisher(url, disclaimers) == publisher


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("[\\$1 billion](#)", "$1 billion"),
        ("**bold** and *italic* and _under_ and `code` and ~~gone~~", "bold and italic and under and code and gone"),
        ("see [the report](https://x.example/a_(b)) now", "see the report now"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("an ![image](x.png) here", "an here"),
        ("\\*not emphasis\\*", "*not emphasis*"),
        ("<https://x.example/a>", "https://x.example/a"),
        ("R&amp;D <b>team</b><script>evil()</script>", "R&D team"),
    ],
)
def test_plain_markdown(markdown: str, text: str) -> None:
    assert plain(markdown) == text


@pytest.mark.parametrize(
    "text",
    [
        "Shares stay marked *provisional* in the register.",
        "Readers `quoted` the notice.",
        "Readers wrote [sic](really) on it.",
        "# Not a heading",
        "- not a list item",
        "12. not a list",
        "> not a quote",
        "---",
        "R&amp;D is an entity",
        "<b>not a tag</b>",
        "back\\slash and \\* star",
        "Plain text stays as it is.",
    ],
)
def test_escape_paragraph_reads_back(text: str) -> None:
    written = escape_paragraph(text)
    assert parse_markdown(written).paragraphs == (text,)
    if text == "Plain text stays as it is.":
        assert written == text


_MARKS = st.sampled_from(list("#>-+*_[]()`~<>&\\!=.1 ") + ["**", "](", "<b>", "&amp;", "1. ", "- "])


@given(
    st.lists(
        st.one_of(_MARKS, st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Co")), max_size=8)),
        min_size=1,
        max_size=25,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_escaped_paragraphs_always_read_back(text: str) -> None:
    expected = " ".join(text.split())
    if not expected:
        return
    assert parse_markdown(escape_paragraph(text)).paragraphs == (expected,)
