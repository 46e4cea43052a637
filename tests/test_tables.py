"""Every rule table loads, validates and reproduces its own samples; broken tables fail loudly."""

from pathlib import Path

import pytest

import belnorm
from belnorm.tables import TableError, json_schema, load_table, parse_table, table_names

SAMPLES = [
    pytest.param(name, s.src, s.out, id=f"{name}:{s.src}") for name in table_names() for s in load_table(name).samples
]


def test_tables_found():
    assert "lacinka" in table_names()


@pytest.mark.parametrize(("scheme", "src", "expected"), SAMPLES)
def test_table_samples(scheme, src, expected):
    assert belnorm.transliterate(src, scheme) == expected


def test_unknown_scheme_names_known_ones():
    with pytest.raises(TableError, match="lacinka"):
        belnorm.transliterate("Мінск", "no_such_scheme")


def test_broken_table_names_file_and_entry(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'name = "bad"\ndescription = "x"\nsource = "x"\nlanguage = "be"\nsource_script = "cyrillic"\n'
        'target_script = "latin"\n[[rules]]\nsrc = "А"\nout = "a"\n[[samples]]\nsrc = "а"\nout = "a"\n',
        encoding="utf-8",
    )
    with pytest.raises(TableError, match=r"bad\.toml.*rules\.0\.src.*lowercase"):
        parse_table(bad)


def test_unknown_class_is_an_error(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'name = "bad"\ndescription = "x"\nsource = "x"\nlanguage = "be"\nsource_script = "cyrillic"\n'
        'target_script = "latin"\n[[rules]]\nsrc = "а"\nout = "a"\nafter = ["@nope"]\n'
        '[[samples]]\nsrc = "а"\nout = "a"\n',
        encoding="utf-8",
    )
    with pytest.raises(TableError, match="@nope"):
        parse_table(bad)


def test_unreadable_toml(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("name = ", encoding="utf-8")
    with pytest.raises(TableError, match="bad.toml"):
        parse_table(bad)


def test_json_schema_comes_from_model():
    schema = json_schema()
    assert schema["title"] == "Table"
    assert "rules" in schema["properties"]


REQUIRED = [
    "lacinka", "lacinka_cyrillic", "national", "national_2023", "bgn", "passport", "iso9", "alalc",
    "ru_bgn", "ru_icao", "ru_gost", "ru_english", "pl_press", "de_press",
]


@pytest.mark.parametrize("name", REQUIRED)
def test_every_scheme_is_bundled_and_documented(name):
    table = load_table(name)
    assert table.name == name
    assert len(table.description) > 40 and len(table.source) > 20
    assert len(table.samples) >= 8
    assert table.source_script != table.target_script


@pytest.mark.parametrize("name", REQUIRED)
def test_table_keys_are_unique_and_nfc(name):
    import unicodedata

    table = load_table(name)
    seen = set()
    for rule in table.rules:
        key = (rule.src, rule.after, rule.before)
        assert key not in seen, f"{name}: duplicate rule {key}"
        seen.add(key)
        assert unicodedata.is_normalized("NFC", rule.src)
    for sample in table.samples:
        assert sample.src and sample.out


def test_aliases_are_unique_across_tables():
    from belnorm.tables import scheme_aliases

    aliases = scheme_aliases()
    assert aliases["ru-bgn"] == "ru_bgn" and aliases["pl"] == "pl_press" and aliases["de"] == "de_press"
    assert not set(aliases) & set(table_names())


def test_json_schema_names_new_fields():
    schema = json_schema()
    assert "aliases" in schema["properties"]
    assert "classes" in schema["properties"]
