"""Scoring: how well query words fit one registered name, and the best a name could score at all.

Query words are paired with name tokens (surname, given name with its equivalents across languages, initials,
patronymic) best pairs first, typos only between the words left over; the name scores the weighted mean of its
pairs minus the penalties of `belnorm.options` for what is missing or extra. `Scorer.ceilings` bounds that
score from the shapes of query and name alone, with the same penalties, so names that cannot change the
outcome are never scored.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import regex
from rapidfuzz.fuzz import ratio

from belnorm.index import FUZZY_MIN_LENGTH, IndexedName, IndexedToken
from belnorm.keys import (
    Conventions,
    differs_only_at_end,
    fold_vowels,
    may_reach,
    o_keys,
    o_without_spelling,
    similarity,
)
from belnorm.names import (
    given_names,
    is_belarusian_word,
    is_home_country,
    is_in_preposition,
    is_location_preposition,
    is_optional_at_end,
    is_over_word,
    is_optional_beside_a_name,
    is_optional_beside_a_proper_name,
    is_optional_in_name,
    name_words,
    org_word_classes,
    STATE_QUALIFIER_ROWS,
)
from belnorm.options import (
    COUNTRY_LEFT_OUT_PENALTY,
    EXACT,
    EXTRA_PATRONYMIC_PENALTY,
    FAMILIAR_FORM,
    GIVEN_EQUIVALENT,
    INITIAL,
    MISSING_PATRONYMIC_PENALTY,
    SURNAME_ONLY_PENALTY,
    WORD_EQUIVALENT,
    Options,
)
from belnorm.text import APOSTROPHE, CYRILLIC
from belnorm.query import (
    CASE_FORM_RULE,
    CYRILLIC_READING,
    INITIAL_READING,
    TRANSLATION,
    PairResult,
    QueryReader,
    QueryToken,
)

__all__ = [
    "COUNTRY_LEFT_OUT_RULE",
    "TRANSLATED_RULE",
    "TYPO_RULE",
    "Pairing",
    "QueryShape",
    "Scored",
    "Scorer",
    "closeness",
    "query_shape",
    "stem_closeness",
]

#: how the explanation of a word paired with its equivalent in another language says so (the finder reads it)
TRANSLATED_RULE = "the same word in another language"
#: how the explanation says that a query in another language left out the country a body's name ends with (the
#: finder reads it: such a name may be any country's body)
COUNTRY_LEFT_OUT_RULE = "the country the name ends with left out"
#: query token -> (name token, score, rule, conventions)
Pairing = dict[int, tuple[int, float, str, Conventions]]
#: what a ceiling needs of a query (`query_shape`): words, initials, a patronymic-like word?, plain words,
#: accompanying words
QueryShape = tuple[int, int, bool, int, int]
# The penalties as explanation lines show them, formatted once (names that lose are explained too).
_EXTRA_PATRONYMIC = f"[-{EXTRA_PATRONYMIC_PENALTY:.0f}]"
_SURNAME_ONLY = f"[-{SURNAME_ONLY_PENALTY:.0f}]"
_MISSING_PATRONYMIC = f"[-{MISSING_PATRONYMIC_PENALTY:.0f}]"
_COUNTRY_LEFT_OUT = f"[-{COUNTRY_LEFT_OUT_PENALTY:.0f}]"
#: how the explanation of a word paired one typo away begins
TYPO_RULE = "typo"
_NO_PAIR: PairResult = (0.0, "", ())


@dataclass(slots=True)
class Scored:
    """One registered name scored against the query tokens; explanation lines are written only on demand."""

    name: IndexedName
    score: float
    query: Sequence[QueryToken]
    used: Pairing
    notes: list[str]
    rejected: str | None = None
    #: a body's name matched in another language without the country it ends with (`COUNTRY_LEFT_OUT_RULE`)
    country_left_out: bool = False

    @property
    def conventions(self) -> Conventions:
        """How the query was read: the conventions of its first word paired by a key."""
        for _, _, _, convs in self.used.values():
            if convs and convs != INITIAL_READING:
                return convs
        return CYRILLIC_READING

    @property
    def by_typo(self) -> bool:
        """Was some query word paired only one typo away from the name's word?"""
        return any(rule.startswith(TYPO_RULE) for _, _, rule, _ in self.used.values())

    @property
    def fine(self) -> float:
        """How close the spellings are before folding (0-100), a case form's without its ending (`stem_closeness`:
        Гауи is no closer to Hauya than to Гауя): breaks ties between names with equal keys. A name
        all of whose words were paired as translations (Baltarusių rašytojų sąjunga) has no spelling to compare: 0.
        A place's or body's word the query left out counts as spelled apart (Lepel is the town Lepel before Lake
        Lepel)."""
        tokens = self.name.tokens
        if all(rule.startswith(TRANSLATED_RULE) for _, _, rule, _ in self.used.values()):
            return 0.0
        weight = sum(tokens[ei].weight for ei, _, _, _ in self.used.values()) or 1.0
        if not self.name.person:
            weight += len(tokens) - len({ei for ei, _, _, _ in self.used.values()})
        return sum(
            tokens[ei].weight
            * _inflected_closeness(self.query[qi].phonemes, tokens[ei].phonemes, CASE_FORM_RULE in rule)
            for qi, (ei, _, rule, _) in self.used.items()
        ) / weight

    @property
    def same_script(self) -> bool:
        """Is every paired word of the name written in the script of its query word (Белой Руси and Белая Русь,
        not Bielo-Rússia)?"""
        tokens = self.name.tokens
        return all(
            bool(CYRILLIC.search(self.query[qi].text)) == bool(CYRILLIC.search(tokens[ei].text))
            for qi, (ei, _, _, _) in self.used.items()
        )

    def lines(self) -> list[str]:
        """The explanation: one line per paired word, then the notes (penalties, ignored words)."""
        tokens, query = self.name.tokens, self.query
        out = []
        for qi in sorted(self.used):
            ei, s, rule, _ = self.used[qi]
            e = tokens[ei]
            out.append(f"{query[qi].text} ~ {e.text} ({e.role}): {rule} {_score_text(s)}")
        return out + self.notes if self.notes else out


def _says_where_between(name: IndexedName, query: Sequence[QueryToken], used: Pairing, qi: int) -> bool:
    """Does the query's unpaired word ``qi``, a location preposition, stand between two words paired with the parts
    of a name registered as one word (Banks in Belarus: no Belarusbank, whose parts the index reads apart), or an
    "in" between two words paired with a unit's name that has no "in" of its own (Oblasti v Minsku, the authorities
    in Minsk: no Мінская вобласць; but Frauenkolonie in Gomel is the town's colony), or "over" a water that the
    name does not hold (Гродна над Нёманам: the town on the river, no club Нёман Гродна)?"""
    word = query[qi].text
    over = is_over_word(word) and word.casefold() not in name.text.casefold().split()
    if name.person or not (is_location_preposition(word) or over):
        return False
    if " " in name.text.strip() and not (name.unit_without_in and is_in_preposition(word)) and not over:
        return False
    return any(k in used for k in range(qi)) and any(k in used for k in range(qi + 1, len(query)))


class Scorer:
    """Scores names against query tokens of one `QueryReader` (whose tokens remember their pairings)."""

    def __init__(self, reader: QueryReader, options: Options) -> None:
        self.reader = reader
        self.options = options
        self._ceiling_tables: dict[QueryShape, list[float]] = {}
        self._o_spellings: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        #: `_o_without_spelling` by (entity, query word, conventions that paired it), as many as the reader's bound
        #: on remembered pairings allows: a place is met again and again
        self._o_verdicts: dict[tuple[int, str, Conventions], bool] = {}

    def score(self, name: IndexedName, query: Sequence[QueryToken]) -> Scored:
        """The name's score for the query, or the reason it cannot be the answer (`Scored.rejected`)."""
        if len(query) == len(name.tokens) and (exact := _in_order(name, query)) is not None:
            scored = Scored(name, EXACT, query, exact, [])  # every word paired exactly: no penalty can apply
            if not name.person and (written := self._o_for_russian_a(name, query, exact)) is not None:
                scored.score, scored.rejected = 0.0, _o_for_a(written)
            return scored
        used = self._assign(name, query)
        scored = Scored(name, 0.0, query, used, [])
        penalty = 0.0
        for qi, q in enumerate(query):
            if qi in used:
                continue
            if q.noise and _says_where_between(name, query, used, qi):
                scored.rejected = f"{q.text!r} between the parts of the one word {name.text!r} says where, not its name"
                return scored
            if q.noise:
                scored.notes.append(f"{q.text}: ignored, a word that accompanies names")
            elif q.named_after:
                scored.notes.append(f"{q.text}: ignored, a 'named after' the registered name leaves out")
            elif q.patronymic and not name.person:
                scored.rejected = f"{q.text!r} is a patronymic: it names a person, not a place or organisation"
                return scored
            elif q.patronymic and not any(
                name.tokens[ei].role == "given" or query[k].kind == "initial" for k, (ei, _, _, _) in used.items()
            ):
                # (a patronymic follows a given name: Vytautas Statkevičius is no Vytautas, the one-name Grand Duke)
                scored.rejected = f"{q.text!r} is a patronymic, but no given name of the person stands in the query"
                return scored
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
        if not person and (written := self._o_for_russian_a(name, query, used)) is not None:
            scored.rejected = _o_for_a(written)
            return scored
        used_tokens = {ei for ei, _, _, _ in used.values()}
        home = _home_country_left_out(name.tokens, used_tokens, query, _read_as_lacinka(used)) if not person else None
        if home == _ABROAD and len(used) > 1 and used[max(used)][0] == 0 and not _opens_with_a_qualifier(name):
            home = None  # (a name cut so does not end on its own first word, which its other words follow: Po
            # podatkih Ministrstva, according to the data of the Ministry of …, is no Міністэрства па падатках;
            # but a qualifier that opens it follows its noun in Romance languages: Comitato olimpico nazionale)
        for ei, e in enumerate(name.tokens):
            if ei in used_tokens:
                continue
            if (
                not person
                and is_optional_in_name(e.text)
                and _next_kept(name, ei) in used_tokens
                and not _one_body_word(name.tokens, used_tokens)
            ):
                continue  # Следчы камітэт (Рэспублікі) Беларусь: the press leaves "of the Republic" out
            if not person and ei == len(name.tokens) - 1 and ei - 1 in used_tokens and is_optional_at_end(e.text):
                continue  # Міністэрства па надзвычайных (сітуацыях): ministerie van Noodsituaties
            if ei in name.eponym_given and ei + 1 in used_tokens:
                continue  # (Yanka) Kupala National Academic Theatre: the press names it by the surname alone
            state = is_optional_beside_a_name(e.text)
            if not person and (state or is_optional_beside_a_proper_name(e.text)) and _next_kept(name, ei) in used_tokens:
                if any(not name_words().classes(name.tokens[u].text) for u in used_tokens):
                    # Палескі (дзяржаўны) радыяцыйна-экалагічны запаведнік, Нацыянальны (акадэмічны) тэатр імя Янкі
                    # Купалы; not Беларускі ўніверсітэт, nor the State Symphony Orchestra
                    continue
                if state and len(_body_words(name.tokens, used_tokens)) >= _BODY_WORDS_WITHOUT_STATE:
                    continue  # (Дзяржаўны) пагранічны камітэт: belarusiske grensekomiteen
            if home is not None and ei > max(used_tokens):
                continue  # Нацыянальны алімпійскі камітэт (Рэспублікі Беларусь): Belarusian text names its own
            if not person or e.role in ("surname", "word"):
                scored.rejected = f"{e.text!r} ({e.role}) is not in the query"
                return scored
            if e.role == "given":
                if not self.options.allow_surname_only:
                    scored.rejected = "surname only, and surname-only matches are off"
                    return scored
                if not any(name.tokens[u].role == "surname" for u in used_tokens):
                    scored.rejected = f"given name {e.text} not in the query, and no surname is: a byname alone names no one"
                    return scored
                penalty += SURNAME_ONLY_PENALTY
                scored.notes.append(f"surname only: given name {e.text} not in the query {_SURNAME_ONLY}")
            elif e.role == "patronymic" and any(name.tokens[ei].role == "given" for ei in used_tokens):
                penalty += MISSING_PATRONYMIC_PENALTY
                scored.notes.append(f"patronymic {e.text} not in the query {_MISSING_PATRONYMIC}")
        if home == _ABROAD:  # (the country, never optional, is the tail's last word: the branch above skipped it)
            scored.country_left_out = True
            penalty += COUNTRY_LEFT_OUT_PENALTY
            scored.notes.append(f"{COUNTRY_LEFT_OUT_RULE} {_COUNTRY_LEFT_OUT}")
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

    def _o_for_russian_a(self, name: IndexedName, query: Sequence[QueryToken], used: Pairing) -> str | None:
        """The query word, if any, that reads a place's word with an o where the place's registered Russian name has
        an a and no name of it an o (Хотин, Chotyn: not Хатынь, Russian Хатынь). Keys fold o into a because
        Belarusian writes a Russian unstressed о as а (Гродна, Гродно); the fold holds only where Russian has one."""
        if self.reader.index.kinds[name.entity] != "place" or not self._spellings_of(name.entity)[1]:
            return None  # (no Russian name registered: nothing to check the o against)
        for qi, (_, _, rule, convs) in used.items():
            word = query[qi].text
            if rule.startswith(TRANSLATED_RULE):
                continue
            verdict = self._o_verdicts.get((name.entity, word, convs))
            if verdict is None:
                verdict = self._o_without_spelling(name.entity, word, convs)
                if self.reader.may_remember_pair():
                    self._o_verdicts[(name.entity, word, convs)] = verdict
            if verdict:
                return word
        return None

    def _o_without_spelling(self, entity: int, word: str, convs: Conventions) -> bool:
        """Does every reading of ``word`` by the conventions that paired it (`belnorm.keys.o_keys`) write an o that
        the entity's Russian name writes a and none of its names o (`belnorm.keys.o_without_spelling`)?"""
        every = o_keys(word)
        spellings, witnesses = self._spellings_of(entity)
        # the readings that paired the word; when a language's own reading did (Czech), those that begin as the
        # Russian name does (Chotyni: xotini, not the English qotini)
        readings = [k for names, k in every if not set(names).isdisjoint(convs)] or [
            k for _, k in every if any(fold_vowels(k[:2]) == fold_vowels(w[:2]) for w in witnesses)
        ]
        if not readings or not all("o" in k for k in readings):
            return False
        return bool(witnesses) and all(o_without_spelling(k, spellings, witnesses) for k in readings)

    def _spellings_of(self, entity: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The o-keys (`belnorm.keys.o_keys`) of every word of an entity's names, and of its Russian name's words
        (``attributes["ru"]``, which the bundled gazetteer keeps): none when no Russian name is registered."""
        found = self._o_spellings.get(entity)
        if found is None:
            registered = self.reader.index.entities[entity]
            russian = registered.attributes.get("ru")
            if isinstance(russian, str) and russian:
                found = (tuple(k for n in registered.names for k in _o_keys_of(n)), _o_keys_of(russian))
            else:
                found = ((), ())
            self._o_spellings[entity] = found
        return found

    def ceilings(self, shape: QueryShape) -> list[float]:
        """`ceiling` of every name profile (`Index.profiles`) for a query shape, worked out once per shape."""
        table = self._ceiling_tables.get(shape)
        if table is None:
            table = self._ceiling_tables[shape] = [ceiling(p, shape) for p in self.reader.index.profiles]
        return table

    def pair(self, q: QueryToken, e: IndexedToken) -> PairResult:
        """How well one query token fits one name token by key, case form, given-name class or initial;
        typos are left to `typo_pair`."""
        if q.kind == "initial":
            if e.role in ("given", "patronymic") and q.initials & e.initials:
                return INITIAL, f"initial {q.text}. = {e.text}", INITIAL_READING
            return _NO_PAIR
        best: PairResult = _NO_PAIR
        for base in e.bases:
            hit = q.hits.get(base)
            if hit is not None and hit.score > best[0] and (hit.roles is None or e.role in hit.roles):
                best = (hit.score, hit.rule, hit.conventions)
        if e.role == "word" and q.given and best[0] < EXACT:
            best = _NO_PAIR  # a given name is no case form of a place's word (Marija is not Myory)
        if best[0] and e.role == "surname" and _other_suffix(q.text, e.text):
            return _NO_PAIR  # keys fold -ович and -евич alike, but Markevitch is no Марковіч
        if best[0] < EXACT and e.role == "given":  # an equivalent name explains better than a typo or a case form
            if _other_gender(q, e):
                return _NO_PAIR  # Ала is not Алесь, however their familiar forms overlap
            conventions = q.keys[0][0] if q.keys else ()
            if q.classes & e.classes:
                row = given_names().row(min(q.classes & e.classes))
                best = (max(best[0], GIVEN_EQUIVALENT), f"given-name equivalent ({row.canonical})", conventions)
            elif best[0] < FAMILIAR_FORM and (both := (q.classes | q.familiar) & (e.classes | e.familiar)):
                row = given_names().row(min(both))
                best = (FAMILIAR_FORM, f"familiar form of one given name ({row.canonical})", conventions)
        if best[0] < WORD_EQUIVALENT and e.role == "word" and (same := q.classes & e.classes):
            row = name_words().row(min(same))
            best = (WORD_EQUIVALENT, f"{TRANSLATED_RULE} ({' = '.join(row.forms[:3])})", TRANSLATION)
        return best

    def typo_pair(self, q: QueryToken, e: IndexedToken) -> PairResult:
        """How well a query word fits a name token one typo away."""
        best: PairResult = _NO_PAIR
        if self.options.fuzzy and q.kind == "word":
            for convs, qk in q.keys:
                for ek in e.keys:
                    if len(qk) < FUZZY_MIN_LENGTH or differs_only_at_end(qk, ek):
                        continue
                    if not may_reach(qk, ek, self.options.fuzzy_cutoff):
                        continue  # too far apart to be one typo: not worth the full similarity
                    sim = similarity(qk, ek)
                    if sim >= self.options.fuzzy_cutoff and sim > best[0]:
                        best = (sim, f"{TYPO_RULE}: key {qk!r} ~ {ek!r}", convs)
        return best

    def _assign(self, name: IndexedName, query: Sequence[QueryToken]) -> Pairing:
        """Pair query tokens with name tokens, best pairs first; typos only between tokens left over."""
        used: Pairing = {}
        taken: set[int] = set()
        remember = self.reader.may_remember_pair
        for pair, typo in ((self.pair, False), (self.typo_pair, True)):
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
                            if remember():
                                known[id(e)] = found
                        s, rule, convs = found
                        if s:
                            pairs.append((-s, qi, ei, rule, convs))
            pairs.sort()
            for s, qi, ei, rule, convs in pairs:
                if qi not in used and ei not in taken:
                    used[qi] = (ei, -s, rule, convs)
                    taken.add(ei)
            if len(used) == len(query) or len(taken) == len(name.tokens):
                break
        return used


#: the vowel before a surname's -вич suffix in any script and case: о/а (-ович, -авіч, -owicz) or е/э (-евич, -ewicz)
_VICH = regex.compile(r"(?i)(?:(?P<o>[оаoa])|(?P<e>[еэёeěé]))(?:в|v|w)(?:[іиыiy]|ie)(?:ч|č|cz|ć|t?s?ch|tš|tj|ç|c)[\p{L}]{0,3}$")


def _o_for_a(word: str) -> str:
    """Why a word is no spelling of a place whose Russian name writes a where the word writes o."""
    return (
        f"{word!r} writes o where the Russian name writes a and no registered name o: keys fold o into a only for "
        "Belarusian akanne, which writes a Russian о as а"
    )


def _o_keys_of(name: str) -> tuple[str, ...]:
    """The o-keys (`belnorm.keys.o_keys`) of every word of a name."""
    return tuple(k for w in _WORD.findall(name) for _, k in o_keys(w))


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=1 << 14)
def _patronymic_suffix(word: str) -> int:
    """1 for a surname in -ович/-авіч (any script), -1 for one in -евич/-эвіч, 0 for any other word: the two
    are different families, though keys fold their vowels alike."""
    found = _VICH.search(word)
    return 0 if found is None else (1 if found.group("o") else -1)


def _other_suffix(word: str, surname: str) -> bool:
    """Does one of the two end in -ович/-авіч and the other in -евич/-эвіч (`_patronymic_suffix`)?"""
    return _patronymic_suffix(word) * _patronymic_suffix(surname) < 0


def _other_gender(q: QueryToken, e: IndexedToken) -> bool:
    """Are the query's given name and the registered one of different genders (both known)? A word that may be
    a familiar form of a name of the other gender is not (Маша: Марыя's, whatever else its key collides with)."""
    names = given_names()
    mine, theirs = names.genders(q.given_classes | q.familiar), names.genders(e.classes)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _in_order(name: IndexedName, query: Sequence[QueryToken]) -> Pairing | None:
    """The pairs when the query is the name in its registered order with every word an exact key (the common
    case), else None. `Scorer._assign` would pick exactly these pairs (ties go to the lowest positions)."""
    used: Pairing = {}
    for i, first in enumerate(name.first_bases):
        hit = query[i].hits.get(first)
        if hit is None or hit.score != EXACT:  # another reading of the token may still be exact
            for b in name.tokens[i].bases[1:]:
                hit = query[i].hits.get(b)
                if hit is not None and hit.score == EXACT:
                    break
            else:
                return None
        if name.tokens[i].role == "surname" and _other_suffix(query[i].text, name.tokens[i].text):
            return None
        used[i] = (i, EXACT, hit.rule, hit.conventions)
    return used


def ceiling(profile: tuple[int, bool, bool, int], shape: QueryShape) -> float:
    """The best score a name of this profile (`IndexedName.profile`) could get from a query of this shape
    (`query_shape`): a registered patronymic or given name the query cannot cover, or more query words than
    name tokens, cost points; 0 when the query has too few words for the name, or more words than it can take."""
    required, has_patronymic, has_given, length = profile
    words, initials_, patronymic_like, plain_words, accompanying = shape
    if required > words + initials_ + accompanying:
        return 0.0  # the query has too few words to cover the name's surname or words
    if plain_words > length:
        return 0.0  # some query word could only stay unmatched, and only a patronymic may
    best = EXACT
    if has_patronymic and not patronymic_like and initials_ < 2 and words + initials_ < length + 1:
        best -= MISSING_PATRONYMIC_PENALTY
    if words > length:
        best -= EXTRA_PATRONYMIC_PENALTY
    if has_given and words + initials_ <= required:
        best -= SURNAME_ONLY_PENALTY  # every query word is needed for the surname: the given name is missing
    return best


def query_shape(tokens: Sequence[QueryToken]) -> QueryShape:
    """What `ceiling` needs of a query: its words, its initials, whether a word looks like a patronymic, its
    words that are not, and its titles, generic words and prepositions. Those are ignored when unmatched, so
    they do not count as words, but they may match a word of a name (General in General Prosecutor's Office),
    so they count towards covering it."""
    words = initials_ = plain = accompanying = 0
    patronymic_like = False
    for t in tokens:
        patronymic_like = patronymic_like or t.patronymic
        if t.noise or t.named_after:  # (ignored unmatched alike)
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


def closeness(a: Sequence[str], b: Sequence[str]) -> float:
    """Best similarity (0-100) between any reading of one token and any reading of another."""
    return max((ratio(x, y) for x in a for y in b), default=0.0)


def stem_closeness(a: Sequence[str], b: Sequence[str]) -> float:
    """`closeness` of two words without their endings: each reading cut one letter short of the shorter one's
    length, so that a case ending and a nominative's ending count for nothing (Гародні, Гародня)."""
    stems = [ratio(x[:n], y[:n]) for x in a for y in b if (n := min(len(x), len(y)) - 1) >= _STEM_LETTERS]
    return max(stems) if stems else closeness(a, b)


#: the fewest letters a stem compared by `stem_closeness` has
_STEM_LETTERS = 3


def _inflected_closeness(a: Sequence[str], b: Sequence[str], inflected: bool) -> float:
    """`closeness`, or for a case form the better of it and `stem_closeness`: an ending that one name's spelling
    happens to share counts for no more than the stem (Гауи is no closer to Hauya than to Гауя), while a stem
    spelled closer still tells (Berezinán: Бярэзіна, not Беразіно)."""
    whole = closeness(a, b)
    return max(whole, stem_closeness(a, b)) if inflected else whole


#: letters only Ukrainian writes, and a pair of letters that only Ukrainian writes side by side (Belarusian has і, Russian
#: и): a query with either is Ukrainian, whose text names Ukraine's own bodies so
_UKRAINIAN_LETTERS = frozenset("їєґ")
_UKRAINIAN_PAIR = frozenset("иі")


def _read_as_lacinka(used: Pairing) -> bool:
    """Was every paired word of the query paired by a key that its Łacinka reading gives (Ministerstva pa
    nadzvyčajnych situacyjach), so that the query is written as Belarus's own press writes in Latin letters?"""
    return bool(used) and all(_LACINKA in convs for _, _, _, convs in used.values())


#: the reading convention of Łacinka (data/keys/lacinka.toml)
_LACINKA = "lacinka"


def _one_body_word(tokens: tuple[IndexedToken, ...], used: set[int]) -> bool:
    """Are the matched words of a registered name, the country aside, one word of organisation names alone? Then
    the optional word is what tells the body (the Council of the Republic of Belarus is no "Soviet Belarus")."""
    kept = _body_words(tokens, used)
    return len(kept) == 1 and bool(name_words().classes(kept[0]))


def _body_words(tokens: tuple[IndexedToken, ...], used: set[int]) -> list[str]:
    """The matched words of a registered name but the country and its adjective."""
    return [tokens[u].text for u in used if not (is_home_country(tokens[u].text) or is_belarusian_word(tokens[u].text))]


#: how many words of organisation names, the country aside, tell a body without its "state" (border committee; not
#: "Belarusian university")
_BODY_WORDS_WITHOUT_STATE = 2


def _next_kept(name: IndexedName, ei: int) -> int:
    """The position of the first word after ``ei`` that a query may not leave out (`is_optional_in_name`, an eponym's
    given name): (спраў) (Рэспублікі) Беларусь; (імя) (Янкі) Купалы."""
    k = ei + 1
    while k < len(name.tokens) and (is_optional_in_name(name.tokens[k].text) or k in name.eponym_given):
        k += 1
    return k


def _opens_with_a_qualifier(name: IndexedName) -> bool:
    """Does the registered name open with a qualifier (`STATE_QUALIFIER_ROWS`), not with the noun it qualifies?"""
    first = name.tokens[0].text
    return not name_words().classes(first, inflected=False).isdisjoint(org_word_classes(*STATE_QUALIFIER_ROWS))


#: the words a registered name must have beyond which its country may be left out (`_home_country_left_out`)
_SHORTEST_WITH_HOME = 2


def _home_country_left_out(
    tokens: Sequence[IndexedToken], used: set[int], query: Sequence[QueryToken], lacinka: bool = False
) -> str | None:
    """Does a query name a body without the country its registered name ends with (Нацыянальны алімпійскі камітэт,
    Государственный пограничный комитет for ... Рэспублікі Беларусь)? Only the tail may be missing: the country and
    the optional words before it. `_AT_HOME` when the query is written as Belarus's own press writes: in its
    Cyrillic, or in Łacinka (``lacinka``: every word read so; Ministerstva pa nadzvyčajnych situacyjach); `_ABROAD`
    for another language's (Ukrainian too), which names its own country's bodies so (Academia Nacional de Ciências),
    at a penalty and with a note the finder reads; None when the name is not so cut."""
    if not used or len(tokens) <= _SHORTEST_WITH_HOME or not is_home_country(tokens[-1].text):
        return None  # (a name of two words keeps its country: НАН Беларусі, as `Index` counts its required words)
    tail = tokens[max(used) + 1 :]
    if not tail or not all(is_home_country(t.text) or is_optional_in_name(t.text) for t in tail):
        return None
    letters = {c for q in query for c in q.text.lower() if c.isalpha() and c != APOSTROPHE}  # (ʼ is a letter)
    if lacinka or _LACINKA_U_SHORT in letters:
        return _AT_HOME
    own = (
        all("\u0400" <= c <= "\u04ff" for c in letters)
        and letters.isdisjoint(_UKRAINIAN_LETTERS)
        and not _UKRAINIAN_PAIR <= letters
    )
    return _AT_HOME if own else _ABROAD


#: the letter that only Łacinka of the Latin scripts writes (Pałata pradstaŭnikoŭ): a query with it is Belarus's own
_LACINKA_U_SHORT = "ŭ"
#: what `_home_country_left_out` says of a query in Belarus's own press's writing, and of one in another language's
_AT_HOME = "at home"
_ABROAD = "abroad"
