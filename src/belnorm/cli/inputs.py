"""The command's input: which file, which format it is in (from ``--format``, the extension, or its first lines),
and its rows (read through `belnorm.sources.files`, the same reader the entity loaders use, so a bad file gets
the same one-line `SourceError`)."""

from __future__ import annotations

import collections
import csv
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from belnorm.cli.errors import CliError
from belnorm.sources.files import (
    COMPRESSED,
    EXTENSIONS,
    TextFile,
    csv_records,
    extension_format,
    json_values,
    parse_json,
    short,
    tsv_records,
)

__all__ = [
    "DELIMITERS",
    "INPUT_FORMATS",
    "NAME_COLUMNS",
    "TEXT_COLUMNS",
    "Input",
    "Reader",
    "Row",
    "delimiter_value",
    "file_argument",
    "open_reader",
    "sniff",
]

INPUT_FORMATS = ("csv", "tsv", "jsonl", "lines", "text")
#: input extensions: the record formats, and plain lines
INPUT_EXTENSIONS: dict[str, str] = {**EXTENSIONS, ".txt": "lines", ".md": "lines"}
#: columns that hold the names (or the texts, for find) when --column does not say, in order of preference
NAME_COLUMNS = ("name", "names", "query", "label", "title")
TEXT_COLUMNS = ("text", "body", "content", "sentence", "description")
#: words that make a first line a header (with the column --column names)
HEADER_WORDS = frozenset((*NAME_COLUMNS, *TEXT_COLUMNS, "id"))
#: field separators a CSV header is tried with, in order of preference on a tie
SNIFFED = (",", ";", "\t")
#: how --delimiter may be written
DELIMITERS = {",": ",", ";": ";", "|": "|", "\t": "\t", "\\t": "\t", "tab": "\t", "comma": ",", "semicolon": ";"}
#: lines read ahead to tell the format of stdin (or of a file whose extension does not say)
SNIFF_LINES = 20
SNIFF_CHARS = 1 << 16


def delimiter_value(value: str) -> str:
    """``--delimiter``: one character, or ``tab``/``\\t``, ``comma``, ``semicolon``."""
    found = DELIMITERS.get(value.lower() if len(value) > 1 else value)
    if found is None and len(value) == 1 and value not in "\"\r\n":
        found = value
    if found is None:
        raise ValueError(f"not a field separator: {value!r} (one character, or tab)")
    return found


@dataclass(slots=True)
class Row:
    """One input record: its values (column → value, in input order), where it was, and what broke it."""

    number: int  # 1-based record number
    line: int  # physical line where the record starts
    values: dict[str, Any]
    query: str = ""
    error: str | None = None


def _looks_like_a_file(arg: str) -> bool:
    name = arg.lower()
    for suffix in COMPRESSED:
        name = name.removesuffix(suffix)
    return "\n" not in arg and Path(name).suffix in INPUT_EXTENSIONS


def file_argument(args: Sequence[str]) -> str | None:
    """The data file given as the positional argument (``belnorm match people.csv``, as csvkit users write), or
    None when the arguments are names. A name that looks like a data file but is none is a `CliError`: it would
    otherwise be matched as a name."""
    files = [a for a in args if _looks_like_a_file(a) or (os.sep in a and os.path.isfile(a))]
    if not files:
        return None
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise CliError(f"no such file: {missing[0]} (files are read with -i FILE; names are matched as given)")
    if len(args) > 1:
        raise CliError(f"give one input file ({files[0]}) or names as arguments, not both: read files with -i FILE")
    return files[0]


def _format_of_path(path: str | None) -> str | None:
    """The format a path's extension names, or None (stdin, or an extension that says nothing)."""
    if path is None or path == "-":
        return None
    return extension_format(path, INPUT_EXTENSIONS)


class Input(TextFile):
    """The lines of ``-i FILE``, or of stdin (``None`` or ``-``); a file that cannot be opened is a `CliError`.

    `peek` reads the first lines ahead (to tell the format) without losing them for `lines`."""

    def __init__(self, path: str | None, *, encoding: str | None = None) -> None:
        self.path = None if path in (None, "-") else path
        if self.path is None:
            super().__init__(sys.stdin.buffer, name="<stdin>", encoding=encoding)
        else:
            super().__init__(self.path, encoding=encoding)
        self._ahead: collections.deque[tuple[int, str]] = collections.deque()
        self._numbered: Iterator[tuple[int, str]] | None = None
        self._ended = False

    def __enter__(self) -> Input:
        if self.path is not None and os.path.isdir(self.path):
            raise CliError(f"cannot read {self.path}: it is a directory")
        try:
            super().__enter__()
        except OSError as exc:
            raise CliError(f"cannot read {self.name}: {exc.strerror or exc}") from None
        return self

    def _source(self) -> Iterator[tuple[int, str]]:
        if self._numbered is None:
            self._numbered = super().lines()
        return self._numbered

    def peek(self, lines: int = SNIFF_LINES, chars: int = SNIFF_CHARS) -> list[str]:
        """The first lines (at most ``lines`` of them, or fewer when they reach ``chars`` characters), read
        ahead: `lines` still yields them. Stops early at the end of the input."""
        size = sum(len(t) for _, t in self._ahead)
        source = self._source()
        while len(self._ahead) < lines and size < chars and not self._ended:
            item = next(source, None)
            if item is None:
                self._ended = True
                break
            self._ahead.append(item)
            size += len(item[1])
        return [t for _, t in list(self._ahead)[:lines]]

    def first_line(self) -> str:
        """The first non-blank line (read ahead, as few lines as it takes), or "" for an input of blank lines."""
        n = 1
        while True:
            lines = self.peek(n, chars=1 << 30)
            found = next((line for line in lines if line.strip()), None)
            if found is not None:
                return found
            if self._ended or len(lines) < n:
                return ""
            n += 1

    @property
    def peeked_all(self) -> bool:
        """`peek` reached the end of the input."""
        return self._ended

    def lines(self) -> Iterator[tuple[int, str]]:
        while self._ahead:
            yield self._ahead.popleft()
        yield from self._source()

    def read_all(self) -> str:
        """The whole text."""
        return "".join(text for _, text in self.lines())


def _split(line: str, delimiter: str) -> list[str]:
    """The fields of one line (quotes respected, never an error)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _header_delimiter(line: str, words: frozenset[str]) -> str | None:
    """The separator that splits a header line into the most fields with a known column name among them."""
    best: tuple[int, str] | None = None
    for delimiter in SNIFFED:
        fields = [f.strip().casefold() for f in _split(line, delimiter)]
        if len(fields) >= 2 and words.intersection(fields) and (best is None or len(fields) > best[0]):
            best = (len(fields), delimiter)
    return None if best is None else best[1]


def csv_delimiter(line: str) -> str:
    """The separator of a CSV file from its header: the one giving the most fields (``;`` is what Excel writes in
    Belarusian, Russian, Polish and German locales); a comma when none splits it."""
    best = (1, ",")
    for delimiter in SNIFFED:
        n = len(_split(line, delimiter))
        if n > best[0]:
            best = (n, delimiter)
    return best[1]


def sniff(sample: Sequence[str], *, texts: bool, column: str | None, complete: bool, where: str) -> tuple[str, str]:
    """(format, delimiter) of an input whose name does not say: JSON lines when the first line is a JSON object;
    CSV or TSV when the first line is a header with a column belnorm knows (or the one ``--column`` names);
    else plain lines (one document, for find). Rows of equally many separated fields without such a header are
    ambiguous (a table, or names with commas?): a `CliError` that asks for ``--format``."""
    lines = [line for line in sample if line.strip()]
    if not lines:
        return ("text" if texts else "lines"), ","
    first = lines[0]
    if first.lstrip().startswith("{"):
        value, problem = parse_json(first)
        if problem is None and isinstance(value, dict):
            return "jsonl", ","
    wanted = column.casefold() if column else None
    words = HEADER_WORDS | ({wanted} if wanted else set())
    delimiter = _header_delimiter(first, frozenset(words))
    if delimiter is not None:
        return ("tsv" if delimiter == "\t" else "csv"), delimiter
    alone = first.strip().casefold()
    if alone == wanted or alone in (TEXT_COLUMNS if texts else NAME_COLUMNS):
        return "csv", ","  # a one-column table: its header is the column's name
    if not texts:
        rows = lines if complete else lines[:-1]
        for delimiter in SNIFFED:
            counts = {len(_split(line, delimiter)) for line in rows}
            if len(rows) >= 2 and len(counts) == 1 and min(counts) >= 2:
                name = {"\t": "tabs", ",": "commas", ";": "semicolons"}[delimiter]
                raise CliError(
                    f"{where} looks like a table ({min(counts)} fields separated by {name}) without a header belnorm "
                    "knows: say --format csv/tsv (and --column) for a table, or --format lines for one name a line"
                )
    return ("text" if texts else "lines"), ","


def _unique(names: Sequence[str]) -> list[str]:
    """Column names made unique: a repeated ``name`` becomes ``name_2``."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        name = name.strip()
        if name in seen:
            seen[name] += 1
            candidate = f"{name}_{seen[name]}"
            while candidate in seen:
                seen[name] += 1
                candidate = f"{name}_{seen[name]}"
            name = candidate
        seen.setdefault(name, 1)
        out.append(name)
    return out


def _pick_column(columns: Sequence[str], wanted: str | None, defaults: Sequence[str], where: str) -> str:
    if wanted is not None:
        if wanted in columns:
            return wanted
        folded = {c.casefold(): c for c in columns}
        if wanted.casefold() in folded:
            return folded[wanted.casefold()]
        if wanted.isdigit() and 1 <= int(wanted) <= len(columns):
            return columns[int(wanted) - 1]
        raise CliError(f"{where} has no column {wanted!r}; its columns are: {', '.join(columns) or '(none)'}")
    folded = {c.casefold(): c for c in columns}
    for name in defaults:
        if name in folded:
            return folded[name]
    if len(columns) == 1:
        return columns[0]
    raise CliError(
        f"which column of {where} holds the {'texts' if defaults is TEXT_COLUMNS else 'names'}? "
        f"name it with --column (columns: {', '.join(columns) or '(none)'})"
    )


class Reader:
    """The rows of one input, in order; ``columns`` is known once `rows` has started (after the header)."""

    def __init__(
        self, source: Input, fmt: str, *, column: str | None, texts: bool, delimiter: str = ","
    ) -> None:
        self.source = source
        self.format = fmt
        self.delimiter = delimiter
        self.wanted = column
        self.defaults = TEXT_COLUMNS if texts else NAME_COLUMNS
        self.columns: list[str] = []
        self.column = ""
        if column is not None and fmt in ("lines", "text"):
            raise CliError(f"--column needs CSV, TSV or JSONL input; {source.name} is read as {fmt}")

    def rows(self) -> Iterator[Row]:
        """Every record as a `Row`; a malformed one carries its error (the caller decides to stop or keep it)."""
        if self.format in ("csv", "tsv"):
            yield from self._table()
        elif self.format == "jsonl":
            yield from self._jsonl()
        else:
            self.columns = [self.column] = ["text" if self.defaults is TEXT_COLUMNS else "name"]
            for number, (lineno, text) in enumerate(self.source.lines(), 1):
                text = text.rstrip("\r\n")
                yield Row(number, lineno, {self.column: text}, text)

    def _table(self) -> Iterator[Row]:
        where = self.source.name
        lines = self.source.lines()
        records = tsv_records(lines) if self.format == "tsv" else csv_records(lines, self.delimiter)
        header: list[str] | None = None
        number = 0
        for record in records:
            lineno, fields, problem = record.line, record.fields, record.problem
            if header is None:
                if problem:
                    raise CliError(f"{where}, line {lineno}: the header row is malformed: {problem}")
                if not fields:
                    continue
                header = self.columns = _unique(fields)
                if "" in header:
                    raise CliError(f"{where}, line {lineno}: the header has an empty column name")
                self.column = _pick_column(header, self.wanted, self.defaults, where)
                continue
            if problem is None and fields in ([], [""]):
                continue  # a blank line is no record
            number += 1
            if problem is None and len(fields) != len(header):
                if len(fields) > len(header) and not any(fields[len(header) :]):
                    fields = fields[: len(header)]
                else:
                    problem = f"{len(fields)} fields, the header has {len(header)}"
            values = {c: (fields[i] if i < len(fields) else "") for i, c in enumerate(header)}
            row = Row(number, lineno, values, values[self.column] if problem is None else "")
            if problem:
                row.error = f"{where}, line {lineno}: {problem}"
            yield row
        if header is None:
            if self.wanted is not None:
                raise CliError(f"{where} is empty: it has no column {self.wanted!r}")
            self.columns = [self.column] = [self.defaults[0]]

    def _jsonl(self) -> Iterator[Row]:
        where = self.source.name
        number = 0
        for lineno, value, problem in json_values(self.source.lines()):
            number += 1
            obj: dict[str, Any] = {}
            if problem is None:
                if isinstance(value, dict):
                    obj = value
                else:
                    problem = f"each line must be a JSON object, not {short(value)}"
            if not self.columns and problem is None:
                self.columns = list(obj)
                self.column = _pick_column(self.columns, self.wanted, self.defaults, where) if obj else ""
            if not self.column and problem is None:
                raise CliError(f"{where}, line {lineno}: the first object is empty; cannot tell the name key")
            query = ""
            if problem is None:
                found = obj.get(self.column)
                if self.column not in obj:
                    problem = f"no key {self.column!r}"
                elif found is None:
                    query = ""
                elif isinstance(found, (str, int, float)) and not isinstance(found, bool):
                    query = str(found)
                else:
                    problem = f"{self.column!r} is a JSON {type(found).__name__}, not a string"
            row = Row(number, lineno, obj, query)
            if problem:
                row.error = f"{where}, line {lineno}: {problem}"
            yield row
        if not self.columns:
            if self.wanted is not None and number == 0:
                raise CliError(f"{where} is empty: it has no key {self.wanted!r}")
            self.columns = [self.column] = [self.wanted or self.defaults[0]]


def open_reader(
    source: Input,
    *,
    fmt: str | None,
    column: str | None,
    delimiter: str | None,
    texts: bool,
    document: bool,
) -> Reader:
    """The reader of an opened input: the format is ``fmt`` (``--format``), else the extension's, else told from
    the first lines (`sniff`); a CSV's separator is ``delimiter``, else told from its header. ``document``: plain
    text is one document (find), not one item a line."""
    if fmt is None:
        fmt = _format_of_path(source.path)
        if fmt == "lines" and document:
            fmt = "text"
    if fmt is None and delimiter is not None:
        fmt = "tsv" if delimiter == "\t" else "csv"
    if fmt is None:
        # the first line decides, when it is a JSON object or a header; only lines without a header need more
        first = source.first_line()
        fmt, sniffed = sniff([first], texts=document, column=column, complete=True, where=source.name)
        if fmt in ("lines", "text") and not document:
            sample = source.peek()
            fmt, sniffed = sniff(sample, texts=document, column=column, complete=source.peeked_all, where=source.name)
        if fmt == "text" and not document:
            fmt = "lines"
        if fmt in ("csv", "tsv"):
            delimiter = sniffed
    if fmt == "text" and not document:
        raise CliError("--format text (one document) is for find; use lines")
    if delimiter is not None and fmt not in ("csv", "tsv"):
        raise CliError(f"--delimiter is for CSV input; {source.name} is read as {fmt}")
    if fmt == "tsv" and delimiter not in (None, "\t"):
        raise CliError("TSV is separated by tabs: for another separator say --format csv --delimiter")
    if fmt == "csv" and delimiter is None:
        delimiter = csv_delimiter(source.first_line().rstrip("\r\n"))
    return Reader(source, fmt, column=column, texts=texts, delimiter=delimiter or ",")
