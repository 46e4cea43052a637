"""Case forms: the paradigms of ``data/names/inflection.toml`` applied to stem keys, and the prothetic в.

Names decline (Лукашэнка, Лукашэнкі, Łukašenku; Ціханоўская, Ціханоўскай), so the index stores the keys of
every case form of a registered token, made here on its stem key (`belnorm.keys.stem_keys`). The same file
holds the other word-shape rules of names: possessive suffixes and patronymic endings (`belnorm.names`), and the
endings other languages' press glues to a foreign name (`foreign_stems`: Finnish Brestin, Lithuanian Minsko).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from typing import Any

from belnorm.data import data_path
from belnorm.keys import finish, join_ending

__all__ = ["Paradigm", "declined_acronym", "foreign_stems", "inflected_forms", "inflection_rules", "paradigms", "without_prothesis"]


@dataclass(frozen=True, slots=True)
class Paradigm:
    """A family of case forms: replace a stem key's ``ending`` (after a letter of class ``after``) by each form."""

    name: str
    ending: str
    after: str
    forms: tuple[str, ...]
    #: the name-token roles the forms may stand for (None: any); neuter -ага is no case of a woman's -ая
    roles: frozenset[str] | None = None
    #: the scripts a word in one of these forms is written in (None: any); German's genitive -s is no Cyrillic form
    scripts: frozenset[str] | None = None
    #: the languages whose text writes these forms (None: any); a Czech or Polish Tanks is no genitive of Танк
    languages: frozenset[str] | None = None
    #: the forms need a single consonant before the ending: a doubled one ends a neuter (Уручча, Палессе), which
    #: takes other endings
    single: bool = False


@functools.cache
def inflection_rules() -> dict[str, Any]:
    """The raw rules of ``data/names/inflection.toml`` (paradigms, prothesis, possessives, patronymics)."""
    return tomllib.loads(data_path("names", "inflection.toml").read_text(encoding="utf-8"))


def writes_own_endings_only(language: str) -> bool:
    """Does ``language`` decline a foreign name only by its own endings, never by a Slavic case ending
    (``own_endings_only`` in ``[foreign]`` of inflection.toml: Hungarian)?"""
    return language in inflection_rules()["foreign"]["own_endings_only"]


@functools.cache
def paradigms() -> tuple[Paradigm, ...]:
    """The inflection paradigms of ``data/names/inflection.toml``, validated once."""
    path = data_path("names", "inflection.toml")
    raw = inflection_rules()
    classes: dict[str, str] = raw["classes"]
    out = []
    for i, item in enumerate(raw["paradigm"]):
        try:
            roles = frozenset(item["roles"]) if "roles" in item else None
            scripts = frozenset(item["scripts"]) if "scripts" in item else None
            named = item.get("languages")
            languages = None if named is None else frozenset(raw["language_sets"][named] if isinstance(named, str) else named)
            forms = tuple(item["forms"])
            single = bool(item.get("single", False))
            out.append(
                Paradigm(item["name"], item["ending"], classes[item["after"]], forms, roles, scripts, languages, single)
            )
        except KeyError as exc:
            raise ValueError(f"{path}: paradigm[{i}] lacks or misnames {exc}") from exc
    return tuple(out)


@functools.cache
def _foreign_endings(abroad: bool = False) -> dict[str, tuple[tuple[str, str, bool | None], ...]]:
    """language -> (ending, what replaces it, whether it follows a vowel: None for any letter), longest first; with
    ``abroad``, also the endings listed only to tell a place abroad (``abroad_only``)."""
    raw = inflection_rules()["foreign"]
    out: dict[str, list[tuple[str, str, bool | None]]] = {}
    follows = {"vowel": True, "consonant": False, "any": None}
    for group in raw["ending"]:
        if group.get("abroad_only", False) and not abroad:
            continue
        for language in group["languages"]:
            for ending in group["endings"]:
                out.setdefault(language, []).append((ending, group.get("becomes", ""), follows[group["after"]]))
    return {lang: tuple(sorted(items, key=lambda e: -len(e[0]))) for lang, items in out.items()}


@functools.lru_cache(maxsize=1 << 14)
def foreign_stems(word: str, language: str, abroad: bool = False) -> tuple[tuple[str, str], ...]:
    """``(nominative, ending)`` for each way the press of ``language`` may have glued a case ending to a foreign
    name (``[foreign]`` of inflection.toml): Finnish Brestin is Brest with -in, Lithuanian Lukašenkos is Lukašenka
    with -os. Empty for a language that glues none, or a word too short to hold one. With ``abroad``, also the
    endings that only tell a listed place abroad (Slovene Lucka: Luck), which the language puts on Belarusian names
    alike (Mosti, Kamenca)."""
    rules = inflection_rules()["foreign"]
    vowels, min_stem, lower = rules["vowels"], rules["min_stem"], word.lower()
    out = []
    for ending, becomes, after_vowel in _foreign_endings(abroad).get(language, ()):
        stem = word[: len(word) - len(ending)]
        if not lower.endswith(ending) or len(stem) < min_stem or not stem[-1].isalpha():
            continue
        if after_vowel is not None and (stem[-1].lower() in vowels) != after_vowel:
            continue
        out.append((stem + (becomes.upper() if word.isupper() else becomes), ending))
    return tuple(out)


def declined_acronym(word: str) -> str | None:
    """The acronym a word declines (СОБР of СОБРу, ОМОН of ОМОНа: capitals, then a lower-case case ending of
    ``[acronym]`` in inflection.toml), or None."""
    caps = len(word) - len(word.lstrip("АБВГҐДЕЁЄЖЗІЇИЙКЛМНОПРСТУЎФХЦЧШЩЪЫЬЭЮЯ"))
    if caps < 3 or word[caps - 1] in "АЕЁЄІЇИОУЎЫЭЮЯ" or word[caps:] not in _acronym_endings():
        return None
    return word[:caps]


@functools.cache
def _acronym_endings() -> frozenset[str]:
    return frozenset(inflection_rules()["acronym"]["endings"])


def without_prothesis(k: str) -> str | None:
    """The key without a Belarusian prothetic в (Ворша → Орша), or None when it has none."""
    rule = inflection_rules()["prothesis"]
    for prefix in rule["prefixes"]:
        if k.startswith(prefix) and len(k) > len(prefix) + 2 and k[len(prefix)] in rule["before"]:
            return k[len(prefix) :]
    return None


@functools.lru_cache(maxsize=1 << 18)
def inflected_forms(stem: str) -> tuple[tuple[str, str], ...]:
    """``(key, paradigm name)`` for the case forms of a nominative stem key (the nominative excluded). A form that
    paradigms of different scripts or roles make alike is kept once for each (Russian Осиповичей, Lithuanian
    Vasilevičiai; Czech Svjatlanou, a given name, and Filatčankovou, a surname), unless one of them is read in every
    script and role."""
    base = finish(stem)
    out: list[tuple[str, str]] = []
    kept_by: dict[str, list[tuple[frozenset[str] | None, frozenset[str] | None]]] = {}  # key -> (scripts, roles)
    for p in paradigms():
        if not stem.endswith(p.ending):
            continue
        root = stem[: len(stem) - len(p.ending)]
        if len(root) < 2 or root[-1] not in p.after or (p.single and root[-1] == root[-2]):
            continue
        for form in p.forms:
            k = finish(join_ending(root, form, vowel_stem=p.ending[-1:] in ("a", "e", "i", "o", "u")))
            kept = kept_by.setdefault(k, [])
            if k != base and (None, None) not in kept and (p.scripts, p.roles) not in kept:
                kept.append((p.scripts, p.roles))
                out.append((k, p.name))
    return tuple(out)
