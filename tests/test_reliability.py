"""Hostile inputs (tests/data/hostile/manifest.json) through every public entry point, and the CLI.

Each case runs through `clean`, `detect`, every transliteration scheme, `Normalizer.match` and
`Normalizer.find` (and `python -m belnorm match/find` in a subprocess): no exception, the expected match (an
entity, None, or "anything"), exact find spans. Cases the library gets wrong today are listed under
``known_bugs`` in the manifest (per operation, with the reason) and run as strict xfails, so a fix is noticed.

Memory: a pathological input once took the whole machine (an unbounded typo-neighbour set), so the in-process
checks of big inputs run under an address-space limit (`_memory_cap`): a blow-up becomes a MemoryError and a
failed test, not an OOM kill.

Also here: the bundled-gazetteer loader (`belnorm.sources.bundled.read_bundled`) names the file, the line
and the field of a broken TSV row.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

import belnorm
from belnorm import Normalizer, clean, detect, table_names, transliterate

HERE = Path(__file__).parent
HOSTILE = HERE / "data" / "hostile"
MANIFEST = json.loads((HOSTILE / "manifest.json").read_text(encoding="utf-8"))
REPO = HERE.parent
OPS = ("clean", "detect", "transliterate", "match", "find")
#: address-space cap for the in-process checks of one case (the test process itself uses well under 1 GB)
MEMORY_CAP = 4 * 2**30
#: a watchdog, not a timing assertion: it turns a hang into a failure (timings are the benchmark's business)
WATCHDOG_SECONDS = 60
#: texts this long are "big": the default profile transliterates them in two schemes, not all, and skips their
#: known time/memory bugs (run as strict xfails with HYPOTHESIS_PROFILE=ci or fuzz)
BIG = 100_000
FULL = os.environ.get("HYPOTHESIS_PROFILE", "default") != "default"


def build(recipe: dict) -> str:
    """The text a manifest recipe describes."""
    if "text" in recipe:
        return recipe["text"]
    if "repeat" in recipe:
        return recipe.get("sep", "").join([recipe["repeat"]] * recipe["times"])
    if "concat" in recipe:
        return "".join(build(r) for r in recipe["concat"])
    if "utf8_surrogateescape" in recipe:
        return bytes.fromhex(recipe["utf8_surrogateescape"]).decode("utf-8", "surrogateescape")
    if "file" in recipe:
        return (HOSTILE / recipe["file"]).read_bytes().decode("utf-8", "surrogateescape")
    if "nfd" in recipe:
        return unicodedata.normalize("NFD", build(recipe["nfd"]))
    raise ValueError(f"unknown recipe {recipe!r}")


def case_text(case: dict) -> str:
    return case["text"] if "text" in case else build(case["recipe"])


CASES = {case["id"]: case for case in MANIFEST["cases"]}


def _params() -> Iterator[object]:
    for case_id, case in CASES.items():
        for op in OPS:
            reason = case.get("known_bugs", {}).get(op)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            if reason and not FULL and len(case_text(case)) >= BIG:
                marks = [pytest.mark.skip(reason=f"known slow bug, a strict xfail in the ci/fuzz profiles: {reason}")]
            yield pytest.param(case_id, op, id=f"{case_id}:{op}", marks=marks)


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.default()


@contextlib.contextmanager
def _memory_cap(limit: int = MEMORY_CAP) -> Iterator[None]:
    """An address-space limit and a watchdog around one case (main thread, POSIX)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    new = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (new, hard))

    def _alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"watchdog: still running after {WATCHDOG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, WATCHDOG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _ids(mentions: list) -> list[str]:
    return [m.entity.id for m in mentions]


def test_manifest_is_well_formed() -> None:
    seen = set()
    for case in MANIFEST["cases"]:
        assert case["id"] not in seen, case["id"]
        seen.add(case["id"])
        assert ("text" in case) != ("recipe" in case), case["id"]
        assert set(case) <= {"id", "text", "recipe", "clean", "script", "match", "match_like", "find", "cli", "known_bugs"}
        assert set(case.get("known_bugs", {})) <= set(OPS) | {"cli"}
        case_text(case)  # every recipe builds
    # the corpus covers what issue 8 asks for
    for needed in ("empty", "space", "one_mb_token_cyrillic", "nul_only", "lone_surrogate_only", "rtl_marks_around_name",
                   "combining_flood_alone", "homoglyph_latin_o_in_cyrillic", "apostrophe_right_quote", "dash_en",
                   "emoji_only", "zwj_inside_name", "nfd_cyrillic", "crlf_line", "bom_before_name"):
        assert needed in seen


@pytest.mark.parametrize(("case_id", "op"), list(_params()))
def test_hostile_input(norm: Normalizer, case_id: str, op: str) -> None:
    case = CASES[case_id]
    text = case_text(case)
    with _memory_cap():
        if op == "clean":
            out = clean(text)
            assert clean(out) == out
            if "clean" in case:
                assert out == case["clean"]
        elif op == "detect":
            d = detect(text)
            if "script" in case:
                assert d.script == case["script"]
        elif op == "transliterate":
            schemes = table_names() if FULL or len(text) < BIG else ("lacinka", "bgn")
            for scheme in schemes:
                assert isinstance(transliterate(text, scheme), str)
        elif op == "match":
            m = norm.match(text)
            expected = case.get("match", "any")
            if expected != "any":
                assert (m.entity.id if m else None) == expected
            if "match_like" in case:
                like = norm.match(case["match_like"])
                assert (m.entity.id if m else None) == (like.entity.id if like else None)
        elif op == "find":
            mentions = norm.find(text)
            end = 0
            for mention in mentions:
                assert text[mention.start : mention.end] == mention.text
                assert end <= mention.start < mention.end <= len(text)
                end = mention.end
            expected = case.get("find", "any")
            if expected != "any":
                assert _ids(mentions) == expected


# ----------------------------------------------------------------------------------------------- CLI
def _cli(*args: str, input_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BELNORM_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "belnorm", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        cwd=REPO,
        env=env,
        timeout=120,
    )


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def _cli_cases(surrogates: bool) -> list[dict]:
    return [
        c for c in MANIFEST["cases"]
        if c.get("cli", True) and _has_surrogate(case_text(c)) == surrogates
    ]


def _write_jsonl(path: Path, key: str, cases: list[dict]) -> None:
    # json.dumps escapes lone surrogates as \udcff, which a JSON reader turns back into the same str
    path.write_text("".join(json.dumps({"id": c["id"], key: case_text(c)}) + "\n" for c in cases), encoding="utf-8")


def _cli_rows(tmp_path: Path, command: str, column: str, cases: list[dict]) -> list[dict]:
    """The JSON rows `belnorm COMMAND` writes for the cases given as a JSONL file (their text in ``column``)."""
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, column, cases)
    proc = _cli(command, "-q", "-i", str(src), "-c", column, "-t", "jsonl")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.split("\n") if line.strip()]  # not splitlines: U+2028


def _check_cli_match(tmp_path: Path, norm: Normalizer, cases: list[dict]) -> None:
    rows = _cli_rows(tmp_path, "match", "name", cases)
    assert len(rows) == len(cases), "rows in != rows out"
    for case, row in zip(cases, rows):
        assert row["id"] == case["id"]
        m = norm.match(case_text(case))
        assert row["entity_id"] == (m.entity.id if m else None), case["id"]


def _check_cli_find(tmp_path: Path, norm: Normalizer, cases: list[dict]) -> None:
    rows = _cli_rows(tmp_path, "find", "text", cases)
    assert sorted({r["row"] for r in rows}) == list(range(1, len(cases) + 1)), "every input row is in the output"
    for number, case in enumerate(cases, 1):
        text = case_text(case)
        found = [r for r in rows if r["row"] == number and r["entity_id"] is not None]
        expected = norm.find(text)
        assert [(r["start"], r["end"], r["entity_id"]) for r in found] == [
            (m.start, m.end, m.entity.id) for m in expected
        ], case["id"]
        for r in found:
            # the output is UTF-8: a lone surrogate of the input is written as a replacement character
            assert text[r["start"] : r["end"]].encode("utf-8", "replace").decode() == r["mention"]


def test_cli_match_hostile(tmp_path: Path, norm: Normalizer) -> None:
    _check_cli_match(tmp_path, norm, _cli_cases(surrogates=False))


def test_cli_find_hostile(tmp_path: Path, norm: Normalizer) -> None:
    _check_cli_find(tmp_path, norm, _cli_cases(surrogates=False))


def test_cli_match_hostile_surrogates(tmp_path: Path, norm: Normalizer) -> None:
    _check_cli_match(tmp_path, norm, _cli_cases(surrogates=True))


def test_cli_find_hostile_surrogates(tmp_path: Path, norm: Normalizer) -> None:
    _check_cli_find(tmp_path, norm, _cli_cases(surrogates=True))


def test_cli_argv_with_undecodable_bytes() -> None:
    # what a shell passes for a Windows-1251 or Latin-1 argument: Python decodes argv with surrogateescape
    proc = subprocess.run(
        [sys.executable, "-m", "belnorm", "match", "-q", "-t", "jsonl", os.fsdecode(b"\xcc\xe5\xed\xf1\xea")],
        capture_output=True, cwd=REPO, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1


@pytest.mark.parametrize("filename", ["crlf_names.txt", "bom_name.txt"])
def test_cli_lines_files(filename: str) -> None:
    path = HOSTILE / filename
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    proc = _cli("match", "-q", "-i", str(path), "-f", "lines", "-t", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == len(lines)
    assert all(row["entity_id"] for row in rows), rows
    assert [row["name"] for row in rows] == lines  # no \r, no BOM left in the names


def test_cli_invalid_utf8_file_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = _cli("match", "-q", "-i", str(HOSTILE / "invalid_utf8.txt"), "-f", "lines", "-o", str(out))
    assert proc.returncode == 2
    assert "invalid_utf8.txt" in proc.stderr and "UTF-8" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


# ----------------------------------------------------------------------------------------------- bundled gazetteer files
from belnorm.sources import bundled  # noqa: E402

HEADER = "\t".join(bundled.COLUMNS)


def _bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, filename: str = "persons.tsv") -> Path:
    folder = tmp_path / "gazetteer"
    folder.mkdir(exist_ok=True)
    path = folder / filename
    path.write_text(body, encoding="utf-8")
    monkeypatch.setattr(bundled, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    return path


GOOD_ROW = "person:x\tАляксандр Тэст\tАлександр Тест\tAliaksandr Test\tAlaksandr Test\t\tQ1\t1970\t\thttps://example.org/x"


def test_read_bundled_reads_a_good_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled(tmp_path, monkeypatch, f"# comment\n\n{HEADER}\n{GOOD_ROW}\n")
    (entity,) = bundled.read_bundled("persons.tsv", "person")
    assert entity.id == "person:x"
    assert entity.attributes == {"en": "Aliaksandr Test", "wikidata": "Q1", "born": 1970, "source": "https://example.org/x"}


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        pytest.param("id\tbe\n" + GOOD_ROW + "\n", 1, ["header"], id="wrong-header"),
        pytest.param(f"{HEADER}\nperson:x\tАляксандр\n", 2, ["fields"], id="too-few-fields"),
        pytest.param(f"{HEADER}\n{GOOD_ROW}\tno\textra\n", 2, ["fields"], id="too-many-fields"),
        pytest.param(f"{HEADER}\n{GOOD_ROW}\tnever\n", 2, ["surname_alone"], id="surname-alone-not-yes-or-no"),
        pytest.param(f"{HEADER}\n\tАляксандр\t\t\t\t\t\t\t\t\n", 2, ["id"], id="empty-id"),
        pytest.param(f"{HEADER}\nperson:x\t\t\t\t\t\t\t\t\t\n", 2, ["name"], id="no-name"),
        pytest.param(f"{HEADER}\nperson:x\t\u200b\t \t\t\t|\t\t\t\t\n", 2, ["name"], id="invisible-name"),
        pytest.param(
            f"# c\n{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\n", 4, ["already", "person:x"], id="duplicate-id",
        ),
        pytest.param(
            f"{HEADER}\n" + GOOD_ROW.replace("1970", "c. 1970") + "\n", 2, ["born"], id="born-not-a-year",
        ),
    ],
)
def test_read_bundled_names_file_line_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, line: int, words: list[str]
) -> None:
    path = _bundled(tmp_path, monkeypatch, body)
    with pytest.raises(belnorm.SourceError) as info:
        belnorm.Gazetteer(bundled.read_bundled("persons.tsv", "person"))
    message = str(info.value)
    assert message.startswith(f"{path}, line {line}") and info.value.line == line, message
    assert "\n" not in message
    for word in words:
        assert word in message.lower() or word in message


def test_read_bundled_surname_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A person known from a list is marked; a file may leave the column out; a place has no surname."""
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n{GOOD_ROW}\tno\n")
    (entity,) = bundled.read_bundled("persons.tsv", "person")
    assert entity.attributes["surname_alone"] is False
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n{GOOD_ROW}\tyes\n")
    (entity,) = bundled.read_bundled("persons.tsv", "person")
    assert "surname_alone" not in entity.attributes
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n{GOOD_ROW.replace('person:x', 'place:x')}\tno\n", "places.tsv")
    with pytest.raises(belnorm.SourceError, match="surname"):
        bundled.read_bundled("places.tsv", "place")


def test_read_bundled_not_utf8_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _bundled(tmp_path, monkeypatch, "")
    path.write_bytes(f"{HEADER}\n".encode() + GOOD_ROW.encode("cp1251") + b"\n")
    with pytest.raises((belnorm.GazetteerError, UnicodeDecodeError)) as info:
        bundled.read_bundled("persons.tsv", "person")
    assert isinstance(info.value, belnorm.GazetteerError), f"bare {type(info.value).__name__}: {info.value}"
    assert str(path) in str(info.value)


def test_read_bundled_missing_file_is_file_not_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n")
    with pytest.raises(FileNotFoundError):
        bundled.read_bundled("orgs.tsv", "org")


def test_load_default_with_a_broken_file_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n", filename="persons.tsv")
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n", filename="orgs.tsv")
    path = _bundled(tmp_path, monkeypatch, f"{HEADER}\nperson:x\tАляксандр\n", filename="places.tsv")
    monkeypatch.setattr(bundled, "load_default", bundled.load_default.__wrapped__)
    with pytest.raises(belnorm.SourceError) as info:
        bundled.load_default()
    assert (info.value.path, info.value.line) == (str(path), 2)


def test_the_source_column_may_be_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    without_source = GOOD_ROW.rsplit("\t", 1)[0].replace("person:x", "person:y")
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n{GOOD_ROW}\n{without_source}\n")
    with_source, without = bundled.read_bundled("persons.tsv", "person")
    assert with_source.attributes["source"] == "https://example.org/x" and "source" not in without.attributes
    old_header = HEADER.removesuffix("\tsurname_alone").removesuffix("\tsource")
    assert old_header.endswith("\tnote")
    _bundled(tmp_path, monkeypatch, f"{old_header}\n{without_source}\n")
    (entity,) = bundled.read_bundled("persons.tsv", "person")
    assert entity.attributes == {"en": "Aliaksandr Test", "wikidata": "Q1", "born": 1970}


def test_a_kind_may_span_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n{GOOD_ROW}\n", filename="persons.tsv")
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n" + GOOD_ROW.replace("person:x", "person:y") + "\n",
             filename="persons_writers.tsv")
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n", filename="places.tsv")
    assert bundled.bundled_files() == {"persons.tsv": "person", "persons_writers.tsv": "person", "places.tsv": "place"}
    monkeypatch.setattr(bundled, "load_default", bundled.load_default.__wrapped__)
    assert [e.id for e in bundled.load_default()] == ["person:x", "person:y"]
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n" + GOOD_ROW.replace("person:y", "person:x") + "\n",
             filename="persons_writers.tsv")
    with pytest.raises(belnorm.SourceError, match="duplicate id 'person:x'.*persons.tsv"):
        bundled.load_default()
    _bundled(tmp_path, monkeypatch, f"{HEADER}\n", filename="people.tsv")
    with pytest.raises(belnorm.SourceError, match="people.tsv.*persons, places, orgs"):
        bundled.bundled_files()


def test_bundled_files_are_clean() -> None:
    # the real files: every row loads, ids are unique across files
    gaz = belnorm.Gazetteer.default()
    assert len(gaz) > 100
