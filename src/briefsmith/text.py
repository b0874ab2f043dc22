"""Sentence boundaries with character spans (pysbd: rule-based, offline, keeps spans)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def _segmenter(language: str):  # noqa: ANN202 - pysbd has no type hints
    import pysbd

    try:
        return pysbd.Segmenter(language=language, clean=False, char_span=True)
    except ValueError:  # a language pysbd does not know: English rules are the best guess
        return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(paragraph: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, whitespace trimmed."""
    spans = []
    for span in _segmenter(language[:2]).segment(paragraph):
        start, end = span.start, span.end
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
