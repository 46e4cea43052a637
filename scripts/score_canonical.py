"""Score belnorm.canonical on the held-out names in tests/data/canonical_heldout.tsv.

Each row's query goes through ``belnorm.canonical(query, kind="person")``; the result must equal the row's
``expected`` exactly. Prints the exact-match share overall and per query style, detected from the letters:

* Cyrillic - any Cyrillic letter;
* Łacinka - č, š, ž, ŭ, ĺ, ŕ (or ǔ) - the marks Belarusian Latin has and Polish lacks;
* Polish - ą, ę, ó, ż, ł, ń, ś, ć, ź, or the digraphs sz, cz, rz (a w with no German mark also counts);
* German - sch, tsch, ä, ö, ü, ß, a consonant + j + vowel (Mjankowa), or a final -ow/-owa/-witsch;
* English-style - anything else in Latin letters.

``--detail`` prints every miss (query, got, expected); ``--skip-derived`` leaves out rows whose note says DERIVED.
Run from the project root: ``PYTHONPATH=src python scripts/score_canonical.py [--detail]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import belnorm

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "canonical_heldout.tsv"
STYLES = ("Cyrillic", "Łacinka", "Polish", "German", "English-style")


def style(query: str) -> str:
    """The script or romanization style of a query, from its letters."""
    low = query.lower()
    if re.search(r"[\u0400-\u04ff]", low):
        return "Cyrillic"
    if re.search(r"[čšžŭǔĺŕ]", low):
        return "Łacinka"
    german = re.search(r"tsch|sch|[äöüß]|witsch\b|[bdfgklmnprtvwz]j[aeiou]", low)
    if re.search(r"[ąęóżłńśćź]", low) or (re.search(r"sz|cz|rz", low) and not german):
        return "Polish"
    if german or re.search(r"ow\b|owa\b", low):
        return "German"
    if "w" in low:
        return "Polish"
    return "English-style"


def rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", action="store_true", help="print every miss")
    parser.add_argument("--skip-derived", action="store_true", help="leave out rows whose note says DERIVED")
    parser.add_argument("--file", type=Path, default=DATA)
    args = parser.parse_args(argv)

    total: dict[str, int] = defaultdict(int)
    hits: dict[str, int] = defaultdict(int)
    misses: list[tuple[str, str, str, str, str]] = []
    for row in rows(args.file):
        if args.skip_derived and "DERIVED" in row.get("note", ""):
            continue
        got = belnorm.canonical(row["query"], kind="person")
        kind = style(row["query"])
        total[kind] += 1
        if got == row["expected"]:
            hits[kind] += 1
        else:
            misses.append((row["id"], kind, row["query"], got, row["expected"]))

    n, k = sum(total.values()), sum(hits.values())
    print(f"overall        {k:3d}/{n:3d}  {k / n:6.1%}" if n else "no rows")
    for kind in STYLES:
        if total[kind]:
            print(f"{kind:14s} {hits[kind]:3d}/{total[kind]:3d}  {hits[kind] / total[kind]:6.1%}")
    if args.detail and misses:
        print("\nmisses (id, style, query -> got | expected):")
        for ident, kind, query, got, expected in misses:
            print(f"  {ident}  {kind:13s} {query} -> {got} | {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
