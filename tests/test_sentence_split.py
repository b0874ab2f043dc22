"""The sure splits (text._sure_cuts) only make splitting faster: the sentences are the ones
syntok finds over the whole paragraph, on real text and on text built to be hard."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith import text
from briefsmith.text import split_sentences

REPO = Path(__file__).resolve().parent.parent


def syntok_whole(paragraph: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The spans with no sure split taken: every paragraph goes whole to syntok."""
    with monkeypatch.context() as m:
        m.setattr(text, "_sure_cuts", lambda p: [])
        return split_sentences(paragraph)


def paragraphs_of_the_repository() -> list[str]:
    files = [*REPO.glob("seeds/*"), *(p for p in (REPO / "tests" / "fixtures").rglob("*") if p.is_file())]
    found = []
    for path in sorted(files):
        try:
            body = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        found += [" ".join(block.split()) for block in body.split("\n\n") if block.strip()]
    return found


def test_same_sentences_as_syntok_on_the_records(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = paragraphs_of_the_repository()
    assert sum(len(p) for p in paragraphs) > 20_000  # enough real text to mean something
    for paragraph in paragraphs:
        assert split_sentences(paragraph) == syntok_whole(paragraph, monkeypatch), paragraph[:200]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("It ended in 2015. Talks resumed.", ["It ended in 2015.", "Talks resumed."]),
        ("They met on the 15. May was hot.", ["They met on the 15. May was hot."]),  # syntok: a date
        ("Bring paper, pens etc. Then we start.", ["Bring paper, pens etc. Then we start."]),
        ("Room No. 12 was empty.", ["Room No. 12 was empty."]),
        ("(He left. She stayed.) They met later.", ["(He left. She stayed.)", "They met later."]),
        ("Aid (food. Water) came. Then rain.", ["Aid (food. Water) came.", "Then rain."]),
        ("ISIS struck. The army replied.", ["ISIS struck.", "The army replied."]),
    ],
)
def test_sure_splits_and_their_exceptions(
    paragraph: str, sentences: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spans = split_sentences(paragraph)
    assert spans == syntok_whole(paragraph, monkeypatch)
    assert [paragraph[s:e] for s, e in spans] == sentences


# Words and marks that make sentence ends hard: abbreviations, months, roman numerals,
# initials, numbers, quotes, brackets of every kind, terminals and lower-case words.
PIECES = [
    "the", "talks", "ended", "Talks", "The", "He", "ISIS", "UN", "U.S.", "Mr.", "Gen.", "Dr",
    "etc.", "No.", "no", "May", "Jan.", "Mar", "II", "IV", "X.", "A.", "a.", "15", "2015", "3.5",
    "1,000", ".", "!", "?", ";", "...", ",", ":", '"', "'", "\u201c", "\u201d", "\u2019", "(", ")",
    "[", "]", "{", "}", "-", "McCain", "iPhone", "well-known", "Obama\u2019s", "\u200e",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60), st.lists(st.booleans(), min_size=60, max_size=60))
def test_same_sentences_as_syntok_on_hard_text(pieces: list[str], spaces: list[bool]) -> None:
    paragraph = "".join(p + (" " if s else "") for p, s in zip(pieces, spaces, strict=False)).strip()
    with pytest.MonkeyPatch.context() as m:
        whole = syntok_whole(paragraph, m)
    assert split_sentences(paragraph) == whole
