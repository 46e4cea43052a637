"""Score the finder on a press-sentence file of tests/data (press_sentences*.tsv) with the rule of
tests/test_press_sentences.py: precision is the share of found mentions that overlap an expected span of their entity
(mentions that overlap only a `?` span are left out), recall the share of expected mentions found with the right
entity; then every failing sentence with its problems, as the test reports them.

    PYTHONPATH=src python scripts/score_press_sentences.py tests/data/press_sentences_r3.tsv [more files] [--summary]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_press_sentences import DATA, _accepts, _expected, _rows, problems  # noqa: E402

from belnorm import Normalizer  # noqa: E402


def score(norm: Normalizer, path: Path, summary: bool) -> None:
    """Print precision, recall and the failing sentences of one file."""
    if path.resolve() != (DATA / path.name).resolve():
        raise SystemExit(f"{path}: not a file of {DATA}")
    rows = _rows(path.name)
    found_ok = found_bad = gold_all = gold_hit = 0
    failing: list[tuple[str, str, list[str]]] = []
    for row in rows:
        text, expected = row["text"], row["expected"]
        gold = _expected(text, expected)
        found = norm.find(text)
        for m in found:
            over = [g for g in gold if g[0] < m.end and m.start < g[1]]
            if any(g[2] != "?" and _accepts(g[2], m.entity_id or "") for g in over):
                found_ok += 1
            elif not any(g[2] == "?" for g in over):
                found_bad += 1
        for start, end, entity in gold:
            if entity == "?":
                continue
            gold_all += 1
            gold_hit += any(m.start < end and start < m.end and _accepts(entity, m.entity_id or "") for m in found)
        bad = problems(norm, text, expected)
        if bad:
            failing.append((row["id"], text, bad))
    precision = found_ok / (found_ok + found_bad) if found_ok + found_bad else 1.0
    recall = gold_hit / gold_all if gold_all else 1.0
    print(
        f"{path.name}: {len(rows)} sentences, {len(failing)} failing; precision {precision:.1%} "
        f"({found_ok}/{found_ok + found_bad} found), recall {recall:.1%} ({gold_hit}/{gold_all} expected)"
    )
    if not summary:
        for sid, text, bad in failing:
            print(f"  {sid}\t{text!r}\n    " + "; ".join(bad))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--summary", action="store_true", help="only the numbers, not the failing sentences")
    args = parser.parse_args()
    norm = Normalizer.default()
    for path in args.files:
        score(norm, path, args.summary)


if __name__ == "__main__":
    main()
