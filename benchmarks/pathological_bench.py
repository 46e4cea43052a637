"""Time (and memory) of clean, detect, transliterate, match and find on the worst inputs we know.

Not a test: timings depend on the machine. Each measurement runs in a child process with an address-space
limit (``--memory-mb``, default 2048) and a timeout (``--timeout``, default 60 s), so an input that blows up
reports MemoryError or TIMEOUT here instead of taking the machine down. Every case is measured at three sizes
(a quarter, a half and all of the target) and the growth exponent between the last two is printed:
~1 is linear, ~2 quadratic. Flags: ``SLOW`` for a single match over 1 s, ``SUPERLINEAR`` for an exponent
above 1.5 on a run that took more than 50 ms, ``FAIL`` for an error, a memory blow-up or a timeout.

    python benchmarks/pathological_bench.py                 # everything
    python benchmarks/pathological_bench.py -k token -o find   # cases whose name contains 'token', find only
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time

#: name -> (recipe for a size, target size, what the size counts)
CASES: dict[str, tuple[str, int, str]] = {
    "token_1mb_cyrillic_name": ('"Мінск" * (n // 5)', 1_000_000, "chars"),
    "token_1mb_latin": ('"Lukashenka" * (n // 10)', 1_000_000, "chars"),
    "token_1mb_one_letter": ('"а" * n', 1_000_000, "chars"),
    "text_100k_tokens_names": ('" ".join(["Святлана Ціханоўская сустрэлася з Аляксандрам Лукашэнкам у Мінску."] * (n // 9))', 100_000, "tokens"),
    "text_100k_tokens_capitalized": ('" ".join(["Мінск", "Брэст", "Гродна", "Лукашэнка"] * (n // 4))', 100_000, "tokens"),
    "text_100k_tokens_lowercase": ('" ".join(["і"] * n)', 100_000, "tokens"),
    "combining_flood_after_letter": ('"Мінск" + "\\u0301" * n', 100_000, "marks"),
    "combining_flood_mixed_marks": ('"Мінск" + "\\u0301\\u0308\\u0327\\u0336" * (n // 4)', 100_000, "marks"),
    "combining_flood_every_letter": ('"".join(c + "\\u0301" * 50 for c in "Святлана Ціханоўская" * (n // 1000))', 100_000, "chars"),
    "name_10k_chars": ('"Аляксандр " + "Лукашэнка" * (n // 9)', 10_000, "chars"),
    "name_10k_chars_many_words": ('" ".join(["Лукашэнка"] * (n // 10))', 10_000, "chars"),
    "initials_flood": ('" ".join(["А."] * (n // 3))', 100_000, "chars"),
    "apostrophe_flood": ('"Дар" + "\\u2019" * n + "я"', 100_000, "chars"),
    "hyphen_chain": ('"-".join(["Дунін"] * (n // 6))', 100_000, "chars"),
    "zero_width_flood": ('"Мін" + "\\u200d" * n + "ск"', 100_000, "chars"),
    "surrogate_flood": ('"\\udcff" * n', 100_000, "chars"),
}

OPS = ("clean", "detect", "transliterate", "match", "find")


def _child(case: str, op: str, size: int) -> None:
    """Build the input, run one operation, print JSON with seconds and peak memory."""
    import belnorm

    recipe = CASES[case][0]
    text = eval(recipe, {"n": size})  # recipes are the literals above, never user input
    norm = belnorm.Normalizer.default() if op in ("match", "find") else None
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if op == "clean":
        belnorm.clean(text)
    elif op == "detect":
        belnorm.detect(text)
    elif op == "transliterate":
        for scheme in ("lacinka", "bgn", "iso9"):
            belnorm.transliterate(text, scheme)
    elif op == "match":
        norm.match(text)
    elif op == "find":
        norm.find(text)
    seconds = time.perf_counter() - start
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    print(json.dumps({"seconds": seconds, "mb": rss, "chars": len(text)}))


def _measure(case: str, op: str, size: int, memory_mb: int, timeout: float) -> dict:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))

    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", case, op, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=limit,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"TIMEOUT>{timeout:.0f}s"}
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": last[:80]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=3, metavar=("CASE", "OP", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("-k", default="", help="only cases whose name contains this")
    parser.add_argument("-o", "--op", action="append", choices=OPS, help="only these operations (repeatable)")
    parser.add_argument("--memory-mb", type=int, default=2048)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    flagged = []
    print(f"{'case':32} {'op':13} {'size':>22} {'seconds':>30} {'peak MB':>8} {'exp':>5}  flag")
    for case, (_, target, unit) in CASES.items():
        if args.k not in case:
            continue
        for op in args.op or OPS:
            results = []
            for size in (target // 4, target // 2, target):
                r = _measure(case, op, size, args.memory_mb, args.timeout)
                results.append(r)
                if "error" in r:
                    break  # a bigger size would only fail harder
            times = [r.get("seconds") for r in results]
            exponent = None
            if len(results) == 3 and "error" not in results[-1] and times[1] > 0.005:
                exponent = math.log(times[2] / times[1], 2)
            last = results[-1]
            flag = ""
            if "error" in last:
                flag = f"FAIL {last['error']}"
            elif op == "match" and last["seconds"] > 1:
                flag = "SLOW"
            elif exponent is not None and exponent > 1.5 and last["seconds"] > 0.05:
                flag = "SUPERLINEAR"
            shown = " / ".join("err" if t is None else f"{t:.3f}" for t in times)
            size_shown = f"{target // 4}..{target} {unit}" if len(results) == 3 else f"{target // 4 * 2 ** (len(results) - 1)} {unit}"
            mb = "" if "error" in last else f"{last['mb']:.0f}"
            exp = "" if exponent is None else f"{exponent:.1f}"
            print(f"{case:32} {op:13} {size_shown:>22} {shown:>30} {mb:>8} {exp:>5}  {flag}", flush=True)
            if flag:
                flagged.append((case, op, flag))
    print()
    print(f"{len(flagged)} flagged" + "".join(f"\n  {c} {o}: {f}" for c, o, f in flagged))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
