"""Optional integrations: `belnorm.integrations.pandas` (``pip install belnorm[pandas]``) and
`belnorm.integrations.dask`, also importable as `belnorm.dask` (``pip install belnorm[dask]``).

This package imports neither pandas nor Dask; the helpers here turn results into plain records (dicts of
str / float / int / None), the one shape every integration writes, so a column means the same everywhere: in a
DataFrame, in a Dask Bag, and in the CSV the ``belnorm`` command writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from belnorm.results import Mention
    from belnorm.results import Match

__all__ = ["ENTITY_COLUMNS", "MENTION_COLUMNS", "match_record", "mention_record"]

#: the columns a match adds (the same names as the ``belnorm match`` command's output)
ENTITY_COLUMNS: tuple[str, ...] = ("entity_id", "entity_label", "entity_kind", "score", "scheme", "matched_name")
#: the columns of one mention (``belnorm find`` writes these after the input's columns and ``row``)
MENTION_COLUMNS: tuple[str, ...] = ("start", "end", "mention", *ENTITY_COLUMNS)


def match_record(match: Match | None) -> dict[str, Any]:
    """The entity columns of a match; every value None when there is no match."""
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
    """The columns of one mention: offsets, surface text and entity columns."""
    entity = mention.entity
    return {
        "start": mention.start,
        "end": mention.end,
        "mention": mention.text,
        "entity_id": entity.id,
        "entity_label": entity.display,
        "entity_kind": entity.kind,
        "score": float(mention.score),
        "scheme": mention.scheme,
        "matched_name": mention.matched_name,
    }
