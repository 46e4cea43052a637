"""The architecture holds: the import layers of pyproject.toml's import-linter contract, and mypy over src.

Both tools come with the ``test`` extra (``pip install '.[test]'``, as the README's test command does); where they
are not installed these tests are skipped, not passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _env() -> dict[str, str]:
    """This checkout's package first on the path, as the test run itself imports it."""
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600, check=False
    )


def test_imports_follow_the_layers() -> None:
    pytest.importorskip("importlinter", reason="import-linter is in the test extra")
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"
    done = _run("-c", code)
    assert done.returncode == 0, f"lint-imports found imports that break the layers:\n{done.stdout}\n{done.stderr}"
    assert "Contracts: 1 kept, 0 broken" in done.stdout, done.stdout  # the contract was read and checked


def test_mypy_passes() -> None:
    pytest.importorskip("mypy", reason="mypy is in the test extra")
    done = _run("-m", "mypy", "src/belnorm")
    assert done.returncode == 0, f"mypy src/belnorm:\n{done.stdout}\n{done.stderr}"
    assert "Success: no issues found" in done.stdout, done.stdout
