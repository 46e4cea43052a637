"""What matching and finding return: an entity with the score and the rules that linked it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from belnorm.gazetteer import Entity

__all__ = ["ENTITY_COLUMNS", "MENTION_COLUMNS", "Link", "match_record", "mention_record"]


class Link(BaseModel):
    """The fields a `Match` and a `Mention` share: which entity, how sure, by which name and rules."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity named")
    score: float = Field(description="0-100, not rounded: how well the words fit the matched name")
    matched_name: str = Field(description="the registered name that matched")
    scheme: str = Field(description="how the words were read: cyrillic, lacinka, english, polish, german, iso9")
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")


# --------------------------------------------------------------------------------------------------------------
# Flat records: one row of plain values per result, the same columns in the CLI, pandas, Dask and spaCy
# --------------------------------------------------------------------------------------------------------------

from typing import Any, Protocol  # noqa: E402 - this section's own imports

#: the columns a match adds (the ``belnorm match`` command writes them after the input's columns)
ENTITY_COLUMNS: tuple[str, ...] = ("entity_id", "entity_label", "entity_kind", "score", "scheme", "matched_name")
#: the columns of one mention (``belnorm find`` writes them after the input's columns and ``row``)
MENTION_COLUMNS: tuple[str, ...] = ("start", "end", "mention", *ENTITY_COLUMNS)


class _Linked(Protocol):
    """What a record reads from a match (a `Link`)."""

    @property
    def entity(self) -> Entity: ...
    @property
    def score(self) -> float: ...
    @property
    def scheme(self) -> str: ...
    @property
    def matched_name(self) -> str: ...


class _Spanned(_Linked, Protocol):
    """What a record reads from a mention: a `Link`, and where it is in the text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def match_record(match: _Linked | None) -> dict[str, Any]:
    """The `ENTITY_COLUMNS` of a match (str / float values); every value None when there is no match."""
    if match is None:
        return dict.fromkeys(ENTITY_COLUMNS)
    entity = match.entity
    return {
        "entity_id": entity.id,
        "entity_label": entity.display,
        "entity_kind": entity.kind,
        "score": float(match.score),
        "scheme": match.scheme,
        "matched_name": match.matched_name,
    }


def mention_record(mention: _Spanned) -> dict[str, Any]:
    """The `MENTION_COLUMNS` of a mention: offsets, surface text and the entity columns."""
    return {"start": mention.start, "end": mention.end, "mention": mention.text, **match_record(mention)}
