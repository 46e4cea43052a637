"""The built index of the bundled gazetteer, cached in the user's cache directory, so that a process (one
``belnorm match Мінск``, a notebook, a worker) loads it in about a tenth of a second instead of building it.

The cache is one file in ``platformdirs.user_cache_dir("belnorm")`` (``~/.cache/belnorm`` on Linux), or in
``$BELNORM_CACHE_DIR`` (set it empty to turn the cache off). Its name holds a hash of everything the index is
made from: belnorm's version and source code, every bundled data file and the Python version; a change of any of
them makes a new file, and only the most recent few are kept. It is written to a temporary file and renamed, so a
reader never sees half of it, and two processes may write it at once.

Unlike `belnorm.store` (a safe format for index files that are exchanged), the cache is a pickle: loading it is
several times faster. It is private to the user: it is read only from a directory and file that the user owns and
nobody else may write (what the user could run anyway), and never from a path a caller gives. Any problem (a
directory that cannot be written, a damaged or foreign file) only means the index is built, as without a cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from belnorm import names
from belnorm.data import VERSION, data_path
from belnorm.index import Index

__all__ = ["CACHE_ENV", "KEEP", "cache_dir", "default_index_cached", "default_index_path", "load_default_index",
           "save_default_index"]

#: the environment variable that moves the cache (empty: no cache)
CACHE_ENV = "BELNORM_CACHE_DIR"
#: cached indexes kept (of other versions or checkouts), the most recently used first
KEEP = 4
_PREFIX = "default-index-"
_SUFFIX = ".pickle"


def cache_dir() -> Path | None:
    """Where the cache lives: ``$BELNORM_CACHE_DIR``, else the platform's user cache directory; None when the
    variable is set empty."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    try:
        import platformdirs
    except ImportError:  # a core dependency; without it, the XDG default
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return Path(base) / "belnorm"
    return Path(platformdirs.user_cache_dir("belnorm", appauthor=False))


@functools.cache
def _fingerprint() -> str:
    """SHA-256 over what the default index is made from: version, Python and pydantic, and the name, size and
    modification time of every source and data file (an edited file is a new cache; reading them all would cost
    more)."""
    import pydantic  # the entities are pydantic models: another pydantic may pickle them otherwise

    digest = hashlib.sha256(f"{VERSION}|{sys.version_info[:2]}|{pydantic.VERSION}|{pickle.HIGHEST_PROTOCOL}".encode())
    package = Path(__file__).resolve().parent
    for root in (package, data_path()):
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".tsv", ".toml", ".txt", ".csv", ".json", ".jsonl") and path.is_file():
                st = path.stat()
                digest.update(f"{path.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def default_index_path() -> Path | None:
    """The cache file of the default index for this belnorm and its data, or None without a cache directory."""
    folder = cache_dir()
    return None if folder is None else folder / f"{_PREFIX}{VERSION}-{_fingerprint()[:20]}{_SUFFIX}"


def default_index_cached() -> bool:
    """Is there a cached default index to load (rather than one to build)?"""
    path = default_index_path()
    return path is not None and path.is_file()


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (always true where there are no user ids)."""
    if not hasattr(os, "getuid"):
        return True
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def load_default_index() -> Index | None:
    """The cached default index, with the given-name tables it was built with (`belnorm.names.preload`); None
    when there is none, or it cannot be used."""
    path = default_index_path()
    if path is None:
        return None
    try:
        if not (path.is_file() and _private(path.parent) and _private(path)):
            return None
        with path.open("rb") as f:  # the caller pauses the collector (`belnorm.matcher.default_normalizer`)
            saved: Any = pickle.load(f)
        if not isinstance(saved, dict) or saved.get("path") != path.name or not isinstance(saved.get("index"), Index):
            return None
        names.preload(saved["given"], saved["words"])
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept when old caches are cleared
        return saved["index"]
    except Exception:  # noqa: BLE001 - a cache that cannot be read (damaged, foreign) is only a slower start
        return None


def save_default_index(index: Index) -> None:
    """Write the cache of the default index (atomically); silently nothing when it cannot be written."""
    path = default_index_path()
    if path is None:
        return
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent):
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{_PREFIX}", suffix=".partial", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            saved = {"path": path.name, "index": index, "given": names.given_names(), "words": names.name_words()}
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(saved)
        os.replace(tmp, path)
        tmp = None
        _clear_old(path.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _Pickler(pickle.Pickler):
    """Pickles the index's frozen, slotted dataclasses (millions of tokens in a large index) as their slot values:
    the default way re-runs `dataclasses.fields` for each object and made loading the cache twice as slow."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls.__module__.startswith("belnorm.") and dataclasses.is_dataclass(cls) and hasattr(cls, "__slots__"):
            return _restore, (cls, tuple(getattr(obj, name) for name in _slots(cls)))
        return NotImplemented


@functools.cache
def _slots(cls: type) -> tuple[str, ...]:
    return tuple(name for klass in reversed(cls.__mro__) for name in getattr(klass, "__slots__", ()))


def _restore(cls: type, values: tuple[Any, ...]) -> Any:
    """A slotted dataclass from its slot values (frozen ones too), without running ``__init__``."""
    return _restorer(cls)(values)


@functools.cache
def _restorer(cls: type) -> Any:
    """A function that makes one object of ``cls`` from its slot values by calling each slot's descriptor (frozen
    classes too), written out once per class: half the time of a loop over ``object.__setattr__``, for the tens
    of thousands of names and tokens a cached index holds."""
    setters: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = ["def restore(values):", "    obj = new(cls)"]
    for i, name in enumerate(_slots(cls)):
        descriptor = next(klass.__dict__[name] for klass in cls.__mro__ if name in klass.__dict__)
        setters[f"set{i}"] = descriptor.__set__
        lines.append(f"    set{i}(obj, values[{i}])")
    lines.append("    return obj")
    exec("\n".join(lines), setters)  # noqa: S102 - the code is made here from slot positions, not from input
    return setters["restore"]


def _clear_old(folder: Path) -> None:
    """Keep the `KEEP` most recently used cached indexes (other versions, other checkouts)."""
    found = []
    for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
        with contextlib.suppress(OSError):
            found.append((path.stat().st_mtime, path))
    for _, path in sorted(found, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            path.unlink()
