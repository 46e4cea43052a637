"""List the gaps of data/names/org_words.tsv, the multilingual word table of organisation and place names, to choose
what to fill in next:

(a) the words of the bundled bodies' English names (column ``en`` of data/gazetteer/orgs*.tsv, and the ``alt`` names
    written in English: Latin letters, every word an English common word or a capitalised name) that no row of the
    table covers (`belnorm.names.name_words`), with how many bodies use each; prepositions and articles, and words
    that are no English common word (names: Minsk, Belarus), are left out;
(b) for each row, the press languages of the ``other`` column that have no form in any column of it, with how many bodies' English
    names use the row.

Which language a form of ``other`` belongs to is told by the spelling dictionaries installed on the machine (hunspell,
``apt-get install hunspell hunspell-<lang>``; Finnish by Voikko when ``libvoikko`` imports, here or in the system
Python) and by the common-word lists of data/words; a language with neither is marked ``?`` (Estonian, usually). A
form a dictionary of another language also accepts counts for both, so (b) may miss a gap, never invent one.

    PYTHONPATH=src python scripts/org_words_gaps.py [--words N] [--rows N]
"""

from __future__ import annotations

import argparse
import collections
import csv
import shutil
import subprocess
from pathlib import Path

from belnorm.lexicon import zipf
from belnorm.names import WORD_CLASS_BASE, is_function_word, name_words

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "data" / "names" / "org_words.tsv"
#: the press languages of the ``other`` column, with the hunspell dictionary that tells their words
LANGUAGES = {
    "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT", "ro": "ro_RO", "cs": "cs_CZ", "sk": "sk_SK",
    "lt": "lt_LT", "lv": "lv_LV", "et": None, "hu": "hu_HU", "nl": "nl_NL", "sv": "sv_SE", "da": "da_DK",
    "nb": "nb_NO", "fi": None, "tr": "tr_TR", "hr": "hr_HR", "sl": "sl_SI", "uk": "uk_UA",
}
#: languages written in one breath: a form of one counts for the other (Scandinavian)
SAME = {"da": "nb", "nb": "da"}


def bodies() -> list[dict[str, str]]:
    """The rows of every data/gazetteer/orgs*.tsv."""
    out = []
    for path in sorted((ROOT / "data" / "gazetteer").glob("orgs*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        out.extend(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return out


def english_names(row: dict[str, str]) -> list[str]:
    """The English name and the alt names that read as English (Latin letters; every word a common English word or
    capitalised)."""
    names = [row.get("en") or ""]
    for alt in (row.get("alt") or "").split("|"):
        words = alt.replace("-", " ").split()
        if words and alt.isascii() and any(zipf(w, "en") >= 3.0 and w.islower() for w in words):
            names.append(alt)
    return [n for n in names if n.strip()]


def words_of(name: str) -> list[str]:
    """The lower-case words of a name (letters only)."""
    cleaned = "".join(c if c.isalpha() or c == "'" else " " for c in name)
    return [w.lower().strip("'") for w in cleaned.split() if len(w.strip("'")) > 1]


def uncovered_words(rows: list[dict[str, str]]) -> collections.Counter[str]:
    """English words of the bodies' names that no row of the table covers, by the number of bodies using each."""
    table = name_words()
    count: collections.Counter[str] = collections.Counter()
    for row in rows:
        seen = {w for name in english_names(row) for w in words_of(name)}
        for w in seen:
            if zipf(w, "en") > 0 and not is_function_word(w) and not table.classes(w):
                count[w] += 1
    return count


def row_use(rows: list[dict[str, str]]) -> collections.Counter[int]:
    """How many bodies' English names use each row of the table (by class id)."""
    table = name_words()
    count: collections.Counter[int] = collections.Counter()
    for row in rows:
        classes = set()
        for name in english_names(row):
            for w in words_of(name):
                classes |= table.classes(w, inflected=False)
        count.update(classes)
    return count


def _hunspell_known(words: list[str], dictionary: str) -> set[str]:
    """The words a hunspell dictionary accepts (lower case, or capitalised as German-style nouns)."""
    if not shutil.which("hunspell") or not (Path("/usr/share/hunspell") / f"{dictionary}.dic").exists():
        return set()
    text = "\n".join(words) + "\n"
    out = subprocess.run(["hunspell", "-d", dictionary, "-G"], input=text, capture_output=True, text=True, check=False)
    return set(out.stdout.split())


def _voikko_known(words: list[str]) -> set[str]:
    """The words Voikko's Finnish dictionary accepts, in this Python or the system's; empty without Voikko."""
    try:
        import libvoikko  # type: ignore[import-not-found]

        v = libvoikko.Voikko("fi")
        return {w for w in words if v.spell(w)}
    except (ImportError, OSError):
        pass
    code = "import sys, libvoikko\nv = libvoikko.Voikko('fi')\nfor w in sys.stdin.read().split():\n    v.spell(w) and print(w)"
    python = shutil.which("python3", path="/usr/bin")
    if not python:
        return set()
    out = subprocess.run([python, "-c", code], input="\n".join(words), capture_output=True, text=True, check=False)
    return set(out.stdout.split()) if out.returncode == 0 else set()


def languages_of(forms: list[str]) -> tuple[dict[str, set[str]], set[str]]:
    """For each press language, the forms it knows; and the languages with no oracle at all."""
    known: dict[str, set[str]] = {}
    blind = set()
    for lang, dictionary in LANGUAGES.items():
        found = _hunspell_known(forms, dictionary) if dictionary else set()
        if lang == "fi":
            found = _voikko_known(forms)
        has_oracle = bool(found) or (dictionary and (Path("/usr/share/hunspell") / f"{dictionary}.dic").exists())
        try:
            found |= {f for f in forms if zipf(f, lang) > 0}
        except ValueError:
            pass
        if not has_oracle and lang != "fi":
            blind.add(lang)
        if lang == "fi" and not found:
            blind.add(lang)
        known[lang] = found
    return known, blind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=60, help="how many uncovered words to list (most used first)")
    parser.add_argument("--rows", type=int, default=200, help="how many rows to list (most used first)")
    args = parser.parse_args()
    rows = bodies()
    print(f"(a) English words of {len(rows)} bodies' names that no row covers (bodies using each):")
    for word, n in uncovered_words(rows).most_common(args.words):
        print(f"  {n}\t{word}")
    table = name_words()
    other = {}
    lines = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for number, fields in enumerate(lines[1:], 2):
        fields += [""] * (6 - len(fields))
        # a form of any column counts (Belarus in en is also the Turkish form, park also the Dutch)
        other[WORD_CLASS_BASE + number] = [f.strip() for field in fields for f in field.split("|") if f.strip()]
    forms = sorted({f for fs in other.values() for f in fs})
    known, blind = languages_of(forms)
    use = row_use(rows)
    print(f"\n(b) press languages with no form in a row (bodies using the row; no oracle for: {' '.join(sorted(blind))}):")
    ranked = sorted(table.names, key=lambda n: -use[n.id])
    for name in ranked[: args.rows]:
        fs = set(other.get(name.id, ()))
        missing = [
            lang for lang in LANGUAGES
            if lang not in blind and not fs & known[lang] and not (lang in SAME and fs & known[SAME[lang]])
        ]
        print(f"  {use[name.id]}\t{name.forms[0]}\t{' '.join(missing) or '-'}")


if __name__ == "__main__":
    main()
