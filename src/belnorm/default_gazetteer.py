"""The bundled gazetteer: Belarusian people, places and organisations in ``data/gazetteer/*.tsv``.

Each file has the columns ``id be ru en lacinka alt wikidata born note``; every name column (and each
``|``-separated alternative) becomes a name of the entity, the Belarusian one first. The files say where
their data comes from in their header comments.
"""

from __future__ import annotations

import functools

from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
from belnorm.tables import data_path

__all__ = ["COLUMNS", "FILES", "load_default", "read_bundled"]

COLUMNS = ("id", "be", "ru", "en", "lacinka", "alt", "wikidata", "born", "note")
FILES: dict[str, EntityKind] = {"persons.tsv": "person", "places.tsv": "place", "orgs.tsv": "org"}


def read_bundled(filename: str, kind: EntityKind) -> list[Entity]:
    """The entities of one bundled file; a malformed line raises `GazetteerError` naming file, line, field."""
    path = data_path("gazetteer", filename)
    entities: list[Entity] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                if tuple(fields) != COLUMNS:
                    raise GazetteerError(f"{path}:{number}: header must be {' '.join(COLUMNS)}")
                header = fields
                continue
            if len(fields) != len(COLUMNS):
                raise GazetteerError(f"{path}:{number}: {len(fields)} fields, expected {len(COLUMNS)}")
            row = dict(zip(COLUMNS, fields))
            names = [row["be"], row["ru"], row["en"], row["lacinka"], *row["alt"].split("|")]
            attributes: dict[str, object] = {"en": row["en"]} if row["en"] else {}
            if row["wikidata"]:
                attributes["wikidata"] = row["wikidata"]
            if row["born"]:
                attributes["born"] = int(row["born"])
            if row["note"]:
                attributes["note"] = row["note"]
            try:
                entities.append(
                    Entity(id=row["id"], kind=kind, names=[n for n in names if n.strip()], attributes=attributes)
                )
            except ValueError as exc:
                raise GazetteerError(f"{path}:{number}: {exc}") from exc
    return entities


@functools.cache
def load_default() -> Gazetteer:
    """The bundled gazetteer, read once per process."""
    entities: list[Entity] = []
    for filename, kind in FILES.items():
        entities.extend(read_bundled(filename, kind))
    return Gazetteer(entities)
