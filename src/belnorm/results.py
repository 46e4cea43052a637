"""What matching and finding return: an entity with the score and the rules that linked it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from belnorm.gazetteer import Entity

__all__ = ["Link"]


class Link(BaseModel):
    """The fields a `Match` and a `Mention` share: which entity, how sure, by which name and rules."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity named")
    score: float = Field(description="0-100, not rounded: how well the words fit the matched name")
    matched_name: str = Field(description="the registered name that matched")
    scheme: str = Field(description="how the words were read: cyrillic, lacinka, english, polish, german, iso9")
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")
