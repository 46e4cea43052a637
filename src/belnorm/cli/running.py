"""The work of match, find and translit: chunks of rows, in this process or in a pool of worker processes, with
results coming back in input order."""

from __future__ import annotations

import collections
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from belnorm.cli.inputs import Row
from belnorm.results import STATUS_COLUMN, candidate_record, match_record, match_status, mention_record

__all__ = ["CHUNK", "Engine", "MatchTask", "Task", "find_chunk", "match_chunk", "translit_chunk"]

#: names per task sent to a worker process
CHUNK = 500
#: a task: the state (a Normalizer, a scheme) and a chunk of queries -> one result per query
Task = Callable[[Any, Sequence[str]], list[Any]]

_WORKER: Any = None  # the Normalizer of a worker process
_CACHE: dict[tuple[Any, ...], Any] = {}


@dataclass(frozen=True, slots=True)
class MatchTask:
    """What a match worker needs: the normalizer, and how many candidates to report (0: none)."""

    norm: Any
    candidates: int = 0


def match_chunk(task: MatchTask, names: Sequence[str]) -> list[dict[str, Any]]:
    """The record of each name: its `belnorm.results.STATUS_COLUMN`, its `belnorm.results.match_record` and,
    when asked for, its `belnorm.results.candidate_record`; repeated names are matched once."""
    out: list[dict[str, Any]] = []
    cache = _CACHE
    if len(cache) > 100_000:
        cache.clear()
    engine, k = task.norm.engine, task.candidates
    for name in names:
        key = (id(task.norm), "match", k, name)
        found = cache.get(key)
        if found is None:
            tokens = engine.prepare(name)[1] if name.strip() else []
            # the decision of `Normalizer.match`, with its reason; unpruned when the runners-up are wanted
            ranked = engine.rank(tokens, prune=not k) if tokens else []
            match, verdict = engine.decide_query(name, tokens, ranked) if tokens else (None, "no candidate")
            found = cache[key] = {STATUS_COLUMN: match_status(match, verdict), **match_record(match)}
            if k:
                entities = engine.index.entities
                found.update(candidate_record([(entities[s.name.entity], s.score) for s in ranked if not s.rejected], k))
        out.append(found)
    return out


def find_chunk(norm: Any, texts: Sequence[str]) -> list[list[dict[str, Any]]]:
    """The mention records of each text (`belnorm.results.mention_record`); short texts that repeat (headlines,
    captions) are searched once."""
    out: list[list[dict[str, Any]]] = []
    cache = _CACHE
    if len(cache) > 100_000:
        cache.clear()
    for text in texts:
        key = (id(norm), "find", text)
        hit = cache.get(key) if len(text) <= 1000 else None
        if hit is None:
            hit = [mention_record(m) for m in (norm.find(text) if text.strip() else ())]
            if len(text) <= 1000:
                cache[key] = hit
        out.append(hit)
    return out


def translit_chunk(scheme: str, texts: Sequence[str]) -> list[str]:
    from belnorm.translit import transliterate

    return [transliterate(t, scheme) for t in texts]


def _init_worker(state: Any) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER = state


def _run_in_worker(task: Task, items: Sequence[str]) -> list[Any]:
    return task(_WORKER, items)


class Engine:
    """Runs a task over chunks of rows, here or in ``jobs`` processes; results come back in input order."""

    def __init__(self, task: Task, state: Any, jobs: int) -> None:
        self.task = task
        self.state = state
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Engine:
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(self.jobs, initializer=_init_worker, initargs=(self.state,))
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if self.pool is not None:
            if kind is None:
                self.pool.shutdown(wait=True)
            else:  # interrupted, broken pipe or an error: drop the queued work; running chunks are short
                # (terminating workers instead can leave the pool's queues locked and hang the exit)
                self.pool.shutdown(wait=False, cancel_futures=True)

    def run(self, rows: Iterable[Row]) -> Iterator[tuple[Row, Any]]:
        """(row, result) for every row, in order; a malformed row's result is None."""
        pending: collections.deque[tuple[list[Row], Future[list[Any]] | list[Any]]] = collections.deque()
        window = max(2, self.jobs * 4)
        for chunk in _chunks(rows, CHUNK):
            items = [r.query for r in chunk if r.error is None]
            if self.pool is None:
                pending.append((chunk, self.task(self.state, items)))
            else:
                pending.append((chunk, self.pool.submit(_run_in_worker, self.task, items)))
            while len(pending) > (window if self.pool else 0):
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    @staticmethod
    def _collect(chunk: list[Row], result: Future[list[Any]] | list[Any]) -> Iterator[tuple[Row, Any]]:
        results = iter(result.result() if isinstance(result, Future) else result)
        for row in chunk:
            yield row, (None if row.error is not None else next(results))


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ==============================================================================================================
# Commands
# ==============================================================================================================
