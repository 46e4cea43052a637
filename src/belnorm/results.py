"""What matching and finding return: an entity with the score and the rules that linked it.

Every result type lives here, below the engine that makes them and above the gazetteer they point into, so
the CLI, pandas, Dask and spaCy read one definition.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from belnorm.gazetteer import Entity

__all__ = [
    "ENTITY_COLUMNS",
    "MENTION_COLUMNS",
    "Candidate",
    "Explanation",
    "Link",
    "Match",
    "Mention",
    "match_record",
    "mention_record",
]


class Link(BaseModel):
    """The fields a `Match` and a `Mention` share: which entity, how sure, by which name and rules."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity named")
    score: float = Field(description="0-100, not rounded: how well the words fit the matched name")
    matched_name: str = Field(description="the registered name that matched")
    scheme: str = Field(
        description="how the words were read: the first of `conventions` (cyrillic, lacinka, english, polish, ...)"
    )
    conventions: tuple[str, ...] = Field(
        default=(), description="every reading convention that reads the words so (Lukashenko: english, german)"
    )
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")


class Match(Link):
    """The entity a query names, how sure belnorm is (0–100) and why."""

    query: str = Field(description="the query as it was given")

    def __str__(self) -> str:
        return f"{self.query!r} → {self.entity.display} [{self.entity.id}] {self.score:.1f}"

    def _repr_html_(self) -> str:
        from belnorm.display import match_html

        return match_html(self)


class Mention(Link):
    """An entity named in a text: ``text == source[start:end]``."""

    start: int = Field(description="offset of the first character in the original text")
    end: int = Field(description="offset after the last character in the original text")
    text: str = Field(description="exactly source[start:end]")

    def _repr_html_(self) -> str:
        from belnorm.display import mention_html

        return mention_html(self)


class Candidate(BaseModel):
    """An entity considered for a query, with its score, or the reason it was rejected."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity considered")
    score: float = Field(description="0-100; 0 for a rejected candidate")
    matched_name: str = Field(description="the registered name that was scored")
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")
    rejected: str | None = Field(default=None, description="why the candidate cannot be the answer, if it cannot")


class Explanation(BaseModel):
    """What `Normalizer.explain` found: the match (or None) and every candidate considered."""

    model_config = ConfigDict(frozen=True)

    query: str = Field(description="the query as it was given")
    match: Match | None = Field(description="what `match` returns for the query")
    candidates: tuple[Candidate, ...] = Field(description="the candidates, best first, then the rejected ones")
    verdict: str = Field(description="why the query matched, or why nothing did (below cutoff, ambiguous, ...)")

    def __str__(self) -> str:
        lines = [f"{self.query!r}: {self.verdict}"]
        for c in self.candidates:
            status = f"rejected: {c.rejected}" if c.rejected else f"{c.score:.1f}"
            lines.append(f"  {c.entity.id} {c.matched_name!r} {status}")
            lines.extend(f"      {line}" for line in c.explanation)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from belnorm.display import explanation_html

        return explanation_html(self)


# --------------------------------------------------------------------------------------------------------------
# Flat records: one row of plain values per result, the same columns in the CLI, pandas, Dask and spaCy
# --------------------------------------------------------------------------------------------------------------

#: the columns a match adds (the ``belnorm match`` command writes them after the input's columns)
ENTITY_COLUMNS: tuple[str, ...] = ("entity_id", "entity_label", "entity_kind", "score", "scheme", "matched_name")
#: the columns of one mention (``belnorm find`` writes them after the input's columns and ``row``)
MENTION_COLUMNS: tuple[str, ...] = ("start", "end", "mention", *ENTITY_COLUMNS)


def match_record(match: Link | None) -> dict[str, Any]:
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


def mention_record(mention: Mention) -> dict[str, Any]:
    """The `MENTION_COLUMNS` of a mention: offsets, surface text and the entity columns."""
    return {"start": mention.start, "end": mention.end, "mention": mention.text, **match_record(mention)}
