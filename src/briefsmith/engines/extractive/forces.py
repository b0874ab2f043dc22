"""A state's armed forces as an actor of their own: where "Iraqi forces", "Iraqi troops" or "the
U.S. military" act in the story, a briefing lists them beside the state (they advance, withdraw,
retake a city), as analysts do; named only in passing ("protests against the U.S. military
presence"), they stay with their state."""

from __future__ import annotations

from collections import Counter

from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.mentions import Mention

ARMED = frozenset("forces troops army military".split())
MIN_ACTING = 2  # sentences in which the forces act or lead, for an actor of their own
MIN_NAMED = 3  # ... or sentences that name them at all


def armed(m: Mention) -> bool:
    """Does the mention name a state's armed forces ("Iraqi security forces", "U.S. military")?"""
    return bool(m.state and m.surface) and m.surface.split()[-1].lower() in ARMED


def split_forces(entities: dict[str, Entity]) -> dict[str, Entity]:
    """Each state's armed forces apart from it where they act in MIN_ACTING sentences or more
    (or are named in MIN_NAMED), named by the form the text uses most
    ("Iraqi forces")."""
    out: dict[str, Entity] = {}
    for key, ent in entities.items():
        forces = [m for m in ent.mentions if armed(m)] if ent.state else []
        acting = {m.unit.key for m in forces if m.agent or m.subject}
        # or where the story keeps coming back to them ("Iraqi troops", "the Iraqi army")
        recurring = len({m.unit.key for m in forces}) >= MIN_NAMED
        # "train Kiev's forces" and nothing else of Ukraine: the forces are the actor the text names
        only = bool(forces) and len(forces) == len(ent.mentions)
        if len(acting) < MIN_ACTING and not recurring and not only:
            out[key] = ent
            continue
        named = Counter(m.surface for m in forces).most_common()
        best = max(named, key=lambda pair: (pair[1], pair[0].endswith("forces")))[0]
        out[f"forces:{ent.state}"] = Entity(best, None, forces)
        rest = [m for m in ent.mentions if not armed(m)]
        if rest:
            out[key] = Entity(ent.name, ent.state, rest)
    return out
