"""What matching and finding return: an entity with the score and the rules that linked it.

Every result type lives here, below the engine that makes them and above the gazetteer they point into, so
the CLI, pandas, Dask and spaCy read one definition.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from belnorm.gazetteer import Entity, EntityKind

__all__ = [
    "CANDIDATE_FIELDS",
    "ENTITY_COLUMNS",
    "EXPLAIN_COLUMNS",
    "MENTION_COLUMNS",
    "STATUSES",
    "STATUS_COLUMN",
    "Candidate",
    "Explanation",
    "Link",
    "Match",
    "Mention",
    "candidate_columns",
    "candidate_record",
    "explanation_records",
    "match_record",
    "match_status",
    "mention_record",
    "score_value",
]


class Link(BaseModel):
    """The fields a `Match` and a `Mention` share: which entity, how sure, by which name and rules."""

    model_config = ConfigDict(frozen=True)

    entity: Entity | None = Field(description="the entity named (a `Mention` of an unregistered name has none)")
    score: float = Field(description="0-100, not rounded: how well the words fit the matched name")
    matched_name: str = Field(description="the registered name that matched")
    scheme: str = Field(
        description="how the words were read: the first of `conventions` (cyrillic, lacinka, english, polish, ...)"
    )
    conventions: tuple[str, ...] = Field(
        default=(), description="every reading convention that reads the words so (Lukashenko: english, german)"
    )
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")

    @property
    def entity_id(self) -> str | None:
        """The entity's id, or None for a name no entity has."""
        return None if self.entity is None else self.entity.id

    @property
    def label(self) -> str:
        """How to show the linked name: the entity's label, or an unregistered name's standard form."""
        return self.matched_name if self.entity is None else self.entity.display

    @property
    def entity_kind(self) -> EntityKind | None:
        """The entity's kind, or the kind an unregistered name looks like."""
        return getattr(self, "kind", None) if self.entity is None else self.entity.kind


class Match(Link):
    """The entity a query names, how sure belnorm is (0–100) and why."""

    entity: Entity = Field(description="the entity named")
    query: str = Field(description="the query as it was given")

    def __str__(self) -> str:
        return f"{self.query!r} → {self.entity.display} [{self.entity.id}] {self.score:.1f}"

    def __repr__(self) -> str:
        return (
            f"Match(entity={self.entity.id!r}, label={self.entity.display!r}, score={self.score:.1f}, "
            f"query={self.query!r})"
        )

    def _repr_html_(self) -> str:
        from belnorm.display import match_html

        return match_html(self)


class Mention(Link):
    """An entity named in a text: ``text == source[start:end]``."""

    start: int = Field(description="offset of the first character in the original text")
    end: int = Field(description="offset after the last character in the original text")
    text: str = Field(description="exactly source[start:end]")
    canonical: str | None = Field(
        default=None, description="for a name no entity has (`find(unknown=True)`): its standard Belarusian form"
    )
    kind: EntityKind | None = Field(default=None, description="the entity's kind, or the unregistered name's")

    def __str__(self) -> str:
        linked = f"[{self.entity_id}]" if self.entity is not None else f"(no entity, {self.entity_kind})"
        return f"{self.text!r} [{self.start}:{self.end}] → {self.label} {linked} {self.score:.1f}"

    def __repr__(self) -> str:
        return (
            f"Mention(entity={self.entity_id!r}, label={self.label!r}, score={self.score:.1f}, "
            f"text={self.text!r}, start={self.start}, end={self.end})"
        )

    def _repr_html_(self) -> str:
        from belnorm.display import mention_html

        return mention_html(self)


class Doubt(BaseModel):
    """A word of a text that matched an entity alone but that the context says is no mention of it."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="offset of the word in the original text")
    end: int = Field(description="offset after the word")
    text: str = Field(description="exactly source[start:end]")
    entity: Entity = Field(description="the entity the word alone would name")
    score: float = Field(description="the word's score alone, 0-100")
    reason: str = Field(description="the evidence against the link")


class TextExplanation(BaseModel):
    """What `Normalizer.explain_find` found: the mentions, and the words the context kept from linking."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="the text as it was given")
    mentions: tuple[Mention, ...] = Field(description="what `find` returns for the text")
    doubts: tuple[Doubt, ...] = Field(description="single words that matched alone, with the evidence against")

    def __str__(self) -> str:
        lines = [f"{len(self.mentions)} mentions, {len(self.doubts)} words kept from linking"]
        lines += [f"  {m.start}-{m.end} {m.text!r} -> {m.entity_id or m.label} {m.score:.1f}" for m in self.mentions]
        lines += [f"  {d.start}-{d.end} {d.text!r} not {d.entity.id}: {d.reason}" for d in self.doubts]
        return "\n".join(lines)


class Candidate(BaseModel):
    """An entity considered for a query, with its score, or the reason it was rejected."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity considered")
    score: float = Field(description="0-100; 0 for a rejected candidate")
    matched_name: str = Field(description="the registered name that was scored")
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")
    rejected: str | None = Field(default=None, description="why the candidate cannot be the answer, if it cannot")

    def __repr__(self) -> str:
        why = f", rejected={self.rejected!r}" if self.rejected else ""
        return (
            f"Candidate(entity={self.entity.id!r}, label={self.entity.display!r}, score={self.score:.1f}, "
            f"matched_name={self.matched_name!r}{why})"
        )


class Explanation(BaseModel):
    """What `Normalizer.explain` found: the match (or None) and every candidate considered."""

    model_config = ConfigDict(frozen=True)

    query: str = Field(description="the query as it was given")
    match: Match | None = Field(description="what `match` returns for the query")
    candidates: tuple[Candidate, ...] = Field(description="the candidates, best first, then the rejected ones")
    verdict: str = Field(description="why the query matched, or why nothing did (below cutoff, ambiguous, ...)")

    def __repr__(self) -> str:
        found = self.match.entity.id if self.match else None
        return (
            f"Explanation(query={self.query!r}, match={found!r}, verdict={self.verdict!r}, "
            f"candidates={len(self.candidates)})"
        )

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
#: what became of a query (``belnorm match`` writes it in the ``status`` column, before the entity columns)
STATUS_COLUMN = "status"
#: the statuses: linked to an entity; two or more entities fit about as well; the best fit scores below the
#: cutoff; the name is someone's or something's abroad (a namesake, a town, a country, a body of another country);
#: no registered name has the query's words
STATUSES: tuple[str, ...] = ("linked", "ambiguous", "below cutoff", "abroad", "no candidate")
#: one row per candidate of `Explanation` (``belnorm explain -t csv``); ``rules`` joins the explanation lines
EXPLAIN_COLUMNS: tuple[str, ...] = (
    "query", "verdict", "rank", "entity_id", "entity_label", "entity_kind", "score", "matched_name", "matched",
    "rejected", "rules",
)
#: the fields of each candidate in `candidate_columns`
CANDIDATE_FIELDS: tuple[str, ...] = ("id", "label", "score")


def score_value(score: float) -> float:
    """A score as records write it: with one decimal (the scorer's further digits are not information)."""
    return round(float(score), 1)


def match_record(match: Link | None) -> dict[str, Any]:
    """The `ENTITY_COLUMNS` of a match (str / float values); every value None when there is no match."""
    if match is None:
        return dict.fromkeys(ENTITY_COLUMNS)
    return {
        "entity_id": match.entity_id,
        "entity_label": match.label,
        "entity_kind": match.entity_kind,
        "score": score_value(match.score),
        "scheme": match.scheme,
        "matched_name": match.matched_name,
    }


def mention_record(mention: Mention) -> dict[str, Any]:
    """The `MENTION_COLUMNS` of a mention: offsets, surface text and the entity columns."""
    return {"start": mention.start, "end": mention.end, "mention": mention.text, **match_record(mention)}


def match_status(match: Match | None, verdict: str) -> str:
    """One of `STATUSES` for a decision: the match, or the verdict saying why there is none
    (`belnorm.engine.Engine.decide`)."""
    if match is not None:
        return "linked"
    if verdict.startswith("ambiguous"):
        return "ambiguous"
    if verdict.startswith("best score"):
        return "below cutoff"
    if verdict.startswith("abroad"):
        return "abroad"
    return "no candidate"


def candidate_columns(k: int) -> tuple[str, ...]:
    """The columns of the top ``k`` candidates: ``candidate_1_id``, ``candidate_1_label``, ``candidate_1_score``,
    ``candidate_2_id``, ..."""
    return tuple(f"candidate_{i}_{f}" for i in range(1, k + 1) for f in CANDIDATE_FIELDS)


def candidate_record(candidates: Sequence[tuple[Entity, float]], k: int) -> dict[str, Any]:
    """The `candidate_columns` of the best ``k`` distinct entities, given best first as (entity, score); None
    where there are fewer."""
    record: dict[str, Any] = dict.fromkeys(candidate_columns(k))
    for i, (entity, score) in enumerate(candidates[:k], 1):
        record[f"candidate_{i}_id"] = entity.id
        record[f"candidate_{i}_label"] = entity.display
        record[f"candidate_{i}_score"] = score_value(score)
    return record


def explanation_records(explanation: Explanation) -> list[dict[str, Any]]:
    """The `EXPLAIN_COLUMNS` rows of an explanation: one per candidate, best first (one row with empty candidate
    columns when there was none)."""
    base = {"query": explanation.query, "verdict": explanation.verdict}
    if not explanation.candidates:
        return [{**base, **dict.fromkeys(EXPLAIN_COLUMNS[2:])}]
    chosen = explanation.match.entity.id if explanation.match is not None else None
    return [
        {
            **base,
            "rank": rank,
            "entity_id": c.entity.id,
            "entity_label": c.entity.display,
            "entity_kind": c.entity.kind,
            "score": score_value(c.score),
            "matched_name": c.matched_name,
            "matched": c.entity.id == chosen,
            "rejected": c.rejected,
            "rules": " | ".join(c.explanation),
        }
        for rank, c in enumerate(explanation.candidates, 1)
    ]
