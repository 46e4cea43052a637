"""The command's output: cells, the CSV/TSV/JSONL/table writers, the atomic ``-o`` file, the progress bar."""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import json
import lzma
import os
import signal
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import regex

from belnorm.cli.errors import CliError, say

__all__ = [
    "OUTPUT_FORMATS", "WRITERS", "Activity", "Output", "Progress", "Style", "Writer", "cell", "enter_output",
    "output_format", "show_progress",
]

OUTPUT_FORMATS = ("csv", "tsv", "jsonl", "table")


def cell(value: Any) -> str:
    """A value as a CSV/TSV/table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() or abs(value) >= 1e15 else f"{value:.1f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True, slots=True)
class Style:
    """How CSV and TSV output is laid out: the field separator (CSV), the line ending, and a leading byte-order
    mark; by default what the input had (an Excel "CSV UTF-8" file comes back as Excel wrote it)."""

    delimiter: str = ","
    newline: str = "\n"
    bom: bool = False


class Writer:
    """Writes records (dicts) under a fixed list of columns."""

    def __init__(self, stream: IO[str], columns: Sequence[str], style: Style = Style()) -> None:
        self.stream = stream
        self.columns = list(columns)
        self.style = style
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
            say(f"warning: keys not in the first record have no column and are left out: {', '.join(extra)}")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str], style: Style = Style()) -> None:
        super().__init__(stream, columns, style)
        if style.bom:
            stream.write("\ufeff")
        self.csv = csv.writer(stream, delimiter=style.delimiter, lineterminator=style.newline)
        self.csv.writerow(self.columns)

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.csv.writerow([cell(record.get(c)) for c in self.columns])


_TSV_UNSAFE_RE = regex.compile(r"\r\n|[\t\n\r]")


def _tsv_safe(text: str) -> str:
    """TSV cannot quote: a tab or line break in a value becomes a space."""
    return _TSV_UNSAFE_RE.sub(" ", text) if ("\t" in text or "\n" in text or "\r" in text) else text


class TsvWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str], style: Style = Style()) -> None:
        super().__init__(stream, columns, style)
        self.newline = style.newline
        stream.write(("\ufeff" if style.bom else "") + "\t".join(_tsv_safe(c) for c in self.columns) + self.newline)

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.stream.write("\t".join(_tsv_safe(cell(record.get(c))) for c in self.columns) + self.newline)


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

    def __init__(self, stream: IO[str], columns: Sequence[str], style: Style = Style()) -> None:
        super().__init__(stream, columns, style)
        self.block: list[list[str]] = []
        self.first = True

    def _short(self, text: str) -> str:
        text = _tsv_safe(text)
        return text if len(text) <= self.MAX_CELL else text[: self.MAX_CELL - 1] + "…"

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.block.append([self._short(cell(record.get(c))) for c in self.columns])
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


#: output extensions and the format they stand for; ``text`` is what a command writes to a ``.txt`` file, if any
OUTPUT_EXTENSIONS: dict[str, str] = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text",
}
#: compression suffixes of ``-o`` and the compressor each means
COMPRESSIONS: dict[str, str] = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}


def output_format(
    to: str | None, path: str | None, *, default: str, formats: Sequence[str], text: str | None = None
) -> tuple[str, str | None]:
    """(format, compression) of the output: ``-t`` (``to``), else the ``-o`` file's extension (``.csv``, ``.tsv``,
    ``.jsonl``, and ``.txt`` when the command has a ``text`` format; ``.gz``, ``.bz2``, ``.xz`` compress), else
    ``default``. A name that says no format, or another one than ``-t``, is a `CliError`: the output is what its
    name and ``-t`` say."""
    if path is None or path == "-":
        return (to or default), None
    name = Path(path).name.lower()
    compression = None
    for suffix, compressor in COMPRESSIONS.items():
        if name.endswith(suffix):
            name, compression = name[: -len(suffix)], compressor
            break
    suffix = Path(name).suffix
    named = OUTPUT_EXTENSIONS.get(suffix)
    if named == "text":
        named = text
    if to is not None:
        if named is not None and named != to:
            raise CliError(f"-o {path} is {named} by its name, but -t says {to}: make them agree")
        return to, compression
    if named is None or named not in formats:
        hint = " (belnorm writes no spreadsheets: write .csv, which Excel opens; --excel adds what it needs)" if (
            suffix in (".xlsx", ".xls", ".ods")) else ""
        kinds = ", ".join(f".{f}" for f in formats if f in ("csv", "tsv", "jsonl")) + (", .txt" if text else "")
        raise CliError(
            f"cannot tell the output format from the name {path}{hint}: name it {kinds} (.gz, .bz2 or .xz to "
            "compress), or say it with -t"
        )
    return named, compression


class Output:
    """stdout, or a temporary file next to ``-o FILE`` that replaces it only when everything is written; the
    file is compressed with ``compression`` (gzip, bz2, xz) when its name says so."""

    def __init__(self, path: str | None, *, compression: str | None = None) -> None:
        self.path = None if path in (None, "-") else path
        self.compression = compression if self.path is not None else None
        self.stream: io.TextIOWrapper
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None

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
        fd = -1
        try:
            with _interrupt_held():  # the file and its name are kept together, or neither exists
                try:
                    fd, self._tmp = tempfile.mkstemp(
                        prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
                    )
                except OSError as exc:
                    raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
            self._raw = raw = open(fd, "wb")  # noqa: SIM115 - closed in __exit__
            binary: IO[bytes] = raw
            inner = target.name[: target.name.rfind(".")] if self.compression else target.name
            if self.compression == "gzip":  # mtime 0: the same rows give the same bytes
                binary = gzip.GzipFile(filename=inner, mode="wb", fileobj=raw, mtime=0)  # type: ignore[assignment]
            elif self.compression == "bz2":
                binary = bz2.BZ2File(raw, "wb")  # type: ignore[assignment]
            elif self.compression == "xz":
                binary = lzma.LZMAFile(raw, "wb")  # type: ignore[assignment]
            self.stream = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
        except BaseException:  # Ctrl-C before the with-block starts: __exit__ will not run, so clean up here
            with contextlib.suppress(OSError):
                if self._raw is not None:
                    self._raw.close()
                elif fd >= 0:
                    os.close(fd)
                if self._tmp is not None:
                    os.unlink(self._tmp)
            raise
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
        raw = self._raw
        assert raw is not None
        try:
            try:
                inner = self.stream.detach()  # flushes the text; the compressor, or the file itself
                if inner is not raw:
                    inner.close()  # the compressor writes its trailer; the file stays open
                if kind is None:
                    raw.flush()
                    os.fsync(raw.fileno())
            finally:
                raw.close()
            if kind is None and self._tmp is not None:
                os.chmod(self._tmp, 0o666 & ~_umask())
                os.replace(self._tmp, self.path)
                self._tmp = None
        except OSError as exc:
            raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        finally:
            if self._tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._tmp)


def enter_output(stack: contextlib.ExitStack[Any], path: str | None, *, compression: str | None) -> Output:
    """An `Output` entered on ``stack``, with Ctrl-C held until the stack has its exit: an interrupt in between
    would leave its temporary file behind."""
    with _interrupt_held():
        return stack.enter_context(Output(path, compression=compression))


@contextlib.contextmanager
def _interrupt_held() -> Iterator[None]:
    """Hold Ctrl-C (where the system can) while a temporary file is made and its name kept: an interrupt
    between the two would leave a file nobody removes."""
    hold = getattr(signal, "pthread_sigmask", None)
    if hold is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    before = hold(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        hold(signal.SIG_SETMASK, before)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------------------------------------------


def show_progress(quiet: bool, forced: bool, *, rows: bool) -> bool:
    """Whether to draw progress on stderr: with ``--progress`` always; with ``--quiet`` never; else when stderr
    is a terminal, and for progress over rows only when stdout is not (rows written to the terminal would run
    through the bar; a pipe such as ``| head`` or a file is fine)."""
    if forced:
        return True
    if quiet:
        return False
    try:
        if not sys.stderr.isatty():
            return False
        return not (rows and sys.stdout.isatty())
    except (AttributeError, ValueError):
        return False


def _clear_line() -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write("\r\033[K" if sys.stderr.isatty() else "\n")
        sys.stderr.flush()


class Progress:
    """A progress bar on stderr (when `show_progress` says so): tqdm when installed (the ``progress`` extra),
    else one line of its own. ``total`` is in ``unit`` (bytes of a file, characters of a document), or None
    when unknown (stdin, a compressed file)."""

    def __init__(self, total: int | None, enabled: bool, *, unit: str = "B", what: str = "rows") -> None:
        self.total = total
        self.enabled = enabled
        self.unit = unit
        self.what = what
        self.done = 0
        self.items = 0
        self.bar: Any = None
        self.last = 0.0
        self.drawn = False
        self.began = time.monotonic()
        if self.enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit=unit, unit_scale=True, file=sys.stderr, desc="belnorm", leave=False)

    def update(self, done: int, items: int = 0) -> None:
        """``done`` units so far (a position, not an increment), ``items`` more rows or mentions."""
        if not self.enabled:
            return
        self.items += items
        self.done = done
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
            self.bar.set_postfix({self.what: self.items}, refresh=False)
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        rate = self.items / max(now - self.began, 1e-9)
        if self.total:
            share = min(1.0, done / self.total)
            filled = int(share * 30)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%} "
        else:
            bar = ""
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"\rbelnorm {bar}{self.items:,} {self.what}, {rate:,.0f} {self.what}/s ")
            sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.close()
        elif self.drawn:
            _clear_line()


class Activity:
    """``with Activity("building the index", enabled):`` one line on stderr with the seconds spent, redrawn by a
    thread while the work runs (building an index reports no fraction done), cleared when it ends. Drawn only
    after half a second, so quick work (loading a cached index) shows nothing."""

    DELAY = 0.5

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._drawn = False

    def __enter__(self) -> Activity:
        if self.enabled:
            self._thread = threading.Thread(target=self._run, name="belnorm-activity", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        began = time.monotonic()
        if self._stop.wait(self.DELAY):
            return
        frames = "|/-\\"
        n = 0
        while not self._stop.is_set():
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(f"\rbelnorm: {self.label} {frames[n % 4]} {time.monotonic() - began:.0f} s ")
                sys.stderr.flush()
            self._drawn = True
            n += 1
            self._stop.wait(0.25)

    def __exit__(self, *exc: object) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            if self._drawn:
                _clear_line()
