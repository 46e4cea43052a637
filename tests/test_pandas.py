"""pandas helpers: a Series of names → entity columns; a Series of texts → one row per mention."""

from __future__ import annotations

import subprocess
import sys

import pytest

pd = pytest.importorskip("pandas")

import belnorm  # noqa: E402
from belnorm.integrations import ENTITY_COLUMNS, MENTION_COLUMNS  # noqa: E402
from belnorm.integrations.pandas import find_series, match_series  # noqa: E402


@pytest.fixture(scope="module")
def norm() -> belnorm.Normalizer:
    return belnorm.Normalizer.default()


def test_core_does_not_import_pandas() -> None:
    code = (
        "import sys, belnorm, belnorm.cli, belnorm.display, belnorm.integrations\n"
        "belnorm.Normalizer.default().match('Мінск')\n"
        "assert 'pandas' not in sys.modules and 'dask' not in sys.modules, 'imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_match_series_keeps_index_and_order(norm: belnorm.Normalizer) -> None:
    names = ["Мінск", "Minsk", None, float("nan"), "", "Qwertyuiop", "Мінск", "Брэст", pd.NA, 42]
    series = pd.Series(names, index=[f"r{i}" for i in range(len(names))], name="who", dtype=object)
    frame = match_series(series, norm)
    assert list(frame.columns) == list(ENTITY_COLUMNS)
    assert list(frame.index) == list(series.index)
    for value, (_, row) in zip(names, frame.iterrows()):
        query = value if isinstance(value, str) else None
        m = norm.match(query) if query and query.strip() else None
        if m is None:
            assert row.isna().all()
        else:
            assert (row["entity_id"], row["entity_label"], row["entity_kind"]) == (
                m.entity.id, m.entity.display, m.entity.kind
            )
            assert row["score"] == round(m.score, 1)  # one decimal, as everywhere
            assert row["scheme"] == m.scheme and row["matched_name"] == m.matched_name
    assert str(frame["entity_id"].dtype) == "string" and frame["score"].dtype == "float64"


def test_match_series_prefix_join_and_accessor(norm: belnorm.Normalizer) -> None:
    df = pd.DataFrame({"name": ["Мінск", "nothing"], "entity_id": ["mine", "mine"]})
    joined = df.join(match_series(df["name"], norm, prefix="bn_"))
    assert list(joined.columns) == ["name", "entity_id", *(f"bn_{c}" for c in ENTITY_COLUMNS)]
    assert joined.loc[0, "bn_entity_id"] == "place:minsk" and pd.isna(joined.loc[1, "bn_entity_id"])
    via_accessor = df["name"].belnorm.match(norm)
    pd.testing.assert_frame_equal(via_accessor, match_series(df["name"], norm))
    strict = match_series(pd.Series(["Мінску"]), norm, score_cutoff=100)
    assert strict["entity_id"].isna().all()


def test_match_series_empty_and_wrong_type(norm: belnorm.Normalizer) -> None:
    empty = match_series(pd.Series([], dtype=object), norm)
    assert empty.empty and list(empty.columns) == list(ENTITY_COLUMNS)
    with pytest.raises(TypeError):
        match_series(["Мінск"], norm)  # type: ignore[arg-type]


def test_find_series_long_frame(norm: belnorm.Normalizer) -> None:
    texts = pd.Series(
        ["Учора ў Мінску і ў Брэсце.", None, "Нічога.", "Гомель, Гомель."],
        index=pd.Index([10, 20, 30, 40], name="doc"),
    )
    found = find_series(texts, norm)
    assert list(found.columns) == list(MENTION_COLUMNS)
    assert found.index.name == "doc"
    expected = []
    for label, text in texts.items():
        if isinstance(text, str):
            expected += [(label, m.start, m.end, m.text, m.entity.id) for m in norm.find(text)]
    got = [(i, r.start, r.end, r.mention, r.entity_id) for i, r in zip(found.index, found.itertuples())]
    assert got == expected and len(got) >= 3
    for label, row in found.iterrows():
        assert texts[label][row["start"] : row["end"]] == row["mention"]
    assert found["start"].dtype == "int64"
    joined = texts.to_frame("text").join(found, how="inner")
    assert len(joined) == len(found)
    pd.testing.assert_frame_equal(texts.belnorm.find(norm), found)


def test_find_series_multiindex_and_empty(norm: belnorm.Normalizer) -> None:
    idx = pd.MultiIndex.from_tuples([("a", 1), ("b", 2)], names=["src", "n"])
    found = find_series(pd.Series(["Мінск", "Брэст і Мінск"], index=idx), norm)
    assert found.index.names == ["src", "n"] and list(found.index) == [("a", 1), ("b", 2), ("b", 2)]
    none = find_series(pd.Series(["нічога"], index=idx[:1]), norm)
    assert none.empty and none.index.names == ["src", "n"]


_ACCESSOR = """
import sys
{first}
import pandas as pd
{touch}
found = pd.Series(["Мінск", "Qwertyuiop"]).belnorm.match()
print(found["entity_id"].tolist()[0], "belnorm.matcher" in sys.modules)
"""


@pytest.mark.parametrize(
    ("first", "touch", "imports_matcher"),
    [
        ("import pandas, belnorm", "", False),  # pandas first: `import belnorm` registers the accessor (cheaply)
        ("import belnorm", "belnorm.Normalizer", True),  # belnorm first: its first use does
        ("import belnorm.integrations.pandas", "", False),  # the explicit import: in any order
    ],
)
def test_the_accessor_is_there_without_importing_the_integration(first: str, touch: str, imports_matcher: bool) -> None:
    code = _ACCESSOR.format(first=first, touch=touch)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["place:minsk", "True"]  # matching imports the matcher, of course
    light = subprocess.run([sys.executable, "-c", f"import sys\n{first}\nimport pandas\n{touch}\n"
                            "print('belnorm.matcher' in sys.modules)"], capture_output=True, text=True, timeout=120)
    assert light.stdout.strip() == str(imports_matcher)  # registering the accessor builds nothing


def test_cluster_accessor_labels_every_row() -> None:
    import belnorm.integrations.pandas  # noqa: F401

    s = pd.Series(["Svetlana Tikhanovskaya", None, "Ціханоўская", "Łukašenka"], index=[10, 11, 12, 13])
    labels = s.belnorm.cluster()
    assert list(labels.index) == [10, 11, 12, 13]
    assert labels[10] == labels[12] != labels[13] and pd.isna(labels[11])
