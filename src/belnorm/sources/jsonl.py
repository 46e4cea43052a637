"""belnorm's own JSON lines: one entity object per line (see `belnorm.sources`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from belnorm.gazetteer import Entity
from belnorm.sources.fields import build_entity, check_id, check_kind
from belnorm.sources.files import PathLike, SourceError, json_objects, short

__all__ = ["NAME_KEYS", "read_jsonl"]

#: Keys whose values are names, taken in this order.
NAME_KEYS = ("name", "names", "alias", "aliases")


def _names_value(path: PathLike, line: int, value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        out = []
        for item in value:
            if not isinstance(item, str):
                raise SourceError(path, f"names must be strings, not {short(item)}", line=line, field=field)
            if item.strip():
                out.append(item.strip())
        return out
    raise SourceError(path, f"must be a string or a list of strings, not {short(value)}", line=line, field=field)


def read_jsonl(path: PathLike) -> Iterator[Entity]:
    """Entities from belnorm's own JSON lines: one object per line (see `belnorm.sources`)."""
    seen: dict[str, int] = {}
    for line, record in json_objects(path):
        if "id" not in record:
            raise SourceError(path, "no 'id' key", line=line, field="id")
        entity_id = check_id(path, line, record["id"], seen)
        if "kind" not in record:
            raise SourceError(path, "no 'kind' key", line=line, field="kind")
        kind = check_kind(path, line, record["kind"])
        names: list[str] = []
        for key in NAME_KEYS:
            names += _names_value(path, line, record.get(key), key)
        if not names:
            raise SourceError(path, f"entity {entity_id!r} has no names", line=line, field="names")
        label = record.get("label")
        if label is not None and not isinstance(label, str):
            raise SourceError(path, f"must be a string, not {short(label)}", line=line, field="label")
        attributes = record.get("attributes")
        if attributes is None:
            attributes = {}
        elif not isinstance(attributes, dict):
            raise SourceError(path, f"must be a JSON object, not {short(attributes)}", line=line, field="attributes")
        else:
            attributes = dict(attributes)
        for key, value in record.items():
            if key in ("id", "kind", "label", "attributes", *NAME_KEYS):
                continue
            if key in attributes:
                raise SourceError(
                    path, f"attribute {key!r} is both a key and a key of 'attributes'", line=line, field=key
                )
            attributes[key] = value
        yield build_entity(
            path, line, id=entity_id, kind=kind, names=names, label=(label or "").strip() or None,
            attributes=attributes, name_field="names",
        )
