"""What the command says when something goes wrong: the exit codes, `CliError`, and one line on stderr."""

from __future__ import annotations

import contextlib
import sys

__all__ = ["EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "CliError", "say"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A problem the user can fix: printed as one line on stderr, exit code 2."""


def say(message: str) -> None:
    """One line on stderr, prefixed ``belnorm:``; a closed stderr is not an error."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"belnorm: {message}\n")
        sys.stderr.flush()
