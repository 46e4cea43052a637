"""Generate the common-word lists in data/words/ that `belnorm.lexicon` reads.

    python3 -m venv /tmp/words-venv && /tmp/words-venv/bin/pip install wordfreq regex rapidfuzz unidecode pydantic
    apt-get install hunspell hunspell-tools hunspell-be hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr \
        hunspell-pl hunspell-ru hunspell-uk hunspell-es hunspell-it hunspell-pt-pt hunspell-pt-br hunspell-ro \
        hunspell-cs hunspell-sk hunspell-lt hunspell-lv hunspell-hu hunspell-nl hunspell-da hunspell-sv \
        hunspell-no hunspell-tr hunspell-sr hunspell-hr hunspell-sl hunspell-bg voikko-fi python3-libvoikko
    PYTHONPATH=src /tmp/words-venv/bin/python scripts/make_common_words.py [--langs da,lv] [--out DIR]

What it writes (UTF-8, `#` header lines saying source, version, licence and how the file was made):

* ``<lang>.tsv`` for each language wordfreq covers: ``word<TAB>zipf``, most frequent first. The words are
  wordfreq's ``best`` list down to Zipf ``MIN_ZIPF``, letters only, that pass the *name rule* below, as many
  as fit in ``LANG_BYTES`` (cut at a whole Zipf value), and below that cut, down to ``SPELLED_LIKE_A_NAME_ZIPF``,
  the words that pass the name rule and are spelled like a bundled name that text may give as one word (a
  surname or a place of one word: Russian корма, крапива), so that such a word at a sentence start is read
  as the word. Serbian and Croatian share wordfreq's Serbo-Croatian list; each keeps the words
  of its own dictionary (Serbian in Latin letters; `belnorm.lexicon` reads Serbian Cyrillic into Latin).
* ``be.tsv``: Belarusian has no frequency list. Its words are the hand-written frequent words of
  ``hand/be_function_words.tsv``, each with the Zipf of its Russian counterpart (an estimate). (Borrowing the
  Zipf of every form's Russian cognate by `belnorm.keys.key` was tried: keys fold vowels for names, so short
  words collide, and в, ы, дзея came out as frequent as "и".)
* ``be_hunspell.txt``: the lower-case entries of hunspell-be with their affix flags and the dictionary's affix
  rules, so that `belnorm.lexicon` knows every inflected form (765k) without storing them.
* ``et.tsv``: Estonian has neither: the hand-written words of ``hand/et_function_words.tsv`` with the Zipf of
  their Finnish counterparts, enough to recognise Estonian text.

The name rule. wordfreq lowercases its tokens, so names (minsk, maria, lukashenko) are in its lists. A word is
kept only when

1. a spelling dictionary of the language (hunspell; Voikko for Finnish) accepts it *in lower case*. Dictionaries
   list names capitalised, and a capitalised entry does not accept the lower-case word, so this drops names
   (minsk, kallas, lukashenko) and everything the dictionary does not know. German capitalises every noun, so
   for German a capitalised entry counts too and rule 2 alone tells nouns from names;
2. and it is not mostly a name: fewer than ``NAME_VOTES`` *voter* dictionaries of other languages in the same
   script know only its capitalised form while their language's wordfreq list has the word at most
   ``NAME_MARGIN`` Zipf below this language's. A name is shared across languages at about the same frequency
   (English has "maria", the plural of mare, but Maria is as frequent in Spanish, Polish and Dutch text as in
   English); a common word is not (English "may" and "will" are also names in some dictionaries, but other
   languages' texts use them a hundred times less often). German capitalises nouns, so a German word is also
   dropped when its dictionary knows it only capitalised and so do ``WIDE_NAME_VOTES`` voters, however often
   they see it (Berlin).
3. and, where the dictionary's entries can be read (not German, not Finnish), it is not a name that is also a
   rare form of another word: when the dictionary has the word capitalised as an entry and in lower case only
   as a form of other words (``hunspell -s``), it is dropped if it is ``LEMMA_MARGIN`` Zipf more frequent than
   all of them. Ukrainian "київ" is a form of "кий" (cue), Polish "kraków" of "krak", English "wales" of
   "wale": text means the place. Russian "мира" (of "мир") and "марта" (of "март") stay.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import importlib.util
import math
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "data" / "words"
HAND_DIR = OUT_DIR / "hand"
HUNSPELL = Path("/usr/share/hunspell")
VOIKKO = "voikko"

MIN_ZIPF = 3.0  # once per million words: rarer words seldom meet a name in news text
#: rarer words still kept when a bundled name is spelled like them (Russian корма, крапива; Ukrainian швед): a
#: capitalized one at a sentence start is that word far more often than the village or the writer's pen name
SPELLED_LIKE_A_NAME_ZIPF = 2.3
#: Bytes per language (cut at a whole Zipf value), to keep data/words/ within ~6 MB: more for the languages that
#: write most about Belarus, whose inflected forms need room.
LANG_BYTES = {"ru": 330_000, "uk": 300_000, "pl": 260_000, "en": 220_000, "de": 220_000}
OTHER_LANG_BYTES = 140_000
FORMAT = "format: one line per Zipf value, most frequent first: the value, a tab, the words separated by spaces."
NAME_VOTES = 2
NAME_MARGIN = 1.0  # Zipf: a name is about as frequent in the voters' languages as in the word's own
ALPHABET_SHARE = 0.0005
WIDE_NAME_VOTES = 4
LEMMA_MARGIN = 1.5  # Zipf: a form 30 times more frequent than every word it could be a form of is a name  # for German: voters that know only the capitalised form, however often they see it

WORDFREQ_LICENCE = (
    "CC BY-SA 4.0 (wordfreq's data; wordfreq's code is Apache-2.0). wordfreq includes data from Google Books "
    "Ngrams, Wikipedia, the Leeds Internet Corpus, ParaCrawl, OPUS OpenSubtitles 2018, SUBTLEX (Brysbaert et al.), "
    "Twitter; see wordfreq's README. This derived list is distributed under CC BY-SA 4.0."
)


@dataclass(frozen=True)
class Lang:
    """How one language's list is made: its wordfreq list and the dictionaries that say what a word is."""

    code: str
    wordfreq: str
    dictionaries: tuple[str, ...]
    nouns_capitalised: bool = False
    script: str = "latin"


LANGS: dict[str, Lang] = {
    lang.code: lang
    for lang in (
        Lang("ru", "ru", ("ru_RU",), script="cyrillic"),
        Lang("uk", "uk", ("uk_UA",), script="cyrillic"),
        Lang("bg", "bg", ("bg_BG",), script="cyrillic"),
        Lang("en", "en", ("en_US", "en_GB")),
        Lang("pl", "pl", ("pl_PL",)),
        Lang("de", "de", ("de_DE",), nouns_capitalised=True),
        Lang("fr", "fr", ("fr",)),
        Lang("es", "es", ("es_ES",)),
        Lang("it", "it", ("it_IT",)),
        Lang("pt", "pt", ("pt_PT", "pt_BR")),
        Lang("ro", "ro", ("ro_RO",)),
        Lang("cs", "cs", ("cs_CZ",)),
        Lang("sk", "sk", ("sk_SK",)),
        Lang("lt", "lt", ("lt_LT",)),
        Lang("lv", "lv", ("lv_LV",)),
        Lang("hu", "hu", ("hu_HU",)),
        Lang("nl", "nl", ("nl_NL",)),
        Lang("da", "da", ("da_DK",)),
        Lang("sv", "sv", ("sv_SE",)),
        Lang("nb", "nb", ("nb_NO",)),
        Lang("fi", "fi", (VOIKKO,)),
        Lang("tr", "tr", ("tr_TR",)),
        Lang("sr", "sh", ("sr_Latn_RS",)),
        Lang("hr", "sh", ("hr_HR",)),
        Lang("sl", "sl", ("sl_SI",)),
    )
}

#: Dictionaries that vote on whether a word is mostly a name, per script, with their wordfreq lists (German is
#: left out: it capitalises nouns; Turkish: its dotted capital İ; Belarusian: it has no frequency list).
VOTERS = {
    "latin": {
        "en_US": "en", "fr": "fr", "es_ES": "es", "it_IT": "it", "pt_PT": "pt", "pl_PL": "pl", "cs_CZ": "cs",
        "nl_NL": "nl", "sv_SE": "sv", "hu_HU": "hu", "ro_RO": "ro", "hr_HR": "sh",
    },
    "cyrillic": {"ru_RU": "ru", "uk_UA": "uk", "bg_BG": "bg"},
}

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:'[\p{L}\p{M}]+)*")
_SCRIPT = {"latin": regex.compile(r"[\p{Script=Latin}\p{M}']+"), "cyrillic": regex.compile(r"[\p{Script=Cyrillic}\p{M}']+")}
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u02bc\u2018\u02bb"})


def _run(cmd: Sequence[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def _package_of(path: Path) -> str:
    """The Debian package (and version) that installed a file, for the headers."""
    out = _run(["dpkg", "-S", str(path.resolve())])
    if not out:
        return "unknown package"
    pkg = out.split(":", 1)[0]
    return f"{pkg} {_run(['dpkg-query', '-W', '-f=${Version}', pkg])}"


def _licence_of(path: Path) -> str:
    """The licence line(s) of a Debian package's copyright file, for the headers."""
    pkg = _package_of(path).split(" ", 1)[0]
    copyright_file = Path("/usr/share/doc") / pkg / "copyright"
    if not copyright_file.is_file():
        return "see the package's copyright file"
    names = [
        line.split(":", 1)[1].strip()
        for line in copyright_file.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.startswith("License:")
    ]
    return ", ".join(dict.fromkeys(n for n in names if n)) or "see the package's copyright file"


class Speller:
    """One spelling dictionary, asked in batches: which of these words does it accept as written?"""

    def __init__(self, name: str) -> None:
        self.name = name
        self._cache: dict[str, bool] = {}
        self._voikko = None
        if name == VOIKKO:
            if importlib.util.find_spec("libvoikko") is None:
                sys.path.append("/usr/lib/python3/dist-packages")
            self._voikko = importlib.import_module("libvoikko").Voikko("fi")

    @property
    def source(self) -> str:
        if self.name == VOIKKO:
            return f"Voikko ({_run(['dpkg-query', '-W', '-f=${Package} ${Version}', 'voikko-fi'])})"
        return f"hunspell {self.name} ({_package_of(HUNSPELL / (self.name + '.dic'))})"

    def accepts(self, words: Iterable[str]) -> dict[str, bool]:
        todo = sorted({w for w in words if w not in self._cache})
        if todo:
            if self._voikko is not None:
                self._cache.update((w, bool(self._voikko.spell(w))) for w in todo)
            else:
                self._cache.update(self._hunspell(todo))
        return self._cache

    def _hunspell(self, words: list[str]) -> dict[str, bool]:
        # -L prints the input lines that hold a misspelled word; one word a line keeps the answer per word.
        out = subprocess.run(
            ["hunspell", "-d", str(HUNSPELL / self.name), "-i", "utf-8", "-L"],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rejected = set(out.splitlines())
        unknown = rejected - set(words)
        if unknown:
            raise RuntimeError(f"{self.name}: hunspell answered with words it was not asked: {sorted(unknown)[:5]}")
        return {w: w not in rejected for w in words}


_SPELLERS: dict[str, Speller] = {}


def stems(name: str, words: Sequence[str]) -> dict[str, set[str]]:
    """The stems hunspell gives for each word (``hunspell -s``): the dictionary words it is a form of."""
    out = subprocess.run(
        ["hunspell", "-d", str(HUNSPELL / name), "-i", "utf-8", "-s"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, set[str]] = {}
    for line in out.splitlines():
        parts = line.split()
        if parts:
            found.setdefault(parts[0], set()).update(parts[1:2])
    return found


@functools.cache
def dictionary_entries(name: str) -> frozenset[str]:
    """The entries (stems, before the affix flags) of a hunspell dictionary, in its own case."""
    aff = (HUNSPELL / f"{name}.aff").read_bytes()
    match = regex.search(rb"^SET\s+(\S+)", aff, regex.M)
    encoding = match.group(1).decode() if match else "iso8859-1"
    lines = (HUNSPELL / f"{name}.dic").read_text(encoding=encoding, errors="replace").splitlines()[1:]
    return frozenset(regex.split(r"(?<!\\)/|\s", line, maxsplit=1)[0] for line in lines if line.strip())


def speller(name: str) -> Speller:
    if name not in _SPELLERS:
        _SPELLERS[name] = Speller(name)
    return _SPELLERS[name]


def capitalised(word: str, lang: str = "") -> str:
    if lang == "tr" and word[:1] in "iı":
        return ("İ" if word[0] == "i" else "I") + word[1:]
    return word[:1].upper() + word[1:]


@functools.cache
def single_word_name_keys() -> frozenset[str]:
    """The keys (every reading, every case form: `belnorm.keys`, `belnorm.morphology`) of the bundled names that
    running text may give as one word: a person's surname, a place named by one word."""
    from belnorm import Gazetteer
    from belnorm.keys import finish, stem_keys
    from belnorm.morphology import inflected_forms

    out: set[str] = set()
    for entity in Gazetteer.default():
        for name in entity.names:
            words = name.split()
            if entity.kind == "org" and len(words) == 1:
                continue  # a body's one-word name (Мінкульт, Belavia) is the body: wordfreq counts the body
            if len(words) == 1 or (entity.kind == "person" and words[-1].isalpha()):
                for _, stem in stem_keys(words[-1]):
                    out.add(finish(stem))
                    out.update(k for k, _ in inflected_forms(stem))
    return frozenset(out)


def spelled_like_a_name(word: str) -> bool:
    """Is a word spelled like a bundled name running text may give as one word (корма: Карма; крапива: Крапіва)?"""
    from belnorm.keys import keys

    return not single_word_name_keys().isdisjoint(keys(word))


def wordfreq_words(lang: Lang) -> list[tuple[str, float]]:
    """wordfreq's words of a language, letters of its script only, most frequent first, down to MIN_ZIPF, and
    down to SPELLED_LIKE_A_NAME_ZIPF for words spelled like a word of a bundled name."""
    out: list[tuple[str, float]] = []
    for word, raw_zipf in frequency_dict(lang.wordfreq).items():
        zipf = round(raw_zipf, 1)
        if zipf < SPELLED_LIKE_A_NAME_ZIPF or (zipf < MIN_ZIPF and not spelled_like_a_name(word)):
            continue
        if _WORD.fullmatch(word) and word == word.lower() and _SCRIPT[lang.script].fullmatch(word):
            out.append((word, zipf))
    out.sort(key=lambda wz: (-wz[1], wz[0]))
    return out


def name_votes(
    words: Sequence[tuple[str, float]], script: str, own: Iterable[str], lang: str, margin: float = NAME_MARGIN
) -> dict[str, int]:
    """For each word: how many voters know only its capitalised form *and* see it about as often as `lang` does.

    A name is shared: Maria, Minsk, China are about as frequent in Spanish or Dutch text as in English. A common
    word is not: English "may" and "will" are also given names in several dictionaries, but other languages'
    texts use them a hundred times less often than English does.
    """
    votes = dict.fromkeys((w for w, _ in words), 0)
    for name, wordfreq_lang in VOTERS[script].items():
        if name in own:
            continue
        answers = speller(name).accepts([*(w for w, _ in words), *(capitalised(w, lang) for w, _ in words)])
        freq = frequency_dict(wordfreq_lang)
        for w, zipf in words:
            if not answers[w] and answers[capitalised(w, lang)] and freq.get(w, 0.0) >= zipf - margin:
                votes[w] += 1
    return votes


def common_words(lang: Lang) -> tuple[list[tuple[str, float]], dict[str, int]]:
    """The words of `lang` that pass the name rule, and counts of what was dropped, for the header."""
    words = wordfreq_words(lang)
    candidates = [w for w, _ in words]
    ok: set[str] = set()
    only_capitalised: set[str] = set()
    for name in lang.dictionaries:
        answers = speller(name).accepts(candidates)
        ok.update(w for w in candidates if answers[w])
        if lang.nouns_capitalised:
            caps = speller(name).accepts(capitalised(w) for w in candidates)
            only_capitalised.update(w for w in candidates if caps[capitalised(w)])
    only_capitalised -= ok
    ok |= only_capitalised
    kept_by_dict = [(w, z) for w, z in words if w in ok]
    votes = name_votes(kept_by_dict, lang.script, lang.dictionaries, lang.code)
    names = {w for w, n in votes.items() if n >= NAME_VOTES}
    if not lang.nouns_capitalised and VOIKKO not in lang.dictionaries:
        # Київ is an entry; київ only an inflected form of another word (кий): the name is what text means
        entries = frozenset().union(*(dictionary_entries(d) for d in lang.dictionaries))
        suspects = [(w, z) for w, z in kept_by_dict if capitalised(w, lang.code) in entries and w not in entries]
        lemmas: dict[str, set[str]] = {}
        for d in lang.dictionaries:
            for w, found in stems(d, [w for w, _ in suspects]).items():
                lemmas.setdefault(w, set()).update(found - {w})
        freq = frequency_dict(lang.wordfreq)
        names |= {
            w for w, z in suspects if max((freq.get(l, 0.0) for l in lemmas.get(w, ())), default=0.0) < z - LEMMA_MARGIN
        }
    if lang.nouns_capitalised:
        # a German noun is capitalised in its own dictionary too; a name is also capitalised in many others
        # (Berlin, which German text names far more often than other languages do)
        nouns = [(w, z) for w, z in kept_by_dict if w in only_capitalised]
        widely = name_votes(nouns, lang.script, lang.dictionaries, lang.code, margin=math.inf)
        names |= {w for w, n in widely.items() if n >= WIDE_NAME_VOTES}
    passed = [(w, z) for w, z in words if w in ok and w not in names]
    kept = within_budget([(w, z) for w, z in passed if z >= MIN_ZIPF], LANG_BYTES.get(lang.code, OTHER_LANG_BYTES))
    cut = kept[-1][1] if kept else math.inf
    rarer = [(w, z) for w, z in passed if z < cut and spelled_like_a_name(w)]
    stats = {
        "candidates": len(words), "not in dictionary": len(words) - len(kept_by_dict), "mostly names": len(names),
        "cut": cut, "spelled like names": len(rarer),
    }
    return kept + rarer, stats


def _header(lines: Iterable[str]) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


def alphabet(words: Iterable[str]) -> str:
    """The letters a language writes: those in at least ALPHABET_SHARE of its words (and in 3), loans aside."""
    counts: collections.Counter[str] = collections.Counter()
    n = 0
    for w in words:
        n += 1
        counts.update(set(w))
    least = max(3, ALPHABET_SHARE * n)
    return "".join(sorted(c for c, k in counts.items() if k >= least and c.isalpha()))


def write_tsv(path: Path, header: list[str], rows: Sequence[tuple[str, float]], letters: str) -> int:
    """Write one list: the header, then one line per Zipf value, most frequent first: zipf<TAB>words."""
    buckets: dict[float, list[str]] = {}
    for w, z in rows:
        buckets.setdefault(z, []).append(w)
    body = "".join(f"{z:.1f}\t{' '.join(sorted(ws))}\n" for z, ws in sorted(buckets.items(), reverse=True))
    header = [*header, FORMAT, f"alphabet: {letters}"]
    path.write_text(_header(header) + body, encoding="utf-8")
    return len(rows)


def within_budget(rows: Sequence[tuple[str, float]], budget: int) -> list[tuple[str, float]]:
    """The most frequent rows, whole Zipf values at a time, that fit in `budget` bytes of the file's body."""
    kept: list[tuple[str, float]] = []
    size = 0
    i = 0
    while i < len(rows):
        j = i
        bucket = 5
        while j < len(rows) and rows[j][1] == rows[i][1]:
            bucket += len(rows[j][0].encode()) + 1
            j += 1
        if size + bucket > budget:
            break
        kept.extend(rows[i:j])
        size += bucket
        i = j
    return kept


def wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def make_wordfreq_lang(lang: Lang, out_dir: Path) -> int:
    words, stats = common_words(lang)
    sources = ", ".join(speller(d).source for d in lang.dictionaries)
    voters = ", ".join(speller(v).source for v in VOTERS[lang.script] if v not in lang.dictionaries)
    header = [
        f"belnorm common words: {lang.code}",
        f"source: wordfreq {wordfreq_version()}, list 'best' for '{lang.wordfreq}' (Robyn Speer, https://github.com/rspeer/wordfreq)",
        f"licence: {WORDFREQ_LICENCE}",
        f"filtered with: {sources}; name voters: {voters} (dictionaries are used as filters only; none of their text is copied)",
        f"generated by scripts/make_common_words.py: words with Zipf >= {MIN_ZIPF}, {lang.script} letters only, the most frequent that fit in {LANG_BYTES.get(lang.code, OTHER_LANG_BYTES)} bytes"
        f" (here down to Zipf {stats['cut']:.1f}),"
        f" and {stats['spelled like names']} rarer ones down to Zipf {SPELLED_LIKE_A_NAME_ZIPF} that are spelled like a"
        " bundled name text may give as one word (a surname or a place of one word: Russian корма, крапива),"
        f" so that such a word at a sentence start is read as the word; {len(words)} words in all,",
        "kept when the language's dictionary accepts the word in lower case"
        + (" or capitalised (German capitalises nouns)" if lang.nouns_capitalised else "")
        + f" and fewer than {NAME_VOTES} voters know it only capitalised and see it at most {NAME_MARGIN} Zipf less often (names are shared)"
        + (f", nor {WIDE_NAME_VOTES} voters only capitalised at any frequency." if lang.nouns_capitalised else "")
        + ("" if lang.nouns_capitalised or VOIKKO in lang.dictionaries else
           f", nor is it a capitalised entry that is in lower case only a form of words over {LEMMA_MARGIN} Zipf rarer."),
        f"dropped: {stats['not in dictionary']} of {stats['candidates']} not in the dictionary, {stats['mostly names']} mostly names.",
        "words are in lower case with the apostrophe '; zipf is log10 of occurrences per billion words (one decimal).",
        f"the alphabet line lists the letters in at least {ALPHABET_SHARE:.2%} of the words (for language guessing).",
    ]
    return write_tsv(out_dir / f"{lang.code}.tsv", header, words, alphabet(w for w, _ in words))


# --- Belarusian -------------------------------------------------------------------------------------------


def read_hand_list(name: str) -> list[tuple[str, tuple[str, ...]]]:
    rows: list[tuple[str, tuple[str, ...]]] = []
    lines = [l for l in (HAND_DIR / name).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    for line in lines[1:]:
        word, counterparts = line.split("\t")
        rows.append((word, tuple(counterparts.split("|"))))
    return rows


@functools.cache
def frequency_dict(wordfreq_lang: str) -> dict[str, float]:
    import wordfreq

    return {w.translate(_APOSTROPHES): math.log10(f) + 9 for w, f in wordfreq.get_frequency_dict(wordfreq_lang, "best").items()}


def hand_list_rows(name: str, counterpart_lang: str) -> list[tuple[str, float]]:
    freq = frequency_dict(counterpart_lang)
    rows = []
    for word, counterparts in read_hand_list(name):
        zipf = max(freq.get(c, 0.0) for c in counterparts)
        if zipf == 0.0:
            raise ValueError(f"{name}: no wordfreq frequency for the counterparts of {word}: {counterparts}")
        rows.append((word, round(zipf, 1)))
    return rows


def be_dictionary() -> tuple[list[str], list[str], list[str]]:
    """hunspell-be: (affix rule lines, lower-case dictionary entries, all lower-case forms from unmunch)."""
    aff = (HUNSPELL / "be_BY.aff").read_text(encoding="utf-8").splitlines()
    rules = [l.split("#")[0].rstrip() for l in aff if l.startswith(("SFX ", "PFX "))]
    dic = (HUNSPELL / "be_BY.dic").read_text(encoding="utf-8").splitlines()[1:]
    entries = sorted({e.strip() for e in dic if e.strip() and (s := e.split("/")[0]) == s.lower() and s[0].isalpha()})
    forms = subprocess.run(
        ["unmunch", str(HUNSPELL / "be_BY.dic"), str(HUNSPELL / "be_BY.aff")],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    lower = sorted({f.strip() for f in forms if f.strip()[:1].islower()})
    return rules, entries, lower


def make_be(out_dir: Path) -> tuple[int, int]:
    rules, entries, forms = be_dictionary()
    dic_source = _package_of(HUNSPELL / "be_BY.dic")
    dic_licence = "CC BY 3.0 Unported (Debian's copyright file names it CC-BY-SA; its text is Creative Commons Attribution 3.0 Unported), (c) 2010-2012 Mikalai Udodau, http://spell-be.sourceforge.net/"
    header = [
        "belnorm common words: be, the lower-case entries of the Belarusian spelling dictionary",
        f"source: hunspell-be ({dic_source}), files be_BY.dic and be_BY.aff",
        f"licence: {dic_licence}",
        "generated by scripts/make_common_words.py: the affix rules (SFX/PFX lines, unchanged) and the dictionary",
        "entries that begin with a lower-case letter (capitalised entries are names), as 'stem/flags'.",
        "belnorm.lexicon expands them as hunspell does (prefix, suffix, or both when both rules allow it).",
    ]
    text = _header(header) + "".join(r + "\n" for r in rules) + "".join(e + "\n" for e in entries)
    (out_dir / "be_hunspell.txt").write_text(text, encoding="utf-8")

    rows = sorted(hand_list_rows("be_function_words.tsv", "ru"), key=lambda wz: (-wz[1], wz[0]))
    header = [
        "belnorm common words: be, frequencies of frequent words (Belarusian has no maintained frequency list)",
        f"source: data/words/hand/be_function_words.tsv; frequencies from wordfreq {wordfreq_version()} list 'best' for ru",
        "licence: CC BY-SA 4.0 (the Zipf values derive from wordfreq's data); the hand list is MIT",
        "generated by scripts/make_common_words.py: each hand-listed word gets the Zipf of its Russian counterpart (an estimate).",
        "belnorm.lexicon gives every other word of be_hunspell.txt the Zipf named by its BE_DICTIONARY_ZIPF.",
        f"the alphabet line lists the letters in at least {ALPHABET_SHARE:.2%} of the lower-case hunspell-be forms.",
    ]
    n = write_tsv(out_dir / "be.tsv", header, rows, alphabet(forms))
    return len(entries), n


def make_et(out_dir: Path) -> int:
    header = [
        "belnorm common words: et, frequent Estonian words for language guessing (wordfreq has no Estonian list)",
        f"source: data/words/hand/et_function_words.tsv; frequencies from wordfreq {wordfreq_version()} list 'best' for fi",
        "licence: CC BY-SA 4.0 (the Zipf values derive from wordfreq's data); the hand list is MIT",
        "generated by scripts/make_common_words.py: each hand-listed Estonian word gets the Zipf of its Finnish counterpart (an estimate).",
        f"the alphabet line lists the letters in at least {ALPHABET_SHARE:.2%} of the entries of myspell-et's et_EE.dic ({_package_of(HUNSPELL / 'et_EE.dic')}).",
    ]
    rows = sorted(hand_list_rows("et_function_words.tsv", "fi"), key=lambda wz: (-wz[1], wz[0]))
    entries = (HUNSPELL / "et_EE.dic").read_text(encoding="iso8859-15").splitlines()[1:]
    letters = alphabet(e.split("/")[0] for e in entries if e[:1].islower())
    return write_tsv(out_dir / "et.tsv", header, rows, letters)


ALL = (*LANGS, "be", "et")


def make(langs: Sequence[str], out_dir: Path) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for code in langs:
        if code == "be":
            counts["be_hunspell"], counts["be"] = make_be(out_dir)
        elif code == "et":
            counts["et"] = make_et(out_dir)
        else:
            counts[code] = make_wordfreq_lang(LANGS[code], out_dir)
        print(f"{code}: {counts.get(code)} words", file=sys.stderr)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--langs", default=",".join(ALL), help="comma-separated language codes (default: all)")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    langs = [l for l in args.langs.split(",") if l]
    unknown = [l for l in langs if l not in ALL]
    if unknown:
        parser.error(f"unknown languages {unknown}; known: {', '.join(ALL)}")
    make(langs, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
