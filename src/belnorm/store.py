"""Saving and loading a built index, safely: a zip of JSON and integer arrays, never pickle.

A saved index records the belnorm version, a hash of every bundled data file (rule tables, key readings,
given names, paradigms) and a hash of the gazetteer; `load` refuses a file whose members do not match their
recorded SHA-256 (damaged or tampered with), and reports a stale file (other version, other tables, other
gazetteer) as `StaleIndexError` so callers can rebuild. Nothing in the file is executed or unpickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, overload

from belnorm.gazetteer import Entity
from belnorm.index import Index, form_entries
from belnorm.data import VERSION, data_fingerprint

__all__ = [
    "IndexFileError",
    "StaleIndexError",
    "data_fingerprint",
    "gazetteer_fingerprint",
    "load_index",
    "save_index",
    "saved_entities",
]

FORMAT = "belnorm-index"
FORMAT_VERSION = 7


class IndexFileError(ValueError):
    """A saved index cannot be read: not an index, damaged, or tampered with."""


class StaleIndexError(IndexFileError):
    """A saved index is intact but was built by another belnorm version, other data files or another gazetteer."""


def _entity_lines(entities: Iterable[Entity]) -> bytes:
    return b"".join(e.model_dump_json().encode() + b"\n" for e in entities)


def gazetteer_fingerprint(entities: Iterable[Entity]) -> str:
    """SHA-256 of a gazetteer's entities as saved."""
    return hashlib.sha256(_entity_lines(entities)).hexdigest()


def _ints(values: Iterable[int]) -> bytes:
    return array("q", values).tobytes()


def _csr(lists: Iterable[Iterable[int]]) -> tuple[bytes, bytes]:
    offsets, flat = [0], array("q")
    for values in lists:
        flat.extend(values)
        offsets.append(len(flat))
    return _ints(offsets), flat.tobytes()


def save_index(index: Index, path: str | Path) -> None:
    """Write ``index`` to ``path`` (a zip); the file is written next to it and renamed when complete."""
    path = Path(path)
    entities = _entity_lines(index.entities)
    tokens = index.distinct_tokens()
    token_ids = {id(t): i for i, t in enumerate(tokens)}
    name_offsets, name_tokens = _csr([token_ids[id(t)] for t in name.tokens] for name in index.names)
    anchor_offsets, anchor_values = _csr(sorted(names) for names in index.base_anchors)
    pairs = index.pair_postings()
    pair_keys = sorted(pairs)
    pair_offsets, pair_values = _csr(pairs[k] for k in pair_keys)
    members: dict[str, bytes] = {
        "entities.jsonl": entities,
        "entity_ids.json": json.dumps(index.entity_ids, ensure_ascii=False).encode(),
        "entity_kinds.json": json.dumps(index.kinds).encode(),
        "tokens.json": json.dumps(
            [
                [t.text, t.role, t.bases, sorted(t.classes), sorted(t.familiar), sorted(t.initials), t.phonemes]
                for t in tokens
            ],
            ensure_ascii=False,
        ).encode(),
        "names.json": json.dumps([[n.entity, n.text] for n in index.names], ensure_ascii=False).encode(),
        "name_offsets.bin": name_offsets,
        "name_tokens.bin": name_tokens,
        "base_keys.json": json.dumps(index.base_keys).encode(),
        "anchor_offsets.bin": anchor_offsets,
        "anchors.bin": anchor_values,
        "pair_keys.bin": _ints(pair_keys),
        "pair_offsets.bin": pair_offsets,
        "pairs.bin": pair_values,
        "forms.json": json.dumps(
            {k: [x for pair in form_entries(v) for x in pair] for k, v in index.forms.items()}
        ).encode(),
        "neighbours.json": json.dumps(index.neighbours).encode(),
        "undiacritic.json": json.dumps(index.undiacritic).encode(),
    }
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "belnorm": VERSION,
        "data": data_fingerprint(),
        "gazetteer": hashlib.sha256(entities).hexdigest(),
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    # A temporary file of its own next to the target, renamed when complete: a reader never sees half a file,
    # and two processes saving the same cache do not write into one temporary file.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("meta.json", json.dumps(meta, indent=1))
            for name, data in members.items():
                z.writestr(name, data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as z:
            meta = json.loads(z.read("meta.json"))
            if not isinstance(meta, dict) or meta.get("format") != FORMAT:
                raise IndexFileError(f"{path}: not a belnorm index")
            members = {name: z.read(name) for name in meta["members"]}
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, IndexFileError):
            raise
        raise IndexFileError(f"{path}: cannot read a belnorm index: {exc}") from exc
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != meta["members"][name]:
            raise IndexFileError(f"{path}: member {name} is damaged (checksum mismatch)")
    return meta, members


def load_index(path: str | Path, *, gazetteer_hash: str | None = None) -> Index:
    """Read an index saved by `save_index`; raises `IndexFileError` or `StaleIndexError`."""
    path = Path(path)
    meta, m = _read(path)
    if meta.get("format_version") != FORMAT_VERSION or meta.get("belnorm") != VERSION:
        raise StaleIndexError(f"{path}: built by belnorm {meta.get('belnorm')}, this is {VERSION}")
    if meta.get("data") != data_fingerprint():
        raise StaleIndexError(f"{path}: built with other rule tables or name data")
    if gazetteer_hash is not None and meta.get("gazetteer") != gazetteer_hash:
        raise StaleIndexError(f"{path}: built from another gazetteer")
    try:
        return _rebuild(m)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise IndexFileError(f"{path}: inconsistent index: {exc}") from exc


def saved_entities(path: str | Path) -> list[Entity]:
    """The entities of an intact saved index, stale or not: what a stale index is rebuilt from.

    Raises `IndexFileError` for a file that is not an index or is damaged."""
    path = Path(path)
    _, members = _read(path)
    try:
        return [Entity.model_validate_json(line) for line in members["entities.jsonl"].splitlines() if line]
    except (KeyError, ValueError) as exc:
        raise IndexFileError(f"{path}: cannot read the saved entities: {exc}") from exc


class _LazyEntities(Sequence[Entity]):
    """Entities of a loaded index, parsed (and validated) only when one is asked for: a match needs one
    entity, not all hundred thousand."""

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines
        self._parsed: dict[int, Entity] = {}

    def __len__(self) -> int:
        return len(self._lines)

    @property
    def parsed(self) -> frozenset[int]:
        """The positions of the entities parsed so far (loading parses none)."""
        return frozenset(self._parsed)

    @overload
    def __getitem__(self, i: int) -> Entity: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entity]: ...
    def __getitem__(self, i: int | slice) -> Entity | list[Entity]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        entity = self._parsed.get(i)
        if entity is None:
            entity = self._parsed[i] = Entity.model_validate_json(self._lines[i])
        return entity


def _array(data: bytes) -> array:
    out = array("q")
    out.frombytes(data)
    return out


def _lists(offsets_data: bytes, values_data: bytes, bound: int) -> list[array]:
    """The lists a `_csr` pair of arrays holds; every value must be in ``range(bound)``."""
    offsets, values = _array(offsets_data), _array(values_data)
    if offsets and (offsets[0] != 0 or offsets[-1] != len(values)):
        raise ValueError("offsets do not fit their values")
    if values and (min(values) < 0 or max(values) >= bound):
        raise ValueError("a posting points outside the name list")
    return [values[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)]


def _mapping(m: dict[str, bytes], member: str) -> dict[str, list[int]]:
    """A JSON member that maps keys to lists of ints."""
    value = json.loads(m[member])
    if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
        raise ValueError(f"{member} is not a mapping of keys to lists")
    return value


def _rebuild(m: dict[str, bytes]) -> Index:
    entity_ids = json.loads(m["entity_ids.json"])
    offsets, values = _array(m["name_offsets.bin"]), _array(m["name_tokens.bin"])
    names = [
        (entity, text, values[offsets[i] : offsets[i + 1]]) for i, (entity, text) in enumerate(json.loads(m["names.json"]))
    ]
    base_keys = json.loads(m["base_keys.json"])
    anchors = _lists(m["anchor_offsets.bin"], m["anchors.bin"], len(names))
    pair_keys = _array(m["pair_keys.bin"])
    pairs = _lists(m["pair_offsets.bin"], m["pairs.bin"], len(names))
    if len(anchors) != len(base_keys) or len(pairs) != len(pair_keys) or min(pair_keys, default=0) < 0:
        raise ValueError("postings do not fit the keys")
    return Index.restore(
        entities=_LazyEntities(m["entities.jsonl"].split(b"\n")[: len(entity_ids)]),
        entity_ids=entity_ids,
        kinds=json.loads(m["entity_kinds.json"]),
        base_keys=base_keys,
        forms=json.loads(m["forms.json"]),
        neighbours=_mapping(m, "neighbours.json"),
        undiacritic=_mapping(m, "undiacritic.json"),
        tokens=json.loads(m["tokens.json"]),
        names=names,
        anchor_postings=anchors,
        pair_postings=dict(zip(pair_keys, pairs)),
    )
