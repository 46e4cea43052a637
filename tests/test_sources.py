"""Entity files: belnorm's CSV/TSV/JSONL and the Wikidata, GeoNames and FollowTheMoney loaders.

Good files are fixtures in tests/fixtures/sources (written in the publishers' real formats); bad files are built
per test from the table of malformed cases, each of which must name the file, the line and the field.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import pickle
import re
import zipfile
from pathlib import Path

import pytest

from belnorm.gazetteer import Entity, Gazetteer, GazetteerError
from belnorm.sources import (
    SourceError,
    detect_format,
    read_entities,
    read_ftm,
    read_geonames,
    read_wikidata,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def fixture(name: str) -> Path:
    return FIXTURES / name


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def by_id(entities) -> dict[str, Entity]:
    out = {}
    for entity in entities:
        assert entity.id not in out, f"duplicate {entity.id}"
        out[entity.id] = entity
    return out


# ----------------------------------------------------------------------------------------------------------------
# belnorm's own formats
# ----------------------------------------------------------------------------------------------------------------


def test_csv_fixture():
    ents = by_id(read_entities(fixture("people.csv")))
    assert list(ents) == ["Q990001", "Q2280", "org:viasna", "Q990004"]
    sv = ents["Q990001"]
    assert sv.kind == "person"
    # repeatable name columns and |-joined lists, in column order; the first name is canonical
    assert sv.names == ("Святлана Ціханоўская", "Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya")
    assert sv.label == "Святлана Ціханоўская"
    # attributes JSON plus an extra column (kept as a string)
    assert sv.attributes == {"wikidata": "Q990001", "birth_year": "1982"}
    minsk = ents["Q2280"]
    assert minsk.label == "Minsk, Belarus"  # quoted field with a comma
    assert minsk.names == ("Мінск", "Minsk", "Mińsk", "Менск")
    assert minsk.attributes == {}  # empty extra cells are not attributes
    assert ents["org:viasna"].names[0] == 'Праваабарончы цэнтр "Вясна"'  # doubled quotes
    assert ents["org:viasna"].attributes == {"founded": 1996}
    assert ents["Q990004"].names == ("Нёман",)


def test_tsv_fixture_with_language_name_columns():
    ents = by_id(read_entities(fixture("people.tsv")))
    luk = ents["Q990002"]
    assert luk.names == ("Аляксандр Лукашэнка", "Александр Лукашенко", "Alexander Lukashenko", "Alaksandr Łukašenka")
    assert luk.attributes == {"wikidata": "Q990002"}
    # TSV has no quoting: quotes are literal characters
    assert ents["Q990003"].names[0] == 'Праваабарончы цэнтр "Вясна"'
    assert ents["geonames:627904"].names == ("Гродна", "Гродно", "Hrodna", "Grodno", "Horadnia")


def test_jsonl_fixture():
    ents = by_id(read_entities(fixture("people.jsonl")))
    assert list(ents) == ["Q990002", "Q2280", "Q990001"]  # the blank line is skipped
    assert ents["Q990002"].names == ("Аляксандр Лукашэнка", "Аляксандар Лукашэнка", "Łukašenka")
    assert ents["Q990002"].attributes == {"birth_year": 1954}
    assert ents["Q2280"].names == ("Мінск", "Minsk", "Менск")  # "name" first, then "names"
    assert ents["Q2280"].attributes == {"wikidata": "Q2280"}  # unknown keys become attributes
    assert ents["Q990001"].kind == "person"  # kind is case-insensitive


def test_reader_is_lazy_generator(tmp_path):
    path = write(tmp_path, "x.jsonl", '{"id": "a", "kind": "other", "name": "A"}\nnot json\n')
    entities = read_entities(path)
    assert next(entities).id == "a"  # the good record comes out before the bad one is read
    with pytest.raises(SourceError, match="line 2"):
        next(entities)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("a.csv", "id,kind,name\r\nQ1,person,Лукашэнка\r\n", ["Лукашэнка"], id="csv-crlf"),
        pytest.param("a.csv", "ID , Kind ,NAME\nQ1,PLACE,Мінск\n", ["Мінск"], id="csv-header-case"),
        pytest.param("a.csv", "id,kind,names\nQ1,place,Мінск | Minsk||\n", ["Мінск", "Minsk"], id="csv-names-col"),
        pytest.param("a.csv", "id,kind,name,,\nQ1,place,Мінск,,\n", ["Мінск"], id="csv-unnamed-empty-col"),
        pytest.param("a.csv", "id,kind,name\nQ1,place,Мінск,,\n", ["Мінск"], id="csv-trailing-empty-cells"),
        pytest.param("a.csv", "id,kind,name\n,,\nQ1,place,Мінск\n\n", ["Мінск"], id="csv-blank-rows"),
        pytest.param("a.csv", 'id,kind,name\nQ1,place,"Мінск\nгорад"\n', ["Мінск горад"], id="csv-multiline"),
        pytest.param("a.tsv", "id\tkind\tname\tname\nQ1\tplace\tМінск\t\n", ["Мінск"], id="tsv-empty-name-cell"),
        pytest.param("a.tab", "id\tkind\tname\nQ1\tplace\tМінск\n", ["Мінск"], id="tab-extension"),
        pytest.param("a.ndjson", '{"id":"Q1","kind":"place","names":"Мінск"}\n', ["Мінск"], id="ndjson-str-names"),
        pytest.param("a.jsonl", '{"id":7,"kind":"place","name":"Мінск"}\r\n', ["Мінск"], id="jsonl-int-id"),
        pytest.param("a.csv", "id,kind,name\nQ1,place,Мi\u200bнск\n", ["Мінск"], id="names-are-cleaned"),
        pytest.param(
            "a.csv",
            "id,kind,name_be,alias,aliases:en,name_note\nQ1,place,Мінск,Менск,Minsk|Mensk,Горад\n",
            ["Мінск", "Менск", "Minsk", "Mensk", "Горад"],
            id="csv-name-and-alias-columns",
        ),
        pytest.param(
            "a.jsonl",
            '{"aliases":["Mensk"],"alias":"Менск","names":["Minsk"],"name":"Мінск","id":"Q1","kind":"place"}\n',
            ["Мінск", "Minsk", "Менск", "Mensk"],
            id="jsonl-name-keys-order",
        ),
    ],
)
def test_accepted_variants(tmp_path, name, content, expected):
    (entity,) = read_entities(write(tmp_path, name, content))
    assert list(entity.names) == expected


def test_csv_line_numbers_after_multiline_record(tmp_path):
    path = write(tmp_path, "a.csv", 'id,kind,name\nQ1,place,"Мінск\nгорад\nсталіца"\nQ2,planet,Зямля\n')
    with pytest.raises(SourceError) as info:
        list(read_entities(path))
    assert info.value.line == 5
    assert info.value.field == "kind"


# (file name, content, line, field, what the message must say)
MALFORMED_OWN = [
    ("no-id-column", "a.csv", "kind,name\nperson,X\n", 1, "id", r"no 'id' column"),
    ("no-kind-column", "a.csv", "id,name\nQ1,X\n", 1, "kind", r"no 'kind' column"),
    ("no-name-column", "a.csv", "id,kind,label\nQ1,person,X\n", 1, "name", r"no 'name' column"),
    ("header-twice", "a.csv", "id,kind,name,ID\nQ1,person,X,Q2\n", 1, "ID", r"appears twice"),
    ("extra-column-twice", "a.csv", "id,kind,name,year,year\nQ1,person,X,1,2\n", 1, "year", r"appears twice"),
    ("empty-id", "a.csv", "id,kind,name\n  ,person,X\n", 2, "id", r"id is empty"),
    ("unknown-kind", "a.csv", "id,kind,name\nQ1,persn,X\n", 2, "kind", r"unknown kind 'persn'.*person, place"),
    ("empty-kind", "a.csv", "id,kind,name\nQ1,,X\n", 2, "kind", r"kind is empty"),
    ("no-names", "a.csv", "id,kind,name,name\nQ1,person,, | \n", 2, "name", r"'Q1' has no names"),
    ("name-empty-after-clean", "a.csv", "id,kind,name\nQ1,person,\u200b\u200d\n", 2, "name", r"empty after cleanup"),
    ("short-row", "a.csv", "id,kind,name\nQ1,person,X\nQ2,person\n", 3, None, r"2 fields, the header has 3"),
    ("long-row", "a.csv", "id,kind,name\nQ1,person,X,Y\n", 2, None, r"4 fields, the header has 3"),
    ("unnamed-column-value", "a.csv", "id,kind,name,\nQ1,person,X,Y\n", 2, None, r"column 4 has no name"),
    ("bad-attributes", "a.csv", 'id,kind,name,attributes\nQ1,person,X,"{bad"\n', 2, "attributes", r"not valid JSON"),
    ("attributes-list", "a.csv", "id,kind,name,attributes\nQ1,person,X,[1]\n", 2, "attributes", r"JSON object"),
    (
        "attribute-twice",
        "a.csv",
        'id,kind,name,attributes,year\nQ1,person,X,"{""year"": 1}",2\n',
        2,
        "year",
        r"both a column and a key",
    ),
    ("duplicate-id", "a.csv", "id,kind,name\nQ1,person,X\nQ1,place,Y\n", 3, "id", r"duplicate id 'Q1' \(first on line 2"),
    ("stray-quote", "a.csv", 'id,kind,name\nQ1,person,"X"Y\n', 2, None, r"CSV syntax error"),
    ("unterminated-quote", "a.csv", 'id,kind,name\nQ1,person,"X\nQ2,person,Y\n', 2, None, r"quote opened on this line"),
    ("tsv-short-row", "a.tsv", "id\tkind\tname\nQ1\tperson\n", 2, None, r"2 fields, the header has 3"),
    ("tsv-unknown-kind", "a.tsv", "id\tkind\tname\nQ1\tcity\tМінск\n", 2, "kind", r"unknown kind 'city'"),
    ("jsonl-broken", "a.jsonl", '{"id":"Q1","kind":"place","name":"A"}\n{"id": "Q2",\n', 2, None, r"invalid JSON"),
    ("jsonl-not-object", "a.jsonl", "[1, 2]\n", 1, None, r"must be a JSON object"),
    ("jsonl-no-id", "a.jsonl", '{"kind":"place","name":"A"}\n', 1, "id", r"no 'id' key"),
    ("jsonl-id-type", "a.jsonl", '{"id":["Q1"],"kind":"place","name":"A"}\n', 1, "id", r"id must be a string"),
    ("jsonl-id-bool", "a.jsonl", '{"id":true,"kind":"place","name":"A"}\n', 1, "id", r"id must be a string"),
    ("jsonl-empty-id", "a.jsonl", '{"id":"","kind":"place","name":"A"}\n', 1, "id", r"id is empty"),
    ("jsonl-no-kind", "a.jsonl", '{"id":"Q1","name":"A"}\n', 1, "kind", r"no 'kind' key"),
    ("jsonl-kind-type", "a.jsonl", '{"id":"Q1","kind":1,"name":"A"}\n', 1, "kind", r"kind must be a string"),
    ("jsonl-unknown-kind", "a.jsonl", '{"id":"Q1","kind":"town","name":"A"}\n', 1, "kind", r"unknown kind 'town'"),
    ("jsonl-no-names", "a.jsonl", '{"id":"Q1","kind":"place","names":[]}\n', 1, "names", r"has no names"),
    ("jsonl-names-type", "a.jsonl", '{"id":"Q1","kind":"place","names":5}\n', 1, "names", r"string or a list"),
    ("jsonl-name-item", "a.jsonl", '{"id":"Q1","kind":"place","names":["A",5]}\n', 1, "names", r"must be strings"),
    ("jsonl-label-type", "a.jsonl", '{"id":"Q1","kind":"place","name":"A","label":3}\n', 1, "label", r"string"),
    ("jsonl-attrs-type", "a.jsonl", '{"id":"Q1","kind":"place","name":"A","attributes":[]}\n', 1, "attributes", "object"),
    (
        "jsonl-attribute-twice",
        "a.jsonl",
        '{"id":"Q1","kind":"place","name":"A","year":1,"attributes":{"year":2}}\n',
        1,
        "year",
        r"both a key",
    ),
    (
        "jsonl-duplicate-id",
        "a.jsonl",
        '{"id":"Q1","kind":"place","name":"A"}\n\n{"id":" Q1 ","kind":"place","name":"B"}\n',
        3,
        "id",
        r"duplicate id 'Q1' \(first on line 1\)",
    ),
    ("jsonl-deep", "a.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", 1, None, r"invalid JSON"),
]


def check_error(err: SourceError, path: Path, line: int | None, field: str | None, pattern: str) -> None:
    message = str(err)
    assert err.path == str(path)
    assert err.line == line
    assert err.field == field
    assert message.startswith(str(path))
    if line is not None:
        assert f"line {line}" in message
    if field is not None:
        assert repr(field) in message
    assert re.search(pattern, message), message


@pytest.mark.parametrize(
    ("filename", "content", "line", "field", "pattern"),
    [pytest.param(*case[1:], id=case[0]) for case in MALFORMED_OWN],
)
def test_malformed_own_formats(tmp_path, filename, content, line, field, pattern):
    path = write(tmp_path, filename, content)
    with pytest.raises(SourceError) as info:
        list(read_entities(path))
    check_error(info.value, path, line, field, pattern)
    assert isinstance(info.value, GazetteerError)


# ----------------------------------------------------------------------------------------------------------------
# Encodings, empty files, huge lines, formats, compression
# ----------------------------------------------------------------------------------------------------------------

ALL_READERS = {
    "csv": lambda p: read_entities(p, format="csv"),
    "tsv": lambda p: read_entities(p, format="tsv"),
    "jsonl": lambda p: read_entities(p, format="jsonl"),
    "wikidata": read_wikidata,
    "geonames": read_geonames,
    "ftm": read_ftm,
}

FIXTURE_OF = {
    "csv": "people.csv",
    "tsv": "people.tsv",
    "jsonl": "people.jsonl",
    "wikidata": "wikidata_dump.json",
    "geonames": "BY.txt",
    "ftm": "opensanctions.ftm.jsonl",
}


@pytest.mark.parametrize("fmt", list(ALL_READERS))
def test_utf8_bom_is_accepted(tmp_path, fmt):
    original = fixture(FIXTURE_OF[fmt]).read_bytes()
    path = write(tmp_path, "with-bom", b"\xef\xbb\xbf" + original)
    assert list(ALL_READERS[fmt](path)) == list(ALL_READERS[fmt](fixture(FIXTURE_OF[fmt])))


@pytest.mark.parametrize("fmt", list(ALL_READERS))
def test_empty_file_gives_no_entities(tmp_path, fmt):
    # Decision: an empty file is an empty gazetteer, not an error (an empty export is valid data).
    assert list(ALL_READERS[fmt](write(tmp_path, "empty", b""))) == []
    assert list(ALL_READERS[fmt](write(tmp_path, "blank", "\n  \n\n"))) == []


def test_header_only_csv_gives_no_entities(tmp_path):
    assert list(read_entities(write(tmp_path, "h.csv", "id,kind,name\n"))) == []


@pytest.mark.parametrize("fmt", list(ALL_READERS))
def test_cp1251_is_a_clear_error(tmp_path, fmt):
    # The fixture with a Windows-1251 line slipped in as line 2.
    lines = fixture(FIXTURE_OF[fmt]).read_bytes().splitlines(keepends=True)
    bad = "Мінск,Гродна".encode("cp1251") + b"\n"
    path = write(tmp_path, "cp1251", lines[0] + bad + b"".join(lines[1:]))
    with pytest.raises(SourceError) as info:
        list(ALL_READERS[fmt](path))
    assert info.value.line == 2
    assert "not UTF-8" in str(info.value)
    assert "cp1251" in str(info.value)
    assert "column 2" in str(info.value)  # 0xcc (М) is a UTF-8 lead byte, 0xb3 (і) a continuation: "Мі" decodes


def test_whole_cp1251_csv(tmp_path):
    path = write(tmp_path, "a.csv", "id,kind,name\nQ1,place,Мінск\n".encode("cp1251"))
    with pytest.raises(SourceError, match=r"a\.csv, line 2: the file is not UTF-8 \(it looks like Windows-1251"):
        list(read_entities(path))


def test_latin1_error_without_cyrillic_hint(tmp_path):
    path = write(tmp_path, "a.csv", "id,kind,name\nQ1,place,Bielaruś\n".encode("utf-8").replace(b"\xc5\x9b", b"\xe9"))
    with pytest.raises(SourceError, match=r"line 2: the file is not UTF-8: byte 0xe9 at column 17") as info:
        list(read_entities(path))
    assert "cp1251" not in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_is_a_clear_error(tmp_path, encoding):
    content = "id,kind,name\nQ1,place,Мінск\n".encode(encoding)
    if encoding == "utf-16-be":
        content = b"\xfe\xff" + content
    path = write(tmp_path, "a.csv", content)
    with pytest.raises(SourceError, match=r"line 1: the file is UTF-16"):
        list(read_entities(path))


def test_utf16_without_bom_is_a_clear_error(tmp_path):
    path = write(tmp_path, "a.csv", "id,kind,name\nQ1,place,Мінск\n".encode("utf-16-le"))
    with pytest.raises(SourceError, match=r"line 1: the first line has NUL bytes: UTF-16 without a BOM"):
        list(read_entities(path))


def test_huge_jsonl_line(tmp_path):
    # (few, long names: Entity's name dedupe is quadratic in the number of names, see the report)
    names = [f"Імя{i} " + "Прозвішча" * 20 for i in range(4_000)]
    path = write(tmp_path, "big.jsonl", json.dumps({"id": "Q1", "kind": "person", "names": names}) + "\n")
    assert path.stat().st_size > 1_000_000
    (entity,) = read_entities(path)
    assert len(entity.names) == 4_000


def test_huge_csv_line_with_many_columns(tmp_path):
    header = "id,kind," + ",".join(["name"] * 3_000)
    row = "Q1,person," + ",".join(f"Імя{i} " + "Прозвішча" * 20 for i in range(3_000))
    path = write(tmp_path, "big.csv", header + "\n" + row + "\n")
    assert path.stat().st_size > 1_000_000
    (entity,) = read_entities(path)
    assert len(entity.names) == 3_000


def test_csv_field_over_the_csv_limit_is_a_clear_error(tmp_path):
    cell = "|".join(f"Імя{i} " + "Прозвішча" * 20 for i in range(1_000))  # 185k characters: over the csv limit
    path = write(tmp_path, "big.csv", "id,kind,name\nQ0,person,X\nQ1,person," + cell + "\n")
    with pytest.raises(SourceError, match=r"line 3: CSV syntax error: field larger than field limit"):
        list(read_entities(path))
    # the same data in TSV or JSONL is fine
    (entity,) = read_entities(write(tmp_path, "big.tsv", "id\tkind\tname\nQ1\tperson\t" + cell + "\n"))
    assert len(entity.names) == 1_000


@pytest.mark.parametrize(
    ("filename", "format", "expected"),
    [
        ("a.csv", None, "csv"),
        ("A.CSV", None, "csv"),
        ("a.tsv", None, "tsv"),
        ("a.tab", None, "tsv"),
        ("a.jsonl", None, "jsonl"),
        ("a.ndjson", None, "jsonl"),
        ("a.csv.gz", None, "csv"),
        ("a.jsonl.bz2", None, "jsonl"),
        ("a.txt", "tsv", "tsv"),
        ("a.txt", "TAB", "tsv"),
        ("a.json", ".ndjson", "jsonl"),
        ("latest-all.json.bz2", "wikidata", "wikidata"),
        ("BY.zip", "geonames", "geonames"),
        ("targets.json", "followthemoney", "ftm"),
    ],
)
def test_detect_format(filename, format, expected):
    assert detect_format(filename, format) == expected


def test_unknown_extension_asks_for_format():
    with pytest.raises(SourceError, match=r"a\.json: cannot tell the format .*'\.json'.*format="):
        detect_format("a.json")


def test_unknown_format_fails_at_call_time():
    with pytest.raises(GazetteerError, match=r"unknown format 'xml'.*csv"):
        read_entities("does-not-matter.xml", format="xml")


@pytest.mark.parametrize("text_mode", [False, True], ids=["binary", "text"])
@pytest.mark.parametrize("fmt", list(ALL_READERS))
def test_streams(fmt, text_mode):
    data = b"\xef\xbb\xbf" + fixture(FIXTURE_OF[fmt]).read_bytes()
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="") if text_mode else io.BytesIO(data)
    expected = list(ALL_READERS[fmt](fixture(FIXTURE_OF[fmt])))
    assert list(read_entities(stream, format=fmt)) == expected


def test_pretty_wikidata_from_a_stream():
    # the document form is detected after the first line has been read: the stream must not be re-read
    stream = io.BytesIO(fixture("wikidata_wbgetentities.json").read_bytes())
    assert [e.id for e in read_wikidata(stream)] == ["Q2280", "Q990002"]


def test_stream_errors_name_the_stream(tmp_path):
    with pytest.raises(SourceError, match=r"^<stream>, line 2, field 'kind'"):
        list(read_entities(io.BytesIO(b"id,kind,name\nQ1,nope,X\n"), format="csv"))
    with pytest.raises(SourceError, match=r"<stream>: cannot tell the format"):
        read_entities(io.BytesIO(b""))
    with open(write(tmp_path, "named.txt", "id,kind,name\nQ1,nope,X\n"), "rb") as named:
        with pytest.raises(SourceError, match=r"named\.txt, line 2"):
            list(read_entities(named, format="csv"))
    with pytest.raises(GazetteerError, match="expected a path or an open file"):
        list(read_entities(42, format="csv"))  # type: ignore[arg-type]


def test_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_entities(tmp_path / "nope.csv"))


@pytest.mark.parametrize("opener", [gzip.open, bz2.open], ids=["gz", "bz2"])
def test_compressed_files(tmp_path, opener):
    suffix = ".gz" if opener is gzip.open else ".bz2"
    for name, fmt in [("people.csv", None), ("wikidata_dump.json", "wikidata")]:
        path = tmp_path / (name + suffix)
        with opener(path, "wb") as out:
            out.write(fixture(name).read_bytes())
        assert list(read_entities(path, format=fmt)) == list(read_entities(fixture(name), format=fmt))


def test_corrupt_gzip_is_a_source_error(tmp_path):
    data = gzip.compress(fixture("people.csv").read_bytes())
    path = write(tmp_path, "people.csv.gz", data[: len(data) // 2])
    with pytest.raises(SourceError, match="cannot read the file"):
        list(read_entities(path))


# ----------------------------------------------------------------------------------------------------------------
# Gazetteer classmethods end to end
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "name", "count"),
    [("from_csv", "people.csv", 4), ("from_tsv", "people.tsv", 3), ("from_jsonl", "people.jsonl", 3)],
)
def test_gazetteer_classmethods(method, name, count):
    gaz = getattr(Gazetteer, method)(fixture(name))
    assert len(gaz) == count
    auto = Gazetteer.from_file(fixture(name))
    assert [e.id for e in auto] == [e.id for e in gaz]
    assert all(isinstance(e, Entity) for e in gaz)


def test_gazetteer_from_file_with_source_formats():
    assert "Q2280" in Gazetteer.from_file(fixture("wikidata_dump.json"), format="wikidata")
    assert "geonames:625144" in Gazetteer.from_file(fixture("BY.txt"), format="geonames")
    assert "by-kgb" in Gazetteer.from_file(fixture("opensanctions.ftm.jsonl"), format="ftm")


def test_gazetteer_classmethod_passes_errors_through(tmp_path):
    path = write(tmp_path, "a.csv", "id,kind,name\nQ1,person,X\nQ1,person,Y\n")
    with pytest.raises(GazetteerError, match=r"a\.csv, line 3, field 'id': duplicate id 'Q1'"):
        Gazetteer.from_csv(path)


def test_from_tsv_reads_a_txt_file_as_tsv(tmp_path):
    path = write(tmp_path, "list.txt", "id\tkind\tname\nQ1\tplace\tМінск\n")
    assert Gazetteer.from_tsv(path)["Q1"].names == ("Мінск",)


def test_source_error_pickles():
    err = SourceError("a.csv", "bad", line=3, field="kind")
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.line, again.field, str(again)) == ("a.csv", 3, "kind", str(err))


# ----------------------------------------------------------------------------------------------------------------
# Wikidata
# ----------------------------------------------------------------------------------------------------------------


def test_wikidata_dump():
    ents = by_id(read_wikidata(fixture("wikidata_dump.json")))
    # the property P31 at the end of the dump is not an entity a name refers to
    assert list(ents) == ["Q2280", "Q990001", "Q990002", "Q990003", "Q990004", "Q990005"]
    kinds = {qid: e.kind for qid, e in ents.items()}
    assert kinds == {
        "Q2280": "place",
        "Q990001": "person",
        "Q990002": "person",
        "Q990003": "org",
        "Q990004": "place",
        "Q990005": "other",  # the deprecated P31 city claim does not count
    }
    minsk = ents["Q2280"]
    assert minsk.names[:4] == ("Мінск", "Менск", "Минск", "Minsk")  # be, be-tarask, ru, en labels first
    assert {"Mińsk", "Minskas", "Мінськ", "горад Мінск", "город Минск"} <= set(minsk.names)
    assert minsk.label == "Мінск"
    assert minsk.attributes == {
        "wikidata": "Q2280",
        "description": "сталіца Беларусі",
        "instance_of": ["Q5119", "Q1549591", "Q1637706"],
        "lat": 53.9,
        "lon": 27.566667,
    }
    sv = ents["Q990001"]
    assert sv.names[:2] == ("Святлана Ціханоўская", "Сьвятлана Ціханоўская")  # be, then be-tarask
    assert "Swiatłana Cichanouska" in sv.names and "Svetlana Tikhanovskaya" in sv.names
    assert sv.attributes["birth_year"] == 1982
    luk = ents["Q990002"]
    assert "Аляксандар Лукашэнка" in luk.names
    assert luk.attributes["description"] == "беларускі палітык"  # be-tarask when there is no be description


def test_wikidata_wbgetentities_pretty():
    ents = by_id(read_wikidata(fixture("wikidata_wbgetentities.json")))
    assert list(ents) == ["Q2280", "Q990002"]  # the "missing" answer is skipped


def test_wikidata_same_entities_whatever_the_shape(tmp_path):
    dump = by_id(read_wikidata(fixture("wikidata_dump.json")))
    api = json.loads(fixture("wikidata_wbgetentities.json").read_text("utf-8"))
    compact = write(tmp_path, "api.json", json.dumps(api, ensure_ascii=False))
    lines = write(
        tmp_path, "lines.jsonl", "\n".join(json.dumps(e, ensure_ascii=False) for e in api["entities"].values()) + "\n"
    )
    pretty_array = write(tmp_path, "array.json", json.dumps(list(api["entities"].values()), indent=2))
    one_line_array = write(tmp_path, "array1.json", json.dumps(list(api["entities"].values())))
    single = write(tmp_path, "single.json", json.dumps(api["entities"]["Q2280"], indent=1))
    for path in (compact, lines, pretty_array, one_line_array):
        got = by_id(read_wikidata(path))
        assert list(got) == ["Q2280", "Q990002"]
        assert got["Q2280"] == dump["Q2280"]
    assert list(by_id(read_wikidata(single))) == ["Q2280"]
    jsonl = by_id(read_wikidata(fixture("wikidata_entities.jsonl")))
    assert jsonl == {k: dump[k] for k in ("Q990001", "Q990004")}


def test_wikidata_languages_filter(tmp_path):
    ents = by_id(read_wikidata(fixture("wikidata_dump.json"), languages=["be-tarask", "lt"]))
    assert ents["Q2280"].names == ("Менск", "Minskas", "Мінск")  # labels first, then aliases
    assert ents["Q990001"].names == ("Сьвятлана Ціханоўская", "Sviatlana Cichanouskaja")
    assert "Q990005" not in ents  # no name in those languages: nothing could match it


def test_wikidata_kinds_override():
    ents = by_id(read_wikidata(fixture("wikidata_dump.json"), kinds={"Q57821": "place", "Q4022": "other"}))
    assert ents["Q990005"].kind == "place"
    assert ents["Q990004"].kind == "other"


def test_wikidata_bad_kinds_fail_at_call_time():
    with pytest.raises(GazetteerError, match="unknown kind 'city'"):
        read_wikidata("x.json", kinds={"Q1": "city"})  # type: ignore[dict-item]


def test_wikidata_old_shapes(tmp_path):
    # Old dumps: empty maps serialized as [], item values with only "numeric-id".
    entity = {
        "type": "item",
        "id": "Q42",
        "labels": {"be": {"language": "be", "value": "Мінск"}},
        "aliases": [],
        "descriptions": [],
        "claims": {
            "P31": [
                {
                    "mainsnak": {
                        "snaktype": "value",
                        "property": "P31",
                        "datavalue": {"value": {"entity-type": "item", "numeric-id": 515}, "type": "wikibase-entityid"},
                    },
                    "rank": "normal",
                },
                {"mainsnak": {"snaktype": "somevalue", "property": "P31"}, "rank": "normal"},
            ]
        },
    }
    path = write(tmp_path, "old.json", "[\n" + json.dumps(entity) + "\n]\n")
    (got,) = read_wikidata(path)
    assert got.kind == "place"
    assert got.attributes == {"wikidata": "Q42", "instance_of": ["Q515"]}


def test_wikidata_item_without_names_is_skipped(tmp_path):
    path = write(tmp_path, "a.json", '[\n{"type":"item","id":"Q1","labels":{},"claims":{}},\n{"type":"item","id":"Q2",'
                 '"labels":{"en":{"language":"en","value":"Minsk"}}}\n]\n')
    assert [e.id for e in read_wikidata(path)] == ["Q2"]


def test_wikidata_names_without_letters_are_dropped(tmp_path):
    entity = {
        "type": "item",
        "id": "Q3",
        "labels": {"be": {"language": "be", "value": "\u3164"}, "en": {"language": "en", "value": "Minsk"}},
        "aliases": {"ru": [{"language": "ru", "value": "\u200b—"}, {"language": "ru", "value": "1984"}]},
    }
    filler_only = {"type": "item", "id": "Q4", "labels": {"be": {"language": "be", "value": "\u3164 \u200b"}}}
    path = write(tmp_path, "a.jsonl", json.dumps(entity) + "\n" + json.dumps(filler_only) + "\n")
    (got,) = read_wikidata(path)
    assert got.names == ("Minsk", "1984")


def _dump(*lines: str) -> str:
    return "[\n" + ",\n".join(lines) + "\n]\n"


_GOOD = '{"type":"item","id":"Q1","labels":{"be":{"language":"be","value":"Мінск"}}}'

MALFORMED_WIKIDATA = [
    ("broken-line", _dump(_GOOD, '{"type":"item","id":"Q2","labels":{'), 3, None, r"invalid JSON"),
    ("not-an-object-line", _dump(_GOOD, '"Q2"'), 3, None, r"one entity object per line"),
    ("not-closed", "[\n" + _GOOD + ",\n", None, None, r"not closed.*truncated"),
    ("after-close", _dump(_GOOD) + "{}\n", 4, None, r"after the closing"),
    ("garbage-start", "hello\n", 1, None, r"not Wikidata entity JSON"),
    ("no-id", _dump('{"type":"item","labels":{}}'), 2, "id", r"without an id"),
    ("labels-shape", _dump('{"type":"item","id":"Q1","labels":{"be":"Мінск"}}'), 2, "labels.be", r"Q1: expected"),
    ("labels-type", _dump('{"type":"item","id":"Q1","labels":"Мінск"}'), 2, "labels", r"Q1: expected an object"),
    ("aliases-shape", _dump('{"type":"item","id":"Q1","aliases":{"be":{"value":"x"}}}'), 2, "aliases.be", r"list"),
    (
        "claims-no-mainsnak",
        _dump('{"type":"item","id":"Q1","labels":{"be":{"value":"A"}},"claims":{"P31":[{"rank":"normal"}]}}'),
        2,
        "claims.P31",
        r"without a mainsnak",
    ),
    (
        "claims-no-datavalue",
        _dump('{"type":"item","id":"Q1","labels":{"be":{"value":"A"}},"claims":{"P31":[{"mainsnak":{}}]}}'),
        2,
        "claims.P31",
        r"without a datavalue",
    ),
    (
        "p31-not-item",
        _dump('{"type":"item","id":"Q1","labels":{"be":{"value":"A"}},"claims":{"P31":[{"mainsnak":'
              '{"datavalue":{"value":"city"}}}]}}'),
        2,
        "claims.P31",
        r"not an item",
    ),
    ("pretty-broken", '{\n  "entities": {\n    "Q1": {\n      "id": "Q1",\n    }\n}\n', 5, None, r"invalid JSON"),
    ("api-error", '{"error": {"code": "no-such-entity", "info": "Could not find"}}\n', 1, None, r"API answered"),
    ("lines-broken", _GOOD + "\n" + _GOOD.replace("Q1", "Q2")[:-2] + "\n", 2, None, r"invalid JSON"),
]


@pytest.mark.parametrize(
    ("content", "line", "field", "pattern"), [pytest.param(*case[1:], id=case[0]) for case in MALFORMED_WIKIDATA]
)
def test_malformed_wikidata(tmp_path, content, line, field, pattern):
    path = write(tmp_path, "wd.json", content)
    with pytest.raises(SourceError) as info:
        list(read_wikidata(path))
    check_error(info.value, path, line, field, pattern)


# ----------------------------------------------------------------------------------------------------------------
# GeoNames
# ----------------------------------------------------------------------------------------------------------------


def test_geonames_fixture():
    ents = by_id(read_geonames(fixture("BY.txt")))
    assert len(ents) == 8
    minsk = ents["geonames:625144"]
    assert minsk.kind == "place"
    assert minsk.names[0] == "Minsk"
    assert {"Мінск", "Минск", "Менск", "Mińsk", "Горад Мінск"} <= set(minsk.names)
    assert not any("://" in n or n == "220000" for n in minsk.names)  # links and postal codes are not names
    assert minsk.attributes == {
        "geonames": 625144,
        "feature_class": "P",
        "feature_code": "PPLC",
        "country": "BY",
        "admin1": "04",
        "population": 1742124,
        "lat": 53.9,
        "lon": 27.56667,
        "timezone": "Europe/Minsk",
    }
    assert ents["geonames:630336"].kind == "place"  # A: the country
    assert ents["geonames:990101"].kind == "place"  # H: the river
    assert ents["geonames:990102"].kind == "other"  # S: the airport
    assert "Магілёў" in ents["geonames:625665"].names


def test_geonames_filters():
    assert [e.id for e in read_geonames(fixture("BY.txt"), feature_classes="H")] == ["geonames:990101"]
    big = [e.id for e in read_geonames(fixture("BY.txt"), feature_classes=["P", "a"], min_population=1_000_000)]
    assert big == ["geonames:630336", "geonames:625144", "geonames:625143"]
    with pytest.raises(GazetteerError, match=r"unknown GeoNames feature class"):
        read_geonames("BY.txt", feature_classes="PX")


def test_geonames_zip_and_comments(tmp_path):
    archive = tmp_path / "BY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme\n")
        zf.writestr("BY.txt", b"# a comment\n" + fixture("BY.txt").read_bytes())
    assert list(read_geonames(archive)) == list(read_geonames(fixture("BY.txt")))


def test_zip_with_several_data_files_is_an_error(tmp_path):
    archive = tmp_path / "x.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "")
        zf.writestr("b.txt", "")
    with pytest.raises(SourceError, match=r"x\.zip: the archive holds"):
        list(read_geonames(archive))


def _geo(**changes: str) -> str:
    row = fixture("BY.txt").read_text("utf-8").splitlines()[1].split("\t")
    columns = {"id": 0, "name": 1, "lat": 4, "fclass": 6, "population": 14}
    for key, value in changes.items():
        row[columns[key]] = value
    return "\t".join(row)


MALFORMED_GEONAMES = [
    ("too-few-columns", "625144\tMinsk\tMinsk\n", 1, None, r"3 tab-separated fields, the GeoNames layout has 19"),
    ("too-many-columns", _geo() + "\n" + _geo(id="1") + "\textra\n", 2, None, r"20 tab-separated fields"),
    ("comma-separated", _geo().replace("\t", ",") + "\n", 1, None, r"1 tab-separated fields"),
    ("id", _geo(id="Q625144") + "\n", 1, "geonameid", r"not a numeric id"),
    ("latitude", _geo(lat="north") + "\n", 1, "latitude", r"not a number"),
    ("population", _geo(population="1.7M") + "\n", 1, "population", r"not a number"),
    ("empty-name", _geo(name=" ") + "\n", 1, "name", r"geonames:625144 has an empty name"),
    ("feature-class", _geo(fclass="Z") + "\n", 1, "feature class", r"unknown feature class 'Z'"),
]


@pytest.mark.parametrize(
    ("content", "line", "field", "pattern"), [pytest.param(*case[1:], id=case[0]) for case in MALFORMED_GEONAMES]
)
def test_malformed_geonames(tmp_path, content, line, field, pattern):
    path = write(tmp_path, "BY.txt", content)
    with pytest.raises(SourceError) as info:
        list(read_geonames(path))
    check_error(info.value, path, line, field, pattern)


# ----------------------------------------------------------------------------------------------------------------
# FollowTheMoney / OpenSanctions
# ----------------------------------------------------------------------------------------------------------------


def test_ftm_fixture():
    ents = by_id(read_ftm(fixture("opensanctions.ftm.jsonl")))
    # the Sanction record has no name and is skipped
    assert list(ents) == [
        "NK-9xBiKsYUfZxZjW3yDuEwnt",
        "NK-2wKuZTMbLr4kSRDyVJBYVS",
        "by-kgb",
        "NK-person-nonames",
        "addr-minsk-1",
    ]
    kinds = [e.kind for e in ents.values()]
    assert kinds == ["person", "org", "org", "person", "other"]
    luk = ents["NK-9xBiKsYUfZxZjW3yDuEwnt"]
    assert luk.names[0] == "Alexander LUKASHENKO"  # the caption
    assert {"Аляксандр Рыгоравіч ЛУКАШЭНКА", "Лукашенко Александр Григорьевич", "Batka"} <= set(luk.names)
    assert luk.attributes["wikidata"] == "Q990002"
    assert luk.attributes["ftm_id"] == "NK-9xBiKsYUfZxZjW3yDuEwnt"
    assert luk.attributes["birthDate"] == ["1954-08-30"]
    assert luk.attributes["birth_year"] == 1954
    assert luk.attributes["datasets"] == ["eu_fsf", "gb_hmt_sanctions", "wikidata"]
    assert "sourceUrl" not in luk.attributes
    company = ents["NK-2wKuZTMbLr4kSRDyVJBYVS"]
    assert "ААТ «Беларуськалій»" in company.names
    assert company.attributes["registrationNumber"] == ["600122610"]
    assert ents["NK-person-nonames"].names == ("Raman Dzmitryevich Pratasevich",)  # composed from name parts
    assert ents["NK-person-nonames"].attributes["birth_year"] == 1995


def test_ftm_options():
    path = fixture("opensanctions.ftm.jsonl")
    ids = [e.id for e in read_ftm(path, id_from="wikidata")]
    assert ids[0] == "Q990002" and "by-kgb" in ids  # only entities with a QID change id
    strong = by_id(read_ftm(path, weak_aliases=False))
    assert "Batka" not in strong["NK-9xBiKsYUfZxZjW3yDuEwnt"].names
    assert "KDB" not in strong["by-kgb"].names
    people = [e.id for e in read_ftm(path, schemata={"Person"})]
    assert people == ["NK-9xBiKsYUfZxZjW3yDuEwnt", "NK-person-nonames"]
    with pytest.raises(GazetteerError, match="id_from"):
        read_ftm(path, id_from="qid")  # type: ignore[arg-type]


MALFORMED_FTM = [
    ("broken-json", '{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n{"id": \n', 2, None, "invalid JSON"),
    ("not-object", '["a"]\n', 1, None, r"must be a JSON object"),
    ("no-id", '{"schema": "Person", "properties": {"name": ["A"]}}\n', 1, "id", r"missing or empty id"),
    ("no-schema", '{"id": "a", "properties": {"name": ["A"]}}\n', 1, "schema", r"a: missing or empty schema"),
    ("properties-type", '{"id": "a", "schema": "Person", "properties": ["A"]}\n', 1, "properties", "an object"),
    ("name-type", '{"id": "a", "schema": "Person", "properties": {"name": 5}}\n', 1, "properties.name", "list of"),
    (
        "alias-item",
        '{"id": "a", "schema": "Person", "properties": {"name": ["A"], "alias": [{"x": 1}]}}\n',
        1,
        "properties.alias",
        r"a name must be a string",
    ),
]


@pytest.mark.parametrize(
    ("content", "line", "field", "pattern"), [pytest.param(*case[1:], id=case[0]) for case in MALFORMED_FTM]
)
def test_malformed_ftm(tmp_path, content, line, field, pattern):
    path = write(tmp_path, "ftm.json", content)
    with pytest.raises(SourceError) as info:
        list(read_ftm(path))
    check_error(info.value, path, line, field, pattern)


def test_ftm_string_property_and_nested_values_are_tolerated(tmp_path):
    record = {
        "id": "a",
        "schema": "LegalEntity",
        "properties": {"name": "Belaruskali", "country": ["by", {"id": "nested"}], "wikidataId": ["q123", "junk"]},
    }
    (entity,) = read_ftm(write(tmp_path, "a.json", json.dumps(record) + "\n"))
    assert entity.kind == "org"
    assert entity.names == ("Belaruskali",)
    assert entity.attributes["country"] == ["by"]
    assert entity.attributes["wikidata"] == "Q123"


# ----------------------------------------------------------------------------------------------------------------
# Mixed gazetteers
# ----------------------------------------------------------------------------------------------------------------


def test_mixed_sources_merge_by_qid():
    wikidata = Gazetteer(read_wikidata(fixture("wikidata_dump.json")))
    merged = wikidata.merge(
        read_ftm(fixture("opensanctions.ftm.jsonl"), id_from="wikidata"),
        read_geonames(fixture("BY.txt")),
        Gazetteer.from_tsv(fixture("people.tsv")),
        Gazetteer.from_jsonl(fixture("people.jsonl")),
    )
    ids = [e.id for e in merged]
    assert len(ids) == len(set(ids))
    # Lukashenko: one entity from Wikidata, OpenSanctions, the TSV and the JSONL file
    assert ids.count("Q990002") == 1
    assert "NK-9xBiKsYUfZxZjW3yDuEwnt" not in merged
    luk = merged["Q990002"]
    assert luk.kind == "person"
    assert luk.names[0] == "Аляксандр Лукашэнка"  # Wikidata came first, its canonical name wins
    for name in ("Аляксандар Лукашэнка", "Alexander LUKASHENKO", "Batka", "Alaksandr Łukašenka", "Łukašenka"):
        assert name in luk.names
    assert luk.attributes["wikidata"] == "Q990002"
    assert luk.attributes["ftm_id"] == "NK-9xBiKsYUfZxZjW3yDuEwnt"
    assert luk.attributes["birth_year"] == 1954
    assert merged["Q2280"].attributes["description"] == "сталіца Беларусі"
    assert "Менск" in merged["Q2280"].names
    # GeoNames entities keep their own ids (GeoNames has no QIDs)
    assert "geonames:625144" in merged and "geonames:627904" in merged
    # 6 Wikidata items + 4 FtM entities without a QID + 8 GeoNames rows; every TSV and JSONL entity merged in
    assert len(merged) == 6 + 4 + 8


def test_plain_gazetteer_refuses_the_same_qid_twice():
    entities = [
        *read_wikidata(fixture("wikidata_dump.json")),
        *read_ftm(fixture("opensanctions.ftm.jsonl"), id_from="wikidata"),
    ]
    with pytest.raises(GazetteerError, match="duplicate entity id 'Q990002'"):
        Gazetteer(entities)
    assert len(Gazetteer().merge(entities)) == 6 + 4


# ---------------------------------------------------------------------------------------------------- records


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.splitlines(keepends=True), 1))


def test_an_unclosed_quote_swallows_no_row() -> None:
    from belnorm.sources.files import csv_records

    records = list(csv_records(_numbered('id,name\n1,a\n2,"b\n3,c\n4,d\n')))
    assert [r.line for r in records] == [1, 2, 3, 4, 5]
    assert [r.fields for r in records if r.problem is None] == [["id", "name"], ["1", "a"], ["3", "c"], ["4", "d"]]
    assert records[2].problem is not None and "quote opened on this line" in records[2].problem
    # a quote closed lines later in the wrong place: reported where it opened, the lines between are rows again
    records = list(csv_records(_numbered('id,name\n1,"a\n2,b\n3,"c",d\n')))
    assert [(r.line, r.fields) for r in records if r.problem is None] == [(1, ["id", "name"]), (3, ["2", "b"]),
                                                                        (4, ["3", "c", "d"])]
    assert [r.line for r in records if r.problem] == [2]
    # a well-formed field over two lines is one record
    assert [r.fields for r in csv_records(_numbered('a,b\n"x\ny",z\n'))] == [["a", "b"], ["x\ny", "z"]]


def test_tsv_reads_the_quoted_fields_pandas_writes() -> None:
    pd = pytest.importorskip("pandas")
    from belnorm.sources.files import tsv_records

    values = ['ААТ "Беларуськалій"', "two\nlines", "a\ttab", "plain", '"Вясна" цэнтр']
    text = pd.DataFrame({"id": range(len(values)), "name": values}).to_csv(sep="\t", index=False)
    assert [r.fields for r in tsv_records(_numbered(text))][1:] == [[str(i), v] for i, v in enumerate(values)]


def test_tsv_keeps_quotes_that_do_not_form_a_field() -> None:
    from belnorm.sources.files import tsv_records

    text = 'id\tname\n1\t"Вясна" цэнтр\n2\t"open\n3\tx"y\n4\tz\n'
    assert [r.fields for r in tsv_records(_numbered(text))] == [
        ["id", "name"], ["1", '"Вясна" цэнтр'], ["2", '"open'], ["3", 'x"y'], ["4", "z"]
    ]
