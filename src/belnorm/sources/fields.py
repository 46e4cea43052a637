"""Checks every entity reader shares: ids, kinds, names, and building an `Entity` whose errors point at the record."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from belnorm.gazetteer import Entity, EntityKind
from belnorm.sources.files import PathLike, SourceError, short

__all__ = ["KINDS", "QID", "build_entity", "check_id", "check_kind", "split_names", "worth_a_name"]

KINDS: tuple[EntityKind, ...] = ("person", "place", "org", "other")

#: A Wikidata item id.
QID = re.compile(r"^Q[1-9][0-9]*$")

# A letter or digit that clean() keeps (it drops the Hangul fillers, which Unicode counts as letters).
_WORD_CHAR = re.compile(r"[^\W_\u115f\u1160\u3164\uffa0]")


def build_entity(
    path: PathLike,
    line: int | None,
    *,
    id: str,
    kind: EntityKind,
    names: list[str],
    label: str | None = None,
    attributes: dict[str, Any] | None = None,
    name_field: str = "name",
) -> Entity:
    """An Entity, or a SourceError naming the field that made it invalid."""
    try:
        return Entity(id=id, kind=kind, names=tuple(names), label=label, attributes=attributes or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = str(err["loc"][0]) if err["loc"] else None
        field = {"names": name_field}.get(loc or "", loc)
        reason = str(err["msg"]).removeprefix("Value error, ")
        raise SourceError(path, reason, line=line, field=field) from None


def check_kind(path: PathLike, line: int, value: Any, field: str = "kind") -> EntityKind:
    """A kind cell or value, case-insensitive; anything else is a SourceError."""
    if not isinstance(value, str):
        raise SourceError(path, f"kind must be a string, not {short(value)}", line=line, field=field)
    kind = value.strip().lower()
    if not kind:
        raise SourceError(path, "kind is empty; expected one of " + ", ".join(KINDS), line=line, field=field)
    for known in KINDS:
        if kind == known:
            return known
    raise SourceError(
        path, f"unknown kind {value.strip()!r}; expected one of " + ", ".join(KINDS), line=line, field=field
    )


def check_id(path: PathLike, line: int, value: Any, seen: dict[str, int], field: str = "id") -> str:
    """A non-empty id not seen before in the file (`seen` maps ids to their first line)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise SourceError(path, f"id must be a string, not {short(value)}", line=line, field=field)
    entity_id = str(value).strip()
    if not entity_id:
        raise SourceError(path, "id is empty", line=line, field=field)
    first = seen.get(entity_id)
    if first is not None:
        raise SourceError(path, f"duplicate id {entity_id!r} (first on line {first})", line=line, field=field)
    seen[entity_id] = line
    return entity_id


def worth_a_name(name: str) -> bool:
    """True when a name has a letter or digit that survives cleanup; names of punctuation alone are not names."""
    return bool(_WORD_CHAR.search(name))


def split_names(cell: str) -> list[str]:
    """The names of a cell: ``|``-separated, stripped, empty ones left out."""
    return [part.strip() for part in cell.split("|") if part.strip()]
