"""How fast `belnorm.transliterate` is: words per second and MB of Belarusian text per second, one core.

    .venv/bin/python benchmarks/translit_bench.py [--schemes lacinka,bgn] [--repeat 3]

Words come from the hunspell fixture in tests/fixtures/translit/ (40,000 Belarusian word forms, 20,000
Russian). Three figures per scheme, best of --repeat runs:

* cold: every word once, word caches emptied first (the cost of the rules themselves);
* warm: the same words again (what an index build sees: names repeat);
* text: the Belarusian words joined into one running text, transliterated in one call (MB/s of UTF-8 input).

A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from belnorm import translit
from belnorm.tables import load_table, table_names

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "translit"


def _words(name: str) -> list[str]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def _clear() -> None:
    clear = getattr(translit, "clear_word_caches", None)
    if clear is not None:
        clear()
    translit.compile_table.cache_clear()


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schemes", default="", help="comma-separated schemes (default: every Cyrillic-source one)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    be, ru = _words("be_words_icu_bgn.tsv"), _words("ru_words_icu_bgn.tsv")
    schemes = [s for s in args.schemes.split(",") if s] or [
        n for n in table_names() if load_table(n).source_script == "cyrillic"
    ]
    text = " ".join(be)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"{'scheme':<16}{'cold words/s':>14}{'warm words/s':>14}{'text MB/s':>11}")
    for scheme in schemes:
        words = ru if load_table(scheme).language == "ru" else be

        def cold() -> None:
            _clear()
            for w in words:
                translit.transliterate(w, scheme)

        def warm() -> None:
            for w in words:
                translit.transliterate(w, scheme)

        def run_text() -> None:
            _clear()
            translit.transliterate(text, scheme)

        t_cold = _best(cold, args.repeat)
        warm()
        t_warm = _best(warm, args.repeat)
        t_text = _best(run_text, args.repeat)
        print(f"{scheme:<16}{len(words) / t_cold:>14,.0f}{len(words) / t_warm:>14,.0f}{mb / t_text:>11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
