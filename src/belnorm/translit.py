"""The engine that applies a rule table to text, in either direction (the table says which scripts).

How a table is applied (the order `belnorm.tables` documents):

* Text is NFC-normalized and every apostrophe between two word characters becomes ʼ, so ' ’ ` drive the same
  rules. A word is a run of letters, marks, digits and ʼ; anything else (spaces, hyphens, punctuation) is a word
  boundary and passes through unchanged. Rules see one word at a time: ``^`` and ``$`` are its ends.
* At each position of the lowercased word the rules whose ``src`` starts there are tried: the longest ``src``
  first; among equal lengths, rules with a context before rules without, in file order. The first rule whose
  ``after`` and ``before`` contexts hold rewrites ``src``; a letter no rule takes passes through unchanged.
* Case is derived here once, from the source segment a rule consumed: a capital first letter gives a
  capitalized output, and in a word written in capitals (two or more cased letters, all upper) the output is
  upper case (ЯН → JAN, ЛУКАШЭНКА → ŁUKAŠENKA, Шчучын → Ščučyn). A one-letter capital word is capitalized, not
  upper-cased (the initial Ж. → Zh.).

Speed: each table compiles once to a dict from first letter to its candidate rules in lookup order, and the
result for every distinct word is memoized per table (a name index transliterates the same words over and
over). Outputs are the same as applying the rules letter by letter; `explain_transliteration` walks the same
matcher and reports each rule.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

import regex

from belnorm.tables import WORD_END, WORD_START, Rule, Table, load_table, resolve_scheme, table_names
from belnorm.tables import clear_caches as clear_table_caches
from belnorm.text import APOSTROPHES, WORD, collapse_marks, fold_apostrophes

__all__ = [
    "Step",
    "CompiledTable",
    "clear_caches",
    "clear_word_caches",
    "compile_rules",
    "compile_table",
    "explain_transliteration",
    "REVERSIBLE",
    "to_cyrillic",
    "transliterate",
]

_APOSTROPHE_ANY = regex.compile("[" + regex.escape(APOSTROPHES) + "]")

#: Memoized words per compiled table; the cache is dropped whole when it grows past this many words.
WORD_CACHE_SIZE = 262_144


@dataclass(frozen=True, slots=True)
class _Context:
    """A compiled ``after`` or ``before`` list: single letters (and ^ / $) as a set, longer entries as sequences."""

    letters: frozenset[str]
    sequences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    src: str
    out: str
    after: _Context | None
    before: _Context | None
    rule: Rule


@dataclass(frozen=True, slots=True)
class CompiledTable:
    name: str
    by_first: dict[str, tuple[_Entry, ...]]
    max_len: int
    #: letters whose only rule is a plain one-letter rewrite: looked up directly, no candidate loop
    simple: dict[str, str]
    cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    text_cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Step:
    """One rewrite the engine made: which source letters became what, by which rule."""

    source: str
    output: str
    rule: Rule | None


def _compile_context(table: Table, context: tuple[str, ...] | None) -> _Context | None:
    if context is None:
        return None
    letters: set[str] = set()
    sequences: list[str] = []
    for ctx in context:
        if ctx.startswith("@"):
            letters.update(table.classes[ctx[1:]])
        elif len(ctx) == 1:
            letters.add(ctx)
        else:
            sequences.append(ctx)
    return _Context(frozenset(letters), tuple(sequences))


@functools.cache
def compile_table(name: str) -> CompiledTable:
    """The bundled table ``name`` (or an alias of it), compiled (cached)."""
    return compile_rules(load_table(resolve_scheme(name)))


def compile_rules(table: Table) -> CompiledTable:
    """Index a table's rules by first letter in the documented lookup order.

    Longest ``src`` first; among equal lengths, contextual rules before plain ones; file order otherwise.
    """
    entries = [
        _Entry(r.src, r.out, _compile_context(table, r.after), _compile_context(table, r.before), r) for r in table.rules
    ]
    order = sorted(
        range(len(entries)),
        key=lambda k: (-len(entries[k].src), entries[k].after is None and entries[k].before is None, k),
    )
    by_first: dict[str, list[_Entry]] = {}
    for k in order:
        by_first.setdefault(entries[k].src[0], []).append(entries[k])
    simple = {
        ch: es[0].out
        for ch, es in by_first.items()
        if len(es) == 1 and len(es[0].src) == 1 and es[0].after is None and es[0].before is None
    }
    return CompiledTable(
        name=table.name,
        by_first={ch: tuple(es) for ch, es in by_first.items()},
        max_len=max(len(e.src) for e in entries),
        simple=simple,
    )


def _after_holds(ctx: _Context, lw: str, i: int) -> bool:
    if (lw[i - 1] if i else WORD_START) in ctx.letters:
        return True
    for seq in ctx.sequences:
        if seq[0] == WORD_START:
            body = seq[1:]
            if i == len(body) and lw.startswith(body):
                return True
        elif i >= len(seq) and lw.startswith(seq, i - len(seq)):
            return True
    return False


def _before_holds(ctx: _Context, lw: str, j: int) -> bool:
    if (lw[j] if j < len(lw) else WORD_END) in ctx.letters:
        return True
    for seq in ctx.sequences:
        if seq[-1] == WORD_END:
            body = seq[:-1]
            if j + len(body) == len(lw) and lw.startswith(body, j):
                return True
        elif lw.startswith(seq, j):
            return True
    return False


def _match(compiled: CompiledTable, lw: str, i: int) -> _Entry | None:
    """The rule that rewrites the lowercased word ``lw`` at position ``i``, by the documented lookup order."""
    for entry in compiled.by_first.get(lw[i], ()):
        src = entry.src
        if len(src) > 1 and not lw.startswith(src, i):
            continue
        if entry.after is not None and not _after_holds(entry.after, lw, i):
            continue
        if entry.before is not None and not _before_holds(entry.before, lw, i + len(src)):
            continue
        return entry
    return None


def _lower(word: str) -> str:
    lw = word.lower()
    if len(lw) == len(word):
        return lw
    # A few capitals lowercase to two code points (İ → i̇); keep positions aligned with the source.
    return "".join(c.lower()[:1] or c for c in word)


def _is_upper_word(word: str) -> bool:
    """Written in capitals: at least two cased letters, all of them upper case."""
    if not word.isupper():
        return False
    cased = 0
    for c in word:
        if c.lower() != c.upper():
            cased += 1
            if cased >= 2:
                return True
    return False


def _case(out: str, source: str, upper_word: bool) -> str:
    if source[:1].isupper():
        return out.upper() if upper_word else out[:1].upper() + out[1:]
    return out


def _word(compiled: CompiledTable, word: str) -> str:
    """One word in the table's scheme (memoized per table)."""
    cache = compiled.cache
    hit = cache.get(word)
    if hit is not None:
        return hit
    lw = _lower(word)
    upper_word = _is_upper_word(word)
    simple = compiled.simple
    parts: list[str] = []
    append = parts.append
    carry = False  # a capital letter that wrote nothing (Й of Йена in ru_english) capitalizes the next output
    i, n = 0, len(word)
    while i < n:
        ch = lw[i]
        out = simple.get(ch)
        if out is not None:
            if word[i] != ch and word[i].isupper():
                out = out.upper() if upper_word else out[:1].upper() + out[1:]
                carry = not out and not upper_word
            elif carry and out:
                out, carry = out[:1].upper() + out[1:], False
            append(out)
            i += 1
            continue
        entry = _match(compiled, lw, i)
        if entry is None:
            append(word[i])
            i += 1
            continue
        first = word[i]
        out = entry.out
        if first.isupper():
            append(out.upper() if upper_word else out[:1].upper() + out[1:])
            carry = not out and not upper_word
        elif carry and out:
            append(out[:1].upper() + out[1:])
            carry = False
        else:
            append(out)
        i += len(entry.src)
    result = "".join(parts)
    if len(cache) >= WORD_CACHE_SIZE:
        cache.clear()
    cache[word] = result
    return result


def _prepare(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", collapse_marks(text))
    if _APOSTROPHE_ANY.search(text):
        text = fold_apostrophes(text)
    return text


def _compiled_for(scheme: str | CompiledTable) -> CompiledTable:
    if isinstance(scheme, CompiledTable):
        return scheme
    return compile_table(resolve_scheme(scheme))


def transliterate(text: str, scheme: str | CompiledTable) -> str:
    """``text`` written in the scheme called ``scheme`` (a table name such as ``lacinka`` or ``bgn``).

    Letters the table does not know pass through unchanged; unknown schemes raise `belnorm.tables.TableError`
    (a `ValueError` naming the known schemes); a non-str raises `TypeError`.

    >>> transliterate("Лукашэнка", "lacinka")
    'Łukašenka'
    """
    if not isinstance(text, str):
        raise TypeError(f"transliterate() needs a str, not {type(text).__name__}")
    compiled = _compiled_for(scheme)
    if not text:
        return ""
    if text.isascii() and text.isalpha():  # one plain word (most romanized names): nothing to prepare or split
        out = _word(compiled, text)
        return out if out.isascii() or unicodedata.is_normalized("NFC", out) else unicodedata.normalize("NFC", out)
    texts = compiled.text_cache
    hit = texts.get(text)
    if hit is not None:
        return hit
    prepared = _prepare(text)
    out = WORD.sub(lambda m: _word(compiled, m.group()), prepared)
    if not unicodedata.is_normalized("NFC", out):
        out = unicodedata.normalize("NFC", out)
    if len(text) <= 200:  # names and short strings repeat; running text does not
        if len(texts) >= WORD_CACHE_SIZE:
            texts.clear()
        texts[text] = out
    return out


def explain_transliteration(text: str, scheme: str | CompiledTable) -> list[Step]:
    """The rewrites `transliterate` makes, one `Step` per source segment, for audits and explanations.

    Joining the outputs gives `transliterate`'s result (before its final NFC).
    """
    if not isinstance(text, str):
        raise TypeError(f"explain_transliteration() needs a str, not {type(text).__name__}")
    compiled = _compiled_for(scheme)
    text = _prepare(text)
    steps: list[Step] = []
    pos = 0
    for m in WORD.finditer(text):
        steps.extend(Step(c, c, None) for c in text[pos : m.start()])
        word = m.group()
        lw = _lower(word)
        upper_word = _is_upper_word(word)
        i = 0
        while i < len(word):
            entry = _match(compiled, lw, i)
            if entry is None:
                steps.append(Step(word[i], word[i], None))
                i += 1
                continue
            source = word[i : i + len(entry.src)]
            steps.append(Step(source, _case(entry.out, source, upper_word), entry.rule))
            i += len(entry.src)
        pos = m.end()
    steps.extend(Step(c, c, None) for c in text[pos:])
    return steps


#: Latin schemes that have a reverse table, and its name.
REVERSIBLE = {"lacinka": "lacinka_cyrillic", "national": "national_cyrillic"}


def to_cyrillic(text: str, scheme: str) -> str:
    """Latin ``text`` read as ``scheme`` back in Belarusian Cyrillic (exact for Łacinka: Łukašenka → Лукашэнка;
    the 2007 national system loses only the apostrophe before і: Mahilioŭ → Магілёў).

    Only schemes with a reverse table are accepted; others raise `ValueError` naming those that are. The
    scheme must be given here: `belnorm.to_cyrillic` (`belnorm.scripts.to_cyrillic`) tells it from the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic() needs a str, not {type(text).__name__}")
    name = resolve_scheme(scheme)
    if name in REVERSIBLE.values():
        return transliterate(text, name)
    if name not in REVERSIBLE:
        raise ValueError(f"no reverse table for scheme {scheme!r}; reversible: {', '.join(sorted(REVERSIBLE))}")
    return transliterate(text, REVERSIBLE[name])


def clear_word_caches() -> None:
    """Forget memoized words of every compiled bundled table (the tables stay compiled)."""
    for name in table_names():
        compiled = compile_table(name)
        compiled.cache.clear()
        compiled.text_cache.clear()


def clear_caches() -> None:
    """Forget compiled tables and the loaded tables behind them (after editing a table file in a running
    session)."""
    compile_table.cache_clear()
    clear_table_caches()
