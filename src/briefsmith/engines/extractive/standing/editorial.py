"""A point's text with its editorial brackets: the source words, with each mark's words
put in square brackets where they go, and the record of each insertion."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.standing.resolve import Fix, Mark, Resolver
from briefsmith.model import Actor, Article, Citation, Insertion


def bracketed(text: str, marks: Sequence[Mark], shift: int = 0) -> tuple[str, list[Insertion]]:
    """`text` with the marks applied (their offsets are into `text`); the insertions'
    offsets are into the result plus `shift` (where this text starts in the point)."""
    out: list[str] = []
    inserted: list[Insertion] = []
    pos = length = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        if mark.start < pos:
            continue  # overlaps one already made
        piece = text[pos : mark.start]
        added = mark.start == mark.end
        if added and piece and not piece[-1].isspace():
            piece += " "  # "on Tuesday [March 3, 2015]", "“...” [Kim said]"
        out.append(piece)
        length += len(piece)
        words = mark.words
        if not added and mark.start == 0 and words[:1].islower():
            words = words[0].upper() + words[1:]
        elif mark.start > 0 and words.startswith("The "):
            words = "t" + words[1:]  # "suited [the Harbour Front and ...]": a sentence's "The", inside one
        out.append(f"[{words}]")
        inserted.append(
            Insertion(
                at=shift + length,
                text=words,
                replaces=text[mark.start : mark.end],
                kind=mark.kind,
                citation=mark.source,
                value=mark.value,
            )
        )
        length += len(words) + 2
        pos = mark.end
    out.append(text[pos:])
    return "".join(out), inserted


# How many units, heaviest first, are read for what they lean on.
READ_LIMIT = 500


class Editor:
    """Each unit's fix (or none: it does not stand alone), and the text, citations and
    insertions of the point a unit makes."""

    def __init__(
        self,
        articles: Sequence[Article],
        units: Sequence[Unit],
        actors: Sequence[Actor],
        proper: Callable[[str], bool] | None = None,
    ):
        self.units = units
        self.resolver = Resolver(articles, units, actors, proper)
        self._fixes: dict[int, Fix | None] = {}
        own = {i for i in range(len(units)) if self.resolver.undated(i)}
        # A point that quotes the sentences before takes their "last month" with it.
        after = {i + k for i in own for k in (1, 2) if i + k < len(units) and units[i + k].doc == units[i].doc}
        self._undated = own | {i for i in after if self.quoted(i) & own}

    def fix(self, i: int) -> Fix | None:
        if i not in self._fixes:
            self._fixes[i] = self.resolver.fix(i)
        return self._fixes[i]

    def may_name(self, i: int) -> bool:
        """Could unit i's fix name what one of its words stands for (resolve.py)?"""
        return self.resolver.may_name(i)

    def leaning(self, weight: Sequence[float], limit: int = READ_LIMIT) -> set[int]:
        """Units no statement may rest on: they lean on a sentence we cannot supply. Only
        the `limit` heaviest are read (a megabyte has thousands no point would use): the
        rest count as leaning."""
        order = sorted(range(len(self.units)), key=lambda i: (-weight[i], i))
        return {i for n, i in enumerate(order) if n >= limit or self.fix(i) is None}

    def undated(self) -> set[int]:
        """Units with a relative time ("on Tuesday") the article's date cannot resolve."""
        return set(self._undated)

    def acted(self) -> set[int]:
        """Units read so far whose point names an act by what it was done to ("the attack [on
        the American ambassador in Seoul]", acts.py): a bracket a reader takes on trust
        less than a name. The bottom line, which must tell the story's points, may use one;
        the sections, with more sentences to choose from, do without."""
        read = list(self._fixes.items())  # quoted() may read more fixes: the dict grows
        own = {
            i
            for i, fix in read
            if fix is not None and any(m.start == m.end and m.kind == "referent" for m in fix.marks)
        }
        return own | {i for i, fix in read if fix is not None and self.quoted(i) & own}  # or quoting one

    def previous(self, i: int) -> int | None:
        fix = self.fix(i)
        return fix.previous if fix is not None else None

    def quoted(self, i: int) -> set[int]:
        """The units a point on unit i quotes before it (one or two, or none)."""
        out: set[int] = set()
        j = self.previous(i)
        while j is not None and j not in out:
            out.add(j)
            j = self.previous(j)
        return out

    def statement(self, i: int) -> tuple[str, list[Citation], list[Insertion]]:
        """The point unit i makes: its words with their brackets, quoting the sentence
        (or two) before first when that is what makes it stand alone."""
        fix = self.fix(i) or Fix()
        unit = self.units[i]
        text, cites, inserted = "", list[Citation](), list[Insertion]()
        marks = list(fix.marks)
        if fix.previous is not None:
            text, cites, inserted = self.statement(fix.previous)
            # What the sentence before now says needs no bracket here: "He" after "Mr Campbell ...".
            marks = [m for m in marks if m.kind == "date" or m.words not in text]
            text += " "
        own, more = bracketed(unit.text, marks, shift=len(text))
        return text + own, [*cites, unit.citation()], [*inserted, *more]
