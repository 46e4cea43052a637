"""The commands: match, find and translit over rows; explain; variants."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from belnorm.cli.errors import EXIT_OK, CliError, say
from belnorm.cli.inputs import Input, Reader, Row, input_format
from belnorm.cli.output import WRITERS, Output, Progress, Writer, output_format
from belnorm.cli.running import Engine, Task, find_chunk, match_chunk, translit_chunk
from belnorm.results import ENTITY_COLUMNS, MENTION_COLUMNS, match_record, mention_record

__all__ = ["cmd_explain", "cmd_find", "cmd_match", "cmd_translit", "cmd_variants", "name_variants"]

#: the column of `find` output that numbers the input rows (before the `MENTION_COLUMNS`)
ROW_COLUMN = "row"
ERROR_COLUMN = "error"
#: warnings about malformed rows printed before only a count is kept
MAX_WARNINGS = 20


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
            say(f"warning: {message} (kept, unmatched)")

    def close(self) -> None:
        if self.count > MAX_WARNINGS:
            say(f"warning: {self.count} malformed rows in all were kept unmatched")
        elif self.count:
            say(f"{self.count} malformed row{'s' if self.count > 1 else ''} kept unmatched")


def _check_input(args: argparse.Namespace) -> None:
    """Refuse to wait silently for a terminal: no names, no --input and stdin is a terminal."""
    if not args.names and args.input is None and sys.stdin is not None and sys.stdin.isatty():
        raise CliError("no input: give names as arguments, --input FILE, or pipe them in (--input - reads a terminal)")


def _rows_from_args(args: argparse.Namespace, texts: bool) -> tuple[Input | None, Reader | None, list[Row]]:
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
        fmt = input_format(args.input, args.format, document=texts)
        if fmt == "text" and not texts:
            raise CliError("--format text (one document) is for find; use lines")
    if kind == "translit":
        from belnorm.tables import TableError, resolve_scheme

        try:
            state: Any = resolve_scheme(args.scheme)
        except TableError as exc:
            raise CliError(str(exc)) from None
        task: Task = translit_chunk
    else:
        state = _load_normalizer(args)
        task = find_chunk if texts else match_chunk
    out_format = output_format(args, fmt)
    plain_translit = kind == "translit" and fmt == "lines" and not args.to and out_format != "jsonl"
    warnings = Warnings()
    with contextlib.ExitStack() as stack:
        if args.names:
            source, reader, arg_rows = _rows_from_args(args, texts)
            rows: Iterable[Row] = arg_rows
            columns = ["text" if texts else "name"]
        else:
            source = stack.enter_context(Input(args.input))
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
            added = _added(columns, (ROW_COLUMN, *MENTION_COLUMNS))
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
        values = result or match_record(None)
        yield {**row.values, **{added[c]: values[c] for c in ENTITY_COLUMNS}, **error}
    else:
        for mention in result or [dict.fromkeys(MENTION_COLUMNS)]:
            record = {**row.values, added[ROW_COLUMN]: row.number}
            record.update({added[c]: mention[c] for c in MENTION_COLUMNS})
            record.update(error)
            yield record


def _find_document(
    args: argparse.Namespace, norm: Any, source: Input, out_format: str, stack: contextlib.ExitStack
) -> int:
    """find over one document (``--format text``): offsets into the whole input."""
    text = source.read_all()
    out = stack.enter_context(Output(args.output))
    writer = WRITERS[out_format](out.stream, MENTION_COLUMNS)
    for m in norm.iter_find(text):
        writer.write(mention_record(m))
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


def cmd_explain(args: argparse.Namespace) -> int:
    _check_input(args)
    names = list(args.names)
    if not names:
        with Input(args.input) as source:
            reader = Reader(source, input_format(args.input, args.format, document=False), column=args.column,
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
    """(kind, source, text) for the forms belnorm derives for ``name`` (`belnorm.spellings.variants`)."""
    from belnorm.spellings import variants

    return [(v.kind, v.source, v.text) for v in variants(name)]


def cmd_variants(args: argparse.Namespace) -> int:
    _check_input(args)
    names = list(args.names)
    if not names:
        with Input(args.input) as source:
            names = [text.strip() for _, text in source.lines() if text.strip()]
    out_format = output_format(args, "tsv")
    with Output(args.output) as out:
        writer = WRITERS[out_format](out.stream, ["name", "kind", "variant", "source"])
        for name in names:
            try:
                found = name_variants(name)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            for kind, origin, text in found:
                writer.write({"name": name, "kind": kind, "source": origin, "variant": text})
        writer.close()
    return EXIT_OK
