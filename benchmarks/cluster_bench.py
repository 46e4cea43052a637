"""`belnorm.cluster` speed (and B-cubed accuracy) on a synthetic list of name spellings. Not a test.

People are given names of ``data/names/given_names.tsv`` with made-up surnames (random Belarusian syllables and
a common suffix, in the gender of the given name); each person is written a few ways, as name lists from many
sources write them: Belarusian Cyrillic, the Russian given name, passport, Łacinka, BGN, Polish and German press
spellings, surname first, with an initial, in the genitive, the surname alone, a typo. No two people share a
surname key (they would be homonyms no method tells apart), so the run also reports B-cubed precision and recall
of the method itself; made-up surnames are short and alike, so these figures are lower than on real names.

    python benchmarks/cluster_bench.py [N_NAMES] [--seed S] [--profile]

Last line: SUMMARY cluster names=… seconds=… cpu_seconds=… names_per_s=… precision=… recall=… f1=…
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import csv
import pstats
import random
import sys
import time
from pathlib import Path

import belnorm
from belnorm.tables import data_path

ONSETS = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "дз", "шч", "кр", "бр", "гр", "ст", "пр"]
VOWELS = ["а", "а", "у", "ы", "і", "я", "е", "о"]
#: (masculine, feminine) endings
SUFFIXES = [("скі", "ская"), ("оўскі", "оўская"), ("віч", "віч"), ("енка", "енка"), ("ук", "ук"), ("оў", "ова"), ("ін", "іна"), ("ёнак", "ёнак"), ("ік", "ік"), ("ка", "ка")]
SCHEMES = ["passport", "lacinka", "bgn", "pl_press", "de_press", "national"]
#: Belarusian genitive of a name ending (longest first): masculine, feminine
GENITIVE = [("скі", "скага"), ("ская", "скай"), ("енка", "енкі"), ("ова", "овай"), ("іна", "інай"), ("оў", "ова"), ("ка", "кі"),
            ("ёнак", "ёнка"), ("а", "ы"), ("я", "і"), ("й", "я"), ("ь", "я"), ("ў", "ва")]
HARD = set("бвгджзклмнпрстфхцчшў")


def given_rows() -> list[tuple[str, str, list[str]]]:
    """(gender, Belarusian form, Russian forms) of each given name."""
    path = data_path("names", "given_names.tsv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["gender"] in ("m", "f"):
            out.append((row["gender"], row["be"].split("|")[0], [x for x in row["ru"].split("|") if x]))
    return out


def genitive(word: str, gender: str) -> str:
    for nominative, form in GENITIVE:
        if word.endswith(nominative):
            return word[: len(word) - len(nominative)] + form
    if word[-1] in HARD:
        return word + ("а" if gender == "m" else "")
    return word


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 7:
        return word
    i = rng.randrange(2, len(word) - 2)
    return word[:i] + word[i + 1 :] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def people(n_names: int, seed: int) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    givens = given_rows()
    names: list[str] = []
    gold: list[int] = []
    person = 0
    taken: set[str] = set()
    while len(names) < n_names:
        gender, given, russian = rng.choice(givens)
        root = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.choice((1, 2, 2))))
        masc, fem = rng.choice(SUFFIXES)
        surname = (root + (masc if gender == "m" else fem)).capitalize()
        if belnorm.key(surname) in taken:
            continue  # two people with one surname key are homonyms no method tells apart: one is enough
        taken.add(belnorm.key(surname))
        be = f"{given} {surname}"
        forms = [be]
        for _ in range(rng.choice((2, 3, 3, 4, 5))):
            how = rng.random()
            if how < 0.45:
                forms.append(belnorm.transliterate(be, rng.choice(SCHEMES)))
            elif how < 0.55 and russian:
                forms.append(f"{rng.choice(russian)} {surname}")
            elif how < 0.65:
                forms.append(belnorm.transliterate(f"{surname} {given}", rng.choice(SCHEMES)))
            elif how < 0.72:
                forms.append(belnorm.transliterate(f"{given[0]}. {surname}", rng.choice(SCHEMES)))
            elif how < 0.82:
                forms.append(f"{genitive(given, gender)} {genitive(surname, gender)}")
            elif how < 0.92:
                forms.append(belnorm.transliterate(surname, rng.choice(SCHEMES)))
            else:
                forms.append(belnorm.transliterate(f"{given} {typo(surname, rng)}", "passport"))
        for f in forms[: n_names - len(names)]:
            names.append(f)
            gold.append(person)
        person += 1
    return names, gold


def bcubed(labels: list[int], gold: list[int]) -> tuple[float, float]:
    by_l: dict[int, set[int]] = collections.defaultdict(set)
    by_g: dict[int, set[int]] = collections.defaultdict(set)
    for i, (l, g) in enumerate(zip(labels, gold)):
        by_l[l].add(i)
        by_g[g].add(i)
    p = sum(len(by_l[l] & by_g[g]) / len(by_l[l]) for l, g in zip(labels, gold)) / len(gold)
    r = sum(len(by_l[l] & by_g[g]) / len(by_g[g]) for l, g in zip(labels, gold)) / len(gold)
    return p, r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", type=int, nargs="?", default=100_000)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--mixed", type=int, default=0, help="print this many clusters that mix people")
    parser.add_argument("--split", type=int, default=0, help="print this many people split over clusters")
    args = parser.parse_args()
    names, gold = people(args.names, args.seed)
    belnorm.cluster(["Аляксандр Лукашэнка"])  # load the tables once, as any session would
    start, cpu = time.perf_counter(), time.process_time()
    if args.profile:
        profiler = cProfile.Profile()
        labels = profiler.runcall(belnorm.cluster, names)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(15)
    else:
        labels = belnorm.cluster(names)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    p, r = bcubed(labels, gold)
    if args.mixed:
        members: dict[int, list[int]] = collections.defaultdict(list)
        for i, label in enumerate(labels):
            members[label].append(i)
        mixed = [m for m in members.values() if len({gold[i] for i in m}) > 1]
        for m in mixed[: args.mixed]:
            print("MIXED", [(names[i], gold[i]) for i in m])
    if args.split:
        spellings: dict[int, dict[int, list[str]]] = collections.defaultdict(lambda: collections.defaultdict(list))
        for i, (label, person) in enumerate(zip(labels, gold)):
            spellings[person][label].append(names[i])
        split = [list(by.values()) for by in spellings.values() if len(by) > 1]
        for parts in split[: args.split]:
            print("SPLIT", parts)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(names):,} names, {len(set(gold)):,} people, {len(set(labels)):,} clusters in {seconds:.1f} s ({cpu:.1f} s CPU)")
    print(
        f"SUMMARY cluster names={len(names)} seconds={seconds:.1f} cpu_seconds={cpu:.1f} names_per_s={len(names) / seconds:.0f} "
        f"precision={100 * p:.1f}% recall={100 * r:.1f}% f1={100 * f:.1f}%"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
