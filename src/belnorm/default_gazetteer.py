"""The bundled gazetteer: Belarusian people, places and organisations in ``data/gazetteer/*.tsv``.

Each file has the columns ``id be ru en lacinka alt wikidata born note source``; every name column (and each
``|``-separated alternative) becomes a name of the entity, the Belarusian one first. ``source`` names where the
row's facts were checked. The kind of a file's entities is its name's prefix (``persons*.tsv``, ``places*.tsv``,
``orgs*.tsv``), so one kind may be split across files.
"""

from __future__ import annotations

import functools

from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
from belnorm.data import data_path

__all__ = ["COLUMNS", "KIND_OF_PREFIX", "bundled_files", "load_default", "read_bundled"]

COLUMNS = ("id", "be", "ru", "en", "lacinka", "alt", "wikidata", "born", "note", "source")
KIND_OF_PREFIX: dict[str, EntityKind] = {"persons": "person", "places": "place", "orgs": "org"}


def bundled_files() -> dict[str, EntityKind]:
    """Every bundled gazetteer file, sorted, with the kind of its entities (from the file name's prefix)."""
    out: dict[str, EntityKind] = {}
    for path in sorted(data_path("gazetteer").glob("*.tsv")):
        prefix = next((p for p in KIND_OF_PREFIX if path.name.startswith(p)), None)
        if prefix is None:
            raise GazetteerError(f"{path}: a bundled file's name starts with one of {', '.join(KIND_OF_PREFIX)}")
        out[path.name] = KIND_OF_PREFIX[prefix]
    return out


def read_bundled(filename: str, kind: EntityKind) -> list[Entity]:
    """The entities of one bundled file; a malformed line raises `GazetteerError` naming file, line, field."""
    path = data_path("gazetteer", filename)
    entities: list[Entity] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:  # a missing file stays FileNotFoundError: the installation is broken
        raise GazetteerError(f"{path}: the bundled gazetteer is not UTF-8: {exc}") from exc
    lines_of: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
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
        if row["id"] in lines_of:
            raise GazetteerError(f"{path}:{number}: field id: {row['id']!r} is already on line {lines_of[row['id']]}")
        lines_of[row["id"]] = number
        names = [row["be"], row["ru"], row["en"], row["lacinka"], *row["alt"].split("|")]
        attributes: dict[str, object] = {"en": row["en"]} if row["en"] else {}
        if row["wikidata"]:
            attributes["wikidata"] = row["wikidata"]
        if row["born"]:
            if not row["born"].isdigit():
                raise GazetteerError(f"{path}:{number}: field born: {row['born']!r} is not a year")
            attributes["born"] = int(row["born"])
        if row["note"]:
            attributes["note"] = row["note"]
        if row["source"]:
            attributes["source"] = row["source"]
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
    seen: dict[str, str] = {}
    for filename, kind in bundled_files().items():
        for entity in read_bundled(filename, kind):
            if entity.id in seen:
                raise GazetteerError(f"{filename}: duplicate id {entity.id!r} (also in {seen[entity.id]})")
            seen[entity.id] = filename
            entities.append(entity)
    return Gazetteer(entities)
