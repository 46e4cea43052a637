"""belnorm on Dask (``pip install belnorm-names[dask]``): a DataFrame column or a Bag of texts through one
Normalizer.

>>> import dask.dataframe as dd, belnorm.dask
>>> ddf = dd.read_csv("names-*.csv")                                   # doctest: +SKIP
>>> matched = belnorm.dask.match_column(ddf, "name")                   # doctest: +SKIP
>>> matched.to_parquet("matched/")                                     # doctest: +SKIP

`match_column` adds the entity columns of `belnorm.integrations.pandas.match_series` to every partition;
`find_column` gives one row per mention (the partition's index repeated, as `find_series` does); `match_bag`
and `find_bag` map a Bag of names or texts to records (dicts, or lists of dicts per text). Results are the
same as the single-process ones, row for row.

How the normalizer reaches the workers
--------------------------------------
The normalizer is put into the task graph once, as a single ``dask.delayed`` object that every partition
task depends on (see `ship`). The scheduler then has one worker hold it and the others fetch it peer to peer:
each worker process gets one copy and keeps it while the computation runs; it is not pickled once per
partition. A `Normalizer` pickles to its gazetteer, options and built index: about 4.6 MB for the bundled
gazetteer (about 2.6 kB per entity; ``len(pickle.dumps(norm))``). With no normalizer given, only a small marker
travels and each worker process makes the bundled `Normalizer.default()` itself, once (loaded from the cache in
the worker's user cache directory when it was built there before, `belnorm.cache`).

Running on a real cluster
-------------------------
Nothing in the code changes; only where the client connects::

    from dask.distributed import Client
    client = Client("tcp://scheduler.example.org:8786")   # or a dask-jobqueue / dask-kubernetes / Coiled cluster
    norm = belnorm.Normalizer(belnorm.Gazetteer.from_file("entities.jsonl"))
    matched = belnorm.dask.match_column(dd.read_parquet("s3://bucket/names/"), "name", norm)
    matched.to_parquet("s3://bucket/matched/")

The workers need belnorm installed, at the same version as the client (``pip install belnorm-names[dask]`` in the
worker image, or ``client.upload_file`` of a wheel for a quick test). The gazetteer file is read on the client
only: the built normalizer is what travels. For a very large gazetteer (say a million entities, where the
index is hundreds of MB), have each worker load a saved index instead of receiving the built one, by passing
a zero-argument factory; it runs once per worker process and its result is kept there::

    norm.save("/shared/entities.belnorm")                  # once, where the workers can read it
    matched = belnorm.dask.match_column(ddf, "name", lambda: belnorm.Normalizer.load("/shared/entities.belnorm"))
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.delayed import Delayed

from belnorm.results import match_record, mention_record
from belnorm.integrations.pandas import find_series, match_series
from belnorm.matcher import Normalizer

__all__ = ["find_bag", "find_column", "match_bag", "match_column", "ship"]

NormalizerLike = Normalizer | Callable[[], Normalizer] | None


class _Default:
    """Stands for `Normalizer.default()`, built on the worker rather than shipped."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Default)

    def __hash__(self) -> int:
        return hash(_Default)


class _Factory:
    """A zero-argument function that builds the normalizer on the worker; its result is cached per process."""

    def __init__(self, build: Callable[[], Normalizer]) -> None:
        self.build = build
        self.token = uuid.uuid4().hex


_built: dict[str, Normalizer] = {}
_lock = threading.Lock()


def _resolve(ref: Any) -> Normalizer:
    """The normalizer a task was given: shipped, default (built here) or from a factory (built here, once)."""
    if isinstance(ref, Normalizer):
        return ref
    if isinstance(ref, _Default):
        return Normalizer.default()
    if isinstance(ref, _Factory):
        with _lock:  # threads of one worker share the build
            if ref.token not in _built:
                _built[ref.token] = ref.build()
            return _built[ref.token]
    raise TypeError(f"expected a Normalizer, got {type(ref).__name__}")


def ship(normalizer: NormalizerLike = None) -> Any:
    """A ``dask.delayed`` handle to ``normalizer`` for use as an argument of ``map_partitions``: one node in
    the graph, so the normalizer is sent to each worker once, not with every task. ``None`` ships a marker for
    the bundled default normalizer; a callable ships itself and is called once on each worker."""
    if normalizer is None:
        ref: Any = _Default()
    elif isinstance(normalizer, Normalizer):
        ref = normalizer.with_options()  # the same index without this process's cache of query tokens
    elif callable(normalizer):
        ref = _Factory(normalizer)
    else:
        raise TypeError(f"expected a Normalizer, a factory or None, not {type(normalizer).__name__}")
    return dask.delayed(ref, name=f"belnorm-normalizer-{uuid.uuid4().hex}", traverse=False)


def _ref(normalizer: Any) -> Any:
    return normalizer if isinstance(normalizer, Delayed) else ship(normalizer)


def _match_partition(part: pd.DataFrame, column: str, ref: Any, prefix: str) -> pd.DataFrame:
    found = match_series(part[column], _resolve(ref), prefix=prefix)
    return pd.concat([part, found], axis=1)


def _find_partition(part: pd.DataFrame, column: str, ref: Any, prefix: str) -> pd.DataFrame:
    return find_series(part[column], _resolve(ref), prefix=prefix)


def _meta_normalizer() -> Normalizer:
    from belnorm.gazetteer import Gazetteer

    return Normalizer(Gazetteer([]))


def match_column(
    ddf: dd.DataFrame, column: str, normalizer: NormalizerLike = None, *, prefix: str = ""
) -> dd.DataFrame:
    """``ddf`` with the entity columns of `match_series` (prefixed by ``prefix``) for the names in ``column``."""
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r}; the columns are {list(ddf.columns)}")
    clash = [c for c in (prefix + c for c in match_series(pd.Series([], dtype=object), _meta_normalizer()))
             if c in ddf.columns]
    if clash:
        raise ValueError(f"the frame already has the columns {clash}; pass prefix= to name the new ones apart")
    meta = _match_partition(ddf._meta, column, _meta_normalizer(), prefix)
    return ddf.map_partitions(_match_partition, column, _ref(normalizer), prefix, meta=meta)


def find_column(
    ddf: dd.DataFrame, column: str, normalizer: NormalizerLike = None, *, prefix: str = ""
) -> dd.DataFrame:
    """One row per mention in the texts of ``column``, indexed like the rows they come from (see
    `find_series`); join it to ``ddf`` on the index to bring other columns along."""
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r}; the columns are {list(ddf.columns)}")
    meta = _find_partition(ddf._meta, column, _meta_normalizer(), prefix)
    return ddf.map_partitions(_find_partition, column, _ref(normalizer), prefix, meta=meta, clear_divisions=True)


def _match_records(names: Any, ref: Any) -> list[dict[str, Any]]:
    norm = _resolve(ref)
    names = list(names)
    results = norm.match_many([n if isinstance(n, str) else "" for n in names])
    return [match_record(m if isinstance(n, str) and n.strip() else None) for n, m in zip(names, results)]


def _find_records(texts: Any, ref: Any) -> list[list[dict[str, Any]]]:
    norm = _resolve(ref)
    return [
        [mention_record(m) for m in norm.find(t)] if isinstance(t, str) and t.strip() else [] for t in texts
    ]


def match_bag(bag: db.Bag, normalizer: NormalizerLike = None) -> db.Bag:
    """A Bag of match records (the dict of `belnorm.integrations.match_record`; values None for no match), one
    per name, in order."""
    return bag.map_partitions(_match_records, _ref(normalizer))


def find_bag(bag: db.Bag, normalizer: NormalizerLike = None) -> db.Bag:
    """A Bag with, for each text, the list of its mentions as records (offsets, surface text, entity columns);
    ``.flatten()`` gives one record per mention."""
    return bag.map_partitions(_find_records, _ref(normalizer))
