"""Common words of the languages that write about Belarus, and which of them a text is in.

Two questions a reader answers before taking a capitalised word for a name: is it just a common word of the
text's language ("Most" in English, "Весна" in Russian, "Мір" in Belarusian), and what is that language?

The word lists in ``data/words/`` are made by ``scripts/make_common_words.py`` (see the headers of the files for
sources and licences): wordfreq's frequencies for 23 languages, with the words that are mostly names dropped;
the lower-case entries of hunspell-be with its affix rules for Belarusian; a short hand list for Estonian.
Frequencies are Zipf values: log10 of occurrences per billion words (7 for "the", 3 for once per million).

Everything loads lazily, one language at a time, and is cached.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from belnorm.data import data_path
from belnorm.text import APOSTROPHES
from belnorm.translit import transliterate

__all__ = [
    "BE_DICTIONARY_ZIPF",
    "CAPITALIZED_NOUNS",
    "DEFAULT_MIN_ZIPF",
    "frequent_anywhere",
    "guess_language",
    "guess_line_languages",
    "is_common",
    "language_scores",
    "languages",
    "most_common_in",
    "most_frequent",
    "zipf",
]

#: The default threshold of `is_common`: once per million words, the floor of the shipped lists.
DEFAULT_MIN_ZIPF = 3.0

#: languages that capitalize every noun: a capital is no evidence of a name anywhere in the sentence
CAPITALIZED_NOUNS = frozenset({"de", "lb"})

#: The Zipf given to a Belarusian dictionary word whose frequency is not estimated in ``be.tsv``: Belarusian has
#: no frequency list, and a word the dictionary lists in lower case is a common word, so it gets the floor.
BE_DICTIONARY_ZIPF = 3.0

#: How many of each language's most frequent words `guess_language` weighs.
GUESS_WORDS = 3000
#: A word a language's top list lacks counts as this frequent in that language.
_GUESS_FLOOR = 2.5
#: The cost, in Zipf, of each letter a language does not write (ў for Russian, ł for Czech).
_LETTER_PENALTY = 3.0
#: The best language must beat the next by this much (Zipf: a factor of ten) to be named.
_MIN_MARGIN = 1.0
#: languages whose word lists come from one list (wordfreq's Serbo-Croatian), so that text in either ties: the
#: language a tie is read as
_ONE_LIST = {frozenset({"hr", "sr"}): "hr"}

_APOSTROPHE_FOLD = str.maketrans({c: "'" for c in APOSTROPHES})
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

# Serbian is written in both alphabets; the word list is in Latin letters (as wordfreq's Serbo-Croatian list is).
_SR_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j",
    "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_SR_TO_LATIN = str.maketrans(_SR_CYRILLIC_TO_LATIN)
_SR_LATIN_TO_CYRILLIC = re.compile("|".join(sorted((v for v in _SR_CYRILLIC_TO_LATIN.values()), key=len, reverse=True)))
_SR_TO_CYRILLIC = {v: k for k, v in _SR_CYRILLIC_TO_LATIN.items()}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _words_dir() -> Path:
    return data_path("words")


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages with a word list, sorted: ISO 639-1 codes (``be``, ``ru``, ``en``, ``nb``, ``sr``...)."""
    return tuple(sorted(p.stem for p in _words_dir().glob("*.tsv")))


def _check(lang: str) -> None:
    if lang not in languages():
        raise ValueError(f"no word list for language {lang!r}; known: {', '.join(languages())}")


def _normal(word: str, lang: str) -> str:
    """The word as the lists hold it: lower case, one apostrophe ('), Serbian in Latin letters."""
    w = word.lower().translate(_APOSTROPHE_FOLD)
    if "\u0307" in w:  # Turkish İ lowercases to i + combining dot
        w = w.replace("i\u0307", "i")
    if lang == "sr" and _CYRILLIC.search(w):
        w = w.translate(_SR_TO_LATIN)
    return w


@dataclass(frozen=True)
class _List:
    """One language's file: its words with their Zipf values, most frequent first, and its alphabet."""

    zipf: dict[str, float]
    ranked: tuple[tuple[str, float], ...]
    alphabet: frozenset[str]


def _read(lang: str, limit: int | None = None) -> _List:
    """Read a list file: ``#`` header lines (one names the alphabet), then ``zipf<TAB>word word ...`` lines."""
    words: dict[str, float] = {}
    ranked: list[tuple[str, float]] = []
    alphabet = ""
    with _words_dir().joinpath(f"{lang}.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                if line.startswith("# alphabet: "):
                    alphabet = line[len("# alphabet: ") :].strip()
                continue
            value, _, bucket = line.rstrip("\n").partition("\t")
            z = float(value)
            for word in bucket.split(" "):
                words.setdefault(word, z)
                ranked.append((word, z))
            if limit is not None and len(ranked) >= limit:
                break
    return _List(words, tuple(ranked[:limit]), frozenset(alphabet))


@functools.cache
def _list(lang: str) -> _List:
    return _read(lang)


@functools.cache
def _top(lang: str) -> _List:
    """The first GUESS_WORDS words and the alphabet, without reading the rest of the file."""
    return _read(lang, GUESS_WORDS)


def zipf(word: str, lang: str) -> float:
    """How frequent `word` is as a common word of `lang` (Zipf; 0.0 when it is not a common word). Case-insensitive.

    Words that are mostly names (Minsk, Maria, Lukashenko) are not in the lists, so they give 0.0 even where
    wordfreq counts them. Belarusian dictionary words without an estimate get `BE_DICTIONARY_ZIPF`; a Belarusian
    word in Łacinka is read back to Cyrillic and counted by the list alone (Siońnia: сёння).
    Raises ValueError for a language without a list (see `languages`).
    """
    _check(lang)
    w = _normal(word, lang)
    if lang == "be" and _LACINKA_LETTER.search(w):
        # Belarusian in Łacinka (Siońnia, całkam), whose list is in Cyrillic; by the list's counts only, not the
        # dictionary's word forms, for the way back to Cyrillic may guess (Kupała: a poet, not a form of купаць)
        return _list(lang).zipf.get(_from_lacinka(w), 0.0)
    z = _list(lang).zipf.get(w, 0.0)
    if lang == "be" and z < BE_DICTIONARY_ZIPF and _be_speller().accepts(w):
        return BE_DICTIONARY_ZIPF
    return z


#: the letters that mark a Latin word as Łacinka rather than a romanization or another language's word (not the
#: č š ž of Czech and the Balkans; not a plain word such as horki, which `zipf` leaves to the Latin lists)
_LACINKA_LETTER = re.compile(r"[łŭćśźń]")
#: a soft sign of the classical orthography before a consonant, which the official one leaves out (сёньня, сьвет)
_CLASSICAL_SOFT_SIGN = re.compile(r"ь(?=[бвгджзклмнпрстфхцчшў])")


@functools.lru_cache(maxsize=65536)
def _from_lacinka(word: str) -> str:
    """A Łacinka word in Cyrillic as the Belarusian list holds it: official orthography, so without the classical
    soft signs (Siońnia: сёння, not сёньня)."""
    cyrillic = transliterate(word, "lacinka_cyrillic").lower()
    if cyrillic in _list("be").zipf:
        return cyrillic
    return _CLASSICAL_SOFT_SIGN.sub("", cyrillic)


def most_common_in(word: str) -> tuple[float, str]:
    """``(zipf, language)`` of the language where `word` is the most frequent common word (zipf 0.0 where it is a
    common word of none): for text too short to tell its language."""
    return max((zipf(word, lang), lang) for lang in languages())


def is_common(word: str, lang: str, *, min_zipf: float = DEFAULT_MIN_ZIPF) -> bool:
    """Whether `word` is a common (non-name) word of `lang` at least `min_zipf` frequent. Case-insensitive."""
    return zipf(word, lang) >= min_zipf


def frequent_anywhere(word: str) -> bool:
    """Is the word among the `GUESS_WORDS` most frequent common words of some language? A cheap test (the lists
    `guess_language` reads anyway) that a capitalized word is an ordinary word somewhere (Prezident, Minister)."""
    return word.lower().translate(_APOSTROPHE_FOLD) in _guesser().evidence


def alphabet(lang: str) -> frozenset[str]:
    """The lower-case letters `lang` writes (its list's ``# alphabet:`` line): for telling a spelling of another
    language's own (Slovak ľ in a Spanish text) from the text's. Raises ValueError for a language without a list."""
    _check(lang)
    return _top(lang).alphabet


def most_frequent(lang: str, n: int) -> tuple[str, ...]:
    """The `n` most frequent common words of `lang` (fewer where the list is short: be and et list ~150), for
    tests that run real vocabulary through the finder."""
    _check(lang)
    return tuple(w for w, _ in _list(lang).ranked[:n])


# --- Belarusian: hunspell-be's lower-case entries and its affix rules --------------------------------------


@dataclass(frozen=True)
class _Affix:
    flag: str
    strip: str
    cond: re.Pattern[str]
    cross: bool


class _Speller:
    """The part of hunspell that hunspell-be needs: stems with flags, suffix and prefix rules, cross products."""

    def __init__(self, path: Path) -> None:
        self.stems: dict[str, str] = {}
        self.suffixes: dict[str, list[_Affix]] = {}
        self.prefixes: dict[str, list[_Affix]] = {}
        cross: dict[tuple[str, str], bool] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if parts[0] in ("SFX", "PFX") and len(parts) == 4:
                cross[parts[0], parts[1]] = parts[2] == "Y"
            elif parts[0] in ("SFX", "PFX"):
                kind, flag, strip, add, cond = parts[:5]
                strip = "" if strip == "0" else strip
                add = "" if add == "0" else add.split("/")[0]
                if kind == "SFX":
                    pattern = re.compile("" if cond == "." else f"(?:{cond})$")
                    self.suffixes.setdefault(add, []).append(_Affix(flag, strip, pattern, cross[kind, flag]))
                else:
                    pattern = re.compile("" if cond == "." else f"^(?:{cond})")
                    self.prefixes.setdefault(add, []).append(_Affix(flag, strip, pattern, cross[kind, flag]))
            else:
                stem, _, flags = line.partition("/")
                self.stems[stem] = self.stems.get(stem, "") + flags
        self._longest_prefix = max(map(len, self.prefixes), default=0)

    def accepts(self, word: str) -> bool:
        """Whether the dictionary has `word` (lower case) as a stem or as one of its forms."""
        if word in self.stems or self._suffixed(word, ""):
            return True
        for i in range(1, min(self._longest_prefix, len(word) - 1) + 1):
            for rule in self.prefixes.get(word[:i], ()):
                base = rule.strip + word[i:]
                if not rule.cond.search(base):
                    continue
                if rule.flag in self.stems.get(base, "") or (rule.cross and self._suffixed(base, rule.flag)):
                    return True
        return False

    def _suffixed(self, word: str, prefix_flag: str) -> bool:
        for i in range(1, len(word) + 1):
            for rule in self.suffixes.get(word[i:], ()):
                base = word[:i] + rule.strip
                flags = self.stems.get(base)
                if flags is None or rule.flag not in flags or not rule.cond.search(base):
                    continue
                if not prefix_flag or (rule.cross and prefix_flag in flags):
                    return True
        return False


@functools.cache
def _be_speller() -> _BelarusianSpeller:
    return _BelarusianSpeller(_words_dir().joinpath("be_hunspell.txt"))


class _BelarusianSpeller(_Speller):
    """hunspell-be, plus the ў that Belarusian writes for у after a vowel, word-initially too (яна ўжо)."""

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance, kept for the process
    def accepts(self, word: str) -> bool:
        if super().accepts(word):
            return True
        return word.startswith("ў") and super().accepts("у" + word[1:])


# --- language guessing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Guesser:
    langs: tuple[str, ...]
    #: word -> [(index into langs, Zipf above the floor), ...]
    evidence: dict[str, list[tuple[int, float]]]
    alphabets: tuple[frozenset[str], ...]


@functools.cache
def _guesser() -> _Guesser:
    langs = languages()
    evidence: dict[str, list[tuple[int, float]]] = {}
    alphabets = []
    for i, lang in enumerate(langs):
        top = _top(lang)
        letters = set(top.alphabet)
        words = list(top.ranked)
        if lang == "sr":  # Serbian text in Cyrillic letters too
            letters |= set(_SR_CYRILLIC_TO_LATIN)
            words += [(_SR_LATIN_TO_CYRILLIC.sub(lambda m: _SR_TO_CYRILLIC[m.group()], w), z) for w, z in top.ranked]
        if lang == "be":  # Belarusian text in Łacinka too (heta, tolki, ŭ)
            lacinka = [(transliterate(w, "lacinka").lower(), z) for w, z in top.ranked]
            letters |= {ch for w, _ in lacinka for ch in w}
            words += lacinka
        alphabets.append(frozenset(letters | set("'")))
        for word, z in words:
            if z > _GUESS_FLOOR:
                evidence.setdefault(word, []).append((i, z - _GUESS_FLOOR))
    return _Guesser(langs, evidence, tuple(alphabets))


@functools.cache
def _missing(ch: str) -> tuple[int, ...]:
    """The languages (indices) whose alphabet lacks this letter (none for a character that is no letter)."""
    if not ch.isalpha() or ch in APOSTROPHES:  # (ʼ is a letter to Unicode; every alphabet has the apostrophe)
        return ()
    g = _guesser()
    return tuple(i for i, a in enumerate(g.alphabets) if ch not in a)


def language_scores(text: str, *, candidates: Iterable[str] | None = None) -> dict[str, float]:
    """How well each language explains `text` (higher is better; log10 units), for `guess_language` and for
    explanations. Frequent words of a language raise it; letters it does not write lower it."""
    g = _guesser()
    wanted: Iterable[int]
    if candidates is None:
        wanted = range(len(g.langs))
    else:
        chosen = set(candidates)
        for lang in chosen:
            _check(lang)
        wanted = [i for i, lang in enumerate(g.langs) if lang in chosen]
    scores = _scores(text)
    return {g.langs[i]: scores[i] for i in wanted}


def _scores(text: str) -> list[float]:
    """`language_scores` of every language, by its index in `languages`; additive, so a text's scores are the sums
    of its lines'."""
    g = _guesser()
    scores = [0.0] * len(g.langs)
    evidence = g.evidence
    lower = text.lower()
    # split() and Counter run in C; the Python loop below sees each distinct chunk once
    for chunk, count in Counter(lower.split()).items():
        for word in (chunk,) if chunk.isalpha() else _TOKEN.findall(chunk.translate(_APOSTROPHE_FOLD)):
            for i, gain in evidence.get(word, ()):
                scores[i] += count * gain
    # letters that some languages do not write, grouped by the languages that lack them
    lacking: dict[tuple[int, ...], int] = {}
    for ch, count in Counter(lower).items():
        missing = _missing(ch)
        if missing:
            lacking[missing] = lacking.get(missing, 0) + count
    for missing, count in lacking.items():
        cost = count * _LETTER_PENALTY
        for i in missing:
            scores[i] -= cost
    return scores


def guess_language(text: str, *, candidates: Iterable[str] | None = None) -> str | None:
    """The language `text` is most likely in, among `candidates` (default: all of `languages`), or None when the
    text gives too little evidence (a name alone, a word that several languages share, no letters at all).

    It weighs the frequent words of each language and the letters each writes (і and ў are Belarusian, ї and є
    Ukrainian, ł Polish, ř Czech), so one sentence is usually enough. Belarusian is known in Łacinka too (heta,
    tolki, ŭ).
    """
    return _best(language_scores(text, candidates=candidates))


def guess_line_languages(text: str) -> tuple[str | None, dict[int, str | None]]:
    """`guess_language` of the whole text and of each of its lines that holds a letter (a headline, a quoted
    passage, a table cell), by the line's first offset; the text is read once, since its scores are the sums of its
    lines'."""
    langs = _guesser().langs
    total = [0.0] * len(langs)
    lines: dict[int, str | None] = {}
    start = 0
    for line in text.split("\n"):
        if any(ch.isalpha() for ch in line):
            scores = _scores(line)
            total = [t + s for t, s in zip(total, scores)]
            lines[start] = _best(dict(zip(langs, scores)))
        start += len(line) + 1
    return _best(dict(zip(langs, total))), lines


def _best(scores: dict[str, float]) -> str | None:
    """The language whose score beats the next by `_MIN_MARGIN`, or None (see `guess_language`)."""
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top <= 0.0 and (len(ranked) == 1 or top == second):
        return None
    if top - second < _MIN_MARGIN:
        twins = frozenset({best, ranked[1][0]})
        third = ranked[2][1] if len(ranked) > 2 else 0.0
        if twins in _ONE_LIST and top - third >= _MIN_MARGIN:
            return _ONE_LIST[twins]  # Croatian and Serbian share their words: the text is one of them
        return None
    return best
