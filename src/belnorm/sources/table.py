"""belnorm's own table formats: CSV (RFC 4180) and TSV (IANA), one entity per row (see `belnorm.sources`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from belnorm.gazetteer import Entity
from belnorm.sources.fields import build_entity, check_id, check_kind, split_names
from belnorm.sources.files import PathLike, SourceError, csv_records, read_lines, short, tsv_records

__all__ = ["NAME_COLUMN", "read_table"]

#: Header cells that hold names: name, names, alias, aliases, alone or with a ":tag" or "_tag".
NAME_COLUMN = re.compile(r"^(?:names?|alias(?:es)?)(?:[:_].+)?$")
_RESERVED = ("id", "kind", "label", "attributes")


def read_table(path: PathLike, delimiter: str) -> Iterator[Entity]:
    """Entities from belnorm's own CSV (`delimiter` a comma) or TSV (a tab) layout (see `belnorm.sources`)."""
    header: list[str] | None = None
    columns: dict[str, int] = {}
    name_columns: list[int] = []
    extra_columns: list[tuple[int, str]] = []
    unnamed_columns: list[int] = []
    seen: dict[str, int] = {}
    for line, row in _rows(path, delimiter):
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            for index, title in enumerate(header):
                key = title.lower()
                if not key:
                    unnamed_columns.append(index)
                elif NAME_COLUMN.match(key):
                    name_columns.append(index)
                elif key in _RESERVED:
                    if key in columns:
                        raise SourceError(path, f"column {title!r} appears twice in the header", line=line, field=title)
                    columns[key] = index
                else:
                    if any(other == title for _, other in extra_columns):
                        raise SourceError(path, f"column {title!r} appears twice in the header", line=line, field=title)
                    extra_columns.append((index, title))
            for required in ("id", "kind"):
                if required not in columns:
                    raise SourceError(
                        path, f"no {required!r} column; the header has {header}", line=line, field=required
                    )
            if not name_columns:
                raise SourceError(
                    path, f"no 'name' column (name, names or name:<lang>); the header has {header}", line=line,
                    field="name",
                )
            continue
        width = len(header)
        if len(row) > width and not any(cell.strip() for cell in row[width:]):
            row = row[:width]
        if len(row) != width:
            raise SourceError(path, f"the row has {len(row)} fields, the header has {width}", line=line)
        for index in unnamed_columns:
            if row[index].strip():
                raise SourceError(
                    path, f"column {index + 1} has no name in the header but holds {short(row[index])}", line=line
                )
        entity_id = check_id(path, line, row[columns["id"]], seen)
        kind = check_kind(path, line, row[columns["kind"]])
        names: list[str] = []
        for index in name_columns:
            names.extend(split_names(row[index]))
        if not names:
            raise SourceError(path, f"entity {entity_id!r} has no names", line=line, field="name")
        label = row[columns["label"]].strip() if "label" in columns else ""
        attributes: dict[str, Any] = {}
        if "attributes" in columns and row[columns["attributes"]].strip():
            attributes = _parse_attributes(path, line, row[columns["attributes"]])
        for index, title in extra_columns:
            value = row[index].strip()
            if value:
                if title in attributes:
                    raise SourceError(
                        path, f"attribute {title!r} is both a column and a key of 'attributes'", line=line, field=title
                    )
                attributes[title] = value
        yield build_entity(path, line, id=entity_id, kind=kind, names=names, label=label or None, attributes=attributes)


def _rows(path: PathLike, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, fields); a CSV syntax error is a SourceError on the line it is noticed."""
    lines = read_lines(path)
    records = tsv_records(lines) if delimiter == "\t" else csv_records(lines, delimiter)
    for record in records:
        if record.problem is not None:
            raise SourceError(path, record.problem, line=record.end)
        yield record.line, record.fields


def _parse_attributes(path: PathLike, line: int, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"not valid JSON: {exc}", line=line, field="attributes") from None
    if not isinstance(value, dict):
        raise SourceError(path, f"must be a JSON object, not {short(value)}", line=line, field="attributes")
    return value
