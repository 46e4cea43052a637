"""The bundled gazetteer: Belarusian people, places and organisations in ``data/gazetteer/*.tsv``.

Every ``persons*.tsv``, ``places*.tsv`` and ``orgs*.tsv`` file is read, in name order, with the kind its name
starts with, so one kind may be split across files. Each file has ``#`` comment lines saying where its data comes
from, then the header ``id be ru en lacinka alt wikidata born note source``; every name column (and each
``|``-separated alternative) becomes a name of the entity, the Belarusian one first. ``source`` (where the row's
facts were checked, kept as ``attributes["source"]``) and ``surname_alone`` may be left out, by a file or a row.
``surname_alone`` = ``no`` marks a person known from a list (a political prisoner, a judge) rather than as a public
figure: running text names them by surname alone only after it has named them in full (``attributes["surname_alone"]``
is then False), so that every Смірноў in the news is not linked to the one on the list. Ids are unique
across all files. A malformed row is a `SourceError` naming the file, the line and the field.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, cast

from belnorm.gazetteer import NAMESAKE, NAMESAKE_ID, Entity, EntityKind, Gazetteer
from belnorm.sources.fields import build_entity
from belnorm.sources.files import SourceError, read_lines, tsv_records
from belnorm.data import data_path

__all__ = ["COLUMNS", "KIND_OF_PREFIX", "bundled_files", "load_default", "load_namesakes", "read_bundled"]

COLUMNS = ("id", "be", "ru", "en", "lacinka", "alt", "wikidata", "born", "note", "source", "surname_alone")
#: Trailing columns a file or a row may leave out (older files have no ``source`` column).
OPTIONAL = 2
#: Values of ``surname_alone``: does a surname alone name the person in running text?
_SURNAME_ALONE = {"": True, "yes": True, "no": False}
#: File name prefix -> the kind of its entities.
KIND_OF_PREFIX: dict[str, EntityKind] = {"persons": "person", "places": "place", "orgs": "org"}
_NAME_COLUMNS = ("be", "ru", "en", "lacinka")
_NAMESAKE_COLUMNS = ("id", "kind", "names", "note", "source")


def bundled_files() -> dict[str, EntityKind]:
    """Every bundled gazetteer file (its name inside ``data/gazetteer``), sorted, with the kind of its entities.

    A file whose name has no known prefix is a `SourceError`; no file at all is a `FileNotFoundError` (the
    installation is broken)."""
    folder = data_path("gazetteer")
    out: dict[str, EntityKind] = {}
    for path in sorted(folder.glob("*.tsv")):
        prefix = next((p for p in KIND_OF_PREFIX if path.name.startswith(p)), None)
        if prefix is None:
            raise SourceError(path, f"a bundled file's name starts with one of {', '.join(KIND_OF_PREFIX)}")
        out[path.name] = KIND_OF_PREFIX[prefix]
    if not out:
        raise FileNotFoundError(f"{folder}: no bundled gazetteer files (a broken installation?)")
    return out


def read_bundled(filename: str, kind: EntityKind) -> list[Entity]:
    """The entities of one bundled file; a malformed line raises `SourceError` naming file, line and field.

    A missing file stays `FileNotFoundError`: the installation is broken, not the data."""
    path = data_path("gazetteer", filename)
    entities: list[Entity] = []
    columns: tuple[str, ...] | None = None
    lines_of: dict[str, int] = {}
    for record in tsv_records(read_lines(path)):
        number, fields = record.line, record.fields
        if not fields or fields[0].startswith("#"):
            continue
        if columns is None:
            columns = _header(path, number, fields)
            continue
        if len(COLUMNS) - OPTIONAL <= len(fields) < len(columns):
            fields = fields + [""] * (len(columns) - len(fields))  # the optional columns left out
        if len(fields) != len(columns):
            raise SourceError(path, f"{len(fields)} fields, expected {len(columns)}", line=number)
        row = dict(zip(columns, fields))
        if row["id"] in lines_of:
            raise SourceError(
                path, f"duplicate id {row['id']!r}: it is already on line {lines_of[row['id']]}", line=number,
                field="id",
            )
        lines_of[row["id"]] = number
        entities.append(_entity(path, number, row, kind))
    return entities


def _header(path: Path, number: int, fields: list[str]) -> tuple[str, ...]:
    for optional in range(OPTIONAL + 1):
        if tuple(fields) == COLUMNS[: len(COLUMNS) - optional]:
            return tuple(fields)
    expected = " ".join(COLUMNS[:-OPTIONAL]) + "".join(f" [{c}]" for c in COLUMNS[-OPTIONAL:])
    raise SourceError(path, f"the header must be {expected}", line=number)


def _entity(path: Path, number: int, row: dict[str, str], kind: EntityKind) -> Entity:
    names = [row[c] for c in _NAME_COLUMNS] + row["alt"].split("|")
    attributes: dict[str, Any] = {"en": row["en"]} if row["en"] else {}
    if row["ru"] and kind == "place":
        attributes["ru"] = row["ru"]  # what a Russian-spelled query is checked against (`Scorer._o_for_russian_a`)
    if row["wikidata"]:
        attributes["wikidata"] = row["wikidata"]
    if row["born"]:
        if not row["born"].isdigit():
            raise SourceError(path, f"{row['born']!r} is not a year", line=number, field="born")
        attributes["born"] = int(row["born"])
    if row["note"]:
        attributes["note"] = row["note"]
    if row.get("source"):
        attributes["source"] = row["source"]
    alone = row.get("surname_alone", "")
    if alone not in _SURNAME_ALONE:
        raise SourceError(path, f"{alone!r} is not yes, no or empty", line=number, field="surname_alone")
    if not _SURNAME_ALONE[alone]:
        if kind != "person":
            raise SourceError(path, "only a person has a surname", line=number, field="surname_alone")
        attributes["surname_alone"] = False
    return build_entity(
        path, number, id=row["id"], kind=kind, names=[n for n in names if n.strip()], attributes=attributes
    )


@functools.cache
def load_default() -> Gazetteer:
    """The bundled gazetteer, read once per process."""
    entities: list[Entity] = []
    seen: dict[str, str] = {}
    for filename, kind in bundled_files().items():
        for entity in read_bundled(filename, kind):
            if entity.id in seen:
                raise SourceError(
                    data_path("gazetteer", filename), f"duplicate id {entity.id!r} (also in {seen[entity.id]})",
                    field="id",
                )
            seen[entity.id] = filename
            entities.append(entity)
    return Gazetteer(entities)


@functools.cache
def load_namesakes() -> tuple[Entity, ...]:
    """People of other countries who share a name with bundled entities (``data/names/namesakes_abroad.tsv``),
    marked ``attributes["namesake"]``: indexed beside the bundled gazetteer, they keep a name that fits them from
    linking to a Belarusian entity (Alexander Pushkin, the poet, is not Алесь Пушкін). Every row has a source."""
    path = data_path("names", "namesakes_abroad.tsv")
    entities: list[Entity] = []
    header: list[str] | None = None
    for record in tsv_records(read_lines(path)):
        number, fields = record.line, record.fields
        if not fields or fields[0].startswith("#"):
            continue
        if header is None:
            if tuple(fields) != _NAMESAKE_COLUMNS:
                raise SourceError(path, f"the header must be {' '.join(_NAMESAKE_COLUMNS)}", line=number)
            header = fields
            continue
        if len(fields) != len(header):
            raise SourceError(path, f"{len(fields)} fields, expected {len(header)}", line=number)
        row = dict(zip(header, fields))
        if not row["id"].startswith(NAMESAKE_ID) or not row["source"].strip():
            raise SourceError(path, "a namesake has an id namesake:<slug> and a source", line=number, field="id")
        attributes = {NAMESAKE: True, "note": row["note"], "source": row["source"]}
        kind = cast(EntityKind, row["kind"])  # validated by the Entity model: a bad kind is a SourceError
        entities.append(
            build_entity(path, number, id=row["id"], kind=kind, names=row["names"].split("|"), attributes=attributes)
        )
    return tuple(entities)
