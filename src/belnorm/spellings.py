"""`variants`: the spellings belnorm derives for a name (the module is `spellings`, so that `belnorm.variants`
is always the function), so users can see and audit what is indexed.

For a Cyrillic name: its spelling in every scheme for its language (Belarusian or Russian); for a Latin one: its
Cyrillic reading by the reverse table of each scheme it may be written in. Then, for each word: its comparison keys in every plausible reading,
the keys of its case forms, and for a given name the equivalents and familiar forms of the given-name table.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from belnorm.keys import finish, key, stem_keys
from belnorm.morphology import inflected_forms
from belnorm.names import given_names, tokenize
from belnorm.scripts import detect
from belnorm.tables import load_table, table_names
from belnorm.text import clean
from belnorm.translit import transliterate

__all__ = ["Variant", "variants"]

VariantKind = Literal["spelling", "key", "case form", "given-name equivalent", "familiar form"]


class Variant(BaseModel):
    """One derived form of a name: the text, what kind of form it is, and the table or rule that made it."""

    model_config = ConfigDict(frozen=True)

    text: str
    kind: VariantKind
    source: str


def _spellings(name: str) -> list[Variant]:
    """The name in every scheme that can take it: Cyrillic in the schemes of its language (Belarusian when the
    letters do not tell), Latin back to Cyrillic by the reverse table of each scheme it may be written in."""
    found = detect(name)
    out = []
    for scheme in table_names():
        table = load_table(scheme)
        if table.source_script != found.script:
            continue
        language = "ru" if found.language == "ru" else "be"  # Cyrillic that does not tell is taken as Belarusian
        if found.script == "cyrillic" and table.language not in (language, "any"):
            continue
        if found.script == "latin" and not any(scheme.startswith(s) for s, _ in found.schemes):
            continue  # lacinka_cyrillic reads Łacinka, national_cyrillic the national system: not English forms
        out.append(Variant(text=transliterate(name, scheme), kind="spelling", source=scheme))
    return out


def variants(name: str) -> list[Variant]:
    """Every spelling, key, case-form key and given-name equivalent belnorm derives for ``name``; a form that
    several tables or rules give is listed once, with all of them as its source.

    >>> [v.text for v in variants("Магілёў") if v.source == "lacinka"]
    ['Mahiloŭ']
    """
    if not isinstance(name, str):
        raise TypeError(f"variants() needs a str, not {type(name).__name__}")
    cleaned = clean(name)
    if not cleaned:
        return []
    found: dict[tuple[str, str], Variant] = {}

    def add(v: Variant) -> None:
        old = found.get((v.text, v.kind))
        if old is None:
            found[(v.text, v.kind)] = v
        elif v.source not in old.source.split(", "):
            found[(v.text, v.kind)] = old.model_copy(update={"source": f"{old.source}, {v.source}"})

    for v in _spellings(cleaned):
        add(v)
    add(Variant(text=key(cleaned), kind="key", source="belnorm key of the whole name"))
    known = given_names()
    for token in tokenize(cleaned):
        if token.kind != "word":
            continue
        for conventions, stem in stem_keys(token.text):
            add(Variant(text=finish(stem), kind="key", source=f"{token.text}: read as {'+'.join(conventions)}"))
            for form, paradigm in inflected_forms(stem):
                add(Variant(text=form, kind="case form", source=f"{token.text}: {paradigm}"))
        for class_id in sorted(known.classes(token.text, inflected=False)):
            row = known.names[class_id]
            for form in row.forms:
                add(Variant(text=form, kind="given-name equivalent", source=f"{token.text} = {row.canonical}"))
            for form in row.diminutives:
                add(Variant(text=form, kind="familiar form", source=f"{token.text} = {row.canonical}"))
    return list(found.values())
