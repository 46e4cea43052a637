"""Shared test configuration: hypothesis profiles.

Select one with ``HYPOTHESIS_PROFILE``:

* ``default`` (used when the variable is unset): ~100 examples per property, no deadline, derandomized: the
  suite (and CI) checks the same examples every run; exploring is the ``fuzz`` profile's job.
* ``ci``: 1,000 examples per property, derandomized so a CI failure reproduces.
* ``fuzz``: 100,000 examples per property, for a long fuzzing run
  (``HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/test_properties.py``).

Tests that pin ``max_examples`` themselves keep their own count; the reliability properties in
``tests/test_properties.py`` leave it to the profile.

The built index of the bundled gazetteer is cached in a directory of the test session (`belnorm.cache`), not in
the user's cache directory: the first test that needs it builds it, later ones and the commands run in
subprocesses load it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from belnorm.cache import CACHE_ENV

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile("default", max_examples=100, deadline=None, derandomize=True)
settings.register_profile("ci", max_examples=1_000, deadline=None, derandomize=True, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "fuzz",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=_SLOW_OK,
    # a long run should not stop at the first shrink-heavy failure's database entry only; print what it finds
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def index_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The session's own cache directory of built indexes, inherited by the subprocesses the tests run."""
    folder = tmp_path_factory.mktemp("belnorm-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv(CACHE_ENV, str(folder))
    yield folder
    patch.undo()
