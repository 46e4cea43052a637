"""The engine: candidates from the index, their ranking, and the decision (a match, or none and why).

`Engine` is what `Normalizer` and the finder share. Its interface is named and small: `token` (a word as the
index sees it), `prepare` (a query's tokens), `rank` (candidate names scored, best first), `decide` (the match
among them, or why there is none), `match` and `explain`, and `position` (an entity's number, for the
finder's memory of what a text has named).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from belnorm.index import Index
from belnorm.lexicon import most_common_in
from belnorm.gazetteer import NAMESAKE_ID, Entity
from belnorm.keys import keys, phonemes
from belnorm.names import (
    HOME_NAME,
    asked_place_type,
    given_names,
    is_adjective,
    is_demonym,
    is_foreign_body,
    is_foreign_country,
    is_foreign_place,
    is_noise,
    is_patronymic,
    outranks,
    place_fits,
    place_type,
    plays,
    settlement_rank,
    tokenize,
)
from belnorm.options import EXACT, FINE_MARGIN, Options
from belnorm.query import CASE_FORM_RULE, QueryReader, QueryToken
from belnorm.results import Candidate, Explanation, Match
from belnorm.scoring import COUNTRY_LEFT_OUT_RULE, TRANSLATED_RULE, TYPO_RULE, QueryShape, Scored, Scorer, closeness, query_shape, stem_closeness
from belnorm.text import CYRILLIC, clean

__all__ = ["ABROAD", "AMBIGUOUS", "MAX_CANDIDATES", "Engine", "own_entities"]

#: how a verdict of `Engine.decide` begins when candidates tie (the finder tries such words again later)
AMBIGUOUS = "ambiguous"
#: how it begins when the name is someone's or something's abroad: a namesake, a town, a country, a state body
ABROAD = "abroad"

#: a query that could be more names than this (a common given name alone) is not scored name by name
MAX_CANDIDATES = 1000
#: how many answers of `Engine.district_of` are remembered
MAX_REMEMBERED = 4096
#: a word that anchors more names than this (Belarus, Minsk: hundreds of bodies' names hold them) has the order in
#: which `Engine.rank` scores them remembered, for this many such words
MANY_CANDIDATES = 64
MAX_REMEMBERED_ORDERS = 256


#: how a bundled place's note begins when it is a district of a city (city district, Minsk)
_CITY_DISTRICT = "city district, "


#: the longest lower-case word of a registered name that `Engine.inner_lowercase` holds
_SHORT_INNER = 3
#: the word of a registered English name that joins a given name to its byname's place (Euphrosyne of Polotsk)
_BYNAME_OF = "of"
#: the word of a person's note that says the church venerates them (nun and saint of the 12th century)
_SAINT = "saint"


class Engine:
    """Matching over one index under one set of options."""

    def __init__(self, index: Index, options: Options) -> None:
        self.index = index
        self.options = options
        self.reader = QueryReader(index, options)
        self.scorer = Scorer(self.reader, options)
        self._positions = {entity_id: i for i, entity_id in enumerate(index.entity_ids)}
        #: the positions of namesakes: entities that a name may fit best but that are never its answer
        self._namesakes = frozenset(i for i, e in enumerate(index.entity_ids) if e.startswith(NAMESAKE_ID))
        #: (given-name class, patronymic key) -> {position: registered name}, made on first use
        self._patronymics: dict[tuple[int, str], dict[int, str]] | None = None
        #: adjective -> the district it names, or None (see `district_of`)
        self._districts: dict[str, Entity | None] = {}
        #: words -> whether they name the home country itself (see `names_home`)
        self._homes: dict[str, bool] = {}
        #: (a word's anchored names, query shape) -> those names by ceiling, best first (see `_by_ceiling`)
        self._orders: dict[tuple[frozenset[int], QueryShape], list[tuple[float, int]]] = {}

    @functools.cached_property
    def lowercase_openers(self) -> frozenset[str]:
        """The first words, casefolded, of the registered names that begin in lower case (суд Ленінскага раёна
        Мінска, centrale nucléaire biélorusse, castello di Nesvizh): in running text such a word may open a name."""
        return frozenset(
            name.split()[0].casefold()
            for e in self.index.entities
            for name in e.names
            if name[:1].islower() and " " in name
        )

    @functools.cached_property
    def names_ending_in_noise(self) -> frozenset[str]:
        """The registered names, casefolded, that end with a word the reader takes for noise (a generic place word:
        Вольны горад, Volny Horad, the newspaper): in running text such a name is read as it is written."""
        return frozenset(
            name.casefold() for e in self.index.entities for name in e.names if " " in name and is_noise(name.split()[-1])
        )

    @functools.cached_property
    def inner_lowercase(self) -> frozenset[str]:
        """The short words (at most three letters) that registered names hold in lower case after their first word
        (the Łacinka pa of Ministerstva pa nadzvyčajnych situacyjach): in running text such a word may go on a name."""
        return frozenset(
            word
            for e in self.index.entities
            for name in e.names
            for word in name.split()[1:]
            if len(word) <= _SHORT_INNER and word.isalpha() and word.islower()
        )

    @functools.cached_property
    def city_districts(self) -> dict[int, frozenset[int]]:
        """A city's position -> the positions of its districts (a place whose note begins "city district, Minsk"):
        several cities name their districts alike (Кастрычніцкі раён), and the city a text names tells which."""
        out: dict[int, set[int]] = {}
        for k, entity in enumerate(self.index.entities):
            note = str(entity.attributes.get("note", ""))
            if note.startswith(_CITY_DISTRICT) and (city := self.match(note[len(_CITY_DISTRICT) :].split(";")[0])):
                out.setdefault(self.position(city.entity.id), set()).add(k)
        return {city: frozenset(districts) for city, districts in out.items()}

    @functools.cached_property
    def bynamed_persons(self) -> dict[int, tuple[tuple[int, int, int, bool], ...]]:
        """A given-name class -> (the person's position, their byname's place's position, how many bundled persons
        bear that given name first, whether the person's note says saint) for each person the gazetteer knows by a given name and a byname (Euphrosyne
        of Polotsk, Cyril of Turov: a registered name "<given name> of <place>" whose place is bundled): the press
        writes such a person by the given name alone."""
        bearers: dict[int, int] = {}  # a given-name class -> how many bundled persons' first names have it
        for entity in self.index.entities:
            if entity.kind == "person":
                for c in given_names().classes(entity.names[0].split()[0], inflected=False):
                    bearers[c] = bearers.get(c, 0) + 1
        out: dict[int, list[tuple[int, int, int, bool]]] = {}
        for k, entity in enumerate(self.index.entities):
            if entity.kind != "person":
                continue
            for name in entity.names:
                words = name.split()
                if len(words) != 3 or words[1] != _BYNAME_OF:
                    continue
                place = self.match(words[2])
                saint = _SAINT in str(entity.attributes.get("note", "")).split()
                classes = given_names().classes(entity.names[0].split()[0], inflected=False)
                if place is not None and place.entity.kind == "place" and classes:
                    for c in classes:
                        out.setdefault(c, []).append((k, self.position(place.entity.id), bearers.get(c, 0), saint))
                    break
        return {c: tuple(dict.fromkeys(v)) for c, v in out.items()}

    def district_of(self, adjective: str) -> Entity | None:
        """The place whose district's name this adjective makes with a unit word (Гродненского: Гродзенскі раён),
        or None; remembered, since the finder asks it of the same adjectives in text after text."""
        if adjective not in self._districts:
            if len(self._districts) >= MAX_REMEMBERED:
                self._districts.clear()
            unit = "раён" if CYRILLIC.search(adjective) else "district"
            found = self.match(f"{adjective} {unit}")
            self._districts[adjective] = found.entity if found is not None and found.entity.kind == "place" else None
        return self._districts[adjective]

    def names_home(self, words: str) -> bool:
        """Do the words (a country's name in some language and case: Valko-Venäjän, Hvideruslands, Wit-Rusland) name
        the country whose bodies the gazetteer registers, as `HOME_NAME` does? Remembered, as `district_of` is."""
        if words not in self._homes:
            if len(self._homes) >= MAX_REMEMBERED:
                self._homes.clear()
            found, home = self.match(words), self.match(HOME_NAME)
            named = found is not None and home is not None and found.entity.id == home.entity.id
            self._homes[words] = named and not is_demonym(words)  # (Baltarusių rašytojų sąjunga: of Belarusians)
        return self._homes[words]

    def by_given_and_patronymic(self, given: str, patronymic: str) -> dict[int, str]:
        """The persons one of whose registered names is this given name (any form of its class) and this
        patronymic followed by a surname (Александр Григорьевич: Лукашэнка), with that name, by position."""
        if self._patronymics is None:
            self._patronymics = _patronymic_table(self.index.entities)
        found: dict[int, str] = {}
        for class_id in given_names().classes(given, inflected=False):
            for key in keys(patronymic):
                found.update(self._patronymics.get((class_id, key), {}))
        return found

    @property
    def positions(self) -> dict[str, int]:
        """Entity id -> its number in the index."""
        return self._positions

    def position(self, entity_id: str) -> int:
        """The entity's number in the index (what `decide` takes in ``prefer``)."""
        return self._positions[entity_id]

    def token(self, text: str, kind: str) -> QueryToken:
        """One word as the index sees it (`QueryReader.token`)."""
        return self.reader.token(text, kind)

    def token_in(self, text: str, kind: str, language: str) -> QueryToken:
        """One word of a text in ``language`` as the index sees it, read as that language's press writes foreign
        names when the plain reading finds nothing (`QueryReader.token_in`)."""
        return self.reader.token_in(text, kind, language)

    def prepare(self, query: str) -> tuple[str, list[QueryToken]]:
        """The cleaned query and its tokens (`QueryReader.prepare`); `TypeError` for a non-string."""
        return self.reader.prepare(query)

    def match(self, query: str) -> Match | None:
        """The entity ``query`` names under this engine's options, or None."""
        tokens = self.reader.prepare(query)[1]
        return self.decide_query(query, tokens, self.rank(tokens))[0] if tokens else None

    def explain(self, query: str, *, limit: int = 10) -> Explanation:
        """The match for ``query`` and the best candidate name of each entity considered, also when nothing
        matched."""
        cleaned, tokens = self.reader.prepare(query)
        ranked = self.rank(tokens, prune=False)
        match, verdict = self.decide_query(query, tokens, ranked) if cleaned else (None, "empty query")
        if match is not None:
            verdict = f"matched {match.entity.id}"
        seen: set[int] = set()
        distinct = []  # one row per entity, its best name: the accepted come first, so a rejected name never hides one
        for s in ranked:
            if s.name.entity not in seen:
                seen.add(s.name.entity)
                distinct.append(s)
        candidates = tuple(
            Candidate(
                entity=self.index.entities[s.name.entity],
                score=s.score,
                matched_name=s.name.text,
                explanation=tuple(s.lines()),
                rejected=s.rejected,
            )
            for s in distinct[:limit]
        )
        return Explanation(query=query, match=match, candidates=candidates, verdict=verdict)

    def rank(self, tokens: Sequence[QueryToken], *, prune: bool = True, lenient: bool = True) -> list[Scored]:
        """Candidate names scored against the query tokens: accepted best-first, then the rejected.

        With ``prune``, names whose best possible score (`Scorer.ceilings`) cannot reach the decision are not
        scored; without ``lenient``, only names that every word could belong to are candidates (see
        `candidate_names`).
        """
        candidates = self.candidate_names(tokens, lenient=lenient)
        if not candidates or len(candidates) > MAX_CANDIDATES:
            return []  # no name has these words, or a query this unspecific names no one in particular
        names, entity_kinds, margin = self.index.names, self.index.kinds, self.options.ambiguity_margin
        kinds, profile_of = self.options.kinds, self.index.name_profiles
        shape = query_shape(tokens)
        ceilings, score = self.scorer.ceilings(shape), self.scorer.score
        if len(candidates) == 1:  # the common case: nothing to order, nothing to prune against
            (only,) = candidates
            ceiling, name = ceilings[profile_of[only]], names[only]
            if (prune and not ceiling) or (kinds is not None and entity_kinds[name.entity] not in kinds):
                return []
            return [score(name, tokens)]
        order = self._by_ceiling(candidates, shape, ceilings)
        best: dict[int, Scored] = {}
        rejected: list[Scored] = []
        floor = -1.0
        for negative_ceiling, name_index in order:
            ceiling = -negative_ceiling
            if prune and (ceiling < floor or not ceiling):
                break
            name = names[name_index]
            if kinds is not None and entity_kinds[name.entity] not in kinds:
                continue
            held = best.get(name.entity)
            if prune and held is not None and held.score >= ceiling and not held.country_left_out:
                continue  # another name of this entity already scores what this one at best could
            scored = score(name, tokens)
            if scored.rejected:
                rejected.append(scored)
                continue
            if held is None or (
                scored.score > held.score if scored.country_left_out == held.country_left_out else held.country_left_out
            ):
                best[name.entity] = scored  # (a name with no country left out first: Міністэрства юстыцыі)
            if not scored.country_left_out:  # (nor does one prune the names that need not leave it out)
                floor = max(floor, scored.score - margin)
        ranked = sorted(best.values(), key=_by_score) if len(best) > 1 else list(best.values())
        return ranked + rejected

    def _by_ceiling(
        self, candidates: AbstractSet[int], shape: QueryShape, ceilings: list[float]
    ) -> list[tuple[float, int]]:
        """The candidate names as (negated ceiling, name), best first; remembered for a word's own set of
        anchored names when it is large (a word alone: Belarus has some 700 names to sort, query after query)."""
        profile_of = self.index.name_profiles
        if len(candidates) <= MANY_CANDIDATES or not isinstance(candidates, frozenset):
            return sorted([(-ceilings[profile_of[i]], i) for i in candidates])
        key = (candidates, shape)
        order = self._orders.get(key)
        if order is None:
            if len(self._orders) >= MAX_REMEMBERED_ORDERS:
                self._orders.clear()
            order = self._orders[key] = sorted([(-ceilings[profile_of[i]], i) for i in candidates])
        return order

    def candidate_names(self, query: Sequence[QueryToken], *, lenient: bool = True) -> AbstractSet[int]:
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

    def _pair_names(self, anchor: QueryToken, other: QueryToken) -> set[int]:
        """Names whose surname (or place or organisation word) fits ``anchor`` and which hold a token that
        fits ``other``: a few lookups in the index's pairs, however many names the words have alone."""
        partners, found = self.index.partners, set[int]()
        for base in anchor.anchor_bases:
            table = partners[base]
            if table is not None:
                for key in other.partner_keys:
                    names = table.get(key)
                    if names is not None:
                        found.update(names)
        return found

    def decide_query(self, query: str, tokens: Sequence[QueryToken], ranked: list[Scored]) -> tuple[Match | None, str]:
        """`decide` for a query alone, as `match` decides it: the kind of place its own words ask for settles a tie
        (Lake Myadzyel: the lake, not the town). A body's name in another language without the country its
        registered name ends with names no one alone (National Olympic Committee: any country's); in running text
        the words around it may tell (`belnorm.finder`)."""
        if ranked and ranked[0].country_left_out:
            return None, f"{COUNTRY_LEFT_OUT_RULE}: any country may have a body so named"
        return self.decide(query, ranked, asks=_asked_in(tokens))

    def decide(
        self, query: str, ranked: list[Scored], prefer: frozenset[int] = frozenset(), asks: str | None = None
    ) -> tuple[Match | None, str]:
        """The match among ranked candidates, or None and why not. A tie that would be ambiguous is settled, in
        this order, by the kind of place the text asks for (``asks``: "settlement" in у Мядзелі, "river" in рака
        Свіслач; see `belnorm.names.asked_place_type`) or, between clubs, its sport ("hockey"), by ``prefer``
        (entity positions the same text names elsewhere), and by the most prominent of same-named settlements."""
        if not ranked or ranked[0].rejected:  # accepted candidates come first
            return None, "no candidate"
        top = ranked[0]
        found = self.index.entities[top.name.entity]
        if query.islower() and (doubt := _lone_lowercase_word(query, top, found.names)):
            return None, doubt
        registered = any(query.strip().casefold() == n.casefold() for n in found.names)
        # (a person the text names elsewhere is the one their surname alone names: Maks Mirnõiga … Mirnõi, no town)
        named_elsewhere = found.kind == "person" and top.name.entity in prefer
        if not registered and not named_elsewhere and is_foreign_place(query):
            # (a registered name is the entity's, though a town abroad has it too; read first: the list is long)
            return None, f"{ABROAD}: {query.strip()} is a town or country abroad, not a spelling of {found.names[0]}"
        if found.kind != "place" and is_foreign_country(query.strip()):
            return None, f"{ABROAD}: {query.strip()} is a country's name, not {found.names[0]}"
        if found.kind == "org" and is_foreign_body(query):
            return None, f"{ABROAD}: {query.strip()} is another country's state body, not {found.names[0]}"
        if top.score < self.options.score_cutoff:
            return None, f"best score {top.score:.1f} is below the cutoff {self.options.score_cutoff:.0f}"
        tied = list(self._within_margin(ranked))
        if tied:
            # between a place and a body, a name in the query's own script beats one in another (Белой Руси: the
            # party Белая Русь, not Bielo-Rússia); namesakes of one kind and persons (abroad too) stay a tie
            same = [s for s in (top, *tied) if s.same_script]
            kinds = {self.index.kinds[s.name.entity] for s in (top, *tied)}
            if len(same) == 1 and len(kinds) > 1 and len(tied) == 1 and "person" not in kinds:
                top, tied = same[0], []
                top.notes.append("the only candidate written in the query's script")
        spelled = [s for s in (top, *tied) if s.name.text == query.strip()] if tied and query.strip().isupper() else []
        if len(spelled) == 1:
            # an acronym registered letter for letter beats one of another script keyed alike (BPC: the potash
            # company, not БПЦ, the church)
            top, tied = spelled[0], []
            top.notes.append("the only candidate registered letter for letter as the query's capitals")
        if tied and asks is not None and len(fitting := self._fitting([top, *tied], asks)) == 1:
            # the words around say which kind (Osvejas ezerā: the lake, however close the village's spelling)
            top, tied = fitting[0], []
            top.notes.append(self._fitting_why(top, asks))
        if tied and len(agreeing := [s for s in (top, *tied) if _parts_of_speech_agree(s)]) == 1:
            # a word read in another language as an adjective or as a noun pairs with the same (écrivains
            # biélorusses: the Union of Belarusian Writers, not the Writers' Union of Belarus)
            top, tied = agreeing[0], []
            top.notes.append("the only candidate whose words are adjectives and nouns where the query's are")
        if tied:
            by_spelling = sorted(((s.fine, s) for s in (top, *tied)), key=lambda fs: -fs[0])
            if by_spelling[0][0] - by_spelling[1][0] >= FINE_MARGIN:
                top, tied = by_spelling[0][1], []
                top.notes.append(f"closest spelling among {len(by_spelling)} candidates with the same key")
        if tied and not top.name.person and sum(s.name.entity not in self._namesakes for s in (top, *tied)) == 1:
            # between one place or body and namesakes abroad keyed alike, the one that registers the query letter for
            # letter (Gavia: the Belarusian river's Italian name, not Latvia's Gauja), or its stem (Polish Gawii:
            # Gawia's); two people of one name stay a tie (Елена Бондаренко: Belarusian and Ukrainian alike)
            for spells, why in ((self._written_as, _WRITTEN), (self._spelled_stem, _STEM_WRITTEN)):
                if len(spelled := [s for s in (top, *tied) if spells(s)]) == 1:
                    top, tied = spelled[0], []
                    top.notes.append(why)
                    break
        if (typo_rival := _typo_rival(top, ranked)) is not None:
            return None, f"{AMBIGUOUS}: one typo from {self.index.entity_ids[typo_rival.name.entity]} as from this name"
        if tied:
            settled = self._settle_tie([top, *tied], prefer, asks)
            if settled is None:
                rival = self.index.entity_ids[tied[0].name.entity]
                return None, f"{AMBIGUOUS}: {rival} scores {tied[0].score:.1f} against {top.score:.1f}"
            top = settled
        entity = self.index.entities[top.name.entity]
        if top.name.entity in self._namesakes:
            own = self._own_over_namesake(top, prefer, asks)
            if own is None:
                note = f" ({entity.attributes['note']})" if entity.attributes.get("note") else ""
                return None, f"{ABROAD}: {query.strip()} names {entity.display}{note}, a namesake of the entities"
            top, entity = own, self.index.entities[own.name.entity]
        conventions = top.conventions
        match = Match(
            entity=entity,
            score=top.score,
            matched_name=top.name.text,
            query=query,
            scheme=conventions[0],
            conventions=conventions,
            explanation=("read as " + "+".join(conventions), *top.lines()),
        )
        return match, ""  # `explain` words the verdict of a match: no query pays for it

    def _own_over_namesake(self, namesake: Scored, prefer: frozenset[int], asks: str | None = None) -> Scored | None:
        """The entity a name that fits a namesake best is still taken for: one the text has named in full (Алесь
        Пушкін ... Пушкін), the one place of the kind the text asks for (``asks``: in Mir, a settlement, not the
        space station), the one whose name the query writes letter for letter where no name of the namesake is so
        written (Городня, a chronicle name of Grodno; the Ukrainian town is Horodnia in the Latin press), or one
        whose own spelling the name is, closer than the namesake's (Кірыенка, the Belarusian cyclist, is no
        spelling of the Russian Кириенко; Сергей Лащенко, the Russian form of a Belarusian's name, is none of the
        Ukrainian Сергей Лещенко); else None. A rare path: it ranks unpruned."""
        cutoff = self.options.score_cutoff
        own = [
            s for s in self.rank(namesake.query, prune=False)
            if not s.rejected and s.score >= cutoff and s.name.entity not in self._namesakes
        ]
        named = [s for s in own if s.name.entity in prefer]
        if len(named) == 1:
            named[0].notes.append("the text names this entity in full; a namesake abroad shares the name")
            return named[0]
        kinds = self.index.kinds
        asked = [s for s in own if asks is not None and kinds[s.name.entity] == "place" and place_fits(self._note(s), asks)]
        if len(asked) == 1 and kinds[namesake.name.entity] != "place":
            asked[0].notes.append(f"the kind of place the text asks for (a {asks}); a namesake abroad shares the name")
            return asked[0]
        written = [s for s in own if self._written_as(s)]
        if len(written) == 1 and not self._written_as(namesake):
            why = "written letter for letter as this entity's name, as no name of a namesake abroad is"
            written[0].notes.append(f"{why} ({namesake.name.text})")
            return written[0]
        mark = self._spelled(namesake, endings=kinds[namesake.name.entity] == "place")
        closer = [s for s in own if self._spelled(s) - mark >= FINE_MARGIN]
        if len(closer) == 1:
            closer[0].notes.append(f"spelled as this entity's name, closer than a namesake abroad ({namesake.name.text})")
            return closer[0]
        nominative = [s for s in own if not _inflected(s)]
        # (Kaleśnikava: Калеснікава, not Колесников's genitive; but Волкова, spelled as Волков's, stays a tie)
        if _inflected(namesake) and len(nominative) == 1 and not self._spelled_case_form(namesake):
            why = f"the name as it stands, where a namesake abroad has it as a case form ({namesake.name.text})"
            nominative[0].notes.append(why)
            return nominative[0]
        return None

    def _written_as(self, scored: Scored) -> bool:
        """Are the query's words, letter for letter (case aside), the words of one of the candidate's names (the
        Ukrainian chronicle name Городня of Grodno, where a namesake abroad is only read so from Horodnia)?"""
        words = _written_words(scored)
        names = self.index.entities[scored.name.entity].names
        return any(words == [w.casefold() for w in name.split()] for name in names)

    def _spelled_case_form(self, scored: Scored) -> bool:
        """Is a word of the query, letter for letter, a word of the candidate's names with a case ending of one or
        two letters (Волкова of Волков), not only keyed like one?"""
        words = _written_words(scored)
        own = {w.casefold() for name in self.index.entities[scored.name.entity].names for w in name.split()}
        return any(word[: -k] in own for word in words for k in (1, 2) if len(word) > k + 2)

    def _spelled_stem(self, scored: Scored) -> bool:
        """Does a word of the query, less an ending of one or two letters, spell a word of the candidate's names
        less its last letter (Gawii, Gawia: a case ending for the nominative's), letter for letter?"""
        words = _written_words(scored)
        stems = {w.casefold()[:-1] for name in self.index.entities[scored.name.entity].names for w in name.split() if len(w) > 3}
        return any(word[:-k] in stems for word in words for k in (1, 2) if len(word) > k + 3)

    def _spelled(self, scored: Scored, *, endings: bool = False) -> float:
        """How close the query's words come, as written, to the words of the closest name of the candidate's entity
        (0-100); a word the candidate takes for a case form of its own is measured without its ending (Волкова
        spells Волков; Гародні spells Гародня, not the Ukrainian Городня), and with ``endings`` every word may be (a
        place abroad declines too: Дунаї is the Danube's Дунай). The index keeps one of the names that
        share their keys (Сяргей Лашчэнка, not Сергей Лащенко), so `Scored.fine` may measure another spelling than
        the one the query has."""
        spelled = self._measured(scored, {qi for qi, (_, _, rule, _) in scored.used.items() if CASE_FORM_RULE in rule})
        return max(spelled, self._measured(scored, set(scored.used))) if endings else spelled

    def _measured(self, scored: Scored, inflected: set[int]) -> float:
        """`_spelled` with the query words at positions ``inflected`` measured without their endings."""
        words = [(qi, q.phonemes) for qi, q in enumerate(scored.query) if q.word and not q.noise]
        best = 0.0
        for name in self.index.entities[scored.name.entity].names if words else ():
            own = [phonemes(t.text) for t in tokenize(clean(name))]
            if own:
                fits = (max((stem_closeness if qi in inflected else closeness)(q, w) for w in own) for qi, q in words)
                best = max(best, sum(fits) / len(words))
        return best

    def tied(self, ranked: list[Scored]) -> bool:
        """Does an accepted candidate after the first score within the ambiguity margin of it (the tie `decide`
        settles)?"""
        return next(self._within_margin(ranked), None) is not None

    def _within_margin(self, ranked: list[Scored]) -> Iterator[Scored]:
        """The accepted candidates after the first that score within the ambiguity margin of it, best first."""
        near = ranked[0].score - self.options.ambiguity_margin if ranked else 0.0
        return itertools.takewhile(lambda s: not s.rejected and s.score >= near, itertools.islice(ranked, 1, None))

    def _settle_tie(self, tied: list[Scored], prefer: frozenset[int], asks: str | None) -> Scored | None:
        """The one of tied candidates that the text's evidence picks (see `decide`), with why noted on it."""
        why = []
        kinds = self.index.kinds
        places = all(kinds[s.name.entity] == "place" for s in tied)
        fitting = self._fitting(tied, asks)
        if len(fitting) == 1 or (fitting and places):
            tied = fitting
            why.append(self._fitting_why(fitting[0], asks))
        if len(tied) > 1 and len(preferred := [s for s in tied if s.name.entity in prefer]) == 1:
            tied = preferred
            why.append("another mention of the entity in the text")
        if len(tied) > 1 and places and asks is None:
            towns = [s for s in tied if all(o is s or outranks(self._note(s), self._note(o)) for o in tied)]
            if len(towns) == 1:
                others = sorted({place_type(self._note(o)) for o in tied if o is not towns[0]})
                why.append(f"a town over the {' and '.join(others)} of its name")
                tied = towns
        if len(tied) > 1 and places:
            ranks = [rank for s in tied if (rank := settlement_rank(self._note(s))) is not None]
            if len(ranks) == len(tied) and ranks.count(best := max(ranks)) == 1:  # settlements, one most prominent
                why.append(f"prominence among {len(tied)} settlements of that name")
                tied = [tied[ranks.index(best)]]
        if len(tied) != 1:
            return None
        tied[0].notes.append("ambiguous alone; settled by " + ", then ".join(why))
        return tied[0]

    def _fitting(self, tied: list[Scored], asks: str | None) -> list[Scored]:
        """The tied candidates of the kind of place the text asks for, also against a person or body (Višnevskoje
        järve: the lake); between two clubs of one name, those of the sport the text speaks of (hockey, football),
        which one's note names."""
        if asks is None:
            return []
        kinds = self.index.kinds
        if not all(kinds[s.name.entity] == "place" for s in tied):
            if playing := [s for s in tied if asks in plays(self._note(s))]:
                return playing
        return [s for s in tied if kinds[s.name.entity] == "place" and place_fits(self._note(s), asks)]

    def _fitting_why(self, chosen: Scored, asks: str | None) -> str:
        """Why `_fitting` chose the candidate: the text's sport for a club, else the kind of place asked for."""
        playing = self.index.kinds[chosen.name.entity] != "place"
        return f"the text's sport ({asks})" if playing else f"the kind of place the text asks for (a {asks})"

    def _note(self, scored: Scored) -> str:
        """The note of a candidate's entity: for a bundled place, what kind of place it is."""
        return str(self.index.entities[scored.name.entity].attributes.get("note", ""))


#: the reading convention of each language's press (belnorm.keys), for the words common in that language
_CONVENTION_OF_LANGUAGE = {
    "cs": "czech", "sk": "czech", "pl": "polish", "de": "german", "en": "english", "fr": "french", "es": "spanish",
    "pt": "spanish", "it": "italian", "ro": "romanian", "hu": "hungarian", "lt": "lithuanian", "lv": "latvian",
    "tr": "turkish", "uk": "ukrainian", "nl": "dutch_nordic", "da": "dutch_nordic", "nb": "dutch_nordic",
    "sv": "dutch_nordic", "fi": "finnic", "et": "finnic", "ru": "cyrillic", "be": "cyrillic", "bg": "cyrillic",
    "sr": "cyrillic", "hr": "czech",
}


def _asked_in(tokens: Sequence[QueryToken]) -> str | None:
    """The kind of place a query's own words ask for (Lake Narach, вёска Лошыца), or None."""
    # (a word for a kind of place is a noise word of the query: Lake in Lake Narach is ignored when matching)
    return next((asked for t in tokens if t.noise and (asked := asked_place_type(t.text, None)) is not None), None)


#: why a tie with a namesake abroad went to the one candidate that spells the query (`Engine.decide`)
_WRITTEN = "the only candidate registered letter for letter as the query, against a namesake abroad"
_STEM_WRITTEN = "the only candidate whose registered stem the query spells letter for letter, against a namesake abroad"


def own_entities(index: Index) -> list[Entity]:
    """The entities of an index that are to be found: all but the namesakes (told by id: a saved index's entities
    are read only when used)."""
    return [index.entities[i] for i, e in enumerate(index.entity_ids) if not e.startswith(NAMESAKE_ID)]


def _patronymic_table(entities: Sequence[Entity]) -> dict[tuple[int, str], dict[int, str]]:
    """(given-name class, patronymic key) -> the persons with a registered name of given name, patronymic and
    surname, and that name (no namesake: they are never an answer)."""
    table: dict[tuple[int, str], dict[int, str]] = {}
    for position, entity in enumerate(entities):
        if entity.kind != "person" or entity.id.startswith(NAMESAKE_ID):
            continue
        for name in entity.names:
            words = [t.text for t in tokenize(name) if t.kind == "word"]
            if len(words) < 3 or not is_patronymic(words[1]):
                continue
            for class_id in given_names().classes(words[0], inflected=False):
                for key in keys(words[1]):
                    table.setdefault((class_id, key), {})[position] = name
    return table


def _lone_lowercase_word(query: str, top: Scored, registered: Sequence[str]) -> str | None:
    """Why a query of one lower-case word is no name, or None. Outlets that write names in lower case still name
    people in full; a lone lower-case word needs evidence. It links when spelled as a registered name (minsk) or
    when it is no common word of any language (kovalyov) and fits without a typo (a lower-case word one letter
    off a name is likelier a word of a language whose rarer words no list holds: the Croatian brijest is no
    Brest). A common word (stolen, horký) names nothing if it fits the name only inexactly, or exactly but only
    as read by the convention of the language it is common in (the Czech word horký read as Czech); lida, a
    Swedish word, is Ліда as read in Łacinka. A demonym (bielorruso) names nothing."""
    word = query.strip()
    if " " in word or word in (name.lower() for name in registered):
        return None
    if is_demonym(word):
        return "a lone lower-case demonym names no place"
    if top.by_typo:
        return "a lone lower-case word that fits the name only one typo away names nothing"
    frequency, language = most_common_in(word)
    if not frequency:
        return None
    if top.score >= EXACT and _CONVENTION_OF_LANGUAGE.get(language) not in top.conventions:
        return None
    return f"a lone lower-case word that is a common word ({language}, Zipf {frequency:.1f}) names nothing"


def _by_score(scored: Scored) -> float:
    return -scored.score


def _narrow(found: AbstractSet[int], by: Sequence[AbstractSet[int]]) -> AbstractSet[int]:
    """Intersect with each word's names, smallest first, skipping a word that would leave nothing."""
    for names in sorted(by, key=len):
        narrowed = found & names
        if narrowed:
            found = narrowed
    return found


def _typo_rival(top: Scored, ranked: list[Scored]) -> Scored | None:
    """Another entity whose name the query misses by as close a typo as the best one's, when every word of the best
    is a typo: a lake's name and a woman's surname one letter from the query are equally likely what it meant, though
    the surname alone scores less (the given name it lacks). None when the best has a word that fits as written."""
    if not top.used or not all(rule.startswith(TYPO_RULE) for _, _, rule, _ in top.used.values()):
        return None
    closest = min(score for _, score, _, _ in top.used.values())
    for other in itertools.islice(ranked, 1, None):
        if other.rejected:
            break
        if other.name.entity != top.name.entity and other.by_typo and len(other.used) == len(top.used):
            if min(score for _, score, _, _ in other.used.values()) >= closest:
                return other
    return None


def _written_words(scored: Scored) -> list[str]:
    """The query's words as written, case folded, without the noise words the candidate ignores."""
    return [q.text.casefold() for q in scored.query if q.word and not q.noise]


def _inflected(scored: Scored) -> bool:
    """Did a case form of the candidate's name, or a word of another language (not the name as it stands), link a
    word of the query?"""
    return any(CASE_FORM_RULE in rule or TRANSLATED_RULE in rule for _, _, rule, _ in scored.used.values())


def _parts_of_speech_agree(scored: Scored) -> bool:
    """Is every query word that the candidate pairs with a word of another language an adjective or demonym exactly
    where the name's word is one (biélorusses with Belarusian, not with Belarus)?"""
    tokens = scored.name.tokens
    return all(
        _adjectival(scored.query[qi].text) == _adjectival(tokens[ei].text)
        for qi, (ei, _, rule, _) in scored.used.items()
        if TRANSLATED_RULE in rule
    )


def _adjectival(word: str) -> bool:
    return is_adjective(word) or is_demonym(word)
