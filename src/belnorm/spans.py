"""Which words of running text may make one name: the finder's windows and the name shapes beyond capitalized words.

`belnorm.finder` reads a text in two passes; this module gives the first one its spans. A window holds words that
can be part of some registered name and are joined by spaces, a hyphen or an initial's dot (`longest_name`, longest
first). Beyond capitalized words it reads: lower-case words that continue a name (Таварыства беларускай мовы,
Association of Journalists; `kept_in_lower_case`), a unit word before the place (obwodzie brzeskim, la région de
Gomel), web domains (belta.by), words a scraped page glued together (`split_glued`), a text written wholly in lower
case (`in_lower_case`: full names only), a person named by given name and patronymic only
(`add_given_and_patronymic`), and Belarusian area nouns in -шчына (`regional_noun`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex
from unidecode import unidecode

from belnorm.engine import ABROAD, AMBIGUOUS, Engine
from belnorm.gazetteer import Entity
from belnorm.scoring import TRANSLATED_RULE, TYPO_RULE, Scored
from belnorm.lexicon import CAPITALIZED_NOUNS, languages, most_common_in, zipf
from belnorm.names import (
    HOME_NAME,
    KEEP_LOOKAHEAD,
    MIN_ORG_COMPOUND,
    Token,
    compound_parts,
    ends_with_org_word,
    given_names,
    is_adjective,
    is_article,
    is_indefinite_article,
    is_belarusian_word,
    is_conjunction,
    is_exact_court_word,
    is_compass_word,
    is_function_word,
    is_in_preposition,
    is_location_preposition,
    is_place_word,
    place_word_kind,
    is_unit_before_name,
    is_unit_word,
    locative_ending,
    name_words,
    number_sign,
    org_compound,
    org_word_classes,
    STATE_QUALIFIER_ROWS,
    org_word_forms,
    org_word_rows,
    plays,
    settlement_rank,
    split_org_compounds,
)
from belnorm.options import EXACT
from belnorm.query import QueryToken
from belnorm.results import Match
from belnorm.text import APOSTROPHE, CYRILLIC, LATIN

__all__ = [
    "MAX_SPAN_TOKENS",
    "is_possessive_join",
    "UNIT_LEVELS",
    "add_given_and_patronymic",
    "covered_tokens",
    "in_cyrillic_locative",
    "in_lower_case",
    "is_prison_word",
    "kept_in_lower_case",
    "longest_name",
    "match_by_rule",
    "place_id",
    "regional_noun",
    "split_compounds",
    "split_glued",
    "town_adjective_form",
]

#: longest span considered, in words (lower-case function words do not count): given name, patronymic, two
#: surnames or initials, and the long official names of bodies (Ministerium für Architektur und Bauwesen der
#: Republik Belarus is five; Belarusian State Museum of the History of the Great Patriotic War seven)
MAX_SPAN_TOKENS = 8
#: the score of a district or region named by its area noun (Піншчына), made by rule from its centre's name
INFLECTED_AREA_SCORE = 92.0
#: the earliest birth year of a person the news calls by given name and patronymic alone
ADDRESSED_SINCE = 1920
#: the score of a person named by given name and patronymic only (no surname to compare)
GIVEN_AND_PATRONYMIC_SCORE = 90.0
#: the fewest words of a text written wholly in lower case that make it a lower-case outlet's text, not a query
MIN_LOWER_CASE_TEXT = 4
#: the shortest lower-case word that may continue a name (суд: yes; Romanian să is not the Sea of Minsk Sea)
MIN_LOWER_CASE_WORD = 3
#: the shortest name a unit word may be glued to (Minskregionen), and the longest unit word looked for at a word's
#: end (bölgesindeki; a megabyte-long token is not read suffix by suffix)
MIN_COMPOUND_NAME = 3
LONGEST_UNIT_WORD = 16
#: two capitalized words glued together (PoliticsCichanoŭskaja): the first, the second
_GLUED = regex.compile(r"(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})")


def _lower_case_fits(tokens: list[Token], match: Match) -> bool:
    """May a person's name in running text hold its lower-case words? Only function words, where the registered name
    it matched holds one too: an epithet after the saint's given name (Euphrosyne of Polotsk, Eufrosina di Polotsk)."""
    lower = [t.text for t in tokens if t.text[0].islower()]
    if not lower:
        return True
    registered = any(is_function_word(word) for word in match.matched_name.split() if word.islower())
    return registered and all(is_function_word(word) for word in lower)


#: opening quotes: a quoted capitalized word is a name (праваабарончы цэнтр «Вясна»)
OPENING_QUOTES = frozenset("«\"„“‘'‹")
CLOSING_QUOTES = frozenset("»\"“”’'›")


def longest_name(
    engine: Engine,
    view: str,
    tokens: list[Token],
    prepared: list[QueryToken],
    usable: list[bool],
    joined: list[bool],
    start: int,
    lower_text: bool = False,
    sport: Callable[[], str | None] | None = None,
) -> tuple[int, Match | None] | None:
    """The longest window of two or more tokens from ``start`` that names an entity, with its match, or with None
    when the window names one of several entities alike (Dinamo Minsk, the football or the hockey club, unless
    ``sport``, asked only then, tells which the text speaks of) or someone or something abroad (Maxim Gorky):
    then no word inside it names anything either (not the town). In a text written in lower case (``lower_text``)
    only a person's full name, given name first, is taken."""
    if not usable[start] or (prepared[start].noise and not _glued_to_next(tokens, start)):
        return None  # (a title glued to a body's word is its first part: General|staatsanwaltschaft)
    if lower_text:
        return _full_name_in_lower_case(engine, view, tokens, prepared, usable, joined, start)
    if tokens[start].text[0].islower() and not (
        _unit_first(tokens, start)
        or (start + 1 < len(tokens) and LATIN.search(tokens[start].text) and _level_word(tokens[start + 1].text))
        or (start + 1 < len(tokens) and town_adjective_form(tokens[start].text) and _site_next(tokens, start + 1))
        or _opens_with_town_adjective(engine, view, tokens, start)
        or _starts_domain(view[tokens[start].end : tokens[start].end + 2])
        or _belarusian_before_body(tokens, start)
        or _glued_to_ministry(view, tokens, start)
        or _lower_case_state_body(tokens[start].text, view[tokens[start].end : tokens[start].end + KEEP_LOOKAHEAD])
        or _opens_in_lower_case(engine, tokens[start].text, view[tokens[start].end : tokens[start].end + KEEP_LOOKAHEAD])
        # (the characters `tokenize` showed: a colony's number may come two words on, kolonii karnej nr 1)
        or _church_in_belarus(view, tokens, start)
    ):
        return None  # a name starts with a capital (a lower-case unit word may only end one, or begin one in
        # Polish; a web domain may begin in lower case; so may a name registered in lower case)
    ambiguous: int | None = None
    for end in range(_window_end(tokens, usable, joined, start, MAX_SPAN_TOKENS, view), start + 1, -1):
        window = prepared[start:end]
        surface = view[tokens[start].start : tokens[end - 1].end]
        quoted = _opens_quote_inside(view, tokens, start, end)
        last = name_end(view, tokens, start, end)
        if quoted and last == tokens[end - 1].end:
            continue  # a name whose quoted part is cut off is no registered name (Нацыянальны парк «Нарачанскі»)
        if (window[-1].noise and not _written_as_noisy_name(engine, view, tokens, surface, end)) or not any(
            q.anchored for q in window
        ):
            continue  # a title or a preposition is next to a name, not part of it, unless a registered name ends
            # with it (Volny Horad, the newspaper); a name needs a surname
        # strict candidates: a window of running text is a name only if every word fits one registered name
        ranked = engine.rank(window, lenient=False)
        match, verdict = engine.decide(surface, ranked)
        if quoted and not _quoted_name_here(engine, view, last, match):
            continue  # read into a quotation only for a name registered so, and not one said to be abroad: the
            # shorter windows decide (В Минске «Динамо»: the town; Церковь «Новая жизнь» в Москве: no Belarusian)
        if match is None and verdict.startswith(ABROAD) and _described_as_belarusian(engine, view, tokens[start].start):
            # a namesake abroad, but the words right before say Belarus's (seleção da Bielorrússia Sergei Kislyak;
            # заместитель председателя Гомельского облисполкома Александр Беляев): the one Belarusian of that name
            match, verdict = engine.decide(surface, ranked, frozenset(s.name.entity for s in ranked))
        if match is None and verdict.startswith(ABROAD):
            return end, None  # someone or something abroad: no word inside names a Belarusian entity (Maxim Gorky)
        if match is None and _located_in_belarus(engine, view, tokens[end - 1].end):
            match = _body_in_belarus(engine, surface, window)
        if match is None and (body := _body_of_home(engine, view, tokens, prepared, start, end)) is not None:
            match = _body_in_belarus(engine, surface, body)
        if match is None and verdict.startswith(AMBIGUOUS) and _same_kind(engine, ranked):
            if sport is not None and engine.index.kinds[ranked[0].name.entity] in _PLAYERS and (played := sport()):
                # Dinamo Minsk in a hockey report; the goalkeeper Vital Koval, not the Ukrainian minister
                match, verdict = engine.decide(surface, ranked, asks=played)
            if match is None and verdict.startswith(AMBIGUOUS) and ambiguous is None:
                ambiguous = end
        if match is not None and _hungarian_adjective_form(tokens[start].text) and _town_itself(match):
            continue  # a town's adjective opens the name of its body or site, not of the town (minszki Vörös templom)
        if match is not None and match.entity.kind == "person" and not _lower_case_fits(tokens[start:end], match):
            continue  # a lower-case word is no part of a person's name in running text (Oli talle; Bialou i A.)
        if match is not None and _common_word_by_typo(window, ranked, match):
            continue  # a common word one letter from a name's word is that word (Minska prodaje; Gebet für Priester)
        if match is not None and _common_word_by_shared_key(window, ranked, match):
            continue  # a common word whose key meets another language's word for the name's word (line: linna, city)
        if match is not None and match.entity.kind == "place" and any(is_conjunction(t.text) for t in tokens[start:end]):
            continue  # no place's name holds a conjunction: two places (у Магілёве і вобласці: the town and its region)
        if match is not None and match.entity.kind == "org" and _home_after_in(engine, view, tokens, start, match):
            continue  # the country after "in" says where, it opens no body's name (першої в Білорусі атомної станції)
        if match is not None and _body_before_location(engine, view, tokens, prepared, start, end, match):
            continue  # a body and the town it is in (Naftan in Nowopolozk), not one name
        if match is not None and match.entity.attributes.get("surname_alone") is False and not any(
            q.given_classes or q.familiar for q in window
        ) and sum(t.kind == "word" for t in tokens[start:end]) < 2 and not _plays_the_sport(match, sport):
            continue  # a person known from a list needs the given name, not an initial (А. Іваноў), unless the
            # text speaks of the sport the person plays (a results line: Е. Ковыршин (2)); a given name no table
            # knows is still one when it is the person's own (Vanessa Kolodzinskaya)
        if match is not None and _given_name_goes_on(engine, view, tokens, prepared, joined, start, end, match):
            continue  # a family name, then a given name that begins the next person's name (из Борисова Игорь Ледник)
        if match is not None:
            return end, match
    return None if ambiguous is None else (ambiguous, None)


def _written_as_noisy_name(engine: Engine, view: str, tokens: list[Token], surface: str, end: int) -> bool:
    """Is ``surface``, which ends with a word the reader takes for noise, a registered name as it is written
    (Volny Horad, the newspaper; not Moscow city), with no capitalized word running on from it (Вольны горад Данцыг,
    the Free City of Danzig)?"""
    if surface.casefold() not in engine.names_ending_in_noise:
        return False
    return not (end < len(tokens) and tokens[end].text[:1].isupper() and view[tokens[end - 1].end : tokens[end].start] == " ")


def _scored_name(ranked: list[Scored], match: Match) -> Scored | None:
    """The scored name of ``ranked`` that the match was made with, or None."""
    return next((s for s in ranked if s.name.text == match.matched_name), None)


def _common_word_by_typo(window: list[QueryToken], ranked: list[Scored], match: Match) -> bool:
    """Is a word of the window paired only one typo away with a name's word, no word of bodies' names, and either a
    lower-case common word of some language beside a name's word in the other script (the Croatian prodaje, "sells",
    after Minska is not the праўда of Мінская праўда; développement is a typo of the registered development) or a
    common noun of a language that capitalizes its nouns, at `_COMMON_NOUN_ZIPF` or more there (German Gebet für den
    Priester, prayer for the priest, is no Brester Gebiet)?"""
    if (scored := _scored_name(ranked, match)) is None:
        return False
    tokens = scored.name.tokens
    return any(
        rule.startswith(TYPO_RULE)
        and not name_words().classes(window[qi].text)  # (hokejové, asociacija: words of bodies' names)
        and (
            (
                window[qi].text[:1].islower()
                and bool(CYRILLIC.search(window[qi].text)) != bool(CYRILLIC.search(tokens[ei].text))
                and most_common_in(window[qi].text)[0] > 0
            )
            or _common_noun(window[qi].text)
        )
        for qi, (ei, _, rule, _) in scored.used.items()
    )


def _common_noun(word: str) -> bool:
    """Is the word most frequent in a language that capitalizes nouns, at `_COMMON_NOUN_ZIPF` or more?"""
    frequency, language = most_common_in(word)
    return language in CAPITALIZED_NOUNS and frequency >= _COMMON_NOUN_ZIPF


#: how frequent a capitalized word must be in German to be read as its common noun (Priester 4.3)
_COMMON_NOUN_ZIPF = 3.5


def _common_word_by_shared_key(window: list[QueryToken], ranked: list[Scored], match: Match) -> bool:
    """Is a lower-case word of the window read as a name's word in another language only by a key it shares with
    one of that word's forms, spelled as none of them, and a frequent common word of English above all (line, keyed
    as the Estonian linna, city: the third line of the Minsk Metro is no Minsk city)?"""
    if (scored := _scored_name(ranked, match)) is None:
        return False
    return any(
        TRANSLATED_RULE in rule
        and window[qi].text[:1].islower()
        and not _spelled_as_a_form(window[qi].text)
        and _frequent_in_english(window[qi].text)
        for qi, (_, _, rule, _) in scored.used.items()
    )


def _spelled_as_a_form(word: str) -> bool:
    """Is the word spelled as a form of organisation words, alone or with an ending, or, however short, letter for
    letter (tax)?"""
    words = name_words()
    return bool(words.spelled(word)) or words.spells(word, words.classes(word))


def _frequent_in_english(word: str) -> bool:
    """Is the word a common word of English above all others, at `_FREQUENT_WORD` or more?"""
    frequency, language = most_common_in(word)
    return language == _ENGLISH and frequency >= _FREQUENT_WORD


#: the Zipf frequency from which a common word is read as itself rather than as another language's word by key, in
#: English, whose forms the org_words table lists in full (in the other languages a form may be missing: alueen)
_FREQUENT_WORD = 4.5
#: the language code of English, the one whose forms the org_words table lists in full
_ENGLISH = "en"


def _given_name_goes_on(
    engine: Engine,
    view: str,
    tokens: list[Token],
    prepared: list[QueryToken],
    joined: list[bool],
    start: int,
    end: int,
    match: Match,
) -> bool:
    """Is a person's name read family name first (a word, then a given name) followed by a capitalized word that the
    given name names another person with, given name first, the order of running text (из Борисова Игорь Ледник:
    Ihar Lednik from Barysaw, not Ihar Barysau)? A patronymic after it keeps the official order (Лукашенко Александр
    Григорьевич)."""
    if match.entity.kind != "person" or end - start != 2 or end >= len(tokens) or not joined[end - 1]:
        return False
    given, following = prepared[end - 1], prepared[end]
    if not given.given_classes or given_names().classes(tokens[start].text, inflected=False) or following.patronymic:
        return False  # (a given name first is the order of running text already)
    if tokens[end].kind != "word" or not tokens[end].text[:1].isupper():
        return False
    surface = view[tokens[end - 1].start : tokens[end].end]
    other = engine.decide(surface, engine.rank(prepared[end - 1 : end + 1], lenient=False))[0]
    return other is not None and other.entity.kind == "person" and other.entity.id != match.entity.id


#: a location preposition and the capitalized word after it (u Minsku, in Minsk)
_LOCATED = regex.compile(r" (\p{Ll}+) (\p{Lu}\p{L}*)")


def place_id(engine: Engine, word: str) -> str | None:
    """The id of the bundled place the word alone names (a club's town, u Minsku), or None."""
    found = engine.match(word)
    return found.entity.id if found is not None and found.entity.kind == "place" else None


#: the word right before a token, one space before it
_WORD_RIGHT_BEFORE = regex.compile(r"(\p{L}+)[ \u00a0]$")


def _home_after_in(engine: Engine, view: str, tokens: list[Token], start: int, match: Match) -> bool:
    """Is token ``start`` Belarus's own name in the Cyrillic locative right after a location preposition (в
    Білорусі, у Беларусі), and the body's matched name opens with no such word? It says where what follows is; a
    body's name opens with the country's adjective or genitive instead, unless the country's name is its first word
    (на Беларуси 1, the TV channel). (Latin letters leave the case unclear: Croatian na Bjeloruskom državnom
    sveučilištu.)"""
    before = _WORD_RIGHT_BEFORE.search(view, max(0, tokens[start].start - _PREPOSITION_REACH), tokens[start].start)
    word = tokens[start].text
    if before is None or not is_location_preposition(before.group(1)) or not in_cyrillic_locative(word):
        return False
    home = engine.match(HOME_NAME)
    found = engine.match(word)
    if found is None or home is None or found.entity.id != home.entity.id:
        return False
    first = engine.match(match.matched_name.split()[0])
    return first is None or first.entity.id != home.entity.id


#: the endings of a Cyrillic noun's locative after в, у, на (Львівщині, России, Киеве, Расіі); a goal's accusative
#: ends otherwise (на Львівщину, в Россию, в Киев)
_CYRILLIC_LOCATIVE_ENDINGS = ("і", "и", "е", "ы")


def in_cyrillic_locative(word: str) -> bool:
    """Is the word Cyrillic with a locative's ending (`_CYRILLIC_LOCATIVE_ENDINGS`)?"""
    return CYRILLIC.search(word) is not None and word.endswith(_CYRILLIC_LOCATIVE_ENDINGS)


#: how many characters before a token its preposition may begin
_PREPOSITION_REACH = 8


def _located_in_belarus(engine: Engine, view: str, end: int) -> bool:
    """Does a location preposition and a Belarusian place follow the text's offset ``end`` (u Minsku)?"""
    where = _location_after(view, end)
    return where is not None and place_id(engine, where) is not None


def _location_after(view: str, end: int) -> str | None:
    """The capitalized word after a location preposition right after the text's offset ``end`` (u Minsku: Minsku)."""
    located = _LOCATED.match(view, end)
    return located.group(2) if located is not None and is_location_preposition(located.group(1)) else None


def _body_in_belarus(engine: Engine, surface: str, window: list[QueryToken]) -> Match | None:
    """The Belarusian body a generic name names when the text locates it in Belarus (Nacionalni umjetnički muzej u
    Minsku): the name read with the country that the body's registered name ends with, which a text in another
    language leaves out only when it says where the body is."""
    ranked = engine.rank([*window, engine.token(HOME_NAME, "word")], lenient=False)
    match, _ = engine.decide(surface, ranked)
    return match if match is not None and match.entity.kind == "org" else None


#: the most words a country's name in a body's name takes (Valko-Venäjän, Wit-Rusland: two, joined by a hyphen)
_COUNTRY_WORDS = 2


def _body_of_home(
    engine: Engine, view: str, tokens: list[Token], prepared: list[QueryToken], start: int, end: int
) -> list[QueryToken] | None:
    """The words of a window but the country's name that begins or ends it, when that is the home country in a form
    no registered name holds (Finnish Valko-Venäjän sisäministeriö, Danish Hvideruslands udenrigsministerium, Dutch
    Ministerie van Binnenlandse Zaken van Wit-Rusland), or its hyphenated adjective (Wit-Russische
    Staatsmuziekacademie): `_body_in_belarus` reads the rest with the registered form."""
    for words in range(1, _COUNTRY_WORDS + 1):
        if end - start <= words:
            break
        first, last = tokens[start : start + words], tokens[end - words : end]
        if _one_name(first) and _names_home(engine, view[first[0].start : first[-1].end], words):
            return prepared[start + words : end]
        if _one_name(last) and _names_home(engine, view[last[0].start : last[-1].end], words):
            return prepared[start : end - words]
    return None


def _names_home(engine: Engine, text: str, words: int) -> bool:
    """Do the words name the home country, or, joined by hyphens, its adjective (Dutch Wit-Russische, which no
    single token of it spells)?"""
    if engine.names_home(text):
        return True
    return words > 1 and is_belarusian_word(text)


def _one_name(run: list[Token]) -> bool:
    """Are the tokens one capitalized word, or words joined by hyphens (Valko-Venäjän)?"""
    return run[0].text[:1].isupper() and all(t.hyphenated for t in run[1:])


def _body_before_location(
    engine: Engine, view: str, tokens: list[Token], prepared: list[QueryToken], start: int, end: int, match: Match
) -> bool:
    """Does a location preposition that the matched name does not hold split the window into a name that is
    another entity's and the town it is in (Naftan in Nowopolozk: the refinery in the town, not the club Naftan
    Novopolotsk)? Not when the words before it name nothing alone (Penal colony No. 3 in Vitsba)."""
    held = set(match.matched_name.lower().split())
    for k in range(start + 1, end - 1):
        if is_location_preposition(tokens[k].text) and tokens[k].text.lower() not in held:
            surface = view[tokens[start].start : tokens[k - 1].end]
            before = engine.decide(surface, engine.rank(prepared[start:k], lenient=False))[0]
            return before is not None and before.entity.id != match.entity.id
    return False


#: the kinds of entity whose notes may name a sport: clubs, and the people who play it
_PLAYERS = frozenset({"org", "person"})


def _plays_the_sport(match: Match, sport: Callable[[], str | None] | None) -> bool:
    """Does the text speak of one sport (`text_sport`), the one the matched person's note says they play?"""
    played = sport() if sport is not None else None
    return played is not None and played in plays(str(match.entity.attributes.get("note", "")))


def _same_kind(engine: Engine, ranked: list[Scored]) -> bool:
    """Are the two best candidates entities of one kind (two clubs, two namesakes), not a body and a place that
    only a reading makes alike?"""
    kinds = engine.index.kinds
    return len(ranked) > 1 and kinds[ranked[0].name.entity] == kinds[ranked[1].name.entity]


def kept_in_lower_case(
    engine: Engine, word: str, gap: str, before: list[Token], after: str, *, language: str | None = None
) -> bool:
    """The lower-case words a name may hold: a unit word (раёне, region, obwodzie) or a word for a court read
    letter for letter (Latvian tiesa); the first part of a web
    domain (belta.by); the first word of a name registered in lower case (суд, centrale); right after a word of a
    name, an adjective after a lower-case unit word (obwodzie brzeskim), the part of a domain after its dot
    (Tut.by), a function word (Association of Journalists) and a word of some registered name (Таварыства
    беларускай мовы), also with a case ending ``language`` glues to it (Minskin yliopistossa), and after a name only
    ``language``'s reading finds, unless its ending says where (Tsihanouskajan toimisto; not Mozirban olajfinomító);
    and past a function word right after a word of a name, a word of organisation names spelled as listed (Camera
    dei rappresentanti, Consiglio di coordinamento). ``before`` holds the tokens kept before the word."""
    previous = before[-1] if before else None
    if is_article(word) and not (previous is not None and previous.kind == "word" and is_function_word(previous.text)):
        return False  # an article only after "for" or "of" (per le, de la), not Romanian "at" (Filaret la Minsk)
    if previous is not None and is_function_word(previous.text) and is_compass_word(word, after_location=True):
        return False  # a point of the compass after "in, from" (Romanian din sud-vestul: south-west, not a Slavic sud)
    if _kept_for_itself(word) or _starts_domain(after):
        return True
    if _town_adjective_before_unit(engine, word, after, language) or _town_adjective_before_site(engine, word, after, language):
        return True  # a town's lower-case adjective before a unit word (Hungarian lidai járásban, Czech brestský okres)
    if after[:1] == " " and _opens_in_lower_case(engine, word, after):
        return True
    if _faith_before_church(word, after):
        return True  # (die römisch-katholische Kirche in Belarus, den romersk-katolske kirken i Hviterussland)
    if language in _TOWN_ADJECTIVE_BEFORE_NAMES and _town_adjective_before_name(engine, word, after):
        return True  # (a minszki Leninszkij kerületi bíróság: the court of Minsk's Leninski district)
    if previous is not None and _site_after_town_adjective(previous.text, word):
        return True  # (sklovi büntetőtelepen: the town's prison, whose adjective was kept before it)
    if language in _LOWER_CASE_BODIES and after[:1] == " " and _belarusian_before_lower_case_body(word, after):
        return True  # (ved Det hviterussiske statsuniversitet: the body's name begins at the adjective)
    if language in _LOWER_CASE_MINISTRIES and len(word) >= MIN_ORG_COMPOUND and _glued_body(word):
        return True  # (I Minsk kallade inrikesministeriet …: a ministry, whose country the text may tell)
    if language in _LOWER_CASE_BODIES and after[:1] == " " and _lower_case_state_body(word, after):
        return True  # (den nationella olympiska kommittén: a state body, whose country the text may tell)
    if language in _LOWER_CASE_MINISTRY_PHRASES and _lower_case_ministry_phrase(word, after):
        return True  # (ismerte el az egészségügyi minisztérium: a ministry, whose country the text may tell)
    if previous is not None and is_possessive_join(gap, previous.text):
        gap = " "  # a possessive name's word (Tsikhanouskaya's office) continues it as a word after a space does
    if previous is None or len(gap) > 2 or gap.strip(" -."):
        return False
    if previous.text[:1].islower() and is_unit_word(previous.text):
        # (an adjective after the unit word, obwodzie brzeskim; a court's word after the region's, which at a
        # sentence's end no word after it makes open a name: Brestin alueen tuomioistuimessa.)
        # (a function word after a unit word that names the unit after it, la région de Gomel, het Leninski-district
        # in Brest; not "in" after a region's word, for no region lies in a town: Slovene so oblasti v Minsku, the
        # authorities in Minsk)
        return (
            is_adjective(word)
            or _kind_word(word)
            or (
                is_unit_before_name(previous.text)
                and is_function_word(word)
                and not (is_in_preposition(word) and _region_word(previous.text))
            )
        )
    if previous.kind == "word" and is_function_word(previous.text) and is_function_word(word):
        return True  # a name's second function word after one it kept (Economic Court of the Grodno Region)
    if (
        previous.text[:1].islower()
        and is_function_word(previous.text)
        and len(word) >= MIN_LOWER_CASE_WORD
        and (
            (name_words().spelled(word) and _name_word_before(before))
            # (a registered name's own words on both sides of "and": університет інфарматыкі і радыёэлектронікі)
            or (is_conjunction(previous.text) and _registered_pair(engine, before, word))
        )
    ):
        return True
    if previous.kind != "word" or not (
        engine.token(previous.text, "word").known
        # a name with the case ending the text's language glues to it (Tsihanouskajan | toimisto), but not one that
        # says where (Mozirban olajfinomító: the refinery in Mozyr)
        or (
            language is not None
            and previous.text[:1].isupper()
            and not locative_ending(previous.text, language)
            and engine.token_in(previous.text, "word", language).known
        )
        or org_compound(previous.text)  # (nationalbibliotek)
        or _unit_suffix(previous.text)  # (Minskregionens)
    ):
        return False  # only a word of some registered name (or a compound of two) continues into lower case
    if gap == "." or is_function_word(word):
        return True
    if len(word) < MIN_LOWER_CASE_WORD:
        return word in engine.inner_lowercase  # not Minsk să (Sea), but Ministerstva pa nadzvyčajnych situacyjach
    # a word of a name with the case ending the text's language glues to foreign words (Finnish yliopistossa)
    if engine.token(word, "word").known or (language is not None and engine.token_in(word, "word", language).known):
        return True
    return org_compound(word) is not None  # two words of a name glued (Belarus nationalbibliotek)


#: a possessive between two words of one name, which the name's token does not hold (Belarus's Ministry of Energy,
#: Tsikhanouskaya's office)
_POSSESSIVE_JOINS = frozenset(a + "s " for a in "'’ʼ")
#: the possessive of a word that ends in s, the apostrophe alone (Belarus' højesteret)
_BARE_POSSESSIVE_JOINS = frozenset(a + " " for a in "'’ʼ")


def is_possessive_join(gap: str, word: str) -> bool:
    """Is ``gap`` after ``word`` a possessive, which joins two words of one name as a space does (Belarus's Ministry
    of Energy; after a final s the apostrophe alone: Belarus' højesteret, not a closing quote: 'Minsk' Ivan)?"""
    return gap in _POSSESSIVE_JOINS or (gap in _BARE_POSSESSIVE_JOINS and word[-1:].casefold() == "s")


#: how many lower-case function words may stand between two words of a body's name (per i, for the)
MAX_FUNCTION_RUN = 2


def _registered_pair(engine: Engine, before: list[Token], word: str) -> bool:
    """Do the word and the lower-case word right before the conjunction that ends ``before`` both hold the key of a
    word of some registered name, one space apart?"""
    if len(before) < 2 or before[-2].kind != "word" or before[-1].start - before[-2].end != 1:
        return False
    earlier = before[-2].text
    return earlier[:1].islower() and engine.token(earlier, "word").known and engine.token(word, "word").known


def _name_word_before(before: list[Token]) -> bool:
    """Is the token before the last function words a word of organisation names spelled as listed, one space
    before them (Camera | dei, Comitato statale | di, Comitato statale | per i)?"""
    k = len(before) - 1
    while k > 0 and len(before) - k <= MAX_FUNCTION_RUN and before[k].start - before[k - 1].end == 1:
        earlier = before[k - 1]
        if earlier.kind != "word":
            return False
        if not (earlier.text.islower() and is_function_word(earlier.text)):
            return bool(name_words().spelled(earlier.text))
        k -= 1
    return False


def split_glued(engine: Engine, tokens: list[Token]) -> list[Token]:
    """Words that scraped pages glue together (a menu word and a headline: PoliticsCichanoŭskaja) are split at
    the change from a lower-case to an upper-case letter, when the word after it is a word of some name and the
    glued whole is none; БелТА and ГУБОПиК, whose capitals follow no lower-case word of their own, stay whole."""
    out: list[Token] = []
    for token in tokens:
        glued = _GLUED.fullmatch(token.text) if token.kind == "word" else None
        if glued is None or engine.token(token.text, "word").known or not engine.token(glued.group(2), "word").known:
            out.append(token)
            continue
        cut = token.start + glued.end(1)
        out.append(Token(glued.group(1), token.start, cut, "word", token.hyphenated))
        out.append(Token(glued.group(2), cut, token.end, "word", False))
    return out


def split_compounds(engine: Engine, tokens: list[Token], language: str | None = None) -> list[Token]:
    """A capitalized word that glues a unit word, a site's word or a water's to a place's name, as Scandinavian languages
    write them (Minskregionen, Sjumilinadistriktet, Brestfästningen, Narotjsjön), is split into the name and the unit word, when the name is a word of
    some registered name and the whole is none: the two then read as the place with its unit (Minsk regionen).
    So is a word that glues two words of organisation names (nationalbibliotek, tutkintakomitea:
    `split_org_compounds`), as the index also reads registered names."""
    out: list[Token] = []
    for token in tokens:
        cut = _unit_suffix(token.text) if token.kind == "word" and token.text[:1].isupper() else 0
        if cut and not engine.token(token.text, "word").known and _known_name_word(engine, token.text[:cut], language):
            out.append(Token(token.text[:cut], token.start, token.start + cut, "word", token.hyphenated))
            out.append(Token(token.text[cut:], token.start + cut, token.end, "word", False))
            continue
        out.append(token)
    return split_org_compounds(out)


def _known_name_word(engine: Engine, word: str, language: str | None) -> bool:
    """Is the word one of some registered name, as written or as the press of the text's ``language`` writes
    foreign names (the German Narotsch of Narotschsee)?"""
    return engine.token(word, "word").known or (language is not None and engine.token_in(word, "word", language).known)


@functools.lru_cache(maxsize=1 << 14)
def _unit_suffix(word: str) -> int:
    """Where a unit word, or a word for a site a town names (Brestfästningen, Mirslottet), that ends the word begins
    (the longest one, after a name of three letters at least), or 0."""
    low = word.lower()
    for cut in range(max(MIN_COMPOUND_NAME, len(low) - LONGEST_UNIT_WORD), len(low) - 1):
        tail = low[cut:]
        if is_unit_word(tail) or (len(tail) >= MIN_SITE_SUFFIX and tail in org_word_forms(*SITE_ROWS)):
            return cut
        if len(tail) >= MIN_WATER_SUFFIX and (tail in org_word_forms(*WATER_ROWS) or place_word_kind(tail) in WATER_KINDS):
            return cut
    return 0


#: the org_words rows of the sites a town gives its name to, which Scandinavian languages glue to it
#: (Brestfästningen); the shortest such word read off a compound's end
SITE_ROWS = ("castle", "fortress")
MIN_SITE_SUFFIX = 5
#: the org_words rows, and the kinds of the place words (`place_word_kind`, read letter for letter), of the waters
#: whose word German, Dutch, Scandinavian and Finnish glue to the water's name or its town's (Narotschsee,
#: Narotjsjön, Lukomlsjøen, Narotšjärvi, Braslavsjöarna, Minskhavet, Vilejkareservoaren, Berezinafloden); the
#: shortest such word read off a compound's end (see, älv)
WATER_ROWS = ("lake", "reservoir", "sea")
WATER_KINDS = frozenset({"lake", "river"})
MIN_WATER_SUFFIX = 3


def _starts_domain(after: str) -> bool:
    """Do the characters after a word continue a web domain (belta.by, nn.by)?"""
    return len(after) >= 2 and after[0] == "." and after[1].isalpha()


#: rows of data/names/org_words.tsv (by their first English form) for the sites whose name the press writes with
#: the word for their kind first, in lower case, and "of" before the place (la forteresse de Brest, le métro de
#: Minsk, i laghi di Braslau, the castle of Mir, il carcere di Grodno); a castle or colony "in" a town is a building
#: there, and the town is named; the rows of the words that may qualify a colony before "of" (colonie pour femmes de
#: Gomel, colonia penale femminile di Gomel)
_SITE_ROWS = ("fortress", "castle", "palace", "reserve", "park", "lake", "colony", "prison", "metro")
_SITE_QUALIFIER_ROWS = ("women", "penal", "radiation", "state", "national")
#: the rows of a site the press names by its town after "of" or "in" alike (nuklearna elektrana u Astravecu, centrala
#: nucleară de la Ostroveț, atomkraftverket i Astravets): the one nuclear plant
_TOWN_SITE_ROWS = ("nuclear", "power")
_IN_AFTER = regex.compile(r"((?: \p{Ll}+){0,2}?) (?:u|v|w|in|i|în|à|en|в|у|ў|ve|vo) \p{Lu}")
_OF_AFTER = regex.compile(rf"((?: (?:\p{{Ll}}+|d{APOSTROPHE}\p{{Lu}}\p{{Ll}}+)){{0,2}}?) (?:of|de|di|del|della|du|da|do|van|von) ")


#: rows of data/names/org_words.tsv (by their first English form) for the kinds of body that running text writes in
#: lower case before the body's name (судья суда Ленинского района …, бойцы полка Калиновского)
_LOWER_CASE_KINDS = ("court", "regiment")
#: rows of kinds of body that Romance and Slavic press also write in lower case before the name (le ministère de
#: l'Intérieur, ministero della Cultura, na ministerstve; l'arcidiocesi di Minsk-Mahilëŭ), taken only when spelled as
#: listed: the title (ministrom, ministre) shares the word's key
_SPELLED_LOWER_CASE_KINDS = ("ministry", "archdiocese")


@functools.cache
def _kind_beginnings() -> frozenset[str]:
    """The first three letters of the forms of `_LOWER_CASE_KINDS`, in Latin letters without marks (суд: sud; палка,
    pałka: pal): a word that begins otherwise is none."""
    rows = org_word_rows(*_LOWER_CASE_KINDS, *_SPELLED_LOWER_CASE_KINDS)
    return frozenset(unidecode(f.lower())[:3] for c in rows for f in c.forms)


@functools.lru_cache(maxsize=1 << 14)
def _kind_word(word: str) -> bool:
    """Is the word the word for a court or a regiment in any language and case (суда, soudu, полка), or for a
    ministry as listed (ministère, ministero), which running text writes in lower case before the body's name?"""
    if unidecode(word[:3].lower())[:3] not in _kind_beginnings():
        return False
    words = name_words()
    spelled = words.spelled(word) & org_word_classes(*_SPELLED_LOWER_CASE_KINDS)
    return bool(spelled) or not words.classes(word).isdisjoint(org_word_classes(*_LOWER_CASE_KINDS))


#: languages whose press writes the names of bodies in lower case, from the country's adjective on (Norwegian det
#: hviterussiske statsuniversitetet, Hungarian a fehérorosz külügyminisztérium); elsewhere such words describe a body
#: (Polish białoruski parlament na uchodźstwie: the Coordination Council)
_LOWER_CASE_BODIES = frozenset({"da", "sv", "nb", "hu"})
#: the languages that write a ministry as one lower-case compound (inrikesministeriet, utdanningsministeriet,
#: tervishoiuministeerium, sisäministeriö), and other state bodies so (säkerhetsrådet, tutkintakomitea)
_LOWER_CASE_MINISTRIES = frozenset({"da", "sv", "nb", "et", "fi"})
#: the org_words rows of the state bodies besides ministries that those languages glue to their field's word
#: (säkerhets|rådet, tutkinta|komitea, presidentadministrasjonen), when both parts are words of bodies' names
_GLUED_BODY_ROWS = ("council", "committee", "commission", "administration")


def _glued_body(word: str) -> bool:
    """Is the lower-case word a ministry's compound (inrikesministeriet), or a compound of two words of bodies' names
    that ends with the word for a council, committee, commission or administration (säkerhetsrådet,
    turvallisuusneuvoston; not a ministry's or council's word glued to a common word: kommunfullmäktige)?"""
    return ends_with_org_word(word, ("ministry",)) or _compound_ending_in(word, org_word_forms(*_GLUED_BODY_ROWS))


def _compound_ending_in(word: str, forms: frozenset[str]) -> bool:
    """Is the word a compound of two words of bodies' names (`org_compound`) whose last part is one of ``forms``?"""
    split = org_compound(word)
    return split is not None and word[split[1] :].casefold() in forms


#: the languages that write a ministry in lower case as its field's word and the word for ministry (egészségügyi
#: minisztérium, rendkívüli helyzetek minisztériuma, the health ministry)
_LOWER_CASE_MINISTRY_PHRASES = frozenset({"hu", "en"})


def _lower_case_ministry_phrase(word: str, after: str) -> bool:
    """Is the word the word for a ministry in any case, or one of up to `_FIELD_WORDS` words of organisation names
    spelled as listed right before it (`tokenize` asks left to right: a field's word sees the words after it)?"""
    ministries = org_word_forms("ministry")
    if word.casefold() in ministries:
        return True
    following = _NEXT_WORDS.match(after)
    fields = following.captures(1) if following is not None else []
    ministry = next((k for k, field in enumerate(fields) if field in ministries), None)
    if ministry is None:
        return False  # (asked of every lower-case word: the ministry's word is looked for first)
    words = name_words()
    return all(words.spelled(w) for w in (word, *fields[:ministry]))


#: the org_words rows of the head word of a state body's name that the languages of `_LOWER_CASE_BODIES` write in
#: lower case after a qualifier (`STATE_QUALIFIER_ROWS`: den nationella olympiska kommittén)
_STATE_HEAD_ROWS = ("committee", "council", "commission", "administration", "assembly", "court", "bank", "academy")


def _lower_case_state_body(word: str, after: str) -> bool:
    """Is the word a qualifier (`STATE_QUALIFIER_ROWS`) spelled as listed, followed, within `_FIELD_WORDS` lower-case
    words of bodies' names, by a state body's word or a compound ending with one (nationella olympiska kommittén,
    sentrale valgkommisjonen)? `tokenize` asks left to right: the qualifier sees the rest."""
    words = name_words()
    if words.spelled(word).isdisjoint(org_word_classes(*STATE_QUALIFIER_ROWS)):
        return False
    following = _NEXT_WORDS.match(after)
    heads = org_word_forms(*_STATE_HEAD_ROWS)
    for field in following.captures(1) if following is not None else []:
        if field.casefold() in heads or _compound_ending_in(field, heads):
            return True
        if not words.spelled(field):
            return False
    return False


#: the words after a field's word of a lower-case ministry's name (helyzetek minisztériuma): at most `_FIELD_WORDS`
_FIELD_WORDS = 2
_NEXT_WORDS = regex.compile(r"(?: (\p{Ll}+)){1,%d}" % _FIELD_WORDS)


def _belarusian_before_lower_case_body(word: str, after: str) -> bool:
    """`_belarusian_before` for a lower-case word and the characters after it, as `tokenize` shows them (ved Det
    hviterussiske statsuniversitet). The next word is read first: this is asked of every lower-case word."""
    following = _NEXT_WORD.match(after)
    return following is not None and _belarusian_before(word, following.group(1))


def _belarusian_before_body(tokens: list[Token], start: int) -> bool:
    """`_belarusian_before` for the token at ``start`` and the next one (den hviderussisk-ortodokse kirke)."""
    return start + 1 < len(tokens) and _belarusian_before(tokens[start].text, tokens[start + 1].text)


def _belarusian_before(word: str, following: str) -> bool:
    """Is the word the adjective of Belarus before a lower-case word of organisation names spelled as listed, or a
    compound of them, as the Scandinavian press writes a body's name (hviterussiske statsuniversitet; not das
    belarussische Außenministerium, whose name begins at its capital)?"""
    if not following[:1].islower() or not (name_words().spelled(following) or org_compound(following)):
        return False
    return is_belarusian_word(word)


def _glued_to_ministry(view: str, tokens: list[Token], start: int) -> bool:
    """Is token ``start`` the first part of a lower-case compound whose last part is a ministry's word (inrikes|
    ministeriet, tervishoiu|ministeerium), which the languages of `_LOWER_CASE_MINISTRIES` write for a ministry, or
    a lower-case word before a lower-case ministry's word (interior ministry)?"""
    if start + 1 >= len(tokens):
        return False
    ministry = tokens[start + 1].text
    # (a linking s left out: utdannings|ministeriet; or two lower-case words: interior ministry, kulturális
    # minisztérium; not the adjective of a capitalized one, das belarussische Ministerium)
    gap = view[tokens[start].end : tokens[start + 1].start]
    if gap in ("", "s") and (
        ministry.casefold() in org_word_forms("ministry") or _glued_body(tokens[start].text + gap + ministry)
    ):
        return True  # (säkerhets|rådet: another state body's compound, split, too)
    # (or up to `_FIELD_WORDS` lower-case words before it: rendkívüli helyzetek minisztériuma)
    for k in range(start + 1, min(start + 1 + _FIELD_WORDS, len(tokens))):
        word = tokens[k].text
        if view[tokens[k - 1].end : tokens[k].start] != " " or not word.islower():
            return False
        if word.casefold() in org_word_forms("ministry"):
            return True
    return False


def _opens_in_lower_case(engine: Engine, word: str, after: str) -> bool:
    """May a lower-case word open a name: the first word of a name registered in lower case (суд Ленінскага раёна
    Мінска), the word for a court or a regiment in any case (судья суда …, полка …), a site's kind with "of" after it
    (la forteresse de Brest), or a penal colony's word before its number (калонію № 17)? ``after``: the characters
    after the word."""
    return (
        word.casefold() in engine.lowercase_openers
        or _kind_word(word)
        or _site_of(word, after)
        or _numbered_colony(word, after)
        or _office_of_someone(word, after)
    )


def _faith_before_church(word: str, after: str) -> bool:
    """Is the word a lower-case adjective of a faith (römisch, katholische, romersk-katolske, pravoslavná) before a
    word for a church or another such adjective, past a space or a hyphen? The press of most languages writes a
    church's name so, its first capital, if any, on the church's word."""
    following = _FAITH_NEXT.match(after)
    if following is None or not _faith_word(word):
        return False
    nxt = following.group(1)
    return _faith_word(nxt) or not name_words().classes(nxt).isdisjoint(org_word_classes("church"))


def _church_in_belarus(view: str, tokens: list[Token], start: int) -> bool:
    """Does token ``start`` open, in lower case, a church's name that names Belarus within its next words (die
    römisch-katholische Kirche in Belarus)? Without the country it is a church or a building of the faith anywhere
    (posvetil novo pravoslavno cerkev v Vitebsku: a new church), nor after an indefinite article (an orthodox church in
    Belarus)."""
    end = tokens[start].end
    if not _faith_before_church(tokens[start].text, view[end : end + KEEP_LOOKAHEAD]):
        return False
    previous = _WORDS_AHEAD.findall(view, max(0, tokens[start].start - _CHURCH_REACH), tokens[start].start)[-1:]
    if previous and is_indefinite_article(previous[0]):
        return False  # (an orthodox church in Belarus was set on fire: a building)
    return any(is_belarusian_word(w) for w in _WORDS_AHEAD.findall(view, end, end + _CHURCH_REACH)[:_CHURCH_WORDS])


#: how far a church's name that opens in lower case may reach for the country: characters and words
_CHURCH_REACH = 64
_CHURCH_WORDS = 5
_WORDS_AHEAD = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=1 << 14)
def _faith_word(word: str) -> bool:
    """Is the word, or each part of a hyphenated one, an adjective of a faith (`_FAITH_ROWS`)? Remembered: most
    lower-case words are asked."""
    faiths = org_word_classes(*_FAITH_ROWS)
    return all(not name_words().classes(part).isdisjoint(faiths) for part in word.split("-") if part)


#: the org_words rows of the adjectives of a faith that open a church's name in lower case
_FAITH_ROWS = ("roman", "catholic", "orthodox")
#: the next word after a space or a hyphen
_FAITH_NEXT = regex.compile(r"[ -](\p{L}[\p{L}-]*)")


def _office_of_someone(word: str, after: str) -> bool:
    """Is the word one for an office in any case, with a capitalized name after it, past "of" where the language
    says so (в офисе Светланы Тихановской, w biurze Cichanouskiej, le bureau de Svetlana Tikhanovskaïa): the
    press writes the office of a person in lower case before the person's name."""
    following = _NAME_AFTER_OF.match(after)
    if following is None or not following.group(2).isupper():
        return False
    return (following.group(1) is None or is_function_word(following.group(1))) and _office_word(word)


#: a space, perhaps a short lower-case word ("of": de, di, do, van) and a space, and the first letter of a word
_NAME_AFTER_OF = re.compile(r" (?:([^\W\d_]{1,3}) )?([^\W\d_])")


@functools.lru_cache(maxsize=1 << 14)
def _office_word(word: str) -> bool:
    """Is the word one for an office in any case (офисе, biurze)? Remembered: most lower-case words are asked."""
    return not name_words().classes(word).isdisjoint(org_word_classes("office"))


#: a number after a word for a penal colony, past one lower-case word and the sign or abbreviation of "number" (№ 17,
#: karnej nr 1, č. 9, pénitentiaire n° 9, n.º 11, št. 22, br. 11, and the English and Italian No. 9, n. 9): the colony
#: of that number; a colony "in" a town is a building there, and the town is named
_COLONY_NUMBER = re.compile(rf" (?:[^\W\d_]+ )?(?:(?:{number_sign()}|n\.|[Nn]o\.?) ?)?\d")  # (asked of every lower-case word: re is quicker)


def _numbered_colony(word: str, after: str) -> bool:
    """Is the word one for a penal colony or a prison in any case (калонію, kolonii, colonia, тюрьму, věznici), with its
    number after it? Read by its keys, not as `_kind_word` reads a court's word, by its first letters too: a colony's
    forms are not listed in every spelling (Łacinka kałoniju)."""
    return bool(_COLONY_NUMBER.match(after)) and not name_words().classes(word).isdisjoint(
        org_word_classes("colony", "prison")
    )


def _region_word(word: str) -> bool:
    """Is the word one for a region (oblast, région, вобласць: the org_words row region), any case form?"""
    return not name_words().classes(word).isdisjoint(org_word_classes("region"))


@functools.lru_cache(maxsize=1 << 16)
def _kept_for_itself(word: str) -> bool:
    """Is a lower-case word kept wherever it stands: a unit word (раёне) or a court word read letter for letter
    (Latvian tiesa)? Asked of every lower-case word of a text, so remembered."""
    return is_unit_word(word) or is_exact_court_word(word)


def _site_of(word: str, after: str) -> bool:
    """Is the word a form of a site's kind (`_SITE_ROWS`) in any language of the press, with "of" after it, past
    words that qualify the site (`_SITE_QUALIFIER_ROWS`) and the function words between them? A nuclear plant's word
    (`_TOWN_SITE_ROWS`) may have "in" after it too."""
    site, town_site = _site_word(word)
    if not (site or town_site):
        return False
    of = _OF_AFTER.match(after) or (_IN_AFTER.match(after) if town_site else None)
    if of is None:
        return False
    qualifiers = org_word_classes(*_SITE_QUALIFIER_ROWS, *_TOWN_SITE_ROWS)
    # (an elided "of" before a qualifier's capitalized word: la réserve radioécologique d'État de Polésie)
    words = (_ELIDED_OF.sub("", w) for w in of.group(1).split())
    return all(is_function_word(w) or not name_words().classes(w, inflected=False).isdisjoint(qualifiers) for w in words)


@functools.lru_cache(maxsize=1 << 14)
def _site_word(word: str) -> tuple[bool, bool]:
    """Is the word one for a site's kind (`_SITE_ROWS`), and one for a site its town names after "in" too
    (`_TOWN_SITE_ROWS`)? Remembered: every lower-case word is asked."""
    classes = name_words().classes(word, inflected=False)
    return not classes.isdisjoint(org_word_classes(*_SITE_ROWS)), not classes.isdisjoint(org_word_classes(*_TOWN_SITE_ROWS))


#: the French "of" elided before a word (d'État, its apostrophe as the view writes it)
_ELIDED_OF = regex.compile(rf"^d{APOSTROPHE}")
#: the word after a lower-case word, in the characters `tokenize` shows (`KEEP_LOOKAHEAD`)
_NEXT_WORD = regex.compile(r" (\p{L}+)")


def _town_adjective_before_name(engine: Engine, word: str, after: str) -> bool:
    """Is a lower-case word before a capitalized one a town's Hungarian adjective in -i (minszki, vityebszki
    before Leninszkij kerületi bíróság), which Hungarian writes before the name of a body or site of the town, as
    other languages write the town after it?"""
    if after[:1] != " " or not after[1:2].isupper() or not _hungarian_adjective_form(word):
        return False
    if (capitalized := _capitalized_if_named(engine, word)) is None:
        return False
    found = engine.match(capitalized)
    return found is not None and _town_itself(found)


def _opens_with_town_adjective(engine: Engine, view: str, tokens: list[Token], start: int) -> bool:
    """Is token ``start`` a town's Hungarian adjective before a capitalized word (`_town_adjective_before_name`)?"""
    if start + 1 >= len(tokens):
        return False
    gap = view[tokens[start].end : tokens[start + 1].start]
    return _town_adjective_before_name(engine, tokens[start].text, gap + tokens[start + 1].text)


def _town_itself(match: Match) -> bool:
    """Is the match a settlement (by its note), not a body or site of one?"""
    return match.entity.kind == "place" and settlement_rank(_note(match.entity)) is not None


#: the letters a town's Hungarian adjective in -i has at least (miri: Mir's)
_SHORTEST_I_ADJECTIVE = 4


def _hungarian_adjective_form(word: str) -> bool:
    """Is a Latin word in lower case, ending as a Hungarian adjective of a place does, in -i, and as no other
    language's adjective (`is_adjective`)?"""
    return (
        len(word) >= _SHORTEST_I_ADJECTIVE
        and word[:1].islower()
        and word.endswith("i")
        and LATIN.search(word) is not None
        and not is_adjective(word)
    )


#: the languages that write a town's adjective in lower case before the name of the town's body or site
_TOWN_ADJECTIVE_BEFORE_NAMES = frozenset({"hu"})


def _town_adjective_before_unit(engine: Engine, word: str, after: str, language: str | None = None) -> bool:
    """Is a lower-case Latin word before a unit word or a body's word for its level the adjective of a town
    (Hungarian lidai, pinszki before járásban, gomeli before városi, Czech brestský before okres, Slovene
    mstislavskem before okraju): its capitalized form names a settlement, or names a district with the unit word?
    Not a common word of the text's ``language`` (Danish den gamle bydel: the old town, no Gomel)."""
    following = _NEXT_WORD.match(after)
    if following is None or not _level_word(following.group(1)) or not LATIN.search(word) or is_function_word(word):
        return False
    if language in languages() and zipf(word, language) >= _COMMON_ADJECTIVE_ZIPF:
        return False
    if (capitalized := _capitalized_if_named(engine, word)) is None:
        return False
    found = engine.match(capitalized)
    if found is not None and found.entity.kind == "place" and settlement_rank(_note(found.entity)) is not None:
        return True
    found = engine.match(f"{capitalized} {following.group(1)}")
    if found is not None and found.entity.id.startswith(tuple(UNIT_LEVELS)):
        return True
    return engine.district_of(capitalized) is not None  # (brzeski sąd: the word for a court names no unit)


#: how common a lower-case word of the text's language must be to be read as its own word, not a town's adjective
_COMMON_ADJECTIVE_ZIPF = 3.5


def _town_adjective_before_site(engine: Engine, word: str, after: str, language: str | None = None) -> bool:
    """Is a lower-case word before a word for a site a town names (a prison or colony, a nuclear plant, a castle:
    `_town_site_word`) the adjective of a town (гродненской тюрьмы, магілёўскую турму, новополоцькій колонії,
    Hungarian sklovi büntetőtelepen, asztraveci atomerőmű), which names the town's site as the registered names do
    (Гродненская тюрьма, Astravets nuclear power plant)? The town's name may be one only ``language`` reads (Sklov:
    Shklow)."""
    if after[1:3].casefold() not in _site_beginnings() or not town_adjective_form(word):
        return False  # (read for every lower-case word: the next word's first letters first)
    if (following := _SITE_AFTER.match(after)) is None:
        return False
    first, second = following.groups()
    if _town_site_word(first):
        words = [first]
    elif second is not None and _site_qualifier(first) and _town_site_word(second):
        words = [first, second]  # (гомельской женской колонии: a qualifier may stand between)
    else:
        return False
    if (capitalized := _capitalized_if_named(engine, word, language)) is None:
        return False
    town = engine.token(capitalized, "word")
    if language is not None and not town.known:
        town = engine.token_in(capitalized, "word", language)
    surface = " ".join([capitalized, *words])
    found, _ = engine.decide(surface, engine.rank([town, *(engine.token(w, "word") for w in words)], lenient=False))
    return found is not None and found.entity.kind != "person"


#: the words after a town's adjective: a site's word, or a qualifier and a site's word (женской колонии)
_SITE_AFTER = regex.compile(r" (\p{L}+)(?: (\p{L}+))?")


@functools.lru_cache(maxsize=1 << 12)
def _site_qualifier(word: str) -> bool:
    """Is the word one that qualifies a site between a town's adjective and the site's word (женской, women's,
    penal: `_SITE_QUALIFIER_ROWS`)?"""
    return not name_words().classes(word, inflected=False).isdisjoint(org_word_classes(*_SITE_QUALIFIER_ROWS))


def _site_next(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a site's word, or a qualifier before one (женской | колонии)?"""
    if _town_site_word(tokens[k].text):
        return True
    return _site_qualifier(tokens[k].text) and k + 1 < len(tokens) and _town_site_word(tokens[k + 1].text)


def _site_after_town_adjective(previous: str, word: str) -> bool:
    """Is the word one for a site a town names after a lower-case town's adjective (Hungarian sklovi
    büntetőtelepen)?"""
    return (
        previous[:1].islower()
        and word[:2].casefold() in _site_beginnings()
        and town_adjective_form(previous)
        and (_town_site_word(word) or _site_qualifier(word))
    )


def _town_site_word(word: str) -> bool:
    """Is the word one for a prison or colony (`is_prison_word`) or for another site a town names, as spelled
    (`_TOWN_ADJECTIVE_SITE_ROWS`)?"""
    return is_prison_word(word) or word.casefold() in org_word_forms(*_TOWN_ADJECTIVE_SITE_ROWS)


#: the org_words rows of the sites besides prisons that a town's adjective names (asztraveci atomerőmű, nyeszvizsi
#: kastély)
_TOWN_ADJECTIVE_SITE_ROWS = ("nuclear", "castle", "palace", "fortress")


@functools.cache
def _site_beginnings() -> frozenset[str]:
    """The first two letters of the words of `_town_site_word` and `_site_qualifier`."""
    return frozenset(f[:2] for f in org_word_forms(*_PRISON_ROWS, *_TOWN_ADJECTIVE_SITE_ROWS, *_SITE_QUALIFIER_ROWS))


def town_adjective_form(word: str) -> bool:
    """Does the word end as a town's adjective does: a Slavic or Baltic one (`is_adjective`), or the Hungarian -i
    glued to the town's name (mogiljovi, grodnói börtön), which Hungarian writes in lower case?"""
    return is_adjective(word) or _hungarian_adjective_form(word)


def _capitalized_if_named(engine: Engine, word: str, language: str | None = None) -> str | None:
    """The lower-case word capitalized, when some name holds it, also as ``language`` reads foreign names; else
    None: then neither a town nor its district or prison does (and the matcher's slow search for it is spared)."""
    capitalized = word[0].upper() + word[1:]
    read = engine.token(capitalized, "word")
    if language is not None and not (read.known or read.anchored):
        read = engine.token_in(capitalized, "word", language)
    return capitalized if read.known or read.anchored else None


#: how the ids of prisons and colonies begin
PRISON_IDS = "place:prison:"


@functools.lru_cache(maxsize=1 << 12)
def is_prison_word(word: str) -> bool:
    """Is the word a form of the org_words rows for a prison or colony, as spelled, with a case ending in place of
    a listed form's last letter (турме, колонії)?"""
    folded = word.casefold()
    return any(folded == f or (len(f) >= _PRISON_STEM + 1 and folded.startswith(f[:-1])) for f in org_word_forms(*_PRISON_ROWS))


#: the org_words rows of the words for a prison or colony
_PRISON_ROWS = ("prison", "colony")


#: the shortest stem of a prison's or colony's word read with another case ending (турм-, тюрьм-, калоні-)
_PRISON_STEM = 4


@functools.lru_cache(maxsize=1 << 14)
def _level_word(word: str) -> bool:
    """Is the word a unit word (járásban, okrese) or, as listed, a body's word for its level (városi, járási,
    městský, okresní: of the town, of the district) or for a court (sąd, soud), or a compound that begins with one
    (járásbíróság), which a town's lower-case adjective may stand before (gomeli városi végrehajtó bizottság,
    brzeski sąd rejonowy, szlonyimi járásbíróság)? Read for the word after every lower-case word, so by its
    spelling, not its keys."""
    folded = word.casefold()
    if is_unit_word(word) or folded in org_word_forms(*_LEVEL_ROWS):
        return True
    return len(folded) > _COMPOUND_LEVEL and folded.startswith(compound_parts(*_LEVEL_ROWS))


#: the org_words rows of the words for a body's level (the town's, the district's, the region's) or for a court
_LEVEL_ROWS = ("city", "district", "regional", "court")
#: how long a word must be to be read as a compound of a level word
_COMPOUND_LEVEL = 9
#: how the ids of districts and regions begin (the places a town's adjective and a unit word name together), and
#: the level of the court each names
UNIT_LEVELS = {"place:district:": "district", "place:region:": "regional"}


def _note(entity: Entity) -> str:
    return str(entity.attributes.get("note", ""))


def _unit_first(tokens: list[Token], start: int) -> bool:
    """Does a lower-case unit word begin a name, before the place's adjective (obwód brzeski, obwodzie
    grodzieńskim: Polish writes both in lower case) or, for a unit word that always means the region, before the
    place's name (la région de Gomel, regiunea Gomel)?"""
    if not is_unit_word(tokens[start].text) or start + 1 >= len(tokens):
        return False
    following = tokens[start + 1].text
    if following[:1].islower() and is_adjective(following):
        return True
    return is_unit_before_name(tokens[start].text)


def add_given_and_patronymic(
    engine: Engine,
    view: str,
    tokens: list[Token],
    prepared: list[QueryToken],
    joined: list[bool],
    chosen: dict[int, tuple[int, Match, tuple[str, ...]]],
    seen: set[int],
) -> None:
    """Add to ``chosen`` a person named by given name and patronymic only (Александр Григорьевич), when exactly
    one bundled person has a registered name with them, is no person known from a list and was born in the last
    hundred years or so (a 19th-century Іван Іванавіч is not whom the news addresses so)."""
    taken = covered_tokens(chosen)
    for i in range(len(tokens) - 1):
        given, patronymic = prepared[i], prepared[i + 1]
        if i in taken or i + 1 in taken or not joined[i] or not given.given_classes or not patronymic.patronymic:
            continue
        if tokens[i].text[0].islower() or tokens[i + 1].text[0].islower():
            continue
        found = engine.by_given_and_patronymic(tokens[i].text, tokens[i + 1].text)
        if len(found) != 1:
            continue
        ((position, name),) = found.items()
        attributes = engine.index.entities[position].attributes
        if attributes.get("surname_alone") is False or attributes.get("born", ADDRESSED_SINCE) < ADDRESSED_SINCE:
            continue  # a person from a list, or of an earlier age, is not the one so addressed (Иван Иванович)
        surface = view[tokens[i].start : tokens[i + 1].end]
        entity = engine.index.entities[position]
        note = f"given name and patronymic of {name}, the only registered person with them"
        chosen[i] = (i + 2, match_by_rule(entity, GIVEN_AND_PATRONYMIC_SCORE, name, surface, note), ())
        seen.add(position)
        taken.update((i, i + 1))


def match_by_rule(entity: Entity, score: float, name: str, query: str, note: str) -> Match:
    """A link that a rule of running text makes, not a reading of the words (a given name and patronymic, a quoted
    word of a club's name): scored by the rule, explained by ``note``."""
    scheme = "cyrillic" if CYRILLIC.search(query) else "latin"
    return Match(entity=entity, score=score, matched_name=name, query=query, scheme=scheme, conventions=(),
                 explanation=(note,))


def covered_tokens(chosen: dict[int, tuple[int, Match, tuple[str, ...]]]) -> set[int]:
    """The tokens of the names chosen so far (first token -> (end, match, evidence))."""
    return {k for start, (stop, _, _) in chosen.items() for k in range(start, stop)}


def regional_noun(engine: Engine, word: str, centres: tuple[str, ...]) -> Match | None:
    """The district (or region) that an area noun names after its centre (Піншчына: Пінскі раён; Гродзеншчына, Czech
    Homelsko: the Grodno, the Gomel region), when one of the ``centres`` it may be made from
    (`belnorm.names.regional_centres`) is exactly a bundled district or regional centre."""
    for centre_name in centres:
        # every place this reading names exactly (Мядзел is the town and the lake): the one that has an area
        areas: dict[str, str] = {}
        for scored in engine.rank(engine.prepare(centre_name)[1]):
            centre = engine.index.entities[scored.name.entity]
            if scored.rejected or scored.score < EXACT or centre.kind != "place":
                continue
            slug = centre.id.rsplit(":", 1)[-1]
            area_id = next((a for a in (f"place:region:{slug}", f"place:district:{slug}") if a in engine.positions), None)
            if area_id is not None:
                areas[area_id] = centre.names[0]
        if len(areas) == 1:
            ((area_id, centre_label),) = areas.items()
            area = engine.index.entities[engine.position(area_id)]
            note = f"an area noun made from {centre_label}: {area.names[0]}"
            return match_by_rule(area, INFLECTED_AREA_SCORE, area.names[0], word, note)
    return None


def in_lower_case(text: str) -> bool:
    """Is the text written wholly in lower case, at least a few words of it (александр лукашенко заявил …)?"""
    return not any(c.isupper() for c in text) and len(text.split()) >= MIN_LOWER_CASE_TEXT


#: how many words right before a name may say that it is a Belarusian's, and the characters they are read in
_DESCRIBED_WORDS = 2
_DESCRIBED_REACH = 60
#: what ends the phrase before a name (a clause's end, a comma)
_PHRASE_END = regex.compile(r"[.,;:!?\n()\[\]«»“”\"]")


def _described_as_belarusian(engine: Engine, view: str, begin: int) -> bool:
    """Do the last two words of the phrase before offset ``begin`` say that a name is a Belarusian's: Belarus's name
    or adjective (`belnorm.names.is_belarusian_word`), or a Belarusian place's adjective (da Bielorrússia …,
    Гомельского облисполкома …)?"""
    phrase = _PHRASE_END.split(view[max(0, begin - _DESCRIBED_REACH) : begin])[-1]
    words = regex.findall(r"[\p{L}\p{M}]+", phrase)[-_DESCRIBED_WORDS:]
    return any(
        is_belarusian_word(w) or (w[:1].isupper() and is_adjective(w) and engine.district_of(w) is not None)
        for w in words
    )


def _glued_to_next(tokens: list[Token], start: int) -> bool:
    """Is the token the first part of a compound split after it (no gap, and the next part in lower case: not
    the words of a hashtag, #DenSvobody)?"""
    return start + 1 < len(tokens) and tokens[start].end == tokens[start + 1].start and tokens[start + 1].text[:1].islower()


def _window_end(
    tokens: list[Token], usable: list[bool], joined: list[bool], start: int, longest: int, view: str | None = None
) -> int:
    """The end of the longest run of usable, joined tokens from ``start``, at most ``longest`` words; a lower-case
    function word inside a name does not count (Union of Poles in Belarus is four words). Given the ``view``, the
    run goes on into a quotation that a word opens, for the names that hold one (Царква «Новае жыццё»)."""
    stop, words = start + 1, 1
    while stop < len(usable) and usable[stop] and (joined[stop - 1] or (view is not None and _opens_quote(view, tokens, stop))):
        light = tokens[stop].text[:1].islower() and is_function_word(tokens[stop].text)
        if not light and words == longest:
            break
        words += not light
        stop += 1
    return stop


def _opens_quote(view: str, tokens: list[Token], k: int) -> bool:
    """Does a space and an opening quote alone stand between token ``k`` and the word before it?"""
    gap = view[tokens[k - 1].end : tokens[k].start]
    return len(gap) == 2 and gap[0] in " \u00a0" and gap[1] in OPENING_QUOTES


def _quoted_name_here(engine: Engine, view: str, end: int, match: Match | None) -> bool:
    """Is a window read into a quotation a name registered with one (Нацыянальны парк «Нарачанскі», not Газета
    «Звязда» of the alt name Звязда (газета)), and not placed by the words after it in a place that is not
    Belarusian (Церковь «Новая жизнь» в Москве)?"""
    if match is None or not any(OPENING_QUOTES.intersection(name) for name in match.entity.names):
        return False
    where = _location_after(view, end)
    return where is None or place_id(engine, where) is not None


def _opens_quote_inside(view: str, tokens: list[Token], start: int, stop: int) -> bool:
    """Does a word of tokens ``start`` to ``stop`` after the first open a quotation?"""
    return any(_opens_quote(view, tokens, k) for k in range(start + 1, stop))


def name_end(view: str, tokens: list[Token], start: int, stop: int) -> int:
    """Where the name of tokens ``start`` to ``stop`` ends in the view: with the closing quote of a quotation it
    holds (Церковь «Новая жизнь»), else at its last word, or at the end of the compound whose kind word follows it
    (Narotsch|see: the lake's whole word). (Which quote closes it is not checked: the marks vary by language.)"""
    end = tokens[stop - 1].end
    if stop < len(tokens) and tokens[stop].start == end and is_place_word(tokens[stop].text):
        return tokens[stop].end
    return end + 1 if _opens_quote_inside(view, tokens, start, stop) and view[end : end + 1] in CLOSING_QUOTES else end


def _full_name_in_lower_case(
    engine: Engine, view: str, tokens: list[Token], prepared: list[QueryToken], usable: list[bool],
    joined: list[bool], start: int,
) -> tuple[int, Match] | None:
    """A person's given name and surname (and patronymic) from ``start`` in a text written in lower case: spelled
    as a registered name, or made of words none of which is a common word of some language (not oli talle)."""
    if not prepared[start].given_classes:
        return None
    for end in range(_window_end(tokens, usable, joined, start, MAX_SPAN_TOKENS - 1), start + 1, -1):
        surface = view[tokens[start].start : tokens[end - 1].end]
        match, _ = engine.decide(surface.title(), engine.rank(prepared[start:end], lenient=False))
        if match is None or match.entity.kind != "person":
            continue
        registered = surface.casefold() in (name.casefold() for name in match.entity.names)
        if registered or not any(most_common_in(t.text)[0] for t in tokens[start:end]):
            return end, match
    return None
