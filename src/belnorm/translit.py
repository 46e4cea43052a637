"""The engine that applies a rule table to text, in either direction (the table says which scripts).

Tables are lowercase; case is derived here once: a capital source letter gives a capitalized output, and a
word written in capitals (two or more cased letters, all upper) gives an upper-case output (ЯН → JAN).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from belnorm.tables import WORD_END, WORD_START, Rule, Table, load_table
from belnorm.text import fold_apostrophes, is_word_char

__all__ = ["Step", "compile_rules", "compile_table", "explain_transliteration", "transliterate"]


@dataclass(frozen=True, slots=True)
class _Compiled:
    by_src: dict[str, tuple[tuple[frozenset[str] | None, frozenset[str] | None, Rule], ...]]
    max_len: int


@dataclass(frozen=True, slots=True)
class Step:
    """One rewrite the engine made: which source letters became what, by which rule."""

    source: str
    output: str
    rule: Rule | None


@functools.cache
def compile_table(name: str) -> _Compiled:
    """The bundled table ``name``, compiled (cached)."""
    return compile_rules(load_table(name))


def compile_rules(table: Table) -> _Compiled:
    """Index a table's rules by source string, contextual rules first (the documented lookup order)."""
    grouped: dict[str, list[tuple[frozenset[str] | None, frozenset[str] | None, Rule]]] = {}
    for rule in table.rules:
        grouped.setdefault(rule.src, []).append((table.expand(rule.after), table.expand(rule.before), rule))
    by_src = {
        src: tuple(sorted(rules, key=lambda r: r[0] is None and r[1] is None)) for src, rules in grouped.items()
    }
    return _Compiled(by_src=by_src, max_len=max(len(s) for s in by_src))


def _upper_words(text: str) -> list[bool]:
    """For each position: is it inside a word written in capitals (at least two cased letters, all upper)?"""
    flags = [False] * len(text)
    i = 0
    while i < len(text):
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < len(text) and is_word_char(text[j]):
            j += 1
        cased = [c for c in text[i:j] if c.lower() != c.upper()]
        if len(cased) >= 2 and all(c.isupper() for c in cased):
            flags[i:j] = [True] * (j - i)
        i = j
    return flags


def _run(text: str, scheme: str | _Compiled) -> list[Step]:
    compiled = compile_table(scheme) if isinstance(scheme, str) else scheme
    text = fold_apostrophes(unicodedata.normalize("NFC", text))
    lower = text.lower() if len(text.lower()) == len(text) else "".join(c.lower()[:1] or c for c in text)
    upper_word = _upper_words(text)
    steps: list[Step] = []
    i, n = 0, len(text)
    while i < n:
        if not is_word_char(text[i]):
            steps.append(Step(text[i], text[i], None))
            i += 1
            continue
        prev = lower[i - 1] if i and is_word_char(text[i - 1]) else WORD_START
        for length in range(min(compiled.max_len, n - i), 0, -1):
            candidates = compiled.by_src.get(lower[i : i + length])
            if not candidates:
                continue
            nxt = lower[i + length] if i + length < n and is_word_char(text[i + length]) else WORD_END
            rule = next(
                (r for after, before, r in candidates
                 if (after is None or prev in after) and (before is None or nxt in before)),
                None,
            )
            if rule is not None:
                break
        else:
            rule, length = None, 1
        source = text[i : i + length]
        out = source if rule is None else rule.out
        if rule is not None and source[0].isupper():
            out = out.upper() if upper_word[i] else out[:1].upper() + out[1:]
        steps.append(Step(source, out, rule))
        i += length
    return steps


def transliterate(text: str, scheme: str | _Compiled) -> str:
    """``text`` written in the scheme called ``scheme`` (a table name such as ``lacinka`` or ``bgn``).

    Letters the table does not know pass through unchanged; unknown schemes raise `belnorm.tables.TableError`.
    >>> transliterate("Лукашэнка", "lacinka")
    'Łukašenka'
    """
    if not isinstance(text, str):
        raise TypeError(f"transliterate() needs a str, not {type(text).__name__}")
    return unicodedata.normalize("NFC", "".join(step.output for step in _run(text, scheme)))


def explain_transliteration(text: str, scheme: str) -> list[Step]:
    """The rewrites `transliterate` makes, one `Step` per source segment, for audits and explanations."""
    return _run(text, scheme)
