"""GeoNames tables: ``BY.txt``, ``BY.zip``, ``cities15000.txt``, ``allCountries.txt``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from belnorm.gazetteer import Entity, EntityKind, GazetteerError
from belnorm.sources.fields import build_entity, worth_a_name
from belnorm.sources.files import PathLike, SourceError, read_lines, short

__all__ = ["GEONAMES_COLUMNS", "GEONAMES_KINDS", "read_geonames"]

GEONAMES_COLUMNS: tuple[str, ...] = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class", "feature code",
    "country code", "cc2", "admin1 code", "admin2 code", "admin3 code", "admin4 code", "population", "elevation",
    "dem", "timezone", "modification date",
)  # fmt: skip

#: GeoNames feature classes and the kind they give. Administrative areas, populated places, water, parks and
#: areas, relief, undersea and vegetation features are places people name as places; S (spots, buildings,
#: farms, stations) and R (roads, railways) are facilities, kept as ``other`` so that "Minsk" the railway
#: station does not compete with Minsk the city as a place.
GEONAMES_KINDS: dict[str, EntityKind] = {
    "A": "place", "P": "place", "H": "place", "L": "place", "T": "place", "U": "place", "V": "place",
    "S": "other", "R": "other",
}  # fmt: skip

_HAS_LETTER = re.compile(r"[^\W\d_]")


def read_geonames(
    path: PathLike,
    *,
    feature_classes: Iterable[str] | None = None,
    min_population: int = 0,
) -> Iterator[Entity]:
    """Entities from a GeoNames table (``BY.txt``, ``BY.zip``, ``cities15000.txt``, ``allCountries.txt`` ...).

    The file is the GeoNames "geoname" table: 19 tab-separated columns, no header, no quoting (see
    `GEONAMES_COLUMNS`). The id is ``geonames:<geonameid>``; the names are ``name``, ``asciiname`` and the
    comma-separated ``alternatenames`` (entries with no letter at all, such as postal codes, and links are left
    out: they are not names); the kind comes from the feature class through `GEONAMES_KINDS`. Attributes:
    ``geonames`` (the numeric id), ``feature_class``, ``feature_code``, ``country``, ``admin1`` (and ``admin2``
    when set), ``population``, ``lat``, ``lon``, ``timezone``.

    `feature_classes` (e.g. ``"PAH"``) and `min_population` select rows; rows they leave out are not errors.
    Lines starting with ``#`` and blank lines are skipped. A row with the wrong number of columns, a
    non-numeric id or coordinates, or an empty name raises `SourceError` with its line.
    """
    wanted = None
    if feature_classes is not None:
        wanted = {c.strip().upper() for c in feature_classes if c.strip()}
        unknown = wanted - set(GEONAMES_KINDS)
        if unknown:
            raise GazetteerError(
                f"unknown GeoNames feature class(es) {sorted(unknown)}; expected some of {''.join(GEONAMES_KINDS)}"
            )
    return _read_geonames(path, wanted, min_population)


def _read_geonames(path: PathLike, wanted: set[str] | None, min_population: int) -> Iterator[Entity]:
    width = len(GEONAMES_COLUMNS)
    for line, text in read_lines(path):
        text = text.rstrip("\r\n")
        if not text.strip() or text.startswith("#"):
            continue
        row = text.split("\t")
        if len(row) != width:
            raise SourceError(
                path, f"the row has {len(row)} tab-separated fields, the GeoNames layout has {width}", line=line
            )
        geonameid = row[0].strip()
        if not geonameid.isdigit():
            raise SourceError(path, f"not a numeric id: {short(row[0])}", line=line, field="geonameid")
        feature_class = row[6].strip().upper()
        if feature_class and feature_class not in GEONAMES_KINDS:
            raise SourceError(path, f"unknown feature class {row[6]!r}", line=line, field="feature class")
        if wanted is not None and feature_class not in wanted:
            continue
        population = _geonames_number(path, line, row[14], "population", int)
        if population < min_population:
            continue
        name = row[1].strip()
        if not name:
            raise SourceError(path, f"geonames:{geonameid} has an empty name", line=line, field="name")
        names = [name, row[2].strip()]
        for alternate in row[3].split(","):
            alternate = alternate.strip()
            if alternate and _HAS_LETTER.search(alternate) and "://" not in alternate:
                names.append(alternate)
        names = [n for n in names if worth_a_name(n)]
        attributes: dict[str, Any] = {
            "geonames": int(geonameid),
            "feature_class": feature_class,
            "feature_code": row[7].strip(),
            "country": row[8].strip(),
            "admin1": row[10].strip(),
        }
        if row[11].strip():
            attributes["admin2"] = row[11].strip()
        attributes["population"] = population
        attributes["lat"] = _geonames_number(path, line, row[4], "latitude", float, required=True)
        attributes["lon"] = _geonames_number(path, line, row[5], "longitude", float, required=True)
        if row[17].strip():
            attributes["timezone"] = row[17].strip()
        kind = GEONAMES_KINDS.get(feature_class, "other")
        yield build_entity(path, line, id=f"geonames:{geonameid}", kind=kind, names=names, attributes=attributes)


def _geonames_number(
    path: PathLike, line: int, text: str, field: str, cast: type[int] | type[float], *, required: bool = False
) -> Any:
    text = text.strip()
    if not text and not required:
        return cast(0)
    try:
        return cast(text)
    except ValueError:
        raise SourceError(path, f"not a number: {short(text)}", line=line, field=field) from None
