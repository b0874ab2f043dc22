"""The analyst's edits of points, as the spec records them (`edits:`; `briefsmith pull`
writes them from an edited DOCX, a person may write them by hand).

A point is named by the words it rests on (`cites`: source and exact quote), never by its
position, so an edit finds its point again when the sources or the condensing change.
An entry without `cites` is the analyst's own point.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10000)]
SectionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
SUMMARY = "summary"  # the bottom line, in `section:`
# Typographic marks a person typing a quote may write plainly: one character for
# one, so offsets found in the folded text are offsets in the source.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def fold(text: str) -> str:
    return text.translate(_FOLD)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cite(_Strict):
    source: Text  # a path from `sources`, or a source id
    quote: LongText  # the exact words of the source


class PointEdit(_Strict):
    """One point as the analyst left it: reworded (`text`), struck out (`delete`), placed
    (`section`, then `first` or `after` the point quoting or reading `after`), or, with no
    `cites`, written by the analyst."""

    section: SectionId  # a section id, or "summary" for the bottom line
    cites: tuple[Cite, ...] = ()
    text: LongText | None = None
    delete: bool = False
    after: LongText | None = None
    first: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> PointEdit:
        if not self.cites and (self.delete or not self.text):
            raise ValueError("an edit without cites is the analyst's own point: it needs text, and no delete")
        if self.delete and (self.text or self.after or self.first):
            raise ValueError("delete: true takes no text, after or first")
        if self.first and self.after:
            raise ValueError("give first or after, not both")
        return self
