"""End-to-end tests of the ``belnorm`` command: the real command in a subprocess, on real files.

The big inputs (10,000+ rows) are generated here from the bundled gazetteer's names with noise (case, spaces,
a changed letter, decoys that name nothing), cycling through a few hundred distinct strings as real columns
of names do; the expected entity of every row comes from the library in this process.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import json
import os
import pty
import random
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import belnorm
from belnorm.cli import output

ROWS = 10_500
FIXTURES = Path(__file__).parent / "fixtures" / "cli"
# the belnorm these tests import, also for commands run in another working directory
SRC = str(Path(belnorm.__file__).resolve().parents[1])
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200",
       "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
ENV.pop("BELNORM_DEBUG", None)
ENTITY = ["entity_id", "entity_label", "entity_kind", "score", "scheme", "matched_name"]
ADDED = ["status", *ENTITY]  # what match adds


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None, timeout: float = 120):
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "belnorm", *args],
        input=data,
        capture_output=True,
        timeout=timeout,
        env=ENV,
        cwd=cwd,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def one_error_line(err: str) -> str:
    """stderr holds exactly one line, a belnorm error, and no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("belnorm: error: "), err
    return lines[0]


# ---------------------------------------------------------------------------------------------------- data


def _noisy(name: str, rng: random.Random) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return f"  {name.lower()} "
    if choice == 2 and len(name) > 6:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1 :]  # a letter dropped: may or may not still match
    return name


@pytest.fixture(scope="module")
def pool() -> list[str]:
    """A few hundred distinct query strings: gazetteer names, noisy ones and decoys."""
    rng = random.Random(6)
    names = sorted({n for e in belnorm.Gazetteer.default() for n in e.names})
    picked = rng.sample(names, min(300, len(names)))
    queries = [_noisy(n, rng) for n in picked]
    queries += ["Іваноў Пятро Сідаравіч", "Qwertyuiop", "", "горад", "Смит, Джон", 'кавычки "у" назве']
    return queries


@pytest.fixture(scope="module")
def expected(pool: list[str]) -> dict[str, tuple[str, ...] | None]:
    norm = belnorm.Normalizer.default()
    out = {}
    for q in pool:
        m = norm.match(q) if q.strip() else None
        out[q] = None if m is None else (m.entity.id, m.entity.display, m.entity.kind)
    return out


@pytest.fixture(scope="module")
def names_rows(pool: list[str]) -> list[dict[str, str]]:
    rng = random.Random(7)
    return [{"id": str(i), "name": rng.choice(pool), "note": rng.choice(["", "a,b", 'q"q', "x"])} for i in range(ROWS)]


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory, names_rows: list[dict[str, str]]) -> Path:
    path = tmp_path_factory.mktemp("cli") / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["id", "name", "note"])
        writer.writeheader()
        writer.writerows(names_rows)
    return path


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def check_matches(rows: list[dict[str, str]], source: list[dict[str, str]], expected: dict) -> None:
    assert len(rows) == len(source)
    for got, want in zip(rows, source):
        assert got["id"] == want["id"] and got["name"] == want["name"]
        exp = expected[want["name"]]
        if exp is None:
            assert not got["entity_id"], got
        else:
            assert (got["entity_id"], got["entity_label"], got["entity_kind"]) == exp, got
            assert 0 < float(got["score"]) <= 100 and got["scheme"]


# ---------------------------------------------------------------------------------------------------- match


@pytest.fixture(scope="module")
def matched_csv(tmp_path_factory: pytest.TempPathFactory, big_csv: Path) -> tuple[int, str, str, Path]:
    """``belnorm match -i people.csv -o out.csv``, run once for the tests that read its output."""
    folder = tmp_path_factory.mktemp("matched")
    out = folder / "out.csv"
    code, stdout, err = run("match", "-i", str(big_csv), "-o", str(out))
    return code, stdout, err, out


def test_match_csv_file_to_csv_file(matched_csv, names_rows, expected) -> None:
    code, stdout, err, out = matched_csv
    assert (code, stdout, err) == (0, "", "")  # no progress bar either: stderr is not a terminal
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(["id", "name", "note", *ADDED])
    rows = read_csv(text)
    check_matches(rows, names_rows, expected)
    assert [r["note"] for r in rows] == [r["note"] for r in names_rows]  # quoted fields survive
    assert sum(bool(r["entity_id"]) for r in rows) > ROWS // 2
    assert [p.name for p in out.parent.iterdir()] == ["out.csv"]  # no temporary file left behind


def test_jobs_give_identical_output(tmp_path: Path, big_csv: Path, matched_csv) -> None:
    two = tmp_path / "two.csv"
    code, _, err = run("match", "-i", str(big_csv), "-o", str(two), "--jobs", "2")
    assert (code, err) == (0, "")
    assert matched_csv[3].read_bytes() == two.read_bytes()
    assert len(two.read_text(encoding="utf-8").splitlines()) == ROWS + 1


def test_match_tsv_on_stdin_with_bom_and_crlf(names_rows, expected) -> None:
    lines = ["id\tname\tnote"] + [f"{r['id']}\t{r['name']}\t{r['note']}" for r in names_rows]
    data = b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n"
    code, stdout, err = run("match", "--format", "tsv", stdin=data)
    assert (code, err) == (0, "")
    assert stdout.startswith("\ufeff") and stdout.count("\r\n") == len(lines)  # as the input: BOM and CRLF
    out = stdout.removeprefix("\ufeff").splitlines()
    assert out[0].split("\t") == ["id", "name", "note", *ADDED]
    rows = [dict(zip(out[0].split("\t"), line.split("\t"))) for line in out[1:]]
    check_matches(rows, names_rows, expected)


def test_match_jsonl_with_column_keeps_keys(tmp_path: Path, names_rows, expected) -> None:
    path = tmp_path / "people.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in names_rows:
            f.write(json.dumps({"who": r["name"], "id": int(r["id"]), "meta": {"n": r["note"]}}, ensure_ascii=False))
            f.write("\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run("match", "-i", str(path), "--column", "who", "-o", str(out))
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(names_rows)
    for got, want in zip(rows, names_rows):
        assert got["id"] == int(want["id"]) and got["meta"] == {"n": want["note"]} and got["who"] == want["name"]
        exp = expected[want["name"]]
        assert got["entity_id"] == (exp[0] if exp else None)
        assert list(got)[-7:] == ADDED


@pytest.mark.parametrize(
    ("name", "entity"),
    [("Lake Myadzyel", "place:lake:myadzel"), ("Myadzyel", "place:myadzel"), ("рака Свіслач", "place:river:svislach")],
)
def test_match_decides_as_the_api_does(name: str, entity: str) -> None:
    """The command decides each name as `Normalizer.match` does: a word for a kind of place in the name settles
    which same-named place it is (Lake Myadzyel: the lake, not the town)."""
    code, stdout, err = run("match", "-t", "csv", stdin=name + "\n")
    assert (code, err) == (0, "")
    assert read_csv(stdout)[0]["entity_id"] == entity == belnorm.Normalizer.default().match(name).entity.id


def test_plain_lines_keep_blank_lines(names_rows, expected) -> None:
    names = [r["name"].strip() for r in names_rows]
    code, stdout, err = run("match", "-t", "csv", stdin="\n".join(names) + "\n")
    assert (code, err) == (0, "")
    rows = read_csv(stdout)
    assert [r["name"] for r in rows] == names  # every line, blank ones too, in order
    norm = belnorm.Normalizer.default()
    want = {name: norm.match(name) if name else None for name in set(names)}
    for got, name in zip(rows, names):
        assert got["entity_id"] == (want[name].entity.id if want[name] else "")


def test_names_as_arguments_and_table_output() -> None:
    code, stdout, err = run("match", "Мінск", "Minsk", "Qwertyuiop", "-t", "table")
    assert (code, err) == (0, "")
    lines = stdout.splitlines()
    assert lines[0].split()[:3] == ["name", "status", "entity_id"] and set(lines[1]) <= {"─", " "}
    assert "place:minsk" in lines[2] and "place:minsk" in lines[3] and "place:" not in lines[4]
    assert len(lines) == 5


def test_gazetteers_are_merged_and_cutoff_applies(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,kind,name\nX1,person,Тодар Чорны\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "X1", "kind": "person", "names": ["Todar Čorny"]}\n'
        '{"id": "X2", "kind": "place", "names": ["Вялікае Сяло"]}\n',
        encoding="utf-8",
    )
    args = ["match", "Тодар Чорны", "Todar Čorny", "Вялікае Сяло", "Мінск", "-t", "csv"]
    code, stdout, err = run(*args, "-g", str(tmp_path / "a.csv"), "-g", str(tmp_path / "b.jsonl"))
    assert (code, err) == (0, "")
    assert [r["entity_id"] for r in read_csv(stdout)] == ["X1", "X1", "X2", ""]
    code, stdout, _ = run("match", "Тодар Чорны", "Тодару Чорнаму", "-g", str(tmp_path / "a.csv"),
                          "--cutoff", "100", "-t", "csv")
    rows = read_csv(stdout)
    assert code == 0 and rows[0]["entity_id"] == "X1"
    assert all(not r["entity_id"] or float(r["score"]) >= 100 for r in rows)


def test_own_entities_on_top_of_the_bundled_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "mine.csv").write_text("id,kind,name\nmine:1,org,Беларускі дом у Варшаве\n", encoding="utf-8")
    args = ["match", "Беларускі дом у Варшаве", "Мінск", "-g", str(tmp_path / "mine.csv"), "-t", "csv"]
    code, stdout, err = run(*args, "--with-bundled")
    assert (code, err) == (0, "")
    assert [r["entity_id"] for r in read_csv(stdout)] == ["mine:1", "place:minsk"]
    code, stdout, _ = run(*args)  # without it, the files replace the bundled gazetteer
    assert [r["entity_id"] for r in read_csv(stdout)] == ["mine:1", ""]


# ---------------------------------------------------------------------------------------------------- find


def test_find_one_row_per_mention_with_offsets(tmp_path: Path, pool: list[str]) -> None:
    rng = random.Random(8)
    templates = ["Учора {} сустрэўся з журналістамі.", "У {} адбыўся канцэрт, сказаў {}.", "Нічога цікавага.", ""]
    texts = []
    for _ in range(ROWS):
        t = rng.choice(templates)
        texts.append(t.format(*(rng.choice(pool[:40]).strip() for _ in range(t.count("{}")))))
    path = tmp_path / "texts.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "text"])
        w.writerows([i, t] for i, t in enumerate(texts))
    code, stdout, err = run("find", "-i", str(path), "-t", "csv")
    assert (code, err) == (0, "")
    rows = read_csv(stdout)
    assert list(rows[0]) == ["doc", "text", "row", "start", "end", "mention", *ENTITY]
    numbers = [int(r["row"]) for r in rows]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, ROWS + 1))  # every input row, in order
    mentions = [r for r in rows if r["mention"]]
    assert mentions
    for r in rows:
        assert r["text"] == texts[int(r["row"]) - 1] and r["doc"] == str(int(r["row"]) - 1)
        if r["mention"]:
            assert r["text"][int(r["start"]) : int(r["end"])] == r["mention"] and r["entity_id"]
        else:
            assert numbers.count(int(r["row"])) == 1 and not r["entity_id"]
    norm = belnorm.Normalizer.default()
    for i in range(0, ROWS, 997):  # spot checks against the library
        want = [(m.start, m.end, m.entity.id) for m in norm.find(texts[i])]
        got = [(int(r["start"]), int(r["end"]), r["entity_id"]) for r in rows if r["row"] == str(i + 1) and r["mention"]]
        assert got == want


def test_find_document_offsets_into_whole_text(tmp_path: Path) -> None:
    text = "Першы радок пра Мінск.\n\nДругі радок: Брэст і Магілёў.\n" * 50
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    code, stdout, err = run("find", "-i", str(path), "-t", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert len(rows) >= 150
    assert all(text[r["start"] : r["end"]] == r["mention"] for r in rows)
    assert [(m.start, m.entity.id) for m in belnorm.Normalizer.default().find(text)] == [
        (r["start"], r["entity_id"]) for r in rows
    ]


# ---------------------------------------------------------------------------------------------------- errors


def test_missing_column_is_one_line_and_exit_2(tmp_path: Path, big_csv: Path) -> None:
    out = tmp_path / "out.csv"
    code, stdout, err = run("match", "-i", str(big_csv), "--column", "nope", "-o", str(out))
    assert code == 2 and stdout == ""
    line = one_error_line(err)
    assert "'nope'" in line and "id, name, note" in line
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_ambiguous_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run("match", "-i", str(path))
    assert code == 2 and "--column" in one_error_line(err)


def test_other_encodings_are_a_clear_error(tmp_path: Path) -> None:
    cp = tmp_path / "cp1251.csv"
    cp.write_bytes("id,name\n1,Аляксандр Лукашэнка\n".encode("cp1251"))
    code, stdout, err = run("match", "-i", str(cp))
    assert code == 2
    line = one_error_line(err)
    assert "line 2" in line and "not UTF-8" in line and "1251" in line
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Мінск\n".encode("utf-16"))
    code, _, err = run("match", "-i", str(utf16))
    assert code == 2 and "UTF-16" in one_error_line(err)


def test_unreadable_inputs(tmp_path: Path) -> None:
    code, _, err = run("match", "-i", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv" in one_error_line(err)
    code, _, err = run("match", "-i", str(tmp_path))
    assert code == 2 and "directory" in one_error_line(err)
    bad = tmp_path / "gaz.csv"
    bad.write_text("id,kind,name\nX1,planet,Марс\n", encoding="utf-8")
    code, _, err = run("match", "Марс", "-g", str(bad))
    assert code == 2 and "gaz.csv" in one_error_line(err)
    code, _, err = run("translit", "Мінск", "-s", "klingon")
    assert code == 2 and "klingon" in one_error_line(err)
    code, _, err = run("match", "Мінск", "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    assert code == 2 and "cannot write" in one_error_line(err)


def _with_malformed(tmp_path: Path, names_rows) -> tuple[Path, list[int]]:
    path = tmp_path / "bad.csv"
    bad = [17, 5000, ROWS - 1]
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("id,name,note\n")
        for i, r in enumerate(names_rows):
            if i in bad:
                f.write(f"{r['id']},extra,fields,here\n")
            else:
                csv.writer(f).writerow([r["id"], r["name"], r["note"]])
    return path, bad


def test_malformed_row_fails_without_partial_file(tmp_path: Path, names_rows) -> None:
    path, bad = _with_malformed(tmp_path, names_rows)
    out = tmp_path / "out.csv"
    code, stdout, err = run("match", "-i", str(path), "-o", str(out))
    assert code == 2 and stdout == ""
    line = one_error_line(err)
    assert f"line {bad[0] + 2}" in line and "4 fields" in line and "--on-error=keep" in line
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_malformed_rows_kept_and_reported(tmp_path: Path, names_rows, expected) -> None:
    path, bad = _with_malformed(tmp_path, names_rows)
    code, stdout, err = run("match", "-i", str(path), "--on-error=keep", "-t", "csv")
    assert code == 0 and "Traceback" not in err
    rows = read_csv(stdout)
    assert len(rows) == ROWS and [r["id"] for r in rows] == [r["id"] for r in names_rows]
    for i, row in enumerate(rows):
        if i in bad:
            assert not row["entity_id"] and "4 fields" in row["error"]
        else:
            assert row["error"] == "" and row["name"] == names_rows[i]["name"]
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == len(bad) and all(f"line {b + 2}" in w for b, w in zip(bad, warnings))


def test_malformed_jsonl_kept(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"name": "Мінск"}\n{broken\n[1, 2]\n{"name": ["a"]}\n\n{"name": null}\n', encoding="utf-8")
    code, stdout, err = run("match", "-i", str(path), "--on-error", "keep")
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert code == 0 and len(rows) == 5
    assert rows[0]["entity_id"] == "place:minsk" and rows[0]["error"] is None
    assert [bool(r["error"]) for r in rows] == [False, True, True, True, False]
    assert err.count("warning") == 3
    code, _, err = run("match", "-i", str(path))
    assert code == 2 and "line 2" in one_error_line(err)


def test_closed_pipe_ends_quietly(big_csv: Path) -> None:
    for jobs in ("1", "2"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "belnorm", "match", "-i", str(big_csv), "-j", jobs],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
        )
        assert proc.stdout is not None and proc.stderr is not None
        header = proc.stdout.readline()
        assert header.startswith(b"id,name,note,status,entity_id")
        proc.stdout.close()  # like `| head -1`
        assert proc.wait(timeout=60) == 0
        assert proc.stderr.read().decode() == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_leaves_no_file(tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out.csv"
    # (Ctrl-C reaches a program that does not ignore it: a test run in the background of a shell without job control
    # inherits an ignored SIGINT, so the child gets the terminal's default back)
    proc = subprocess.Popen(
        [sys.executable, "-m", "belnorm", "match", "--format", "csv", "-o", str(out), "--jobs", jobs],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=tmp_path,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    proc.stdin.write("id,name\n1,Мінск\n".encode())
    proc.stdin.flush()  # stdin stays open: belnorm waits for more rows, with its output file open
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.decode().strip() == "belnorm: interrupted"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("compression", [None, "gzip"])
def test_an_interrupt_while_the_output_file_opens_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compression: str | None
) -> None:
    # Ctrl-C after the temporary file exists but before the with-block (or the exit stack) holds its exit
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output.io, "TextIOWrapper", interrupted)
    with pytest.raises(KeyboardInterrupt), contextlib.ExitStack() as stack:
        output.enter_output(stack, str(tmp_path / ("out.csv.gz" if compression else "out.csv")), compression=compression)
    assert list(tmp_path.iterdir()) == []


def test_progress_bar_only_on_a_terminal(big_csv: Path, tmp_path: Path) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    proc = subprocess.Popen(
        [sys.executable, "-m", "belnorm", "match", "-i", str(big_csv), "-o", str(tmp_path / "o.tsv")],
        stdout=subprocess.DEVNULL, stderr=slave, env=ENV,
    )
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=60) == 0
    os.close(master)
    assert b"\r" in seen and b"belnorm" in seen  # drawn in place on the terminal (by tqdm if installed)
    # (test_match_csv_file_to_csv_file checks that there is none when stderr is not a terminal)


# ---------------------------------------------------------------------------------------------------- others


def test_translit_args_and_stdin() -> None:
    assert run("translit", "Лукашэнка", "Ціханоўская") == (0, "Łukašenka\nCichanoŭskaja\n", "")
    code, stdout, _ = run("translit", "-s", "passport", stdin="Лукашэнка\n\nМагілёў\n")
    assert code == 0 and stdout.splitlines() == [
        belnorm.transliterate("Лукашэнка", "passport"), "", belnorm.transliterate("Магілёў", "passport")
    ]
    code, stdout, _ = run("translit", "--list")
    assert code == 0 and set(belnorm.table_names()) <= {line.split("\t")[0] for line in stdout.splitlines()}


def test_translit_csv_adds_a_column(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("id,name\n1,Лукашэнка\n2,Мінск\n", encoding="utf-8")
    code, stdout, _ = run("translit", "-i", str(path), "-t", "csv")
    assert code == 0 and [r["translit"] for r in read_csv(stdout)] == ["Łukašenka", "Minsk"]


def test_variants() -> None:
    code, stdout, err = run("variants", "Лукашэнка", "Магілёў", "-t", "tsv")
    assert (code, err) == (0, "")
    lines = stdout.splitlines()
    assert lines[0].split("\t") == ["name", "kind", "variant", "source"]
    rows = [line.split("\t") for line in lines[1:]]
    assert {r[0] for r in rows} == {"Лукашэнка", "Магілёў"}
    lacinka = {(name, text) for name, kind, text, source in rows if "lacinka" in source.split(", ")}
    assert ("Лукашэнка", "Łukašenka") in lacinka and ("Магілёў", "Mahiloŭ") in lacinka
    assert any(kind == "key" and text == belnorm.key("Лукашэнка") for name, kind, text, _ in rows)


def test_explain() -> None:
    code, stdout, err = run("explain", "Менск")
    assert (code, err) == (0, "") and "place:minsk" in stdout
    code, stdout, _ = run("explain", "Мінск", "-t", "jsonl")
    data = json.loads(stdout.splitlines()[0])
    assert code == 0 and data["match"]["entity"]["id"] == "place:minsk"


def test_fixture_files() -> None:
    """The small hand-written fixtures: a BOM CSV with a quoted multi-line field, Windows line ends."""
    gazetteer = ["-g", str(FIXTURES / "gazetteer.csv")]
    code, stdout, err = run("match", "-i", str(FIXTURES / "bom_multiline.csv"), *gazetteer, "-t", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["comment"] == 'two\r\nlines, and "quotes"' and rows[2]["comment"] == ""
    assert [r["entity_id"] for r in rows] == ["place:minsk", "X1", None]
    expected = (FIXTURES / "bom_multiline.expected.tsv").read_bytes().decode("utf-8")  # its BOM and CRLF too
    assert run("match", "-i", str(FIXTURES / "bom_multiline.csv"), *gazetteer, "-t", "tsv")[1] == expected


def test_usage_errors_exit_2_with_one_line() -> None:
    code, _, err = run("match", "Мінск", "--jobs", "many")
    assert code == 2 and "--jobs" in one_error_line(err) and "belnorm match --help" in err
    code, _, err = run("match", "Мінск", "--column", "x")
    assert code == 2 and "--column" in one_error_line(err)
    code, _, err = run("nonsense")
    assert code == 2 and "nonsense" in one_error_line(err)
    code, _, err = run("match")  # stdin is empty, not a terminal: no rows, no error
    assert code == 0
    code, _, err = run("match", "--bogus", "Мінск")
    assert code == 2 and "--bogus" in one_error_line(err)


def test_no_input_on_a_terminal_is_an_error_not_a_wait() -> None:
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "belnorm", "match"], stdin=slave, capture_output=True,
                              timeout=60, env=ENV)
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 2 and "no input" in one_error_line(proc.stderr.decode())


def test_jsonl_keys_missing_from_the_first_record_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"name": "Мінск"}\n{"name": "Брэст", "extra": 1}\n{"other": 2, "name": "Гомель"}\n',
                    encoding="utf-8")
    code, stdout, err = run("match", "-i", str(path), "-t", "csv")
    assert code == 0 and [r["name"] for r in read_csv(stdout)] == ["Мінск", "Брэст", "Гомель"]
    assert err.count("warning") == 1 and "extra" in err
    code, stdout, err = run("match", "-i", str(path))  # JSONL out keeps every key
    assert code == 0 and err == "" and json.loads(stdout.splitlines()[1])["extra"] == 1


# ---------------------------------------------------------------------------------------------------- issue 18:
# what a newcomer tries; every case runs the real command on a real file


def test_a_data_file_given_as_the_argument_is_read(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("id,name\n1,Мінск\n2,Łukašenka\n", encoding="utf-8")
    code, stdout, err = run("match", "people.csv", "-t", "csv", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert stdout == run("match", "-i", "people.csv", "-t", "csv", cwd=tmp_path)[1]
    assert [r["entity_id"] for r in read_csv(stdout)] == ["place:minsk", "person:lukashenka-aliaksandr"]
    code, _, err = run("match", "nobody.csv", cwd=tmp_path)  # not matched as a name: refused with a hint
    assert code == 2 and "nobody.csv" in one_error_line(err) and "-i FILE" in err
    code, _, err = run("match", "people.csv", "Мінск", cwd=tmp_path)
    assert code == 2 and "-i FILE" in one_error_line(err)
    (tmp_path / "article.txt").write_text("Учора ў Мінску.", encoding="utf-8")
    code, stdout, _ = run("find", "article.txt", "-t", "jsonl", cwd=tmp_path)
    assert code == 0 and [json.loads(line)["entity_id"] for line in stdout.splitlines()] == ["place:minsk"]


def test_the_format_of_stdin_is_told_from_its_first_lines() -> None:
    table = 'id,name,note\n1,Мінск,"two\nlines"\n2,Брэст,x\n'  # `head -3 people.csv | belnorm match`
    code, stdout, err = run("match", stdin=table)
    assert (code, err) == (0, "")
    rows = read_csv(stdout)
    assert [(r["id"], r["name"], r["note"], r["entity_id"]) for r in rows] == [
        ("1", "Мінск", "two\nlines", "place:minsk"), ("2", "Брэст", "x", "place:brest")
    ]
    code, stdout, _ = run("match", stdin="id\tname\n1\tМінск\n")
    assert code == 0 and stdout.splitlines()[1].split("\t")[:4] == ["1", "Мінск", "linked", "place:minsk"]
    jsonl = '{"who": "Мінск", "n": 1}\n{"who": "Брэст", "n": 2}\n'
    code, stdout, _ = run("match", "-c", "who", stdin=jsonl)
    found = [json.loads(line) for line in stdout.splitlines()]
    assert code == 0 and [(r["n"], r["entity_id"]) for r in found] == [(1, "place:minsk"), (2, "place:brest")]
    code, _, err = run("match", stdin=jsonl)  # JSON lines, but which key holds the names?
    assert code == 2 and "--column" in one_error_line(err)
    code, stdout, _ = run("match", stdin="name\nМінск\n")  # a one-column table: its header is no name
    assert code == 0 and [(r["name"], r["entity_id"]) for r in read_csv(stdout)] == [("Мінск", "place:minsk")]
    # names with commas, no header: a table or names? refused, with the way to say which
    names = "Lukashenko, Alexander\nTsikhanouskaya, Sviatlana\n"
    code, _, err = run("match", stdin=names)
    assert code == 2 and "--format" in one_error_line(err)
    code, stdout, _ = run("match", "-f", "lines", "-t", "csv", stdin=names)
    assert code == 0 and [r["name"] for r in read_csv(stdout)] == names.splitlines()
    code, stdout, _ = run("match", "-t", "csv", stdin="Смит, Джон\nМінск\n")  # plain lines stay lines
    assert code == 0 and [r["name"] for r in read_csv(stdout)] == ["Смит, Джон", "Мінск"]


def test_an_option_that_does_not_apply_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Мінск"}\n', encoding="utf-8")
    for args in (
        ("variants", "-i", str(path), "--cutoff", "90"),  # variants matches nothing
        ("explain", "Мінск", "--jobs", "2"),
        ("translit", "Мінск", "--kind", "place"),
        ("variants", "Мінск", "-c", "text"),  # names as arguments have no columns
        ("match", "Мінск", "--format", "csv"),
        ("match", "Мінск", "-t", "jsonl", "--excel"),
        ("match", "-i", str(path), "--delimiter", ";"),
        ("match", "-i", str(path), "-c", "text", "--candidates", "0"),
        ("explain", "Мінск", "-t", "table"),
    ):
        code, stdout, err = run(*args)
        assert code == 2 and stdout == "", args
        one_error_line(err)
    code, stdout, _ = run("variants", "-i", str(path), "-c", "text", "-t", "csv")  # -c/-f apply to variants
    assert code == 0 and {r["name"] for r in read_csv(stdout)} == {"Мінск"}


def test_output_is_what_its_name_and_to_say(tmp_path: Path) -> None:
    import bz2
    import gzip
    import lzma

    plain = run("match", "Мінск", "Брэст", "-t", "csv")[1]
    for suffix, opener in ((".gz", gzip.open), (".bz2", bz2.open), (".xz", lzma.open)):
        out = tmp_path / f"out.csv{suffix}"
        assert run("match", "Мінск", "Брэст", "-o", str(out)) == (0, "", "")
        with opener(out, "rt", encoding="utf-8", newline="") as f:
            assert f.read() == plain
    out = tmp_path / "out.jsonl.gz"
    run("match", "Мінск", "-o", str(out))
    assert json.loads(gzip.decompress(out.read_bytes()))["entity_id"] == "place:minsk"
    code, _, err = run("match", "Мінск", "-o", str(tmp_path / "out.xlsx"))
    assert code == 2 and ".xlsx" in one_error_line(err) and not (tmp_path / "out.xlsx").exists()
    code, _, _ = run("match", "Мінск", "Брэст", "-o", str(tmp_path / "out.xlsx"), "-t", "csv")  # -t says it
    assert code == 0 and (tmp_path / "out.xlsx").read_text(encoding="utf-8") == plain
    code, _, err = run("match", "Мінск", "-o", str(tmp_path / "x.jsonl"), "-t", "csv")
    assert code == 2 and "-t" in one_error_line(err)
    code, _, err = run("match", "Мінск", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "-t" in one_error_line(err)
    assert run("translit", "Мінск", "-o", str(tmp_path / "t.txt"))[0] == 0  # translit writes plain lines
    assert (tmp_path / "t.txt").read_text(encoding="utf-8") == "Minsk\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out.csv.bz2", "out.csv.gz", "out.csv.xz", "out.jsonl.gz", "out.xlsx", "t.txt"
    ]


def test_explain_writes_csv_one_row_per_candidate(tmp_path: Path) -> None:
    code, stdout, err = run("explain", "Babaryka", "Мінск", "Qwertyuiop", "-t", "csv")
    assert (code, err) == (0, "")
    rows = read_csv(stdout)
    assert list(rows[0]) == ["query", "verdict", "rank", "entity_id", "entity_label", "entity_kind", "score",
                             "matched_name", "matched", "rejected", "rules"]
    for query in ("Babaryka", "Мінск"):
        ids = [r["entity_id"] for r in rows if r["query"] == query]
        assert len(ids) >= 2 and len(ids) == len(set(ids))  # one row per entity
    babaryka = [r for r in rows if r["query"] == "Babaryka"]
    assert babaryka[0]["verdict"].startswith("ambiguous") and {r["matched"] for r in babaryka} == {"false"}
    assert [r["matched"] for r in rows if r["query"] == "Мінск"][0] == "true"
    assert [(r["rank"], r["entity_id"]) for r in rows if r["query"] == "Qwertyuiop"] == [("", "")]
    out = tmp_path / "why.csv"
    assert run("explain", "Babaryka", "Мінск", "Qwertyuiop", "-o", str(out)) == (0, "", "")
    assert out.read_text(encoding="utf-8") == stdout
    out = tmp_path / "why.txt"
    assert run("explain", "Мінск", "-o", str(out))[0] == 0
    assert out.read_text(encoding="utf-8").startswith("'Мінск': matched place:minsk")


def test_an_unclosed_quote_loses_no_row(tmp_path: Path) -> None:
    path = tmp_path / "six.csv"
    path.write_text('id,name\n1,Мінск\n2,Брэст\n3,"Гомель\n4,Гродна\n5,Віцебск\n6,Магілёў\n', encoding="utf-8")
    code, stdout, err = run("match", "-i", str(path), "--on-error=keep", "-t", "csv")
    assert code == 0
    rows = read_csv(stdout)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert [r["status"] for r in rows] == ["linked", "linked", "error", "linked", "linked", "linked"]
    assert "line 4" in rows[2]["error"] and "quote" in rows[2]["error"]
    assert [r["entity_id"] for r in rows if r["id"] != "3"] == ["place:minsk", "place:brest", "place:grodno",
                                                                "place:vitebsk", "place:mogilev"]
    assert "line 4" in err
    code, stdout, err = run("match", "-i", str(path), "-o", str(tmp_path / "out.csv"))
    assert code == 2 and stdout == "" and not (tmp_path / "out.csv").exists()
    line = one_error_line(err)
    assert "line 4" in line and "quote opened on this line" in line


def test_semicolon_csv_from_excel_delimiter_and_encoding(tmp_path: Path) -> None:
    # what Excel writes in Belarusian, Russian, Polish and German locales: semicolons, CRLF, often a BOM
    semi = tmp_path / "people.csv"
    semi.write_bytes(b"\xef\xbb\xbf" + 'id;name;note\r\n1;Мінск;"a; b"\r\n2;"Łukašenka, A.";x\r\n'.encode())
    out = tmp_path / "out.csv"
    assert run("match", "-i", str(semi), "-o", str(out)) == (0, "", "")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert [(r["note"], r["entity_id"]) for r in rows] == [("a; b", "place:minsk"),
                                                          ("x", "person:lukashenka-aliaksandr")]
    # a separator the header does not reveal, and another encoding, are said with options
    piped = tmp_path / "piped.csv"
    piped.write_bytes("name|id\r\nМінск|1\r\n".encode("cp1251"))
    code, stdout, err = run("match", "-i", str(piped), "--delimiter", "|", "--encoding", "cp1251", "-t", "jsonl")
    assert (code, err) == (0, "")
    assert json.loads(stdout) == {"name": "Мінск", "id": "1", **json.loads(run("match", "Мінск", "-t", "jsonl")[1]) }
    # --excel: a BOM and CRLF for output from plain input
    out = tmp_path / "excel.csv"
    assert run("match", "Мінск", "-o", str(out), "--excel", "--delimiter", ";")[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname;status;entity_id") and out.read_bytes().endswith(b"\r\n")


def test_quoted_tsv_from_pandas_is_read(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    names = ['ААТ "Беларуськалій"', "Мінск", "Брэст\tгорад", "Гродна"]
    notes = ["a\nb", 'say "hi"', "", "plain"]
    path = tmp_path / "people.tsv"
    pd.DataFrame({"name": names, "note": notes}).to_csv(path, sep="\t", index=False)
    code, stdout, err = run("match", "-i", str(path), "-t", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert [(r["name"], r["note"]) for r in rows] == list(zip(names, notes))
    assert rows[1]["entity_id"] == "place:minsk" and rows[3]["entity_id"] == "place:grodno"


def test_status_candidates_and_scores_with_one_decimal(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("Мінск\nBabaryka\nQwertyuiop\nМінскае\nLukashenko\n", encoding="utf-8")
    code, stdout, err = run("match", "-i", str(path), "--candidates", "3", "-t", "csv")
    assert (code, err) == (0, "")
    rows = {r["name"]: r for r in read_csv(stdout)}
    assert rows["Мінск"]["status"] == "linked" and rows["Babaryka"]["status"] == "ambiguous"
    assert rows["Qwertyuiop"]["status"] == "no candidate"
    norm = belnorm.Normalizer.default()
    for name, row in rows.items():
        explanation = norm.explain(name)
        if row["status"] == "below cutoff":
            assert explanation.verdict.startswith("best score")
        accepted = [c for c in explanation.candidates if not c.rejected]
        ids = [row[f"candidate_{i}_id"] for i in (1, 2, 3)]
        assert [i for i in ids if i] == [c.entity.id for c in accepted[:3]]
        assert len({i for i in ids if i}) == len([i for i in ids if i])  # distinct entities
        for column in ("score", "candidate_1_score", "candidate_2_score", "candidate_3_score"):
            assert row[column] == "" or re.fullmatch(r"\d{1,3}\.\d", row[column]), (column, row[column])
    assert {r["candidate_1_id"] for r in rows.values() if r["status"] == "linked"} >= {rows["Мінск"]["entity_id"]}
    assert len(rows["Babaryka"]["candidate_2_id"]) > 0  # the rival of an ambiguous name is listed
    code, stdout, _ = run("match", "-i", str(path), "--candidates", "2", "-t", "jsonl")
    for line in stdout.splitlines():
        record = json.loads(line)
        for key in ("score", "candidate_1_score", "candidate_2_score"):
            assert record[key] is None or round(record[key], 1) == record[key]
    code, stdout, _ = run("find", "Лукашэнка прыехаў у Мінск.", "-t", "jsonl")
    assert all(round(json.loads(line)["score"], 1) == json.loads(line)["score"] for line in stdout.splitlines())


def _on_a_terminal(args: list[str], *, stdout_too: bool = False, env: dict[str, str] | None = None,
                   stdin: Path | None = None) -> tuple[int, bytes, bytes]:
    """Run belnorm with stderr (and stdout, with ``stdout_too``) on a pseudo-terminal: (exit code, what the
    terminal showed, what went to stdout when it is a pipe)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    with contextlib.ExitStack() as stack:
        stdin_file = stack.enter_context(stdin.open("rb")) if stdin is not None else subprocess.DEVNULL
        proc = subprocess.Popen(
            [sys.executable, "-m", "belnorm", *args], stdin=stdin_file,
            stdout=slave if stdout_too else subprocess.PIPE, stderr=slave, env=env or ENV,
        )
        os.close(slave)
        piped = b""
        if not stdout_too:
            assert proc.stdout is not None
            os.set_blocking(proc.stdout.fileno(), False)
        seen = b""
        while True:
            streams = [master] + ([] if stdout_too or proc.stdout is None else [proc.stdout.fileno()])
            ready, _, _ = select.select(streams, [], [], 120)
            if not ready:
                break
            if master in ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                seen += chunk
            if not stdout_too and proc.stdout is not None and proc.stdout.fileno() in ready:
                piped += proc.stdout.read() or b""
        code = proc.wait(timeout=120)
        if not stdout_too and proc.stdout is not None:
            os.set_blocking(proc.stdout.fileno(), True)
            piped += proc.stdout.read() or b""
        os.close(master)
    return code, seen, piped


def test_progress_while_building_the_index_and_over_one_document(tmp_path: Path) -> None:
    env = {**ENV, "BELNORM_CACHE_DIR": str(tmp_path / "cache")}  # empty: the index is built
    code, seen, piped = _on_a_terminal(["match", "Мінск", "-t", "csv"], env=env)
    assert code == 0 and b"building the index" in seen and b"\r\x1b[K" in seen  # drawn, then cleared
    assert piped.decode().splitlines()[1].startswith("Мінск,linked,place:minsk")  # stdout holds only rows
    code, seen, _ = _on_a_terminal(["match", "Мінск", "-t", "csv"], env=env)
    assert code == 0 and b"building" not in seen  # loaded from the cache, quickly: nothing to show
    article = tmp_path / "article.txt"
    article.write_text("Учора прайшлі сходы, сказаў Аляксандр Лукашэнка.\n" * 40_000, encoding="utf-8")
    code, seen, piped = _on_a_terminal(["find", "-i", str(article), "-t", "jsonl"], env=env)
    assert code == 0 and b"\r" in seen and b"mentions" in seen  # the bar follows the offsets in the document
    assert all(json.loads(line)["entity_id"] for line in piped.decode().splitlines())


def test_progress_never_runs_through_the_output(big_csv: Path, tmp_path: Path) -> None:
    # rows written to the terminal: no bar between them
    code, seen, _ = _on_a_terminal(["match", "-i", str(big_csv), "-t", "csv"], stdout_too=True)
    assert code == 0 and b"rows/s" not in seen and b"rows=" not in seen and seen.count(b"\n") > ROWS
    # `--progress` draws the bar on stderr, whatever it is; stdout (a pipe, as in `| head`) holds rows only
    proc = subprocess.run([sys.executable, "-m", "belnorm", "match", "-i", str(big_csv), "--progress"],
                          capture_output=True, timeout=300, env=ENV)
    assert proc.returncode == 0 and b"belnorm" in proc.stderr and proc.stderr.strip()
    assert proc.stdout.decode().splitlines()[0] == ",".join(["id", "name", "note", *ADDED])
    # (the bar's own marks, not the word: a name may hold it, Ostrowski)
    assert len(proc.stdout.decode().splitlines()) == ROWS + 1 and b"rows/s" not in proc.stdout and b"rows=" not in proc.stdout
    code, seen, _ = _on_a_terminal(["match", "-i", str(big_csv), "-q", "-o", str(tmp_path / "o.csv")])
    assert code == 0 and seen == b""  # --quiet


# --------------------------------------------------------------------------------- canonical and cluster
def test_cluster_adds_cluster_and_canonical_to_every_row(tmp_path: Path) -> None:
    """Every row, in order, keeps its columns (Excel's semicolons too) and gains its cluster and standard form."""
    path = tmp_path / "names.csv"
    path.write_text("id;name\n1;Svetlana Tikhanovskaya\n2;Ціханоўская\n3;Łukašenka\n4;\n5;Лукашенко Александр\n",
                    encoding="utf-8")
    code, out, err = run("cluster", "-i", str(path), "-c", "name")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out), delimiter=";"))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    labels = [r["cluster"] for r in rows]
    assert labels[0] == labels[1] and labels[2] == labels[4] and labels[0] != labels[2]
    assert rows[0]["canonical"] == "Святлана Ціханоўская" and rows[4]["canonical"] == "Аляксандр Лукашэнка"
    assert rows[3]["canonical"] == ""


def test_canonical_command() -> None:
    code, out, err = run("canonical", "Svetlana Tikhanovskaya", "Łukašenki", "-t", "tsv")
    assert code == 0, err
    assert out.splitlines() == ["name\tcanonical", "Svetlana Tikhanovskaya\tСвятлана Ціханоўская", "Łukašenki\tЛукашэнка"]
    code, _, err = run("canonical", "--kind", "planet", "X")
    assert code == 2 and len(err.strip().splitlines()) == 1
