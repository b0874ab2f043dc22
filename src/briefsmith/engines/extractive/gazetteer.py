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


# GeoNames spells out what the papers abbreviate: "St. Louis" is its "Saint Louis".
_SPELLED = {"St.": "Saint", "St": "Saint", "Ft.": "Fort", "Ft": "Fort", "Mt.": "Mount", "Mt": "Mount"}


def is_place(name: str) -> bool:
    """Is this the name of a city, a province or a US state?"""
    first, _, rest = name.partition(" ")
    return name in _places() or bool(rest and first in _SPELLED and f"{_SPELLED[first]} {rest}" in _places())


_places()  # read with the engine, as places.py builds its table: the first brief pays nothing for it
