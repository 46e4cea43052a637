"""Where the bundled data lives, and what it adds up to.

Every module that reads a data file (rule tables, key readings, names, inflection, the gazetteer) finds it
with `data_path`; saved indexes remember `data_fingerprint` so that an index built from other data is refused.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

__all__ = ["DataError", "data_fingerprint", "data_path"]

#: the folders whose files decide what an index holds (the gazetteer is fingerprinted as entities, not files)
INDEXED_FOLDERS = ("transliteration_tables", "keys", "names")


class DataError(ValueError):
    """A bundled or user data file is malformed; the message names the file and the place."""


def data_path(*parts: str) -> Path:
    """Where a bundled data file lives: inside the installed package, or in the source tree's ``data/``."""
    packaged = resources.files("belnorm").joinpath("data", *parts)
    if packaged.is_file() or packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2].joinpath("data", *parts)


def data_fingerprint() -> str:
    """SHA-256 over every bundled data file the index depends on (tables, key readings, names)."""
    digest = hashlib.sha256()
    for folder in INDEXED_FOLDERS:
        for path in sorted(data_path(folder).glob("*")):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
