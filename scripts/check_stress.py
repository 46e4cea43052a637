#!/usr/bin/env python3
"""How well data/canonical/stress.toml guesses the stress of bundled surnames: for every person of the bundled
gazetteer whose Russian and Belarusian names have the same number of words, is the Russian surname rewritten at the
guessed stress (belnorm.orthography.russian_to_belarusian) exactly the Belarusian one? Prints, per stress rule,
how many surnames it decided rightly and wrongly, with the wrong ones; surnames that no stress makes right (other
correspondences) are left out. Run from the project root: PYTHONPATH=src python scripts/check_stress.py
"""

from __future__ import annotations

import collections
import csv
from pathlib import Path

from belnorm.orthography import _stress_rules, _vowel_positions, russian_to_belarusian

GAZ = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


def pairs() -> list[tuple[str, str]]:
    """(Russian surname, Belarusian surname), lowercased, of every bundled person."""
    out = []
    for path in sorted(GAZ.glob("persons*.tsv")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            be, ru = row["be"].split(), row["ru"].split()
            if len(be) == len(ru) >= 2:
                out.append((ru[-1].lower(), be[-1].lower()))
    return out


def main() -> None:
    rules = _stress_rules()
    right: collections.Counter[str] = collections.Counter()
    wrong: dict[str, list[str]] = collections.defaultdict(list)
    for ru, be in pairs():
        if not any(russian_to_belarusian(ru, p, "person") == be for p in _vowel_positions(ru)):
            continue
        note = next((r.note for r in rules if r.kinds in (None, frozenset({"person"})) and r.pattern.search(ru)), "-")
        if russian_to_belarusian(ru, kind="person") == be:
            right[note] += 1
        else:
            wrong[note].append(f"{ru}->{be}")
    for note in sorted(set(right) | set(wrong), key=lambda n: -(right[n] + len(wrong[n]))):
        print(f"{right[note]:4} right {len(wrong[note]):3} wrong  {note[:70]}")
        if wrong[note]:
            print("      ", " ".join(wrong[note][:12]))


if __name__ == "__main__":
    main()
