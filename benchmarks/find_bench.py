"""Speed of `find` on news-like text against a 10,000-entity gazetteer (the bundled one plus synthetic persons).

The text mixes ordinary Belarusian, Russian and English sentences with names of the gazetteer in several
scripts and case forms, about one name per fifteen words, as news does.

    python benchmarks/find_bench.py DISTRACTORS.tsv [MEGABYTES]
"""

from __future__ import annotations

import argparse
import random
import time

from match_bench import people

import belnorm

FILLER = (
    "учора ў сталіцы адбылася сустрэча прадстаўнікоў урада і грамадскіх арганізацый якія абмеркавалі "
    "пытанні эканомікі адукацыі і аховы здароўя паводле афіцыйнага паведамлення "
    "вчера в столице прошла встреча представителей правительства и общественных организаций которые обсудили "
    "вопросы экономики образования и здравоохранения согласно официальному сообщению "
    "yesterday officials met representatives of civil society in the capital to discuss the economy education "
    "and health care according to an official statement the meeting lasted several hours"
).split()


def text(names: list[str], megabytes: float, seed: int = 3) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        words = [rng.choice(FILLER) for _ in range(rng.randint(8, 20))]
        words.insert(rng.randrange(len(words)), rng.choice(names))
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + ". "
        parts.append(sentence)
        size += len(sentence.encode())
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("distractors")
    ap.add_argument("megabytes", type=float, nargs="?", default=1.0)
    args = ap.parse_args()
    default = belnorm.Gazetteer.default()
    extra = people(args.distractors, 10_000 - len(default))
    gaz = default.merge([belnorm.Entity(id=f"E{i}", kind="person", names=[s]) for i, s in enumerate(extra)])
    norm = belnorm.Normalizer(gaz)
    names = [e.names[0] for e in default] + [belnorm.transliterate(s, "passport") for s in extra[:2000]]
    doc = text(names, args.megabytes)
    t0 = time.perf_counter()
    found = norm.find(doc)
    t1 = time.perf_counter()
    mb = len(doc.encode()) / 1e6
    print(f"entities={len(gaz)} text={mb:.2f}MB mentions={len(found)} {mb / (t1 - t0):.2f} MB/s")


if __name__ == "__main__":
    main()
