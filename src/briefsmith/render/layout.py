"""What every document lays out alike, whatever the format (PDF and HTML through the
template, DOCX through docx_body): the sections in order, with the actors table where
the briefing puts it, and the labels of the actors table."""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.model import Actor, Briefing, Point, Section, Source, actors_section

KIND_LABELS = {"person": "Person", "organisation": "Organisation", "state": "State", "group": "Group"}


def kind_label(actor: Actor) -> str:
    return KIND_LABELS.get(actor.kind, actor.kind.title())


def shown_sections(briefing: Briefing) -> tuple[Section, ...]:
    """The briefing's sections, and, when it has actors but no section of kind "actors"
    (a spec that dropped it), the default one at the end: a document always says who is who."""
    if not briefing.actors or briefing.of_kind("actors"):
        return briefing.sections
    default = actors_section()
    return (*briefing.sections, Section(default.id, default.title, (), kind="actors"))


def shows_table(section: Section, briefing: Briefing) -> bool:
    """An actors section shows the table of the briefing's actors; of its points, only the
    analyst's own (pinned, edited, added) add to it — the engine's "Name, role" lines would
    repeat it."""
    return section.kind == "actors" and bool(briefing.actors)


def shown_points(section: Section, briefing: Briefing) -> tuple[Point, ...]:
    """The points a document prints for a section (see shows_table)."""
    if shows_table(section, briefing):
        return tuple(p for p in section.points if p.by_analyst)
    return section.points


def keywords(briefing: Briefing) -> list[str]:
    """The document's keywords (PDF, HTML and DOCX metadata): who it is about and who reported it."""
    words = [a.name for a in briefing.actors[:12]] + [s.publisher for s in briefing.sources if s.publisher]
    return list(dict.fromkeys(w for w in words if w))


def disclaimer(briefing: Briefing) -> str:
    """The closing line of every document."""
    engine = briefing.provenance.engine if briefing.provenance else None
    return (
        "Condensed from the sources listed"
        + (f" by Briefsmith\u2019s {engine} engine" if engine else " with Briefsmith")
        + "; every point cites the words it rests on. Not an assessment: check the sources before quoting."
    )


# From this many sources on, the Sources list is grouped by publisher (alphabetically, each
# group in the brief's order): a shorter list is read whole, a long one is searched by outlet.
GROUP_FROM = 10
OTHER_SOURCES = "Other sources"  # the group of sources whose record names no publisher


def source_groups(sources: Sequence[Source]) -> list[tuple[str | None, tuple[Source, ...]]]:
    """The Sources list as (publisher heading, its sources); one group with no heading
    while the list is short or has a single publisher."""
    publishers = {s.publisher for s in sources}
    if len(sources) < GROUP_FROM or len(publishers) < 2:
        return [(None, tuple(sources))]
    named = sorted({p for p in publishers if p}, key=lambda p: (p.casefold(), p))
    groups: list[tuple[str | None, tuple[Source, ...]]] = [
        (p, tuple(s for s in sources if s.publisher == p)) for p in named
    ]
    rest = tuple(s for s in sources if not s.publisher)
    return groups + ([(OTHER_SOURCES, rest)] if rest else [])
