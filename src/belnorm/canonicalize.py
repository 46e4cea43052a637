"""The standard Belarusian Cyrillic spelling of a name nobody registered, and why that spelling won.

`canonical` writes any spelling of a name (Belarusian or Russian Cyrillic, Łacinka, passport and press
romanizations, Polish forms, case forms, surname first, with a patronymic or initials) the way the official
Belarusian orthography writes it, in the nominative, given name first. Each word is read by every reader that
could have produced it; the readings compete and the best-scored one wins (`explain_canonical` shows them):

* a Cyrillic word is Belarusian when its letters say so, else it may be Russian;
* a Latin word is read back into Cyrillic by Łacinka, the national system, an English-style and a Polish-style
  reader (tables in ``data/canonical/`` and ``data/transliteration_tables/``);
* a reading that is not yet correct Belarusian (Короткевич, Лукашенко) is rewritten by the regular Russian →
  Belarusian correspondences (``data/canonical/ru_be.toml``) at the stress ``data/canonical/stress.toml`` guesses;
* a given name becomes the Belarusian form of its class in ``data/names/given_names.tsv``;
* a case form becomes its nominative by ``data/canonical/endings.toml``, checked against the paradigms of
  ``data/names/inflection.toml``.

Scoring (`Reading.score`): the reader's plausibility for the word's letters (`belnorm.detect` for Latin), plus
a bonus when the reading is already correct Belarusian as written (it needed no Russian → Belarusian rewrite),
plus a bonus when its key equals one of the input's keys; readings that end in the same spelling add up.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from typing import Literal

import regex

from belnorm.keys import keys, readings
from belnorm.names import Token, given_names, is_function_word, is_noise, is_patronymic, tokenize
from belnorm.scripts import detect
from belnorm.data import data_path
from belnorm.tables import load_table, parse_table
from belnorm.text import APOSTROPHE, CYRILLIC, LATIN, clean
from belnorm.translit import to_cyrillic, transliterate
from belnorm.orthography import (
    VOWELS,
    belarusian_spelling,
    canonical_table,
    is_belarusian_spelling,
    is_case_form,
    mark_stress,
    nominative,
    official_spelling,
    russian_to_belarusian,
    stress,
    stress_and_certainty,
)

__all__ = [
    "CanonicalExplanation",
    "Reading",
    "WordReadings",
    "belarusian_spelling",
    "canonical",
    "explain_canonical",
    "is_belarusian_spelling",
    "official_spelling",
    "russian_to_belarusian",
    "stress",
]


# --- given names --------------------------------------------------------------------------------------------


@functools.cache
def _given_columns() -> tuple[tuple[tuple[str, ...], frozenset[str], int, frozenset[str]], ...]:
    """Per row of ``data/names/given_names.tsv``: the Belarusian Cyrillic forms (the ``be`` column, then the
    Cyrillic familiar forms), the lowercased Russian forms, how many of the first are full forms, and the
    lowercased English forms. `belnorm.names.GivenName` keeps every language in
    one tuple, so the columns are read here."""
    path = data_path("names", "given_names.tsv")
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        be = [x.strip() for x in (row.get("be") or "").split("|") if x.strip()]
        ru = frozenset(x.strip().lower() for x in (row.get("ru") or "").split("|") if x.strip())
        familiar = [x.strip() for x in (row.get("diminutives") or "").split("|") if CYRILLIC.search(x)]
        en = frozenset(x.strip().lower() for x in (row.get("en") or "").split("|") if x.strip())
        out.append((tuple(be + [x for x in familiar if x not in be]), ru, len(be), en))
    return tuple(out)


def _belarusian_forms(class_id: int) -> tuple[str, ...]:
    return _given_columns()[class_id - given_names().names[0].id][0]


#: `_Given.rank` → how sure a word is the given name, when several words of a name could be: a Belarusian form it
#: spells or a full form in the nominative, then a case form, then a familiar form by its key only
_TIERS = (0, 0, 1, 1, 2)


@dataclass(frozen=True, slots=True)
class _Given:
    form: str
    gender: str
    oblique: bool
    #: how sure the word is a given name: 0 (it spells a Belarusian form) to 4 (a familiar form by key only)
    rank: int
    note: str


#: Belarusian romanizations a given name may be written in: a form whose spelling in one of them is the word
#: itself is the form the word stands for (Mikola is Мікола, not the class's first form Мікалай)
_GIVEN_SCHEMES = ("passport", "lacinka", "national", "national_2023", "bgn", "pl_press", "de_press")


def _spells(form: str, word: str, familiar: bool = False) -> bool:
    """Is ``word`` the Belarusian Cyrillic ``form`` itself, its spelling in a Belarusian romanization, or, for a
    ``familiar`` form (which the table gives in Belarusian only), its Russian spelling (Михась: Міхась)?"""
    low = word.casefold()
    if CYRILLIC.search(word):
        target = official_spelling(form).casefold()
        if low in (form.casefold(), target):
            return True
        return familiar and russian_to_belarusian(word).casefold() == target
    return any(transliterate(form, scheme).casefold() == low for scheme in _GIVEN_SCHEMES)


@functools.lru_cache(maxsize=1 << 14)
def _given(word: str) -> _Given | None:
    """The Belarusian form of a given name in any language and case, or None for a word that is no given name.

    A Belarusian form the word spells (Mikola, Mikoła: Мікола) wins, then one the word is a case form of
    (Андрэя), then the class's standard form (Nikolai, Николай: Мікалай). A familiar form (Алесь, Міхась)
    becomes the Belarusian familiar form its key equals, if any."""
    table = given_names()
    word_keys = set(keys(word))
    nominative_ids = table.classes(word, inflected=False)
    if CYRILLIC.search(word):  # Паўла is Павел's genitive, not the key of the Ukrainian romanization Pavlo
        nominative_ids = frozenset(
            c for c in nominative_ids if any(_cyrillic_key_of(f, word_keys) for f in table.row(c).forms)
        )
    familiar = table.familiar_classes(word)
    inflected = table.classes(word) - nominative_ids
    # (rank, class id, form order, form): the word spells a Belarusian form (Алесь, Mikoła); it is a full form in
    # another language (Nikolai: the standard form); a case form of a Belarusian form (Андрэя); a case form of
    # the class (its standard form); a familiar form by its key only (weakest: Танька is no Танка). Within a rank a
    # full form goes before a familiar one (Ala spells Ала, and Аля in Łacinka)
    found: list[tuple[int, bool, int, int, str]] = []
    for class_id in sorted(nominative_ids | familiar | inflected):
        forms = _belarusian_forms(class_id)
        for order, form in enumerate(forms):
            if _spells(form, word, order >= _full_count(class_id)):
                if order >= _full_count(class_id) and _foreign_form(word, class_id):
                    continue  # a full form in another language (Ksenia, Yulia) is no familiar Ксеня, Юля
                if 0 < order < _full_count(class_id) and _stands_for_standard(form, class_id):
                    found.append((1, False, class_id, 0, forms[0]))
                    continue
                found.append((0, order >= _full_count(class_id), class_id, order, form))
            elif class_id in inflected and order < _full_count(class_id) and is_case_form(word, form):
                found.append((2, False, class_id, order, form))
            elif class_id in familiar and order >= _full_count(class_id) and word_keys & set(keys(form)):
                found.append((4, True, class_id, order, form))
        if class_id in nominative_ids:
            found.append((1, False, class_id, 0, forms[0]))
        elif class_id in inflected:
            found.append((3, False, class_id, 0, forms[0]))
    if not found:
        return None  # a familiar form with no Belarusian spelling of its own: read it as any word
    rank, _, class_id, _, form = min(found)
    row = table.row(class_id)
    how = ("a Belarusian form it spells", "the standard form", "a case form of it", "the standard form, from a case form",
           "a familiar form with its key")[rank]
    spelled = official_spelling(form)
    return _Given(spelled, row.gender, rank in (2, 3), rank, f"given name: {spelled} ({how}) of {row.canonical}")


def _stands_for_standard(variant: str, class_id: int) -> bool:
    """Is a variant Belarusian form the class's standard form spelled as it sounds, with a single letter for a
    double one or no soft sign (Тацяна, Тацьцяна, Tatsiana: Таццяна)? A form of its own (Мікола, Zmicier) is not."""
    return _as_sounded(variant) == _as_sounded(_belarusian_forms(class_id)[0])


def _as_sounded(form: str) -> str:
    """A form with no soft sign and single letters for double ones."""
    return regex.sub(r"(.)\1", r"\1", form.casefold().replace("ь", ""))


def _foreign_form(word: str, class_id: int) -> bool:
    """Is the word one of the name's Russian or English full forms (Ksenia, Yulia)?"""
    _, ru, _, en = _given_columns()[class_id - given_names().names[0].id]
    return word.casefold() in ru | en


def _cyrillic_key_of(form: str, word_keys: set[str]) -> bool:
    """Is a given name's form Cyrillic and one of a word's keys its key?"""
    return bool(CYRILLIC.search(form)) and not word_keys.isdisjoint(keys(form))


@functools.lru_cache(maxsize=1 << 12)
def _given_case_form(word: str, gender: str) -> _Given | None:
    """The Belarusian given name of ``gender`` (full or familiar) that a Cyrillic ``word`` is a case form of, or
    None: Алеся is Алесь's genitive, Аляксандра Аляксандр's, though each is also a woman's name."""
    if not CYRILLIC.search(word):
        return None
    table = given_names()
    classes = table.classes(word) | table.familiar_classes(word)
    for class_id in sorted(classes):
        row = table.row(class_id)
        if row.gender != gender:
            continue
        for form in _belarusian_forms(class_id):
            if form.casefold() != word.casefold() and is_case_form(word, form):
                spelled = official_spelling(form)
                return _Given(spelled, gender, True, 2, f"given name: {spelled} (a case form of it, as the surname's case"
                                                       f" and gender say) of {row.canonical}")
    return None


#: endings of a surname's nominative that tell its gender (a man's Лукашэнка ends in -а too: no ending tells it)
_SURNAME_GENDER = (("ая", "f"), ("яя", "f"), ("ава", "f"), ("ова", "f"), ("ева", "f"), ("ёва", "f"), ("іна", "f"),
                   ("ына", "f"), ("ина", "f"), ("скі", "m"), ("цкі", "m"), ("ский", "m"), ("цкий", "m"), ("ў", "m"),
                   ("в", "m"), ("ін", "m"), ("ын", "m"), ("ин", "m"), ("іч", "m"), ("ич", "m"))


def _gender_of_ending(word: str) -> str | None:
    """The gender a surname's nominative ending tells (`_SURNAME_GENDER`), or None."""
    low = word.lower()
    return next((gender for ending, gender in _SURNAME_GENDER if low.endswith(ending)), None)


def _spells_a_full_form(word: str) -> bool:
    """Is the word, letter for letter, a full or familiar form of a given name in some language (not only by its
    key: Ивана is no Иванна)?"""
    table = given_names()
    return table.spells(word, table.classes(word, inflected=False) | table.familiar_classes(word))


def _surname_case(groups: list[list[Token]], given_at: int, given_gender: str | None) -> str | None:
    """The gender (m or f) of a Cyrillic surname that is a case form (Бяляцкага: m), else None. A surname that is
    already a nominative of ``given_gender``, the gender of a given name spelled as a nominative, is read as one
    (Юлія Кашаверава: not Юлій Кашавераў's genitive)."""
    for i, group in enumerate(groups):
        if i == given_at or len(group) > 1 or not CYRILLIC.search(group[0].text):
            continue
        if given_gender is not None and _gender_of_ending(group[0].text) == given_gender:
            return None
        base, note = nominative(group[0].text, "any", True)
        if not note:
            continue
        return _gender_of_ending(base)
    return None


def _full_count(class_id: int) -> int:
    """How many of a row's Belarusian forms are full forms (the rest are familiar ones)."""
    return _given_columns()[class_id - given_names().names[0].id][2]


# --- readers ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reader:
    """A way to read a Latin word back into Cyrillic."""

    name: str
    #: conventions of `belnorm.keys.readings` under which a word may be in this reader's spelling
    conventions: frozenset[str]
    #: `belnorm.detect` schemes whose score is this reader's prior
    schemes: frozenset[str]
    #: the reading is Belarusian spelling by construction (Łacinka): never rewritten from Russian
    belarusian: bool
    table: str


_READERS = (
    _Reader("lacinka", frozenset({"lacinka"}), frozenset({"lacinka"}), True, "lacinka"),
    _Reader("national", frozenset({"lacinka"}), frozenset({"national"}), True, "national"),
    _Reader(
        "latin",
        frozenset({"english", "gost", "iso9"}),
        frozenset({"passport", "ru_english", "bgn", "ru_icao", "ru_bgn", "ru_gost", "iso9", "alalc"}),
        False,
        "latin_cyrillic",
    ),
    _Reader("polish", frozenset({"polish"}), frozenset({"pl_press"}), False, "polish_cyrillic"),
    _Reader("german", frozenset({"german"}), frozenset({"de_press"}), False, "german_cyrillic"),
)

#: a reader that some convention allows for the word but `detect` ranked nowhere still gets this prior
_FLOOR = 0.1
#: a reading whose key is one of the input word's keys gets this much more (ties between readers)
_KEY_BONUS = 0.05
#: each further reader that gives the same text adds this much
_AGREEMENT = 0.1
#: a Łacinka reading that is no correct Belarusian word (Ґродно for Grodno) keeps this share of its prior
_MISREAD = 0.2
#: a spelling that is correct Belarusian only under another stress than a regular suffix's (``certain`` in
#: stress.toml) keeps this share
_UNLIKELY_STRESS = 0.5
#: how likely a name is Russian-spelled, by what `belnorm.detect` says of its language
_P_RUSSIAN = {"ru": 0.9, "be": 0.05, "unknown": 0.4}
_BE_LETTERS = frozenset("іўʼІЎ")
_RU_LETTERS = frozenset("ищъИЩЪ")


@functools.cache
def _impossible_pairs() -> re.Pattern[str]:
    path = data_path("canonical", "phonotactics.toml")
    pairs = tomllib.loads(path.read_text(encoding="utf-8"))["impossible"]
    return re.compile("|".join(re.escape(p) for p in sorted(pairs, key=len, reverse=True)))


def _impossible(text: str) -> bool:
    """Does a spelling hold a letter pair the official orthography never writes (``data/canonical/phonotactics.toml``)?"""
    return _impossible_pairs().search(text.lower()) is not None


def _read_latin(word: str, reader: _Reader) -> str:
    if reader.table in ("lacinka", "national"):
        return to_cyrillic(transliterate(word, canonical_table("lacinka_ascii")), reader.table)
    return transliterate(word, canonical_table(reader.table))


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a word, and the Belarusian spelling it leads to.

    ``reader`` names what read the word (``cyrillic``, ``lacinka``, ``national``, ``latin``, ``polish``, ``given
    name``, ``initial``, ``as is``); ``steps`` what was done to it (the case form undone, the Russian → Belarusian
    rewrite and the stress it assumed); ``score`` the reader's prior times the likelihood of the spelling's
    language, readings that give the same text summed."""

    text: str
    reader: str
    score: float
    steps: tuple[str, ...] = ()


Role = Literal["given", "patronymic", "surname", "initial", "word"]


@dataclass(frozen=True, slots=True)
class WordReadings:
    """The readings that competed for one word of a name, best first; the first one's text is the word's
    canonical spelling."""

    source: str
    role: Role
    readings: tuple[Reading, ...]

    @property
    def chosen(self) -> str:
        """The winning spelling."""
        return self.readings[0].text if self.readings else ""


@dataclass(frozen=True, slots=True)
class CanonicalExplanation:
    """What `canonical` did with a name: its words in output order with their competing readings (words left
    out, such as a patronymic that was not asked for, have ``kept`` False), and the result.

    ``rereads`` lists the spellings read again because the rules would have rewritten them once more (an
    ambiguous Latin word read as Łacinka, whose Cyrillic the rules then take for Russian): `canonical` returns
    a spelling that it leaves as it is."""

    name: str
    canonical: str
    kind: str | None
    words: tuple[WordReadings, ...]
    kept: tuple[bool, ...]
    rereads: tuple[str, ...] = ()

    def __str__(self) -> str:
        lines = [f"{self.name!r} -> {self.canonical!r}" + (f" ({self.kind})" if self.kind else "")]
        for word, kept in zip(self.words, self.kept):
            lines.append(f"  {word.source!r} ({word.role}){'' if kept else ', left out'}:")
            for reading in word.readings:
                steps = "; ".join(reading.steps)
                lines.append(f"      {reading.text!r} {reading.score:.2f} by {reading.reader}" + (f": {steps}" if steps else ""))
        lines.extend(f"  read again: {spelling!r}" for spelling in self.rereads)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from belnorm.display import canonical_html

        return canonical_html(self)


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole name tells about each of its words."""

    p_russian: float
    schemes: dict[str, float]
    #: readers the given name's spelling speaks against get less than 1
    reader_weights: dict[str, float]
    stress_kind: str | None
    oblique: bool
    gender: str | None
    #: the name has a given name in the nominative: its surname is in the nominative too
    nominative_given: bool


def _word_language(word: str, p_russian: float) -> float:
    """The likelihood that a Cyrillic word is Russian-spelled: its own letters decide when they can."""
    if any(c in _BE_LETTERS for c in word):
        return 0.0
    if any(c in _RU_LETTERS for c in word):
        return 1.0
    return p_russian


def _hypotheses(
    cyrillic: str, spelling: str, p_russian: float, belarusian: bool, ctx: _Context, plain: bool = False
) -> list[tuple[str, float, tuple[str, ...]]]:
    """The Belarusian spellings of a Cyrillic reading: as written when that is correct Belarusian, and rewritten
    from Russian; each with its likelihood. ``belarusian``: the reading is Łacinka's; ``plain``: of a word
    without diacritics (then even Łacinka may be a misreading of an English-style spelling)."""
    base, note = nominative(cyrillic, spelling, ctx.oblique, ctx.gender)
    steps = (f"case form: {note}",) if note else ()
    as_written = official_spelling(base)
    valid = is_belarusian_spelling(as_written)
    # correct Belarusian only under another stress than a regular suffix's (Латушко: a stressed final о) is weaker
    at, certain = stress_and_certainty(as_written, ctx.stress_kind)
    unlikely = valid and certain and russian_to_belarusian(as_written, at, ctx.stress_kind) != as_written
    if belarusian:  # Łacinka is Belarusian spelling: a reading that is not correct Belarusian is a misreading
        if valid:
            return [(as_written, _UNLIKELY_STRESS if unlikely and plain else 1.0, steps)]
        rewritten = official_spelling(russian_to_belarusian(base, stress(base, ctx.stress_kind), ctx.stress_kind))
        return [(rewritten, _MISREAD, steps + ("no correct Belarusian: rewritten",))]
    out = []
    position = stress(base, ctx.stress_kind)
    if valid:
        weight = (1.0 - p_russian) * (_UNLIKELY_STRESS if unlikely else 1.0)
        out.append((as_written, weight, steps + ("correct Belarusian as written",)))
    rewritten = official_spelling(russian_to_belarusian(base, position, ctx.stress_kind))
    marked = mark_stress(base.lower(), position)
    out.append((rewritten, p_russian if valid else 1.0, steps + (f"Russian → Belarusian, stress {marked}",)))
    return out


def _word_readings(word: str, ctx: _Context) -> list[Reading]:
    """Every reading of one word (no hyphen, no space), merged by the text they give, best first."""
    found: list[Reading] = []
    if _foreign(word):
        return [Reading(word, "as is", 1.0)]
    if CYRILLIC.search(word):
        spelling = "be" if any(c in _BE_LETTERS for c in word) else "ru" if any(c in _RU_LETTERS for c in word) else "any"
        p = _word_language(word, ctx.p_russian)
        for text, weight, steps in _hypotheses(word, spelling, p, False, ctx):
            found.append(Reading(text, "cyrillic", weight, steps))
    elif LATIN.search(word):
        conventions = {c for names, _ in readings(word) for c in names}
        own = dict(detect(word).schemes)  # the word's own letters count as much as the whole name's
        for reader in _READERS:
            if not reader.conventions & conventions:
                continue
            prior = max((max(ctx.schemes.get(s, 0.0), own.get(s, 0.0)) for s in reader.schemes), default=0.0) or _FLOOR
            prior *= ctx.reader_weights.get(reader.name, 1.0)
            cyrillic = _read_latin(word, reader)
            for text, weight, steps in _hypotheses(cyrillic, "any", ctx.p_russian, reader.belarusian, ctx, word.isascii()):
                found.append(Reading(text, reader.name, prior * weight, (f"{reader.name}: {cyrillic}",) + steps))
    else:
        return [Reading(word, "as is", 1.0)]
    # per text: the readers' scores (one reader's hypotheses add up), then the best reader plus agreement
    word_keys = set(keys(word))
    per_text: dict[str, dict[str, Reading]] = {}
    found = [
        Reading(r.text, r.reader, r.score * _MISREAD, r.steps + ("a letter pair Belarusian never writes",))
        if _impossible(r.text) else r
        for r in found
    ]
    for r in found:
        if r.score <= 0:
            continue
        by_reader = per_text.setdefault(r.text, {})
        old = by_reader.get(r.reader)
        by_reader[r.reader] = r if old is None else Reading(r.text, r.reader, old.score + r.score, max(old, r, key=lambda x: x.score).steps)
    merged = []
    for text, by_reader in per_text.items():
        best = max(by_reader.values(), key=lambda x: x.score)
        score = best.score + _AGREEMENT * (len(by_reader) - 1) + (_KEY_BONUS if word_keys & set(keys(text)) else 0.0)
        merged.append(Reading(text, "+".join(by_reader), score, best.steps))
    ranked = sorted(merged, key=lambda r: -r.score)
    return [Reading(_title(r.text), r.reader, round(r.score, 3), r.steps) for r in ranked] or [Reading(word, "as is", 1.0)]


def _is_noise(word: str) -> bool:
    """A title or a place word that stands next to a name (President, спадар, горад), in the source or in its
    Belarusian spelling; a capitalized preposition (На, З) is taken for a name's word."""
    return is_noise(word) and not (word[:1].isupper() and is_function_word(word))


#: the apostrophe of the output: the one Belarusian text is mostly typed with (`clean` writes every one as ʼ)
_OUTPUT_APOSTROPHE = "'"


def _finish_word(text: str) -> str:
    """A word as it can stand in the output: no apostrophe at its ends (tokenize would cut it), the apostrophe
    inside it typed as '; and a single letter written as the initial it would be read as."""
    text = _title(text.strip(APOSTROPHE)).replace(APOSTROPHE, _OUTPUT_APOSTROPHE)
    return _initial(text) if len(text) == 1 and text.isalpha() else text


_LATIN_RUN = regex.compile(r"\p{Script=Latin}+")


@functools.cache
def _known_latin() -> frozenset[str]:
    """The Latin letters some reader has a rule for (ł č š ž ś ć ź ń ŭ ó ą ę ż ä ö ü ß ...)."""
    letters: set[str] = set()
    for name in ("latin_cyrillic", "polish_cyrillic", "german_cyrillic", "lacinka_ascii"):
        for rule in parse_table(data_path("canonical", f"{name}.toml")).rules:
            letters.update(rule.src)
    for name in ("lacinka_cyrillic", "national_cyrillic"):
        letters.update(c for rule in load_table(name).rules for c in rule.src)
    return frozenset(letters)


_TRIPLES = re.compile(r"(.)\1\1+", re.IGNORECASE)


def _prepare(word: str) -> str:
    """A word ready to be read: no letter three times in a row, Latin letters with marks no reader knows lose
    them, and a word of both scripts has its Latin letters read as Cyrillic (one script a word)."""
    word = _fold_unknown_marks(word)
    if CYRILLIC.search(word) and LATIN.search(word):
        word = _LATIN_RUN.sub(lambda m: transliterate(m.group(), canonical_table("latin_cyrillic")), word)
    return _TRIPLES.sub(lambda m: m.group()[:2], word)


@functools.lru_cache(maxsize=1 << 14)
def _fold_unknown_marks(word: str) -> str:
    """A Latin letter with marks no reader knows (à, ő) loses its marks: only its base letter can be read."""
    if word.isascii():
        return word
    known = _known_latin()
    out = []
    for ch in word:
        if LATIN.match(ch) and ch.lower() not in known:
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            ch = base if base.isascii() and base.isalpha() else ch
        out.append(ch)
    return "".join(out)


def _title(word: str) -> str:
    """A name word with a capital first letter and the rest lower case (after an apostrophe too)."""
    return "-".join(_capital(part[:1]) + part[1:].lower() for part in word.split("-"))


def _capital(letter: str) -> str:
    if not (CYRILLIC.match(letter) or LATIN.match(letter)):
        return letter  # the capital of µ is a Greek letter
    upper = letter.upper()
    return upper if len(upper) == len(letter) else letter  # ß has no one-letter capital


def _foreign(word: str) -> bool:
    """Has the word a letter of neither script (Greek, µ, Han)? Then no reader can read it: it stays as it is."""
    return any(ch.isalpha() and ch != APOSTROPHE and not (LATIN.match(ch) or CYRILLIC.match(ch)) for ch in word)


def _initial(letter: str) -> str:
    """An initial in Cyrillic: a Latin one read as the English-style reader reads it."""
    if LATIN.search(letter):
        read = transliterate(letter, canonical_table("latin_cyrillic"))[:1]
        letter = read if CYRILLIC.match(read) else letter
    return _capital(letter) + "."


#: romanizations of Belarusian and of Russian that a Latin given name may be written in
_BELARUSIAN_SCHEMES = ("passport", "lacinka", "national", "national_2023", "bgn", "pl_press", "de_press")
_RUSSIAN_SCHEMES = ("ru_english", "ru_bgn", "ru_icao", "ru_gost", "pl_press", "de_press")
#: a reader whose schemes the given name was not written in keeps this share of its prior
_INCONSISTENT = 0.5


@functools.lru_cache(maxsize=1 << 14)
def _given_evidence(token: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a given name's spelling tells about the name's convention: ``(schemes, languages)``, the
    romanizations that write one of its Belarusian or Russian forms exactly as the token is written, and whether
    that form is Belarusian (be) or Russian (ru). Yauhen is passport Belarusian, Lavon Łacinka, Yevgeny Russian."""
    table = given_names()
    low = token.casefold()
    schemes: set[str] = set()
    languages: set[str] = set()
    cyrillic = bool(CYRILLIC.search(token))
    for class_id in table.classes(token, inflected=False):
        forms, ru, full, en = _given_columns()[class_id - table.names[0].id]
        be = {f.casefold() for f in forms[:full]}
        if cyrillic:
            if low in be and low not in ru:
                languages.add("be")
            elif low in ru and low not in be:
                languages.add("ru")
            continue
        for form in forms[:full]:
            for scheme in _BELARUSIAN_SCHEMES:
                if transliterate(form, scheme).casefold() == low:
                    schemes.add(scheme)
                    languages.add("be")
        for form in ru:
            for scheme in _RUSSIAN_SCHEMES:
                if transliterate(form, scheme).casefold() == low:
                    schemes.add(scheme)
                    languages.add("ru")
        if low in en and "be" not in languages:
            languages.add("ru")
    if cyrillic and not languages:  # a case form: of a Belarusian form only (Вольгу), or of a Russian one only
        for class_id in table.classes(token):
            forms, ru, full, _ = _given_columns()[class_id - table.names[0].id]
            of_be = any(is_case_form(token, f) for f in forms[:full])
            of_ru = any(is_case_form(token, f) for f in ru)
            if of_be != of_ru:
                languages.add("be" if of_be else "ru")
    return frozenset(schemes), frozenset(languages)


def _context(text: str, given: _Given | None, kind: str | None, given_token: str | None) -> _Context:
    found = detect(text)
    p_russian = _P_RUSSIAN[found.language]
    weights = {reader.name: 1.0 for reader in _READERS}
    if given_token is not None and given is not None:
        schemes, languages = _given_evidence(given_token)
        if languages == {"ru"}:
            p_russian = max(p_russian, _P_RUSSIAN["ru"])
        elif languages == {"be"}:
            p_russian = min(p_russian, _P_RUSSIAN["be"])
        if schemes or languages == {"ru"}:
            for reader in _READERS:
                if not reader.schemes & schemes:
                    weights[reader.name] = _INCONSISTENT
    stress_kind = kind if kind in ("place", "org") else "person"
    return _Context(
        p_russian,
        dict(found.schemes),
        weights,
        stress_kind,
        bool(given and given.oblique),
        given.gender if given and given.gender in ("m", "f") else None,
        bool(given and not given.oblique),
    )


# --- the name -----------------------------------------------------------------------------------------------

_KINDS = ("person", "place", "org")


def _words(tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped into words: hyphenated parts (Дунін-Марцінкевіч) stay together."""
    groups: list[list[Token]] = []
    for t in tokens:
        if t.hyphenated and groups:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _spell(parts: list[Token], role: Role, ctx: _Context) -> WordReadings:
    """The readings of one word of a name (hyphenated parts read one by one and joined)."""
    source = "-".join(p.text for p in parts)
    if role == "initial":
        return WordReadings(source, role, (Reading(_initial(source), "initial", 1.0),))
    if len(parts) == 1:
        return WordReadings(source, role, tuple(_word_readings(parts[0].text, ctx)))
    chosen = [_word_readings(p.text, ctx)[0] for p in parts]
    joined = Reading(
        "-".join(r.text for r in chosen),
        "+".join(dict.fromkeys(r.reader for r in chosen)),
        round(min(r.score for r in chosen), 3),
        tuple(step for r in chosen for step in r.steps),
    )
    return WordReadings(source, role, (joined,))


#: at most this many readings of a name's own output before it is taken as stable
_MAX_REREADS = 3


def explain_canonical(name: str, *, kind: str | None = None, patronymic: bool = False) -> CanonicalExplanation:
    """`canonical`, with the readings that competed for each word, their scores and the winner.

    >>> e = explain_canonical("Łukašenki")
    >>> e.canonical, e.words[0].readings[0].reader
    ('Лукашэнка', 'lacinka')
    """
    if not isinstance(name, str):
        raise TypeError(f"explain_canonical() needs a str, not {type(name).__name__}")
    if kind is not None and kind not in _KINDS:
        raise ValueError(f"kind must be one of {', '.join(_KINDS)} or None, not {kind!r}")
    first = _explain(name, kind, patronymic)
    result, rereads = first.canonical, []
    for _ in range(_MAX_REREADS):
        again = _explain(result, kind, patronymic).canonical
        if again == result:
            break
        rereads.append(result)
        result = again
    if not rereads:
        return first
    return CanonicalExplanation(name, result, first.kind, first.words, first.kept, tuple(rereads))


def _explain(name: str, kind: str | None, patronymic: bool) -> CanonicalExplanation:
    """One reading of a name (see `explain_canonical`)."""
    text = clean(name)
    tokens = [t._replace(text=_prepare(t.text)) for t in tokenize(text) if t.kind != "number"]
    if len(tokens) > 1:
        tokens = [t for t in tokens if not (t.kind == "word" and _is_noise(t.text))] or tokens
    groups = _words(tokens)
    if not groups:
        return CanonicalExplanation(name, "", kind, (), ())
    given: _Given | None = None
    given_at: int | None = None
    if kind in (None, "person"):
        best_rank: int | None = None
        for i, group in enumerate(groups):
            if len(group) > 1 or group[0].kind != "word" or _foreign(group[0].text):
                continue
            g = _given(group[0].text)
            if g is None:
                continue
            tier = _TIERS[g.rank]  # a form it spells and a full form are as sure; then the first word wins
            if best_rank is None or tier < best_rank:
                given, given_at, best_rank = g, i, tier
        if given is not None and given_at is not None:
            exact = _spells_a_full_form(groups[given_at][0].text)  # Юлія, Юлия; not Ивана by the key of Иванна
            case_of = _surname_case(groups, given_at, given.gender if exact else None)
            in_case = _given_case_form(groups[given_at][0].text, case_of) if case_of else None
            if in_case is not None and in_case.gender != given.gender:
                given = in_case  # the surname's case and gender decide (Алеся Бяляцкага: Алесь, not Алеся)
    roles: list[Role] = []
    for i, group in enumerate(groups):
        if i == given_at:
            roles.append("given")
        elif group[0].kind == "initial" and len(group) == 1:
            roles.append("initial")
        elif (
            kind in (None, "person")
            and len(groups) > 2
            and given_at is not None
            and i == given_at + 1
            and len(group) == 1
            and is_patronymic(group[0].text)
        ):
            roles.append("patronymic")  # right after the given name in a name of three words (-віч alone is a surname)
        else:
            roles.append("surname" if kind in (None, "person") and (given_at is not None or len(groups) > 1) else "word")
    if kind is None and (given is not None or "patronymic" in roles or "initial" in roles):
        kind_used: str | None = "person"
    else:
        kind_used = kind
    ctx = _context(text, given, kind_used, groups[given_at][0].text if given_at is not None else None)
    spelled: list[WordReadings] = []
    for i, (group, role) in enumerate(zip(groups, roles)):
        if role == "given" and given is not None:
            spelled.append(WordReadings(group[0].text, role, (Reading(given.form, "given name", 1.0, (given.note,)),)))
        else:
            spelled.append(_spell(group, role, ctx))
    for i, w in enumerate(spelled):
        if roles[i] != "given" and len(_finish_word(w.chosen)) == 2:  # a word that came out as one letter: an initial
            roles[i] = "initial"
            spelled[i] = WordReadings(w.source, "initial", w.readings)
    # given name first, then the patronymic (its initial), then the rest in their order
    initials = [i for i, r in enumerate(roles) if r == "initial"]
    patronymic_at = [i for i, r in enumerate(roles) if r == "patronymic"]
    if len(initials) == len(groups):
        initials = []  # initials alone are kept as they are: nothing to tell the given name's from the others
    if given_at is not None:
        patronymic_at += initials
        first = [given_at]
    else:
        first = initials[:1]
        patronymic_at += initials[1:]
    rest = [i for i in range(len(groups)) if i not in first and i not in patronymic_at]
    order = first + sorted(patronymic_at) + rest
    noise = {i for i, w in enumerate(spelled) if roles[i] != "initial" and _is_noise(w.chosen)}
    if len(noise) == len(groups):
        noise = set()  # a name of titles alone keeps them
    kept = tuple((patronymic or i not in patronymic_at) and i not in noise for i in order)
    words = tuple(spelled[i] for i in order)
    result = " ".join(_finish_word(w.chosen) for w, keep in zip(words, kept) if keep and _finish_word(w.chosen))
    return CanonicalExplanation(name, result, kind_used, words, kept)


def canonical(name: str, *, kind: str | None = None, patronymic: bool = False) -> str:
    """The name in standard Belarusian Cyrillic (the official orthography), in the nominative, given name first.

    ``kind`` (person, place, org) says what the name is when that is known: a place is never reordered and its
    stress is guessed by place-name rules. A patronymic (or its initial) is left out unless ``patronymic``.
    A string with no letters gives "".

    >>> canonical("Svetlana Tikhanovskaya")
    'Святлана Ціханоўская'
    >>> canonical("Lukashenko Alexander G.")
    'Аляксандр Лукашэнка'
    >>> canonical("Grodno")
    'Гродна'
    """
    return explain_canonical(name, kind=kind, patronymic=patronymic).canonical
