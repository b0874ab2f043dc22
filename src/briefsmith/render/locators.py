"""Citations in table cells: "para. 4", or "Kumar, paras. 2–3; Doe, para. 7".

A table cites in a Source column rather than with footnotes. It reads better (the
locator sits on the row it backs, not among a dozen near-identical notes), and it keeps
the PDF quick: WeasyPrint lays out a page's whole footnote area again for every note it
adds, so fourteen notes in one table were a third of the layout time. Both renderers use
this module, so the PDF and the DOCX cite alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsmith.model import Citation, Source
from briefsmith.render.notes import format_paragraphs, surname


def _label(source: Source) -> str:
    """What a reader finds the source by in the Sources list: its first author's
    surname, else its publisher, else the start of its title."""
    if source.authors and source.authors[0].strip():
        return surname(source.authors[0])
    if source.publisher:
        return source.publisher
    words = source.title.split()
    return " ".join(words[:3]).rstrip(",:;.") + ("\u2026" if len(words) > 3 else "")


def source_labels(sources: Sequence[Source]) -> dict[str, str]:
    """Source id -> a label no other source of the briefing shares; clashes get the
    year, then a letter, as author-date citations do ("Doe 2024a", "Doe 2024b")."""
    base = {s.id: _label(s) for s in sources}
    labels = dict(base)
    for s in sources:
        if list(base.values()).count(base[s.id]) > 1:
            year = re.match(r"\d{4}", s.published or "")
            labels[s.id] = f"{base[s.id]} {year[0]}" if year else base[s.id]
    clashes: dict[str, list[str]] = {}
    for sid, label in labels.items():
        clashes.setdefault(label, []).append(sid)
    for label, ids in clashes.items():
        if len(ids) > 1:
            for n, sid in enumerate(ids):
                labels[sid] = f"{label}{'' if label[-1].isdigit() else ' '}{chr(ord('a') + n)}"
    return labels


def table_locator(citations: Sequence[Citation], labels: dict[str, str]) -> str:
    """The cell text for these citations; the source is named only when the briefing
    has more than one (with one, the Sources list says which)."""
    by_source: dict[str, list[int]] = {}
    for c in citations:
        by_source.setdefault(c.source, []).append(c.paragraph)
    parts = []
    for sid, paragraphs in by_source.items():
        where = format_paragraphs(paragraphs)
        parts.append(where if len(labels) <= 1 else f"{labels.get(sid, sid)}, {where}")
    return "; ".join(parts)
