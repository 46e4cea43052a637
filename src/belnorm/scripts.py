"""Which script a string is in, which language its Cyrillic is, and which romanization its Latin most likely is.

Two kinds of evidence, both cheap:

* What a scheme *can* write. Each Latin-target table's alphabet is read from the table itself (every character
  its rules output). A string with a letter outside a scheme's alphabet is not in that scheme: ``j`` rules out
  passport and BGN, ``w`` rules out Łacinka and the 2007 national system, ``v`` rules out Polish.
* Telltale letters and sequences that make a scheme likely (``data/detection/telltales.toml``): ł ŭ č š ž ć ś ź ń (Łacinka, national), ĺ
  (national), sz cz rz ż ó (Polish), sch tsch (German), kh zh ts (English-style), ʹ ʺ · and ye after a
  consonant (BGN), ` (GOST), ì â û ǔ (ISO 9), the tie ͡ (ALA-LC).

Belarusian and Russian Cyrillic are told apart by the letters only one of them has (і ў ʼ against и щ ъ) and,
more weakly, by spellings only one of them uses (шы жы чы рэ дз ць in Belarusian; ше же че ре ри in Russian).
`detect` never raises on a str: ambiguous strings keep several candidates with their scores.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from dataclasses import dataclass
from typing import Literal

import regex

from belnorm.data import DataError, data_path
from belnorm.tables import load_table, table_names
from belnorm.text import CYRILLIC, LATIN, collapse_marks
from belnorm.translit import REVERSIBLE
from belnorm.translit import to_cyrillic as reverse

__all__ = ["Detection", "LATIN_SCHEMES", "READ_BACK_LEAST", "detect", "latin_alphabet", "to_cyrillic"]

Script = Literal["cyrillic", "latin", "mixed", "none"]
Language = Literal["be", "ru", "unknown"]

@dataclass(frozen=True, slots=True)
class _Telltales:
    """``data/detection/telltales.toml``: the evidence `detect` weighs, as data."""

    latin_schemes: tuple[str, ...]
    marks: frozenset[str]
    be_letters: frozenset[str]
    ru_letters: frozenset[str]
    be_weak: regex.Pattern[str]
    ru_weak: regex.Pattern[str]
    #: (pattern, {scheme: weight}) over the lowercased NFC string
    telltales: tuple[tuple[regex.Pattern[str], dict[str, float]], ...]


def _load_telltales() -> _Telltales:
    path = data_path("detection", "telltales.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        language = raw["language"]
        return _Telltales(
            latin_schemes=tuple(raw["latin_schemes"]),
            marks=frozenset(raw["marks"]),
            be_letters=frozenset(language["be_letters"]),
            ru_letters=frozenset(language["ru_letters"]),
            be_weak=regex.compile(language["be_weak"]),
            ru_weak=regex.compile(language["ru_weak"]),
            telltales=tuple((regex.compile(t["pattern"]), dict(t["weights"])) for t in raw["telltale"]),
        )
    except (KeyError, TypeError, regex.error, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc!r}") from exc


_RULES = _load_telltales()
#: Latin-output schemes `detect` ranks, in the order used to break ties (most common in practice first).
LATIN_SCHEMES = _RULES.latin_schemes
_MARKS = _RULES.marks
_BE_LETTERS, _RU_LETTERS = _RULES.be_letters, _RULES.ru_letters
_BE_WEAK, _RU_WEAK = _RULES.be_weak, _RULES.ru_weak
_TELLTALES = _RULES.telltales

#: A little prior so that plain strings keep the common schemes, in `LATIN_SCHEMES` order.
_PRIOR = {name: 0.3 - 0.02 * i for i, name in enumerate(LATIN_SCHEMES)}


@dataclass(frozen=True, slots=True)
class Detection:
    """What `detect` found.

    ``script``: cyrillic, latin, mixed (both in one string) or none (no letters of either).
    ``language``: be or ru for Cyrillic when the letters tell, else unknown (Latin: be for Łacinka-only letters).
    ``schemes``: for Latin, plausible schemes ranked best first, each with a score in (0, 1] (best = 1.0).
    """

    script: Script
    language: Language
    schemes: tuple[tuple[str, float], ...] = ()

    @property
    def scheme(self) -> str | None:
        """The most plausible Latin scheme, or None."""
        return self.schemes[0][0] if self.schemes else None

    @property
    def scheme_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.schemes)


@functools.cache
def latin_alphabet(scheme: str) -> frozenset[str]:
    """Every character a Latin-target table can write (lowercase), read from its rules."""
    table = load_table(scheme)
    chars: set[str] = set()
    for rule in table.rules:
        chars.update(unicodedata.normalize("NFC", rule.out).lower())
        chars.update(rule.out.lower())
    return frozenset(c for c in chars if not c.isspace())


def _available_schemes() -> tuple[str, ...]:
    names = set(table_names())
    return tuple(s for s in LATIN_SCHEMES if s in names)


def _cyrillic_language(low: str) -> Language:
    be = sum(3 for c in low if c in _BE_LETTERS) + len(_BE_WEAK.findall(low))
    ru = sum(3 for c in low if c in _RU_LETTERS) + len(_RU_WEAK.findall(low))
    if be > ru:
        return "be"
    if ru > be:
        return "ru"
    return "unknown"


def _rank_latin(low: str) -> tuple[tuple[str, float], ...]:
    evidence = {c for c in low if c.isalpha() or c in _MARKS}
    scores: dict[str, float] = {}
    for scheme in _available_schemes():
        alphabet = latin_alphabet(scheme)
        if any(c not in alphabet for c in evidence):
            continue
        scores[scheme] = _PRIOR.get(scheme, 0.1)
    if not scores:
        return ()
    for pattern, weights in _TELLTALES:
        hits = len(pattern.findall(low))
        if not hits:
            continue
        for scheme, weight in weights.items():
            if scheme in scores:
                scores[scheme] += weight * min(hits, 3)
    best = max(scores.values())
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], LATIN_SCHEMES.index(kv[0])))
    return tuple((name, round(score / best, 3)) for name, score in ranked if score >= 0.25 * best)


def detect(text: str) -> Detection:
    """The script, language and plausible romanization schemes of ``text``. Never raises on a str.

    >>> detect("Лукашэнка").language
    'be'
    >>> detect("Łukašenka").scheme
    'lacinka'
    """
    if not isinstance(text, str):
        raise TypeError(f"detect() needs a str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", collapse_marks(text.encode("utf-8", "replace").decode("utf-8")))
    low = text.lower()
    has_cyr = bool(CYRILLIC.search(text))
    has_lat = bool(LATIN.search(text))
    if has_cyr and has_lat:
        cyr_part = "".join(c for c in low if CYRILLIC.match(c) or c in "ʼ '")
        lat_part = "".join(c if not CYRILLIC.match(c) else " " for c in low)
        return Detection("mixed", _cyrillic_language(cyr_part), _rank_latin(lat_part))
    if has_cyr:
        return Detection("cyrillic", _cyrillic_language(low))
    if has_lat:
        schemes = _rank_latin(low)
        language: Language = "unknown"
        top = schemes[0][0] if schemes else None
        if top in ("lacinka", "national", "national_2023") or (
            regex.search(r"[łŭĺ]", low) and not regex.search(r"sz|cz|rz|ż", low)
        ):
            language = "be"
        elif (top or "").startswith("ru_") and (len(schemes) == 1 or schemes[1][1] < 0.75):
            language = "ru"
        return Detection("latin", language, schemes)
    return Detection("none", "unknown")


#: the least `detect` score (the best scheme scores 1) at which `to_cyrillic` reads a text in a reversible scheme
READ_BACK_LEAST = 0.75
#: reversible schemes scoring within this of the best are equally likely: their readings must agree
READ_BACK_TIE = 0.05


def to_cyrillic(text: str, scheme: str | None = None) -> str:
    """Latin ``text`` back in Belarusian Cyrillic: Łukašenka → Лукашэнка, Mahilioŭ → Магілёў.

    ``scheme`` is ``lacinka`` or ``national`` (the schemes with a reverse table), or None to tell it from the
    text (`detect`: the reversible scheme it ranks highest, if it ranks it near the top). A text in another
    scheme raises `ValueError` saying how it reads (Lukashenko is English, not Łacinka, and would come back as
    Люкасгэнко), and so does one that the two schemes read differently and `detect` cannot tell apart
    (Mahilioŭ); Cyrillic text is returned as it is.

    >>> to_cyrillic("Łukašenka")
    'Лукашэнка'
    >>> to_cyrillic("Mahilioŭ", "national")
    'Магілёў'
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic() needs a str, not {type(text).__name__}")
    if scheme is not None:
        return reverse(text, scheme)
    found = detect(text)
    if found.script in ("cyrillic", "none"):
        return text
    readable = [(name, score) for name, score in found.schemes if name in REVERSIBLE and score >= READ_BACK_LEAST]
    if not readable:
        reads = f"it reads as {found.schemes[0][0]}" if found.schemes else "no scheme writes all of its letters"
        raise ValueError(
            f"{text!r} is not in a scheme to_cyrillic reads back ({', '.join(sorted(REVERSIBLE))}): {reads}; "
            "give scheme= to read it so anyway"
        )
    best = readable[0][1]
    readings = {name: reverse(text, name) for name, score in readable if best - score <= READ_BACK_TIE}
    if len(set(readings.values())) > 1:  # Mahilioŭ: Магілёў in the national system, Магіліоў in Łacinka
        both = " or ".join(f"{reading} ({name})" for name, reading in readings.items())
        raise ValueError(f"{text!r} reads as {both}: say which with scheme=")
    return readings[readable[0][0]]
