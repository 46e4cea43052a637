"""The ``belnorm`` command: match names, find mentions, transliterate, list variants, explain decisions.

::

    belnorm match Lukashenko "Ціханоўская"            # names as arguments
    belnorm match people.csv -o out.csv               # a data file as the argument (or -i FILE)
    head -3 people.csv | belnorm match                 # stdin: CSV/TSV, JSON lines or plain lines, told apart
    belnorm find -i article.txt                        # one row per mention, with offsets
    belnorm translit -s lacinka "Аляксандр Лукашэнка"
    belnorm variants "Лукашэнка"
    belnorm explain "Lukashenko" -t csv

Input is the names given as arguments, else a data file given as the only argument or with ``-i FILE`` (``-``
is stdin), else stdin. The format comes from ``--format``, else from the file's extension (``.csv``,
``.tsv``/``.tab``, ``.jsonl``/``.ndjson``, ``.txt``/``.md`` plain lines; ``.gz``, ``.bz2``, ``.xz`` and
``.zip`` are looked through), else from the first lines (stdin, or a file whose extension says nothing): a JSON
object is JSON lines, a header with a column belnorm knows (``name``, ``text``, ``id``, ... or the ``--column``)
is CSV or TSV, anything else plain lines; rows of as many comma-separated fields and no such header are
ambiguous, an error that asks for ``--format``. A CSV's separator is told from its header (the semicolons Excel
writes in Belarusian, Russian, Polish and German locales) unless ``--delimiter`` says it. ``find`` reads plain
text as one document (offsets into the whole input); ``--format lines`` finds per line instead. Files are UTF-8,
with or without a byte-order mark, unless ``--encoding`` names another; undecodable bytes are an error that
says so. An argument that looks like a data file but is none (``people.csv``, misspelled) is an error, not a
name.

Output is every input row, in input order, with columns added: for ``match``, ``status`` (``linked``,
``ambiguous``, ``below cutoff``, ``no candidate``; ``error`` for a malformed row kept), ``entity_id``,
``entity_label``, ``entity_kind``, ``score``, ``scheme``, ``matched_name``, and with ``--candidates K`` the best
K distinct entities (``candidate_1_id``, ``candidate_1_label``, ``candidate_1_score``, ...); for ``find`` one row
per mention with ``row``, ``start``, ``end`` and ``mention`` in front, and one row with empty mention columns for
a row without mentions. Scores have one decimal. An added column whose name the input already uses is written
as ``belnorm_<name>``. The output format comes from ``--to``, else from the ``-o`` file's extension (``.gz``,
``.bz2`` and ``.xz`` compress; a name that says no format, such as ``.xlsx``, is an error unless ``--to`` says
it), else a readable table when stdout is a terminal, else the input's format (TSV for plain lines).
CSV and TSV output keep the input's separator, byte-order mark and line ends (an Excel file comes back as Excel
wrote it); ``--excel`` writes a byte-order mark and CRLF. ``explain`` writes text, or with ``-t csv``/``tsv``
one row per candidate, or with ``-t jsonl`` one object per name. ``-o FILE`` is written to a temporary file
that is renamed when complete, so a file that exists is never partial.

Each command takes only the options that apply to it. A progress bar is drawn on stderr when it is a terminal
(for rows only when stdout is not one, so the bar never runs through the output), also while the index is
built or loaded and while one document is searched; ``--progress`` draws it anyway, ``--quiet`` never; tqdm
draws it when installed (the ``progress`` extra). The bundled gazetteer's index is built once and then loaded
from the user's cache directory (`belnorm.cache`).

Exit codes: 0 done (also when the reader of a pipe, such as ``head``, stops early), 2 bad input or usage (one
line on stderr, argparse's usage errors included), 130 interrupted, 1 an internal error (``BELNORM_DEBUG=1``
shows the traceback).
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
