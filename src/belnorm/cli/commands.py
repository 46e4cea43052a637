"""The commands: match, find and translit over rows; explain; variants."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from belnorm.cli.errors import EXIT_OK, CliError, say
from belnorm.cli.inputs import Input, Reader, Row, file_argument, open_reader
from belnorm.cli.output import (
    WRITERS,
    Activity,
    Output,
    Progress,
    Style,
    Writer,
    enter_output,
    output_format,
    show_progress,
)
from belnorm.cli.running import Engine, MatchTask, Task, find_chunk, match_chunk, translit_chunk
from belnorm.results import (
    ENTITY_COLUMNS,
    EXPLAIN_COLUMNS,
    MENTION_COLUMNS,
    STATUS_COLUMN,
    candidate_columns,
    explanation_records,
    match_record,
    mention_record,
)

__all__ = ["cmd_explain", "cmd_find", "cmd_match", "cmd_translit", "cmd_variants", "name_variants"]

#: the column of `find` output that numbers the input rows (before the `MENTION_COLUMNS`)
ROW_COLUMN = "row"
ERROR_COLUMN = "error"
#: the status of a malformed row kept under ``--on-error=keep``
ERROR_STATUS = "error"
#: warnings about malformed rows printed before only a count is kept
MAX_WARNINGS = 20


def _load_normalizer(args: argparse.Namespace, *, progress: bool) -> Any:
    """The normalizer of ``--gazetteer`` files, or the bundled one (loaded from the user's cache when it was
    built before); ``progress``: say on stderr what takes time."""
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
            from belnorm.cache import default_index_cached

            label = "loading the index" if default_index_cached() else (
                "building the index of the bundled gazetteer (once: it is cached for the next runs)")
            with Activity(label, progress):
                return Normalizer.default(options=options)
        gazetteers = []
        for path in args.gazetteer:
            if not os.path.exists(path):
                raise CliError(f"cannot read gazetteer {path}: no such file")
            with Activity(f"reading {path}", progress):
                gazetteers.append(Gazetteer.from_file(path))
        if args.with_bundled:
            gazetteers.insert(0, Gazetteer.default())
        merged = gazetteers[0].merge(*gazetteers[1:]) if len(gazetteers) > 1 else gazetteers[0]
        with Activity(f"building the index of {len(merged):,} entities", progress):
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
            say(f"warning: {message} (kept, unmatched)")

    def close(self) -> None:
        if self.count > MAX_WARNINGS:
            say(f"warning: {self.count} malformed rows in all were kept unmatched")
        elif self.count:
            say(f"{self.count} malformed row{'s' if self.count > 1 else ''} kept unmatched")


def _inputs(args: argparse.Namespace) -> None:
    """Settle where the input comes from: a data file given as the only argument is read like ``-i FILE``; no
    names, no ``--input`` and a terminal on stdin is an error, not a silent wait."""
    path = file_argument(args.names) if args.names else None
    if path is not None:
        if args.input is not None:
            raise CliError(f"give the input file once: {path} as an argument or -i {args.input}, not both")
        args.input, args.names = path, []
    if args.names and args.input:
        raise CliError("give names as arguments or --input FILE, not both")
    if not args.names and args.input is None and sys.stdin is not None and sys.stdin.isatty():
        raise CliError("no input: give names as arguments, --input FILE, or pipe them in (--input - reads a terminal)")
    if args.names:
        for option in ("format", "column", "encoding"):
            if getattr(args, option, None) is not None:
                raise CliError(f"--{option} is for input files; the names given as arguments need none")


def _style(args: argparse.Namespace, source: Input | None, reader: Reader | None, out_format: str) -> Style:
    """How CSV/TSV output is laid out: as the input was (separator, BOM, line ends), or as Excel wants it."""
    if getattr(args, "excel", False) and out_format not in ("csv", "tsv"):
        raise CliError(f"--excel is for CSV or TSV output, not {out_format}")
    delimiter = getattr(args, "delimiter", None)
    if delimiter is None and reader is not None and reader.format == "csv":
        delimiter = reader.delimiter
    if delimiter is not None and out_format == "tsv" and delimiter != "\t":
        delimiter = None  # the input's separator; TSV output has tabs
    if args.excel:
        return Style(delimiter or ",", "\r\n", True)
    if source is None:
        return Style(delimiter or ",")
    return Style(delimiter or ",", source.newline or "\n", source.bom)


def _stdout_is_a_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _row_format(args: argparse.Namespace, input_format: str, kind: str) -> tuple[str, str | None]:
    """(format, compression) of a row command's output: translit writes plain lines for plain lines in; else a
    table on a terminal, else the input's format (TSV for plain lines)."""
    formats: tuple[str, ...] = ("csv", "tsv", "jsonl", "table")
    if kind == "translit":
        formats += ("lines",)
    if kind == "translit" and input_format == "lines":
        default = "lines"
    elif _stdout_is_a_terminal():
        default = "table"
    else:
        default = input_format if input_format in ("csv", "tsv", "jsonl") else "tsv"
    found = output_format(args.to, args.output, default=default, formats=formats,
                          text="lines" if kind == "translit" else None)
    if found[0] == "lines" and input_format != "lines":
        raise CliError("plain lines out (-t lines, or a .txt file) need plain lines or names in")
    return found


def _run_table_command(args: argparse.Namespace, kind: str) -> int:
    """match, find and translit over rows: read, work in chunks, write every row in order."""
    texts = kind == "find"
    _inputs(args)
    candidates = getattr(args, "candidates", None) or 0
    if kind == "translit":
        from belnorm.tables import TableError, resolve_scheme

        try:
            state: Any = resolve_scheme(args.scheme)
        except TableError as exc:
            raise CliError(str(exc)) from None
        task: Task = translit_chunk
    warnings = Warnings()
    with contextlib.ExitStack() as stack:
        source: Input | None = None
        reader: Reader | None = None
        if args.names:
            fmt = "lines"
            column = "text" if texts else "name"
            rows: Iterable[Row] = [Row(i, i, {column: name}, name) for i, name in enumerate(args.names, 1)]
            columns = [column]
        else:
            source = stack.enter_context(Input(args.input, encoding=args.encoding))
            reader = open_reader(source, fmt=args.format, column=args.column, delimiter=args.delimiter,
                                 texts=texts, document=texts)
            fmt = reader.format
        out_format, compression = _row_format(args, fmt, kind)
        if kind != "translit":
            norm = _load_normalizer(args, progress=show_progress(args.quiet, args.progress, rows=False))
            state, task = (norm, find_chunk) if texts else (MatchTask(norm, candidates), match_chunk)
        if fmt == "text":
            assert source is not None
            return _find_document(args, state, source, out_format, compression, stack)
        if reader is not None:
            rows = reader.rows()
            first = list(_take(rows, 1))  # read the header (and one row) before choosing the output columns
            columns = reader.columns
            rows = _chain(first, rows)
        progress = Progress(source.total if source else None, show_progress(args.quiet, args.progress, rows=True))
        stack.callback(progress.close)
        out = enter_output(stack, args.output, compression=compression)
        if kind == "translit":
            added = _added(columns, ("translit",))
        elif texts:
            added = _added(columns, (ROW_COLUMN, *MENTION_COLUMNS))
        else:
            added = _added(columns, (STATUS_COLUMN, *ENTITY_COLUMNS, *candidate_columns(candidates)))
        if args.on_error == "keep":
            added.update(_added(columns, (ERROR_COLUMN,)))
        style = _style(args, source, reader, out_format)
        if out_format == "lines":
            writer: Writer | None = None
            newline = style.newline
        else:
            writer = WRITERS[out_format](out.stream, [*columns, *added.values()], style)
        engine = stack.enter_context(Engine(task, state, args.jobs))
        since = 0
        for row, result in engine.run(rows):
            if row.error is not None:
                if args.on_error != "keep":
                    raise CliError(f"{row.error} (use --on-error=keep to pass such rows through unmatched)")
                warnings.report(row.error)
            if writer is None:
                out.stream.write((result or "") + newline)
            else:
                for record in _records(kind, row, result, added):
                    writer.write(record)
            since += 1
            if since >= 100:
                progress.update(source.done if source else 0, since)
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
        if result is None:
            result = {STATUS_COLUMN: ERROR_STATUS if row.error is not None else None, **match_record(None)}
        yield {**row.values, **{added[c]: result.get(c) for c in added if c != ERROR_COLUMN}, **error}
    else:
        for mention in result or [dict.fromkeys(MENTION_COLUMNS)]:
            record = {**row.values, added[ROW_COLUMN]: row.number}
            record.update({added[c]: mention[c] for c in MENTION_COLUMNS})
            record.update(error)
            yield record


def _find_document(
    args: argparse.Namespace, norm: Any, source: Input, out_format: str, compression: str | None,
    stack: contextlib.ExitStack,
) -> int:
    """find over one document (``--format text``): offsets into the whole input; the bar follows the offsets."""
    text = source.read_all()
    progress = Progress(len(text), show_progress(args.quiet, args.progress, rows=True), unit="char",
                        what="mentions")
    stack.callback(progress.close)
    out = enter_output(stack, args.output, compression=compression)
    writer = WRITERS[out_format](out.stream, MENTION_COLUMNS, _style(args, source, None, out_format))
    for n, m in enumerate(norm.iter_find(text), 1):
        writer.write(mention_record(m))
        if n % 50 == 0:
            progress.update(m.end, 50)
    writer.close()
    return EXIT_OK


def cmd_match(args: argparse.Namespace) -> int:
    return _run_table_command(args, "match")


def cmd_find(args: argparse.Namespace) -> int:
    return _run_table_command(args, "find")


def cmd_translit(args: argparse.Namespace) -> int:
    if args.list:
        from belnorm.tables import load_table, table_names

        for name in table_names():
            table = load_table(name)
            print(f"{name}\t{table.language} {table.source_script}→{table.target_script}\t{table.description}")
        return EXIT_OK
    return _run_table_command(args, "translit")


def _names(args: argparse.Namespace) -> list[str]:
    """The names of explain and variants: the arguments, or the name column of the input (blank ones skipped)."""
    _inputs(args)
    if args.names:
        return list(args.names)
    names = []
    with Input(args.input, encoding=args.encoding) as source:
        reader = open_reader(source, fmt=args.format, column=args.column, delimiter=args.delimiter, texts=False,
                             document=False)
        for row in reader.rows():
            if row.error is not None:
                raise CliError(row.error)
            if row.query.strip():
                names.append(row.query)
    return names


def cmd_explain(args: argparse.Namespace) -> int:
    names = _names(args)
    out_format, compression = output_format(args.to, args.output, default="text",
                                            formats=("text", "jsonl", "csv", "tsv"), text="text")
    if args.excel and out_format not in ("csv", "tsv"):
        raise CliError(f"--excel is for CSV or TSV output, not {out_format}")
    norm = _load_normalizer(args, progress=show_progress(False, False, rows=False))
    with Output(args.output, compression=compression) as out:
        writer: Writer | None = None
        if out_format in ("csv", "tsv"):
            style = Style(args.delimiter or ",", "\r\n", True) if args.excel else Style(args.delimiter or ",")
            writer = WRITERS[out_format](out.stream, EXPLAIN_COLUMNS, style)
        for name in names:
            explanation = norm.explain(name, limit=args.limit)
            if writer is not None:
                for record in explanation_records(explanation):
                    writer.write(record)
            elif out_format == "jsonl":
                out.stream.write(explanation.model_dump_json() + "\n")
            else:
                out.stream.write(str(explanation) + "\n\n")
        if writer is not None:
            writer.close()
    return EXIT_OK


def name_variants(name: str) -> list[tuple[str, str, str]]:
    """(kind, source, text) for the forms belnorm derives for ``name`` (`belnorm.spellings.variants`)."""
    from belnorm.spellings import variants

    return [(v.kind, v.source, v.text) for v in variants(name)]


def cmd_variants(args: argparse.Namespace) -> int:
    names = _names(args)
    out_format, compression = output_format(args.to, args.output, default="table" if _stdout_is_a_terminal() else "tsv",
                                            formats=("csv", "tsv", "jsonl", "table"))
    if args.excel and out_format not in ("csv", "tsv"):
        raise CliError(f"--excel is for CSV or TSV output, not {out_format}")
    style = Style(args.delimiter or ",", "\r\n", True) if args.excel else Style(args.delimiter or ",")
    with Output(args.output, compression=compression) as out:
        writer = WRITERS[out_format](out.stream, ["name", "kind", "variant", "source"], style)
        for name in names:
            try:
                found = name_variants(name)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            for kind, origin, text in found:
                writer.write({"name": name, "kind": kind, "source": origin, "variant": text})
        writer.close()
    return EXIT_OK


def cmd_canonical(args: argparse.Namespace) -> int:
    """Each name in standard Belarusian Cyrillic, nominative, given name first (`belnorm.canonical`)."""
    from belnorm.canonicalize import canonical

    names = _names(args)
    out_format, compression = output_format(args.to, args.output, default="table" if _stdout_is_a_terminal() else "tsv",
                                            formats=("csv", "tsv", "jsonl", "table"))
    style = _style(args, None, None, out_format)
    with Output(args.output, compression=compression) as out:
        writer = WRITERS[out_format](out.stream, ["name", "canonical"], style)
        for name in names:
            writer.write({"name": name, "canonical": canonical(name, kind=args.kind, patronymic=args.patronymic)})
        writer.close()
    return EXIT_OK


def cmd_cluster(args: argparse.Namespace) -> int:
    """Every input row, in order, with the label of its name's cluster and the name's standard form. Clustering
    needs every name at once (a surname alone joins a cluster only when exactly one fits), so the rows are read
    whole before anything is written."""
    from belnorm.canonicalize import canonical
    from belnorm.clustering import cluster

    _inputs(args)
    with contextlib.ExitStack() as stack:
        source: Input | None = None
        reader: Reader | None = None
        if args.names:
            fmt, columns = "lines", ["name"]
            rows: list[Row] = [Row(i, i, {"name": name}, name) for i, name in enumerate(args.names, 1)]
        else:
            source = stack.enter_context(Input(args.input, encoding=args.encoding))
            reader = open_reader(source, fmt=args.format, column=args.column, delimiter=args.delimiter, texts=False,
                                 document=False)
            fmt = reader.format
            rows = list(reader.rows())
            columns = list(reader.columns)
        for row in rows:
            if row.error is not None:
                raise CliError(row.error)
        labels = cluster([row.query for row in rows], threshold=args.threshold)
        out_format, compression = _row_format(args, fmt, "cluster")
        added = _added(columns, ("cluster", "canonical"))
        style = _style(args, source, reader, out_format)
        out = enter_output(stack, args.output, compression=compression)
        writer = WRITERS[out_format](out.stream, [*columns, *added.values()], style)
        for row, label in zip(rows, labels):
            standard = canonical(row.query) if row.query.strip() else ""
            writer.write({**row.values, added["cluster"]: label, added["canonical"]: standard})
        writer.close()
    return EXIT_OK
