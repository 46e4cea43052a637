"""pandas helpers (``pip install belnorm-names[pandas]``): names in a Series → entity columns; texts → mentions.

>>> import pandas as pd
>>> from belnorm.integrations.pandas import match_series, find_series
>>> df = pd.DataFrame({"name": ["Мінск", "Minsk", "Менск", None, "nothing"]})
>>> df.join(match_series(df["name"]))[["name", "entity_id", "score"]]  # doctest: +SKIP
      name    entity_id  score
0    Мінск  place:minsk  100.0
1    Minsk  place:minsk  100.0
2    Менск  place:minsk  100.0
3     None         <NA>    NaN
4  nothing         <NA>    NaN

Importing this module also registers a ``.belnorm`` accessor on Series: ``df["name"].belnorm.match()`` and
``df["text"].belnorm.find()`` do the same with the bundled normalizer, or the one you pass. ``import belnorm``
imports this module itself when pandas is already imported (and so does the first use of a name of
``belnorm``, such as ``belnorm.Normalizer``, when pandas was imported after it); importing this module
registers the accessor whatever the order.

The result keeps the Series' index, so ``df.join(...)`` lines rows up; `find_series` returns one row per
mention with the index of the text it came from repeated (a "long" frame), so ``texts.join(mentions)`` or a
``groupby(level=0)`` leads back to the texts. Missing values (None, NaN, NA) and empty strings match nothing;
other non-string values are matched as ``str(value)``. Each distinct name is matched once, so a column with
repeated names costs what its distinct names cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from belnorm.results import ENTITY_COLUMNS, MENTION_COLUMNS, match_record, mention_record

if TYPE_CHECKING:  # imported when used: `import belnorm` imports this module when pandas is in use
    from belnorm.matcher import Normalizer

__all__ = ["BelnormAccessor", "canonical_series", "cluster_series", "find_series", "match_series"]

#: dtypes of the record columns that are numbers; every other column is a string
_NUMBER_DTYPES = {"score": "float64", "start": "int64", "end": "int64"}


def _normalizer(normalizer: Normalizer | None) -> Normalizer:
    if normalizer is not None:
        return normalizer
    from belnorm.matcher import Normalizer

    return Normalizer.default()


def _text(value: Any) -> str | None:
    """The string to match for a cell, or None for a missing value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def _typed(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    return frame.astype({c: _NUMBER_DTYPES.get(c, "string") for c in columns})


def match_series(
    series: pd.Series, normalizer: Normalizer | None = None, *, prefix: str = "", score_cutoff: float | None = None
) -> pd.DataFrame:
    """A DataFrame with the series' index and the columns ``entity_id``, ``entity_label``, ``entity_kind``,
    ``score``, ``scheme`` and ``matched_name`` (each prefixed by ``prefix``); missing where nothing matched.
    """
    if not isinstance(series, pd.Series):
        raise TypeError(f"match_series() needs a pandas Series, not {type(series).__name__}")
    norm = _normalizer(normalizer)
    texts = [_text(v) for v in series.tolist()]
    distinct = list(dict.fromkeys(t for t in texts if t is not None))
    found = dict(zip(distinct, norm.match_many(distinct, score_cutoff=score_cutoff)))
    records = [match_record(found[t] if t is not None else None) for t in texts]
    frame = pd.DataFrame({c: [r[c] for r in records] for c in ENTITY_COLUMNS}, index=series.index)
    frame = _typed(frame, ENTITY_COLUMNS)
    return frame.add_prefix(prefix) if prefix else frame


def find_series(series: pd.Series, normalizer: Normalizer | None = None, *, prefix: str = "") -> pd.DataFrame:
    """One row per mention found in the texts of ``series``, indexed by the index of the text it is in, with the
    columns ``start``, ``end`` (offsets into that text), ``mention`` and the entity columns of `match_series`.
    Texts without mentions have no rows; the order is the series' order, then the order in the text.
    """
    if not isinstance(series, pd.Series):
        raise TypeError(f"find_series() needs a pandas Series, not {type(series).__name__}")
    norm = _normalizer(normalizer)
    labels: list[Any] = []
    records: list[dict[str, Any]] = []
    for label, value in zip(series.index, series.tolist()):
        text = _text(value)
        if text is None:
            continue
        for mention in norm.find(text):
            labels.append(label)
            records.append(mention_record(mention))
    index = _index_like(series.index, labels)
    frame = pd.DataFrame({c: [r[c] for r in records] for c in MENTION_COLUMNS}, index=index)
    frame = _typed(frame, MENTION_COLUMNS)
    return frame.add_prefix(prefix) if prefix else frame


def _index_like(index: pd.Index, labels: list[Any]) -> pd.Index:
    """An index of ``labels`` with the name(s) and dtype of ``index`` (a MultiIndex stays one)."""
    if isinstance(index, pd.MultiIndex):
        if not labels:
            return index[:0]
        return pd.MultiIndex.from_tuples(labels, names=index.names)
    try:
        return pd.Index(labels, dtype=index.dtype, name=index.name)
    except (TypeError, ValueError):
        return pd.Index(labels, name=index.name)


def cluster_series(series: pd.Series, *, threshold: float | None = None) -> pd.Series:
    """A cluster label for each name of the series (same index; `belnorm.cluster` over the whole column, no
    gazetteer); a missing value gets no label (<NA>)."""
    from belnorm.clustering import cluster

    present = series.notna()
    labels = cluster([str(v) for v in series[present]], threshold=threshold)
    out = pd.Series(pd.NA, index=series.index, dtype="Int64", name="cluster")
    out[present] = labels
    return out


def canonical_series(series: pd.Series, *, kind: str | None = None) -> pd.Series:
    """`belnorm.canonical` of each name of the series (same index; no gazetteer); a missing value stays missing."""
    from belnorm.canonicalize import canonical

    out = pd.Series(pd.NA, index=series.index, dtype="string", name="canonical")
    present = series.notna()
    out[present] = [canonical(str(v), kind=kind) for v in series[present]]
    return out


@pd.api.extensions.register_series_accessor("belnorm")
class BelnormAccessor:
    """``series.belnorm.match(...)``, ``.find(...)``, ``.cluster(...)`` and ``.canonical(...)``: `match_series`,
    `find_series`, `cluster_series` and `canonical_series`."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def match(self, normalizer: Normalizer | None = None, **kwargs: Any) -> pd.DataFrame:
        """`match_series` on this series."""
        return match_series(self._series, normalizer, **kwargs)

    def find(self, normalizer: Normalizer | None = None, **kwargs: Any) -> pd.DataFrame:
        """`find_series` on this series."""
        return find_series(self._series, normalizer, **kwargs)

    def cluster(self, *, threshold: float | None = None) -> pd.Series:
        """`cluster_series` on this series."""
        return cluster_series(self._series, threshold=threshold)

    def canonical(self, *, kind: str | None = None) -> pd.Series:
        """`canonical_series` on this series."""
        return canonical_series(self._series, kind=kind)
