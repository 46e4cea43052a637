"""Reading files, for the entity loaders and the ``belnorm`` command alike: one place for decompression, the
byte-order mark, encodings, line numbers, CSV/TSV records and JSON lines, and one `SourceError` whose message
names the file and the line.

A source is a path (``.gz``, ``.bz2``, ``.xz``/``.lzma`` and one-member ``.zip`` files are decompressed) or an
open binary or text stream (read from where it is, never closed here). Text is UTF-8, with or without a BOM,
unless an encoding is named; UTF-16 and undecodable bytes are errors that say so (and which encoding the bytes
look like).
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import json
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from belnorm.gazetteer import GazetteerError

__all__ = [
    "EXTENSIONS",
    "PathLike",
    "Record",
    "SourceError",
    "TextFile",
    "csv_records",
    "display_name",
    "extension_format",
    "inner_name",
    "is_path",
    "json_objects",
    "json_values",
    "open_binary",
    "parse_json",
    "read_lines",
    "short",
    "tsv_records",
]

#: A file path, or an open binary or text stream (read from where it is, never closed here).
PathLike = str | os.PathLike[str] | IO[bytes] | IO[str]

#: File extensions and the record format they stand for (compression suffixes are looked through).
EXTENSIONS: dict[str, str] = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

COMPRESSED = (".gz", ".bz2", ".xz", ".lzma", ".zip")


class SourceError(GazetteerError):
    """A file is invalid: the message, and the attributes `path`, `line` and `field`, say where.

    `line` is the 1-based physical line where the bad record starts (None when the problem is the whole file);
    `field` is the column or key at fault (None when it is the record as a whole).
    """

    __module__ = "belnorm.sources"  # its public home, as tracebacks show it

    def __init__(self, path: PathLike, reason: str, *, line: int | None = None, field: str | None = None) -> None:
        self.path = display_name(path)
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


def is_path(source: object) -> bool:
    """True for a path (str or os.PathLike), False for a stream."""
    return isinstance(source, (str, os.PathLike))


def display_name(source: object) -> str:
    """How a source is named in messages: its path, or a stream's name."""
    if isinstance(source, (str, os.PathLike)):
        return str(os.fspath(source))
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def inner_name(source: object) -> str:
    """The file name, lower-cased, without a compression suffix: 'Latest-All.json.bz2' -> 'latest-all.json'."""
    name = Path(display_name(source)).name.lower()
    for suffix in COMPRESSED:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def extension_format(source: object, extensions: dict[str, str] = EXTENSIONS) -> str | None:
    """The format a file's extension names (``people.csv.gz`` -> ``csv``), or None."""
    return extensions.get(Path(inner_name(source)).suffix)


def short(value: Any, limit: int = 60) -> str:
    """A value for a message: its repr, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------------------------
# Bytes: decompression
# --------------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def open_binary(source: PathLike) -> Iterator[IO[Any]]:
    """The source's bytes (or a text stream as it is), decompressed by the path's suffix."""
    if not isinstance(source, (str, os.PathLike)):
        if not hasattr(source, "readline"):
            raise GazetteerError(f"expected a path or an open file, not {type(source).__name__}")
        yield source
        return
    path = os.fspath(source)
    name = Path(path).name.lower()
    opened: io.BufferedIOBase
    if name.endswith(".gz"):
        opened = gzip.open(path, "rb")
    elif name.endswith(".bz2"):
        opened = bz2.open(path, "rb")
    elif name.endswith((".xz", ".lzma")):
        opened = lzma.open(path, "rb")
    elif name.endswith(".zip"):
        with _zip_member(path) as member:
            yield member
        return
    else:
        opened = open(path, "rb")  # noqa: SIM115 - closed below
    with opened:
        yield cast(IO[bytes], opened)  # the decompressors are binary files, though not typed as IO


@contextlib.contextmanager
def _zip_member(path: str) -> Iterator[IO[bytes]]:
    """The one data file of a zip archive (``BY.zip`` holds ``BY.txt`` and a readme)."""
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
        with archive.open(member) as opened:
            yield opened


# --------------------------------------------------------------------------------------------------------------
# Text: encodings and numbered lines
# --------------------------------------------------------------------------------------------------------------

_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u04ff]{2,}(?![^\W\d_])")
#: Encodings that undecodable bytes are tried in, for the hint of the error message.
_GUESSES = (("cp1251", "Windows-1251 / cp1251 Cyrillic"), ("koi8_r", "KOI8-R Cyrillic"))


def _decode_error(raw: bytes, exc: UnicodeDecodeError) -> str:
    column = len(raw[: exc.start].decode("utf-8", "replace")) + 1
    hint = ""
    for encoding, label in _GUESSES:
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CYRILLIC_WORD.search(decoded):
            hint = f" (it looks like {label})"
            break
    return (
        f"the file is not UTF-8{hint}: byte 0x{raw[exc.start]:02x} at column {column} cannot be decoded; "
        "save it as UTF-8"
    )


_READ_ERRORS = (OSError, EOFError, UnicodeError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, ValueError)


class TextFile:
    """The numbered, decoded lines of one source, opened on ``with``.

    Also known once reading has started: ``bom`` (the first line had a UTF-8 byte-order mark), ``newline`` (the
    first line's ending, ``"\\r\\n"`` or ``"\\n"``), and for progress bars ``total`` (the size in bytes of an
    uncompressed file, else None) and ``done`` (bytes read so far).
    """

    def __init__(self, source: PathLike, *, encoding: str | None = None, name: str | None = None) -> None:
        self.source = source
        self.name = name or display_name(source)
        self.encoding = None if encoding is None or _is_utf8(encoding) else encoding
        self.total: int | None = None
        self.done = 0
        self.bom = False
        self.newline: str | None = None
        self._stack = contextlib.ExitStack()
        self._stream: IO[Any] | None = None

    def __enter__(self) -> TextFile:
        self._stream = self._stack.enter_context(open_binary(self.source))
        if is_path(self.source) and not display_name(self.source).lower().endswith(COMPRESSED):
            with contextlib.suppress(OSError, AttributeError, io.UnsupportedOperation):
                self.total = os.fstat(self._stream.fileno()).st_size
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def error(self, reason: str, *, line: int | None = None, field: str | None = None) -> SourceError:
        """A `SourceError` about this source."""
        return SourceError(self.name, reason, line=line, field=field)

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text with its line break) for every line; the BOM of line 1 is dropped."""
        if self._stream is None:
            raise RuntimeError("TextFile.lines() needs the file opened with 'with'")
        if self.encoding is not None:
            yield from self._decoded_lines(self._stream)
            return
        stream = self._stream
        lineno = 0
        while True:
            try:
                raw = stream.readline()
            except _READ_ERRORS as exc:
                raise self.error(f"cannot read the file: {exc}", line=lineno + 1) from None
            if not raw:
                return
            lineno += 1
            self.done += len(raw)
            if isinstance(raw, str):  # a text stream: already decoded
                if lineno == 1:
                    self._first_line(raw.startswith("\ufeff"), raw)
                    raw = raw.removeprefix("\ufeff")
                yield lineno, raw
                continue
            if lineno == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise self.error("the file is UTF-16 (or UTF-32); save it as UTF-8", line=1)
                self._first_line(raw.startswith(b"\xef\xbb\xbf"), raw)
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                if b"\x00" in raw:
                    raise self.error("the first line has NUL bytes: UTF-16 without a BOM? save it as UTF-8", line=1)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise self.error(_decode_error(raw, exc), line=lineno) from None
            yield lineno, text

    def _first_line(self, bom: bool, raw: str | bytes) -> None:
        self.bom = bom
        ending = raw[-2:] if isinstance(raw, str) else raw[-2:].decode("latin-1")
        self.newline = "\r\n" if ending == "\r\n" else "\n" if ending.endswith("\n") else None

    def _decoded_lines(self, stream: IO[Any]) -> Iterator[tuple[int, str]]:
        """Lines in a named encoding (through a text wrapper: byte counts are character counts here)."""
        encoding = self.encoding
        assert encoding is not None
        if isinstance(stream, io.TextIOBase):
            text_stream: IO[str] = stream  # type: ignore[assignment]
            wrapper = None
        else:
            wrapper = text_stream = io.TextIOWrapper(stream, encoding=encoding, newline="")
        lineno = 0
        try:
            while True:
                try:
                    text = text_stream.readline()
                except UnicodeDecodeError as exc:
                    raise self.error(f"cannot decode the file as {encoding}: {exc.reason}", line=lineno + 1) from None
                except _READ_ERRORS as exc:
                    raise self.error(f"cannot read the file: {exc}", line=lineno + 1) from None
                if not text:
                    return
                lineno += 1
                self.done += len(text)
                if lineno == 1:
                    self._first_line(text.startswith("\ufeff"), text)
                    text = text.removeprefix("\ufeff")
                yield lineno, text
        finally:
            if wrapper is not None:
                with contextlib.suppress(ValueError):
                    wrapper.detach()  # the binary stream is closed by its owner, not by the wrapper


def _is_utf8(encoding: str) -> bool:
    return encoding.strip().lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")


def read_lines(source: PathLike, *, encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """(line number, text with its line break) for every line of a source, opened when iteration starts."""
    with TextFile(source, encoding=encoding) as file:
        yield from file.lines()


# --------------------------------------------------------------------------------------------------------------
# Records: CSV, TSV, JSON lines
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Record:
    """One record of a table: where it starts, its fields, and what is wrong with it (None when nothing).

    ``end`` is the last line read for it: where a syntax error was noticed (a quote still open at the end of
    the file is noticed on its last line). A blank line is a record with no fields.
    """

    line: int
    fields: list[str] = field(default_factory=list)
    problem: str | None = None
    end: int = 0


def csv_records(lines: Iterable[tuple[int, str]], delimiter: str = ",") -> Iterator[Record]:
    """The records of RFC 4180 CSV, read strictly (a stray quote is a problem); quoted fields may span lines.

    A syntax error becomes a record with a problem, and reading goes on with the next line.
    """
    position = [0]

    def feed() -> Iterator[str]:
        for lineno, text in lines:
            position[0] = lineno
            yield text

    reader = csv.reader(feed(), delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Record(start, [], f"CSV syntax error: {exc}", end=position[0] or 1)
            start = position[0] + 1
            continue
        yield Record(start, fields, None, end=position[0])
        start = position[0] + 1


def tsv_records(lines: Iterable[tuple[int, str]]) -> Iterator[Record]:
    """The records of IANA ``text/tab-separated-values``: one line each, split on tabs, nothing quoted."""
    for lineno, text in lines:
        text = text.rstrip("\r\n")
        yield Record(lineno, text.split("\t") if text.strip() else [], None, end=lineno)


def parse_json(text: str) -> tuple[Any, str | None]:
    """(value, None), or (None, what is wrong) for text that is not JSON."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return None, "invalid JSON: nested too deeply"


def json_values(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, Any, str | None]]:
    """(line, value, problem) for each non-blank line of JSON lines; a line that is not JSON has a problem."""
    for lineno, text in lines:
        if not text.strip():
            continue
        value, problem = parse_json(text)
        yield lineno, value, problem


def json_objects(source: PathLike) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, object) for each non-blank line of a JSON-lines file; anything but an object is a `SourceError`."""
    for lineno, value, problem in json_values(read_lines(source)):
        if problem is not None:
            raise SourceError(source, problem, line=lineno)
        if not isinstance(value, dict):
            raise SourceError(source, f"each line must be a JSON object, not {short(value)}", line=lineno)
        yield lineno, value
