#!/usr/bin/env python3
"""How often `belnorm.canonical` gives a bundled person's Belarusian name from the person's other names: for every
person of the bundled gazetteer whose Belarusian name has two words, the share of its Russian, English and Łacinka
names (two words each) that canonical(name, kind="person") writes exactly as the `be` column. The gazetteer's own
names are no evaluation set: `canonical` reads no gazetteer, so they measure the rules on names nobody tuned them
on one by one; some `be` names are a person's own irregular choice (Зміцер, a surname kept unreduced) that no rule
can give. Prints the shares, then how many misses are the given name's and the surname's, and with --show N the
first N misses of each column. Run from the project root: PYTHONPATH=src python scripts/check_canonical.py
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

import belnorm

GAZ = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
COLUMNS = ("ru", "en", "lacinka")


def pairs() -> list[tuple[str, str, str]]:
    """(column, name in that column, Belarusian name) of every bundled person with two-word names."""
    out = []
    for path in sorted(GAZ.glob("persons*.tsv")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row["be"].split()) != 2:
                continue
            out.extend((c, row[c], row["be"]) for c in COLUMNS if len((row.get(c) or "").split()) == 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N misses of each column")
    args = parser.parse_args()
    total: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    given: collections.Counter[str] = collections.Counter()
    surname: collections.Counter[str] = collections.Counter()
    misses: dict[str, list[str]] = collections.defaultdict(list)
    for column, name, be in pairs():
        total[column] += 1
        got = belnorm.canonical(name, kind="person")
        if got == be:
            right[column] += 1
            continue
        got_words, be_words = got.split(), be.split()
        given[column] += got_words[:1] != be_words[:1]
        surname[column] += got_words[-1:] != be_words[-1:]
        misses[column].append(f"{name} -> {got} (bundled: {be})")
    for column in COLUMNS:
        share = 100 * right[column] / max(1, total[column])
        print(f"{column:8} {right[column]:5}/{total[column]:<5} {share:5.1f}%  misses: given name {given[column]},"
              f" surname {surname[column]}")
    for column in COLUMNS:
        for line in misses[column][: args.show]:
            print(f"  {column}: {line}")


if __name__ == "__main__":
    main()
