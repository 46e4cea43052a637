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
from dataclasses import dataclass, field

import regex

from belnorm.engine import Engine
from belnorm.keys import keys
from belnorm.names import (
    Token,
    given_names,
    name_words,
    is_adjective,
    is_demonym,
    is_function_word,
    is_noise,
    is_unit_word,
    tokenize,
)
from belnorm.query import QueryToken
from belnorm.results import Link, Match, Mention
from belnorm.text import APOSTROPHE, HYPHENS, WORD, collapse_marks, fold_apostrophes, fold_homoglyphs, is_word_char

__all__ = ["find", "iter_find"]

#: longest span considered: given name, patronymic, two surnames (or initials)
MAX_SPAN_TOKENS = 4
#: only these may stand between two tokens of one name: spaces, a hyphen, the dot of an initial
_JOINER = regex.compile(r"[ \t\r\n\u00a0.\-" + APOSTROPHE + r"]*")
_CHANGES_LENGTH = regex.compile(r"[\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Mn}]")
#: control characters read as spaces, except line breaks: a name may be wrapped onto the next line, but never
#: runs across an empty line, and a line's first word starts a sentence (a headline, a CSV cell)
_ONE_FOR_ONE = {ord(c): "-" for c in HYPHENS} | {
    c: " " for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\r"
}
_ANY_LATIN = regex.compile(r"\p{Script=Latin}")
_ANY_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")

_SENTENCE_END = regex.compile(r"[.!?…]\P{L}*$")
#: the word before a place, across a connector that makes the place its complement (Court of Belarus, Rady
#: Republiki, комитет Беларуси); a preposition of location (in, у, w) does not
_WORDS_BEFORE = regex.compile(
    r"(?:([\p{L}\p{M}]+)[ \u00a0]+)?([\p{L}\p{M}]+)[ \u00a0]+(?:(?:of|of the|de|de la|des|du|der|des|di|del|della|da|do|dos|das|van|van de|av|för|"
    r"af|für|für die|po)[ \u00a0]+)?$"
)
#: a word whose keys are this short links alone only when spelled as registered (Ce is not Teo)
SHORT_KEY = 3
#: a word in capitals this short is an acronym (a longer one is a word of a headline in capitals)
ACRONYM_LENGTH = 5
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
    """May two tokens be words of one name? Only spaces (one line break at most), a hyphen or the dot after an
    initial stand between them: a dot and a space after a word end a sentence (Лабковіч. Менск)."""
    gap = view[left.end : right.start]
    if "." in gap and left.kind != "initial" and len(left.text) > 2 and not gap.endswith("."):
        return False  # Ju.Zacharanki and Дз. Іваноў keep their abbreviated given names
    return len(gap) <= 3 and _JOINER.fullmatch(gap) is not None and gap.count(".") <= 1 and gap.count("\n") <= 1


def _sentence_start(view: str, token: Token) -> bool:
    """Does the token begin a sentence, a line (a headline, a table cell) or the text?"""
    raw = view[max(0, token.start - 4) : token.start]
    before = raw.rstrip()
    return not before or "\n" in raw or _SENTENCE_END.search(before) is not None


def find(engine: Engine, text: str) -> list[Mention]:
    """Mentions of ``engine``'s entities in ``text``, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, not {type(text).__name__}")
    return list(_find(engine, text, 0, frozenset()))


def _find(
    engine: Engine, text: str, offset: int, mentioned: frozenset[int], lowercase: frozenset[str] = frozenset()
) -> Iterator[Mention]:
    """Two passes over the tokens: names of two words or more, longest first, left to right; then single
    words, which may lean on the full names found anywhere in the text and must pass the context checks of
    `_single_word_doubt`. ``lowercase`` adds words the rest of a longer document writes in lower case."""
    view = _view(text)
    lowercase_words: set[str] = set(lowercase)
    tokens = tokenize(view.text, lowercase=lowercase_words, keep=is_unit_word)
    n = len(tokens)
    prepared = [engine.token(t.text, t.kind) for t in tokens]
    # A window may only hold tokens that can be part of some name: known keys, given names, initials, and
    # patronymics (a registered name may lack the patronymic a text gives); a lower-case unit word may end it.
    usable = [q.known or q.kind == "initial" or q.patronymic for q in prepared]
    joined = [_joined(view.text, tokens[k], tokens[k + 1]) for k in range(n - 1)]
    chosen: dict[int, tuple[int, Match, tuple[str, ...]]] = {}
    seen = set(mentioned)
    i = 0
    while i < n:
        end = _longest_name(engine, view.text, tokens, prepared, usable, joined, i)
        if end is None:
            i += 1
            continue
        stop, match = end
        chosen[i] = (stop, match, ())
        seen.add(engine.position(match.entity.id))
        i = stop
    taken = {k for start, (stop, _, _) in chosen.items() for k in range(start, stop)}
    context = _Context(engine, view.text, tokens, prepared, joined, chosen)
    for i, (token, q) in enumerate(zip(tokens, prepared)):
        if i in taken or not q.anchored or q.noise or token.kind != "word" or token.text[0].islower():
            continue
        if token.text.lower() in lowercase_words:
            continue  # the same word written in lower case elsewhere in the text is an ordinary word
        single, _ = engine.decide(token.text, engine.rank([q]), frozenset(seen))
        if single is not None and _single_word_doubt(context, i, single) is None:
            chosen[i] = (i + 1, single, ())
            continue
        shared = _shared_unit(context, i) if is_adjective(token.text) else None
        if shared is not None:
            chosen[i] = (i + 1, shared, (f"context: {token.text} shares the unit word of the next name",))
    for start in sorted(chosen):
        stop, match, evidence = chosen[start]
        o_start, o_end = view.span(tokens[start].start, tokens[stop - 1].end)
        fields = {field: getattr(match, field) for field in Link.model_fields}
        if evidence:
            fields["explanation"] = (*match.explanation, *evidence)
        yield Mention(start=o_start + offset, end=o_end + offset, text=text[o_start:o_end], **fields)


@dataclass(slots=True)
class _Context:
    """What the single-word checks read around a word: the text, its tokens, and what pass one chose."""

    engine: Engine
    view: str
    tokens: list[Token]
    prepared: list[QueryToken]
    joined: list[bool]
    chosen: dict[int, tuple[int, Match, tuple[str, ...]]]
    #: surname bases that the text gives with another person's given name (Аксана Пачобут is not Andrzej)
    namesakes: set[int] = field(default_factory=set)


def _single_word_doubt(ctx: _Context, i: int, match: Match) -> str | None:
    """Why one capitalized word that matched an entity alone is still no mention of it, or None.

    A careful reader's checks, in order: a sentence-initial word that only resembles a place; an acronym
    that is no registered acronym; an adjective or demonym of a place; a given name read as a place; a
    surname, or a Cyrillic word, one typo away; a word inside a web address; a surname after another person's given name (or of a
    surname the text gives so elsewhere).
    """
    token, q = ctx.tokens[i], ctx.prepared[i]
    word, kind = token.text, match.entity.kind
    if kind != "person" and match.score < SENTENCE_START_SCORE and _sentence_start(ctx.view, token):
        return "a capitalized first word that only resembles a place is too often an ordinary word"
    if 1 < len(word) <= ACRONYM_LENGTH and word.isupper() and not _registered_acronym(word, match):
        return "capitals that are no registered acronym of this entity"
    if kind != "person" and (is_demonym(word) or (is_adjective(word) and not is_adjective(match.matched_name))):
        return "an adjective or demonym, not the place (a place is named by a noun)"
    if kind == "place" and given_names().classes(word, inflected=False) and not _spelled_as_registered(word, match):
        return "a given name, not a place"
    if max((len(k) for _, k in q.keys), default=0) <= SHORT_KEY and word.lower() not in match.matched_name.lower().split():
        return "a short word that only its folded key links to the name"
    if q.hits and all(hit.typo for hit in q.hits.values()) and (
        kind == "person" or _ANY_CYRILLIC.search(word) or _has_acronym(match.matched_name)
    ):
        # romanizations vary, so a Latin place or organisation name may be one edit off; a Cyrillic word, a
        # lone surname or an acronym one edit away is another word, person or body
        return "a single word one typo away from the name"
    if _in_address(ctx.view, token):
        return "part of a web or e-mail address"
    if kind == "place" and (reason := _inside_longer_name(ctx, i)):
        return reason
    if kind == "person":
        if not set(q.anchor_bases).isdisjoint(ctx.namesakes):
            return "the text gives this surname with another person's given name"
        if i > 0 and ctx.joined[i - 1] and _foreign_given_name(ctx, i - 1):
            ctx.namesakes.update(q.anchor_bases)
            return f"after the given name {ctx.tokens[i - 1].text}, which is not this person's"
    return None


def _inside_longer_name(ctx: _Context, i: int) -> str | None:
    """Is the place a part of a longer name rather than a mention of the place? It is when it completes a
    capitalized organisation name (Supreme Court of Belarus, Следственный комитет Беларуси), begins one
    (Belarus Service), or when a capitalized word that is no title runs into it (Маладая Беларусь)."""
    token = ctx.tokens[i]
    before = _WORDS_BEFORE.search(ctx.view, 0, token.start)
    if before is not None:
        first, org_word = before.group(1) or "", before.group(2)
        capitalized = org_word[0].isupper() or first[:1].isupper()
        if capitalized and not is_unit_word(org_word) and name_words().classes(org_word, inflected=False):
            return f"the place completes the name of an organisation ({org_word} …)"
    if i + 1 < len(ctx.tokens) and ctx.joined[i] and not ctx.view[token.end : ctx.tokens[i + 1].start].strip():
        after = ctx.tokens[i + 1].text
        if after[0].isupper() and name_words().classes(after, inflected=False):
            return f"the place begins the name {token.text} {after}"
    if i > 0 and ctx.joined[i - 1] and not _in_chosen(ctx, i - 1):
        previous = ctx.tokens[i - 1]
        gap = ctx.view[previous.end : token.start]
        if not gap.strip() and previous.kind == "word" and previous.text[0].isupper() and not is_noise(previous.text):
            if not _sentence_start(ctx.view, previous) or is_adjective(previous.text):
                return f"the capitalized {previous.text!r} runs into it: a longer name"
    return None


def _in_chosen(ctx: _Context, k: int) -> bool:
    """Is token ``k`` part of a name that pass one found?"""
    return any(start <= k < stop for start, (stop, _, _) in ctx.chosen.items())


def _spelled_as_registered(word: str, match: Match) -> bool:
    """Is the word one of the entity's registered names, letter for letter (Ліда the town, not a woman)?"""
    low = word.lower()
    return any(low == name.lower() for name in match.entity.names)


def _has_acronym(name: str) -> bool:
    """Does a registered name hold an acronym (БелАЭС, KGB): two capitals or more in one word?"""
    return any(sum(c.isupper() for c in part) >= 2 for part in name.split())


def _registered_acronym(word: str, match: Match) -> bool:
    """Is the word in capitals one of the entity's registered acronyms? Across scripts only for three letters
    or more (KGB for КГБ, BAŻ for БАЖ); AP is not АП, and PEN is not the surname Пэн, which is no acronym."""
    word_keys = set(keys(word))
    latin = bool(_ANY_LATIN.search(word))
    for name in match.entity.names:
        for part in name.replace(".", " ").split():
            if len(part) > 1 and part.isupper() and word_keys.intersection(keys(part)):
                if bool(_ANY_LATIN.search(part)) == latin or len(word) >= 3:
                    return True
    return False


def _in_address(view: str, token: Token) -> bool:
    """Is the word part of a domain, URL or e-mail address (Hrodna.life, belsat.eu/hrodna)?"""
    after = view[token.end : token.end + 2]
    before = view[token.start - 1 : token.start] if token.start else ""
    return (len(after) == 2 and after[0] == "." and after[1].isalpha()) or before in ("@", "/", ".")


def _foreign_given_name(ctx: _Context, k: int) -> bool:
    """Is token ``k`` a given name that pass one could not join to the next word (so not that person's)?"""
    token = ctx.tokens[k]
    if _in_chosen(ctx, k) or token.kind != "word" or is_noise(token.text):
        return False
    # a case form (Аксаны) counts too, except at a sentence start, where a capitalized word is often another
    # word whose key only resembles a given name's form
    inflected = not _sentence_start(ctx.view, token)
    return bool(given_names().classes(token.text, inflected=inflected))


def _shared_unit(ctx: _Context, i: int) -> Match | None:
    """An adjective coordinated with the next name that ends in a unit word shares that unit (Брестском и
    Кобринском районах, Brest and Kobryn districts): the match of the adjective with the unit word, or None."""
    nxt = ctx.chosen.get(i + 1)
    if nxt is None:
        return None
    stop, _, _ = nxt
    unit = stop - 1
    if not is_unit_word(ctx.tokens[unit].text):
        return None
    gap = ctx.view[ctx.tokens[i].end : ctx.tokens[i + 1].start].strip(" ,").lower()
    if gap and not is_function_word(gap):
        return None
    surface = f"{ctx.tokens[i].text} {ctx.tokens[unit].text}"
    match, _ = ctx.engine.decide(surface, ctx.engine.rank([ctx.prepared[i], ctx.prepared[unit]], lenient=False))
    return match


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
    if not usable[start] or prepared[start].noise or tokens[start].text[0].islower():
        return None  # a name starts with a capital (a lower-case unit word may only end one)
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
