"""The key-actors section: one short line per top actor, "Name — role", citing the
words where the role is stated. Actors whose role the sources state come first
among near equals: a who's-who tells the reader who holds which post."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefsmith.model import Actor, Citation, Point

ROLE_WEIGHT = 4.0  # on the actor score scale (about one point per sentence of mention)


def line(actor: Actor) -> str:
    name = actor.name
    short = [a for a in actor.aliases if a.replace(".", "").isupper() and len(a) > 1]
    if short and actor.kind != "state":
        name = f"{name} ({short[0]})"
    return f"{name} — {actor.role}" if actor.role else f"{name} — {actor.kind}"


def evidence(
    actor: Actor, restated: Callable[[Citation], bool], told: Callable[[Citation], bool] | None = None
) -> tuple[Citation, ...]:
    """The words a line rests on: where the role is stated (or, with none, where the actor acts),
    preferring a sentence the briefing's points do not already state: a who's-who line is no
    second telling of a point's fact. A role is also cited where each other source states it
    (and states no point's fact by `told`, as sure as a point's backing is; `restated` by
    default): the line tells who holds which post, so only sentences that say so back it, never
    another source's telling of what else its sentence says."""
    told = told or restated
    fits = [c for c in actor.citations if not actor.role or actor.role in c.quote] or list(actor.citations)
    first = next((c for c in fits if not restated(c)), fits[0])
    if not actor.role:
        return (first,)
    out, sources = [first], {first.source}
    for c in fits:
        if c.source not in sources and not told(c):
            out.append(c)
            sources.add(c.source)
    return tuple(out)


def actor_lines(
    ranked: Sequence[tuple[Actor, float]],
    restated: Callable[[Citation], bool] = lambda c: False,
    told: Callable[[Citation], bool] | None = None,
) -> list[tuple[Actor, Point]]:
    """Each listed actor's line, top actors first (roles first among near equals)."""
    order = sorted(ranked, key=lambda pair: (-(pair[1] + (ROLE_WEIGHT if pair[0].role else 0.0)), pair[0].name))
    return [(actor, Point(line(actor), evidence(actor, restated, told))) for actor, _ in order if actor.citations]


def actor_points(
    ranked: Sequence[tuple[Actor, float]], restated: Callable[[Citation], bool] = lambda c: False
) -> list[Point]:
    return [point for _, point in actor_lines(ranked, restated)]
