"""Index build, save and load times for a large synthetic gazetteer (persons as in match_bench.py).

    python benchmarks/index_bench.py DISTRACTORS.tsv N_ENTITIES
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time

from match_bench import people

import belnorm


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("distractors")
    ap.add_argument("entities", type=int)
    args = ap.parse_args()
    gaz = belnorm.Gazetteer(
        belnorm.Entity(id=f"E{i}", kind="person", names=[s]) for i, s in enumerate(people(args.distractors, args.entities))
    )
    t0 = time.perf_counter()
    norm = belnorm.Normalizer(gaz)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "index.zip")
        norm.save(path)
        t2 = time.perf_counter()
        loaded = belnorm.Normalizer.load(path)
        t3 = time.perf_counter()
        size = os.path.getsize(path) / 1e6
    assert len(loaded.index.names) == len(norm.index.names)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"entities={len(gaz)} build={t1 - t0:.2f}s save={t2 - t1:.2f}s load={t3 - t2:.2f}s "
        f"file={size:.1f}MB peak_rss_mb={rss:.0f}"
    )


if __name__ == "__main__":
    main()
