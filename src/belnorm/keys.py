"""Comparison keys: the spellings of one name, in any script and scheme, collapse onto the same key.

A word is first *read* into belnorm's phoneme alphabet by the tables in ``data/keys/`` (one reading for a
Cyrillic word, plus Ukrainian's where its telltale letters call for it; one per plausible convention for a Latin
one, skipping conventions that could not have produced the word: see ``readings.toml``). The reading is then
folded by the regular Belarusian ↔ Russian correspondences, so that Лукашэнка, Лукашенко, Łukašenka,
Lukashenko, Łukaszenka and Lukaschenko all give ``lukawanka``:

* dzekanne and tsekanne: дз, ц before a soft vowel are д, т (Дзядок / Дедок, Ціханоўская / Тихановская);
* iotation and softness are dropped; a glide after a vowel is an ``i`` (Андрэй, Andrei, Andrej);
* akanne and yakanne: о, е, э, я all become ``a`` (Гродна / Гродно, Сяргей / Сергей);
* в / ў not before a vowel is ``u`` (Барысаў / Борисов / Barysau / Barysaw);
* doubled letters are single (Наталля / Наталья).

The *skeleton* (the key without vowels) weighs consonant differences above vowel ones in `similarity`.
Case forms of a stem key are `belnorm.morphology`'s.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz.distance import OSA
from unidecode import unidecode

from belnorm.data import data_path
from belnorm.tables import parse_table
from belnorm.text import CYRILLIC as CYRILLIC_LETTER
from belnorm.text import LATIN
from belnorm.translit import CompiledTable, compile_rules, transliterate

__all__ = [
    "CYRILLIC",
    "Conventions",
    "OTHER",
    "key",
    "keyed_readings",
    "keyed_readings_in",
    "keys",
    "latin_conventions",
    "readings",
    "similarity",
    "skeleton",
    "differs_only_at_end",
    "drops_a_syllable",
    "may_reach",
    "join_ending",
    "fold_vowels",
    "o_keys",
    "o_without_spelling",
    "phonemes",
    "stem_keys",
    "without_diacritics",
]


_LEFTOVER_MARKS = regex.compile(r"\p{Mn}")
# Readings are ASCII (`_read`), so the folds below use the stdlib engine, several times faster than `regex`
# on patterns this simple.
_SOFT_DZ = re.compile(r"dz(?=[yie'])")
# ц before і, ь, я, ю, ё is т in Russian (Ціханоўская / Тихановская, Цярэшчанка / Терещенко). Before е it is
# ambiguous: Belarusian Віцебск is Russian Витебск, but Russian Цепкало is Belarusian Цапкала; such a word
# gets both keys.
_SOFT_C = re.compile(r"c(?=y[aiuo]|[i'])")
_C_BEFORE_E = re.compile(r"c(?=y?e)")
_GLIDE_AS_VOWEL = re.compile(r"(?<=[aeiou])y(?![aeiou])")
_DROPPED = re.compile(r"[y'\W_]+")
_V_AS_U = re.compile(r"v(?![aeiou])")
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aiu]+")
_AKANNE = str.maketrans({"o": "a", "e": "a"})
_NO_FOLD: dict[int, int] = str.maketrans({})
_DEVOICE = {"b": "p", "d": "t", "g": "k", "z": "s", "v": "f", "j": "w"}

#: the reading conventions that produced one reading of a word, in the order they were tried
Conventions = tuple[str, ...]
#: a Cyrillic word has one reading (two when a Ukrainian telltale adds one); a word in neither script is read
#: by unidecode
CYRILLIC: Conventions = ("cyrillic",)
OTHER: Conventions = ("other",)


@dataclass(frozen=True, slots=True)
class _Gate:
    """Letters or digraphs a word may contain, and endings (written with a final ``$``: a case ending) it may
    end with; compiled once, as every new word is checked against every convention."""

    search: Callable[[str], object] | None
    endings: tuple[str, ...]

    @classmethod
    def of(cls, patterns: Sequence[str]) -> _Gate:
        inner = [re.escape(p) for p in patterns if not p.endswith("$")]
        endings = tuple(p[:-1] for p in patterns if p.endswith("$"))
        return cls(re.compile("|".join(inner)).search if inner else None, endings)

    def __call__(self, word: str) -> bool:
        if self.endings and word.endswith(self.endings):
            return True
        return self.search is not None and self.search(word) is not None


@dataclass(frozen=True, slots=True)
class _Convention:
    table: str
    never: _Gate
    only_with: _Gate | None
    #: shorter words are not read so: a short word ending like a case ending is a word of its own (Kolas, Veras)
    min_length: int = 0
    #: the languages whose press writes foreign names so (`keyed_readings_in`)
    languages: frozenset[str] = frozenset()
    #: (phoneme, phoneme): a second reading with the one for the other (Hungarian h: х, and г in Belarusian names)
    also: tuple[tuple[str, str], ...] = ()

    def read(self, lower: str) -> list[str]:
        """The word's phonemes by this convention: its table's reading, and the readings ``also`` makes of it."""
        first = _read(lower, self.table)
        return [first, *(first.replace(a, b) for a, b in self.also if a in first)]

    def applies(self, word: str) -> bool:
        if len(word) < self.min_length or (self.only_with is not None and not self.only_with(word)):
            return False
        return not self.never(word)


@functools.cache
def _conventions(script: str = "latin") -> tuple[_Convention, ...]:
    """The conventions of readings.toml for words of one script (``script`` defaults to latin there)."""
    raw = tomllib.loads(data_path("keys", "readings.toml").read_text(encoding="utf-8"))
    return tuple(
        _Convention(
            r["table"],
            _Gate.of(r.get("never", ())),
            _Gate.of(r["only_with"]) if r.get("only_with") else None,
            r.get("min_length", 0),
            frozenset(r.get("languages", ())),
            tuple((a, b) for a, b in r.get("also", ())),
        )
        for r in raw["reading"]
        if r.get("script", "latin") == script
    )


@functools.cache
def _reading_table(name: str) -> CompiledTable:
    return compile_rules(parse_table(data_path("keys", f"{name}.toml")))


def _read(word: str, table: str) -> str:
    word = word.lower()
    if not word.isascii():
        word = _LEFTOVER_MARKS.sub("", word)  # marks that compose with nothing (the tie of i͡a) carry nothing
    out = transliterate(word, _reading_table(table))
    return out if out.isascii() else unidecode(out).lower()


@functools.lru_cache(maxsize=1 << 18)
def readings(word: str) -> tuple[tuple[Conventions, str], ...]:
    """Every plausible reading of one word as ``(conventions, phonemes)``, distinct phonemes only; the
    conventions are every one that reads the word so (Lukashenko: english, german and polish alike)."""
    if CYRILLIC_LETTER.search(word):
        base = _read(word, "cyrillic")
        extra = [c.table for c in _conventions("cyrillic") if c.applies(word.lower())]
        if not extra:  # the common case: Belarusian and Russian have one reading
            return ((CYRILLIC, base),)
        found: dict[str, Conventions] = {base: CYRILLIC}
        for table in extra:  # a telltale (Ukrainian є ї ґ, -ський) adds that language's reading
            phonemes = _read(word, table)
            found[phonemes] = (*found.get(phonemes, ()), table)
        return tuple((names, phonemes) for phonemes, names in found.items())
    if not LATIN.search(word):
        return ((OTHER, unidecode(word).lower()),)
    lower = word.lower()
    out: dict[str, Conventions] = {}
    for convention in _conventions():
        if convention.applies(lower):
            for phonemes in convention.read(lower):
                out[phonemes] = (*out.get(phonemes, ()), convention.table)
    if not out:  # a word that breaks every convention's rules is still read, by the most lenient one
        out[_read(lower, "english")] = ("english",)
    return tuple((names, phonemes) for phonemes, names in out.items())


def latin_conventions() -> tuple[str, ...]:
    """The names of the Latin reading conventions, in the order they are tried (``data/keys/readings.toml``)."""
    return tuple(c.table for c in _conventions())


def stem_key(phonemes: str, fold: dict[int, str] | dict[int, int] = _AKANNE) -> str:
    """The key before its word-final rules: softening folded, glides and softness dropped, о/е/э → a (``fold``;
    `o_keys` keeps them)."""
    s = _SOFT_DZ.sub("d", phonemes)
    s = _SOFT_C.sub("t", s)
    s = _GLIDE_AS_VOWEL.sub("i", s)
    s = _DROPPED.sub("", s)
    return s.translate(fold)


@functools.lru_cache(maxsize=1 << 14)
def o_keys(word: str) -> tuple[tuple[Conventions, str], ...]:
    """``(conventions, key)`` of every reading of a word with its o and e kept (`stem_key` folds both into a):
    where the key's a was written o. Belarusian writes a Russian unstressed о as а (Гродна, Гродно), so a query's o stands
    for a registered a only where some spelling writes that o (`o_without_spelling`)."""
    out: dict[str, Conventions] = {}
    for names, phonemes in readings(word):
        o_key = finish(stem_key(phonemes, _NO_FOLD))
        out[o_key] = (*out.get(o_key, ()), *names)
    return tuple((names, o_key) for o_key, names in out.items() if o_key)


def fold_vowels(o_key: str) -> str:
    """An o-key (`o_keys`) with its o and e folded into a, as `stem_key` folds them."""
    return o_key.translate(_AKANNE)


def o_without_spelling(written: str, spellings: Sequence[str], witnesses: Sequence[str]) -> bool:
    """Does the o-key (`o_keys`) ``written`` have an o where a witness (a Russian spelling) has an a after the same
    letters and before the same consonant, and no spelling an o (Хотин, Chotyn for Хатынь, whose Russian name is
    Хатынь too)? An o before a vowel or at the end may be a case ending (Lydos, Гомельской; Zelvos, Зельвенский)."""
    for at, letter in enumerate(written):
        if letter != "o" or not _CONSONANT_AT.match(written, at + 1):
            continue
        before = fold_vowels(written[:at])
        if any(
            w[at : at + 2] == "a" + written[at + 1] and fold_vowels(w[:at]) == before for w in witnesses
        ) and not any(s[at : at + 1] == "o" and fold_vowels(s[:at]) == before for s in spellings):
            return True
    return False


_CONSONANT_AT = re.compile(r"[^aeiou]")


_SOFT_AT_ENDING = re.compile(r"dz(?=i)|c(?=i)")


def join_ending(root: str, ending: str, *, vowel_stem: bool) -> str:
    """A stem key's root with a case ending, as the key of the inflected word reads: ц and дз before і (ы) are т
    and д, as `stem_key` makes them, inside the ending (Ветка → Ветцы) and, for a stem that ended in a vowel, at
    the junction (Рэчыца → Рэчыцы: raqic + i is raqiti; a consonant stem in -ц has no such form)."""
    at = max(0, len(root) - 2) if vowel_stem else len(root)
    tail = _SOFT_AT_ENDING.sub(lambda m: "d" if m.group() == "dz" else "t", root[at:] + ending)
    return root[:at] + tail


def phonemes(word: str) -> tuple[str, ...]:
    """The distinct phoneme strings of a word's readings (`readings` without their conventions): what the
    spellings of two words are compared by."""
    return tuple(p for _, p in readings(word))


def finish(stem: str) -> str:
    """Complete a stem key: в/ў not before a vowel is u (Барысаў / Борисов / Barysau, ўнутраны / unutrany);
    doubled letters are single."""
    return _DOUBLES.sub(r"\1", _V_AS_U.sub("u", stem))


@functools.lru_cache(maxsize=1 << 18)
def stem_keys(word: str) -> tuple[tuple[Conventions, str], ...]:
    """``(conventions, stem key)`` for every distinct reading of a word."""
    out: dict[str, Conventions] = {}
    for names, phonemes in readings(word):
        for stem in _stems(phonemes):
            out[stem] = tuple(dict.fromkeys((*out.get(stem, ()), *names)))
    return tuple((names, stem) for stem, names in out.items() if stem)


def _stems(phonemes: str) -> list[str]:
    """The stem keys of one reading, and one more for each ц before е that may be Russian т (Цапкала / Віцебск):
    one at a time, since a name with two has at most one from a т (Czeczersk read as Цецерск is no Тетерск)."""
    stems = [stem_key(phonemes)]
    for found in _C_BEFORE_E.finditer(phonemes):
        stems.append(stem_key(phonemes[: found.start()] + "t" + phonemes[found.end() :]))
    return stems


@functools.lru_cache(maxsize=1 << 18)
def keyed_readings(word: str) -> tuple[tuple[Conventions, str], ...]:
    """``(conventions, key)`` for every distinct reading of a word: `stem_keys` finished."""
    return tuple((convention, finish(stem)) for convention, stem in stem_keys(word))


@functools.lru_cache(maxsize=1 << 14)
def keyed_readings_in(word: str, language: str) -> tuple[tuple[Conventions, str], ...]:
    """``(conventions, key)`` of a Latin word read by the tables of the press of ``language`` (readings.toml
    ``languages``), even when the word has none of the letters they wait for: in a Finnish text, Mogiljovissa is
    Finnish too, in a Ukrainian one Костюківка is Ukrainian. A table the word breaks (`never`) still does not read
    it."""
    lower = word.lower()
    if CYRILLIC_LETTER.search(word):
        script = "cyrillic"  # (a Ukrainian text's word without a telltale: Костюківка is Касцюкоўка)
    elif LATIN.search(word):
        script = "latin"
    else:
        return ()
    out: dict[str, Conventions] = {}
    for convention in _conventions(script):
        if language in convention.languages and len(lower) >= convention.min_length and not convention.never(lower):
            # (the table's own reading only: a second one, ``also``, is for words that show the language's letters)
            for stem in _stems(_read(lower, convention.table)):
                if stem:
                    out[finish(stem)] = tuple(dict.fromkeys((*out.get(finish(stem), ()), convention.table)))
    return tuple((names, k) for k, names in out.items())


@functools.lru_cache(maxsize=1 << 18)
def keys(word: str) -> tuple[str, ...]:
    """The distinct keys of one word, one per plausible reading (cached: the given-name, word-equivalent and
    patronymic tests all ask for the same word's keys)."""
    return tuple(dict.fromkeys(k for _, k in keyed_readings(word)))


def key(text: str) -> str:
    """The key of a word or a phrase (words joined by spaces), from its first reading.

    >>> key("Лукашэнка") == key("Lukashenko") == key("Łukaszenka") == key("Lukaschenko")
    True
    """
    return " ".join(keys(w)[0] for w in regex.findall(r"[\p{L}\p{M}\p{N}]+", text) if keys(w))


def skeleton(k: str) -> str:
    """A key without its vowels: what stays when akanne, yakanne and reduced vowels are ignored."""
    return _VOWELS.sub("", k)


@functools.cache
def _folds() -> tuple[dict[int, str], dict[int, str]]:
    raw = tomllib.loads(data_path("keys", "readings.toml").read_text(encoding="utf-8"))
    return str.maketrans(raw["without_diacritics"]), str.maketrans(_DEVOICE)


def without_diacritics(k: str) -> str:
    """The key as if its ш ж ч had lost their hooks (Lukasenka for Łukašenka): ш → s, ж → z, ч → c."""
    return k.translate(_folds()[0])


@functools.lru_cache(maxsize=1 << 16)
def _devoiced(k: str) -> str:
    return skeleton(k).translate(_folds()[1])


@functools.lru_cache(maxsize=1 << 16)
def similarity(a: str, b: str) -> float:
    """0–100 similarity of two keys: a swap is one edit; a vowel edit or a voiced/voiceless consonant pair
    (з/с, ж/ш, б/п, д/т, г/к, в/ф: German writes both of a pair alike) costs half a consonant edit."""
    if a == b:
        return 100.0
    longest = max(len(a), len(b))
    if not longest:
        return 0.0
    cost = (OSA.distance(a, b) + OSA.distance(_devoiced(a), _devoiced(b))) / 2
    return max(0.0, 100.0 * (1.0 - cost / longest))


def may_reach(a: str, b: str, cutoff: float) -> bool:
    """Could `similarity` of two keys reach ``cutoff``? A cheap necessary test: the plain edit distance alone
    costs half of what similarity charges (the skeleton's share is never negative)."""
    return OSA.distance(a, b) * 100 <= 2 * (100 - cutoff) * max(len(a), len(b)) + 1e-9


def drops_a_syllable(a: str, b: str) -> bool:
    """Is key ``b`` key ``a`` with one vowel left out that made a syllable of its own, between two consonants or
    at an end beside one (xarikau / xarkau: Cherykaw is no Járkov)? Romanizations vary in the letters of a
    syllable, not in how many there are; a glide beside another vowel (biaraza / baraza) is no syllable."""
    if len(a) != len(b) + 1:
        return False
    for k, letter in enumerate(a):
        if a[:k] + a[k + 1 :] != b:
            continue
        around = a[k - 1 : k] + a[k + 1 : k + 2]
        if letter in "aiu" and around and not _VOWELS.search(around):
            return True
    return False


def differs_only_at_end(a: str, b: str) -> bool:
    """Do two keys differ only by an added ending, or by their final vowel? Then they are two words (another
    gender or case: Каліноўскі / Каліноўская, Sheremet / Sheremetev), not one word with a typo."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    rest_a, rest_b = a[common:], b[common:]
    if not rest_a or not rest_b:
        return True
    return len(rest_a) == len(rest_b) == 1 and not _VOWELS.sub("", rest_a + rest_b)
