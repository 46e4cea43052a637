"""Case forms: the paradigms of ``data/names/inflection.toml`` applied to stem keys, and the prothetic в.

Names decline (Лукашэнка, Лукашэнкі, Łukašenku; Ціханоўская, Ціханоўскай), so the index stores the keys of
every case form of a registered token, made here on its stem key (`belnorm.keys.stem_keys`). The same file
holds the other word-shape rules of names: possessive suffixes and patronymic endings (`belnorm.names`).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from typing import Any

from belnorm.data import data_path
from belnorm.keys import finish, join_ending

__all__ = ["Paradigm", "inflected_forms", "inflection_rules", "paradigms", "without_prothesis"]


@dataclass(frozen=True, slots=True)
class Paradigm:
    """A family of case forms: replace a stem key's ``ending`` (after a letter of class ``after``) by each form."""

    name: str
    ending: str
    after: str
    forms: tuple[str, ...]
    #: the name-token roles the forms may stand for (None: any); neuter -ага is no case of a woman's -ая
    roles: frozenset[str] | None = None


@functools.cache
def inflection_rules() -> dict[str, Any]:
    """The raw rules of ``data/names/inflection.toml`` (paradigms, prothesis, possessives, patronymics)."""
    return tomllib.loads(data_path("names", "inflection.toml").read_text(encoding="utf-8"))


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
            out.append(Paradigm(item["name"], item["ending"], classes[item["after"]], tuple(item["forms"]), roles))
        except KeyError as exc:
            raise ValueError(f"{path}: paradigm[{i}] lacks or misnames {exc}") from exc
    return tuple(out)


def without_prothesis(k: str) -> str | None:
    """The key without a Belarusian prothetic в (Ворша → Орша), or None when it has none."""
    rule = inflection_rules()["prothesis"]
    for prefix in rule["prefixes"]:
        if k.startswith(prefix) and len(k) > len(prefix) + 2 and k[len(prefix)] in rule["before"]:
            return k[len(prefix) :]
    return None


@functools.lru_cache(maxsize=1 << 18)
def inflected_forms(stem: str) -> tuple[tuple[str, str], ...]:
    """``(key, paradigm name)`` for the case forms of a nominative stem key (the nominative excluded)."""
    base = finish(stem)
    out: dict[str, str] = {}
    for p in paradigms():
        if not stem.endswith(p.ending):
            continue
        root = stem[: len(stem) - len(p.ending)]
        if len(root) < 2 or root[-1] not in p.after:
            continue
        for form in p.forms:
            k = finish(join_ending(root, form, vowel_stem=p.ending[-1:] in ("a", "e", "i", "o", "u")))
            if k != base:
                out.setdefault(k, p.name)
    return tuple(out.items())
