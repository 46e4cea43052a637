"""The finder on the bundled ministries named in 25 languages (tests/data/bodies_in_languages.tsv): by the official
name with the country and by the press's short form with the country's adjective or genitive, in the case the
sentence needs. A found mention that overlaps the ministry's surface links that ministry, and no other ministry is
linked. The rows that fail today are strict xfails listed in bodies_in_languages_known.tsv with what the finder
found (a fix shows up as XPASS: delete the line)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from belnorm import Mention, Normalizer

DATA = Path(__file__).parent / "data"


def _table(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _table("bodies_in_languages.tsv")
KNOWN = {(r["id"], r["lang"], r["form"]): r["found"] for r in _table("bodies_in_languages_known.tsv")}


def problems(found: list[Mention], row: dict[str, str]) -> list[str]:
    """What the finder got wrong in one row: the body not linked over its surface, or another ministry linked."""
    start = row["text"].index(row["surface"])
    end = start + len(row["surface"])
    out = []
    if not any(m.start < end and start < m.end and m.entity_id == row["id"] for m in found):
        out.append(f"missed {row['surface']!r}")
    out += [
        f"{m.text!r} -> {m.entity_id}"
        for m in found
        if m.entity_id is not None and m.entity_id.startswith("org:ministry-") and m.entity_id != row["id"]
    ]
    return out


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.default()


def _param(row: dict[str, str]) -> object:
    key = (row["id"], row["lang"], row["form"])
    marks = [pytest.mark.xfail(strict=True, reason=f"known: {KNOWN[key]}")] if key in KNOWN else []
    return pytest.param(row, id="-".join(key), marks=marks)


def test_every_row_is_well_formed() -> None:
    keys = [(r["id"], r["lang"], r["form"]) for r in ROWS]
    assert len(keys) == len(set(keys)) == 1200
    assert all(r["surface"] in r["text"] for r in ROWS)
    assert set(KNOWN) <= set(keys), "a known failure names no row"


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_ministry_named_in_a_language(norm: Normalizer, row: dict[str, str]) -> None:
    assert problems(norm.find(row["text"]), row) == []
