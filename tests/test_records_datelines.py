"""Wire datelines are metadata, not the first words of the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsmith.records import read_article
from briefsmith.records.datelines import split_dateline


@pytest.mark.parametrize(
    "text, dateline, agency",
    [
        ("Kano, Nigeria (CNN)Hundreds of troops crossed the border on Sunday.", "Kano, Nigeria (CNN)", "CNN"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.", "WASHINGTON (AP) —", "Associated Press"),
        ("LONDON (Reuters) - Britain said on Monday it would act.", "LONDON (Reuters) -", "Reuters"),
        ("BEIRUT (NNA) — Talks resumed on Friday after a pause.", "BEIRUT (NNA) —", "NNA"),
    ],
)
def test_datelines_are_recognised(text: str, dateline: str, agency: str) -> None:
    found, name, rest = split_dateline(text)
    assert (found, name) == (dateline, agency)
    assert text.endswith(rest) and rest[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations (UN) Security Council met on Monday in New York.",
        "Mr Smith (Labour) said the bill was wrong.",
        "Kabul (Reuters)",
        "Officials in Rome (Italy) Said nothing new.",
    ],
)
def test_ordinary_sentences_are_left_alone(text: str) -> None:
    assert split_dateline(text) == (None, None, text)


def test_one_block_wire_story(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Port City, Freedonia (CNN)Dock workers walked out on Monday over unpaid wages, "
        "union leaders said. The strike closed two terminals. Talks are due on Friday.\n"
    )
    article = read_article(path)
    assert article.publisher == "CNN"
    assert article.paragraphs[0].startswith("Dock workers walked out")
    assert article.title.startswith("Dock workers walked out")
    assert ("dateline", "Port City, Freedonia (CNN)") in [(b.kind, b.text) for b in article.boilerplate]
    assert all(article.paragraphs[s.paragraph - 1][s.start : s.end] == s.text for s in article.sentences)
