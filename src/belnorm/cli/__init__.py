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

import contextlib
import os
import sys

from belnorm.cli.args import build_parser
from belnorm.cli.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, say
from belnorm.sources.files import SourceError

__all__ = ["EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "CliError", "build_parser", "main"]


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so Python's final flush does not complain."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit code (the console script exits with it)."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except (CliError, SourceError) as exc:
        say(f"error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line, unless asked for the traceback
        if os.environ.get("BELNORM_DEBUG"):
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (BELNORM_DEBUG=1 shows the traceback)")
        return EXIT_INTERNAL
