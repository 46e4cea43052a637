"""How long a one-name `belnorm match` takes to start against a one-word `belnorm translit`: issue 18 asked that the
first cost at most twice the second, with the bundled index loaded from the cache rather than built.

    .venv/bin/python benchmarks/startup_bench.py [--runs 9]

Processor time of each child process (best of --runs, the two commands taking turns so that a burst of other load hits
both), with a cache directory of its own that the first call fills. `tests/test_cache.py` checks that the index is
loaded, not built; how long that takes belongs here, not in the suite.

A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from belnorm import cache

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _cpu(*args: str, env: dict[str, str]) -> float:
    """Processor time of one `belnorm` child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "belnorm", *args], capture_output=True, timeout=300, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, cache.CACHE_ENV: folder, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
        _cpu("match", "Мінск", env=env)  # builds and caches the index
        runs = [(_cpu("match", "Мінск", env=env), _cpu("translit", "Мінск", env=env)) for _ in range(args.runs)]
    match = min(m for m, _ in runs)
    translit = min(t for _, t in runs)
    print(f"match Мінск {match:.3f} s, translit Мінск {translit:.3f} s, ratio {match / translit:.2f} (best of {args.runs})")


if __name__ == "__main__":
    main()
