"""The given-names table (data/names/given_names.tsv) is well formed: read as plain TSV, no belnorm loader needed.

What it checks: the exact header, one row per name with gender, be and ru filled, each column in the script it
claims (be without и щ ъ, ru without і ў, the Latin columns without Cyrillic, other Latin or Ukrainian), no empty or padded "|" items, no
duplicate rows or duplicate standard forms per gender, NFC text, and the size the matcher relies on.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

TABLE = Path(__file__).parents[1] / "data/names/given_names.tsv"
HEADER = ["gender", "be", "ru", "pl", "en", "lacinka", "other", "diminutives"]
LATIN_COLUMNS = ["pl", "en", "lacinka"]
APOSTROPHE = "\u02bc"  # MODIFIER LETTER APOSTROPHE, the one belnorm uses inside words


def _lines() -> list[str]:
    return TABLE.read_text(encoding="utf-8").splitlines()


def _rows() -> list[dict[str, str]]:
    lines = [line for line in _lines() if not line.startswith("#")]
    return [dict(zip(HEADER, line.split("\t"))) for line in lines[1:] if line.strip()]


def _items(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def _scripts(word: str) -> set[str]:
    """The scripts of the letters of a word: 'CYRILLIC', 'LATIN' (other characters are ignored)."""
    found = set()
    for ch in word:
        if ch.isalpha() and ch != APOSTROPHE:
            found.add(unicodedata.name(ch, "?").split()[0])
    return found


def _row_id(row: dict[str, str]) -> str:
    return f"{row.get('gender')}:{row.get('be', '').split('|')[0]}"


ROWS = _rows()


def test_file_starts_with_sources_and_licence():
    comments = []
    for line in _lines():
        if not line.startswith("#"):
            break
        comments.append(line.lower())
    text = "\n".join(comments)
    assert comments, "the table should start with comment lines giving sources and licence"
    assert "source" in text
    assert "licen" in text
    assert "apertium" in text


def test_header_exact():
    header = next(line for line in _lines() if not line.startswith("#"))
    assert header.split("\t") == HEADER


def test_enough_rows():
    assert len(ROWS) >= 400


def test_file_is_nfc_and_clean():
    text = TABLE.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
    assert "\ufeff" not in text
    assert text.endswith("\n")


def _each_row(check):
    """Run an assertion-style check on every row; report all failing rows at once."""
    problems = []
    for row in ROWS:
        try:
            check(row)
        except AssertionError as err:
            problems.append(f"{_row_id(row)}: {str(err).splitlines()[0]}")
    assert problems == []


def test_row_shape():
    _each_row(_check_shape)


def test_cyrillic_columns():
    _each_row(_check_cyrillic)


def test_latin_columns():
    _each_row(_check_latin)


def test_diminutives_one_script_each():
    _each_row(_check_diminutives)


def _check_shape(row):
    assert len(row) == len(HEADER), f"{len(row)} columns, want {len(HEADER)}"
    assert row["gender"] in {"m", "f"}
    assert row["be"], "be is required"
    assert row["ru"], "ru is required"
    for column, cell in row.items():
        assert cell == cell.strip(), f"{column} has surrounding whitespace"
        items = _items(cell)
        for item in items:
            assert item, f"{column} has an empty '|' item: {cell!r}"
            assert item == item.strip() and "  " not in item, f"{column} item padded: {item!r}"
        assert len(items) == len(set(items)), f"{column} repeats an item: {cell!r}"


def _check_cyrillic(row):
    for item in _items(row["be"]):
        assert _scripts(item) == {"CYRILLIC"}, f"be {item!r} is not Cyrillic only"
        assert not set(item.lower()) & set("ищъ"), f"be {item!r} has a Russian-only letter"
        assert "'" not in item and "\u2019" not in item, f"be {item!r}: write the apostrophe as {APOSTROPHE}"
        assert item[0].isupper(), f"be {item!r} should be capitalized"
    for item in _items(row["ru"]):
        assert _scripts(item) == {"CYRILLIC"}, f"ru {item!r} is not Cyrillic only"
        assert not set(item.lower()) & set("іў" + APOSTROPHE), f"ru {item!r} has a Belarusian-only letter"
        assert item[0].isupper(), f"ru {item!r} should be capitalized"


def _check_latin(row):
    for column in LATIN_COLUMNS:
        for item in _items(row[column]):
            assert _scripts(item) == {"LATIN"}, f"{column} {item!r} is not Latin only"
            assert item[0].isupper(), f"{column} {item!r} should be capitalized"


def test_other_column_latin_or_ukrainian():
    _each_row(_check_other)


def _check_other(row):
    """`other` holds Latin forms and Ukrainian Cyrillic ones (Дмитро, Федір), each in one script."""
    for item in _items(row["other"]):
        scripts = _scripts(item)
        assert scripts in ({"CYRILLIC"}, {"LATIN"}), f"other {item!r} mixes scripts"
        if scripts == {"CYRILLIC"}:
            assert not set(item.lower()) & set("ыэўёъ"), f"other {item!r} has a Belarusian- or Russian-only letter"
        assert item[0].isupper(), f"other {item!r} should be capitalized"


def _check_diminutives(row):
    for item in _items(row["diminutives"]):
        scripts = _scripts(item)
        assert scripts in ({"CYRILLIC"}, {"LATIN"}), f"diminutive {item!r} mixes scripts"
        assert item[0].isupper(), f"diminutive {item!r} should be capitalized"


def test_no_duplicate_rows():
    counts = Counter(tuple(row.values()) for row in ROWS)
    assert [key for key, n in counts.items() if n > 1] == []


def test_standard_form_unique_per_gender():
    counts = Counter((row["gender"], _items(row["be"])[0]) for row in ROWS)
    assert sorted(key for key, n in counts.items() if n > 1) == []


def test_be_variant_not_standard_elsewhere():
    """A form listed as a variant of one name must not be the standard form of another name of the same gender."""
    standard = {(row["gender"], _items(row["be"])[0]): _row_id(row) for row in ROWS}
    clashes = []
    for row in ROWS:
        for variant in _items(row["be"])[1:]:
            other = standard.get((row["gender"], variant))
            if other and other != _row_id(row):
                clashes.append((_row_id(row), variant, other))
    assert clashes == []


@pytest.mark.parametrize(
    ("be", "ru"),
    [
        ("Аляксандр", "Александр"),
        ("Дзмітрый", "Дмитрий"),
        ("Уладзімір", "Владимир"),
        ("Ганна", "Анна"),
        ("Алена", "Елена"),
        ("Кацярына", "Екатерина"),
        ("Яўген", "Евгений"),
        ("Язэп", "Иосиф"),
        ("Наталля", "Наталья"),
        ("Святлана", "Светлана"),
    ],
)
def test_known_equivalents(be, ru):
    rows = [row for row in ROWS if _items(row["be"])[0] == be]
    assert rows, f"{be} missing"
    assert ru in _items(rows[0]["ru"])
