#!/usr/bin/env python3
"""Counts of the bundled gazetteer, per kind and per file, and how many rows lack a source (for the docs and
data/gazetteer/README.md). Run from the project root: PYTHONPATH=src python scripts/gazetteer_counts.py"""

from __future__ import annotations

from collections import Counter

from belnorm.sources.bundled import bundled_files, read_bundled


def main() -> None:
    kinds: Counter[str] = Counter()
    unsourced = 0
    listed = 0
    print("| file | kind | rows |\n|---|---|---|")
    for filename, kind in bundled_files().items():
        entities = read_bundled(filename, kind)
        kinds[kind] += len(entities)
        unsourced += sum(1 for e in entities if not e.attributes.get("source"))
        listed += sum(1 for e in entities if e.attributes.get("surname_alone") is False)
        print(f"| `{filename}` | {kind} | {len(entities)} |")
    print()
    print(", ".join(f"{n} {k}s" for k, n in sorted(kinds.items())), f"= {sum(kinds.values())} entities;",
          f"{listed} persons known from lists (surname_alone=no); rows without a source: {unsourced}")


if __name__ == "__main__":
    main()
