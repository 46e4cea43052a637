"""The ``belnorm`` command: match names, find mentions, transliterate, list variants, explain decisions.

::

    belnorm match Lukashenko "Ціханоўская"            # names as arguments
    belnorm match -i people.csv --column name -o out.csv
    cat names.txt | belnorm match > matched.tsv       # plain lines on stdin
    belnorm find -i article.txt                        # one row per mention, with offsets
    belnorm translit -s lacinka "Аляксандр Лукашэнка"
    belnorm variants "Лукашэнка"
    belnorm explain "Lukashenko"

Input is the names given as arguments, else ``-i FILE`` (``-`` is stdin), else stdin. The format comes from
the file's extension (``.csv``, ``.tsv``/``.tab``, ``.jsonl``/``.ndjson``, anything else: plain lines; a
``.gz`` suffix is looked through) or from ``--format``. ``find`` reads a ``.txt``/``.md`` file or stdin as one
document (format ``text``, offsets into the whole input); ``--format lines`` finds per line instead. Files
are UTF-8, with or without a byte-order mark; another encoding is an error that says so.

Output is every input row, in input order, with columns added (``entity_id``, ``entity_label``,
``entity_kind``, ``score``, ``scheme``, ``matched_name``; for ``find`` one row per mention with ``row``,
``start``, ``end`` and ``mention`` in front, and one row with empty mention columns for a row without
mentions). An added column whose name the input already uses is written as ``belnorm_<name>``. The output
format comes from ``--to``, else from the ``-o`` file's extension, else a readable table when stdout is a
terminal, else the input's format (TSV for plain lines). ``-o FILE`` is written to a temporary file that is
renamed when complete, so a file that exists is never partial.

Exit codes: 0 done (also when the reader of a pipe, such as ``head``, stops early), 2 bad input or usage (one
line on stderr), 130 interrupted, 1 an internal error (``BELNORM_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import bz2
import collections
import contextlib
import csv
import gzip
import io
import json
import os
import signal
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import regex

from belnorm.integrations import ENTITY_COLUMNS as _ENTITY_COLUMNS

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

INPUT_FORMATS = ("csv", "tsv", "jsonl", "lines", "text")
OUTPUT_FORMATS = ("csv", "tsv", "jsonl", "table")
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "lines",
    ".md": "lines",
}
_NAME_COLUMNS = ("name", "names", "query", "label", "title")
_TEXT_COLUMNS = ("text", "body", "content", "sentence", "description")
ENTITY_COLUMNS = _ENTITY_COLUMNS
MENTION_COLUMNS = ("row", "start", "end", "mention")
ERROR_COLUMN = "error"
#: names per task sent to a worker process
CHUNK = 500
#: warnings about malformed rows printed before only a count is kept
MAX_WARNINGS = 20


class CliError(Exception):
    """A problem the user can fix: printed as one line on stderr, exit code 2."""


# ==============================================================================================================
# Input
# ==============================================================================================================


@dataclass(slots=True)
class Row:
    """One input record: its values (column → value, in input order), where it was, and what broke it."""

    number: int  # 1-based record number
    line: int  # physical line where the record starts
    values: dict[str, Any]
    query: str = ""
    error: str | None = None


def _format_for(path: str | None, explicit: str | None, *, document: bool) -> str:
    """The input format: ``explicit``, else from the extension; ``document`` reads plain text as one text."""
    if explicit:
        return explicit
    if path is None or path == "-":
        return "text" if document else "lines"
    name = path.lower()
    for suffix in (".gz", ".bz2"):
        name = name.removesuffix(suffix)
    fmt = _EXTENSIONS.get(Path(name).suffix, "lines")
    return "text" if fmt == "lines" and document else fmt


class Source:
    """Decoded lines of a file or stdin, with byte counts for the progress bar."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.name = "<stdin>" if path in (None, "-") else str(path)
        self.total: int | None = None
        self.done = 0
        self._stream: IO[bytes] | None = None

    def __enter__(self) -> Source:
        try:
            if self.path in (None, "-"):
                self._stream = sys.stdin.buffer
                self._owned = False
            else:
                path = str(self.path)
                if os.path.isdir(path):
                    raise CliError(f"cannot read {path}: it is a directory")
                self._owned = True
                if path.lower().endswith(".gz"):
                    self._stream = gzip.open(path, "rb")
                elif path.lower().endswith(".bz2"):
                    self._stream = bz2.open(path, "rb")
                else:
                    self._stream = open(path, "rb")  # noqa: SIM115 - closed in __exit__
                    with contextlib.suppress(OSError):
                        self.total = os.fstat(self._stream.fileno()).st_size
        except OSError as exc:
            raise CliError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None and self._owned:
            self._stream.close()

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text with its line break); a UTF-8 BOM is dropped, another encoding is a `CliError`."""
        assert self._stream is not None
        lineno = 0
        while True:
            try:
                raw = self._stream.readline()
            except (OSError, EOFError, ValueError) as exc:
                raise CliError(f"cannot read {self.name}: {exc}") from None
            if not raw:
                return
            lineno += 1
            self.done += len(raw)
            if lineno == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise CliError(f"{self.name} is UTF-16 (or UTF-32); belnorm reads UTF-8: save it as UTF-8")
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                if b"\x00" in raw:
                    raise CliError(f"{self.name}: line 1 has NUL bytes (UTF-16 without a BOM?); save it as UTF-8")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise CliError(f"{self.name}, line {lineno}: {_decode_hint(raw, exc)}") from None
            yield lineno, text

    def read_all(self) -> str:
        return "".join(text for _, text in self.lines())


_CYRILLIC_WORD = regex.compile(r"\p{Script=Cyrillic}{3,}")


def _decode_hint(raw: bytes, exc: UnicodeDecodeError) -> str:
    hint = ""
    for encoding, label in (("cp1251", "Windows-1251 (cp1251)"), ("koi8_r", "KOI8-R")):
        try:
            if _CYRILLIC_WORD.search(raw.decode(encoding)):
                hint = f"; it looks like {label}"
                break
        except UnicodeDecodeError:
            continue
    return (
        f"not UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1}){hint}; "
        "convert it, e.g. iconv -f cp1251 -t utf-8"
    )


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
        f"which column of {where} holds the {'texts' if defaults is _TEXT_COLUMNS else 'names'}? "
        f"name it with --column (columns: {', '.join(columns) or '(none)'})"
    )


class Reader:
    """The rows of one input, in order; ``columns`` is known once `rows` has started (after the header)."""

    def __init__(self, source: Source, fmt: str, *, column: str | None, texts: bool) -> None:
        self.source = source
        self.format = fmt
        self.wanted = column
        self.defaults = _TEXT_COLUMNS if texts else _NAME_COLUMNS
        self.columns: list[str] = []
        self.column = ""
        if column is not None and fmt in ("lines", "text"):
            raise CliError(f"--column needs CSV, TSV or JSONL input; {source.name} is read as {fmt}")

    def rows(self) -> Iterator[Row]:
        if self.format == "csv":
            yield from self._table(",")
        elif self.format == "tsv":
            yield from self._table("\t")
        elif self.format == "jsonl":
            yield from self._jsonl()
        else:
            self.columns = [self.column] = ["text" if self.defaults is _TEXT_COLUMNS else "name"]
            for number, (lineno, text) in enumerate(self.source.lines(), 1):
                text = text.rstrip("\r\n")
                yield Row(number, lineno, {self.column: text}, text)

    def _records(self, delimiter: str) -> Iterator[tuple[int, list[str] | None, str | None]]:
        lines = self.source.lines()
        if delimiter == "\t":  # IANA TSV: no quoting, split on tabs
            for lineno, text in lines:
                text = text.rstrip("\r\n")
                yield lineno, (text.split("\t") if text.strip() else []), None
            return
        numbered = ((lineno, text) for lineno, text in lines)
        position = {"line": 0}

        def feed() -> Iterator[str]:
            for lineno, text in numbered:
                position["line"] = lineno
                yield text

        reader = csv.reader(feed(), delimiter=",", quotechar='"', doublequote=True, strict=True)
        start = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, None, f"CSV syntax error: {exc}"
                start = position["line"] + 1
                continue
            yield start, record, None
            start = position["line"] + 1

    def _table(self, delimiter: str) -> Iterator[Row]:
        where = self.source.name
        header: list[str] | None = None
        number = 0
        for lineno, fields, problem in self._records(delimiter):
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
            if fields == [] or fields == [""]:
                continue  # a blank line is no record
            number += 1
            if problem is None and len(fields) != len(header):  # type: ignore[arg-type]
                if len(fields) > len(header) and not any(fields[len(header) :]):  # type: ignore[index]
                    fields = fields[: len(header)]  # type: ignore[index]
                else:
                    problem = f"{len(fields)} fields, the header has {len(header)}"  # type: ignore[arg-type]
            fields = fields or []
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
        for lineno, text in self.source.lines():
            if not text.strip():
                continue
            number += 1
            problem = None
            try:
                obj = json.loads(text)
            except ValueError as exc:
                obj, problem = {}, f"invalid JSON ({exc.args[0] if exc.args else exc})"
            if problem is None and not isinstance(obj, dict):
                obj, problem = {}, f"a JSON {type(obj).__name__}, not an object"
            if not self.columns and problem is None:
                self.columns = list(obj)
                self.column = _pick_column(self.columns, self.wanted, self.defaults, where) if obj else ""
            if not self.column and problem is None:
                raise CliError(f"{where}, line {lineno}: the first object is empty; cannot tell the name key")
            query = ""
            if problem is None:
                value = obj.get(self.column)
                if self.column not in obj:
                    problem = f"no key {self.column!r}"
                elif value is None:
                    query = ""
                elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                    query = str(value)
                else:
                    problem = f"{self.column!r} is a JSON {type(value).__name__}, not a string"
            row = Row(number, lineno, obj, query)
            if problem:
                row.error = f"{where}, line {lineno}: {problem}"
            yield row
        if not self.columns:
            if self.wanted is not None and number == 0:
                raise CliError(f"{where} is empty: it has no key {self.wanted!r}")
            self.columns = [self.column] = [self.wanted or self.defaults[0]]


# ==============================================================================================================
# Output
# ==============================================================================================================


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else f"{value:.1f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class Writer:
    """Writes records (dicts) under a fixed list of columns."""

    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        self.stream = stream
        self.columns = list(columns)
        self._known = set(self.columns)
        self._warned = False

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def _check(self, record: dict[str, Any]) -> None:
        """A JSONL record with keys the first one lacked: they have no column (said once, on stderr)."""
        if self._warned:
            return
        extra = [k for k in record if k not in self._known]
        if extra:
            self._warned = True
            _say(f"warning: keys not in the first record have no column and are left out: {', '.join(extra)}")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        super().__init__(stream, columns)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(self.columns)

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.csv.writerow([_cell(record.get(c)) for c in self.columns])


_TSV_UNSAFE_RE = regex.compile(r"\r\n|[\t\n\r]")


def _tsv_safe(text: str) -> str:
    """TSV cannot quote: a tab or line break in a value becomes a space."""
    return _TSV_UNSAFE_RE.sub(" ", text) if ("\t" in text or "\n" in text or "\r" in text) else text


class TsvWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        super().__init__(stream, columns)
        stream.write("\t".join(_tsv_safe(c) for c in self.columns) + "\n")

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.stream.write("\t".join(_tsv_safe(_cell(record.get(c))) for c in self.columns) + "\n")


class JsonlWriter(Writer):
    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


class TableWriter(Writer):
    """Aligned columns for people, in blocks of rows (widths are set per block, so output still streams)."""

    BLOCK = 200
    MAX_CELL = 40

    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        super().__init__(stream, columns)
        self.block: list[list[str]] = []
        self.first = True

    def _short(self, text: str) -> str:
        text = _tsv_safe(text)
        return text if len(text) <= self.MAX_CELL else text[: self.MAX_CELL - 1] + "…"

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.block.append([self._short(_cell(record.get(c))) for c in self.columns])
        if len(self.block) >= self.BLOCK:
            self._flush()

    def _flush(self) -> None:
        rows = ([self.columns] if self.first else []) + self.block
        if not rows:
            return
        widths = [max(_width(r[i]) for r in rows) for i in range(len(self.columns))]
        for n, r in enumerate(rows):
            self.stream.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip() + "\n")
            if n == 0 and self.first:
                self.stream.write("  ".join("─" * w for w in widths) + "\n")
        self.first = False
        self.block = []

    def close(self) -> None:
        self._flush()
        super().close()


WRITERS: dict[str, type[Writer]] = {"csv": CsvWriter, "tsv": TsvWriter, "jsonl": JsonlWriter, "table": TableWriter}


class Output:
    """stdout, or a temporary file next to ``-o FILE`` that replaces it only when everything is written."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        self.stream: IO[str]
        self._tmp: str | None = None

    def __enter__(self) -> Output:
        if self.path is None:
            # errors="replace": a lone surrogate from undecodable input becomes U+FFFD, the row is not lost
            self.stream = io.TextIOWrapper(
                sys.stdout.buffer, encoding="utf-8", errors="replace", newline="", write_through=False
            )
            return self
        target = Path(self.path)
        if target.is_dir():
            raise CliError(f"cannot write {self.path}: it is a directory")
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
        except OSError as exc:
            raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.stream = open(fd, "w", encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if self.path is None:
            try:
                if kind is None:
                    self.stream.flush()
            finally:
                with contextlib.suppress(OSError, ValueError):
                    self.stream.detach()  # leave sys.stdout usable (and closed by Python, not by us)
            return
        try:
            if kind is None:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            self.stream.close()
            if kind is None:
                mode = 0o666 & ~_umask()
                os.chmod(self._tmp, mode)  # type: ignore[arg-type]
                os.replace(self._tmp, self.path)  # type: ignore[arg-type]
                self._tmp = None
        except OSError as exc:
            raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        finally:
            if self._tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _output_format(args: argparse.Namespace, input_format: str) -> str:
    if args.to:
        return args.to
    if args.output and args.output != "-":
        suffix = Path(args.output.lower().removesuffix(".gz")).suffix
        fmt = _EXTENSIONS.get(suffix)
        if fmt in OUTPUT_FORMATS:
            return fmt
        return "tsv"
    if sys.stdout.isatty():
        return "table"
    return input_format if input_format in OUTPUT_FORMATS else "tsv"


# ==============================================================================================================
# Progress
# ==============================================================================================================


class Progress:
    """A progress bar on stderr when it is a terminal: tqdm when installed, else one line of its own."""

    def __init__(self, source: Source, enabled: bool) -> None:
        self.source = source
        self.enabled = enabled and sys.stderr.isatty()
        self.rows = 0
        self.bar: Any = None
        self.last = 0.0
        self.began = time.monotonic()
        if self.enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(
                total=source.total, unit="B", unit_scale=True, file=sys.stderr, desc="belnorm", leave=False
            )

    def update(self, rows: int) -> None:
        if not self.enabled:
            return
        self.rows += rows
        if self.bar is not None:
            self.bar.update(self.source.done - self.bar.n)
            self.bar.set_postfix(rows=self.rows, refresh=False)
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        done, total = self.source.done, self.source.total
        rate = self.rows / max(now - self.began, 1e-9)
        if total:
            share = min(1.0, done / total)
            filled = int(share * 30)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%} "
        else:
            bar = ""
        sys.stderr.write(f"\rbelnorm {bar}{self.rows:,} rows, {rate:,.0f} rows/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.close()
        elif self.last:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# ==============================================================================================================
# Work: in this process or in a pool, chunk by chunk, in order
# ==============================================================================================================

_WORKER: Any = None  # the Normalizer of a worker process
_CACHE: dict[tuple[Any, ...], Any] = {}


def _entity_fields(entity: Any, score: float, scheme: str, matched: str) -> tuple[Any, ...]:
    return (entity.id, entity.display, entity.kind, score, scheme, matched)


def match_chunk(norm: Any, names: Sequence[str]) -> list[tuple[Any, ...] | None]:
    """Match results as plain tuples (cheap to send between processes); repeated names are matched once."""
    out: list[tuple[Any, ...] | None] = []
    cache = _CACHE
    if len(cache) > 100_000:
        cache.clear()
    for name in names:
        key = (id(norm), "match", name)
        if key in cache:
            out.append(cache[key])
            continue
        m = norm.match(name) if name.strip() else None
        result = None if m is None else _entity_fields(m.entity, m.score, m.scheme, m.matched_name)
        cache[key] = result  # type: ignore[index]
        out.append(result)
    return out


def find_chunk(norm: Any, texts: Sequence[str]) -> list[list[tuple[Any, ...]]]:
    """Mentions of each text as plain tuples: (start, end, text, entity fields...); short texts that repeat
    (headlines, captions) are searched once."""
    out: list[list[tuple[Any, ...]]] = []
    cache = _CACHE
    if len(cache) > 100_000:
        cache.clear()
    for text in texts:
        key = (id(norm), "find", text)
        hit = cache.get(key) if len(text) <= 1000 else None
        if hit is None:
            hit = [
                (m.start, m.end, m.text, *_entity_fields(m.entity, m.score, m.scheme, m.matched_name))
                for m in (norm.find(text) if text.strip() else ())
            ]
            if len(text) <= 1000:
                cache[key] = hit  # type: ignore[index]
        out.append(hit)
    return out


def translit_chunk(scheme: str, texts: Sequence[str]) -> list[str]:
    from belnorm.translit import transliterate

    return [transliterate(t, scheme) for t in texts]


def _init_worker(state: Any) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER = state


def _run_in_worker(task: Callable[[Any, Sequence[str]], list[Any]], items: Sequence[str]) -> list[Any]:
    return task(_WORKER, items)


class Engine:
    """Runs a task over chunks of rows, here or in ``jobs`` processes; results come back in input order."""

    def __init__(self, task: Callable[[Any, Sequence[str]], list[Any]], state: Any, jobs: int) -> None:
        self.task = task
        self.state = state
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Engine:
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(self.jobs, initializer=_init_worker, initargs=(self.state,))
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if self.pool is not None:
            if kind is None:
                self.pool.shutdown(wait=True)
            else:  # interrupted, broken pipe or an error: drop the queued work; running chunks are short
                # (terminating workers instead can leave the pool's queues locked and hang the exit)
                self.pool.shutdown(wait=False, cancel_futures=True)

    def run(self, rows: Iterable[Row]) -> Iterator[tuple[Row, Any]]:
        """(row, result) for every row, in order; a malformed row's result is None."""
        pending: collections.deque[tuple[list[Row], Future[list[Any]] | list[Any]]] = collections.deque()
        window = max(2, self.jobs * 4)
        for chunk in _chunks(rows, CHUNK):
            items = [r.query for r in chunk if r.error is None]
            if self.pool is None:
                pending.append((chunk, self.task(self.state, items)))
            else:
                pending.append((chunk, self.pool.submit(_run_in_worker, self.task, items)))
            while len(pending) > (window if self.pool else 0):
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    @staticmethod
    def _collect(chunk: list[Row], result: Future[list[Any]] | list[Any]) -> Iterator[tuple[Row, Any]]:
        results = iter(result.result() if isinstance(result, Future) else result)
        for row in chunk:
            yield row, (None if row.error is not None else next(results))


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ==============================================================================================================
# Commands
# ==============================================================================================================


def _load_normalizer(args: argparse.Namespace) -> Any:
    from belnorm.gazetteer import Gazetteer, GazetteerError
    from belnorm.matcher import Normalizer
    from belnorm.options import Options

    try:
        changes: dict[str, Any] = {}
        if args.cutoff is not None:
            changes["score_cutoff"] = args.cutoff
        if args.kind:
            changes["kinds"] = tuple(args.kind)
        options = Options(**changes)
        if not args.gazetteer:
            return Normalizer.default(options=options)
        gazetteers = []
        for path in args.gazetteer:
            if not os.path.exists(path):
                raise CliError(f"cannot read gazetteer {path}: no such file")
            gazetteers.append(Gazetteer.from_file(path))
        merged = gazetteers[0].merge(*gazetteers[1:]) if len(gazetteers) > 1 else gazetteers[0]
        return Normalizer(merged, options=options)
    except GazetteerError as exc:
        raise CliError(f"gazetteer: {exc}") from None
    except OSError as exc:
        raise CliError(f"cannot read gazetteer {getattr(exc, 'filename', '')}: {exc.strerror or exc}") from None
    except ValueError as exc:  # pydantic validation of options, a broken table
        raise CliError(str(exc).splitlines()[0]) from None


def _added(columns: Sequence[str], new: Sequence[str]) -> dict[str, str]:
    """Output names of added columns: ``belnorm_<name>`` where the input already has the name."""
    taken = set(columns)
    return {c: (f"belnorm_{c}" if c in taken else c) for c in new}


class Warnings:
    """Reports malformed rows kept under ``--on-error=keep`` (the first few, then a count)."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        if self.count <= MAX_WARNINGS:
            _say(f"warning: {message} (kept, unmatched)")

    def close(self) -> None:
        if self.count > MAX_WARNINGS:
            _say(f"warning: {self.count} malformed rows in all were kept unmatched")
        elif self.count:
            _say(f"{self.count} malformed row{'s' if self.count > 1 else ''} kept unmatched")


def _check_input(args: argparse.Namespace) -> None:
    """Refuse to wait silently for a terminal: no names, no --input and stdin is a terminal."""
    if not args.names and args.input is None and sys.stdin is not None and sys.stdin.isatty():
        raise CliError("no input: give names as arguments, --input FILE, or pipe them in (--input - reads a terminal)")


def _rows_from_args(args: argparse.Namespace, texts: bool) -> tuple[Source | None, Reader | None, list[Row]]:
    column = "text" if texts else "name"
    rows = [Row(i, i, {column: name}, name) for i, name in enumerate(args.names, 1)]
    return None, None, rows


def _run_table_command(args: argparse.Namespace, kind: str) -> int:
    """match, find and translit over rows: read, work in chunks, write every row in order."""
    texts = kind == "find"
    _check_input(args)
    if args.names and args.input:
        raise CliError("give names as arguments or --input FILE, not both")
    if args.names:
        fmt = "lines"
        if args.column is not None:
            raise CliError("--column needs CSV, TSV or JSONL input, not names given as arguments")
    else:
        fmt = _format_for(args.input, args.format, document=texts)
        if fmt == "text" and not texts:
            raise CliError("--format text (one document) is for find; use lines")
    if kind == "translit":
        from belnorm.tables import TableError, resolve_scheme

        try:
            state: Any = resolve_scheme(args.scheme)
        except TableError as exc:
            raise CliError(str(exc)) from None
        task: Callable[[Any, Sequence[str]], list[Any]] = translit_chunk
    else:
        state = _load_normalizer(args)
        task = find_chunk if texts else match_chunk
    out_format = _output_format(args, fmt)
    plain_translit = kind == "translit" and fmt == "lines" and not args.to and out_format != "jsonl"
    warnings = Warnings()
    with contextlib.ExitStack() as stack:
        if args.names:
            source, reader, arg_rows = _rows_from_args(args, texts)
            rows: Iterable[Row] = arg_rows
            columns = ["text" if texts else "name"]
        else:
            source = stack.enter_context(Source(args.input))
            reader = Reader(source, fmt, column=args.column, texts=texts)
            if fmt == "text":
                return _find_document(args, state, source, out_format, stack)
            rows = reader.rows()
            first = list(_take(rows, 1))  # read the header (and one row) before choosing the output columns
            columns = reader.columns
            rows = _chain(first, rows)
        progress = Progress(source, not args.quiet) if source is not None else None
        if progress is not None:
            stack.callback(progress.close)
        out = stack.enter_context(Output(args.output))
        if kind == "translit":
            added = _added(columns, ("translit",))
        elif texts:
            added = _added(columns, MENTION_COLUMNS + ENTITY_COLUMNS)
        else:
            added = _added(columns, ENTITY_COLUMNS)
        if args.on_error == "keep":
            added.update(_added(columns, (ERROR_COLUMN,)))
        if plain_translit:
            writer: Writer | None = None
        else:
            writer = WRITERS[out_format](out.stream, [*columns, *added.values()])
        engine = stack.enter_context(Engine(task, state, args.jobs))
        since = 0
        for row, result in engine.run(rows):
            if row.error is not None:
                if args.on_error != "keep":
                    raise CliError(f"{row.error} (use --on-error=keep to pass such rows through unmatched)")
                warnings.report(row.error)
            if writer is None:
                out.stream.write((result or "") + "\n")
            else:
                for record in _records(kind, row, result, added):
                    writer.write(record)
            since += 1
            if progress is not None and since >= 100:
                progress.update(since)
                since = 0
        if writer is not None:
            writer.close()
    warnings.close()
    return EXIT_OK


def _take(rows: Iterator[Row], n: int) -> Iterator[Row]:
    for _ in range(n):
        try:
            yield next(rows)
        except StopIteration:
            return


def _chain(first: list[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest


def _records(kind: str, row: Row, result: Any, added: dict[str, str]) -> Iterator[dict[str, Any]]:
    error = {added[ERROR_COLUMN]: row.error} if ERROR_COLUMN in added else {}
    if kind == "translit":
        yield {**row.values, added["translit"]: result, **error}
    elif kind == "match":
        values = result or (None,) * len(ENTITY_COLUMNS)
        yield {**row.values, **{added[c]: v for c, v in zip(ENTITY_COLUMNS, values)}, **error}
    else:
        names = MENTION_COLUMNS[1:] + ENTITY_COLUMNS
        for mention in result or [None]:
            values = mention or (None,) * len(names)
            record = {**row.values, added["row"]: row.number}
            record.update({added[c]: v for c, v in zip(names, values)})
            record.update(error)
            yield record


def _find_document(
    args: argparse.Namespace, norm: Any, source: Source, out_format: str, stack: contextlib.ExitStack
) -> int:
    """find over one document (``--format text``): offsets into the whole input."""
    text = source.read_all()
    out = stack.enter_context(Output(args.output))
    columns = [*MENTION_COLUMNS[1:], *ENTITY_COLUMNS]
    writer = WRITERS[out_format](out.stream, columns)
    for m in norm.iter_find(text):
        fields = (m.start, m.end, m.text, *_entity_fields(m.entity, m.score, m.scheme, m.matched_name))
        writer.write(dict(zip(columns, fields)))
    writer.close()
    return EXIT_OK


def _cmd_match(args: argparse.Namespace) -> int:
    return _run_table_command(args, "match")


def _cmd_find(args: argparse.Namespace) -> int:
    return _run_table_command(args, "find")


def _cmd_translit(args: argparse.Namespace) -> int:
    if args.list:
        from belnorm.tables import load_table, table_names

        for name in table_names():
            table = load_table(name)
            print(f"{name}\t{table.language} {table.source_script}→{table.target_script}\t{table.description}")
        return EXIT_OK
    return _run_table_command(args, "translit")


def _cmd_explain(args: argparse.Namespace) -> int:
    _check_input(args)
    names = list(args.names)
    if not names:
        with Source(args.input) as source:
            reader = Reader(source, _format_for(args.input, args.format, document=False), column=args.column,
                            texts=False)
            for row in reader.rows():
                if row.error is not None:
                    raise CliError(row.error)
                names.append(row.query)
    norm = _load_normalizer(args)
    with Output(args.output) as out:
        for name in names:
            explanation = norm.explain(name, limit=args.limit)
            if args.to == "jsonl":
                out.stream.write(explanation.model_dump_json() + "\n")
            else:
                out.stream.write(str(explanation) + "\n\n")
    return EXIT_OK


def name_variants(name: str) -> list[tuple[str, str, str]]:
    """(kind, source, text) for the forms belnorm derives for ``name``: `belnorm.variants` when the library has
    it, else every transliteration table that reads the name's script and language, plus the comparison keys.
    """
    import belnorm

    try:
        library_variants = belnorm.variants
    except AttributeError:
        library_variants = None
    if library_variants is not None:
        return [(v.kind, v.source, v.text) for v in library_variants(name)]
    from belnorm.keys import keys
    from belnorm.tables import load_table, table_names
    from belnorm.translit import transliterate

    script = "cyrillic" if regex.search(r"\p{Script=Cyrillic}", name) else "latin"
    low = name.lower()
    if script == "cyrillic":
        be, ru = bool(regex.search("[іўʼ']", low)), bool(regex.search("[иъщ]", low))
        languages = {"any"} | ({"be"} if be or not ru else set()) | ({"ru"} if ru or not be else set())
    else:
        languages = {"any", "be", "ru"}
    out = []
    for scheme in table_names():
        table = load_table(scheme)
        if table.source_script == script and table.language in languages:
            out.append(("spelling", scheme, transliterate(name, scheme)))
    for word in regex.findall(r"[\p{L}\p{M}ʼ'’]+", name):
        out.extend(("key", f"{word}", k) for k in keys(word))
    return out


def _cmd_variants(args: argparse.Namespace) -> int:
    _check_input(args)
    names = list(args.names)
    if not names:
        with Source(args.input) as source:
            names = [text.strip() for _, text in source.lines() if text.strip()]
    out_format = _output_format(args, "tsv")
    with Output(args.output) as out:
        writer = WRITERS[out_format](out.stream, ["name", "kind", "variant", "source"])
        for name in names:
            try:
                found = name_variants(name)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            for kind, source, text in found:
                writer.write({"name": name, "kind": kind, "source": source, "variant": text})
        writer.close()
    return EXIT_OK


# ==============================================================================================================
# Arguments
# ==============================================================================================================


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


def _cutoff(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= x <= 100:
        raise argparse.ArgumentTypeError("must be between 0 and 100")
    return x


def build_parser() -> argparse.ArgumentParser:
    from belnorm import __version__

    parser = argparse.ArgumentParser(
        prog="belnorm",
        description="Which real Belarusian person, place or organisation a name refers to, however it was spelled.",
        epilog="Run 'belnorm COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"belnorm {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    io_parent = argparse.ArgumentParser(add_help=False)
    group = io_parent.add_argument_group("input and output")
    group.add_argument("-i", "--input", metavar="FILE", help="read FILE ('-' for stdin) instead of arguments")
    group.add_argument("-f", "--format", choices=INPUT_FORMATS, help="input format (default: from the extension)")
    group.add_argument("-c", "--column", help="the column (or JSONL key, or 1-based number) holding the names")
    group.add_argument("-o", "--output", metavar="FILE", help="write FILE (complete or not at all) instead of stdout")
    group.add_argument(
        "-t", "--to", choices=OUTPUT_FORMATS, help="output format (default: -o's extension, a table on a terminal, "
        "else the input's format)"
    )
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    norm_parent = argparse.ArgumentParser(add_help=False)
    group = norm_parent.add_argument_group("matching")
    group.add_argument(
        "-g", "--gazetteer", action="append", metavar="FILE",
        help="entities from a CSV/TSV/JSONL file (repeatable; merged by id); default: the bundled gazetteer",
    )
    group.add_argument("--cutoff", type=_cutoff, help="least score of a match, 0-100 (default 85)")
    group.add_argument(
        "--kind", action="append", choices=("person", "place", "org", "other"), help="only these kinds (repeatable)"
    )

    run_parent = argparse.ArgumentParser(add_help=False)
    group = run_parent.add_argument_group("running")
    group.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                       help="worker processes (0: one per CPU); output is the same and in the same order")
    group.add_argument("--on-error", choices=("fail", "keep"), default="fail",
                       help="a malformed row stops the run (fail, exit 2) or is passed through unmatched (keep)")

    p = sub.add_parser("match", parents=[io_parent, norm_parent, run_parent],
                       help="link names to entities", description="Link each name to an entity, or to nothing.")
    p.add_argument("names", nargs="*", help="names; read --input or stdin when none is given")
    p.set_defaults(func=_cmd_match)

    p = sub.add_parser("find", parents=[io_parent, norm_parent, run_parent], help="find mentions in texts",
                       description="Find mentions of entities in texts: one row per mention, with offsets.")
    p.add_argument("names", nargs="*", metavar="texts", help="texts; read --input or stdin when none is given")
    p.set_defaults(func=_cmd_find)

    p = sub.add_parser("translit", parents=[io_parent, run_parent], help="write names in a transliteration scheme",
                       description="Transliterate names or text; plain lines in, plain lines out.")
    p.add_argument("names", nargs="*", metavar="text", help="names or text; read --input or stdin when none is given")
    p.add_argument("-s", "--scheme", default="lacinka", help="a table name (see --list); default lacinka")
    p.add_argument("--list", action="store_true", help="list the schemes and exit")
    p.set_defaults(func=_cmd_translit)

    p = sub.add_parser("variants", parents=[io_parent], help="spellings belnorm derives for a name",
                       description="The spellings of a name in every scheme that reads its script, and its keys.")
    p.add_argument("names", nargs="*", metavar="name")
    p.set_defaults(func=_cmd_variants)

    p = sub.add_parser("explain", parents=[io_parent, norm_parent], help="why a name matched (or did not)",
                       description="The match and the candidates considered, with the rules that fired.")
    p.add_argument("names", nargs="*", metavar="name")
    p.add_argument("--limit", type=int, default=10, help="candidates shown (default 10)")
    p.set_defaults(func=_cmd_explain)
    return parser


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"belnorm: {message}\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so Python's final flush does not complain."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit code (the console script exits with it)."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line, unless asked for the traceback
        if os.environ.get("BELNORM_DEBUG"):
            raise
        _say(f"internal error: {type(exc).__name__}: {exc} (BELNORM_DEBUG=1 shows the traceback)")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
