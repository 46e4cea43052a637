"""Saved indexes (`belnorm.store`, `Normalizer.save/load/cached`): a loaded index answers exactly like the one
that was built, the file is JSON and integer arrays only (no pickle), damage is an `IndexFileError` naming the
member, and a file from another version, other data or another gazetteer is a `StaleIndexError`.

Files are rewritten member by member in the tests (`_rewrite`), so each case breaks exactly one check.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

import belnorm
from belnorm import Entity, Gazetteer, Normalizer, Options
from belnorm.store import IndexFileError, StaleIndexError, data_fingerprint, gazetteer_fingerprint, load_index
from belnorm.tables import load_table, table_names

#: every scheme that writes Belarusian Cyrillic in Latin letters, and those that write Russian Cyrillic
BE_SCHEMES = tuple(
    s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language in ("be", "any")
)
RU_SCHEMES = tuple(s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language == "ru")

TEXTS = (
    "Аляксандр Лукашэнка сустрэўся ў Мінску з Уладзімірам Пуціным.",
    "Sviatlana Tsikhanouskaya spoke in Vilnius; Łukašenka stayed in Minsk and Hrodna.",
    "Ціханоўская і Бабарыка; Лукашенко в Могилёве. Віцебск, Гомель, Brest.",
    "Nothing to see here, only Smith and Jones in London.",
)

SMALL = Gazetteer(
    [
        Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка", "Alexander Lukashenko"]),
        Entity(id="Q2", kind="person", names=["Святлана Ціханоўская"]),
        Entity(id="Q3", kind="place", names=["Мінск", "Менск"]),
        Entity(id="Q4", kind="org", names=["Беларуская асацыяцыя журналістаў"]),
    ]
)
SMALL_QUERIES = ("Łukašenka", "Лукашенко", "Tsikhanouskaya", "Minsk", "Мінску", "Qwertyuiop", "Belaruskaja asacyjacyja žurnalistaŭ")


# --------------------------------------------------------------------------------------------- helpers
def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _write_members(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def _rewrite(
    src: Path,
    dst: Path,
    *,
    change: dict[str, bytes | None] | None = None,
    meta: Callable[[dict], None] | None = None,
    rehash: bool = False,
) -> Path:
    """Copy a saved index, replacing (or dropping, for None) members and editing meta.json; with ``rehash`` the
    recorded SHA-256 of each changed member is recomputed, so the checksum check passes and a later one fails."""
    members = _members(src)
    info = json.loads(members["meta.json"])
    for name, data in (change or {}).items():
        if data is None:
            members.pop(name, None)
            if rehash:
                info["members"].pop(name, None)
        else:
            members[name] = data
            if rehash:
                info["members"][name] = hashlib.sha256(data).hexdigest()
    if meta is not None:
        meta(info)
    members["meta.json"] = json.dumps(info, indent=1).encode()
    _write_members(dst, members)
    return dst


def _flip(data: bytes, position: int) -> bytes:
    out = bytearray(data)
    out[position] ^= 0x5A
    return bytes(out)


def _answers(norm: Normalizer, queries: list[str]) -> list[tuple]:
    return [
        None if m is None else (m.entity, m.score, m.matched_name, m.scheme, m.explanation) for m in norm.match_many(queries)
    ]


def _queries() -> list[str]:
    """A few hundred queries from the bundled names: Belarusian names in every Belarusian scheme, Russian names
    in the Russian schemes, plus the registered Latin names and a few that name nothing."""
    out: list[str] = []
    for position, entity in enumerate(Gazetteer.default()):
        if position % 4:
            continue
        be, *rest = entity.names
        out.append(be)
        out.extend(belnorm.transliterate(be, s) for s in BE_SCHEMES[position % 3 :: 3])
        ru = next((n for n in rest if any(c in n for c in "иыъщ") and any("\u0400" <= c <= "\u04ff" for c in n)), None)
        if ru:
            out.append(belnorm.transliterate(ru, RU_SCHEMES[position % len(RU_SCHEMES)]))
        out.extend(n for n in rest if n.isascii())
    out.extend(["Qwertyuiop", "John Smith", "Іван Іваноў", ""])
    return list(dict.fromkeys(out))


def _assert_same_index(built, loaded) -> None:
    assert loaded.entity_ids == built.entity_ids
    assert loaded.kinds == built.kinds
    assert list(loaded.entities) == list(built.entities)
    assert loaded.base_keys == built.base_keys
    assert loaded.base_anchors == built.base_anchors
    assert loaded.partners == built.partners
    assert loaded.class_keys == built.class_keys
    assert loaded.forms == built.forms
    assert loaded.neighbours == built.neighbours
    assert loaded.undiacritic == built.undiacritic
    assert loaded.distinct_tokens() == built.distinct_tokens()
    assert loaded.names == built.names
    # tokens are shared between names in the built index; they must be shared the same way after loading
    shared = {id(t) for n in built.names for t in n.tokens}
    assert len({id(t) for n in loaded.names for t in n.tokens}) == len(shared)


# --------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def built() -> Normalizer:
    return Normalizer.default()


@pytest.fixture(scope="module")
def saved(built: Normalizer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "default.belnorm"
    built.save(path)
    return path


@pytest.fixture(scope="module")
def queries() -> list[str]:
    return _queries()


@pytest.fixture(scope="module")
def small_saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "small.belnorm"
    Normalizer(SMALL).save(path)
    return path


# --------------------------------------------------------------------------------------------- round trip
def test_loaded_answers_like_built(built: Normalizer, saved: Path, queries: list[str]) -> None:
    assert len(queries) >= 300
    loaded = Normalizer.load(saved)
    expected = _answers(built.with_options(), queries)
    assert sum(a is not None for a in expected) >= 250  # the queries mostly name something
    assert _answers(loaded, queries) == expected
    assert [loaded.match(q) for q in queries[:50]] == [built.match(q) for q in queries[:50]]


def test_loaded_finds_like_built(built: Normalizer, saved: Path) -> None:
    loaded = Normalizer.load(saved)
    for text in TEXTS:
        assert loaded.find(text) == built.find(text), text
    assert sum(len(built.find(t)) for t in TEXTS) >= 8


def test_loaded_index_structures_are_identical(built: Normalizer, saved: Path) -> None:
    _assert_same_index(built.index, Normalizer.load(saved).index)


def test_resaving_a_loaded_index_gives_the_same_members(saved: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.belnorm"
    Normalizer.load(saved).save(again)
    assert _members(again) == _members(saved)


def test_options_apply_to_a_loaded_index(saved: Path) -> None:
    strict = Normalizer.load(saved, options=Options(score_cutoff=99))
    assert strict.options.score_cutoff == 99
    assert strict.match("Tsikhanouskaya") is None  # surname only: 90
    assert Normalizer.load(saved).match("Tsikhanouskaya").entity.id == "person:tsikhanouskaya-sviatlana"


def test_loaded_gazetteer_and_explain(built: Normalizer, saved: Path) -> None:
    loaded = Normalizer.load(saved)
    gaz = loaded.gazetteer
    assert [e.id for e in gaz] == [e.id for e in built.gazetteer]
    assert gaz["place:minsk"] == built.gazetteer["place:minsk"]
    assert loaded.gazetteer is gaz  # made once
    for query in ("Łukašenka", "Qwertyuiop", "Мінску"):
        assert loaded.explain(query) == built.explain(query)
    assert loaded.explain("Łukašenka").match.entity.id == "person:lukashenka-aliaksandr"


def test_entities_are_parsed_lazily(saved: Path) -> None:
    loaded = Normalizer.load(saved)
    entities = loaded.index.entities
    assert len(entities) == len(Gazetteer.default()) + len(Gazetteer.namesakes_abroad())
    assert entities.parsed == frozenset()  # nothing parsed by loading
    matches = [loaded.match(q) for q in ("Łukašenka", "Мінск", "Tsikhanouskaya", "Qwertyuiop")]
    positions = {loaded.engine.position(m.entity.id) for m in matches if m}
    assert len(positions) == 3
    assert entities.parsed == positions  # only the matched entities were parsed
    some = positions.pop()
    assert entities[some] is entities[some]  # parsed once, then kept
    with pytest.raises(IndexError):
        entities[len(entities)]


def test_a_loaded_normalizer_pickles(saved: Path, queries: list[str]) -> None:
    loaded = Normalizer.load(saved)
    loaded.match("Łukašenka")
    clone = pickle.loads(pickle.dumps(loaded))
    assert _answers(clone, queries[:100]) == _answers(loaded, queries[:100])


# --------------------------------------------------------------------------------------------- no pickle
def test_file_is_json_and_int_arrays_only(saved: Path) -> None:
    members = _members(saved)
    assert "meta.json" in members
    meta = json.loads(members["meta.json"])
    assert set(members) == {"meta.json", *meta["members"]}
    for name, data in members.items():
        assert name.endswith((".json", ".jsonl", ".bin")), name
        assert not data.startswith(b"\x80"), f"{name} looks like a pickle"
        assert b"cbuiltins" not in data and b"c__builtin__" not in data, name
        if name.endswith(".json"):
            json.loads(data)
        elif name.endswith(".jsonl"):
            for line in data.splitlines():
                json.loads(line)
        else:
            assert len(data) % 8 == 0, f"{name} is not an array of 64-bit integers"


def test_loading_never_unpickles(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pickle used while loading an index")

    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    assert Normalizer.load(saved).match("Łukašenka").entity.id == "person:lukashenka-aliaksandr"


# --------------------------------------------------------------------------------------------- damage
MEMBERS = (
    "entities.jsonl",
    "entity_ids.json",
    "entity_kinds.json",
    "tokens.json",
    "names.json",
    "name_offsets.bin",
    "name_tokens.bin",
    "base_keys.json",
    "anchor_offsets.bin",
    "anchors.bin",
    "pair_keys.bin",
    "pair_offsets.bin",
    "pairs.bin",
    "forms.json",
    "neighbours.json",
    "undiacritic.json",
)


def test_members_are_the_expected_ones(saved: Path) -> None:
    assert set(json.loads(_members(saved)["meta.json"])["members"]) == set(MEMBERS)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
@pytest.mark.parametrize("member", MEMBERS)
def test_flipped_byte_in_a_member_names_it(small_saved: Path, tmp_path: Path, member: str, where: str) -> None:
    data = _members(small_saved)[member]
    position = {"start": 0, "middle": len(data) // 2, "end": len(data) - 1}[where]
    path = _rewrite(small_saved, tmp_path / "damaged.belnorm", change={member: _flip(data, position)})
    with pytest.raises(IndexFileError, match=rf"member {member}\b.*damaged") as info:
        Normalizer.load(path)
    assert not isinstance(info.value, StaleIndexError)
    with pytest.raises(IndexFileError, match=member):
        load_index(path)


@pytest.mark.parametrize("member", MEMBERS)
def test_flipped_byte_in_a_member_of_the_bundled_index_names_it(saved: Path, tmp_path: Path, member: str) -> None:
    data = _members(saved)[member]
    path = _rewrite(saved, tmp_path / "damaged.belnorm", change={member: _flip(data, len(data) // 3)})
    with pytest.raises(IndexFileError, match=rf"member {member}\b"):
        Normalizer.load(path)


def _deflate_positions(path: Path, per_member: int = 4) -> list[tuple[str, int]]:
    """Offsets into the file of a few bytes inside each member's compressed data."""
    raw = path.read_bytes()
    out = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            start = info.header_offset + 30 + int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
            start += int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
            size = info.compress_size
            out.extend((info.filename, start + size * k // (per_member + 1)) for k in range(1, per_member + 1))
    return out


def _same_members(path: Path, original: dict[str, bytes]) -> bool:
    """True when a damaged file still decompresses to the original members (a flipped bit that deflate never
    reads, such as the code length of an unused symbol, leaves the data intact)."""
    try:
        return _members(path) == original
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return False


def test_flipped_byte_in_the_compressed_file_is_an_index_file_error(saved: Path, tmp_path: Path) -> None:
    raw = saved.read_bytes()
    original = _members(saved)
    damaged = tmp_path / "damaged.belnorm"
    harmless = 0
    for member, position in _deflate_positions(saved):
        damaged.write_bytes(_flip(raw, position))
        if _same_members(damaged, original):
            harmless += 1
            load_index(damaged)  # intact data loads
            continue
        with pytest.raises(IndexFileError):
            load_index(damaged)
    assert harmless <= 2, f"{harmless} flips changed nothing: the positions do not hit the compressed data"


def test_cached_rebuilds_a_file_with_a_damaged_deflate_stream(small_saved: Path, tmp_path: Path) -> None:
    raw = small_saved.read_bytes()
    path = tmp_path / "small.belnorm"
    positions = _deflate_positions(small_saved)
    for member, position in positions:
        path.write_bytes(_flip(raw, position))
        norm = Normalizer.cached(SMALL, path)
        assert norm.match("Łukašenka").entity.id == "Q1", member
        assert Normalizer.load(path, gazetteer=SMALL).match("Minsk").entity.id == "Q3"


def test_a_meta_json_byte_flip_never_loads_a_wrong_index(small_saved: Path, tmp_path: Path) -> None:
    """meta.json has no checksum of its own: any flipped byte must be an error or change nothing that matters."""
    meta = _members(small_saved)["meta.json"]
    expected = _answers(Normalizer.load(small_saved), list(SMALL_QUERIES))
    path = tmp_path / "meta.belnorm"
    outcomes = {"error": 0, "same": 0}
    for position in range(0, len(meta), 7):
        _rewrite(small_saved, path)
        members = _members(path)
        members["meta.json"] = _flip(meta, position)
        _write_members(path, members)
        try:
            norm = Normalizer.load(path)
        except IndexFileError:
            outcomes["error"] += 1
            continue
        assert _answers(norm, list(SMALL_QUERIES)) == expected, position
        outcomes["same"] += 1
    assert outcomes["error"] > outcomes["same"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"not a zip file at all\n", id="text"),
        pytest.param(b"PK\x03\x04" + b"\0" * 40, id="zip-magic-only"),
        pytest.param(json.dumps({"format": "belnorm-index"}).encode(), id="bare-meta"),
    ],
)
def test_not_an_index_is_an_index_file_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.belnorm"
    path.write_bytes(content)
    with pytest.raises(IndexFileError) as info:
        Normalizer.load(path)
    assert not isinstance(info.value, StaleIndexError)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("fraction", [0.01, 0.3, 0.5, 0.9, 0.999])
def test_truncated_file_is_an_index_file_error(saved: Path, tmp_path: Path, fraction: float) -> None:
    raw = saved.read_bytes()
    path = tmp_path / "truncated.belnorm"
    path.write_bytes(raw[: int(len(raw) * fraction)])
    with pytest.raises(IndexFileError):
        Normalizer.load(path)


def test_missing_file_and_directory_are_index_file_errors(tmp_path: Path) -> None:
    with pytest.raises(IndexFileError):
        Normalizer.load(tmp_path / "nowhere.belnorm")
    with pytest.raises(IndexFileError):
        Normalizer.load(tmp_path)


def test_zip_without_meta_or_with_foreign_meta(small_saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.belnorm"
    members = _members(small_saved)
    _write_members(path, {k: v for k, v in members.items() if k != "meta.json"})
    with pytest.raises(IndexFileError, match="cannot read"):
        Normalizer.load(path)
    for meta in ([1, 2], {"format": "something-else"}, {"format": "belnorm-index"}, "belnorm-index"):
        _write_members(path, {**members, "meta.json": json.dumps(meta).encode()})
        with pytest.raises(IndexFileError) as info:
            Normalizer.load(path)
        assert not isinstance(info.value, StaleIndexError)


def test_member_listed_but_missing_from_the_zip(small_saved: Path, tmp_path: Path) -> None:
    path = _rewrite(small_saved, tmp_path / "x.belnorm", change={"forms.json": None})
    with pytest.raises(IndexFileError, match="forms.json"):
        Normalizer.load(path)


@pytest.mark.parametrize(
    ("member", "data"),
    [
        pytest.param("forms.json", None, id="member-dropped-from-meta-too"),
        pytest.param("pairs.bin", b"\x01\x02\x03", id="array-not-multiple-of-8"),
        pytest.param("anchors.bin", (10**9).to_bytes(8, "little") * 4, id="posting-past-name-list"),
        pytest.param("anchors.bin", (-1).to_bytes(8, "little", signed=True), id="negative-posting"),
        pytest.param("pair_keys.bin", b"", id="pairs-without-keys"),
        pytest.param("pair_keys.bin", (-1).to_bytes(8, "little", signed=True) * 4000, id="negative-pair-key"),
        pytest.param("names.json", json.dumps([[10**6, "X"]]).encode(), id="name-past-entity-list"),
        pytest.param("tokens.json", b"[1, 2]", id="token-rows-not-lists"),
        pytest.param("tokens.json", b"{", id="invalid-json"),
        pytest.param("neighbours.json", b'[1]', id="neighbours-not-a-mapping"),
        pytest.param("name_tokens.bin", (10**9).to_bytes(8, "little") * 10000, id="token-index-out-of-range"),
        pytest.param("entity_ids.json", b"5", id="ids-not-a-list"),
        pytest.param("forms.json", b'{"abc": [1]}', id="odd-form-pair"),
    ],
)
def test_tampered_member_with_recomputed_hash_is_an_index_file_error(
    small_saved: Path, tmp_path: Path, member: str, data: bytes | None
) -> None:
    """A consistent-looking file (checksums recomputed) whose content does not fit together fails to load with
    IndexFileError, never with an unrelated exception."""
    path = _rewrite(small_saved, tmp_path / "x.belnorm", change={member: data}, rehash=True)
    with pytest.raises(IndexFileError) as info:
        Normalizer.load(path)
    assert not isinstance(info.value, StaleIndexError)


# --------------------------------------------------------------------------------------------- staleness
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("belnorm", "0.0.0-other", "0.0.0-other"),
        ("belnorm", None, "belnorm"),
        ("format_version", 999, "belnorm"),
        ("data", "0" * 64, "rule tables"),
    ],
)
def test_stale_meta_is_a_stale_index_error(
    small_saved: Path, tmp_path: Path, field: str, value: object, message: str
) -> None:
    def edit(meta: dict) -> None:
        meta[field] = value

    path = _rewrite(small_saved, tmp_path / "stale.belnorm", meta=edit)
    with pytest.raises(StaleIndexError, match=message):
        Normalizer.load(path)
    with pytest.raises(IndexFileError):  # a StaleIndexError is an IndexFileError, so callers may catch either
        Normalizer.load(path)


def test_meta_records_version_and_fingerprints(small_saved: Path) -> None:
    meta = json.loads(_members(small_saved)["meta.json"])
    assert meta["belnorm"] == belnorm.__version__
    assert meta["data"] == data_fingerprint()
    assert meta["gazetteer"] == gazetteer_fingerprint(SMALL)
    for name, data in _members(small_saved).items():
        if name != "meta.json":
            assert meta["members"][name] == hashlib.sha256(data).hexdigest()


def test_load_with_another_gazetteer_is_stale(small_saved: Path) -> None:
    other = SMALL.merge([Entity(id="Q5", kind="place", names=["Гродна"])])
    with pytest.raises(StaleIndexError, match="another gazetteer"):
        Normalizer.load(small_saved, gazetteer=other)
    renamed = Gazetteer(e.model_copy(update={"label": "x"}) if e.id == "Q1" else e for e in SMALL)
    with pytest.raises(StaleIndexError):
        Normalizer.load(small_saved, gazetteer=renamed)
    reordered = Gazetteer(reversed(list(SMALL)))
    with pytest.raises(StaleIndexError):  # entity positions are part of the index
        Normalizer.load(small_saved, gazetteer=reordered)
    # an equal gazetteer built separately is fresh
    same = Gazetteer(Entity.model_validate(e.model_dump()) for e in SMALL)
    assert Normalizer.load(small_saved, gazetteer=same).match("Łukašenka").entity.id == "Q1"


# --------------------------------------------------------------------------------------------- cached()
class _Builds:
    """Counts calls of `belnorm.matcher.build_index`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import belnorm.matcher as matcher

        self.calls = 0
        real = matcher.build_index

        def counting(entities):  # type: ignore[no-untyped-def]
            self.calls += 1
            return real(entities)

        monkeypatch.setattr(matcher, "build_index", counting)


def _no_partial(directory: Path) -> None:
    assert not [p.name for p in directory.iterdir() if p.name.endswith(".partial")]


def _forbid_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(entities):  # type: ignore[no-untyped-def]
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr("belnorm.matcher.build_index", refuse)


def test_cached_builds_and_saves_when_missing_then_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache" / "small.belnorm"
    path.parent.mkdir()
    builds = _Builds(monkeypatch)
    first = Normalizer.cached(SMALL, path)
    assert builds.calls == 1 and path.is_file()
    _no_partial(path.parent)
    assert first.gazetteer is SMALL
    mtime = path.stat().st_mtime_ns
    _forbid_build(monkeypatch)
    second = Normalizer.cached(SMALL, path)
    assert path.stat().st_mtime_ns == mtime  # loaded, not rewritten
    assert _answers(second, list(SMALL_QUERIES)) == _answers(first, list(SMALL_QUERIES))
    assert second.match("Łukašenka").entity.id == "Q1"
    _no_partial(path.parent)


def test_cached_passes_options(tmp_path: Path) -> None:
    path = tmp_path / "small.belnorm"
    assert Normalizer.cached(SMALL, path, options=Options(score_cutoff=99)).options.score_cutoff == 99
    assert Normalizer.cached(SMALL, path, options=Options(score_cutoff=98)).options.score_cutoff == 98


def test_cached_rebuilds_for_another_gazetteer(small_saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "small.belnorm"
    path.write_bytes(small_saved.read_bytes())
    other = SMALL.merge([Entity(id="Q5", kind="place", names=["Гродна"])])
    builds = _Builds(monkeypatch)
    norm = Normalizer.cached(other, path)
    assert builds.calls == 1
    assert norm.match("Hrodna").entity.id == "Q5"
    assert Normalizer.load(path, gazetteer=other).match("Hrodna").entity.id == "Q5"  # the file was replaced
    _no_partial(tmp_path)


@pytest.mark.parametrize("damage", ["version", "data", "member", "garbage", "empty"])
def test_cached_rebuilds_a_stale_or_damaged_file(
    small_saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    path = tmp_path / "small.belnorm"
    if damage in ("version", "data"):
        field = {"version": "belnorm", "data": "data"}[damage]
        _rewrite(small_saved, path, meta=lambda meta: meta.__setitem__(field, "other"))
    elif damage == "member":
        data = _members(small_saved)["forms.json"]
        _rewrite(small_saved, path, change={"forms.json": _flip(data, len(data) // 2)})
    else:
        path.write_bytes(b"" if damage == "empty" else b"garbage" * 100)
    with pytest.raises(IndexFileError):
        Normalizer.load(path, gazetteer=SMALL)
    builds = _Builds(monkeypatch)
    norm = Normalizer.cached(SMALL, path)
    assert builds.calls == 1
    assert norm.match("Łukašenka").entity.id == "Q1"
    fresh = Normalizer.load(path, gazetteer=SMALL)  # repaired on disk
    assert _answers(fresh, list(SMALL_QUERIES)) == _answers(norm, list(SMALL_QUERIES))
    _no_partial(tmp_path)


def test_save_replaces_an_existing_file_without_leftovers(small_saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "small.belnorm"
    path.write_bytes(b"old")
    Normalizer.load(small_saved).save(path)
    assert Normalizer.load(path, gazetteer=SMALL).match("Minsk").entity.id == "Q3"
    _no_partial(tmp_path)


def test_failed_save_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    norm = Normalizer(SMALL)
    real = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def disk_full(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    path = tmp_path / "small.belnorm"
    with pytest.raises(OSError):
        norm.save(path)
    assert not path.exists()
    _no_partial(tmp_path)


def test_concurrent_saves_of_one_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    norm = Normalizer(SMALL)
    path = tmp_path / "small.belnorm"
    real = zipfile.ZipFile.writestr
    first_started, second_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def writestr(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "first" and not first_started.is_set():
            first_started.set()
            second_done.wait(timeout=30)  # the second save runs entirely while the first is half-way
        return real(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)

    def save() -> None:
        try:
            norm.save(path)
        except BaseException as exc:
            errors.append(exc)

    first = threading.Thread(target=save, name="first")
    first.start()
    assert first_started.wait(timeout=30)
    save()
    second_done.set()
    first.join(timeout=30)
    assert not errors, errors
    assert Normalizer.load(path, gazetteer=SMALL).match("Łukašenka").entity.id == "Q1"
    _no_partial(tmp_path)
