"""Rule tables: the pydantic schema, loading from the package data, validation with errors that name the entry.

A table is a TOML file in ``data/transliteration_tables/``. It is lowercase; case is handled once by the
engine. A rule rewrites ``src`` (one or more letters) to ``out`` when its optional contexts hold:

* ``after``: the letter before ``src`` is one of these; ``^`` means the start of a word;
* ``before``: the letter after ``src`` is one of these; ``$`` means the end of a word.

Context lists may name a class defined in ``classes`` as ``@name``. A context entry longer than one letter
is a sequence: ``after = ["ая"]`` holds when the two letters before ``src`` are ``ая``; ``before = ["ка$"]``
when ``ка`` and then the end of the word follow (``^`` may open an ``after`` sequence, ``$`` close a ``before``
one).

Lookup order at each position: the longest ``src`` first; among equal lengths, rules with context before rules
without, in file order. Matching sees the source word only (lowercased), never output already written.

Scheme names are table names (``ru_bgn``); a hyphen is read as an underscore (``ru-bgn``) and a table may
list further ``aliases`` (``pl`` for ``pl_press``).
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from belnorm.data import DataError, data_path

__all__ = [
    "Rule",
    "Sample",
    "Table",
    "TableError",
    "clear_caches",
    "json_schema",
    "load_table",
    "resolve_scheme",
    "table_names",
]

WORD_START = "^"
WORD_END = "$"


class TableError(DataError):
    """A rule table is missing or broken; the message names the file and the entry."""


class Rule(BaseModel):
    """One rewrite: ``src`` becomes ``out`` when the neighbouring letters fit ``after`` and ``before``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    src: str = Field(min_length=1, description="lowercase letters to rewrite")
    out: str = Field(description="what they become (may be empty)")
    after: tuple[str, ...] | None = Field(
        default=None, description="letters (or @class, or ^ for word start) that must precede src"
    )
    before: tuple[str, ...] | None = Field(
        default=None, description="letters (or @class, or $ for word end) that must follow src"
    )
    note: str = Field(default="", description="why the rule exists, shown in explanations")

    @field_validator("src")
    @classmethod
    def _lowercase(cls, value: str) -> str:
        if value != value.lower():
            raise ValueError(f"src {value!r} must be lowercase: the engine derives case")
        return value


class Sample(BaseModel):
    """A source string and the output the table must give for it; the tests run every sample."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    src: str = Field(min_length=1)
    out: str


class Table(BaseModel):
    """A transliteration scheme as data."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="scheme name used by transliterate()")
    aliases: tuple[str, ...] = Field(default=(), description="other names transliterate() accepts for this scheme")
    description: str = Field(min_length=1)
    source: str = Field(min_length=1, description="the standard or convention the table follows")
    language: Literal["be", "ru", "any"] = Field(description="language of the source text")
    source_script: Literal["cyrillic", "latin"]
    target_script: Literal["cyrillic", "latin"]
    classes: dict[str, str] = Field(default_factory=dict, description="named letter sets usable as @name")
    rules: tuple[Rule, ...] = Field(min_length=1)
    samples: tuple[Sample, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _contexts_resolve(self) -> Table:
        for i, rule in enumerate(self.rules):
            for ctx in (rule.after or ()) + (rule.before or ()):
                if not ctx:
                    raise ValueError(f"rules[{i}] ({rule.src!r}): empty context entry")
                if ctx.startswith("@") and ctx[1:] not in self.classes:
                    raise ValueError(f"rules[{i}] ({rule.src!r}): unknown class {ctx!r}")
                if len(ctx) > 1 and not ctx.startswith("@") and ctx != ctx.lower():
                    raise ValueError(f"rules[{i}] ({rule.src!r}): context {ctx!r} must be lowercase")
            for ctx in rule.after or ():
                if len(ctx) > 1 and not ctx.startswith("@") and WORD_END in ctx:
                    raise ValueError(f"rules[{i}] ({rule.src!r}): '$' cannot appear in an after context")
            for ctx in rule.before or ():
                if len(ctx) > 1 and not ctx.startswith("@") and WORD_START in ctx:
                    raise ValueError(f"rules[{i}] ({rule.src!r}): '^' cannot appear in a before context")
        for i, sample in enumerate(self.samples):
            if sample.src != sample.src.strip() or sample.out != sample.out.strip():
                raise ValueError(f"samples[{i}] ({sample.src!r}): no leading or trailing spaces")
        return self

    def expand(self, context: tuple[str, ...] | None) -> frozenset[str] | None:
        """A context list with its @classes replaced by their letters."""
        if context is None:
            return None
        out: set[str] = set()
        for ctx in context:
            if ctx.startswith("@"):
                out.update(self.classes[ctx[1:]])
            else:
                out.add(ctx)
        return frozenset(out)


def _tables_dir() -> Path:
    return data_path("transliteration_tables")


@functools.cache
def table_names() -> tuple[str, ...]:
    """Names of every bundled scheme, sorted."""
    return tuple(sorted(p.stem for p in _tables_dir().glob("*.toml")))


def _describe(error: ValidationError) -> str:
    parts = []
    for err in error.errors():
        loc = ".".join(str(x) for x in err["loc"])
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def parse_table(path: Path) -> Table:
    """Read and validate one table file; errors name the file and the offending entry."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TableError(f"{path}: cannot read rule table: {exc}") from exc
    try:
        table = Table.model_validate(raw)
    except ValidationError as exc:
        raise TableError(f"{path}: invalid rule table: {_describe(exc)}") from exc
    if table.name != path.stem:
        raise TableError(f"{path}: table name {table.name!r} must equal the file name {path.stem!r}")
    return table


@functools.cache
def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    names = set(table_names())
    for name in table_names():
        for alias in load_table(name).aliases:
            if alias in names or out.get(alias, name) != name:
                other = alias if alias in names else out[alias]
                raise TableError(f"{name}.toml: alias {alias!r} is already the name or an alias of {other!r}")
            out[alias] = name
    return out


def resolve_scheme(name: str) -> str:
    """The table name for a scheme name, a hyphenated spelling of it (``ru-bgn``) or an alias (``pl``).

    Raises `TableError` (a `ValueError`) naming the known schemes; a non-str raises `TypeError`.
    """
    if not isinstance(name, str):
        raise TypeError(f"a scheme name must be a str, not {type(name).__name__}; known: {', '.join(table_names())}")
    if name in table_names():
        return name
    key = name.strip().lower().replace("-", "_")
    if key in table_names():
        return key
    aliases = _aliases()
    for candidate in (name, name.strip().lower(), key):
        if candidate in aliases:
            return aliases[candidate]
    raise TableError(f"unknown transliteration scheme {name!r}; known: {', '.join(table_names())}")


@functools.cache
def load_table(name: str) -> Table:
    """The bundled table called ``name`` (cached); unknown names raise `TableError` listing the known ones."""
    path = _tables_dir() / f"{name}.toml"
    if not path.is_file():
        return load_table(resolve_scheme(name))
    return parse_table(path)


def json_schema() -> dict:
    """The JSON Schema of a rule table, generated from the model so documentation cannot drift."""
    return Table.model_json_schema()


def clear_caches() -> None:
    """Forget loaded tables (`belnorm.translit.clear_caches` also forgets the tables it compiled from them)."""
    load_table.cache_clear()
    table_names.cache_clear()
    _aliases.cache_clear()
