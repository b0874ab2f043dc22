"""An actor being assembled: its mentions, under the name it goes by."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefsmith.engines.extractive.mentions import Mention


@dataclass
class Entity:
    name: str
    state: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surfaces(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            s = m.surface or m.name
            if s != self.name:
                seen.setdefault(s, None)
        return list(seen)
