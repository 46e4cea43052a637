"""Belarusian spelling rules for names nobody registered: stress, the Russian → Belarusian correspondences, the
official orthography, and case forms back to the nominative (tables in ``data/canonical/``).

`belnorm.canonicalize` builds the standard spelling of a name from these rules; they are kept apart because they
are a description of the orthography, not of how readings compete.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any, Literal

from belnorm.data import data_path
from belnorm.keys import keys, stem_keys
from belnorm.morphology import inflected_forms
from belnorm.tables import parse_table
from belnorm.translit import compile_rules, transliterate

__all__ = [
    "VOWELS",
    "belarusian_spelling",
    "canonical_table",
    "is_belarusian_spelling",
    "is_case_form",
    "mark_stress",
    "nominative",
    "official_spelling",
    "russian_to_belarusian",
    "stress",
    "stress_and_certainty",
]

#: Cyrillic vowel letters (Belarusian and Russian)
VOWELS = "аеёиоуыэюяі"
_STRESSED = "\u02c8"  # ˈ after the stressed vowel
_PRESTRESSED = "\u02cc"  # ˌ after the vowel of the syllable before it


Kind = Literal["person", "place", "org"]


@dataclass(frozen=True, slots=True)
class _StressRule:
    pattern: re.Pattern[str]
    kinds: frozenset[str] | None
    certain: bool
    note: str


@functools.cache
def _stress_rules() -> tuple[_StressRule, ...]:
    path = data_path("canonical", "stress.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    vowels = raw["vowels"]
    out = []
    for i, item in enumerate(raw["rule"]):
        source = item["pattern"].replace("{V}", f"[{vowels}]").replace("{C}", f"[^{vowels}]")
        try:
            kinds = frozenset(item["kinds"]) if "kinds" in item else None
            out.append(_StressRule(re.compile(source), kinds, bool(item.get("certain", False)), item.get("note", "")))
        except re.error as exc:
            raise ValueError(f"{path}: rule[{i}] pattern {item['pattern']!r}: {exc}") from exc
    return tuple(out)


def stress(word: str, kind: str | None = None) -> int | None:
    """Where the stress of a Russian-spelled word most likely falls: the index of its stressed vowel (None for a
    word without vowels), by the first rule of ``data/canonical/stress.toml`` that matches. A name of unknown
    ``kind`` is taken as a person's."""
    return stress_and_certainty(word, kind)[0]


@functools.lru_cache(maxsize=1 << 16)
def stress_and_certainty(word: str, kind: str | None) -> tuple[int | None, bool]:
    """`stress`, and whether the rule that placed it is a regular suffix (``certain``)."""
    low = word.lower()
    kind = kind or "person"
    for rule in _stress_rules():
        if rule.kinds is not None and kind not in rule.kinds:
            continue
        m = rule.pattern.search(low)
        if m is not None:
            return m.start("s"), rule.certain
    return None, False


def mark_stress(word: str, position: int | None) -> str:
    """The word with ˈ after the stressed vowel and ˌ after the vowel before it."""
    if position is None:
        return word
    previous = max((i for i in range(position) if word[i].lower() in VOWELS), default=None)
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if i == position:
            out.append(_STRESSED)
        elif i == previous:
            out.append(_PRESTRESSED)
    return "".join(out)


@functools.cache
def canonical_table(name: str) -> Any:
    return compile_rules(parse_table(data_path("canonical", f"{name}.toml")))


def _vowel_positions(word: str) -> list[int]:
    return [i for i, ch in enumerate(word.lower()) if ch in VOWELS]


@functools.lru_cache(maxsize=1 << 16)
def russian_to_belarusian(word: str, position: int | None = -1, kind: str | None = None) -> str:
    """One Cyrillic word rewritten by the Russian → Belarusian correspondences of ``data/canonical/ru_be.toml``,
    stressed at vowel index ``position`` (default: where `stress` guesses for a name of that ``kind``)."""
    if position == -1:
        position = stress(word, kind)
    return transliterate(mark_stress(word, position), canonical_table("ru_be"))


_SOFT_TS = re.compile(r"ц(?=[еёЕЁ])")
_SOFT_TS_UPPER = re.compile(r"Ц(?=[еёЕЁ])")


@functools.lru_cache(maxsize=1 << 16)
def is_belarusian_spelling(word: str) -> bool:
    """Is the Cyrillic word already spelled as the official orthography spells it, for some stress: would the
    Russian → Belarusian rewrite leave it (or it with its soft ц taken for the т it comes from: Аце, Ате) as
    it is?"""
    positions: list[int | None] = list(_vowel_positions(word)) or [None]
    sources = {word, _SOFT_TS_UPPER.sub("Т", _SOFT_TS.sub("т", word))}
    return any(russian_to_belarusian(source, p) == word for source in sources for p in positions)


def belarusian_spelling(word: str, kind: str | None = None) -> str:
    """The word as it is when it is correct Belarusian already, else rewritten at its guessed stress."""
    return word if is_belarusian_spelling(word) else russian_to_belarusian(word, -1, kind)


def official_spelling(word: str) -> str:
    """A Belarusian Cyrillic word in the official orthography: the classical soft signs of assimilative softness
    dropped (Сьвятлана → Святлана), by ``data/canonical/official.toml``."""
    return transliterate(word, canonical_table("official"))


# --- case forms ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ending:
    pattern: re.Pattern[str]
    replace: str
    spelling: str
    context: bool
    gender: str | None
    note: str


@functools.cache
def _endings() -> tuple[_Ending, ...]:
    path = data_path("canonical", "endings.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, item in enumerate(raw["ending"]):
        try:
            out.append(
                _Ending(
                    re.compile(item["pattern"]),
                    item["replace"],
                    item["spelling"],
                    bool(item.get("context", False)),
                    item.get("gender"),
                    item.get("note", ""),
                )
            )
        except (KeyError, re.error) as exc:
            raise ValueError(f"{path}: ending[{i}]: {exc}") from exc
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _case_forms_of(word: str) -> frozenset[str]:
    """The keys of every case form the paradigms of ``data/names/inflection.toml`` make of a nominative word."""
    return frozenset(k for _, stem in stem_keys(word) for k, _ in inflected_forms(stem))


def is_case_form(word: str, nominative: str) -> bool:
    """Could ``word`` be a case form of ``nominative``, by the paradigms of ``data/names/inflection.toml``?"""
    forms = _case_forms_of(nominative)
    return any(k in forms for k in keys(word))


@functools.lru_cache(maxsize=1 << 16)
def nominative(word: str, spelling: str = "any", context: bool = False, gender: str | None = None) -> tuple[str, str]:
    """``(nominative, note)`` of a Cyrillic word by ``data/canonical/endings.toml`` (the word itself and "" when
    no entry applies): the first entry for this ``spelling`` (be, ru or any) whose result the inflection
    paradigms confirm. Entries marked ``context`` apply only when ``context`` is true (the name's given name is
    in a case form), entries with a gender only for that ``gender``."""
    low = word.lower()
    for ending in _endings():
        if ending.context and not context:
            continue
        if ending.gender is not None and gender is not None and ending.gender != gender:
            continue
        if ending.spelling != "any" and spelling != "any" and ending.spelling != spelling:
            continue
        m = ending.pattern.search(low)
        if m is None:
            continue
        stem = low[: m.start()] + m.expand(ending.replace)
        if len(stem) < 2 or stem == low:
            continue
        candidate = _recase(stem, word)
        if is_case_form(word, candidate):
            return candidate, ending.note
    return word, ""


def _recase(low: str, like: str) -> str:
    """``low`` in the case of ``like``: capitalized, upper case or lower case."""
    if like.isupper() and len(like) > 1:
        return low.upper()
    if like[:1].isupper():
        return low[:1].upper() + low[1:]
    return low
