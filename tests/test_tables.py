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
