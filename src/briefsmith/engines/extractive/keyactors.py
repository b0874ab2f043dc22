"""The key-actors section: one short line per top actor, "Name — role", citing the
words where the role is stated. Actors whose role the sources state come first
among near equals: a who's-who tells the reader who holds which post."""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.model import Actor, Point

ROLE_WEIGHT = 4.0  # on the actor score scale (about one point per sentence of mention)


def line(actor: Actor) -> str:
    name = actor.name
    short = [a for a in actor.aliases if a.replace(".", "").isupper() and len(a) > 1]
    if short and actor.kind != "state":
        name = f"{name} ({short[0]})"
    return f"{name} — {actor.role}" if actor.role else f"{name} — {actor.kind}"


def actor_points(ranked: Sequence[tuple[Actor, float]]) -> list[Point]:
    order = sorted(ranked, key=lambda pair: (-(pair[1] + (ROLE_WEIGHT if pair[0].role else 0.0)), pair[0].name))
    return [Point(line(actor), actor.citations[:1]) for actor, _ in order if actor.citations]
