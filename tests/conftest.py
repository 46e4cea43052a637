"""Shared test configuration: hypothesis profiles.

Select one with ``HYPOTHESIS_PROFILE``:

* ``default`` (used when the variable is unset): ~100 examples per property, no deadline, derandomized: the
  suite (and CI) checks the same examples every run; exploring is the ``fuzz`` profile's job.
* ``ci``: 1,000 examples per property, derandomized so a CI failure reproduces.
* ``fuzz``: 100,000 examples per property, for a long fuzzing run
  (``HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/test_properties.py``).

Tests that pin ``max_examples`` themselves keep their own count; the reliability properties in
``tests/test_properties.py`` leave it to the profile.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
