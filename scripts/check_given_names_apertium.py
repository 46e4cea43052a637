#!/usr/bin/env python3
"""Check (and optionally complete) data/names/given_names.tsv.

Usage (from the repository root, with the project venv):

    .venv/bin/python scripts/check_given_names_apertium.py           # apertium cross-check, prints disagreements
    .venv/bin/python scripts/check_given_names_apertium.py --fill    # (re)generate the derived Latin forms

The check runs the system tool ``apertium`` (package apertium-bel-rus) as an oracle, in both directions:

* bel-rus: every form in the ``be`` column; the Russian output should be one of the row's ``ru`` forms.
* rus-bel: every form in the ``ru`` column; the Belarusian output should be one of the row's ``be`` forms.

apertium marks words it does not know with ``*``; those are counted as "unknown", not as disagreements. Its data
is GPL: it is used only to check this table, nothing is copied from it. This is a script, not a test, because
the test suite must not need system tools.

``--fill`` puts first in each row's ``lacinka`` the Łacinka of every ``be`` form (belnorm's own Łacinka table),
keeping the items already there after them, and adds to ``other`` a
Belarusian-passport-style romanization (Aliaksandr, Siarhei, Dzmitry, Yauhen, Tatsiana) of every ``be`` form
and German-press spellings of every ``ru`` and ``be`` form (Swetlana, Jewgeni, Wladimir; Swjatlana, Sjarhej). It only
adds items that are missing and keeps every hand-written item, so it can be re-run after editing the table.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "data" / "names" / "given_names.tsv"
HEADER = ["gender", "be", "ru", "pl", "en", "lacinka", "other", "diminutives"]


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Comment lines (kept verbatim, with the header line) and the data rows as column lists."""
    preamble: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not rows and (line.startswith("#") or line.split("\t") == HEADER):
            preamble.append(line)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (len(HEADER) - len(cols))
        rows.append(cols)
    return preamble, rows


def items(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


def merge(cell: str, extra: list[str]) -> str:
    out = items(cell)
    for x in extra:
        if x and x not in out:
            out.append(x)
    return "|".join(out)


# --- Belarusian passport-style romanization (the letters Belarusian passports and English-language lists use) ---

_VOWELS = set("аеёіоуыэюяʼьў")
_PLAIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "zh", "з": "z", "і": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "э": "e", "ь": "", "ʼ": "",
}
_IOTATED = {"е": ("ye", "e"), "ё": ("yo", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia")}


def passport(name: str) -> str:
    """Aliaksandr, Siarhei, Dzmitry, Yauhen, Tatsiana, Natallia, Yuliya: one common passport-style spelling.

    е is ye at the start and after a vowel and e after a consonant (Siarhei, Yauhen); я ё ю are ya yo yu there
    and ia io iu after a consonant (Aliaksandr, Sviatlana).
    """
    word = name.lower().replace("цц", "ц")
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        if ch in _IOTATED:
            initial, soft = _IOTATED[ch]
            out.append(initial if (not prev or prev in _VOWELS) else soft)
        elif ch == "й":
            # final -ый / -ій are written -y / -i (Dzmitry, Yury, Anatoli); elsewhere й is i (Andrei, Siarhei)
            if not (i == len(word) - 1 and prev in "ыі"):
                out.append("i")
        elif ch in _PLAIN:
            out.append(_PLAIN[ch])
        else:
            out.append(ch)
    text = "".join(out)
    return text[:1].upper() + text[1:]


# --- German press spellings (Duden-style transcription: Swetlana, Jewgeni, Wjatscheslaw; Swjatlana, Sjarhej) ---

_DE_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "sch", "з": "s", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ы": "y", "э": "e", "ь": "", "ъ": "", "ʼ": "", "ў": "u", "і": "i", "и": "i",
}
_DE_IOTATED = {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"}
_DE_VOWELS = set("аеёиіоуыэюяьъʼў")


def german(name: str, lang: str) -> str:
    """German-press spelling of a Russian (lang="ru") or Belarusian (lang="be") given name."""
    word = name.lower()
    if lang == "ru":
        word = word.replace("кс", "\0")  # Alexej, Maxim, Oxana, Xenija
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch == "\0":
            out.append("x")
        elif ch == "г":
            out.append("h" if lang == "be" else "g")
        elif ch in _DE_IOTATED:
            if not prev or prev in _DE_VOWELS:
                out.append(_DE_IOTATED[ch])
            elif ch == "е":
                out.append("e")
            elif ch == "ё" and prev in "жшчщ":
                out.append("o")
            else:
                out.append(_DE_IOTATED[ch])
        elif ch == "й":
            if i == len(word) - 1 and prev in "иыі":
                continue  # Juri, Dmitri, Jury
            out.append("i" if prev in "аоу" else "j")
        elif ch == "с":
            out.append("ss" if prev in _DE_VOWELS - {"ь", "ъ", "ʼ", "ў"} and nxt and nxt in "аеёиіоуыэюя" else "s")
        elif ch == "ь" and nxt == "о":
            out.append("j")
        else:
            out.append(_DE_COMMON.get(ch, ch))
    text = "".join(out)
    return text[:1].upper() + text[1:]


def fill(rows: list[list[str]]) -> int:
    from belnorm.translit import transliterate

    changed = 0
    for cols in rows:
        be = items(cols[1])
        # the Łacinka of the be forms first, in their order; then other items (the older convention's forms the
        # table wrote before: Rajisa, Michajił, which people still write)
        new_lac = merge("", [transliterate(b, "lacinka") for b in be] + items(cols[5]))
        ru = items(cols[2])
        generated = [passport(b) for b in be] + [german(r, "ru") for r in ru] + [german(b, "be") for b in be]
        new_other = merge(cols[6], generated)
        if (new_lac, new_other) != (cols[5], cols[6]):
            changed += 1
        cols[5], cols[6] = new_lac, new_other
    return changed


APERTIUM_DATA = Path("/usr/share/apertium/apertium-bel-rus")


def _lt_proc(args: list[str], lines: list[str]) -> list[str]:
    res = subprocess.run(["lt-proc", *args], input="\n".join(lines) + "\n", capture_output=True, text=True,
                         check=True)
    out = [line for line in res.stdout.split("\n") if line.strip()]
    if len(out) != len(lines):  # one line per input line is what lt-proc does; be safe otherwise
        out = [_lt_proc(args, [x])[0] for x in lines]
    return out


def name_readings(pair: str, words: list[str]) -> list[list[tuple[str, str, str]]]:
    """For each word, (lemma, gender, tags) of its given-name readings (<np><ant>, nominative singular)."""
    analyses = _lt_proc([str(APERTIUM_DATA / f"{pair}.automorf.bin")], [w.replace("ʼ", "'") for w in words])
    result = []
    for line in analyses:
        readings = []
        for reading in line.strip().strip("^$").split("/")[1:]:
            if "<np><ant>" in reading and "<sg><nom>" in reading:
                lemma = reading.split("<", 1)[0]
                tags = reading[len(lemma):]
                gender = "f" if "<f>" in tags else "m" if "<m>" in tags else "?"
                readings.append((lemma, gender, tags))
        result.append(readings)
    return result


def translate_names(pair: str, words: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """(status, source genders, target lemmas) per word: status is 'name' or 'unknown'."""
    full = name_readings(pair, words)
    queries: list[str] = []
    owners: list[int] = []
    for i, readings in enumerate(full):
        for lemma, _, tags in readings:
            queries.append(f"^{lemma}{tags}$")
            owners.append(i)
    targets: list[list[str]] = [[] for _ in words]
    if queries:
        for i, line in zip(owners, _lt_proc(["-b", str(APERTIUM_DATA / f"{pair}.autobil.bin")], queries)):
            for t in line.strip().strip("^$").split("/")[1:]:
                lemma = t.split("<", 1)[0].replace("'", "ʼ")
                if lemma and not lemma.startswith("@") and lemma not in targets[i]:
                    targets[i].append(lemma)
    out = []
    for i, readings in enumerate(full):
        genders = sorted({g for _, g, _ in readings})
        out.append(("name" if readings else "unknown", genders, targets[i]))
    return out


def check(rows: list[list[str]], verbose: bool) -> int:
    if not shutil.which("lt-proc") or not APERTIUM_DATA.is_dir():
        print("apertium-bel-rus is not installed (apt-get install apertium-bel-rus)", file=sys.stderr)
        return 2
    disagreements = 0
    summaries = []
    for pair, src_col, dst_col in (("bel-rus", 1, 2), ("rus-bel", 2, 1)):
        jobs = [(r, w) for r in rows for w in items(r[src_col])]
        results = translate_names(pair, [w for _, w in jobs])
        known = agree = gender_bad = 0
        for (r, w), (status, genders, targets) in zip(jobs, results):
            if status != "name" or not targets:
                continue
            known += 1
            mine = {t.lower().replace("ё", "е") for t in items(r[dst_col])}
            if any(t.lower().replace("ё", "е") in mine for t in targets):
                agree += 1
            else:
                disagreements += 1
                col = "ru" if dst_col == 2 else "be"
                print(f"DISAGREE {pair}\t{w}\t-> {'|'.join(targets)}\tnot in {col}: {r[dst_col]}")
            if r[0] not in genders:
                gender_bad += 1
                print(f"GENDER   {pair}\t{w}\tapertium {'/'.join(genders)}, table {r[0]}")
        summaries.append(f"SUMMARY {pair}: {len(jobs)} forms; apertium knows {known} as given names; agrees on "
                         f"{agree}, disagrees on {known - agree}; gender differs on {gender_bad}; "
                         f"{len(jobs) - known} not in apertium")
    print("\n".join(summaries))
    return 1 if disagreements and verbose else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fill", action="store_true", help="add generated Łacinka and passport forms, rewrite file")
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--strict", action="store_true", help="exit 1 when apertium disagrees")
    args = ap.parse_args(argv)
    preamble, rows = read_table(args.table)
    if args.fill:
        n = fill(rows)
        lines = preamble + ["\t".join(c) for c in rows]
        args.table.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"filled {n} of {len(rows)} rows in {args.table}")
        return 0
    return check(rows, args.strict)


if __name__ == "__main__":
    sys.exit(main())
