"""FollowTheMoney entities, as OpenSanctions exports them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from belnorm.gazetteer import Entity, EntityKind, GazetteerError
from belnorm.sources.fields import QID, build_entity, worth_a_name
from belnorm.sources.files import PathLike, SourceError, json_objects, short

__all__ = ["FTM_ATTRIBUTE_PROPERTIES", "FTM_KINDS", "FTM_NAME_PROPERTIES", "read_ftm"]

#: FtM schemata and the kind they give; every other schema (Address, Vessel, Position, ...) is ``other``.
FTM_KINDS: dict[str, EntityKind] = {
    "Person": "person",
    "Organization": "org",
    "Company": "org",
    "LegalEntity": "org",
    "PublicBody": "org",
}

#: Properties whose values are names, in the order they are taken.
FTM_NAME_PROPERTIES: tuple[str, ...] = ("name", "alias", "previousName", "weakAlias")

#: Properties copied into attributes (as lists of strings, as FtM holds them).
FTM_ATTRIBUTE_PROPERTIES: tuple[str, ...] = (
    "birthDate", "deathDate", "birthPlace", "gender", "country", "nationality", "citizenship", "jurisdiction",
    "position", "topics", "incorporationDate", "registrationNumber", "innCode",
)  # fmt: skip


def read_ftm(
    path: PathLike,
    *,
    id_from: Literal["ftm", "wikidata"] = "ftm",
    weak_aliases: bool = True,
    schemata: Iterable[str] | None = None,
) -> Iterator[Entity]:
    """Entities from FollowTheMoney JSON lines, as OpenSanctions exports them (``entities.ftm.json``,
    ``targets.nested.json``) and ``ftm`` tools write them.

    Each line is an object with ``id``, ``schema`` and ``properties`` (property name -> list of values). Names are
    the ``caption`` (OpenSanctions' display name) then ``name``, ``alias``, ``previousName`` and, unless
    `weak_aliases` is False, ``weakAlias``; a Person with no name gets one from ``firstName``/``fatherName``/
    ``lastName``, an Address from ``full``. The kind comes from the schema through `FTM_KINDS`.

    Attributes: ``ftm_id`` (the FtM id), ``schema``, ``datasets`` (when present), ``wikidata`` (the first
    ``wikidataId``), the properties in `FTM_ATTRIBUTE_PROPERTIES` as lists of strings, and ``birth_year`` when
    every ``birthDate`` has the same year (the key the Wikidata reader uses too).

    ``id_from="wikidata"`` makes the QID the id when the entity has one, so that the person from OpenSanctions
    and the same person from `read_wikidata` merge into one entity in `Gazetteer.merge`.

    `schemata` selects schemata (e.g. ``{"Person", "Organization"}``). Records with no name at all (Sanction,
    Ownership, Family and other relationship schemata) are skipped: nothing could match them. A line that is not
    a JSON object, lacks ``id`` or ``schema``, or has a name property that is not strings raises `SourceError`.
    """
    if id_from not in ("ftm", "wikidata"):
        raise GazetteerError(f"id_from must be 'ftm' or 'wikidata', not {id_from!r}")
    wanted = set(schemata) if schemata is not None else None
    return _read_ftm(path, id_from, weak_aliases, wanted)


def _read_ftm(path: PathLike, id_from: str, weak_aliases: bool, wanted: set[str] | None) -> Iterator[Entity]:
    name_properties = [p for p in FTM_NAME_PROPERTIES if weak_aliases or p != "weakAlias"]
    for line, record in json_objects(path):
        ftm_id = record.get("id")
        if not isinstance(ftm_id, str) or not ftm_id.strip():
            raise SourceError(path, f"missing or empty id: {short(ftm_id)}", line=line, field="id")
        schema = record.get("schema")
        if not isinstance(schema, str) or not schema.strip():
            raise SourceError(path, f"{ftm_id}: missing or empty schema", line=line, field="schema")
        if wanted is not None and schema not in wanted:
            continue
        properties = record.get("properties", {})
        if not isinstance(properties, dict):
            raise SourceError(path, f"{ftm_id}: expected an object", line=line, field="properties")

        def strings(prop: str, *, strict: bool, props: dict[str, Any] = properties) -> list[str]:
            value = props.get(prop)
            if value is None:
                return []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise SourceError(
                    path, f"{ftm_id}: expected a list of values, not {short(value)}", line=line,
                    field=f"properties.{prop}",
                )
            out = []
            for item in value:
                if isinstance(item, str):
                    if item.strip():
                        out.append(item.strip())
                elif strict:
                    raise SourceError(
                        path, f"{ftm_id}: a name must be a string, not {short(item)}", line=line,
                        field=f"properties.{prop}",
                    )
            return out

        names: list[str] = []
        caption = record.get("caption")
        if isinstance(caption, str) and caption.strip():
            names.append(caption.strip())
        for prop in name_properties:
            names += strings(prop, strict=True)
        if not names and schema == "Person":
            parts = [strings(p, strict=True)[:1] for p in ("firstName", "fatherName", "lastName")]
            composed = " ".join(part[0] for part in parts if part)
            if composed:
                names.append(composed)
        if not names and schema == "Address":
            names += strings("full", strict=True)
        names = [n for n in names if worth_a_name(n)]
        if not names:
            continue

        attributes: dict[str, Any] = {"ftm_id": ftm_id.strip(), "schema": schema}
        datasets = record.get("datasets")
        if isinstance(datasets, list) and datasets:
            attributes["datasets"] = [d for d in datasets if isinstance(d, str)]
        qids = [q.upper() for q in strings("wikidataId", strict=False) if QID.match(q.upper())]
        if qids:
            attributes["wikidata"] = qids[0]
        for prop in FTM_ATTRIBUTE_PROPERTIES:
            values = strings(prop, strict=False)
            if values:
                attributes[prop] = values
        years = {d[:4] for d in attributes.get("birthDate", []) if re.match(r"^\d{4}", d)}
        if len(years) == 1:
            attributes["birth_year"] = int(years.pop())
        entity_id = qids[0] if id_from == "wikidata" and qids else ftm_id
        kind = FTM_KINDS.get(schema, "other")
        yield build_entity(
            path, line, id=entity_id, kind=kind, names=names, attributes=attributes, name_field="properties.name"
        )
