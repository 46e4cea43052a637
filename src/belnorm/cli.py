"""The ``belnorm`` command."""

from __future__ import annotations

import argparse
import sys

from belnorm.tables import TableError, table_names
from belnorm.translit import transliterate


def _translit(args: argparse.Namespace) -> int:
    texts = args.text or [line.rstrip("\n") for line in sys.stdin]
    for text in texts:
        print(transliterate(text, args.scheme))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belnorm", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("translit", help="write names in a transliteration scheme")
    tr.add_argument("text", nargs="*", help="names or text; read from stdin when none is given")
    tr.add_argument("-s", "--scheme", default="lacinka", help=f"one of: {', '.join(table_names())}")
    tr.set_defaults(func=_translit)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TableError as exc:
        print(f"belnorm: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
