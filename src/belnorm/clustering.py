"""Group the spellings of one name in a list, with no gazetteer: `cluster` gives each input a label.

Spellings of one name in any script, convention, case form and word order, with initials or a typo, share a
label; different people do not. How:

* Each name is split into words (`belnorm.names.tokenize`); titles are dropped, and so is a patronymic after the
  given name. A word that is a given name (``data/names/given_names.tsv``, in any language and case form,
  familiar forms included) is compared by its given-name classes: Аляксандр, Александр, Aleksander and Алесь
  meet, Аляксандр and Алег do not. Any other word is compared by its keys (`belnorm.keys.keys`, one per
  plausible reading) and the keys of the nominatives it may be a case form of (the paradigms of
  ``data/names/inflection.toml``, read backwards), so Караткевіча meets Karatkevich.
* Names of two words or more are *blocked* by pairs (a surname key, the given name's class or the other word's
  key), and by the same pairs with one letter of the surname key deleted (a typo); only names that share a block
  are compared, never all pairs. Two names join (union-find) when their words pair up one to one.
* A name of one word (a surname alone, a place) or a surname with initials joins a cluster only when exactly one
  cluster fits it; otherwise such names group among themselves.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from belnorm.keys import differs_only_at_end, finish, keys, similarity, stem_keys
from belnorm.morphology import paradigms, without_prothesis
from belnorm.names import given_names, is_noise, is_patronymic, tokenize
from belnorm.text import clean

__all__ = ["cluster", "DEFAULT_THRESHOLD"]

#: the key similarity (0–100, `belnorm.keys.similarity`) above which two surname words are one name with a typo
DEFAULT_THRESHOLD = 90.0
#: a typo is only looked for in keys at least this long (in a short key one letter is another name)
_TYPO_MIN_LENGTH = 5
#: a word alone (no given name to confirm it) is taken to have a typo only when its key is at least this long
_ALONE_TYPO_MIN_LENGTH = 7
#: key endings of adjectival surname stems (-ск-, -цк-): they decline as adjectives, never as nouns in -а
_ADJECTIVAL = ("sk", "ck")
#: a block bigger than this is compared against its first members only (one very common key)
_BLOCK_LIMIT = 64


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    #: given-name classes (full and familiar forms, any case); empty for a word that is no given name
    classes: frozenset[int]
    #: the word's keys and the keys of the nominatives it may be a case form of
    lemmas: frozenset[str]
    #: the key typos are looked for on
    main: str
    #: the word's own keys, with the Belarusian prothetic в dropped too (Вуліца: Уліца)
    keys: frozenset[str]
    #: `lemmas` by the paradigms of a person's name only
    person_lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Name:
    words: tuple[_Word, ...]
    #: first letters (as keys) of its initials
    initials: tuple[frozenset[str], ...]
    #: index of the word taken as the given name, or None
    given: int | None
    #: the given-name classes its given name is a nominative of (then its surname is in the nominative too)
    nominative: frozenset[int]


@functools.cache
def _reversed_paradigms() -> tuple[tuple[str, str, str, bool], ...]:
    """``(form, ending, after, for a surname)`` of every paradigm form, for reading case forms backwards."""
    return tuple(
        (form, p.ending, p.after, p.roles is None or "surname" in p.roles) for p in paradigms() for form in p.forms
    )


@functools.lru_cache(maxsize=1 << 18)
def _lemma_keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The word's keys with the keys of every nominative it may be a case form of (the paradigms read
    backwards): by all paradigms, and by those of a surname only (no neuter -ага of a woman's -ая)."""
    own = set(keys(word))
    every, surname = set(own), set(own)
    for _, stem in stem_keys(word):
        k = finish(stem)
        for form, ending, after, for_surname in _reversed_paradigms():
            if form and not stem.endswith(form):
                continue
            root = stem[: len(stem) - len(form)] if form else stem
            if len(root) < 2 or root[-1] not in after:
                continue
            if ending == "a" and root.endswith(_ADJECTIVAL):
                continue  # -скі is no case form of a woman's -ска(я): adjectival stems decline as adjectives
            # root + form is the word's stem, so the paradigm makes the word from root + ending: no need to
            # generate the forms (belnorm.keys.inflected_forms) to check
            nominative = finish(root + ending)
            if nominative != k:
                every.add(nominative)
                if for_surname:
                    surname.add(nominative)
    return frozenset(every), frozenset(surname)


@functools.lru_cache(maxsize=1 << 18)
def _word(text: str) -> _Word:
    table = given_names()
    classes = table.classes(text) | table.familiar_classes(text)
    ks = keys(text)
    own = set(ks)
    own.update(b for b in (without_prothesis(k) for k in ks) if b is not None)
    every, surname = _lemma_keys(text)
    return _Word(text, classes, every, ks[0] if ks else text.lower(), frozenset(own), surname)


def _initial_letters(text: str) -> frozenset[str]:
    """First letters of a word's readings, before the word-final rules (В alone is v, not the u of a final в)."""
    return frozenset(stem[:1] for _, stem in stem_keys(text) if stem)


@functools.lru_cache(maxsize=1 << 17)
def _parse(name: str) -> _Name:
    tokens = tokenize(clean(name))
    if len(tokens) > 1:
        tokens = [t for t in tokens if not (t.kind == "word" and is_noise(t.text))] or tokens
    words: list[_Word] = []
    initials: list[frozenset[str]] = []
    for t in tokens:
        if t.kind == "initial":
            initials.append(_initial_letters(t.text))
        elif t.kind == "number":
            number = frozenset({t.text})
            words.append(_Word(t.text, frozenset(), number, t.text, number, number))
        else:
            words.append(_word(t.text))
    given: int | None = None
    # the given name: a word in the nominative of a full form first, then any word with a class
    table = given_names()
    for i, w in enumerate(words):
        if w.classes and table.classes(w.text, inflected=False):
            given = i
            break
    if given is None:
        given = next((i for i, w in enumerate(words) if w.classes), None)
    if given is not None and len(words) > 2 and given + 1 < len(words) and is_patronymic(words[given + 1].text):
        words.pop(given + 1)  # a patronymic right after the given name is left out (-віч alone is a surname)
    if given is not None and len(words) == 1:
        given = None  # a given name alone is compared like any word
    nominative: frozenset[int] = frozenset()
    if given is not None:
        word = words[given]
        also_oblique = frozenset(c for k in word.keys for c in table.inflected.get(k, ()))  # Сяргея: Serge's key too
        nominative = (table.classes(word.text, inflected=False) | _familiar_as_is(word)) - also_oblique
    return _Name(tuple(words), tuple(initials), given, nominative)


def _familiar_as_is(w: _Word) -> frozenset[int]:
    """The classes whose familiar forms the word is in the nominative (its key is one of theirs)."""
    table = given_names()
    return frozenset(c for c in w.classes if any(w.keys & set(keys(f)) for f in table.row(c).diminutives))


def _words_match(a: _Word, b: _Word, threshold: float, person: bool = False) -> bool:
    """Are two words one: the same given-name class, a shared lemma (by a person's paradigms only when
    ``person``), or a typo apart?"""
    if a.classes and b.classes:
        return bool(a.classes & b.classes)
    if (a.person_lemmas & b.person_lemmas) if person else (a.lemmas & b.lemmas):
        return True
    return _typo(a.main, b.main, threshold)


def _typo(a: str, b: str, threshold: float) -> bool:
    """Are two keys one name with a typo: long enough, the same first letter (or a voiced/voiceless pair, as
    German writes ж and ш alike), not another ending, and similar enough?"""
    if min(len(a), len(b)) < _TYPO_MIN_LENGTH or differs_only_at_end(a, b):
        return False
    if a[:1] != b[:1] and _DEVOICE.get(a[:1], a[:1]) != _DEVOICE.get(b[:1], b[:1]):
        return False
    return similarity(a, b) >= threshold


#: the voiced/voiceless pairs of the key alphabet (`belnorm.keys.similarity` charges half for them)
_DEVOICE = {"b": "p", "d": "t", "g": "k", "z": "s", "v": "f", "j": "w"}


def _names_match(a: _Name, b: _Name, threshold: float) -> bool:
    """Do the words of two names of two words or more pair up one to one (in any order; the given names with
    each other)?"""
    if len(a.words) != len(b.words) or not _initials_fit(a, b):
        return False
    left = list(range(len(a.words)))
    right = list(range(len(b.words)))
    if a.given is not None and b.given is not None:
        if not a.words[a.given].classes & b.words[b.given].classes:
            return False
        left.remove(a.given)
        right.remove(b.given)
    match: Callable[[_Word, _Word, float], bool] = _words_match
    if a.given is not None and b.given is not None:
        common = a.words[a.given].classes & b.words[b.given].classes
        match = functools.partial(_words_match, person=True)
        if common <= a.nominative and common <= b.nominative:
            match = _nominatives_match  # both given names in the nominative: so are the surnames
    edges = {i: [j for j in right if match(a.words[i], b.words[j], threshold)] for i in left}
    return _perfect_matching(left, edges)


def _nominatives_match(a: _Word, b: _Word, threshold: float) -> bool:
    if a.classes and b.classes:
        return bool(a.classes & b.classes)
    return bool(a.keys & b.keys) or _typo(a.main, b.main, threshold)


def _perfect_matching(left: list[int], edges: dict[int, list[int]]) -> bool:
    """Can every left vertex get its own right vertex along the edges (Kuhn's augmenting paths)?"""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return all(edges[i] and augment(i, set()) for i in left)


def _initials_fit(a: _Name, b: _Name) -> bool:
    """Initials of one name do not contradict the other's given name (the patronymic initial is not checked)."""
    for x, y in ((a, b), (b, a)):
        if x.initials and y.given is not None and y.given < len(y.words):
            if not x.initials[0] & _initial_letters(y.words[y.given].text) and x.given is None:
                return False
    return True


def _blocks(name: _Name) -> list[tuple[object, ...]]:
    """Block keys of a name of two words or more. With a given name: (a surname key, the given name's class),
    and the same with one letter of the surname key deleted (a typo). Without one: every pair of keys of two of
    its words (names whose words all pair up share at least these)."""
    n = len(name.words)
    out: list[tuple[object, ...]] = []
    if name.given is not None:
        ids = _identity(name.words[name.given])
        for i, w in enumerate(name.words):
            if i == name.given:
                continue
            for ident in ids:
                out.extend(("k", n, k, ident) for k in w.person_lemmas)
                if len(w.main) >= _TYPO_MIN_LENGTH:
                    out.append(("d", n, w.main, ident))
                    out.extend(("d", n, d, ident) for d in _deletions(w.main))
        return out
    for i, j in itertools.combinations(range(n), 2):
        for x in name.words[i].lemmas:
            for y in name.words[j].lemmas:
                out.append(("p", n, x, y) if x <= y else ("p", n, y, x))
    return out


def _identity(w: _Word) -> tuple[str, ...]:
    if w.classes:
        return tuple(f"c{c}" for c in sorted(w.classes))
    return tuple(sorted(w.lemmas))


@functools.lru_cache(maxsize=1 << 17)
def _deletions(k: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k[:i] + k[i + 1 :] for i in range(len(k))))


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb


def _surname_words(name: _Name) -> tuple[_Word, ...]:
    return name.words if name.given is None else name.words[: name.given] + name.words[name.given + 1 :]


def cluster(names: Iterable[str], *, threshold: float | None = None) -> list[int]:
    """A cluster label for each name, in input order; labels are 0, 1, 2… by first appearance.

    Spellings of one name (any script, convention, case form, word order, initials, a typo of one letter)
    share a label; different people do not: Аляксандр and Алег Лукашэнка differ, Аляксандр, Александр and Алесь
    are forms of one given name (``data/names/given_names.tsv``). A surname alone (or with initials) joins a
    cluster only when exactly one cluster fits it. ``threshold`` (0–100, default `DEFAULT_THRESHOLD`) is the key
    similarity at which two surnames count as one with a typo.

    >>> cluster(["Аляксандр Лукашэнка", "Alexander Lukashenko", "Лукашенко", "Алег Лукашэнка"])
    [0, 0, 2, 3]
    """
    items = [n if isinstance(n, str) else str(n) for n in names]
    thr = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    distinct = list(dict.fromkeys(items))
    index = {n: i for i, n in enumerate(distinct)}
    parsed = [_parse(n) for n in distinct]
    uf = _UnionFind(len(distinct))
    full = [i for i, p in enumerate(parsed) if len(p.words) >= 2]
    partial = [i for i, p in enumerate(parsed) if len(p.words) == 1]

    # pass 1: names of two words or more, compared within blocks
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i in full:
        for b in dict.fromkeys(_blocks(parsed[i])):
            members = blocks.setdefault(b, [])
            for j in members[:_BLOCK_LIMIT]:
                if uf.find(i) != uf.find(j) and _names_match(parsed[i], parsed[j], thr):
                    uf.union(i, j)
            members.append(i)

    # pass 2: a surname alone groups with the same surname alone, then joins the one full cluster that fits, if
    # only one does; a surname with initials joins the one full cluster whose given name has that initial
    surname_index: dict[str, set[int]] = {}
    for i in full:
        p = parsed[i]
        for w in _surname_words(p):
            for k in w.person_lemmas if p.given is not None else w.lemmas:
                surname_index.setdefault(k, set()).add(i)
    bare = [i for i in partial if not parsed[i].initials]
    with_initials = [i for i in partial if parsed[i].initials]
    _group(bare, parsed, uf, thr)
    groups: dict[int, list[int]] = {}
    for i in bare:
        groups.setdefault(uf.find(i), []).append(i)
    for members in groups.values():
        fits = {uf.find(j) for i in members for j in _fitting(parsed[i], parsed, surname_index)}
        if len(fits) == 1:
            uf.union(members[0], fits.pop())
    alone = []
    for i in with_initials:
        fits = {uf.find(j) for j in _fitting(parsed[i], parsed, surname_index)}
        if len(fits) == 1:
            uf.union(i, fits.pop())
        else:
            alone.append(i)
    _group(alone, parsed, uf, thr)

    labels: dict[int, int] = {}
    out = []
    for n in items:
        root = uf.find(index[n])
        out.append(labels.setdefault(root, len(labels)))
    return out


def _group(members: list[int], parsed: list[_Name], uf: _UnionFind, threshold: float) -> None:
    """Union one-word names that share a key or a nominative, or differ by a typo, when their initials (if both
    have any) agree."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for i in members:
        p = parsed[i]
        w = p.words[0]
        blocks = [("k", k) for k in w.lemmas | w.keys]
        if len(w.main) >= _ALONE_TYPO_MIN_LENGTH:
            blocks.append(("d", w.main))
            blocks.extend(("d", d) for d in _deletions(w.main))
        for b in blocks:
            for j in by_key.get(b, ())[:_BLOCK_LIMIT]:
                q = parsed[j]
                if uf.find(i) != uf.find(j) and _initials_agree(p, q) and _alone_match(w, q.words[0], threshold):
                    uf.union(i, j)
            by_key.setdefault(b, []).append(i)


def _related(a: _Word, b: _Word) -> bool:
    """Is one word the other, or a case form of it (one's keys among the other's nominatives)?"""
    return bool(a.keys & b.lemmas or b.keys & a.lemmas or a.keys & b.keys)


def _alone_match(a: _Word, b: _Word, threshold: float) -> bool:
    """Two words with nothing else to confirm them: related, or with a typo in a long key."""
    if a.classes and b.classes and not a.classes & b.classes:
        return False
    if _related(a, b):
        return True
    return min(len(a.main), len(b.main)) >= _ALONE_TYPO_MIN_LENGTH and _typo(a.main, b.main, threshold)


def _initials_agree(a: _Name, b: _Name) -> bool:
    return len(a.initials) == len(b.initials) and all(x & y for x, y in zip(a.initials, b.initials))


def _fitting(p: _Name, parsed: list[_Name], surname_index: dict[str, set[int]]) -> set[int]:
    """The names of several words a one-word name (with its initials) fits."""
    out: set[int] = set()
    for k in p.words[0].lemmas | p.words[0].keys:
        for j in surname_index.get(k, ()):
            if j not in out and _partial_fits(p, parsed[j]):
                out.add(j)
    return out


def _partial_fits(p: _Name, full: _Name) -> bool:
    """Does a one-word name (with its initials) fit a name of several words: its word is one of the other's
    surname words, and its first initial is the first letter of the other's given name (or of another word)."""
    w = p.words[0]
    if full.given is not None:  # a person: a surname's case forms only
        matched = [i for i, s in enumerate(full.words) if i != full.given and (w.keys & s.person_lemmas or s.keys & w.person_lemmas)]
    else:
        matched = [i for i, s in enumerate(full.words) if w.keys & s.lemmas or s.keys & w.lemmas]
    if not matched:
        return False
    if not p.initials:
        return True
    if full.given is not None:
        return bool(p.initials[0] & _initial_letters(full.words[full.given].text))
    return any(p.initials[0] & _initial_letters(o.text) for i, o in enumerate(full.words) if i not in matched)
