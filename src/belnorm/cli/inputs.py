"""The command's input: which format a file is in, and its rows (read through `belnorm.sources.files`, the same
reader the entity loaders use, so a bad file gets the same one-line `SourceError`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from belnorm.cli.errors import CliError
from belnorm.sources.files import EXTENSIONS, TextFile, csv_records, extension_format, json_values, short, tsv_records

__all__ = ["INPUT_FORMATS", "NAME_COLUMNS", "TEXT_COLUMNS", "Input", "Reader", "Row", "input_format"]

INPUT_FORMATS = ("csv", "tsv", "jsonl", "lines", "text")
#: input extensions: the record formats, and plain lines
INPUT_EXTENSIONS: dict[str, str] = {**EXTENSIONS, ".txt": "lines", ".md": "lines"}
#: columns that hold the names (or the texts, for find) when --column does not say, in order of preference
NAME_COLUMNS = ("name", "names", "query", "label", "title")
TEXT_COLUMNS = ("text", "body", "content", "sentence", "description")


@dataclass(slots=True)
class Row:
    """One input record: its values (column → value, in input order), where it was, and what broke it."""

    number: int  # 1-based record number
    line: int  # physical line where the record starts
    values: dict[str, Any]
    query: str = ""
    error: str | None = None


def input_format(path: str | None, explicit: str | None, *, document: bool) -> str:
    """The input format: ``explicit``, else from the extension; ``document`` reads plain text as one text."""
    if explicit:
        return explicit
    if path is None or path == "-":
        return "text" if document else "lines"
    fmt = extension_format(path, INPUT_EXTENSIONS) or "lines"
    return "text" if fmt == "lines" and document else fmt


class Input(TextFile):
    """The lines of ``-i FILE``, or of stdin (``None`` or ``-``); a file that cannot be opened is a `CliError`."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        if self.path is None:
            super().__init__(sys.stdin.buffer, name="<stdin>")
        else:
            super().__init__(self.path)

    def __enter__(self) -> Input:
        if self.path is not None and os.path.isdir(self.path):
            raise CliError(f"cannot read {self.path}: it is a directory")
        try:
            super().__enter__()
        except OSError as exc:
            raise CliError(f"cannot read {self.name}: {exc.strerror or exc}") from None
        return self

    def read_all(self) -> str:
        """The whole text."""
        return "".join(text for _, text in self.lines())


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

    def __init__(self, source: Input, fmt: str, *, column: str | None, texts: bool) -> None:
        self.source = source
        self.format = fmt
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
        records = tsv_records(lines) if self.format == "tsv" else csv_records(lines)
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
