"""Which reader a file goes to: format names, their aliases, and the extensions that imply them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from belnorm.gazetteer import Entity, GazetteerError
from belnorm.sources.files import PathLike, SourceError, extension_format, inner_name
from belnorm.sources.ftm import read_ftm
from belnorm.sources.geonames import read_geonames
from belnorm.sources.jsonl import read_jsonl
from belnorm.sources.table import read_table
from belnorm.sources.wikidata import read_wikidata

__all__ = ["FORMATS", "detect_format", "read_entities"]

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
    found = extension_format(path)
    if found is not None:
        return found
    suffix = Path(inner_name(path)).suffix
    raise SourceError(
        path,
        f"cannot tell the format from the extension {suffix or '(none)'!r}; name it with format= "
        "(csv, tsv, jsonl, wikidata, geonames or ftm)",
    )


def read_entities(path: PathLike, *, format: str | None = None) -> Iterator[Entity]:
    """Entities from a CSV, TSV or JSONL file (see `belnorm.sources` for the columns and keys).

    `format` is taken from the extension (.csv, .tsv, .tab, .jsonl, .ndjson, optionally compressed) unless given;
    ``"wikidata"``, ``"geonames"`` and ``"ftm"`` hand the file to `read_wikidata`, `read_geonames`, `read_ftm`
    with their default options. A bad format name raises at once; a bad file raises `SourceError` when the
    generator reaches the bad record.
    """
    fmt = detect_format(path, format)
    readers: dict[str, Callable[[PathLike], Iterator[Entity]]] = {
        "csv": lambda p: read_table(p, ","),
        "tsv": lambda p: read_table(p, "\t"),
        "jsonl": read_jsonl,
        "wikidata": read_wikidata,
        "geonames": read_geonames,
        "ftm": read_ftm,
    }
    return readers[fmt](path)
