"""Matching speed and accuracy on a large synthetic gazetteer, like ../shared/eval/bench.py but self-contained.

Persons are random given name + surname (+ patronymic) combinations from the given/surname lists of a
distractor file (id, kind, be_label TSV); queries are their BGN/PCGN romanizations folded to ASCII by
belnorm's own `bgn` table (which agrees with ICU's Belarusian-Latin/BGN on every hunspell-be word).

    python benchmarks/match_bench.py DISTRACTORS.tsv N_ENTITIES N_QUERIES [--single] [--profile] [--misses]
                                     [--runs N]

One run's figure moves by about 5% from run to run (memory layout, hash seeds, other processes); to compare two
versions of the code, use ``--runs 7`` (fresh processes with PYTHONHASHSEED=0, median reported).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import time

from unidecode import unidecode

import belnorm


def people(path: str, n: int, seed: int = 7) -> list[str]:
    with open(path, encoding="utf-8") as f:
        base = [row["be_label"] for row in csv.DictReader(f, delimiter="\t")]
    given = sorted({b.split()[0] for b in base})
    surnames = sorted({b.split()[-1] for b in base})
    rng = random.Random(seed)
    labels: list[str] = []
    seen: set[str] = set()
    while len(labels) < n:
        s = f"{rng.choice(given)} {rng.choice(surnames)}"
        if rng.random() >= 0.7:
            s += f" {rng.choice(given)}авіч"
        if s not in seen:
            seen.add(s)
            labels.append(s)
    return labels


def repeat(args: argparse.Namespace) -> None:
    """Run this benchmark ``args.runs`` times in fresh processes with one hash seed; print each and the median."""
    command = [sys.executable, __file__, args.distractors, str(args.entities), str(args.queries)]
    command += ["--single"] if args.single else []
    rates = []
    for _ in range(args.runs):
        out = subprocess.run(
            command, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"}
        ).stdout
        print(out.strip())
        rates.append(int(re.search(r"(\d+) q/s", out).group(1)))
    print(f"median {statistics.median(rates):.0f} q/s (min {min(rates)}, max {max(rates)}, {len(rates)} runs)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("distractors")
    ap.add_argument("entities", type=int)
    ap.add_argument("queries", type=int)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--single", action="store_true", help="call match() once per query instead of match_many()")
    ap.add_argument("--runs", type=int, default=1, help="repeat in fresh processes and report the median q/s")
    args = ap.parse_args()
    if args.runs > 1:
        repeat(args)
        return
    labels = people(args.distractors, args.entities)
    picked = random.Random(8).sample(range(len(labels)), args.queries)
    queries = [unidecode(belnorm.transliterate(labels[i], "bgn")) for i in picked]
    t0 = time.perf_counter()
    norm = belnorm.Normalizer([belnorm.Entity(id=f"E{i}", kind="person", names=[s]) for i, s in enumerate(labels)])
    t1 = time.perf_counter()
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    got = [norm.match(q) for q in queries] if args.single else norm.match_many(queries)
    if prof:
        prof.disable()
    t2 = time.perf_counter()
    ok = sum(m is not None and m.entity.id == f"E{i}" for m, i in zip(got, picked))
    if args.misses:
        for m, i, q in zip(got, picked, queries):
            if m is None or m.entity.id != f"E{i}":
                print(f"MISS {q!r} expected {labels[i]!r} got {m and m.matched_name!r}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"entities={len(labels)} build={t1 - t0:.2f}s queries={len(queries)} {len(queries) / (t2 - t1):.0f} q/s "
        f"top1={100 * ok / len(queries):.1f}% peak_rss_mb={rss:.0f}"
    )
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
