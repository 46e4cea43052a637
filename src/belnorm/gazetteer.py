"""Entities and the gazetteer that holds them.

An `Entity` is what a name can refer to: a person, a place, an organisation. A `Gazetteer` is a validated
collection of them (unique ids, non-empty names); the `Normalizer` builds its index from one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from belnorm.text import clean

__all__ = ["NAMESAKE", "NAMESAKE_ID", "Entity", "EntityKind", "Gazetteer", "GazetteerError"]

EntityKind = Literal["person", "place", "org", "other"]


#: the attribute of an entity that is only a namesake of the entities to be found (`Normalizer`), and its id prefix
NAMESAKE = "namesake"
NAMESAKE_ID = f"{NAMESAKE}:"


class GazetteerError(ValueError):
    """A gazetteer or an entity file is invalid; the message says which entity, file, line and field."""


class Entity(BaseModel):
    """A real person, place or organisation, with every name it is known by (any script, any number)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="stable identifier, e.g. a Wikidata QID")
    kind: EntityKind = Field(description="person, place, org or other")
    names: tuple[str, ...] = Field(min_length=1, description="names in any script; the first is canonical")
    label: str | None = Field(default=None, description="display name; defaults to the first name")
    attributes: dict[str, Any] = Field(default_factory=dict, description="anything else: birth year, QID, ...")

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("id must not be blank")
        return value

    @field_validator("names", mode="before")
    @classmethod
    def _names_clean(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            return value
        out: dict[str, None] = {}
        for name in value:
            if not isinstance(name, str):
                raise ValueError(f"name {name!r} is not a string")
            cleaned = clean(name)
            if not cleaned:
                raise ValueError(f"name {name!r} is empty after cleanup")
            out[cleaned] = None
        return tuple(out)

    def model_post_init(self, context: Any, /) -> None:
        # Not a model validator: pydantic runs those again whenever an Entity is put into a Match.
        if self.label is None:
            object.__setattr__(self, "label", self.names[0])

    @property
    def display(self) -> str:
        """The label shown to people."""
        return self.label or self.names[0]

    def _repr_html_(self) -> str:
        from belnorm.display import entity_html

        return entity_html(self)


class Gazetteer:
    """A validated, ordered collection of entities with unique ids.

    Takes `Entity` objects or dicts of their fields; a duplicate id, an empty name or anything else invalid
    raises `GazetteerError` naming the entity.

    >>> gaz = Gazetteer([Entity(id="Q1", kind="place", names=["Мінск", "Minsk"])])
    >>> gaz["Q1"].label
    'Мінск'
    """

    def __init__(self, entities: Iterable[Entity | dict[str, Any]] = ()) -> None:
        self._entities: dict[str, Entity] = {}
        for position, item in enumerate(entities):
            entity = self._coerce(item, position)
            if entity.id in self._entities:
                raise GazetteerError(f"duplicate entity id {entity.id!r} (entity #{position})")
            self._entities[entity.id] = entity

    @staticmethod
    def _coerce(item: Entity | dict[str, Any], position: int) -> Entity:
        if isinstance(item, Entity):
            return item
        if isinstance(item, dict):
            try:
                return Entity.model_validate(item)
            except ValueError as exc:
                raise GazetteerError(f"entity #{position} ({item.get('id', '?')!r}): {exc}") from exc
        raise GazetteerError(f"entity #{position} is a {type(item).__name__}, not an Entity or a dict")

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __getitem__(self, entity_id: str) -> Entity:
        return self._entities[entity_id]

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self._entities.get(entity_id)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} entities)"

    def merge(self, *others: Gazetteer | Iterable[Entity]) -> Gazetteer:
        """A new gazetteer with the entities of this one and the others.

        An entity whose id is already present is merged into it: names and attributes are united, the first
        one's kind and label win. That is how the same QID from Wikidata and from a sanctions list becomes one
        entity.
        """
        merged: dict[str, Entity] = dict(self._entities)
        for other in others:
            for entity in other:
                old = merged.get(entity.id)
                if old is None:
                    merged[entity.id] = entity
                else:
                    merged[entity.id] = old.model_copy(
                        update={
                            "names": old.names + tuple(n for n in entity.names if n not in old.names),
                            "attributes": {**entity.attributes, **old.attributes},
                        }
                    )
        return Gazetteer(merged.values())

    @classmethod
    def from_file(cls, path: str | Path, *, format: str | None = None) -> Gazetteer:
        """Load a gazetteer from a CSV, TSV or JSONL file, or from Wikidata, GeoNames or FollowTheMoney data
        (``format="wikidata" | "geonames" | "ftm"``); the format comes from the extension unless given. A bad file
        raises `belnorm.SourceError` naming the file, line and field."""
        from belnorm.sources import read_entities

        return cls(read_entities(path, format=format))

    @classmethod
    def from_csv(cls, path: str | Path) -> Gazetteer:
        """Load a CSV file with columns id, kind, name (repeatable or ``|``-joined), optional label, attributes."""
        return cls.from_file(path, format="csv")

    @classmethod
    def from_tsv(cls, path: str | Path) -> Gazetteer:
        """Like `from_csv`, tab-separated."""
        return cls.from_file(path, format="tsv")

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Gazetteer:
        """One JSON object per line with keys id, kind, names (or name), optional label and attributes."""
        return cls.from_file(path, format="jsonl")

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer of Belarusian people, places and organisations."""
        from belnorm.sources.bundled import load_default

        return load_default()

    @classmethod
    def namesakes_abroad(cls) -> Gazetteer:
        """The bundled people of other countries who share a name with bundled entities (Alexander Pushkin, the poet):
        `Normalizer.default` indexes them as namesakes (``Normalizer(..., namesakes=...)``), so that such a name
        links to no Belarusian entity."""
        from belnorm.sources.bundled import load_namesakes

        return cls(load_namesakes())
