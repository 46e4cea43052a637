"""Oracles nobody here wrote: ICU's BGN/PCGN transforms over hunspell word lists, and Łacinka round trips.

The fixtures are made by scripts/make_translit_fixtures.py (hunspell + unmunch + uconv); the tests need
neither tool. Disagreements that are understood are kept as data and run as strict expected failures.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from belnorm import transliterate
from belnorm.text import fold_apostrophes

FIXTURES = Path(__file__).parent / "fixtures" / "translit"


def _rows(name: str) -> list[list[str]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


BE = _rows("be_words_icu_bgn.tsv")
RU = _rows("ru_words_icu_bgn.tsv")
#: word -> why; ICU disagreements we accept (none today: bgn and ru_bgn agree with ICU on every fixture word).
ICU_KNOWN: dict[tuple[str, str], str] = {}
ROUNDTRIP_KNOWN = {row[0]: row[1] for row in _rows("lacinka_roundtrip_known.tsv")}


def test_fixtures_are_big_enough():
    assert len(BE) >= 5_000 and len(RU) >= 5_000
    assert all(len(row) == 2 for row in BE + RU)


@pytest.mark.parametrize(("scheme", "rows"), [("bgn", BE), ("ru_bgn", RU)], ids=["bgn", "ru_bgn"])
def test_agrees_with_icu(scheme: str, rows: list[list[str]]):
    wrong = [(w, icu, transliterate(w, scheme)) for w, icu in rows if transliterate(w, scheme) != icu]
    unexpected = [x for x in wrong if (scheme, x[0]) not in ICU_KNOWN]
    rate = 1 - len(wrong) / len(rows)
    assert rate >= 0.995, f"{scheme} agrees with ICU on {rate:.4%} only; first: {wrong[:10]}"
    assert not unexpected, f"{scheme}: disagreements with ICU not listed in ICU_KNOWN: {unexpected[:20]}"


def _roundtrip(word: str) -> tuple[str, str]:
    cyr = fold_apostrophes(word)
    lat = transliterate(cyr, "lacinka")
    return cyr, transliterate(lat, "lacinka_cyrillic")


def test_cyrillic_lacinka_cyrillic_round_trip():
    failures = {}
    for (word, _icu) in BE:
        cyr, back = _roundtrip(word)
        if back != cyr:
            failures[cyr] = back
    rate = 1 - len(failures) / len(BE)
    assert rate >= 0.995, f"round trip {rate:.4%}"
    unexpected = {w: b for w, b in failures.items() if w not in ROUNDTRIP_KNOWN}
    assert not unexpected, f"round-trip failures not listed in lacinka_roundtrip_known.tsv: {unexpected}"


def test_lacinka_cyrillic_lacinka_round_trip():
    """The Łacinka the table writes reads back to Cyrillic that writes it again, but for words whose Cyrillic
    round trip is a listed ambiguity (йі is ji, which after a vowel is the older Łacinka's і: papaji → папаі →
    papai)."""
    failures = []
    for (word, _icu) in BE:
        cyr = fold_apostrophes(word)
        lat = transliterate(cyr, "lacinka")
        if transliterate(transliterate(lat, "lacinka_cyrillic"), "lacinka") != lat:
            failures.append((cyr, lat))
    assert 1 - len(failures) / len(BE) >= 0.995, failures[:20]
    unexpected = [(cyr, lat) for cyr, lat in failures if cyr not in ROUNDTRIP_KNOWN]
    assert not unexpected, unexpected[:20]


@pytest.mark.parametrize("word", sorted(ROUNDTRIP_KNOWN))
def test_known_round_trip_failures_still_fail(word: str):
    cyr, back = _roundtrip(word)
    if back == cyr:
        pytest.fail(f"{word} now round-trips: remove it from lacinka_roundtrip_known.tsv")
    pytest.xfail(ROUNDTRIP_KNOWN[word])


def test_national_round_trip():
    """The 2007 national system is reversible but for the apostrophe before і and the ambiguities Łacinka has."""
    failures = []
    for (word, _icu) in BE:
        cyr = fold_apostrophes(word)
        if transliterate(transliterate(cyr, "national"), "national_cyrillic") != cyr:
            failures.append(cyr)
    rate = 1 - len(failures) / len(BE)
    assert rate >= 0.995, (rate, failures[:20])
    explained = set(ROUNDTRIP_KNOWN) | {w for w in failures if "ʼі" in w}
    assert set(failures) <= explained, sorted(set(failures) - explained)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("uconv", "unmunch"))
    or not Path("/usr/share/hunspell/be_BY.dic").is_file()
    or not Path("/usr/share/hunspell/ru_RU.dic").is_file(),
    reason="needs uconv, unmunch, hunspell-be and hunspell-ru",
)
def test_fixtures_regenerate_identically(tmp_path: Path):
    """Where the tools are installed, the committed fixtures are exactly what the script makes."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_translit_fixtures.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("be_words_icu_bgn.tsv", "ru_words_icu_bgn.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (FIXTURES / name).read_text(encoding="utf-8"), name
