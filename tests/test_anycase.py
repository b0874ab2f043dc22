"""anycase.Lowered answers exactly as the IGNORECASE patterns it stands for, on any text:
the question triggers (questions.py, inferred.py) decide which sentences are phrased at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.engines.extractive import inferred, questions
from briefsmith.engines.extractive.anycase import Lowered
from briefsmith.records import read_article

REPO = Path(__file__).resolve().parent.parent
PATTERNS = (questions._ANY_TRIGGER, inferred.TRIGGER)
BOTH = Lowered(*PATTERNS)
# Letters of either case, the characters whose case folds oddly, curly quotes, spaces.
ALPHABET = "abdehiklnorstuvwyKLSIWT \u0130\u0131\u017f\u212a’'\u00e9\u00c9-"


def plain(text: str) -> bool:
    return any(p.search(text) for p in PATTERNS)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_same_answer_as_the_patterns(text: str) -> None:
    assert BOTH.search(text) == plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "It remains UNCLEAR who fired.",
        "The \u212anesset voted.",  # the Kelvin sign folds to k: searched as the pattern was
        "He will te\u017ft it.",  # a long s
        "\u0130nvited guests",
        "Nothing here at all.",
        "They SHOW it.",
        "won’t go",
    ],
)
def test_odd_cases(text: str) -> None:
    assert BOTH.search(text) == plain(text)


def test_every_sentence_of_the_records() -> None:
    paths = [p for p in (*REPO.glob("seeds/*"), *(REPO / "tests" / "fixtures" / "records").iterdir()) if p.is_file()]
    sentences = [
        s.text for p in sorted(paths) if p.suffix in {".txt", ".md", ".json"} for s in read_article(p).sentences
    ]
    assert len(sentences) > 50
    got = [BOTH.search(s) for s in sentences]
    assert got == [plain(s) for s in sentences]
    assert 0 < sum(got) < len(got)  # both answers occur


def test_only_lower_case_patterns_without_groups() -> None:
    for bad in (re.compile("Unclear", re.IGNORECASE), re.compile("unclear"), re.compile("(un)clear", re.IGNORECASE)):
        with pytest.raises(ValueError):
            Lowered(bad)
