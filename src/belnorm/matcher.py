"""`Normalizer`: which entity a name refers to, or which entities a text names; the facade over the pipeline.

A query is cleaned and tokenized; each token is read in every plausible convention and keyed (`belnorm.keys`),
and looked up in the index, where case forms of every registered token already are (`belnorm.query`). The
names those hits point to are scored by aligning query tokens to name tokens (`belnorm.scoring`), and the best
entity wins, unless it is below the cutoff or another entity scores almost as well (`belnorm.engine`): a false
link costs the user more than a miss. `belnorm.finder` runs the same engine over running text.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from belnorm.engine import Engine, own_entities
from belnorm.gazetteer import NAMESAKE, NAMESAKE_ID, Entity, Gazetteer
from belnorm.index import Index
from belnorm.options import Options
from belnorm.results import Doubt, Explanation, Match, Mention, TextExplanation

__all__ = ["Normalizer", "build_index", "default_normalizer"]


class Normalizer:
    """Maps names in any script, scheme, case form and order to the entities of a gazetteer.

    ``gazetteer`` is a `Gazetteer` or any iterable of `Entity`; building indexes every name in every reading
    and case form. ``namesakes`` are entities that are not to be found but share names with those that are (a
    poet abroad who has a Belarusian artist's name): a name that fits one of them best, or as well as an entity of
    the gazetteer, names nothing, and `explain` says whose name it is (their ids get the prefix ``namesake:``).
    `default` brings its own (``data/names/namesakes_abroad.tsv``). ``options`` sets the cutoff, ambiguity margin
    and the rest (`Options`). Every query method raises `TypeError` for a non-string query; an empty query, or one
    without letters, matches nothing.

    >>> norm = Normalizer(Gazetteer([Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка"])]))
    >>> norm.match("Łukašenka").entity.id
    'Q1'
    """

    def __init__(
        self, gazetteer: Gazetteer | Iterable[Entity], *, options: Options | None = None, namesakes: Iterable[Entity] = ()
    ) -> None:
        gazetteer = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer(gazetteer)
        marked = [
            e.model_copy(update={"id": e.id if e.id.startswith(NAMESAKE_ID) else NAMESAKE_ID + e.id,
                                 "attributes": {**e.attributes, NAMESAKE: True}})
            for e in namesakes
        ]
        clash = {e.id for e in marked} & {e.id for e in gazetteer}
        if clash:
            raise ValueError(f"a namesake cannot have the id of an entity: {sorted(clash)[0]!r}")
        self._setup(build_index([*gazetteer, *marked]), gazetteer, options or Options())

    def _setup(self, index: Index, gazetteer: Gazetteer | None, options: Options) -> None:
        self._gazetteer = gazetteer
        self.options = options
        self.index = index
        self.engine = Engine(index, options)

    @classmethod
    def default(cls, *, options: Options | None = None) -> Normalizer:
        """A normalizer over the bundled gazetteer of Belarusian people, places and organisations.

        The index is made once per process and shared by other ``options``; it is built once per installation
        and then loaded from the user's cache directory (`belnorm.cache`; ``BELNORM_CACHE_DIR`` moves it, empty
        turns it off)."""
        return default_normalizer(options or Options())

    def save(self, path: str | Path) -> None:
        """Save the built index (and its gazetteer) to ``path``, a zip of JSON and integer arrays (no pickle)."""
        from belnorm.store import save_index

        save_index(self.index, path)

    @classmethod
    def load(cls, path: str | Path, *, options: Options | None = None, gazetteer: Gazetteer | None = None) -> Normalizer:
        """A normalizer from an index saved by `save`, without rebuilding it.

        Raises `belnorm.store.IndexFileError` for a damaged file and `belnorm.store.StaleIndexError` when it was
        built by another belnorm version, from other data files, or from another ``gazetteer`` than the one given.
        """
        from belnorm.store import gazetteer_fingerprint, load_index

        expected = gazetteer_fingerprint(gazetteer) if gazetteer is not None else None
        index = _long_lived(lambda: load_index(path, gazetteer_hash=expected))
        norm = object.__new__(cls)
        norm._setup(index, None, options or Options())
        return norm

    @classmethod
    def cached(cls, gazetteer: Gazetteer, path: str | Path, *, options: Options | None = None) -> Normalizer:
        """Load the index saved at ``path`` if it is intact and fresh for ``gazetteer``; else build it and save it."""
        from belnorm.store import IndexFileError

        try:
            return cls.load(path, options=options, gazetteer=gazetteer)
        except IndexFileError:
            norm = cls(gazetteer, options=options)
            with contextlib.suppress(OSError):  # a cache that cannot be written is only a slower next start
                norm.save(path)
            return norm

    @property
    def gazetteer(self) -> Gazetteer:
        """The entities this normalizer matches against (built on first use for a loaded index)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(own_entities(self.index))
        return self._gazetteer

    def with_options(self, **changes: Any) -> Normalizer:
        """The same index with other options (no rebuild); unknown or invalid options raise
        `pydantic.ValidationError`."""
        clone = object.__new__(Normalizer)
        clone._setup(self.index, self._gazetteer, Options.model_validate({**self.options.model_dump(), **changes}))
        return clone

    def __repr__(self) -> str:
        return f"Normalizer({len(self.index.entity_ids)} entities, {len(self.index.names)} names)"

    def match(self, query: str, *, score_cutoff: float | None = None) -> Match | None:
        """The entity ``query`` names, or None when nothing scores at least the cutoff or the best is ambiguous."""
        norm = self if score_cutoff is None else self.with_options(score_cutoff=score_cutoff)
        return norm.engine.match(query)

    def match_many(self, queries: Iterable[str], *, score_cutoff: float | None = None) -> list[Match | None]:
        """`match` for each query, in order; the fast path for batches (token keys are computed once)."""
        if isinstance(queries, str):
            raise TypeError("match_many() needs an iterable of strings, not one str: use match() for one name")
        engine = (self if score_cutoff is None else self.with_options(score_cutoff=score_cutoff)).engine
        done: dict[str, Match | None] = {}  # batches repeat names: each distinct query is matched once
        out: list[Match | None] = []
        with _collector_paused():  # a batch makes only short-lived, acyclic objects: reference counting frees them
            for q in queries:
                if not isinstance(q, str):
                    raise TypeError(f"match_many() needs strings, got {type(q).__name__}")
                found = done.get(q, done)
                if found is done:
                    found = done[q] = engine.match(q)
                out.append(found)  # type: ignore[arg-type]
        return out

    def explain(self, query: str, *, limit: int = 10) -> Explanation:
        """The match for ``query`` and the top candidates with their scores, also when nothing matched."""
        return self.engine.explain(query, limit=limit)

    def find(self, text: str, *, unknown: bool = False) -> list[Mention]:
        """Mentions of this normalizer's entities in running text, with offsets into ``text``; with ``unknown``,
        also person-like names no entity has (a given name and a surname), as mentions with no entity and
        their standard Belarusian form in ``canonical``."""
        from belnorm import finder  # imported on first use: matching alone does not need it
        return finder.find(self.engine, text, unknown=unknown)

    def explain_find(self, text: str, *, unknown: bool = False) -> TextExplanation:
        """`find`, and the single words that matched an entity alone but that their context kept from linking
        (an adjective, a common word, a namesake, ...), each with the evidence."""
        doubts: list[Doubt] = []
        from belnorm import finder
        mentions = finder.find(self.engine, text, doubts=doubts, unknown=unknown)
        return TextExplanation(text=text, mentions=tuple(mentions), doubts=tuple(doubts))

    def find_many(self, texts: Iterable[str], *, unknown: bool = False) -> list[list[Mention]]:
        """`find` for each text, in order."""
        from belnorm import finder
        return [finder.find(self.engine, t, unknown=unknown) for t in texts]

    def iter_find(self, text: str, *, chunk_size: int = 100_000, unknown: bool = False) -> Iterator[Mention]:
        """`find` over a long document, lazily, chunk by chunk (a surname may lean on an earlier chunk)."""
        from belnorm import finder
        return finder.iter_find(self.engine, text, chunk_size=chunk_size, unknown=unknown)

    def iter_match(self, queries: Iterable[str]) -> Iterator[Match | None]:
        """`match` over a stream of queries, lazily."""
        for q in queries:
            yield self.match(q)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_index(entities: list[Entity]) -> Index:
    """Build an index from entities: the one place that does, apart from loading a saved one (so tests can
    count or forbid builds here)."""
    return _long_lived(lambda: Index(entities))


def _long_lived(make: Callable[[], Index]) -> Index:
    """Make (build or load) an index with the cyclic garbage collector paused, then move it out of the
    collector's way.

    The index is millions of small containers that live as long as the normalizer; letting the collector
    walk them over and over made building three times and matching twice as slow (`gc.freeze`).
    """
    with _collector_paused():
        index = make()
        gc.freeze()  # frozen before the collector is on again: its first run would walk every new object
    return index


@functools.lru_cache(maxsize=8)
def default_normalizer(options: Options) -> Normalizer:
    """`Normalizer.default`: the bundled gazetteer's index, made once per process and shared by all options;
    loaded from the user's cache when an earlier process built it (`belnorm.cache`), else built and cached."""
    if options != Options():
        return default_normalizer(Options()).with_options(**options.model_dump())
    from belnorm.cache import load_default_index, save_default_index

    with _collector_paused():
        index = load_default_index()
        if index is not None:
            gc.freeze()  # before the collector runs again: see `_long_lived`
    if index is None:
        norm = Normalizer(Gazetteer.default(), namesakes=Gazetteer.namesakes_abroad())
        save_default_index(norm.index)
        return norm
    norm = object.__new__(Normalizer)
    norm._setup(index, Gazetteer(own_entities(index)), Options())  # the cached entities: no file read, no validation
    return norm
