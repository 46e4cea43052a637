"""belnorm's Łacinka against latynkatar, an independent converter, on the Belarusian words belnorm bundles.

The fixture is made by scripts/make_lacinka_fixture.py (latynkatar runs there, in its own venv; this test needs
only the file). Each disagreement that is understood is listed, with belnorm's output and why, in
tests/data/lacinka_latynkatar_known.tsv; anything else fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from belnorm import transliterate

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]  # [1:]: the header line


FIXTURE = _rows("lacinka_latynkatar.tsv")
KNOWN = {word: (belnorm, why) for word, belnorm, why in _rows("lacinka_latynkatar_known.tsv")}
#: what each reason in the known file covers: the Cyrillic letters that make the disagreement
WHY = {"o-iotation": re.compile("о[еёюя]", re.IGNORECASE)}


def test_fixture_is_broad() -> None:
    assert len(FIXTURE) >= 20_000 and all(len(row) == 3 for row in FIXTURE)
    sources = {s for _, _, where in FIXTURE for s in where.split(",")}
    assert sources == {"gazetteer", "given_names", "hunspell"}
    names = [w for w, _, where in FIXTURE if "hunspell" not in where]
    assert len(names) >= 1_500
    # the conventions this table follows are in the sample, so the comparison exercises them
    assert any(re.search("[аеёіоуыэюя]і", w) for w in names) and any(re.search("лл[еёюяіь]", w) for w in names)


def test_agrees_with_latynkatar() -> None:
    disagree = {w: (lat, transliterate(w, "lacinka")) for w, lat, _ in FIXTURE if transliterate(w, "lacinka") != lat}
    unlisted = {w: v for w, v in disagree.items() if w not in KNOWN}
    assert not unlisted, f"disagreements with latynkatar not in lacinka_latynkatar_known.tsv: {list(unlisted.items())[:20]}"
    agree_now = sorted(set(KNOWN) - set(disagree))
    assert not agree_now, f"belnorm and latynkatar now agree on {agree_now}: remove them from the known list"
    changed = {w: (KNOWN[w][0], ours) for w, (_, ours) in disagree.items() if KNOWN[w][0] != ours}
    assert not changed, f"listed words whose Łacinka changed (listed, now): {changed}"
    assert 1 - len(disagree) / len(FIXTURE) >= 0.99


@pytest.mark.parametrize("word", sorted(KNOWN))
def test_known_disagreement_is_the_one_its_reason_names(word: str) -> None:
    _, why = KNOWN[word]
    assert why in WHY, f"{word}: reason {why!r} is not documented"
    assert WHY[why].search(word), f"{word} does not hold what {why!r} is about"
