"""The command line: subcommands, their options, and the checks of option values.

Each command has only the options that apply to it (an option that would be ignored is an error, exit 2), and
argparse's usage errors are one line on stderr like every other error of the command.
"""

from __future__ import annotations

import argparse
import os
from typing import NoReturn

from belnorm.cli import commands
from belnorm.cli.errors import EXIT_USAGE, say
from belnorm.cli.inputs import INPUT_FORMATS, delimiter_value
from belnorm.cli.output import OUTPUT_FORMATS

__all__ = ["Parser", "build_parser"]


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (``belnorm: error: ...``) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        say(f"error: {message} (see '{self.prog} --help')")
        raise SystemExit(EXIT_USAGE)


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


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= n <= 50:
        raise argparse.ArgumentTypeError("must be between 1 and 50")
    return n


def _delimiter(value: str) -> str:
    try:
        return delimiter_value(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _encoding(value: str) -> str:
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _input_options(parser: argparse.ArgumentParser, *, tables: bool = True) -> None:
    group = parser.add_argument_group("input")
    group.add_argument("-i", "--input", metavar="FILE",
                       help="read FILE ('-' for stdin) instead of arguments; a data file may also be the only argument")
    if tables:
        group.add_argument("-f", "--format", choices=INPUT_FORMATS,
                           help="input format (default: from the extension, else told from the first lines)")
        group.add_argument("-c", "--column", help="the column (or JSONL key, or 1-based number) holding the names")
        group.add_argument("--delimiter", type=_delimiter, metavar="CHAR",
                           help="CSV field separator, of the input and of CSV output ('tab' for tabs; default: told "
                                "from the header, which reads the semicolons Excel writes in many locales)")
    group.add_argument("--encoding", type=_encoding,
                       help="the input's encoding (default UTF-8, with or without a byte-order mark); output is UTF-8")


def _output_options(parser: argparse.ArgumentParser, formats: tuple[str, ...], default: str) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("-o", "--output", metavar="FILE",
                       help="write FILE (complete or not at all) instead of stdout; .gz, .bz2 or .xz compress it")
    group.add_argument("-t", "--to", choices=formats, help=f"output format (default: -o's extension, else {default})")
    if "csv" in formats:
        group.add_argument("--excel", action="store_true",
                           help="CSV/TSV as Excel reads it: a byte-order mark and CRLF line ends (the default keeps "
                                "the input's)")


def _progress_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("progress")
    mode = group.add_mutually_exclusive_group()
    mode.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    mode.add_argument("--progress", action="store_true",
                      help="a progress bar on stderr even when it is not a terminal (by default: only on a terminal, "
                           "and for rows only when stdout is not one)")


def _matching_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("matching")
    group.add_argument(
        "-g", "--gazetteer", action="append", metavar="FILE",
        help="entities from a CSV/TSV/JSONL file (repeatable; merged by id); default: the bundled gazetteer",
    )
    group.add_argument(
        "--with-bundled", action="store_true",
        help="add the --gazetteer files' entities to the bundled gazetteer instead of replacing it",
    )
    group.add_argument("--cutoff", type=_cutoff, help="least score of a match, 0-100 (default 85)")
    group.add_argument(
        "--kind", action="append", choices=("person", "place", "org", "other"), help="only these kinds (repeatable)"
    )


def _running_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("running")
    group.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                       help="worker processes (0: one per CPU); output is the same and in the same order")
    group.add_argument("--on-error", choices=("fail", "keep"), default="fail",
                       help="a malformed row stops the run (fail, exit 2) or is passed through unmatched (keep)")


ROW_DEFAULT = "a table on a terminal, else the input's format (TSV for plain lines)"


def build_parser() -> argparse.ArgumentParser:
    from belnorm import __version__

    parser = Parser(
        prog="belnorm",
        description="Which real Belarusian person, place or organisation a name refers to, however it was spelled.",
        epilog="Run 'belnorm COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"belnorm {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("match", help="link names to entities",
                       description="Link each name to an entity, or to nothing; the status column says which.")
    p.add_argument("names", nargs="*", help="names, or one data file; read --input or stdin when none is given")
    _input_options(p)
    _output_options(p, OUTPUT_FORMATS, ROW_DEFAULT)
    _matching_options(p)
    p.add_argument("--candidates", type=_count, metavar="K",
                   help="add the best K distinct entities with their scores (candidate_1_id, ..._label, ..._score)")
    _running_options(p)
    _progress_options(p)
    p.set_defaults(func=commands.cmd_match)

    p = sub.add_parser("find", help="find mentions in texts",
                       description="Find mentions of entities in texts: one row per mention, with offsets.")
    p.add_argument("names", nargs="*", metavar="texts",
                   help="texts, or one data file; read --input or stdin when none is given")
    _input_options(p)
    _output_options(p, OUTPUT_FORMATS, ROW_DEFAULT)
    _matching_options(p)
    _running_options(p)
    _progress_options(p)
    p.set_defaults(func=commands.cmd_find)

    p = sub.add_parser("translit", help="write names in a transliteration scheme",
                       description="Transliterate names or text; plain lines in, plain lines out.")
    p.add_argument("names", nargs="*", metavar="text",
                   help="names or text, or one data file; read --input or stdin when none is given")
    p.add_argument("-s", "--scheme", default="lacinka", help="a table name (see --list); default lacinka")
    p.add_argument("--list", action="store_true", help="list the schemes and exit")
    _input_options(p)
    _output_options(p, (*OUTPUT_FORMATS, "lines"), "plain lines for plain lines in, else as for match")
    _running_options(p)
    _progress_options(p)
    p.set_defaults(func=commands.cmd_translit)

    p = sub.add_parser("variants", help="spellings belnorm derives for a name",
                       description="The spellings of a name in every scheme that reads its script, and its keys.")
    p.add_argument("names", nargs="*", metavar="name", help="names, or one data file")
    _input_options(p)
    _output_options(p, OUTPUT_FORMATS, "a table on a terminal, else TSV")
    p.set_defaults(func=commands.cmd_variants)

    p = sub.add_parser("explain", help="why a name matched (or did not)",
                       description="The match and the candidates considered (one per entity), with the rules that "
                                   "fired.")
    p.add_argument("names", nargs="*", metavar="name", help="names, or one data file")
    p.add_argument("--limit", type=_count, default=10, help="candidates shown (default 10)")
    _input_options(p)
    _output_options(p, ("text", "jsonl", "csv", "tsv"),
                    "text; csv and tsv give one row per candidate, jsonl one object per name")
    _matching_options(p)
    p.set_defaults(func=commands.cmd_explain)

    p = sub.add_parser("canonical", help="names in standard Belarusian spelling",
                       description="Each name in standard Belarusian Cyrillic, nominative, given name first; no "
                                   "gazetteer needed.")
    p.add_argument("names", nargs="*", metavar="name", help="names, or one data file")
    p.add_argument("--kind", choices=("person", "place", "org", "other"), help="what the names are, if known")
    p.add_argument("--patronymic", action="store_true", help="keep a patronymic (or its initial)")
    _input_options(p)
    _output_options(p, OUTPUT_FORMATS, "a table on a terminal, else TSV")
    p.set_defaults(func=commands.cmd_canonical)

    p = sub.add_parser("cluster", help="group the spellings of one name",
                       description="Every row, in order, with a cluster label shared by the spellings of one name "
                                   "(any script, convention, case form, order) and the name's standard form; no "
                                   "gazetteer needed.")
    p.add_argument("names", nargs="*", metavar="name", help="names, or one data file")
    p.add_argument("--threshold", type=float, help="least similarity (0-100) of two spellings of one name")
    _input_options(p)
    _output_options(p, OUTPUT_FORMATS, ROW_DEFAULT)
    p.set_defaults(func=commands.cmd_cluster)
    return parser
