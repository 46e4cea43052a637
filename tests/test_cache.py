"""The built index of the bundled gazetteer is cached in the user's cache directory (`belnorm.cache`): built once,
loaded by later processes, rebuilt when what it is made from changes, and never in the way when the cache cannot
be used. The commands run in subprocesses, each with a cache directory of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import belnorm
from belnorm import cache

SRC = str(Path(belnorm.__file__).resolve().parents[1])

# builds are counted (and can be forbidden) in `belnorm.matcher.build_index`
_PROBE = """
import os, sys
from belnorm import matcher
if os.environ.get("FORBID_BUILD"):
    def refuse(entities):
        raise AssertionError("the index was built, not loaded from the cache")
    matcher.build_index = refuse
norm = matcher.Normalizer.default()
print(norm.match("Łukašenka").entity.id, len(norm.index.entity_ids), len(norm.gazetteer))
"""


def _env(folder: Path | str, **more: str) -> dict[str, str]:
    env = {**os.environ, cache.CACHE_ENV: str(folder), "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    env.update(more)
    return env


def _probe(folder: Path | str, **more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300,
                          env=_env(folder, **more))


def test_built_once_then_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = _probe(folder)
    assert first.returncode == 0, first.stderr
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.startswith("default-index-") and files[0].stat().st_mode & 0o077 == 0
    second = _probe(folder, FORBID_BUILD="1")  # loaded: building would fail
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout and second.stdout.startswith("person:lukashenka-aliaksandr ")
    assert list(folder.iterdir()) == files


def test_a_damaged_or_foreign_cache_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert _probe(folder).returncode == 0
    (path,) = folder.iterdir()
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])  # cut short
    assert _probe(folder, FORBID_BUILD="1").returncode != 0  # not used
    assert _probe(folder).returncode == 0 and path.read_bytes() != good[: len(good) // 2]  # rebuilt, rewritten
    path.chmod(0o666)  # anyone may write it: not trusted
    assert _probe(folder, FORBID_BUILD="1").returncode != 0
    path.chmod(0o600)
    assert _probe(folder, FORBID_BUILD="1").returncode == 0


def test_no_cache_where_it_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    for folder in (blocker / "cache", ""):  # a directory that cannot be made; an empty variable turns it off
        done = _probe(folder)
        assert done.returncode == 0 and done.stderr == "" and done.stdout.startswith("person:lukashenka-aliaksandr")
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_the_name_follows_what_the_index_is_made_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "table.tsv").write_text("a\tb\n", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "data_path", lambda *parts: data.joinpath(*parts))
    names = []
    for change in (lambda: None, lambda: (data / "table.tsv").write_text("a\tc\td\n", encoding="utf-8"),
                   lambda: monkeypatch.setattr(cache, "VERSION", "9.9.9")):
        change()
        cache._fingerprint.cache_clear()
        path = cache.default_index_path()
        assert path is not None and path.parent == tmp_path / "cache"
        names.append(path.name)
    cache._fingerprint.cache_clear()
    assert len(set(names)) == 3 and names[2].startswith("default-index-9.9.9-")
    monkeypatch.setenv(cache.CACHE_ENV, "")
    assert cache.default_index_path() is None and not cache.default_index_cached()


def test_old_caches_are_cleared(tmp_path: Path) -> None:
    for i in range(cache.KEEP + 3):
        path = tmp_path / f"default-index-0.0.{i}-x.pickle"
        path.write_bytes(b"")
        os.utime(path, (1000 + i, 1000 + i))
    (tmp_path / "other.txt").write_text("kept", encoding="utf-8")
    cache._clear_old(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["other.txt", *(f"default-index-0.0.{i}-x.pickle" for i in range(3, cache.KEEP + 3))]
    )
