"""Mentions of gazetteer entities in running text, with exact offsets into the original string.

The text is read through a *view*: the same cleanup as `belnorm.clean` (NFC, no zero-width or control
characters, one apostrophe, one hyphen, homoglyphs folded), with a map from every view character back to the
original offsets, so a mention's ``text`` is always ``text[start:end]`` of what the caller passed.

Candidate spans come from the index: windows hold only capitalized tokens that can be part of a name (a key,
case form or typo neighbour in the index, a given name, an initial, a patronymic) and must hold a surname or
a place or organisation word. Names of two words or more are taken first, longest first, left to right; then
single words, where a surname alone links only when it is unambiguous or the text names that person in full.
Lower-case words are never names, and a capitalized word that the text also writes in lower case is an
ordinary word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from belnorm.engine import Engine
from belnorm.names import Token, tokenize
from belnorm.query import QueryToken
from belnorm.results import Link, Match, Mention
from belnorm.text import APOSTROPHE, HYPHENS, WORD, collapse_marks, fold_apostrophes, fold_homoglyphs, is_word_char

__all__ = ["find", "iter_find"]

#: longest span considered: given name, patronymic, two surnames (or initials)
MAX_SPAN_TOKENS = 4
#: only these may stand between two tokens of one name: spaces, a hyphen, the dot of an initial
_JOINER = regex.compile(r"[ \t\u00a0.\-" + APOSTROPHE + r"]*")
_CHANGES_LENGTH = regex.compile(r"[\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Mn}]")
_ONE_FOR_ONE = {ord(c): "-" for c in HYPHENS} | {c: " " for c in (*range(0x20), *range(0x7F, 0xA0))}
_ANY_LATIN = regex.compile(r"\p{Script=Latin}")
_ANY_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")

_SENTENCE_END = regex.compile(r"[.!?…]\P{L}*$")
_CHUNK = 100_000
#: a single capitalized word at the start of a sentence names a place only on an exact or case-form match
SENTENCE_START_SCORE = 94.0


@dataclass(frozen=True, slots=True)
class _View:
    text: str
    starts: list[int] | None  # original start offset of each view character (None: identity)
    ends: list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _one_for_one(text: str) -> str:
    """The cleanups that keep every offset: hyphens, control characters, apostrophes inside words, and
    look-alike letters of the other script inside a word (Лукашенкo with a Latin o)."""
    text = fold_apostrophes(text.translate(_ONE_FOR_ONE))
    if not (_ANY_LATIN.search(text) and _ANY_CYRILLIC.search(text)):
        return text
    return WORD.sub(lambda m: fold_homoglyphs(m.group()), text)


def _view(text: str) -> _View:
    """The cleaned view of a text and its offset map; offsets are the identity unless characters had to be
    removed or composed (zero-width and other invisible characters, decomposed letters, floods of marks)."""
    if not _CHANGES_LENGTH.search(text) and unicodedata.is_normalized("NFC", text):
        return _View(_one_for_one(text), None, None)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in regex.finditer(r"\X", text):
        cluster = "".join(c for c in m.group() if unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cn"))
        if not cluster:
            continue
        cluster = unicodedata.normalize("NFC", collapse_marks(cluster))
        chars.extend(cluster)
        starts.extend([m.start()] * len(cluster))
        ends.extend([m.end()] * len(cluster))
    return _View(_one_for_one("".join(chars)), starts, ends)


def _joined(view: str, left: Token, right: Token) -> bool:
    gap = view[left.end : right.start]
    return len(gap) <= 3 and _JOINER.fullmatch(gap) is not None and gap.count(".") <= 1


def _sentence_start(view: str, token: Token) -> bool:
    before = view[max(0, token.start - 4) : token.start].rstrip()
    return not before or _SENTENCE_END.search(before) is not None


def find(engine: Engine, text: str) -> list[Mention]:
    """Mentions of ``engine``'s entities in ``text``, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, not {type(text).__name__}")
    return list(_find(engine, text, 0, frozenset()))


def _find(
    engine: Engine, text: str, offset: int, mentioned: frozenset[int], lowercase: frozenset[str] = frozenset()
) -> Iterator[Mention]:
    """Two passes over the tokens: names of two words or more, longest first, left to right; then single
    words, which may lean on the full names found anywhere in the text. ``lowercase`` adds words the rest
    of a longer document writes in lower case."""
    view = _view(text)
    lowercase_words: set[str] = set(lowercase)
    tokens = tokenize(view.text, lowercase=lowercase_words)
    n = len(tokens)
    prepared = [engine.token(t.text, t.kind) for t in tokens]
    # A window may only hold tokens that can be part of some name: known keys, given names, initials, and
    # patronymics (a registered name may lack the patronymic a text gives).
    usable = [q.known or q.kind == "initial" or q.patronymic for q in prepared]
    joined = [_joined(view.text, tokens[k], tokens[k + 1]) for k in range(n - 1)]
    chosen: dict[int, tuple[int, Match]] = {}
    seen = set(mentioned)
    i = 0
    while i < n:
        end = _longest_name(engine, view.text, tokens, prepared, usable, joined, i)
        if end is None:
            i += 1
            continue
        stop, match = end
        chosen[i] = (stop, match)
        seen.add(engine.position(match.entity.id))
        i = stop
    taken = {k for start, (stop, _) in chosen.items() for k in range(start, stop)}
    for i, (token, q) in enumerate(zip(tokens, prepared)):
        if i in taken or not q.anchored or q.noise or token.kind != "word":
            continue
        if token.text.lower() in lowercase_words:
            continue  # the same word written in lower case elsewhere in the text is an ordinary word
        single, _ = engine.decide(token.text, engine.rank([q]), frozenset(seen))
        if single is None:
            continue
        if single.entity.kind != "person" and single.score < SENTENCE_START_SCORE and _sentence_start(view.text, token):
            continue  # a capitalized first word that only resembles a place is too often an ordinary word
        chosen[i] = (i + 1, single)
    for start in sorted(chosen):
        stop, match = chosen[start]
        o_start, o_end = view.span(tokens[start].start, tokens[stop - 1].end)
        yield Mention(
            start=o_start + offset,
            end=o_end + offset,
            text=text[o_start:o_end],
            **{field: getattr(match, field) for field in Link.model_fields},
        )


def _longest_name(
    engine: Engine,
    view: str,
    tokens: list[Token],
    prepared: list[QueryToken],
    usable: list[bool],
    joined: list[bool],
    start: int,
) -> tuple[int, Match] | None:
    """The longest window of two or more tokens from ``start`` that names an entity, with its match."""
    if not usable[start] or prepared[start].noise:
        return None
    stop = start + 1
    while stop < len(tokens) and stop - start < MAX_SPAN_TOKENS and usable[stop] and joined[stop - 1]:
        stop += 1
    for end in range(stop, start + 1, -1):
        window = prepared[start:end]
        if window[-1].noise or not any(q.anchored for q in window):
            continue  # a title or a preposition is next to a name, not part of it; a name needs a surname
        surface = view[tokens[start].start : tokens[end - 1].end]
        # strict candidates: a window of running text is a name only if every word fits one registered name
        match, _ = engine.decide(surface, engine.rank(window, lenient=False))
        if match is not None:
            return end, match
    return None


def iter_find(engine: Engine, text: str, *, chunk_size: int = _CHUNK) -> Iterator[Mention]:
    """`find` over a long text, lazily: the text is cut at line ends near every ``chunk_size`` characters.

    Gives the mentions `find` gives: the words the whole text writes in lower case are collected first.
    """
    lowercase: set[str] = set()
    tokenize(_view(text).text, lowercase=lowercase)
    frozen = frozenset(lowercase)
    mentioned: frozenset[int] = frozenset()
    pos = 0
    while pos < len(text):
        cut = len(text) if len(text) - pos <= chunk_size else text.rfind("\n", pos, pos + chunk_size) + 1
        if cut <= pos:
            cut = min(len(text), pos + chunk_size)
            while cut < len(text) and is_word_char(text[cut - 1]) and is_word_char(text[cut]):
                cut += 1
        found = list(_find(engine, text[pos:cut], pos, mentioned, frozen))
        mentioned = mentioned | {engine.position(m.entity.id) for m in found}
        yield from found
        pos = cut
