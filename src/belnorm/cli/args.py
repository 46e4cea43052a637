"""The command line: subcommands, their options, and the checks of option values."""

from __future__ import annotations

import argparse
import os

from belnorm.cli import commands
from belnorm.cli.inputs import INPUT_FORMATS
from belnorm.cli.output import OUTPUT_FORMATS

__all__ = ["build_parser"]


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
    p.set_defaults(func=commands.cmd_match)

    p = sub.add_parser("find", parents=[io_parent, norm_parent, run_parent], help="find mentions in texts",
                       description="Find mentions of entities in texts: one row per mention, with offsets.")
    p.add_argument("names", nargs="*", metavar="texts", help="texts; read --input or stdin when none is given")
    p.set_defaults(func=commands.cmd_find)

    p = sub.add_parser("translit", parents=[io_parent, run_parent], help="write names in a transliteration scheme",
                       description="Transliterate names or text; plain lines in, plain lines out.")
    p.add_argument("names", nargs="*", metavar="text", help="names or text; read --input or stdin when none is given")
    p.add_argument("-s", "--scheme", default="lacinka", help="a table name (see --list); default lacinka")
    p.add_argument("--list", action="store_true", help="list the schemes and exit")
    p.set_defaults(func=commands.cmd_translit)

    p = sub.add_parser("variants", parents=[io_parent], help="spellings belnorm derives for a name",
                       description="The spellings of a name in every scheme that reads its script, and its keys.")
    p.add_argument("names", nargs="*", metavar="name")
    p.set_defaults(func=commands.cmd_variants)

    p = sub.add_parser("explain", parents=[io_parent, norm_parent], help="why a name matched (or did not)",
                       description="The match and the candidates considered, with the rules that fired.")
    p.add_argument("names", nargs="*", metavar="name")
    p.add_argument("--limit", type=int, default=10, help="candidates shown (default 10)")
    p.set_defaults(func=commands.cmd_explain)
    return parser
