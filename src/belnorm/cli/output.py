"""The command's output: cells, the CSV/TSV/JSONL/table writers, the atomic ``-o`` file, the progress bar."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import regex

from belnorm.cli.errors import CliError, say
from belnorm.cli.inputs import INPUT_EXTENSIONS
from belnorm.sources.files import TextFile

__all__ = ["OUTPUT_FORMATS", "WRITERS", "Output", "Progress", "Writer", "cell", "output_format"]

OUTPUT_FORMATS = ("csv", "tsv", "jsonl", "table")


def cell(value: Any) -> str:
    """A value as a CSV/TSV/table cell."""
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
            say(f"warning: keys not in the first record have no column and are left out: {', '.join(extra)}")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        super().__init__(stream, columns)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(self.columns)

    def write(self, record: dict[str, Any]) -> None:
        self._check(record)
        self.csv.writerow([cell(record.get(c)) for c in self.columns])


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
        self.stream.write("\t".join(_tsv_safe(cell(record.get(c))) for c in self.columns) + "\n")


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


class Output:
    """stdout, or a temporary file next to ``-o FILE`` that replaces it only when everything is written."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        self.stream: io.TextIOWrapper
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_format(args: argparse.Namespace, input_format: str) -> str:
    """The output format: ``--to``, else from ``-o``'s extension, else a table on a terminal, else the input's."""
    if args.to:
        return args.to
    if args.output and args.output != "-":
        suffix = Path(args.output.lower().removesuffix(".gz")).suffix
        fmt = INPUT_EXTENSIONS.get(suffix)
        if fmt in OUTPUT_FORMATS:
            return fmt
        return "tsv"
    if sys.stdout.isatty():
        return "table"
    return input_format if input_format in OUTPUT_FORMATS else "tsv"


class Progress:
    """A progress bar on stderr when it is a terminal: tqdm when installed, else one line of its own."""

    def __init__(self, source: TextFile, enabled: bool) -> None:
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
