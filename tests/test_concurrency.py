"""A `Normalizer` shared across threads gives the single-threaded answers; it pickles and works in processes.

Threads: 8 workers of a `ThreadPoolExecutor` run `match`, `match_many`, `explain` and `find` over the same
queries, interleaved, on one shared normalizer (whose token cache and transliteration memos are plain dicts
filled while they run); the answers must equal a single-threaded run on a fresh normalizer.

Processes: a normalizer survives a pickle round trip (the answers are the same) and can be sent to the workers
of a `ProcessPoolExecutor`.
"""

from __future__ import annotations

import pickle
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

import belnorm
from belnorm import Entity, Gazetteer, Normalizer, transliterate

THREADS = 8


def _queries() -> list[str]:
    """Names of the bundled gazetteer in several schemes, inflected and noisy forms, and misses."""
    gaz = Gazetteer.default()
    names = [n for e in gaz for n in e.names][::14]
    out: list[str] = []
    for i, name in enumerate(names):
        out.append(name)
        out.append(transliterate(name, ("lacinka", "bgn", "passport", "pl_press", "de_press", "ru_english")[i % 6]))
        out.append(name.upper() if i % 2 else name.lower())
        out.append(name.split()[-1])
    out += ["", " ", "Лукашенкo", "Łukašenku", "Ціханоўскай", "Nobody Atall", "\udcff", "Мінск\u0301\u0301"]
    return out


QUERIES = _queries()
TEXTS = [
    "Святлана Ціханоўская сустрэлася ў Вільні з прыхільнікамі, а Лукашэнка быў у Мінску.",
    "Tsikhanouskaya met supporters in Vilnius; Lukashenka stayed in Minsk. Later Ціханоўская spoke again.",
    "Spotkanie Cichanouskiej z Łukaszenką w Mińsku? Nie. W Grodnie i w Brześciu.",
    "",
]


def _key(m: belnorm.Match | None) -> tuple | None:
    return None if m is None else (m.entity.id, m.score, m.matched_name, m.scheme)


def _mentions(ms: list[belnorm.Mention]) -> list[tuple]:
    return [(m.start, m.end, m.entity.id, m.score) for m in ms]


@pytest.fixture(scope="module")
def expected() -> dict:
    fresh = Normalizer(Gazetteer.default(), namesakes=Gazetteer.namesakes_abroad())  # as Normalizer.default() is
    return {
        "match": [_key(fresh.match(q)) for q in QUERIES],
        "explain": [_key(fresh.explain(q).match) for q in QUERIES],
        "find": [_mentions(fresh.find(t)) for t in TEXTS],
    }


def test_threads_give_single_threaded_answers(expected: dict) -> None:
    shared = Normalizer(Gazetteer.default(), namesakes=Gazetteer.namesakes_abroad())  # cold caches
    belnorm.translit.clear_word_caches()
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible to shake out races
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            jobs = []
            for worker in range(THREADS):
                order = QUERIES[worker::THREADS] + QUERIES  # every thread does all, starting at different places
                jobs.append(("match", order, pool.submit(lambda qs: [_key(shared.match(q)) for q in qs], order)))
                jobs.append(("many", order, pool.submit(lambda qs: [_key(m) for m in shared.match_many(qs)], order)))
                jobs.append(("find", TEXTS, pool.submit(lambda ts: [_mentions(shared.find(t)) for t in ts], TEXTS)))
            jobs.append(("explain", QUERIES, pool.submit(lambda qs: [_key(shared.explain(q).match) for q in qs], QUERIES)))
            results = [(kind, inputs, job.result()) for kind, inputs, job in jobs]
    finally:
        sys.setswitchinterval(old)
    by_query = dict(zip(QUERIES, expected["match"]))
    for kind, inputs, got in results:
        if kind == "find":
            assert got == expected["find"]
        elif kind == "explain":
            assert got == expected["explain"]
        else:
            assert got == [by_query[q] for q in inputs], kind


def test_pickle_round_trip_gives_the_same_answers(expected: dict) -> None:
    norm = Normalizer.default()
    clone = pickle.loads(pickle.dumps(norm, protocol=pickle.HIGHEST_PROTOCOL))
    assert [_key(clone.match(q)) for q in QUERIES] == expected["match"]
    assert [_mentions(clone.find(t)) for t in TEXTS] == expected["find"]
    assert clone.options == norm.options


def test_pickle_keeps_options() -> None:
    norm = Normalizer(
        [Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка"])]
    ).with_options(score_cutoff=95.0, allow_surname_only=False)
    clone = pickle.loads(pickle.dumps(norm))
    assert clone.options.score_cutoff == 95.0 and not clone.options.allow_surname_only
    assert clone.match("Лукашэнка") is None and clone.match("Аляксандр Лукашэнка").entity.id == "Q1"


# ProcessPoolExecutor needs picklable, importable functions
_WORKER_NORM: Normalizer | None = None


def _init(blob: bytes) -> None:
    global _WORKER_NORM
    _WORKER_NORM = pickle.loads(blob)


def _match_chunk(queries: list[str]) -> list[tuple | None]:
    assert _WORKER_NORM is not None
    return [_key(m) for m in _WORKER_NORM.match_many(queries)]


def _match_with(args: tuple[Normalizer, list[str]]) -> list[tuple | None]:
    norm, queries = args
    return [_key(norm.match(q)) for q in queries]


def test_process_pool_with_initializer(expected: dict) -> None:
    blob = pickle.dumps(Normalizer.default())
    chunks = [QUERIES[i : i + 100] for i in range(0, len(QUERIES), 100)]
    with ProcessPoolExecutor(2, initializer=_init, initargs=(blob,)) as pool:
        got = [k for chunk in pool.map(_match_chunk, chunks) for k in chunk]
    assert got == expected["match"]


def test_process_pool_normalizer_as_argument(expected: dict) -> None:
    # the normalizer itself travels with the task (pickled by the executor)
    norm = Normalizer.default()
    with ProcessPoolExecutor(2) as pool:
        got = pool.submit(_match_with, (norm, QUERIES[:200])).result()
    assert got == expected["match"][:200]
