"""Łacinka's two conventions for і after a vowel and a doubled soft л, on the bundled gazetteer.

belnorm writes Raisa, Illa (as Naša Niva and latynkatar do); older texts write Rajisa, Iłla. Both read back to
the same Cyrillic and both find the entity. The older form is made from the new one by the two rules that
differ, so the test covers every bundled name they touch, with no name written here.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from belnorm import Gazetteer, Normalizer, to_cyrillic, transliterate

ROOT = Path(__file__).parents[1]
#: new convention -> older one: i after a vowel was ji, the first l of a soft ll was ł
_OLDER = (
    (re.compile(r"(?<=[aeiouyAEIOUY])i"), "ji"),
    (re.compile(r"(?<=[AEIOUY])I"), "JI"),
    (re.compile(r"l(?=l)"), "ł"),
    (re.compile(r"L(?=L)"), "Ł"),
)


def older(text: str) -> str:
    """``text`` (belnorm's Łacinka) as the older convention writes it."""
    for pattern, repl in _OLDER:
        text = pattern.sub(repl, text)
    return text


@functools.cache
def _fill() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gazetteer_fill", ROOT / "scripts" / "gazetteer_fill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gazetteer_fill", module)
    spec.loader.exec_module(module)
    return module


def _touched() -> list[tuple[str, str]]:
    """(entity id, its Belarusian name) for every bundled entity whose Łacinka the two conventions write apart."""
    out = []
    for entity in Gazetteer.default():
        be = entity.names[0]
        lat = transliterate(be, "lacinka")
        if older(lat) != lat:
            out.append((entity.id, be))
    return out


TOUCHED = _touched()


def test_older_convention_forms() -> None:
    assert older("Raisa Illa") == "Rajisa Iłla"
    assert older("ILLA RAISA") == "IŁLA RAJISA" and older("Aista") == "Ajista"
    assert older("Palessie Alaksandr") == "Palessie Alaksandr"


def test_the_gazetteer_has_names_of_both_kinds() -> None:
    kinds = {("ll" if "ll" in transliterate(be, "lacinka").lower() else "i") for _, be in TOUCHED}
    assert kinds == {"ll", "i"} and len(TOUCHED) >= 20


def test_gazetteer_lacinka_column_is_the_table_output() -> None:
    """The column is generated (scripts/gazetteer_fill.py); after a table change it must be made again."""
    fill = _fill()
    stale = []
    for path in sorted((ROOT / "data" / "gazetteer").glob("*.tsv")):
        _, _, rows = fill.read(path)
        stale += [(r["id"], r["lacinka"]) for r in rows if r["lacinka"] != fill.lacinka_forms(r["be"])[0]]
    assert not stale, f"run scripts/gazetteer_fill.py --regenerate <rev before the table change>: {stale[:10]}"


@pytest.mark.parametrize(("entity_id", "be"), TOUCHED)
def test_both_conventions_read_back_and_match(entity_id: str, be: str) -> None:
    new = transliterate(be, "lacinka")
    old = older(new)
    assert to_cyrillic(new, "lacinka") == to_cyrillic(old, "lacinka") == be
    norm = Normalizer.default()
    for query in (new, old, old.lower()):
        found = norm.match(query)
        assert found is not None and found.entity.id == entity_id, (query, found)
