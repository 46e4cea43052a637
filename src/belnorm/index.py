"""The variant index: every registered name, as keys of its tokens in every reading and case form.

Keys are interned once: a *base* is the nominative key of one reading of one token; the index maps every
case form's key to its bases. A surname shared by a thousand people is read, declined and stored once.
Candidates come from *pairs*: for each surname (or place or organisation word) base, a small table from the
bases and given-name classes of the other tokens of the same names to those names, so "Аляксандр Каваленка"
is a few lookups however many Аляксандрs and Каваленкаs there are. A deletion index over the bases finds the
keys one edit away for typos.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from unidecode import unidecode

from belnorm.gazetteer import Entity, EntityKind
from belnorm.keys import finish, keys, phonemes, stem_keys, without_diacritics
from belnorm.morphology import inflected_forms, paradigms, without_prothesis
from belnorm.names import (
    Token,
    given_names,
    is_belarusian_word,
    is_function_word,
    is_home_country,
    is_in_preposition,
    is_noise,
    is_eponym_given_name,
    is_optional_beside_a_name,
    is_optional_beside_a_proper_name,
    is_optional_in_name,
    is_patronymic,
    is_surname_particle,
    is_unit_word,
    name_words,
    one_subject_names,
    settlement_rank,
    split_org_compounds,
    tokenize,
)
from belnorm.text import LATIN, clean

__all__ = ["Index", "IndexedName", "IndexedToken", "Role", "deletions", "form_entries", "initials"]

Role = Literal["given", "surname", "patronymic", "word"]

#: how much each part of a name counts in a match score
ROLE_WEIGHT: dict[str, float] = {"surname": 2.0, "given": 1.0, "patronymic": 0.5, "word": 1.0}
#: an all-capitals word this short is an acronym
ACRONYM_LENGTH = 5
#: keys shorter than this get no typo tolerance: one edit in a short name makes another name
FUZZY_MIN_LENGTH = 5
#: paradigm number of the nominative, and of a form that differs by a prothetic в
NOMINATIVE = -1
PROTHESIS = -2
#: a form entry is one int, ``base << FORM_SHIFT | paradigm - PROTHESIS``, and a key with one entry holds the int
#: itself: the cached index then unpickles tens of thousands fewer lists and tuples (the one-name command's start)
FORM_SHIFT = 6


def form_entries(value: int | tuple[int, ...] | None) -> Iterator[tuple[int, int]]:
    """The (base, paradigm) pairs of one key's entry in `Index.forms`."""
    if value is None:
        return
    for packed in (value,) if isinstance(value, int) else value:
        yield packed >> FORM_SHIFT, (packed & ((1 << FORM_SHIFT) - 1)) + PROTHESIS


def _add_form(forms: dict[str, int | tuple[int, ...]], key: str, base: int, paradigm: int) -> None:
    packed = base << FORM_SHIFT | paradigm - PROTHESIS
    old = forms.get(key)
    forms[key] = packed if old is None else (old, packed) if isinstance(old, int) else (*old, packed)
#: tokens of a name beyond this many are not indexed
MAX_NAME_TOKENS = 16
#: a pair key is ``anchor base << PAIR_SHIFT | other``, where other is a base id or ``CLASS_BIT | class id``
PAIR_SHIFT = 32
CLASS_BIT = 1 << 31
#: the first letter of the key of a base that stands for a word class (`Index._class_base`): no key of a word has it
CLASS_BASE_MARK = "§"
#: roles that can anchor a match: a person is named by the surname, a place or organisation by its words
ANCHOR_ROLES = frozenset({"surname", "word"})


def deletions(key: str) -> set[str]:
    """The key with one letter removed, each way (the SymSpell neighbourhood)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def initials(text: str) -> frozenset[str]:
    """First letters a word may be abbreviated to: in its own script and in ASCII (Я, I)."""
    return frozenset(x for x in (text[:1].lower(), unidecode(text[:1]).lower()[:1]) if x)


@dataclass(frozen=True, slots=True)
class IndexedToken:
    """One token of a registered name."""

    text: str
    keys: tuple[str, ...]
    bases: tuple[int, ...]
    role: Role
    classes: frozenset[int]
    familiar: frozenset[int]
    initials: frozenset[str]
    #: the phoneme readings before folding, for telling apart names whose keys coincide (Васільева, Васілёва)
    phonemes: tuple[str, ...]
    #: how much the token counts in a score (`ROLE_WEIGHT` of its role), kept at hand for the scorer
    weight: float = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "weight", ROLE_WEIGHT[self.role])


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One registered name of one entity, parsed into roles."""

    entity: int
    text: str
    tokens: tuple[IndexedToken, ...]

    #: how many tokens a query must match: the surname(s) of a person, every word of anything else
    required: int = 0
    has_patronymic: bool = False
    has_given: bool = False
    #: the first base of each token (-1 for a token without one): a query that is the name in order with exact
    #: keys is recognised from this one tuple, without reading every token
    first_bases: tuple[int, ...] = ()
    #: a person's name (given name, surname, patronymic) rather than a place's or organisation's (words)
    person: bool = False
    #: the positions of the given names of the person the named body is named after, right before their surname
    #: (Yanka of Yanka Kupala National Academic Theatre: `belnorm.names.is_eponym_given_name`), which a query may
    #: leave out
    eponym_given: frozenset[int] = frozenset()
    #: a place's name with a unit word and no "in" of its own (Мінская вобласць): an "in" between two words paired
    #: with it places the second (Oblasti v Minsku, the authorities in Minsk), worked out once here
    unit_without_in: bool = False

    @property
    def profile(self) -> tuple[int, bool, bool, int]:
        """What the best score a query could reach depends on: required tokens, patronymic, given name, length."""
        return self.required, self.has_patronymic, self.has_given, len(self.tokens)

    @classmethod
    def of(cls, entity: int, text: str, tokens: tuple[IndexedToken, ...], *, body: bool = False) -> IndexedName:
        """A name with its matching requirements worked out once; a ``body``'s (an organisation's) may leave out the
        given name of the person it is named after (not a town's: Maryina Horka)."""
        words = [t.text for t in tokens]
        eponym = frozenset(i for i, t in enumerate(tokens) if body and t.role == "word" and is_eponym_given_name(words, i))
        return cls(
            entity,
            text,
            tokens,
            sum(
                t.role in ANCHOR_ROLES and not (t.role == "word" and (i in eponym or _may_be_left_out(t.text)))
                for i, t in enumerate(tokens)
            )
            # Belarusian text leaves its own country out of its bodies' names (scoring._home_country_left_out)
            - (len(tokens) > 2 and tokens[-1].role == "word" and is_home_country(tokens[-1].text)),
            any(t.role == "patronymic" for t in tokens),
            any(t.role == "given" for t in tokens),
            tuple(t.bases[0] if t.bases else -1 for t in tokens),
            any(t.role != "word" for t in tokens),
            eponym,
            not body and any(map(is_unit_word, text.split())) and not any(map(is_in_preposition, text.split())),
        )


def _may_be_left_out(word: str) -> bool:
    """May a query leave out this word of a registered name, in some query (`belnorm.scoring` says when)?"""
    return is_optional_in_name(word) or is_optional_beside_a_name(word) or is_optional_beside_a_proper_name(word)


def _add_neighbours(neighbours: dict[str, list[int]], undiacritic: dict[str, list[int]], key: str, base: int) -> None:
    """File a base key under its one-letter deletions (typos) and its form with ш ж ч folded."""
    if len(key) >= FUZZY_MIN_LENGTH:
        for d in deletions(key) | {key}:
            neighbours.setdefault(d, []).append(base)
    folded = without_diacritics(key)
    if folded != key:
        undiacritic.setdefault(folded, []).append(base)


def _roles(kind: str, tokens: Sequence[Token], own_given: frozenset[str] = frozenset()) -> list[Role]:
    """Given name, patronymic and surname of a person's name, in any usual order; plain words otherwise.

    The given name is an initial or a known given name among the first two tokens (else the word the person's
    own names write first, ``own_given``, casefolded: Kashkurevitch Arlen for Арлен Кашкурэвіч; else the first token); the
    patronymic is the patronymic-looking token right after the given name when a surname follows it
    (Аляксандр Рыгоравіч Лукашэнка), else the last token if it looks like one (Лукашэнка Аляксандр
    Рыгоравіч); everything else is the surname (double surnames give two surname tokens).
    """
    if kind != "person":
        return ["word"] * len(tokens)
    if len(tokens) == 1:
        return ["surname"]
    roles: list[Role] = ["surname"] * len(tokens)
    first_two = range(min(2, len(tokens)))
    given = next((i for i in first_two if tokens[i].kind == "initial"), None)
    if given is None:
        known = given_names()
        given = next(
            (i for i in first_two if known.classes(tokens[i].text, inflected=False) or known.familiar_classes(tokens[i].text)),
            None,
        )
    if given is None:
        given = next((i for i in first_two if tokens[i].text.casefold() in own_given), 0)
    roles[given] = "given"
    if len(tokens) >= 3:
        after = given + 1
        if after < len(tokens) - 1 and is_patronymic(tokens[after].text):
            roles[after] = "patronymic"
        elif given != len(tokens) - 1 and is_patronymic(tokens[-1].text):
            roles[-1] = "patronymic"
    return roles


#: how many of a person's names are written given name first (the Belarusian, Russian, English and Łacinka ones of
#: the gazetteer's columns; the alternative names after them may put the surname first)
_GIVEN_FIRST_NAMES = 4


def _one_subject_names(entities: Sequence[Entity]) -> dict[int, tuple[str, ...]]:
    """position -> the names a ministry of two subjects is also indexed by, each subject alone (`one_subject_names`:
    the transport ministry, the construction ministry). The first subject always; the second only where no other
    organisation's name, and no other ministry's shortened name, holds it alone (the Ministry of Communications and
    Informatization is no Ministry of Information; the Ministry of Transport and Communications no Ministry of
    Communications)."""
    def subject(name: str) -> frozenset[str]:
        words = [t.text for t in tokenize(clean(name)) if not (is_function_word(t.text) or is_belarusian_word(t.text))]
        return frozenset(str(sorted(c)) if (c := name_words().classes(w)) else w.casefold() for w in words)

    claims: dict[frozenset[str], set[int]] = {}  # a subject -> the organisations whose name, or first subject, it is
    seconds: dict[int, list[tuple[str, frozenset[str]]]] = {}
    out: dict[int, list[str]] = {}
    for position, entity in enumerate(entities):
        if entity.kind != "org":
            continue
        for name in entity.names:
            claims.setdefault(subject(name), set()).add(position)
            cleaned = clean(name)
            shortened = one_subject_names(cleaned, tokenize(cleaned))
            if shortened:
                out.setdefault(position, []).append(shortened[0])
                claims.setdefault(subject(shortened[0]), set()).add(position)
                seconds.setdefault(position, []).extend((n, subject(n)) for n in shortened[1:])
    for position, names in seconds.items():
        for _, key in names:
            claims.setdefault(key, set()).add(position)
    for position, names in seconds.items():
        out.setdefault(position, []).extend(n for n, key in names if claims[key] == {position})
    return {position: tuple(names) for position, names in out.items()}


#: how the ids of districts and regions begin, and the English unit word each one's names put after its centre's
_UNITS_OF_CENTRES = {"place:district:": "District", "place:region:": "Region"}


def _unit_names_of_centres(entities: Sequence[Entity]) -> dict[int, tuple[str, ...]]:
    """Names of districts and regions made of their centre town's Latin spellings that their own names lack and the
    unit word (Orcha District, from the town's French Orcha), by position: the press spells a district by its town
    (le district d'Orcha, Rajon Orscha), whose every spelling the gazetteer lists once, under the town."""
    positions = {e.id: k for k, e in enumerate(entities)}
    out: dict[int, tuple[str, ...]] = {}
    for position, entity in enumerate(entities):
        prefix = next((p for p in _UNITS_OF_CENTRES if entity.id.startswith(p)), None)
        if prefix is None or (centre := positions.get("place:" + entity.id.removeprefix(prefix))) is None:
            continue
        own = {word.casefold() for name in entity.names for word in name.split()}
        unit = _UNITS_OF_CENTRES[prefix]
        names = tuple(
            f"{name} {unit}"
            for name in entities[centre].names
            if LATIN.search(name) and " " not in name and name.casefold() not in own
        )
        if names:
            out[position] = names
    return out


#: the keys of the nominative endings that Lithuanian and Latvian give a town's name (Myras, Myrius for Mir): a
#: spelling with one is a name of the town of its own, not a case form of another (Minsko)
_BALTIC_NOMINATIVE = frozenset({"as", "is", "us", "ius", "s"})


def _names_with_town_spellings(entities: Sequence[Entity]) -> dict[int, tuple[str, ...]]:
    """Names of bodies and sites whose Latin name holds a town's name, with the town's other one-word Latin spellings
    in its place (Gardinas State Agricultural University, Myras Castle: the Lithuanian Gardino, Myro pilis), by
    position: the press of each language names a body by its own spelling of the town, which the gazetteer lists
    once, under the town. Only spellings with keys of their own are added, not the town's key with an ending."""
    towns: dict[str, int] = {}
    shared: set[str] = set()
    for position, entity in enumerate(entities):
        if entity.kind == "place" and settlement_rank(str(entity.attributes.get("note", ""))) is not None:
            for name in entity.names:
                if LATIN.search(name) and " " not in name:
                    word = name.casefold()
                    if towns.setdefault(word, position) != position:
                        shared.add(word)  # two towns of one spelling: neither is meant for sure
    for word in shared:
        del towns[word]
    out: dict[int, tuple[str, ...]] = {}
    for position, entity in enumerate(entities):
        if entity.kind == "person" or entity.id.startswith(tuple(_UNITS_OF_CENTRES)):
            continue  # (a district's or region's names of its centre: `_unit_names_of_centres`)
        added: dict[str, None] = {}
        for name in entity.names:
            words = name.split()
            if len(words) < 2 or not LATIN.search(name):
                continue
            for at, word in enumerate(words):
                town = towns.get(word.casefold())
                if town is None or town == position:
                    continue
                known = keys(word)
                for spelling in entities[town].names:
                    if " " in spelling or not LATIN.search(spelling):
                        continue
                    if any(k.startswith(own) and k[len(own) :] not in _BALTIC_NOMINATIVE for k in keys(spelling) for own in known):
                        continue  # the same key, or one with an ending: a case form or adjective (Minsko, Minskaj)
                    added[" ".join((*words[:at], spelling, *words[at + 1 :]))] = None
        if added:
            out[position] = tuple(added)
    return out


def _own_given(entity: Entity) -> frozenset[str]:
    """The words a person's own names of two words or more write first (`_GIVEN_FIRST_NAMES`), casefolded: the given
    name, in the scripts those names use; nothing for other kinds."""
    if entity.kind != "person":
        return frozenset()
    firsts = (tokenize(clean(name)) for name in entity.names[:_GIVEN_FIRST_NAMES])
    return frozenset(tokens[0].text.casefold() for tokens in firsts if len(tokens) > 1)


class Index:
    """Keys of every name of every entity, with case forms and a typo neighbourhood."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities: Sequence[Entity] = list(entities)
        #: id and kind of each entity by position, so scoring never needs the entity objects themselves
        self.entity_ids = [e.id for e in self.entities]
        self.kinds = [e.kind for e in self.entities]
        self.names: list[IndexedName] = []
        self.base_keys: list[str] = []
        self._base_ids: dict[str, int] = {}
        #: while building: base id -> names whose surname (or place or organisation word) has that base
        self._anchor_postings: list[list[int]] = []
        #: while building: pair key (see `PAIR_SHIFT`) -> names that have both
        self._pair_postings: dict[int, list[int]] = {}
        #: key of any case form -> [(base id, paradigm number or -1 for the nominative)]
        #: key -> its case-form entries (`form_entries`)
        self.forms: dict[str, int | tuple[int, ...]] = {}
        self._neighbours: dict[str, list[int]] | None = {}
        self._undiacritic: dict[str, list[int]] | None = {}
        self._paradigm_number = self.paradigm_numbers()
        self._tokens: dict[tuple[str, Role], IndexedToken] | None = {}
        self._shapes: set[tuple[int, tuple[tuple[tuple[int, ...], str], ...]]] = set()
        shortened = _one_subject_names(self.entities)
        of_centres = _unit_names_of_centres(self.entities)
        town_spellings = _names_with_town_spellings(self.entities)
        for position, entity in enumerate(self.entities):
            own_given = _own_given(entity)
            extra = (*shortened.get(position, ()), *of_centres.get(position, ()), *town_spellings.get(position, ()))
            for name in (*entity.names, *extra):
                self._add_name(position, entity.kind, name, own_given)
        self.set_postings(self._anchor_postings, self._pair_postings)
        del self._anchor_postings, self._pair_postings, self._shapes

    def set_postings(self, anchor_postings: Sequence[Iterable[int]], pair_postings: Mapping[int, Iterable[int]]) -> None:
        """Take the postings in the shape the matcher reads (sets of anchored names per base, tuples of names per
        pair key) and work out the name profiles its ceilings use; building and loading both end here.

        Candidates are found by pairs (a surname base with a given name's base or class) rather than by
        intersecting the thousands of names of a given name with the names of a surname: a few dictionary
        lookups whatever the gazetteer's size. One int object stands for one name position everywhere (and one
        for each base id and class key), so sets and tables compare members by identity instead of reading ints
        scattered over the heap.
        """
        ids = list(range(len(self.names)))
        bases = list(self._base_ids.values())  # the int objects every structure holds for the base ids
        profiles: dict[tuple[int, bool, bool, int], int] = {}
        #: per name, the number of its `profiles` entry: ranking reads these instead of each name object
        self.name_profiles = [profiles.setdefault(n.profile, len(profiles)) for n in self.names]
        #: the distinct (required tokens, has patronymic, has given name, tokens) of the names
        self.profiles = list(profiles)
        empty: frozenset[int] = frozenset()
        #: base id -> names whose surname (or place or organisation word) has that base: they may be the answer
        self.base_anchors = [frozenset([ids[n] for n in names]) or empty for names in anchor_postings]
        #: anchor base -> {other token's base, or CLASS_BIT | its class -> names with both}: one small table per
        #: surname base, so the lookups of one query stay within memory already at hand
        self.partners: list[dict[int, tuple[int, ...]] | None] = [None] * len(self.base_anchors)
        #: word class -> the base that stands for it (`_class_base`): the names its words anchor
        self.class_bases = {
            int(key[len(CLASS_BASE_MARK):]): base for base, key in enumerate(self.base_keys) if key.startswith(CLASS_BASE_MARK)
        }
        #: given-name or word class -> its key in the partner tables (CLASS_BIT | class), for classes some
        #: registered token has
        self.class_keys: dict[int, int] = {}
        low_bits = (1 << PAIR_SHIFT) - 1
        for key, names in pair_postings.items():
            table = self.partners[key >> PAIR_SHIFT]
            if table is None:
                table = self.partners[key >> PAIR_SHIFT] = {}
            low = key & low_bits
            low = self.class_keys.setdefault(low & (CLASS_BIT - 1), low) if low & CLASS_BIT else bases[low]
            table[low] = tuple([ids[n] for n in names])

    @classmethod
    def restore(
        cls,
        *,
        entities: Sequence[Entity],
        entity_ids: list[str],
        kinds: list[EntityKind],
        base_keys: list[str],
        forms: dict[str, list[int]],
        neighbours: dict[str, list[int]],
        undiacritic: dict[str, list[int]],
        tokens: Sequence[tuple[str, Role, Sequence[int], Iterable[int], Iterable[int], Iterable[str], Sequence[str]]],
        names: Sequence[tuple[int, str, Sequence[int]]],
        anchor_postings: Sequence[Iterable[int]],
        pair_postings: Mapping[int, Iterable[int]],
    ) -> Index:
        """An index from the parts `belnorm.store` saved (the inverse of reading the attributes and
        `distinct_tokens`, `pair_postings`): tokens as (text, role, base ids, classes, familiar classes,
        initials, phonemes), names as (entity position, text, token numbers), ``forms`` flattened to
        [base, paradigm, base, paradigm, ...] per key. Raises `ValueError` when the parts do not fit."""
        index = cls.__new__(cls)
        index.entities, index.entity_ids, index.kinds, index.base_keys = entities, entity_ids, kinds, base_keys
        index._base_ids = {k: i for i, k in enumerate(base_keys)}
        base = list(index._base_ids.values())  # one int object per base id, as in a built index (`set_postings`)
        index.forms = {}
        for k, v in forms.items():
            for i in range(0, len(v), 2):
                _add_form(index.forms, k, v[i], v[i + 1])
        index._neighbours, index._undiacritic = neighbours, undiacritic
        index._paradigm_number = cls.paradigm_numbers()
        built = [
            IndexedToken(
                text=text,
                keys=tuple(base_keys[b] for b in bases),
                bases=tuple(base[b] for b in bases),
                role=role,
                classes=frozenset(classes),
                familiar=frozenset(familiar),
                initials=frozenset(initials_),
                phonemes=tuple(phonemes_),
            )
            for text, role, bases, classes, familiar, initials_, phonemes_ in tokens
        ]
        index._tokens = {(t.text, t.role): t for t in built}
        if any(entity >= len(entities) for entity, _, _ in names):
            raise ValueError("a name points past the entity list")
        index.names = [
            IndexedName.of(entity, text, tuple(built[t] for t in numbers), body=kinds[entity] == "org")
            for entity, text, numbers in names
        ]
        index.set_postings(anchor_postings, pair_postings)
        return index

    def distinct_tokens(self) -> list[IndexedToken]:
        """Every distinct token of the registered names, once each (names share them), in a stable order."""
        return list(self._token_table().values())

    @property
    def neighbours(self) -> dict[str, list[int]]:
        """Key with one letter deleted -> base ids (for typos)."""
        return self._typo_tables()[0]

    @property
    def undiacritic(self) -> dict[str, list[int]]:
        """Key with ш ж ч folded to s z c -> base ids whose keys have one of those letters."""
        return self._typo_tables()[1]

    def _typo_tables(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """`neighbours` and `undiacritic`, made again from the base keys on first use after unpickling (only a
        word with no exact hit reads them)."""
        if self._neighbours is None or self._undiacritic is None:
            self._neighbours, self._undiacritic = {}, {}
            for key in self.base_keys:
                _add_neighbours(self._neighbours, self._undiacritic, key, self._base_ids[key])
        return self._neighbours, self._undiacritic

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the tables that the names and keys give again on first use (distinct tokens, typo
        neighbours): loading a pickled index (the cached default one, a Normalizer sent to Dask workers) needs
        only what every query reads, and the one-name command starts a quarter faster."""
        state = self.__dict__.copy()
        state["_tokens"] = state["_neighbours"] = state["_undiacritic"] = None
        return state

    def _token_table(self) -> dict[tuple[str, Role], IndexedToken]:
        """(text, role) -> token, made again from the names after unpickling, in the order they first appear."""
        if self._tokens is None:
            self._tokens = {}
            for name in self.names:
                for token in name.tokens:
                    self._tokens.setdefault((token.text, token.role), token)
        return self._tokens

    def pair_postings(self) -> dict[int, tuple[int, ...]]:
        """The partner tables as one mapping of pair keys to names (what `set_postings` takes)."""
        return {
            base << PAIR_SHIFT | other: names
            for base, table in enumerate(self.partners)
            if table
            for other, names in table.items()
        }

    @staticmethod
    def paradigm_numbers() -> dict[str, int]:
        """Paradigm name -> its number in the index's form lists."""
        return {p.name: i for i, p in enumerate(paradigms())}

    def _class_base(self, word_class: int) -> int:
        """The base that stands for a class of `name_words` (a word and its equivalents across languages), so
        that a name is anchored by a word of another language: no case forms, no typos, one key of its own."""
        key = f"{CLASS_BASE_MARK}{word_class}"
        found = self._base_ids.get(key)
        if found is None:
            found = self._base_ids[key] = len(self.base_keys)
            self.base_keys.append(key)
            self._anchor_postings.append([])
        return found

    def _base(self, stem: str, *, declines: bool = True) -> int:
        key = finish(stem)
        found = self._base_ids.get(key)
        if found is not None:
            return found
        base = len(self.base_keys)
        self._base_ids[key] = base
        self.base_keys.append(key)
        self._anchor_postings.append([])
        _add_form(self.forms, key, base, NOMINATIVE)
        for form, paradigm in inflected_forms(stem) if declines else ():
            _add_form(self.forms, form, base, self._paradigm_number[paradigm])
        bare = without_prothesis(key)
        if bare is not None:
            _add_form(self.forms, bare, base, PROTHESIS)
        _add_neighbours(self.neighbours, self.undiacritic, key, base)
        return base

    def _token(self, text: str, role: Role) -> IndexedToken:
        """The indexed form of one token in one role, made once and shared by every name that has it."""
        found = self._token_table().get((text, role))
        if found is not None:
            return found
        # An acronym (КДБ, BSU, NN) does not decline: its case forms would be short ordinary words ("No").
        declines = not (text.isupper() and len(text) <= ACRONYM_LENGTH)
        bases = tuple(dict.fromkeys(self._base(stem, declines=declines) for _, stem in stem_keys(text)))
        token_keys = tuple(self.base_keys[b] for b in bases)
        known = given_names()
        if role == "given":
            classes, familiar = known.classes(text, inflected=False), known.familiar_classes(text)
        else:  # a word of a place or organisation name has its equivalents in other languages (Хартыя = Charter)
            # the classes its letters write, as a query word's (Mogilev.media: media, not Hungarian megye)
            classes = name_words().spelled_classes(text, inflected=False) if role == "word" else frozenset()
            familiar = frozenset()
        # A given name may be abbreviated in any of its languages: У. or V. for Уладзімір (Vladimir).
        letters = initials(text).union(
            *(initials(form) for c in sorted(classes) if role == "given" for form in known.row(c).forms)
        )
        token = IndexedToken(
            text=text,
            keys=token_keys,
            bases=bases,
            role=role,
            classes=classes,
            familiar=familiar,
            initials=letters,
            phonemes=phonemes(text),
        )
        self._token_table()[(text, role)] = token
        return token

    def _add_name(self, entity: int, kind: str, name: str, own_given: frozenset[str] = frozenset()) -> None:
        """Index a name as written and, when it holds a compound of organisation words, also with the compound read
        as its parts, as the finder reads running text (Weißrussisches Energie|ministerium); a query is read as
        written, as the name's other scripts are (Беларусбанк is no compound for the Latin Belarusbank's parts)."""
        cleaned = clean(name)
        whole = tokenize(cleaned)
        self._add_tokens(entity, kind, cleaned, whole, own_given)
        if len(split := split_org_compounds(whole)) > len(whole):
            self._add_tokens(entity, kind, cleaned, split, own_given)

    def _add_tokens(self, entity: int, kind: str, cleaned: str, words: list[Token], own_given: frozenset[str]) -> None:
        # Lower-case prepositions and conjunctions inside a name (інфарматыкі і радыёэлектронікі) need no match, nor
        # the abbreviations a query ignores anyway (аг. for аграгарадок; `tokenize` drops a one-letter one: г.).
        tokens: list[Token] = []
        byname = 0  # (how many tokens come before the words of a byname: David | of Hrodna, Сымон Рэўка | з-пад Барысава)
        for t in words:
            if t.text[0].islower() and _accompanies(t, cleaned):
                if tokens and not byname and kind == "person" and not is_surname_particle(t.text):
                    byname = len(tokens)
                continue
            tokens.append(t)
        tokens = tokens[:MAX_NAME_TOKENS]
        if not tokens:
            return
        roles = _roles(kind, tokens, own_given)
        if byname:  # a byname of a place is no surname to link alone (Hrodna of David of Hrodna)
            roles[byname:] = ["word"] * (len(roles) - byname)
        indexed = tuple(self._token(t.text, role) for t, role in zip(tokens, roles))
        shape = (entity, tuple((t.bases, t.role) for t in indexed))
        if shape in self._shapes:
            return  # another spelling with the same keys (Мінск, Минск, Minsk): it would match exactly alike
        self._shapes.add(shape)
        name_index = len(self.names)
        others = [b for t in indexed for b in t.bases] + [CLASS_BIT | c for t in indexed for c in t.classes | t.familiar]
        for token in indexed:
            if token.role not in ANCHOR_ROLES:
                continue
            anchors = token.bases
            # a word of an organisation's name anchors it in any language (rašytojų: writers), when it is not alone
            if kind == "org" and token.classes and len(indexed) > 1:
                anchors = (*anchors, *(self._class_base(c) for c in sorted(token.classes)))
            for b in anchors:
                _add_posting(self._anchor_postings[b], name_index)
                for other in others:
                    _add_posting(self._pair_postings.setdefault(b << PAIR_SHIFT | other, []), name_index)
        self.names.append(IndexedName.of(entity, cleaned, indexed, body=kind == "org"))


def _accompanies(token: Token, name: str) -> bool:
    """Is a word of a registered name one that accompanies names (a preposition, a conjunction, or an abbreviation
    a query ignores: аг. for аграгарадок, гор. for горад) rather than a word of the name?"""
    abbreviated = name[token.end : token.end + 1] == "."
    return is_function_word(token.text) or (abbreviated and is_noise(token.text))


def _add_posting(names: list[int], name: int) -> None:
    """Add a name to a posting list once (a name's postings are added together, so a repeat is the last one)."""
    if not names or names[-1] != name:
        names.append(name)
