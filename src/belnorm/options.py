"""How strict matching is (`Options`), and the scores and penalties of every matching rule, described once.

A pair of words scores by the rule that links them (`EXACT` … `INITIAL`); a name scores the weighted mean of
its pairs minus the penalties for what the query lacks or adds. The scorer and the upper bound that lets it
skip hopeless names both read these numbers, so they cannot drift apart.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from belnorm.gazetteer import EntityKind
from belnorm.keys import latin_conventions

__all__ = [
    "EXACT",
    "COUNTRY_LEFT_OUT_PENALTY",
    "EXTRA_PATRONYMIC_PENALTY",
    "FAMILIAR_FORM",
    "FINE_MARGIN",
    "GIVEN_EQUIVALENT",
    "INFLECTED",
    "INITIAL",
    "MISSING_PATRONYMIC_PENALTY",
    "Options",
    "PROTHETIC",
    "SURNAME_ONLY_PENALTY",
    "UNDIACRITIC",
    "WORD_EQUIVALENT",
]

#: the same key as a registered token
EXACT = 100.0
#: a case form of a registered token (Лукашэнкі)
INFLECTED = 96.0
#: the same key but for a prothetic в (Ворша / Орша)
PROTHETIC = 94.0
#: the same key once š ž č lose their hooks (Lukasenka)
UNDIACRITIC = 96.0
#: a given name of the same class in another language (Alexander / Аляксандр)
GIVEN_EQUIVALENT = 90.0
#: a familiar form of the same given name (Саша / Аляксандр)
FAMILIAR_FORM = 85.0
#: a place or organisation word in another language (Region / вобласць)
WORD_EQUIVALENT = 92.0
#: an initial that fits a given name or patronymic
INITIAL = 90.0
#: among candidates tied on score, the one whose spelling is closer by this much (0-100) wins
FINE_MARGIN = 2.0
#: a person named by the surname alone
SURNAME_ONLY_PENALTY = 8.0
#: a registered patronymic that the query lacks (while it gives the given name)
MISSING_PATRONYMIC_PENALTY = 4.0
#: a patronymic (or second initial) in the query that the registered name lacks
EXTRA_PATRONYMIC_PENALTY = 3.0
#: a body's name in another language than Belarus's own without the country its registered name ends with
#: (Academia Nacional de Ciências): every country may have a body so named
COUNTRY_LEFT_OUT_PENALTY = 1.0


class Options(BaseModel):
    """How strict matching is. Immutable: derive variants with ``options.model_copy(update={...})``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    score_cutoff: float = Field(default=85.0, ge=0, le=100, description="matches scoring below are dropped")
    ambiguity_margin: float = Field(
        default=2.0, ge=0, description="no match when a second entity scores within this of the best"
    )
    allow_surname_only: bool = Field(default=True, description="may a surname alone name a person?")
    fuzzy: bool = Field(default=True, description="tolerate one typo in keys of five letters or more")
    fuzzy_cutoff: float = Field(default=90.0, ge=0, le=100, description="least similarity of a typo match")
    conventions: tuple[str, ...] | None = Field(
        default=None,
        description="Latin reading conventions to consider (`belnorm.keys.latin_conventions()`: lacinka, english, "
        "polish, german, iso9, ...); Cyrillic is always read",
    )
    kinds: tuple[EntityKind, ...] | None = Field(default=None, description="only match entities of these kinds")

    @field_validator("conventions")
    @classmethod
    def _known_conventions(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            unknown = sorted(set(value) - set(latin_conventions()))
            if unknown:
                raise ValueError(f"unknown reading conventions {unknown}; known: {', '.join(latin_conventions())}")
        return value
