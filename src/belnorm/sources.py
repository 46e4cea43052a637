"""Reading entities from files: belnorm's own CSV, TSV and JSONL, and the entity data users already have
(Wikidata entity JSON, GeoNames tables, FollowTheMoney / OpenSanctions entities).

Every reader is a generator: it holds one record at a time, so a large file never sits in memory twice, and it
raises `SourceError` (a `GazetteerError`) naming the file, the line and the field of the first bad record rather
than skipping it. Files are UTF-8, with or without a byte-order mark; ``.gz``, ``.bz2``, ``.xz`` and one-member
``.zip`` files are read through the standard library, so a Wikidata dump or GeoNames' ``BY.zip`` loads as it
was downloaded. Instead of a path, every reader also takes an open binary or text stream (``sys.stdin``,
``io.BytesIO``); a stream has no extension, so `read_entities` needs ``format=`` for it.

belnorm's own formats (`read_entities`)
---------------------------------------

CSV (``.csv``) and TSV (``.tsv``, ``.tab``) files start with a header row. Column names are matched without
regard to case or surrounding spaces:

``id`` (required)
    The entity id; must not be empty and must be unique in the file.
``kind`` (required)
    ``person``, ``place``, ``org`` or ``other`` (any case).
``name`` (required, repeatable)
    Every column called ``name``, ``names``, ``alias`` or ``aliases``, alone or followed by ``:`` or ``_`` and a
    tag (``name:be``, ``name_ru``, ``name:lacinka``, ``aliases_en``), holds names; a cell may hold several names
    joined by ``|`` (so ``|`` cannot be part of a name). Names are taken column by column, left to right,
    and the first one is canonical. Empty cells are allowed (not every entity has a name in every column), but
    every row needs at least one name.
``label`` (optional)
    Display name; empty means "the first name".
``attributes`` (optional)
    A JSON object, e.g. ``{"birth_year": 1954}``.
any other column
    Becomes a string attribute under its header name, when the cell is not empty. A key given both as a column and
    inside ``attributes`` is an error, not a silent override.

CSV follows RFC 4180 (quotes around fields with commas, quotes or line breaks; doubled quotes inside), read
strictly: a stray quote is an error. TSV follows the IANA ``text/tab-separated-values`` format: no quoting at
all, a quote character is just a character (so ``"Вясна"`` and a JSON ``attributes`` cell need no escaping), and
fields cannot contain tabs or line breaks. Every row must have as many fields as the header (trailing empty
fields that spreadsheets add are tolerated); blank rows are skipped.

JSONL (``.jsonl``, ``.ndjson``) has one JSON object per line with keys ``id``, ``kind``, ``names`` (a list of
strings), ``name``, ``alias``, ``aliases`` (each a string or a list; taken in that order, at least one name in
all), optional ``label`` and ``attributes`` (an object); other keys become attributes, as extra columns do in
CSV. Blank lines are skipped.

An empty file (or a CSV/TSV file with only a header) gives zero entities, not an error: an empty export is a
valid, empty gazetteer, and ``Gazetteer([])`` is valid too. A file that is not UTF-8 (say, Windows-1251
bytes) or is UTF-16 is an error that says so, with the line of the first undecodable byte.

Entity data (`read_wikidata`, `read_geonames`, `read_ftm`)
----------------------------------------------------------

These read the formats as their publishers write them; see each function. They do not check ids for
uniqueness across a file (a Wikidata dump has a hundred million of them); `Gazetteer` refuses duplicates, and
`Gazetteer.merge` folds entities with the same id into one, which is how the same QID from Wikidata and from
OpenSanctions becomes a single entity::

    gaz = Gazetteer(read_wikidata("wd.json.gz")).merge(read_ftm("targets.json", id_from="wikidata"))
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import json
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import ValidationError

from belnorm.gazetteer import Entity, EntityKind, GazetteerError

__all__ = [
    "FORMATS",
    "FTM_KINDS",
    "GEONAMES_KINDS",
    "WIKIDATA_KINDS",
    "SourceError",
    "detect_format",
    "read_entities",
    "read_ftm",
    "read_geonames",
    "read_wikidata",
]

#: A file path, or an open binary or text stream (read from where it is, never closed here).
PathLike = str | os.PathLike[str] | IO[bytes] | IO[str]

KINDS: tuple[str, ...] = ("person", "place", "org", "other")


class SourceError(GazetteerError):
    """A file of entities is invalid: the message, and the attributes `path`, `line` and `field`, say where.

    `line` is the 1-based physical line where the bad record starts (None when the problem is the whole file);
    `field` is the column or key at fault (None when it is the record as a whole).
    """

    def __init__(self, path: PathLike, reason: str, *, line: int | None = None, field: str | None = None) -> None:
        self.path = _display(path)
        self.line = line
        self.field = field
        self.reason = reason
        where = self.path
        if line is not None:
            where += f", line {line}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:  # keep it picklable (multiprocessing, pytest-xdist)
        return (_rebuild_source_error, (self.path, self.reason, self.line, self.field))


def _rebuild_source_error(path: str, reason: str, line: int | None, field: str | None) -> SourceError:
    return SourceError(path, reason, line=line, field=field)


# --------------------------------------------------------------------------------------------------------------
# Files: decompression, encoding, lines
# --------------------------------------------------------------------------------------------------------------

_COMPRESSED = (".gz", ".bz2", ".xz", ".lzma", ".zip")


def _is_path(source: PathLike) -> bool:
    return isinstance(source, (str, os.PathLike))


def _display(source: PathLike) -> str:
    """How a source is named in messages: its path, or a stream's name."""
    if _is_path(source):
        return os.fspath(source)  # type: ignore[arg-type]
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def _inner_name(path: PathLike) -> str:
    """The file name without a compression suffix: 'latest-all.json.bz2' -> 'latest-all.json'."""
    name = Path(_display(path)).name.lower()
    for suffix in _COMPRESSED:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@contextlib.contextmanager
def _open_binary(path: PathLike) -> Iterator[IO[Any]]:
    if not _is_path(path):
        if not hasattr(path, "readline"):
            raise GazetteerError(f"expected a path or an open file, not {type(path).__name__}")
        yield path  # type: ignore[misc]
        return
    name = Path(path).name.lower()  # type: ignore[arg-type]
    if name.endswith(".gz"):
        opened: IO[bytes] = gzip.open(path, "rb")
    elif name.endswith(".bz2"):
        opened = bz2.open(path, "rb")
    elif name.endswith((".xz", ".lzma")):
        opened = lzma.open(path, "rb")
    elif name.endswith(".zip"):
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise SourceError(path, f"not a readable zip archive ({exc})") from None
        with archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            stem = Path(path).name[: -len(".zip")]
            wanted = [m for m in members if Path(m).name in (f"{stem}.txt", stem)]
            data = [m for m in members if not Path(m).name.lower().startswith("readme")]
            if len(wanted) == 1:
                member = wanted[0]
            elif len(data) == 1:
                member = data[0]
            else:
                raise SourceError(path, f"the archive holds {members}; expected one data file (or {stem}.txt)")
            with archive.open(member) as opened_member:
                yield opened_member
        return
    else:
        opened = open(path, "rb")  # noqa: SIM115 - closed below
    with opened:
        yield opened


_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u04ff]{2,}(?![^\W\d_])")


def _decode_error(raw: bytes, exc: UnicodeDecodeError) -> str:
    column = len(raw[: exc.start].decode("utf-8", "replace")) + 1
    byte = raw[exc.start]
    hint = ""
    try:
        as_cp1251 = raw.decode("cp1251")
    except UnicodeDecodeError:
        as_cp1251 = ""
    if _CYRILLIC_WORD.search(as_cp1251):
        hint = " (it looks like Windows-1251 / cp1251 Cyrillic)"
    return f"the file is not UTF-8{hint}: byte 0x{byte:02x} at column {column} cannot be decoded; save it as UTF-8"


_READ_ERRORS = (OSError, EOFError, UnicodeError, zlib.error, lzma.LZMAError, zipfile.BadZipFile)


def _lines(path: PathLike) -> Iterator[tuple[int, str]]:
    """(line number, text with its line break) for every line of a UTF-8 file; the BOM of line 1 is dropped."""
    with _open_binary(path) as stream:
        lineno = 0
        while True:
            try:
                raw = stream.readline()
            except _READ_ERRORS as exc:
                raise SourceError(path, f"cannot read the file: {exc}", line=lineno + 1) from None
            if not raw:
                return
            lineno += 1
            if isinstance(raw, str):  # a text stream: already decoded
                yield lineno, raw.removeprefix("\ufeff") if lineno == 1 else raw
                continue
            if lineno == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise SourceError(path, "the file is UTF-16 (or UTF-32); save it as UTF-8", line=1)
                if raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if b"\x00" in raw:
                    reason = "the first line has NUL bytes: UTF-16 without a BOM? save it as UTF-8"
                    raise SourceError(path, reason, line=1)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SourceError(path, _decode_error(raw, exc), line=lineno) from None
            yield lineno, text


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------------------------
# Building an entity with errors that point at the record
# --------------------------------------------------------------------------------------------------------------


def _build(
    path: PathLike,
    line: int | None,
    *,
    id: Any,
    kind: str,
    names: list[str],
    label: str | None = None,
    attributes: dict[str, Any] | None = None,
    name_field: str = "name",
) -> Entity:
    """An Entity, or a SourceError naming the field that made it invalid."""
    try:
        return Entity(id=id, kind=kind, names=names, label=label, attributes=attributes or {})  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = str(err["loc"][0]) if err["loc"] else None
        field = {"names": name_field}.get(loc or "", loc)
        reason = str(err["msg"]).removeprefix("Value error, ")
        raise SourceError(path, reason, line=line, field=field) from None


def _check_kind(path: PathLike, line: int, value: Any, field: str = "kind") -> str:
    if not isinstance(value, str):
        raise SourceError(path, f"kind must be a string, not {_short(value)}", line=line, field=field)
    kind = value.strip().lower()
    if not kind:
        raise SourceError(path, "kind is empty; expected one of " + ", ".join(KINDS), line=line, field=field)
    if kind not in KINDS:
        raise SourceError(
            path, f"unknown kind {value.strip()!r}; expected one of " + ", ".join(KINDS), line=line, field=field
        )
    return kind


def _check_id(path: PathLike, line: int, value: Any, seen: dict[str, int], field: str = "id") -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise SourceError(path, f"id must be a string, not {_short(value)}", line=line, field=field)
    entity_id = str(value).strip()
    if not entity_id:
        raise SourceError(path, "id is empty", line=line, field=field)
    first = seen.get(entity_id)
    if first is not None:
        raise SourceError(path, f"duplicate id {entity_id!r} (first on line {first})", line=line, field=field)
    seen[entity_id] = line
    return entity_id


# A letter or digit that clean() keeps (it drops the Hangul fillers, which Unicode counts as letters).
_WORD_CHAR = re.compile(r"[^\W_\u115f\u1160\u3164\uffa0]")


def _worth_a_name(name: str) -> bool:
    """True when a name has a letter or digit that survives cleanup; names of punctuation alone are not names."""
    return bool(_WORD_CHAR.search(name))


def _split_names(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


# --------------------------------------------------------------------------------------------------------------
# belnorm's own formats: CSV, TSV, JSONL
# --------------------------------------------------------------------------------------------------------------

#: Formats `read_entities` understands, with their aliases.
FORMATS: dict[str, str] = {
    "csv": "csv",
    "tsv": "tsv",
    "tab": "tsv",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "jsonlines": "jsonl",
    "wikidata": "wikidata",
    "geonames": "geonames",
    "ftm": "ftm",
    "followthemoney": "ftm",
}

_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def detect_format(path: PathLike, format: str | None = None) -> str:
    """The canonical format name for a file: `format` if given (aliases allowed), else from the extension.

    Compression suffixes are looked through ('people.csv.gz' is CSV). Wikidata, GeoNames and FtM files have no
    distinctive extension (.json, .txt), so they must be named with `format`.
    """
    if format is not None:
        key = format.strip().lower().lstrip(".")
        if key not in FORMATS:
            raise GazetteerError(
                f"unknown format {format!r}; expected one of " + ", ".join(sorted(set(FORMATS.values())))
            )
        return FORMATS[key]
    suffix = Path(_inner_name(path)).suffix
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    raise SourceError(
        path,
        f"cannot tell the format from the extension {suffix or '(none)'!r}; name it with format= "
        "(csv, tsv, jsonl, wikidata, geonames or ftm)",
    )


def read_entities(path: PathLike, *, format: str | None = None) -> Iterator[Entity]:
    """Entities from a CSV, TSV or JSONL file (see the module docstring for the columns and keys).

    `format` is taken from the extension (.csv, .tsv, .tab, .jsonl, .ndjson, optionally compressed) unless given;
    ``"wikidata"``, ``"geonames"`` and ``"ftm"`` hand the file to `read_wikidata`, `read_geonames`, `read_ftm`
    with their default options. A bad format name raises at once; a bad file raises `SourceError` when the
    generator reaches the bad record.
    """
    fmt = detect_format(path, format)
    readers: dict[str, Callable[[PathLike], Iterator[Entity]]] = {
        "csv": lambda p: _read_table(p, ","),
        "tsv": lambda p: _read_table(p, "\t"),
        "jsonl": _read_jsonl,
        "wikidata": read_wikidata,
        "geonames": read_geonames,
        "ftm": read_ftm,
    }
    return readers[fmt](path)


_NAME_COLUMN = re.compile(r"^(?:names?|alias(?:es)?)(?:[:_].+)?$")
_RESERVED = ("id", "kind", "label", "attributes")


def _csv_rows(path: PathLike) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, fields) for each CSV record; quoted fields may span lines."""
    reader = csv.reader((text for _, text in _lines(path)), delimiter=",", quotechar='"', doublequote=True, strict=True)
    previous_end = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise SourceError(path, f"CSV syntax error: {exc}", line=reader.line_num or 1) from None
        yield previous_end + 1, row
        previous_end = reader.line_num


def _tsv_rows(path: PathLike) -> Iterator[tuple[int, list[str]]]:
    """(line, fields) for each TSV line: split on tabs, nothing quoted, no field size limit."""
    for line, text in _lines(path):
        yield line, text.rstrip("\r\n").split("\t")


def _read_table(path: PathLike, delimiter: str) -> Iterator[Entity]:
    rows = _csv_rows(path) if delimiter == "," else _tsv_rows(path)
    header: list[str] | None = None
    columns: dict[str, int] = {}
    name_columns: list[int] = []
    extra_columns: list[tuple[int, str]] = []
    unnamed_columns: list[int] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            for index, title in enumerate(header):
                key = title.lower()
                if not key:
                    unnamed_columns.append(index)
                elif _NAME_COLUMN.match(key):
                    name_columns.append(index)
                elif key in _RESERVED:
                    if key in columns:
                        raise SourceError(path, f"column {title!r} appears twice in the header", line=line, field=title)
                    columns[key] = index
                else:
                    if any(other == title for _, other in extra_columns):
                        raise SourceError(path, f"column {title!r} appears twice in the header", line=line, field=title)
                    extra_columns.append((index, title))
            for required in ("id", "kind"):
                if required not in columns:
                    raise SourceError(
                        path, f"no {required!r} column; the header has {header}", line=line, field=required
                    )
            if not name_columns:
                raise SourceError(
                    path, f"no 'name' column (name, names or name:<lang>); the header has {header}", line=line,
                    field="name",
                )
            continue
        width = len(header)
        if len(row) > width and not any(cell.strip() for cell in row[width:]):
            row = row[:width]
        if len(row) != width:
            raise SourceError(path, f"the row has {len(row)} fields, the header has {width}", line=line)
        for index in unnamed_columns:
            if row[index].strip():
                raise SourceError(
                    path, f"column {index + 1} has no name in the header but holds {_short(row[index])}", line=line
                )
        entity_id = _check_id(path, line, row[columns["id"]], seen)
        kind = _check_kind(path, line, row[columns["kind"]])
        names: list[str] = []
        for index in name_columns:
            names.extend(_split_names(row[index]))
        if not names:
            raise SourceError(path, f"entity {entity_id!r} has no names", line=line, field="name")
        label = row[columns["label"]].strip() if "label" in columns else ""
        attributes: dict[str, Any] = {}
        if "attributes" in columns and row[columns["attributes"]].strip():
            attributes = _parse_attributes(path, line, row[columns["attributes"]])
        for index, title in extra_columns:
            value = row[index].strip()
            if value:
                if title in attributes:
                    raise SourceError(
                        path, f"attribute {title!r} is both a column and a key of 'attributes'", line=line, field=title
                    )
                attributes[title] = value
        yield _build(path, line, id=entity_id, kind=kind, names=names, label=label or None, attributes=attributes)


def _parse_attributes(path: PathLike, line: int, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"not valid JSON: {exc}", line=line, field="attributes") from None
    if not isinstance(value, dict):
        raise SourceError(path, f"must be a JSON object, not {_short(value)}", line=line, field="attributes")
    return value


def _json_line(path: PathLike, line: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=line) from None
    except RecursionError:
        raise SourceError(path, "invalid JSON: nested too deeply", line=line) from None


def _names_value(path: PathLike, line: int, value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        out = []
        for item in value:
            if not isinstance(item, str):
                raise SourceError(path, f"names must be strings, not {_short(item)}", line=line, field=field)
            if item.strip():
                out.append(item.strip())
        return out
    raise SourceError(path, f"must be a string or a list of strings, not {_short(value)}", line=line, field=field)


_NAME_KEYS = ("name", "names", "alias", "aliases")


def _json_objects(path: PathLike) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON-lines file; anything but an object is an error."""
    for line, text in _lines(path):
        if not text.strip():
            continue
        record = _json_line(path, line, text)
        if not isinstance(record, dict):
            raise SourceError(path, f"each line must be a JSON object, not {_short(record)}", line=line)
        yield line, record


def _read_jsonl(path: PathLike) -> Iterator[Entity]:
    seen: dict[str, int] = {}
    for line, record in _json_objects(path):
        if "id" not in record:
            raise SourceError(path, "no 'id' key", line=line, field="id")
        entity_id = _check_id(path, line, record["id"], seen)
        if "kind" not in record:
            raise SourceError(path, "no 'kind' key", line=line, field="kind")
        kind = _check_kind(path, line, record["kind"])
        names = []
        for key in _NAME_KEYS:
            names += _names_value(path, line, record.get(key), key)
        if not names:
            raise SourceError(path, f"entity {entity_id!r} has no names", line=line, field="names")
        label = record.get("label")
        if label is not None and not isinstance(label, str):
            raise SourceError(path, f"must be a string, not {_short(label)}", line=line, field="label")
        attributes = record.get("attributes")
        if attributes is None:
            attributes = {}
        elif not isinstance(attributes, dict):
            raise SourceError(path, f"must be a JSON object, not {_short(attributes)}", line=line, field="attributes")
        else:
            attributes = dict(attributes)
        for key, value in record.items():
            if key in ("id", "kind", "label", "attributes", *_NAME_KEYS):
                continue
            if key in attributes:
                raise SourceError(
                    path, f"attribute {key!r} is both a key and a key of 'attributes'", line=line, field=key
                )
            attributes[key] = value
        yield _build(
            path, line, id=entity_id, kind=kind, names=names, label=(label or "").strip() or None,
            attributes=attributes, name_field="names",
        )


# --------------------------------------------------------------------------------------------------------------
# Wikidata
# --------------------------------------------------------------------------------------------------------------

_PERSON, _PLACE, _ORG = "person", "place", "org"

#: P31 (instance of) classes and the kind they give. Entity JSON carries no subclass (P279) graph, so only the
#: direct class counts: extend the map with `read_wikidata(..., kinds={...})` for classes your data uses.
WIKIDATA_KINDS: dict[str, EntityKind] = {
    # people
    "Q5": _PERSON,  # human
    # places: settlements
    "Q486972": _PLACE,  # human settlement
    "Q515": _PLACE,  # city
    "Q3957": _PLACE,  # town
    "Q532": _PLACE,  # village
    "Q5084": _PLACE,  # hamlet
    "Q5119": _PLACE,  # capital city
    "Q1549591": _PLACE,  # big city
    "Q1637706": _PLACE,  # city with millions of inhabitants
    "Q7930989": _PLACE,  # city/town
    "Q15284": _PLACE,  # municipality
    "Q2514025": _PLACE,  # posyolok
    "Q3257686": _PLACE,  # locality
    "Q123705": _PLACE,  # neighborhood
    # places: administrative units and regions
    "Q171441": _PLACE,  # district of Belarus
    "Q193512": _PLACE,  # region of Belarus
    "Q56061": _PLACE,  # administrative territorial entity
    "Q82794": _PLACE,  # geographic region
    "Q6256": _PLACE,  # country
    "Q3624078": _PLACE,  # sovereign state
    # places: water and land features
    "Q4022": _PLACE,  # river
    "Q23397": _PLACE,  # lake
    "Q131681": _PLACE,  # reservoir
    "Q8502": _PLACE,  # mountain
    "Q23442": _PLACE,  # island
    "Q618123": _PLACE,  # geographical feature
    # organisations
    "Q43229": _ORG,  # organization
    "Q7278": _ORG,  # political party
    "Q4830453": _ORG,  # business
    "Q783794": _ORG,  # company
    "Q6881511": _ORG,  # enterprise
    "Q891723": _ORG,  # public company
    "Q11032": _ORG,  # newspaper
    "Q1110794": _ORG,  # daily newspaper
    "Q41298": _ORG,  # magazine
    "Q1002697": _ORG,  # periodical
    "Q192283": _ORG,  # news agency
    "Q1331793": _ORG,  # media company
    "Q1616075": _ORG,  # television station
    "Q14350": _ORG,  # radio station
    "Q3918": _ORG,  # university
    "Q875538": _ORG,  # public university
    "Q31855": _ORG,  # research institute
    "Q163740": _ORG,  # nonprofit organization
    "Q79913": _ORG,  # non-governmental organization
    "Q48204": _ORG,  # voluntary association
    "Q7210356": _ORG,  # political organization
    "Q327333": _ORG,  # government agency
    "Q2659904": _ORG,  # government organization
    "Q178790": _ORG,  # trade union
    "Q476028": _ORG,  # association football club
    "Q847017": _ORG,  # sports club
    "Q484652": _ORG,  # international organization
    "Q2085381": _ORG,  # publisher
}

#: The order of languages in a Wikidata entity's names: Belarusian first (official, then classical spelling).
WIKIDATA_LANGUAGES: tuple[str, ...] = ("be", "be-tarask", "be-x-old", "ru", "en", "pl", "de", "uk", "lt")

_QID = re.compile(r"^Q[1-9][0-9]*$")
_KIND_ORDER = (_PERSON, _PLACE, _ORG)


def read_wikidata(
    path: PathLike,
    *,
    languages: Iterable[str] | None = None,
    kinds: Mapping[str, EntityKind] | None = None,
) -> Iterator[Entity]:
    """Entities from Wikidata entity JSON, in any of the shapes Wikidata writes it:

    * the JSON dump (``latest-all.json[.gz|.bz2]``): a ``[`` line, one entity per line each ending in a comma,
      and a ``]`` line — read line by line, so the dump is streamed;
    * JSON lines: one entity (or one ``wbgetentities`` answer) per line;
    * a ``wbgetentities`` / ``Special:EntityData`` answer ``{"entities": {"Q2280": {...}, ...}}``, or one entity,
      or a list of entities, compact or pretty-printed. A pretty-printed document is parsed whole (these are API
      answers of at most a few hundred entities), so errors in it name the line of the JSON syntax error or the
      entity id.

    Names are the labels, then the aliases, of `languages` in that order; by default every language, with
    ``be``, ``be-tarask``, ``ru``, ``en``, ``pl``, ``de``, ``uk``, ``lt`` first (so the Belarusian label is the
    canonical name) and the others by language code. The QID is the id and ``attributes["wikidata"]``; the first
    description in the same language order is ``attributes["description"]``; the P31 classes are
    ``attributes["instance_of"]``, a P569 birth date gives ``birth_year`` and P625 gives ``lat``/``lon``.

    The kind comes from P31 (instance of) through `WIKIDATA_KINDS` updated with `kinds`; person beats place
    beats org when classes disagree, and an item with no known class is ``other``.

    Skipped, by design: properties and lexemes (they are not things a name refers to), ``"missing"`` answers of
    the API, and items with no label or alias in the selected languages (nothing could match them).
    """
    language_order = tuple(languages) if languages is not None else None
    kind_map: dict[str, EntityKind] = {**WIKIDATA_KINDS, **(kinds or {})}
    for bad in set(kind_map.values()) - set(KINDS):
        raise GazetteerError(f"unknown kind {bad!r} in kinds; expected one of " + ", ".join(KINDS))
    return _read_wikidata(path, language_order, kind_map)


def _read_wikidata(
    path: PathLike, languages: tuple[str, ...] | None, kind_map: dict[str, EntityKind]
) -> Iterator[Entity]:
    mode: Literal["start", "array", "lines", "closed"] = "start"
    lines = _lines(path)
    prefix: list[str] = []  # the text read before the first record, kept in case it is a pretty document
    records_read = False
    for line, text in lines:
        stripped = text.strip()
        if not records_read:
            prefix.append(text)
        if not stripped:
            continue
        if mode == "closed":
            raise SourceError(path, f"unexpected content after the closing ']': {_short(stripped)}", line=line)
        if mode == "start" and stripped == "[":
            mode = "array"
            continue
        if mode == "array" and stripped == "]":
            mode = "closed"
            continue
        record_text = stripped[:-1] if stripped.endswith(",") else stripped
        pretty = False
        if mode == "start":
            if not stripped.startswith(("{", "[")):
                raise SourceError(path, f"not Wikidata entity JSON: the file starts with {_short(stripped)}", line=line)
            try:
                json.loads(record_text)
            except json.JSONDecodeError:
                pretty = True  # not one complete value per line
            else:
                mode = "lines"
        elif mode == "array" and record_text == "{" and not records_read:
            pretty = True  # a pretty-printed array
        if pretty:
            document = "".join(prefix) + "".join(chunk for _, chunk in lines)
            yield from _read_wikidata_document(path, document, languages, kind_map)
            return
        if mode == "array" and not record_text.startswith("{"):
            raise SourceError(
                path, f"expected one entity object per line (the dump format), got {_short(stripped)}", line=line
            )
        records_read, prefix = True, []  # no going back to document mode once a record was read
        value = _json_line(path, line, record_text)
        for record in _wikidata_records(path, line, value):
            entity = _wikidata_entity(path, line, record, languages, kind_map)
            if entity is not None:
                yield entity
    if mode == "array":
        raise SourceError(path, "the dump array is not closed: no ']' line at the end (a truncated download?)")


def _read_wikidata_document(
    path: PathLike, document: str, languages: tuple[str, ...] | None, kind_map: dict[str, EntityKind]
) -> Iterator[Entity]:
    """A whole pretty-printed JSON document: an API answer, one entity, or a list of entities."""
    try:
        value = json.loads(document)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except RecursionError:
        raise SourceError(path, "invalid JSON: nested too deeply") from None
    for record in _wikidata_records(path, None, value):
        entity = _wikidata_entity(path, None, record, languages, kind_map)
        if entity is not None:
            yield entity


def _wikidata_records(path: PathLike, line: int | None, value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _wikidata_records(path, line, item)
        return
    if not isinstance(value, dict):
        raise SourceError(path, f"expected an entity object, got {_short(value)}", line=line)
    entities = value.get("entities")
    if "id" not in value and isinstance(entities, dict):
        for key, item in entities.items():
            if not isinstance(item, dict):
                raise SourceError(path, f"entity {key!r} is not an object", line=line, field=f"entities.{key}")
            yield item
        return
    if "id" not in value and "error" in value:
        raise SourceError(path, f"the API answered with an error: {_short(value['error'], 200)}", line=line)
    yield value


def _wd_values(
    path: PathLike, line: int | None, qid: str, container: Any, field: str, *, lists: bool
) -> dict[str, list[str]]:
    """{language: [values]} from a labels/descriptions ({lang: {value}}) or aliases ({lang: [{value}]}) map."""
    if container is None or container == []:  # PHP serializes an empty map as []
        return {}
    if not isinstance(container, dict):
        raise SourceError(path, f"{qid}: expected an object, got {_short(container)}", line=line, field=field)
    out: dict[str, list[str]] = {}
    for language, entry in container.items():
        entries = entry if lists else [entry]
        if not isinstance(entries, list):
            raise SourceError(path, f"{qid}: expected a list", line=line, field=f"{field}.{language}")
        values = []
        for item in entries:
            value = item.get("value") if isinstance(item, dict) else None
            if not isinstance(value, str):
                raise SourceError(
                    path, f"{qid}: expected {{'language': ..., 'value': '...'}}, got {_short(item)}", line=line,
                    field=f"{field}.{language}",
                )
            if value.strip():
                values.append(value)
        out[str(language)] = values
    return out


def _wd_claim_values(path: PathLike, line: int | None, qid: str, claims: Any, prop: str) -> list[Any]:
    """The datavalue values of the non-deprecated statements of one property."""
    if not claims:
        return []
    if not isinstance(claims, dict):
        raise SourceError(path, f"{qid}: expected an object, got {_short(claims)}", line=line, field="claims")
    statements = claims.get(prop) or []
    if not isinstance(statements, list):
        raise SourceError(path, f"{qid}: expected a list of statements", line=line, field=f"claims.{prop}")
    values = []
    for statement in statements:
        if not isinstance(statement, dict) or not isinstance(statement.get("mainsnak"), dict):
            raise SourceError(
                path, f"{qid}: a statement without a mainsnak: {_short(statement)}", line=line, field=f"claims.{prop}"
            )
        if statement.get("rank") == "deprecated":
            continue
        snak = statement["mainsnak"]
        if snak.get("snaktype", "value") != "value":
            continue  # "somevalue" / "novalue"
        datavalue = snak.get("datavalue")
        if not isinstance(datavalue, dict) or "value" not in datavalue:
            raise SourceError(
                path, f"{qid}: a value snak without a datavalue: {_short(snak)}", line=line, field=f"claims.{prop}"
            )
        values.append(datavalue["value"])
    return values


def _wikidata_entity(
    path: PathLike,
    line: int | None,
    record: dict[str, Any],
    languages: tuple[str, ...] | None,
    kind_map: dict[str, EntityKind],
) -> Entity | None:
    qid = record.get("id")
    if "missing" in record:
        return None
    if not isinstance(qid, str) or not qid.strip():
        raise SourceError(path, f"an entity without an id: {_short(record)}", line=line, field="id")
    qid = qid.strip()
    if record.get("type", "item") != "item" or not _QID.match(qid):
        return None  # properties (P…), lexemes (L…), media info (M…)
    labels = _wd_values(path, line, qid, record.get("labels"), "labels", lists=False)
    aliases = _wd_values(path, line, qid, record.get("aliases"), "aliases", lists=True)
    descriptions = _wd_values(path, line, qid, record.get("descriptions"), "descriptions", lists=False)
    if languages is None:
        present = set(labels) | set(aliases) | set(descriptions)
        order = [lang for lang in WIKIDATA_LANGUAGES if lang in present]
        order += sorted(present - set(WIKIDATA_LANGUAGES))
    else:
        order = list(languages)
    preferred = [lang for lang in order if lang in WIKIDATA_LANGUAGES] if languages is None else order
    others = [lang for lang in order if lang not in preferred]
    names: list[str] = []
    for group in (preferred, others):
        names += [value for lang in group for value in labels.get(lang, [])]
        names += [value for lang in group for value in aliases.get(lang, [])]
    names = [n for n in names if _worth_a_name(n)]
    if not names:
        return None

    claims = record.get("claims")
    classes: list[str] = []
    for value in _wd_claim_values(path, line, qid, claims, "P31"):
        target = value.get("id") if isinstance(value, dict) else None
        if target is None and isinstance(value, dict) and isinstance(value.get("numeric-id"), int):
            target = f"Q{value['numeric-id']}"
        if not isinstance(target, str):
            raise SourceError(path, f"{qid}: P31 value is not an item: {_short(value)}", line=line, field="claims.P31")
        if target not in classes:
            classes.append(target)
    found = {kind_map[c] for c in classes if c in kind_map}
    kind: EntityKind = next((k for k in _KIND_ORDER if k in found), "other")  # type: ignore[assignment]

    attributes: dict[str, Any] = {"wikidata": qid}
    description = next((descriptions[lang][0] for lang in order if descriptions.get(lang)), None)
    if description:
        attributes["description"] = description
    if classes:
        attributes["instance_of"] = classes
    for value in _wd_claim_values(path, line, qid, claims, "P569"):
        year = _wd_year(value)
        if year is not None:
            attributes["birth_year"] = year
            break
    for value in _wd_claim_values(path, line, qid, claims, "P625"):
        if isinstance(value, dict) and isinstance(value.get("latitude"), (int, float)):
            attributes["lat"] = float(value["latitude"])
            attributes["lon"] = float(value.get("longitude") or 0.0)
            break
    return _build(path, line, id=qid, kind=kind, names=names, attributes=attributes, name_field="labels")


_WD_TIME = re.compile(r"^([+-]?)0*(\d+)-")


def _wd_year(value: Any) -> int | None:
    """The year of a Wikidata time value, when its precision is a year or finer (9 = year, 11 = day)."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    if int(value.get("precision", 11)) < 9:
        return None
    match = _WD_TIME.match(value["time"])
    if not match:
        return None
    year = int(match.group(2))
    return -year if match.group(1) == "-" else year


# --------------------------------------------------------------------------------------------------------------
# GeoNames
# --------------------------------------------------------------------------------------------------------------

GEONAMES_COLUMNS: tuple[str, ...] = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class", "feature code",
    "country code", "cc2", "admin1 code", "admin2 code", "admin3 code", "admin4 code", "population", "elevation",
    "dem", "timezone", "modification date",
)  # fmt: skip

#: GeoNames feature classes and the kind they give. Administrative areas, populated places, water, parks and
#: areas, relief, undersea and vegetation features are places people name as places; S (spots, buildings,
#: farms, stations) and R (roads, railways) are facilities, kept as ``other`` so that "Minsk" the railway
#: station does not compete with Minsk the city as a place.
GEONAMES_KINDS: dict[str, EntityKind] = {
    "A": "place", "P": "place", "H": "place", "L": "place", "T": "place", "U": "place", "V": "place",
    "S": "other", "R": "other",
}  # fmt: skip

_HAS_LETTER = re.compile(r"[^\W\d_]")


def read_geonames(
    path: PathLike,
    *,
    feature_classes: Iterable[str] | None = None,
    min_population: int = 0,
) -> Iterator[Entity]:
    """Entities from a GeoNames table (``BY.txt``, ``BY.zip``, ``cities15000.txt``, ``allCountries.txt`` ...).

    The file is the GeoNames "geoname" table: 19 tab-separated columns, no header, no quoting (see
    `GEONAMES_COLUMNS`). The id is ``geonames:<geonameid>``; the names are ``name``, ``asciiname`` and the
    comma-separated ``alternatenames`` (entries with no letter at all, such as postal codes, and links are left
    out: they are not names); the kind comes from the feature class through `GEONAMES_KINDS`. Attributes:
    ``geonames`` (the numeric id), ``feature_class``, ``feature_code``, ``country``, ``admin1`` (and ``admin2``
    when set), ``population``, ``lat``, ``lon``, ``timezone``.

    `feature_classes` (e.g. ``"PAH"``) and `min_population` select rows; rows they leave out are not errors.
    Lines starting with ``#`` and blank lines are skipped. A row with the wrong number of columns, a
    non-numeric id or coordinates, or an empty name raises `SourceError` with its line.
    """
    wanted = None
    if feature_classes is not None:
        wanted = {c.strip().upper() for c in feature_classes if c.strip()}
        unknown = wanted - set(GEONAMES_KINDS)
        if unknown:
            raise GazetteerError(
                f"unknown GeoNames feature class(es) {sorted(unknown)}; expected some of {''.join(GEONAMES_KINDS)}"
            )
    return _read_geonames(path, wanted, min_population)


def _read_geonames(path: PathLike, wanted: set[str] | None, min_population: int) -> Iterator[Entity]:
    width = len(GEONAMES_COLUMNS)
    for line, text in _lines(path):
        text = text.rstrip("\r\n")
        if not text.strip() or text.startswith("#"):
            continue
        row = text.split("\t")
        if len(row) != width:
            raise SourceError(
                path, f"the row has {len(row)} tab-separated fields, the GeoNames layout has {width}", line=line
            )
        geonameid = row[0].strip()
        if not geonameid.isdigit():
            raise SourceError(path, f"not a numeric id: {_short(row[0])}", line=line, field="geonameid")
        feature_class = row[6].strip().upper()
        if feature_class and feature_class not in GEONAMES_KINDS:
            raise SourceError(path, f"unknown feature class {row[6]!r}", line=line, field="feature class")
        if wanted is not None and feature_class not in wanted:
            continue
        population = _geonames_number(path, line, row[14], "population", int)
        if population < min_population:
            continue
        name = row[1].strip()
        if not name:
            raise SourceError(path, f"geonames:{geonameid} has an empty name", line=line, field="name")
        names = [name, row[2].strip()]
        for alternate in row[3].split(","):
            alternate = alternate.strip()
            if alternate and _HAS_LETTER.search(alternate) and "://" not in alternate:
                names.append(alternate)
        names = [n for n in names if _worth_a_name(n)]
        attributes: dict[str, Any] = {
            "geonames": int(geonameid),
            "feature_class": feature_class,
            "feature_code": row[7].strip(),
            "country": row[8].strip(),
            "admin1": row[10].strip(),
        }
        if row[11].strip():
            attributes["admin2"] = row[11].strip()
        attributes["population"] = population
        attributes["lat"] = _geonames_number(path, line, row[4], "latitude", float, required=True)
        attributes["lon"] = _geonames_number(path, line, row[5], "longitude", float, required=True)
        if row[17].strip():
            attributes["timezone"] = row[17].strip()
        kind = GEONAMES_KINDS.get(feature_class, "other")
        yield _build(path, line, id=f"geonames:{geonameid}", kind=kind, names=names, attributes=attributes)


def _geonames_number(
    path: PathLike, line: int, text: str, field: str, cast: type[int] | type[float], *, required: bool = False
) -> Any:
    text = text.strip()
    if not text and not required:
        return cast(0)
    try:
        return cast(text)
    except ValueError:
        raise SourceError(path, f"not a number: {_short(text)}", line=line, field=field) from None


# --------------------------------------------------------------------------------------------------------------
# FollowTheMoney / OpenSanctions
# --------------------------------------------------------------------------------------------------------------

#: FtM schemata and the kind they give; every other schema (Address, Vessel, Position, ...) is ``other``.
FTM_KINDS: dict[str, EntityKind] = {
    "Person": "person",
    "Organization": "org",
    "Company": "org",
    "LegalEntity": "org",
    "PublicBody": "org",
}

#: Properties whose values are names, in the order they are taken.
FTM_NAME_PROPERTIES: tuple[str, ...] = ("name", "alias", "previousName", "weakAlias")

#: Properties copied into attributes (as lists of strings, as FtM holds them).
FTM_ATTRIBUTE_PROPERTIES: tuple[str, ...] = (
    "birthDate", "deathDate", "birthPlace", "gender", "country", "nationality", "citizenship", "jurisdiction",
    "position", "topics", "incorporationDate", "registrationNumber", "innCode",
)  # fmt: skip


def read_ftm(
    path: PathLike,
    *,
    id_from: Literal["ftm", "wikidata"] = "ftm",
    weak_aliases: bool = True,
    schemata: Iterable[str] | None = None,
) -> Iterator[Entity]:
    """Entities from FollowTheMoney JSON lines, as OpenSanctions exports them (``entities.ftm.json``,
    ``targets.nested.json``) and ``ftm`` tools write them.

    Each line is an object with ``id``, ``schema`` and ``properties`` (property name -> list of values). Names are
    the ``caption`` (OpenSanctions' display name) then ``name``, ``alias``, ``previousName`` and, unless
    `weak_aliases` is False, ``weakAlias``; a Person with no name gets one from ``firstName``/``fatherName``/
    ``lastName``, an Address from ``full``. The kind comes from the schema through `FTM_KINDS`.

    Attributes: ``ftm_id`` (the FtM id), ``schema``, ``datasets`` (when present), ``wikidata`` (the first
    ``wikidataId``), the properties in `FTM_ATTRIBUTE_PROPERTIES` as lists of strings, and ``birth_year`` when
    every ``birthDate`` has the same year (the key the Wikidata reader uses too).

    ``id_from="wikidata"`` makes the QID the id when the entity has one, so that the person from OpenSanctions
    and the same person from `read_wikidata` merge into one entity in `Gazetteer.merge`.

    `schemata` selects schemata (e.g. ``{"Person", "Organization"}``). Records with no name at all (Sanction,
    Ownership, Family and other relationship schemata) are skipped: nothing could match them. A line that is not
    a JSON object, lacks ``id`` or ``schema``, or has a name property that is not strings raises `SourceError`.
    """
    if id_from not in ("ftm", "wikidata"):
        raise GazetteerError(f"id_from must be 'ftm' or 'wikidata', not {id_from!r}")
    wanted = set(schemata) if schemata is not None else None
    return _read_ftm(path, id_from, weak_aliases, wanted)


def _read_ftm(path: PathLike, id_from: str, weak_aliases: bool, wanted: set[str] | None) -> Iterator[Entity]:
    name_properties = [p for p in FTM_NAME_PROPERTIES if weak_aliases or p != "weakAlias"]
    for line, record in _json_objects(path):
        ftm_id = record.get("id")
        if not isinstance(ftm_id, str) or not ftm_id.strip():
            raise SourceError(path, f"missing or empty id: {_short(ftm_id)}", line=line, field="id")
        schema = record.get("schema")
        if not isinstance(schema, str) or not schema.strip():
            raise SourceError(path, f"{ftm_id}: missing or empty schema", line=line, field="schema")
        if wanted is not None and schema not in wanted:
            continue
        properties = record.get("properties", {})
        if not isinstance(properties, dict):
            raise SourceError(path, f"{ftm_id}: expected an object", line=line, field="properties")

        def strings(prop: str, *, strict: bool, props: dict[str, Any] = properties) -> list[str]:
            value = props.get(prop)
            if value is None:
                return []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise SourceError(
                    path, f"{ftm_id}: expected a list of values, not {_short(value)}", line=line,
                    field=f"properties.{prop}",
                )
            out = []
            for item in value:
                if isinstance(item, str):
                    if item.strip():
                        out.append(item.strip())
                elif strict:
                    raise SourceError(
                        path, f"{ftm_id}: a name must be a string, not {_short(item)}", line=line,
                        field=f"properties.{prop}",
                    )
            return out

        names: list[str] = []
        caption = record.get("caption")
        if isinstance(caption, str) and caption.strip():
            names.append(caption.strip())
        for prop in name_properties:
            names += strings(prop, strict=True)
        if not names and schema == "Person":
            parts = [strings(p, strict=True)[:1] for p in ("firstName", "fatherName", "lastName")]
            composed = " ".join(part[0] for part in parts if part)
            if composed:
                names.append(composed)
        if not names and schema == "Address":
            names += strings("full", strict=True)
        names = [n for n in names if _worth_a_name(n)]
        if not names:
            continue

        attributes: dict[str, Any] = {"ftm_id": ftm_id.strip(), "schema": schema}
        datasets = record.get("datasets")
        if isinstance(datasets, list) and datasets:
            attributes["datasets"] = [d for d in datasets if isinstance(d, str)]
        qids = [q.upper() for q in strings("wikidataId", strict=False) if _QID.match(q.upper())]
        if qids:
            attributes["wikidata"] = qids[0]
        for prop in FTM_ATTRIBUTE_PROPERTIES:
            values = strings(prop, strict=False)
            if values:
                attributes[prop] = values
        years = {d[:4] for d in attributes.get("birthDate", []) if re.match(r"^\d{4}", d)}
        if len(years) == 1:
            attributes["birth_year"] = int(years.pop())
        entity_id = qids[0] if id_from == "wikidata" and qids else ftm_id
        kind = FTM_KINDS.get(schema, "other")
        yield _build(
            path, line, id=entity_id, kind=kind, names=names, attributes=attributes, name_field="properties.name"
        )

