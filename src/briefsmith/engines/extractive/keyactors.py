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


def evidence(actor: Actor, restated: Callable[[Citation], bool]) -> Citation:
    """The words a line rests on: where the role is stated (or, with none, where the actor acts),
    preferring a sentence the briefing's points do not already state: a who's-who line is no
    second telling of a point's fact."""
    fits = [c for c in actor.citations if not actor.role or actor.role in c.quote] or list(actor.citations)
    return next((c for c in fits if not restated(c)), fits[0])


def actor_points(
    ranked: Sequence[tuple[Actor, float]], restated: Callable[[Citation], bool] = lambda c: False
) -> list[Point]:
    order = sorted(ranked, key=lambda pair: (-(pair[1] + (ROLE_WEIGHT if pair[0].role else 0.0)), pair[0].name))
    return [Point(line(actor), (evidence(actor, restated),)) for actor, _ in order if actor.citations]
