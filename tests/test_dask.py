"""belnorm.dask on a real LocalCluster with two worker processes: results equal the single-process ones."""

from __future__ import annotations

import pickle

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import belnorm  # noqa: E402
import belnorm.dask  # noqa: E402
from belnorm.integrations.pandas import find_series, match_series  # noqa: E402


def plain(frame: pd.DataFrame) -> list[tuple]:
    """Rows as plain values (index first), missing values as None: Dask may change string dtypes."""
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame.itertuples()]


@pytest.fixture(scope="module")
def norm() -> belnorm.Normalizer:
    return belnorm.Normalizer.default()


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def names(norm: belnorm.Normalizer) -> list:
    pool = sorted({n for e in norm.gazetteer for n in e.names})[:500]
    return pool + [n.upper() for n in pool[:100]] + ["Qwertyuiop", "", None, "горад"]


def test_normalizer_pickles(norm: belnorm.Normalizer) -> None:
    norm.match_many(["Мінск", "Łukašenka", "Qwertyuiop"])
    clone = pickle.loads(pickle.dumps(norm))
    queries = ["Мінск", "Minsk", "Łukašenka", "Брэсце", "Qwertyuiop"]
    assert clone.match_many(queries) == norm.match_many(queries)
    custom = norm.with_options(score_cutoff=99)
    assert pickle.loads(pickle.dumps(custom)).options.score_cutoff == 99


def test_match_column_equals_single_process(client, norm: belnorm.Normalizer, names: list) -> None:
    pdf = pd.DataFrame({"name": names, "n": range(len(names))})
    ddf = dd.from_pandas(pdf, npartitions=8)
    result = belnorm.dask.match_column(ddf, "name", norm)
    assert list(result.columns) == list(pdf.columns) + list(match_series(pdf["name"].head(0), norm).columns)
    with distributed.get_task_stream(client) as stream:
        got = result.compute()
    assert plain(got) == plain(pdf.join(match_series(pdf["name"], norm)))
    assert got["entity_id"].notna().sum() > len(names) // 2
    assert len({task["worker"] for task in stream.data}) == 2  # both worker processes did some of the work


def test_normalizer_is_in_the_graph_once(norm: belnorm.Normalizer) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"name": ["Мінск"] * 64}), npartitions=8)
    graph = dict(belnorm.dask.match_column(ddf, "name", norm).__dask_graph__())
    size = len(pickle.dumps(norm))
    assert len(pickle.dumps(graph)) < 1.5 * size  # eight partitions, one copy of the normalizer


def test_default_and_factory_normalizers(client, norm: belnorm.Normalizer, names: list) -> None:
    pdf = pd.DataFrame({"name": names})
    ddf = dd.from_pandas(pdf, npartitions=4)
    expected = plain(pdf.join(match_series(pdf["name"], norm)))
    assert plain(belnorm.dask.match_column(ddf, "name").compute()) == expected
    factory = belnorm.dask.match_column(ddf, "name", belnorm.Normalizer.default, prefix="")
    assert plain(factory.compute()) == expected
    with pytest.raises(KeyError):
        belnorm.dask.match_column(ddf, "nope", norm)
    with pytest.raises(ValueError):
        belnorm.dask.match_column(belnorm.dask.match_column(ddf, "name", norm), "name", norm)


def test_find_column_equals_single_process(client, norm: belnorm.Normalizer, names: list) -> None:
    texts = pd.Series(
        [f"Учора ў {n} і ў Брэсце." if n else "нічога" for n in names[:300]], name="text"
    )
    ddf = dd.from_pandas(texts.to_frame(), npartitions=5)
    got = belnorm.dask.find_column(ddf, "text", norm).compute()
    expected = find_series(texts, norm)
    assert plain(got) == plain(expected) and len(expected) >= 300


def test_bags_equal_single_process(client, norm: belnorm.Normalizer, names: list) -> None:
    matched = belnorm.dask.match_bag(db.from_sequence(names, npartitions=6), norm).compute()
    assert len(matched) == len(names)
    for name, record in zip(names, matched):
        m = norm.match(name) if isinstance(name, str) and name.strip() else None
        assert record["entity_id"] == (m.entity.id if m else None)
        assert record["score"] == (round(m.score, 1) if m else None)
    texts = [f"{n} прыехаў у Мінск." for n in names[:200] if n]
    found = belnorm.dask.find_bag(db.from_sequence(texts, npartitions=4), norm).compute()
    assert [[(r["start"], r["end"], r["entity_id"]) for r in per] for per in found] == [
        [(m.start, m.end, m.entity.id) for m in norm.find(t)] for t in texts
    ]
