"""A query word → its hits in the index: the first stage of matching, shared by `match` and `find`.

A word is cleaned, read in every plausible convention and keyed (`belnorm.keys`); each key is looked up among
the index's case forms, then (failing that) without hooks on š ž č, then among keys one typo away. A
`QueryToken` carries what every later stage needs of the word: its hits, given-name classes, whether it may
anchor or narrow a candidate, and caches for the pairs the scorer works out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from belnorm.index import FUZZY_MIN_LENGTH, NOMINATIVE, PROTHESIS, Index, deletions, form_entries, initials
from belnorm.keys import (
    CYRILLIC,
    Conventions,
    differs_only_at_end,
    keyed_readings,
    keyed_readings_in,
    latin_conventions,
    phonemes,
    similarity,
    without_diacritics,
)
from belnorm.morphology import declined_acronym, foreign_stems, paradigms, without_prothesis
from belnorm.names import (
    given_names,
    is_exact_court_word,
    is_named_after_word,
    is_noise,
    is_patronymic,
    is_title,
    name_words,
    org_word_classes,
    tokenize,
)
from belnorm.options import EXACT, INFLECTED, PROTHETIC, UNDIACRITIC, Options
from belnorm.text import APOSTROPHE, clean

__all__ = [
    "CASE_FORM_RULE",
    "PROTHETIC_RULE",
    "CYRILLIC_READING",
    "INITIAL_READING",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TOKENS",
    "MAX_WORD_CHARS",
    "TRANSLATION",
    "Hit",
    "PairResult",
    "QueryReader",
    "QueryToken",
    "query_words",
    "settled",
]

#: how the explanation of a word read as a case form of a name says so
CASE_FORM_RULE = "case form"
#: the explanation of a word read with a prothetic в dropped (Ворша: Орша)
PROTHETIC_RULE = "prothetic в"

MAX_QUERY_CHARS = 1000
MAX_QUERY_TOKENS = 12
#: a word longer than this is no part of a name (its typo neighbourhood would cost the square of its length)
MAX_WORD_CHARS = 64
#: query words whose pairings all tokens of one reader remember in all (~100 bytes each); past this, pairs are
#: computed each time until the token cache is renewed: a long run over a large gazetteer keeps a bounded memory
MAX_CACHED_PAIRS = 1_000_000
#: distinct words a reader remembers before it starts afresh
MAX_CACHED_TOKENS = 200_000
#: what paired an initial, and a word's translation, in place of a reading convention
INITIAL_READING: Conventions = ("initial",)
TRANSLATION: Conventions = ("translation",)
CYRILLIC_READING: Conventions = CYRILLIC

#: (score, rule, conventions) of one query word against one name token; score 0 when they do not pair
PairResult = tuple[float, str, Conventions]


#: the org_words row of a court, which the words read letter for letter only name (`is_exact_court_word`)
_COURT = "court"


@dataclass(frozen=True, slots=True)
class Hit:
    """A base (a token's nominative key) that a query word reaches, by which rule and reading."""

    score: float
    rule: str
    conventions: Conventions
    roles: frozenset[str] | None = None  # the name-token roles this (case form) hit may stand for
    typo: bool = False  # reached only by a key one edit away


@dataclass(frozen=True, slots=True)
class QueryToken:
    """One query word as the index sees it."""

    text: str
    kind: str
    keys: tuple[tuple[Conventions, str], ...]
    hits: dict[int, Hit]  # base id -> best hit
    classes: frozenset[int]
    familiar: frozenset[int]
    patronymic: bool
    #: the word's own given-name classes (not a familiar form's): empty for a word that is no given name
    given_classes: frozenset[int]
    noise: bool  # a title, form of address, generic place word or preposition (President, спадар, г., w)
    #: a "named after" (імені, имени) that the registered name may lack: ignored unmatched, as noise is
    named_after: bool
    initials: frozenset[str]
    phonemes: tuple[str, ...]
    anchored: frozenset[int]  # names whose surname (or place/org word) has this key, case form or typo neighbour
    known: bool  # does a registered token have one of these keys, or a given name of this token's class?
    #: a known word, not an initial: it may anchor a candidate or narrow the candidates of another word
    word: bool
    #: the word is a given name in the nominative (Марыя, Maria): no case form of another word
    given: bool
    #: must every candidate name hold this word? Not a patronymic (the name may lack it), not noise, not a "named
    #: after"
    narrows: bool
    #: bases of this token that some surname (or place or organisation word) has
    anchor_bases: tuple[int, ...]
    #: this token as the other word of a pair (`Index.partners`): its bases, and its classes | CLASS_BIT
    partner_keys: tuple[int, ...]
    #: the scorer's pairings by id of the name token (name tokens live as long as the index; a query token
    #: belongs to one reader), so a given name met in many candidates is paired once
    pairs: dict[int, PairResult] = field(default_factory=dict, compare=False, repr=False)
    typos: dict[int, PairResult] = field(default_factory=dict, compare=False, repr=False)


def settled(token: QueryToken) -> bool:
    """Does the word reach a name as written, not only one typo away (which a text's language may spell exactly:
    Buhhel) or as a case form of another word (which may be a foreign name with the language's own ending: Polish
    Niemnem, Latvian Homeļas)? Then the text's language need not read it again (`QueryReader.token_in`)."""
    for hit in token.hits.values():
        if not hit.typo and not hit.rule.startswith(CASE_FORM_RULE):
            return True
    return False


class QueryReader:
    """Reads query words against one index under one set of options, remembering each word's `QueryToken`."""

    def __init__(self, index: Index, options: Options) -> None:
        self.index = index
        self.options = options
        self._cache: dict[str, QueryToken] = {}
        #: entries of the pairing caches of the tokens remembered (bounded by `MAX_CACHED_PAIRS`)
        self.cached_pairs = 0
        self._paradigm_names = [p.name for p in paradigms()]
        self._paradigm_roles = [p.roles for p in paradigms()]
        #: the paradigms whose forms are written in Latin letters only (German's genitive -s)
        self._latin_only = frozenset(i for i, p in enumerate(paradigms()) if p.scripts == frozenset({"latin"}))
        self._cyrillic_only = frozenset(i for i, p in enumerate(paradigms()) if p.scripts == frozenset({"cyrillic"}))
        self._latin = frozenset(latin_conventions())
        self._allowed = None if options.conventions is None else frozenset(options.conventions)
        # Tables every query reads, which building may not have needed (persons never read word equivalents):
        # loaded now, not by the first query.
        given_names(), name_words(), is_noise("")

    def __getstate__(self) -> dict[str, object]:
        """Pickled without its cache: shipping a normalizer to workers ships the index, not past queries."""
        return {**self.__dict__, "_cache": {}, "cached_pairs": 0}

    def _may_read(self, conventions: Conventions) -> bool:
        """May a reading by these conventions be used (`Options.conventions`)? Cyrillic always may."""
        return self._allowed is None or self._latin.isdisjoint(conventions) or not self._allowed.isdisjoint(conventions)

    def remembered(self) -> list[QueryToken]:
        """The tokens in the cache (to check that the pairing caches stay within their bound)."""
        return list(self._cache.values())

    def may_remember_pair(self) -> bool:
        """Count one more remembered pairing, if the bound allows it."""
        if self.cached_pairs < MAX_CACHED_PAIRS:
            self.cached_pairs += 1
            return True
        return False

    def prepare(self, query: str) -> tuple[str, list[QueryToken]]:
        """The cleaned query and its tokens, both capped (`MAX_QUERY_CHARS`, `MAX_QUERY_TOKENS`)."""
        if not isinstance(query, str):
            raise TypeError(f"match() needs a str, not {type(query).__name__}")
        cleaned, cached = clean(query[:MAX_QUERY_CHARS]), self._cache.get
        words = query_words(cleaned)[:MAX_QUERY_TOKENS]
        return cleaned, [cached(text) or self.token(text, kind) for text, kind in words]

    def token(self, text: str, kind: str) -> QueryToken:
        """The `QueryToken` of one word (``kind``: word, initial or number), from the cache when it is there."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if len(text) > MAX_WORD_CHARS:  # no name has a word this long: do not key, decline or typo-search it
            text, kind = text[:MAX_WORD_CHARS], "overlong"
        keyed = keyed_readings(text) if kind != "overlong" else ()
        if self._allowed is not None:
            keyed = tuple((convs, k) for convs, k in keyed if self._may_read(convs))
        hits = self._hits(keyed, kind)
        if not hits and kind == "word" and (acronym := declined_acronym(text)) is not None:
            rule = f"{CASE_FORM_RULE}: the acronym {acronym} with the ending -{text[len(acronym) :]}"
            self._nominative_hits(keyed_readings(acronym), rule, hits)
        token = self._build(text, kind, keyed, hits)
        if len(self._cache) > MAX_CACHED_TOKENS:
            self._cache.clear()
            self.cached_pairs = 0
        if kind != "overlong":
            self._cache[text] = token
        return token

    def token_in(self, text: str, kind: str, language: str) -> QueryToken:
        """The `QueryToken` of a word of a text in ``language``, for a word `token` finds nothing for: read as that
        language's press writes foreign names (`keyed_readings_in`: Mogiljovissa in Finnish), and without a case
        ending it glues to them (`foreign_stems`: Finnish Brestin, Lithuanian Minsko, a hit on the nominative ruled
        a case form). The plain token when this finds nothing either."""
        plain = self.token(text, kind)
        if kind != "word" or settled(plain):
            return plain
        remembered = f"{text}\x00{language}"
        cached = self._cache.get(remembered)
        if cached is not None:
            return cached
        keyed = tuple((convs, k) for convs, k in keyed_readings_in(text, language) if self._may_read(convs))
        hits: dict[int, Hit] = {}
        self._form_hits(keyed, hits)
        stems = foreign_stems(text, language)
        for stem, ending in stems:
            rule = f"{CASE_FORM_RULE}: {stem} with the ending -{ending} {language} glues to a foreign name"
            self._nominative_hits((*keyed_readings(stem), *keyed_readings_in(stem, language)), rule, hits)
        # a word of organisation names with such an ending (Finnish yliopistossa, Hungarian bíróságon)
        words = frozenset().union(*(name_words().classes(stem, inflected=False) for stem, _ in stems))
        words -= plain.classes
        # a given name as the language's press writes it (French Nadejda: Надежда)
        given = given_names().classes_of_keys(k for _, k in keyed) - plain.given_classes
        if hits or words or given:
            hits = {**{b: h for b, h in plain.hits.items() if not h.typo}, **hits}
            token = self._build(text, kind, (*plain.keys, *keyed), hits, words, given)
        else:
            token = plain
        self._cache[remembered] = token
        return token

    def _build(
        self,
        text: str,
        kind: str,
        keyed: tuple[tuple[Conventions, str], ...],
        hits: dict[int, Hit],
        words: frozenset[int] = frozenset(),
        read_given: frozenset[int] = frozenset(),
    ) -> QueryToken:
        given = given_names().classes(text) | read_given if kind == "word" else frozenset()
        named = name_words().spelled_classes(text) if kind == "word" else frozenset()
        if named and is_title(text):  # a title is a word of a body's name only as spelled (minister: no Ministerul)
            named = name_words().spelled(text, named)
        if kind == "word" and is_exact_court_word(text):  # (Latvian tiesa: a court as spelled; its key is Spanish tasa)
            named |= org_word_classes(_COURT)
        classes = given | named | words if kind == "word" else frozenset()
        familiar = given_names().familiar_classes(text) if kind == "word" else frozenset()
        index = self.index
        anchor_bases = [b for b in hits if index.base_anchors[b]]
        # a word of organisation and place names anchors the names that hold one of its equivalents
        anchor_bases += [index.class_bases[c] for c in sorted(classes) if c in index.class_bases]
        all_classes = classes | familiar
        known = bool(hits) or not all_classes.isdisjoint(index.class_keys)
        patronymic, noise = kind == "word" and is_patronymic(text), is_noise(text)
        named_after = kind == "word" and is_named_after_word(text)
        return QueryToken(
            text=text,
            kind=kind,
            keys=keyed,
            hits=hits,
            classes=classes,
            familiar=familiar,
            patronymic=patronymic,
            given_classes=given,
            noise=noise,
            named_after=named_after,
            initials=initials(text),
            phonemes=phonemes(text),
            anchored=(  # one base's set is shared, not copied
                index.base_anchors[anchor_bases[0]] if len(anchor_bases) == 1
                else frozenset().union(*(index.base_anchors[b] for b in anchor_bases))
            ),
            known=known,
            word=known and kind != "initial",
            given=kind == "word" and bool(given_names().classes(text, inflected=False) or read_given),
            narrows=not (patronymic or noise or named_after),
            anchor_bases=tuple(anchor_bases),
            partner_keys=(*hits, *(index.class_keys[c] for c in sorted(all_classes) if c in index.class_keys)),
        )

    def _hits(self, keyed: Sequence[tuple[Conventions, str]], kind: str) -> dict[int, Hit]:
        """Bases the keys reach: case forms (with or without a prothetic в), else hookless, else one typo away."""
        hits: dict[int, Hit] = {}
        forms = self.index.forms
        self._form_hits(keyed, hits)
        for convs, k in keyed:
            bare = without_prothesis(k)
            found = forms.get(bare) if bare else None
            for base, paradigm in form_entries(found) if found is not None else ():
                if paradigm == NOMINATIVE:
                    _keep(hits, base, Hit(PROTHETIC, PROTHETIC_RULE, convs))
                elif paradigm >= 0 and self._written_in(paradigm, convs):
                    rule = f"{PROTHETIC_RULE} and {CASE_FORM_RULE}: {self._paradigm_names[paradigm]}"
                    roles = self._paradigm_roles[paradigm]
                    _keep(hits, base, Hit(PROTHETIC - (EXACT - INFLECTED), rule, convs, roles))
        if not hits:
            for convs, k in keyed:
                for base in self.index.undiacritic.get(without_diacritics(k), ()):
                    _keep(hits, base, Hit(UNDIACRITIC, "š ž č written without their hooks", convs))
        if not hits and self.options.fuzzy and kind == "word":
            self._typo_hits(keyed, hits)
        return hits

    def _form_hits(self, keyed: Sequence[tuple[Conventions, str]], hits: dict[int, Hit]) -> None:
        """The bases whose nominative or case forms have one of the keys (a Latin-only form, German's genitive -s,
        only for a Latin reading; a Cyrillic-only one only for a Cyrillic reading)."""
        forms = self.index.forms
        for convs, k in keyed:
            found = forms.get(k)  # most keys are no form at all: no entries to unpack
            for base, paradigm in form_entries(found) if found is not None else ():
                if self._written_in(paradigm, convs):
                    _keep(hits, base, self._form_hit(paradigm, convs))

    def _written_in(self, paradigm: int, convs: Conventions) -> bool:
        """May a reading by these conventions be a form of the paradigm (a Latin-only form, German's genitive -s,
        only a Latin reading; a Cyrillic-only one, the long instrumental Оршею, only a Cyrillic one)?"""
        if paradigm in self._latin_only:
            return bool(self._latin.intersection(convs))
        return paradigm not in self._cyrillic_only or "cyrillic" in convs

    def _nominative_hits(self, keyed: Sequence[tuple[Conventions, str]], rule: str, hits: dict[int, Hit]) -> None:
        """The bases whose nominative has one of the keys, as case forms by ``rule``: the keys are of a word's stem
        once an ending it carries is cut (Finnish Brestin, СОБРу)."""
        for convs, k in keyed:
            found = self.index.forms.get(k) if self._may_read(convs) else None
            for base, paradigm in form_entries(found) if found is not None else ():
                if paradigm == NOMINATIVE:
                    _keep(hits, base, Hit(INFLECTED, rule, convs))

    def _form_hit(self, paradigm: int, conventions: Conventions) -> Hit:
        if paradigm == NOMINATIVE:
            return Hit(EXACT, "same key", conventions)
        if paradigm == PROTHESIS:
            return Hit(PROTHETIC, PROTHETIC_RULE, conventions)
        return Hit(
            INFLECTED, f"{CASE_FORM_RULE}: {self._paradigm_names[paradigm]}", conventions, self._paradigm_roles[paradigm]
        )

    def _typo_hits(self, keyed: Sequence[tuple[Conventions, str]], hits: dict[int, Hit]) -> None:
        base_keys, neighbours, cutoff = self.index.base_keys, self.index.neighbours, self.options.fuzzy_cutoff
        for convs, k in keyed:
            if len(k) < FUZZY_MIN_LENGTH:
                continue
            for d in deletions(k) | {k}:
                for base in neighbours.get(d, ()):
                    other = base_keys[base]
                    if differs_only_at_end(k, other):
                        continue  # another ending is another gender, case or word, not a typo
                    sim = similarity(k, other)
                    if sim >= cutoff:
                        _keep(hits, base, Hit(sim, f"typo: key {k!r} ~ {other!r}", convs, typo=True))


def _keep(hits: dict[int, Hit], base: int, hit: Hit) -> None:
    """Keep the better hit of a base: the higher score, and of equal scores the one for more roles (Czech Dvinou
    is the river's case form, though its key is also a given name's -ou); two case forms of equal score for roles
    apart stand for either (Czech -ou: a given name's Svjatlanou, a surname's Filatčankovou)."""
    old = hits.get(base)
    if old is None or hit.score > old.score or (hit.score == old.score and _more_roles(hit, old)):
        hits[base] = hit
    elif hit.score == old.score and old.roles is not None and hit.roles is not None and not hit.roles <= old.roles:
        hits[base] = Hit(old.score, f"{old.rule}; or {hit.rule}", old.conventions, old.roles | hit.roles, old.typo)


def _more_roles(hit: Hit, old: Hit) -> bool:
    return old.roles is not None and (hit.roles is None or hit.roles > old.roles)


def query_words(cleaned: str) -> list[tuple[str, str]]:
    """(text, kind) of each token of a cleaned query: `tokenize`, or its shortcut for the common query made of
    letters and single spaces only (no apostrophe, hyphen, digit or mark: nothing for `tokenize` to cut)."""
    if cleaned.replace(" ", "").isalpha() and APOSTROPHE not in cleaned:
        return [(word, "initial" if len(word) == 1 else "word") for word in cleaned.split(" ")]
    return [(t.text, t.kind) for t in tokenize(cleaned)]
