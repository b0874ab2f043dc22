"""Places that are not states (cities, provinces, US states), from data/places.txt (GeoNames
via bench/make_gazetteer.py): a name the text uses only as a place is the story's setting, not an
actor. A state is never in it (places.py knows states)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = (files("briefsmith.engines.extractive") / "data" / "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """Is this the name of a city, a province or a US state?"""
    return name in _places()


_places()  # read with the engine, as places.py builds its table: the first brief pays nothing for it
