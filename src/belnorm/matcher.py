"""`Normalizer` and `Match`: which entity a query names, with a score and the rules that decided it.

A query is cleaned and tokenized; each token is read in every plausible convention and keyed (`belnorm.keys`).
Keys are looked up in the index, where case forms of every registered token already are; keys with no exact
hit look for a neighbour one edit away. The names those hits point to are scored by aligning query tokens to
name tokens (surname, given name with its equivalents across languages, initials, patronymic), and the best
entity wins, unless it is below the cutoff or another entity scores almost as well: a false link costs the
user more than a miss.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.fuzz import ratio

from belnorm import finder
from belnorm.finder import Mention
from belnorm.gazetteer import Entity, EntityKind, Gazetteer
from belnorm.results import Link
from belnorm.index import (
    FUZZY_MIN_LENGTH,
    NOMINATIVE,
    PROTHESIS,
    Index,
    IndexedName,
    IndexedToken,
    deletions,
    initials,
)
from belnorm.keys import (
    differs_only_at_end,
    keyed_readings,
    may_reach,
    paradigms,
    readings,
    similarity,
    without_diacritics,
    without_prothesis,
)
from belnorm.names import given_names, is_noise, is_patronymic, name_words, tokenize
from belnorm.text import APOSTROPHE, clean

__all__ = ["Candidate", "Explanation", "Match", "Normalizer", "Options"]

EXACT = 100.0
INFLECTED = 96.0
PROTHETIC = 94.0
UNDIACRITIC = 96.0
GIVEN_EQUIVALENT = 90.0
FAMILIAR_FORM = 85.0
WORD_EQUIVALENT = 92.0
#: among candidates tied on score, the one whose spelling is closer by this much (0-100) wins
FINE_MARGIN = 2.0
INITIAL = 90.0
SURNAME_ONLY_PENALTY = 8.0
MISSING_PATRONYMIC_PENALTY = 4.0
EXTRA_PATRONYMIC_PENALTY = 3.0
MAX_QUERY_CHARS = 1000
MAX_QUERY_TOKENS = 12
#: a word longer than this is no part of a name (its typo neighbourhood would cost the square of its length)
MAX_WORD_CHARS = 64
# The penalties as explanation lines show them, formatted once (names that lose are explained too).
_EXTRA_PATRONYMIC = f"[-{EXTRA_PATRONYMIC_PENALTY:.0f}]"
_SURNAME_ONLY = f"[-{SURNAME_ONLY_PENALTY:.0f}]"
_MISSING_PATRONYMIC = f"[-{MISSING_PATRONYMIC_PENALTY:.0f}]"
#: pairings the query tokens of one normalizer remember in all (~100 bytes each); past this, pairs are computed
#: each time until the token cache is renewed: a long run over a large gazetteer keeps a bounded memory
MAX_CACHED_PAIRS = 1_000_000
#: a query that could be more names than this (a common given name alone) is not scored name by name
MAX_CANDIDATES = 1000


class Options(BaseModel):
    """How strict matching is. Immutable: derive variants with ``options.model_copy(update={...})``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    score_cutoff: float = Field(default=85.0, ge=0, le=100, description="matches scoring below are dropped")
    ambiguity_margin: float = Field(
        default=2.0, ge=0, description="no match when a second entity scores within this of the best"
    )
    allow_surname_only: bool = Field(default=True, description="may a surname alone name a person?")
    fuzzy: bool = Field(default=True, description="tolerate one typo in keys of five letters or more")
    fuzzy_cutoff: float = Field(default=90.0, ge=0, le=100, description="least similarity of a typo match")
    conventions: tuple[str, ...] | None = Field(
        default=None, description="Latin reading conventions to consider (lacinka, english, polish, german, iso9)"
    )
    kinds: tuple[EntityKind, ...] | None = Field(default=None, description="only match entities of these kinds")


class Match(Link):
    """The entity a query names, how sure belnorm is (0–100) and why."""

    query: str = Field(description="the query as it was given")

    def __str__(self) -> str:
        return f"{self.query!r} → {self.entity.display} [{self.entity.id}] {self.score:.1f}"

    def _repr_html_(self) -> str:
        from belnorm.display import match_html

        return match_html(self)


class Candidate(BaseModel):
    """An entity considered for a query, with its score, or the reason it was rejected."""

    model_config = ConfigDict(frozen=True)

    entity: Entity = Field(description="the entity considered")
    score: float = Field(description="0-100; 0 for a rejected candidate")
    matched_name: str = Field(description="the registered name that was scored")
    explanation: tuple[str, ...] = Field(description="the rules that fired, one line each")
    rejected: str | None = Field(default=None, description="why the candidate cannot be the answer, if it cannot")


class Explanation(BaseModel):
    """What `Normalizer.explain` found: the match (or None) and every candidate considered."""

    model_config = ConfigDict(frozen=True)

    query: str = Field(description="the query as it was given")
    match: Match | None = Field(description="what `match` returns for the query")
    candidates: tuple[Candidate, ...] = Field(description="the candidates, best first, then the rejected ones")
    verdict: str = Field(description="why the query matched, or why nothing did (below cutoff, ambiguous, ...)")

    def __str__(self) -> str:
        lines = [f"{self.query!r}: {self.verdict}"]
        for c in self.candidates:
            status = f"rejected: {c.rejected}" if c.rejected else f"{c.score:.1f}"
            lines.append(f"  {c.entity.id} {c.matched_name!r} {status}")
            lines.extend(f"      {line}" for line in c.explanation)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from belnorm.display import explanation_html

        return explanation_html(self)


@dataclass(frozen=True, slots=True)
class _Hit:
    score: float
    rule: str
    convention: str
    roles: frozenset[str] | None = None  # the name-token roles this (case form) hit may stand for


@dataclass(frozen=True, slots=True)
class _QueryToken:
    text: str
    kind: str
    keys: tuple[tuple[str, str], ...]  # (convention, key)
    hits: dict[int, _Hit]  # base id -> best hit
    classes: frozenset[int]
    familiar: frozenset[int]
    patronymic: bool
    noise: bool  # a title, form of address, generic place word or preposition (President, спадар, г., w)
    initials: frozenset[str]
    phonemes: tuple[str, ...]
    anchored: frozenset[int]  # names whose surname (or place/org word) has this key, case form or typo neighbour
    known: bool  # does a registered token have one of these keys, or a given name of this token's class?
    #: a known word, not an initial: it may anchor a candidate or narrow the candidates of another word
    word: bool
    #: must every candidate name hold this word? Not a patronymic (the name may lack it), not noise
    narrows: bool
    #: bases of this token that some surname (or place or organisation word) has
    anchor_bases: tuple[int, ...]
    #: this token as the other word of a pair (`Index.partners`): its bases, and its classes | CLASS_BIT
    partner_keys: tuple[int, ...]
    #: `Normalizer._pair` and `_typo_pair` results by id of the name token (name tokens live as long as the index;
    #: a query token belongs to one normalizer), so a given name met in many candidates is paired once
    pairs: dict[int, tuple[float, str, str]] = field(default_factory=dict, compare=False, repr=False)
    typos: dict[int, tuple[float, str, str]] = field(default_factory=dict, compare=False, repr=False)



@dataclass(slots=True)
class _Scored:
    """One registered name scored against the query tokens; explanation lines are written only on demand."""

    name: IndexedName
    score: float
    query: Sequence[_QueryToken]
    used: dict[int, tuple[int, float, str, str]]  # query token -> (name token, score, rule, convention)
    notes: list[str]
    rejected: str | None = None

    @property
    def convention(self) -> str:
        """How the query was read: the convention of its first word paired by a key."""
        for _, _, _, conv in self.used.values():
            if conv and conv != "initial":
                return conv
        return "cyrillic"

    @property
    def fine(self) -> float:
        """How close the spellings are before folding (0-100): breaks ties between names with equal keys."""
        tokens = self.name.tokens
        weight = sum(tokens[ei].weight for ei, _, _, _ in self.used.values()) or 1.0
        return sum(
            tokens[ei].weight * _closeness(self.query[qi].phonemes, tokens[ei].phonemes)
            for qi, (ei, _, _, _) in self.used.items()
        ) / weight

    def lines(self) -> list[str]:
        tokens, query = self.name.tokens, self.query
        out = []
        for qi in sorted(self.used):
            ei, s, rule, _ = self.used[qi]
            e = tokens[ei]
            out.append(f"{query[qi].text} ~ {e.text} ({e.role}): {rule} {_score_text(s)}")
        return out + self.notes if self.notes else out


class Normalizer:
    """Maps names in any script, scheme, case form and order to the entities of a gazetteer.

    ``gazetteer`` is a `Gazetteer` or any iterable of `Entity`; building indexes every name in every reading
    and case form. ``options`` sets the cutoff, ambiguity margin and the rest (`Options`). Every query method
    raises `TypeError` for a non-string query; an empty query, or one without letters, matches nothing.

    >>> norm = Normalizer(Gazetteer([Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка"])]))
    >>> norm.match("Łukašenka").entity.id
    'Q1'
    """

    def __init__(self, gazetteer: Gazetteer | Iterable[Entity], *, options: Options | None = None) -> None:
        gazetteer = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer(gazetteer)
        self._setup(_build_index(list(gazetteer)), gazetteer, options or Options())

    def _setup(self, index: Index, gazetteer: Gazetteer | None, options: Options) -> None:
        self._gazetteer = gazetteer
        self.options = options
        self.index = index
        self._positions = {entity_id: i for i, entity_id in enumerate(index.entity_ids)}
        self._token_cache: dict[str, _QueryToken] = {}
        self._cached_pairs = 0  # entries of the pairing caches of the tokens in `_token_cache`
        self._ceiling_tables: dict[tuple[int, int, bool, int, int], list[float]] = {}
        self._paradigm_names = [p.name for p in paradigms()]
        self._paradigm_roles = [p.roles for p in paradigms()]
        # Tables every query reads, which building may not have needed (persons never read word equivalents):
        # loaded now, not by the first query.
        given_names(), name_words(), is_noise("")

    @classmethod
    def default(cls, *, options: Options | None = None) -> Normalizer:
        """A normalizer over the bundled gazetteer of Belarusian people, places and organisations (cached: the
        index is built once per process, other ``options`` share it)."""
        return _default_normalizer(options or Options())

    def save(self, path: str | Path) -> None:
        """Save the built index (and its gazetteer) to ``path``, a zip of JSON and integer arrays (no pickle)."""
        from belnorm.store import save_index

        save_index(self.index, path)

    @classmethod
    def load(cls, path: str | Path, *, options: Options | None = None, gazetteer: Gazetteer | None = None) -> Normalizer:
        """A normalizer from an index saved by `save`, without rebuilding it.

        Raises `belnorm.store.IndexFileError` for a damaged file and `belnorm.store.StaleIndexError` when it was
        built by another belnorm version, from other data files, or from another ``gazetteer`` than the one given.
        """
        from belnorm.store import gazetteer_fingerprint, load_index

        expected = gazetteer_fingerprint(gazetteer) if gazetteer is not None else None
        index = _long_lived(lambda: load_index(path, gazetteer_hash=expected))
        return cls._from_index(index, options or Options())

    @classmethod
    def cached(cls, gazetteer: Gazetteer, path: str | Path, *, options: Options | None = None) -> Normalizer:
        """Load the index saved at ``path`` if it is intact and fresh for ``gazetteer``; else build it and save it."""
        from belnorm.store import IndexFileError

        try:
            return cls.load(path, options=options, gazetteer=gazetteer)
        except IndexFileError:
            norm = cls(gazetteer, options=options)
            with contextlib.suppress(OSError):  # a cache that cannot be written is only a slower next start
                norm.save(path)
            return norm

    @classmethod
    def _from_index(cls, index: Index, options: Options) -> Normalizer:
        norm = object.__new__(cls)
        norm._setup(index, None, options)
        return norm

    @property
    def gazetteer(self) -> Gazetteer:
        """The entities this normalizer matches against (built on first use for a loaded index)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self.index.entities)
        return self._gazetteer

    def with_options(self, **changes: Any) -> Normalizer:
        """The same index with other options (no rebuild); unknown or invalid options raise
        `pydantic.ValidationError`."""
        clone = object.__new__(Normalizer)
        clone._setup(self.index, self._gazetteer, Options.model_validate({**self.options.model_dump(), **changes}))
        return clone

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its query cache: shipping a normalizer to workers ships the index, not past queries."""
        return {**self.__dict__, "_token_cache": {}, "_cached_pairs": 0}

    def __repr__(self) -> str:
        return f"Normalizer({len(self.index.entity_ids)} entities, {len(self.index.names)} names)"

    # ----------------------------------------------------------------- query tokens
    def _token(self, text: str, kind: str) -> _QueryToken:
        cached = self._token_cache.get(text)
        if cached is not None:
            return cached
        if len(text) > MAX_WORD_CHARS:  # no name has a word this long: do not key, decline or typo-search it
            text, kind = text[:MAX_WORD_CHARS], "overlong"
        allowed = self.options.conventions
        keyed = keyed_readings(text) if kind != "overlong" else ()
        if allowed is not None:
            keyed = tuple(
                (conv, k) for conv, k in keyed if conv not in ("lacinka", "english", "polish", "german", "iso9") or conv in allowed
            )
        hits: dict[int, _Hit] = {}
        forms = self.index.forms
        for conv, k in keyed:
            for base, paradigm in forms.get(k, ()):
                self._keep(hits, base, self._form_hit(paradigm, conv))
            bare = without_prothesis(k)
            for base, paradigm in forms.get(bare, ()) if bare else ():
                if paradigm == NOMINATIVE:
                    self._keep(hits, base, _Hit(PROTHETIC, "prothetic в", conv))
                elif paradigm >= 0:
                    rule = f"prothetic в and case form: {self._paradigm_names[paradigm]}"
                    roles = self._paradigm_roles[paradigm]
                    self._keep(hits, base, _Hit(PROTHETIC - (EXACT - INFLECTED), rule, conv, roles))
        if not hits:
            for conv, k in keyed:
                for base in self.index.undiacritic.get(without_diacritics(k), ()):
                    self._keep(hits, base, _Hit(UNDIACRITIC, "š ž č written without their hooks", conv))
        if not hits and self.options.fuzzy and kind == "word":
            self._typo_hits(keyed, hits)
        classes = given_names().classes(text) | name_words().classes(text) if kind == "word" else frozenset()
        familiar = given_names().familiar_classes(text) if kind == "word" else frozenset()
        index = self.index
        anchor_bases = [b for b in hits if index.base_anchors[b]]
        all_classes = classes | familiar
        known = bool(hits) or not all_classes.isdisjoint(index.class_keys)
        patronymic, noise = kind == "word" and is_patronymic(text), is_noise(text)
        token = _QueryToken(
            text=text,
            kind=kind,
            keys=keyed,
            hits=hits,
            classes=classes,
            familiar=familiar,
            patronymic=patronymic,
            noise=noise,
            initials=initials(text),
            phonemes=tuple(p for _, p in readings(text)),
            anchored=(  # one base's set is shared, not copied
                index.base_anchors[anchor_bases[0]] if len(anchor_bases) == 1
                else frozenset().union(*(index.base_anchors[b] for b in anchor_bases))
            ),
            known=known,
            word=known and kind != "initial",
            narrows=not patronymic and not noise,
            anchor_bases=tuple(anchor_bases),
            partner_keys=(*hits, *(index.class_keys[c] for c in sorted(all_classes) if c in index.class_keys)),
        )
        if len(self._token_cache) > 200_000:
            self._token_cache.clear()
            self._cached_pairs = 0
        if kind != "overlong":
            self._token_cache[text] = token
        return token

    def _form_hit(self, paradigm: int, convention: str) -> _Hit:
        if paradigm == NOMINATIVE:
            return _Hit(EXACT, "same key", convention)
        if paradigm == PROTHESIS:
            return _Hit(PROTHETIC, "prothetic в", convention)
        return _Hit(
            INFLECTED, f"case form: {self._paradigm_names[paradigm]}", convention, self._paradigm_roles[paradigm]
        )

    @staticmethod
    def _keep(hits: dict[int, _Hit], base: int, hit: _Hit) -> None:
        old = hits.get(base)
        if old is None or hit.score > old.score:
            hits[base] = hit

    def _typo_hits(self, keyed: Sequence[tuple[str, str]], hits: dict[int, _Hit]) -> None:
        base_keys, neighbours, cutoff = self.index.base_keys, self.index.neighbours, self.options.fuzzy_cutoff
        for conv, k in keyed:
            if len(k) < FUZZY_MIN_LENGTH:
                continue
            for d in deletions(k) | {k}:
                for base in neighbours.get(d, ()):
                    other = base_keys[base]
                    if differs_only_at_end(k, other):
                        continue  # another ending is another gender, case or word, not a typo
                    sim = similarity(k, other)
                    if sim >= cutoff:
                        self._keep(hits, base, _Hit(sim, f"typo: key {k!r} ~ {other!r}", conv))

    # ----------------------------------------------------------------- scoring
    def _pair(self, q: _QueryToken, e: IndexedToken) -> tuple[float, str, str]:
        """How well one query token fits one name token by key, case form, given-name class or initial:
        (score, rule, convention); typos are left to `_typo_pair`."""
        if q.kind == "initial":
            if e.role in ("given", "patronymic") and q.initials & e.initials:
                return INITIAL, f"initial {q.text}. = {e.text}", "initial"
            return 0.0, "", ""
        best: tuple[float, str, str] = (0.0, "", "")
        for base in e.bases:
            hit = q.hits.get(base)
            if hit is not None and hit.score > best[0] and (hit.roles is None or e.role in hit.roles):
                best = (hit.score, hit.rule, hit.convention)
        if best[0] < EXACT and e.role == "given":  # an equivalent name explains better than a typo or a case form
            convention = q.keys[0][0] if q.keys else ""
            if q.classes & e.classes:
                row = given_names().row(min(q.classes & e.classes))
                best = (max(best[0], GIVEN_EQUIVALENT), f"given-name equivalent ({row.canonical})", convention)
            elif best[0] < FAMILIAR_FORM and (both := (q.classes | q.familiar) & (e.classes | e.familiar)):
                row = given_names().row(min(both))
                best = (FAMILIAR_FORM, f"familiar form of one given name ({row.canonical})", convention)
        if best[0] < WORD_EQUIVALENT and e.role == "word" and (same := q.classes & e.classes):
            row = name_words().row(min(same))
            best = (WORD_EQUIVALENT, f"the same word in another language ({' = '.join(row.forms[:3])})", "translation")
        return best

    def _typo_pair(self, q: _QueryToken, e: IndexedToken) -> tuple[float, str, str]:
        """How well a query word fits a name token one typo away: (similarity, rule, convention)."""
        best: tuple[float, str, str] = (0.0, "", "")
        if self.options.fuzzy and q.kind == "word":
            for conv, qk in q.keys:
                for ek in e.keys:
                    if len(qk) < FUZZY_MIN_LENGTH or differs_only_at_end(qk, ek):
                        continue
                    if not may_reach(qk, ek, self.options.fuzzy_cutoff):
                        continue  # too far apart to be one typo: not worth the full similarity
                    sim = similarity(qk, ek)
                    if sim >= self.options.fuzzy_cutoff and sim > best[0]:
                        best = (sim, f"typo: key {qk!r} ~ {ek!r}", conv)
        return best

    @staticmethod
    def _in_order(name: IndexedName, query: Sequence[_QueryToken]) -> dict[int, tuple[int, float, str, str]] | None:
        """The pairs when the query is the name in its registered order with every word an exact key (the common
        case), else None. `_assign` would pick exactly these pairs (ties go to the lowest positions)."""
        used: dict[int, tuple[int, float, str, str]] = {}
        for i, first in enumerate(name.first_bases):
            hit = query[i].hits.get(first)
            if hit is None or hit.score != EXACT:  # another reading of the token may still be exact
                for b in name.tokens[i].bases[1:]:
                    hit = query[i].hits.get(b)
                    if hit is not None and hit.score == EXACT:
                        break
                else:
                    return None
            used[i] = (i, EXACT, hit.rule, hit.convention)
        return used

    def _assign(self, name: IndexedName, query: Sequence[_QueryToken]) -> dict[int, tuple[int, float, str, str]]:
        """Pair query tokens with name tokens, best pairs first; typos only between tokens left over."""
        used: dict[int, tuple[int, float, str, str]] = {}
        taken: set[int] = set()
        for pair, typo in ((self._pair, False), (self._typo_pair, True)):
            pairs = []
            for qi, q in enumerate(query):
                if qi in used:
                    continue
                known = q.typos if typo else q.pairs
                for ei, e in enumerate(name.tokens):
                    if ei not in taken:
                        found = known.get(id(e))
                        if found is None:
                            found = pair(q, e)
                            if self._cached_pairs < MAX_CACHED_PAIRS:
                                self._cached_pairs += 1
                                known[id(e)] = found
                        s, rule, conv = found
                        if s:
                            pairs.append((-s, qi, ei, rule, conv))
            pairs.sort()
            for s, qi, ei, rule, conv in pairs:
                if qi not in used and ei not in taken:
                    used[qi] = (ei, -s, rule, conv)
                    taken.add(ei)
            if len(used) == len(query) or len(taken) == len(name.tokens):
                break
        return used

    def _score_name(self, name: IndexedName, query: Sequence[_QueryToken]) -> _Scored:
        if len(query) == len(name.tokens) and (exact := self._in_order(name, query)) is not None:
            return _Scored(name, EXACT, query, exact, [])  # every word paired exactly: no penalty can apply
        used = self._assign(name, query)
        scored = _Scored(name, 0.0, query, used, [])
        penalty = 0.0
        for qi, q in enumerate(query):
            if qi in used:
                continue
            if q.noise:
                scored.notes.append(f"{q.text}: ignored, a word that accompanies names")
            elif q.patronymic:
                penalty += EXTRA_PATRONYMIC_PENALTY
                scored.notes.append(f"{q.text}: patronymic not in the registered name {_EXTRA_PATRONYMIC}")
            elif q.kind == "initial" and any(query[i].kind == "initial" for i in used):
                penalty += EXTRA_PATRONYMIC_PENALTY
                scored.notes.append(f"{q.text}.: taken for the initial of a patronymic {_EXTRA_PATRONYMIC}")
            else:
                scored.rejected = (
                    f"initial {q.text}. fits no given name" if q.kind == "initial"
                    else f"{q.text!r} matches no part of the name"
                )
                return scored
        person = name.person
        used_tokens = {ei for ei, _, _, _ in used.values()}
        for ei, e in enumerate(name.tokens):
            if ei in used_tokens:
                continue
            if not person or e.role == "surname":
                scored.rejected = f"{e.text!r} ({e.role}) is not in the query"
                return scored
            if e.role == "given":
                if not self.options.allow_surname_only:
                    scored.rejected = "surname only, and surname-only matches are off"
                    return scored
                penalty += SURNAME_ONLY_PENALTY
                scored.notes.append(f"surname only: given name {e.text} not in the query {_SURNAME_ONLY}")
            elif e.role == "patronymic" and any(name.tokens[ei].role == "given" for ei in used_tokens):
                penalty += MISSING_PATRONYMIC_PENALTY
                scored.notes.append(f"patronymic {e.text} not in the query {_MISSING_PATRONYMIC}")
        tokens = name.tokens
        weight = total = 0.0
        for ei, s, _, _ in used.values():
            w = tokens[ei].weight
            weight += w
            total += w * s
        if not weight:
            scored.rejected = "nothing matched"
            return scored
        scored.score = max(0.0, total / weight - penalty)
        return scored

    def _candidate_names(self, query: Sequence[_QueryToken], *, lenient: bool = True) -> AbstractSet[int]:
        """Names the query could be: for each query word, the names whose surname (or place or organisation
        word) shares a key with it, narrowed by each other word while any remain.

        A name matched only by a given name or a patronymic can never be the answer, so it is never a
        candidate. Any word may be the surname (Вячаслаў is a surname too), so each anchors in turn.
        Patronymic-looking words do not narrow (a registered name may lack the patronymic). When no name fits
        every word, a word that would empty the set is passed over instead (it may hold a typo that only the
        scorer finds).
        """
        words = [q for q in query if q.word]
        narrowed = [
            (a, [self._pair_names(a, q) for q in words if q is not a and q.narrows]) for a in words if a.anchored
        ]
        strict: AbstractSet[int] = frozenset()
        for anchor, by in narrowed:
            found = (by[0] if len(by) == 1 else set.intersection(*by)) if by else anchor.anchored
            strict = strict | found if strict else found
        if strict or not lenient:
            return strict
        lenient_found: set[int] = set()
        for anchor, by in narrowed:
            lenient_found |= _narrow(anchor.anchored, by)
        return lenient_found

    def _pair_names(self, anchor: _QueryToken, other: _QueryToken) -> set[int]:
        """Names whose surname (or place or organisation word) fits ``anchor`` and which hold a token that
        fits ``other``: a few lookups in the index's pairs, however many names the words have alone."""
        partners, found = self.index.partners, set()
        for base in anchor.anchor_bases:
            table = partners[base]
            if table is not None:
                for key in other.partner_keys:
                    names = table.get(key)
                    if names is not None:
                        found.update(names)
        return found

    def _match_one(self, query: str) -> Match | None:
        """`match` without the options: what `match_many` does for each distinct query."""
        tokens = self._prepare(query)[1]
        return self._decide(query, self._rank_tokens(tokens))[0] if tokens else None

    def _prepare(self, query: str) -> tuple[str, list[_QueryToken]]:
        """The cleaned query and its tokens, both capped (`MAX_QUERY_CHARS`, `MAX_QUERY_TOKENS`)."""
        if not isinstance(query, str):
            raise TypeError(f"match() needs a str, not {type(query).__name__}")
        cleaned, cached = clean(query[:MAX_QUERY_CHARS]), self._token_cache.get
        return cleaned, [cached(text) or self._token(text, kind) for text, kind in _words(cleaned)[:MAX_QUERY_TOKENS]]

    def _rank_tokens(
        self, tokens: Sequence[_QueryToken], *, prune: bool = True, lenient: bool = True
    ) -> list[_Scored]:
        """Candidate names scored against the query tokens: accepted best-first, then the rejected.

        With ``prune``, names whose best possible score (`_ceiling`) cannot reach the decision are not scored;
        without ``lenient``, only names that every word could belong to are candidates (see `_candidate_names`).
        """
        candidates = self._candidate_names(tokens, lenient=lenient)
        if not candidates or len(candidates) > MAX_CANDIDATES:
            return []  # no name has these words, or a query this unspecific names no one in particular
        names, entity_kinds, margin = self.index.names, self.index.kinds, self.options.ambiguity_margin
        kinds, ceilings, profile_of = self.options.kinds, self._ceilings(_shape(tokens)), self.index.name_profiles
        if len(candidates) == 1:  # the common case: nothing to order, nothing to prune against
            (only,) = candidates
            ceiling, name = ceilings[profile_of[only]], names[only]
            if (prune and not ceiling) or (kinds is not None and entity_kinds[name.entity] not in kinds):
                return []
            return [self._score_name(name, tokens)]
        order = sorted([(-ceilings[profile_of[i]], i) for i in candidates])
        best: dict[int, _Scored] = {}
        rejected: list[_Scored] = []
        floor = -1.0
        for negative_ceiling, name_index in order:
            ceiling = -negative_ceiling
            if prune and (ceiling < floor or not ceiling):
                break
            name = names[name_index]
            if kinds is not None and entity_kinds[name.entity] not in kinds:
                continue
            if prune and name.entity in best and best[name.entity].score >= ceiling:
                continue  # another name of this entity already scores what this one at best could
            scored = self._score_name(name, tokens)
            if scored.rejected:
                rejected.append(scored)
                continue
            old = best.get(name.entity)
            if old is None or scored.score > old.score:
                best[name.entity] = scored
            floor = max(floor, scored.score - margin)
        ranked = sorted(best.values(), key=_by_score) if len(best) > 1 else list(best.values())
        return ranked + rejected

    def _ceilings(self, shape: tuple[int, int, bool, int, int]) -> list[float]:
        """`_ceiling` of every name profile (`Index.profiles`) for a query shape, worked out once per shape."""
        table = self._ceiling_tables.get(shape)
        if table is None:
            table = self._ceiling_tables[shape] = [self._ceiling(p, shape) for p in self.index.profiles]
        return table

    @staticmethod
    def _ceiling(profile: tuple[int, bool, bool, int], shape: tuple[int, int, bool, int, int]) -> float:
        """The best score a name of this profile (`IndexedName.profile`) could get from a query of this shape
        (`_shape`): a registered patronymic or given name the query cannot cover, or more
        query words than name tokens, cost points; 0 when the query has too few words for the name, or more
        words than it can take."""
        required, has_patronymic, has_given, length = profile
        words, initials_, patronymic_like, plain_words, accompanying = shape
        if required > words + initials_ + accompanying:
            return 0.0  # the query has too few words to cover the name's surname or words
        if plain_words > length:
            return 0.0  # some query word could only stay unmatched, and only a patronymic may
        ceiling = EXACT
        if has_patronymic and not patronymic_like and initials_ < 2 and words + initials_ < length + 1:
            ceiling -= MISSING_PATRONYMIC_PENALTY
        if words > length:
            ceiling -= EXTRA_PATRONYMIC_PENALTY
        if has_given and words + initials_ <= required:
            ceiling -= SURNAME_ONLY_PENALTY  # every query word is needed for the surname: the given name is missing
        return ceiling

    def _decide(
        self, query: str, ranked: list[_Scored], prefer: frozenset[int] = frozenset()
    ) -> tuple[Match | None, str]:
        """The match among ranked candidates, or None and why not; ``prefer`` (entity positions already named in
        the same text) settles a tie that would otherwise be ambiguous."""
        if not ranked or ranked[0].rejected:  # accepted candidates come first
            return None, "no candidate"
        top = ranked[0]
        if top.score < self.options.score_cutoff:
            return None, f"best score {top.score:.1f} is below the cutoff {self.options.score_cutoff:.0f}"
        near = top.score - self.options.ambiguity_margin
        tied = []
        for other in itertools.islice(ranked, 1, None):
            if other.rejected or other.score < near:
                break
            tied.append(other)
        if tied:
            by_spelling = sorted(((s.fine, s) for s in (top, *tied)), key=lambda fs: -fs[0])
            if by_spelling[0][0] - by_spelling[1][0] >= FINE_MARGIN:
                top, tied = by_spelling[0][1], []
                top.notes.append(f"closest spelling among {len(by_spelling)} candidates with the same key")
        if tied:
            preferred = [s for s in (top, *tied) if s.name.entity in prefer]
            if len(preferred) != 1:
                other = self.index.entity_ids[tied[0].name.entity]
                return None, f"ambiguous: {other} scores {tied[0].score:.1f} against {top.score:.1f}"
            top = preferred[0]
            top.notes.append("ambiguous alone; settled by an earlier mention of the full name")
        entity = self.index.entities[top.name.entity]
        convention = top.convention
        match = Match(
            entity=entity,
            score=top.score,
            matched_name=top.name.text,
            query=query,
            scheme=convention,
            explanation=("read as " + convention, *top.lines()),
        )
        return match, ""  # `explain` words the verdict of a match: no query pays for it

    # ----------------------------------------------------------------- public API
    def match(self, query: str, *, score_cutoff: float | None = None) -> Match | None:
        """The entity ``query`` names, or None when nothing scores at least the cutoff or the best is ambiguous."""
        norm = self if score_cutoff is None else self.with_options(score_cutoff=score_cutoff)
        return norm._match_one(query)

    def match_many(self, queries: Iterable[str], *, score_cutoff: float | None = None) -> list[Match | None]:
        """`match` for each query, in order; the fast path for batches (token keys are computed once)."""
        norm = self if score_cutoff is None else self.with_options(score_cutoff=score_cutoff)
        done: dict[str, Match | None] = {}  # batches repeat names: each distinct query is matched once
        out: list[Match | None] = []
        with _collector_paused():  # a batch makes only short-lived, acyclic objects: reference counting frees them
            for q in queries:
                if not isinstance(q, str):
                    norm._bad(q)
                found = done.get(q, done)
                if found is done:
                    found = done[q] = norm._match_one(q)
                out.append(found)
        return out

    @staticmethod
    def _bad(query: object) -> None:
        raise TypeError(f"match_many() needs strings, got {type(query).__name__}")

    def explain(self, query: str, *, limit: int = 10) -> Explanation:
        """The match for ``query`` and the top candidates with their scores, also when nothing matched."""
        cleaned, tokens = self._prepare(query)
        ranked = self._rank_tokens(tokens, prune=False)
        match, verdict = self._decide(query, ranked) if cleaned else (None, "empty query")
        if match is not None:
            verdict = f"matched {match.entity.id}"
        candidates = tuple(
            Candidate(
                entity=self.index.entities[s.name.entity],
                score=s.score,
                matched_name=s.name.text,
                explanation=tuple(s.lines()),
                rejected=s.rejected,
            )
            for s in ranked[:limit]
        )
        return Explanation(query=query, match=match, candidates=candidates, verdict=verdict)

    def find(self, text: str) -> list[Mention]:
        """Mentions of this normalizer's entities in running text, with offsets into ``text``."""
        return finder.find(self, text)

    def find_many(self, texts: Iterable[str]) -> list[list[Mention]]:
        """`find` for each text, in order."""
        return finder.find_many(self, texts)

    def iter_find(self, text: str, *, chunk_size: int = 100_000) -> Iterator[Mention]:
        """`find` over a long document, lazily, chunk by chunk (a surname may lean on an earlier chunk)."""
        return finder.iter_find(self, text, chunk_size=chunk_size)

    def iter_match(self, queries: Iterable[str]) -> Iterator[Match | None]:
        """`match` over a stream of queries, lazily."""
        for q in queries:
            yield self.match(q)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_index(entities: list[Entity]) -> Index:
    """Build an index from entities (the one place that does, apart from loading a saved one)."""
    return _long_lived(lambda: Index(entities))


def _long_lived(make: Callable[[], Index]) -> Index:
    """Make (build or load) an index with the cyclic garbage collector paused, then move it out of the
    collector's way.

    The index is millions of small containers that live as long as the normalizer; letting the collector
    walk them over and over made building three times and matching twice as slow (`gc.freeze`).
    """
    with _collector_paused():
        index = make()
    gc.freeze()
    return index


def _words(cleaned: str) -> list[tuple[str, str]]:
    """(text, kind) of each token of a cleaned query: `tokenize`, or its shortcut for the common query made of
    letters and single spaces only (no apostrophe, hyphen, digit or mark: nothing for `tokenize` to cut)."""
    if cleaned.replace(" ", "").isalpha() and APOSTROPHE not in cleaned:
        return [(word, "initial" if len(word) == 1 else "word") for word in cleaned.split(" ")]
    return [(t.text, t.kind) for t in tokenize(cleaned)]


def _shape(tokens: Sequence[_QueryToken]) -> tuple[int, int, bool, int, int]:
    """What `Normalizer._ceiling` needs of a query: its words, its initials, whether a word looks like a
    patronymic, its words that are not, and its titles, generic words and prepositions. Those are ignored when
    unmatched, so they do not count as words, but they may match a word of a name (General in General
    Prosecutor's Office), so they count towards covering it."""
    words = initials_ = plain = accompanying = 0
    patronymic_like = False
    for t in tokens:
        patronymic_like = patronymic_like or t.patronymic
        if t.noise:
            accompanying += t.kind != "initial"
        elif t.kind == "initial":
            initials_ += 1
        else:
            words += 1
            plain += not t.patronymic
    return words, initials_, patronymic_like, plain, accompanying


@functools.lru_cache(maxsize=1024)
def _score_text(score: float) -> str:
    """A pair's score as explanation lines show it ([96]); there are few distinct scores, formatting is slow."""
    return f"[{score:.0f}]"


def _by_score(scored: _Scored) -> float:
    return -scored.score


def _narrow(found: AbstractSet[int], by: Sequence[AbstractSet[int]]) -> AbstractSet[int]:
    """Intersect with each word's names, smallest first, skipping a word that would leave nothing."""
    for names in sorted(by, key=len):
        narrowed = found & names
        if narrowed:
            found = narrowed
    return found


def _closeness(a: Sequence[str], b: Sequence[str]) -> float:
    """Best similarity (0-100) between any reading of one token and any reading of another."""
    return max((ratio(x, y) for x in a for y in b), default=0.0)


@functools.lru_cache(maxsize=8)
def _default_normalizer(options: Options) -> Normalizer:
    if options != Options():
        return _default_normalizer(Options()).with_options(**options.model_dump())
    return Normalizer(Gazetteer.default())
