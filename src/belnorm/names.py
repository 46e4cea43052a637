"""Name parsing: tokens, initials, patronymics, possessives, and given names across languages.

The given-name table (``data/names/given_names.tsv``) groups the Belarusian, Russian, Polish, English and
Łacinka forms and the diminutives of one given name into a class; two tokens whose keys fall in one class
are the same given name (Аляксандр = Александр = Aleksander = Alexander, Алесь and Саша among its forms).
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, NamedTuple

import regex
from unidecode import unidecode

from belnorm.keys import finish, keys, stem_keys
from belnorm.lexicon import alphabet, languages, zipf
from belnorm.morphology import inflected_forms, inflection_rules
from belnorm.data import DataError, data_path
from belnorm.text import APOSTROPHE, APOSTROPHES, CYRILLIC, LATIN, clean

__all__ = [
    "is_such_as",
    "heads_titles",
    "ELIDED",
    "HOME_COUNTRY",
    "HOME_NAME",
    "GivenName",
    "GivenNames",
    "Token",
    "asked_place_type",
    "given_names",
    "is_adjective",
    "is_article",
    "is_indefinite_article",
    "club_prefixes",
    "compound_parts",
    "is_club_prefix",
    "is_conjunction",
    "holds_genitive_between",
    "is_demonym",
    "is_foreign_body",
    "is_foreign_country",
    "writes_nationalities_in_lower_case",
    "is_foreign_place",
    "is_region_abroad",
    "is_town_abroad",
    "is_foreign_city",
    "foreign_city_of_adjective",
    "foreign_office_languages",
    "is_foreign_unit",
    "is_minister_word",
    "is_saint_word",
    "is_shared_body_name",
    "is_near_preposition",
    "names_a_language_after",
    "is_compound_place_word",
    "is_resident_word",
    "is_source_preposition",
    "is_home_country",
    "is_belarusian_word",
    "is_function_word",
    "ends_with_org_word",
    "STATE_QUALIFIER_ROWS",
    "org_word_forms",
    "joins_body_words",
    "is_officer_word",
    "is_in_before_places_only",
    "is_in_before_locative",
    "is_in_preposition",
    "joins_country_to_body",
    "names_country_first",
    "names_country_only_first",
    "spelled_body_word",
    "is_location_preposition",
    "is_noise",
    "is_named_after_word",
    "is_optional_at_end",
    "is_optional_beside_a_name",
    "is_eponym_given_name",
    "is_optional_beside_a_proper_name",
    "is_optional_in_name",
    "is_org_unit",
    "is_patronymic",
    "is_surname_shaped_patronymic",
    "is_place_word",
    "is_tag",
    "is_title",
    "is_plural_unit_before_name",
    "is_unit_before_name",
    "is_unit_word",
    "is_work_word",
    "names_a_brand",
    "names_a_feast",
    "is_product_word",
    "name_words",
    "names_a_namesake",
    "names_home_town_region",
    "place_fits",
    "place_type",
    "after_maiden_name_word",
    "possessive_stems",
    "is_former_union_adjective",
    "glued_adjective_stem",
    "is_surname_particle",
    "is_womans_surname",
    "baltic_stems",
    "baltic_languages",
    "joins_region",
    "locative_ending",
    "locative_endings",
    "one_subject_names",
    "org_compound",
    "split_org_compounds",
    "org_word_classes",
    "org_word_rows",
    "past_tense_gender",
    "place_locative_ending",
    "place_word_kind",
    "plays",
    "preload",
    "regional_centres",
    "settlement_rank",
    "text_sport",
    "tokenize",
]

TokenKind = Literal["word", "initial", "number"]

# Letters (ʼ is a modifier letter, so it is one) with combining marks, or digits. The stdlib engine is several
# times faster than `regex` on this simple pattern, which runs on every query and every text.
_TOKEN = re.compile(r"((?:[^\W\d_]|[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+)|(\d+)")
#: an acronym written with a dot after each of three capitals or more (N.R.M., Н.Р.М.): one word, not initials (a
#: person's initials are one or two: А. Р. Лукашэнка, A.G.)
_DOTTED_ACRONYM = regex.compile(r"(?<![\p{L}\p{M}.])(?:\p{Lu}\.){2,}\p{Lu}(?=\.)")




#: an elided article or preposition glued to a capitalized name by an apostrophe (French d', l', qu'; Italian dell',
#: all', nell', sull', dall', un')
ELIDED = "(?:d|l|j|s|n|c|qu|dell|dall|nell|sull|all|un)" + APOSTROPHE
_ELIDED = re.compile(ELIDED, re.IGNORECASE)
#: the languages that elide an article before a vowel (L'idea, l'Europa)
_ELIDING = ("fr", "it")


class Token(NamedTuple):
    """A word, an initial or a number, with its offsets in the string it came from (a named tuple: every
    query and text makes many, and a tuple is made several times faster than a frozen dataclass)."""

    text: str
    start: int
    end: int
    kind: TokenKind
    #: the text is joined to the previous token by a hyphen (Шарэнда-Панасюк)
    hyphenated: bool = False


@functools.lru_cache(maxsize=1 << 16)
def _strip_possessive(word: str) -> str:
    if LATIN.search(word):
        for suffix in inflection_rules()["possessive"]["suffixes"]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                return word[: -len(suffix)]
    return word.rstrip(APOSTROPHE)


#: how many characters after a lower-case word `tokenize` shows ``keep`` (a domain's dot, " de " after a site's kind,
#: a unit word after a town's adjective, " penitenciaria femenina de " after a colony's)
KEEP_LOOKAHEAD = 32
#: the signs that open a hashtag or a handle, whose word is a name however it is cased (#lukashenko)
_TAG_SIGNS = "#@"


def is_tag(text: str, start: int) -> bool:
    """Does the word at offset ``start`` of ``text`` follow a hashtag's or a handle's sign (#pen, @most), so that its
    capitals, or their lack, tell nothing?"""
    return start > 0 and text[start - 1] in _TAG_SIGNS


def tokenize(
    text: str, *, lowercase: set[str] | None = None, keep: Callable[[str, str, list[Token], str], bool] | None = None
) -> list[Token]:
    """Split cleaned text into tokens; a one-letter word (А., A) is an initial, possessives are cut off.

    With ``lowercase``, words that start with a lower-case letter are not returned but added to that set: the
    finder needs only their spelling, and running text is mostly such words; those that ``keep`` accepts, given
    the text between the word and the last token returned, the tokens returned so far, and the `KEEP_LOOKAHEAD`
    characters after the word (unit words such as раёне, region; an adjective after one; a word of a longer name;
    a web domain), are returned too.
    """
    tokens: list[Token] = []
    acronyms = {a.start(): a for a in _DOTTED_ACRONYM.finditer(text)} if "." in text else {}
    skip_to = 0
    for m in _TOKEN.finditer(text):
        if m.start() < skip_to:
            continue
        if (acronym := acronyms.get(m.start())) is not None:
            letters = acronym.group().replace(".", "")
            tokens.append(Token(letters, acronym.start(), acronym.end(), "word", False))
            skip_to = acronym.end()
            continue
        word, start = m.group(1), m.start()
        if word is not None and APOSTROPHE in word and (elided := _elided_article(word)):
            # d'Astravets, dell'Europa: the article is no part of the name; L'idea opens a sentence with a common word
            word, start = word[elided:], start + elided
        if word is not None and is_tag(text, start) and len(head := word[0].upper()) == 1:
            word = head + word[1:]  # a hashtag or a handle names as a capitalized word does (#lukashenko, @tsihanouskaya)
        if lowercase is not None and word is not None and word[0].islower():
            lowercase.add(word)
            previous = tokens[-1] if tokens else None
            gap = text[previous.end : m.start()] if previous else ""
            if keep is None or not keep(word, gap, tokens, text[m.end() : m.end() + KEEP_LOOKAHEAD]):
                continue
        hyphenated = start > 0 and text[start - 1] == "-" and bool(tokens) and tokens[-1].end == start - 1
        if word is None:
            tokens.append(Token(m.group(), start, m.end(), "number", hyphenated))
            continue
        if APOSTROPHE in word:
            stripped = word.lstrip(APOSTROPHE)
            start += len(word) - len(stripped)
            word = _strip_possessive(stripped)
            if not word:
                continue
        if len(word) == 1 and word.islower() and text[start + 1 : start + 2] == ".":
            continue  # an abbreviation of a generic word (г. for горад, h. in its romanization), not an initial
        tokens.append(Token(word, start, start + len(word), "initial" if len(word) == 1 else "word", hyphenated))
    return tokens


def _elided_article(word: str) -> int:
    """The length of the French or Italian article (or preposition) elided at the word's start, or 0: before a
    capital (d'Astravets, L'Orsha), or opening a sentence before a common word (L'idea) or a word of organisation
    names as listed (dell'arcidiocesi); not the soft sign of a romanization, which the apostrophe also writes
    (Sʹtsi͡apan, Lʹi͡uis)."""
    elided = _ELIDED.match(word)
    if elided is None:
        return 0
    rest = word[elided.end() :]
    if rest[:1].isupper() or any(zipf(rest, language) for language in _ELIDING) or name_words().spelled(rest):
        return elided.end()
    return 0


@functools.cache
def _noise_words() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(data_path("names", "noise_words.toml").read_text(encoding="utf-8"))
    return {category: frozenset(clean(w) for w in words) for category, words in raw.items()}


@functools.cache
def _all_noise_words() -> frozenset[str]:
    """The noise words compared in lower case: all but the articles and Romanian joins, noise only as written in
    lower case."""
    return frozenset().union(
        *(words for category, words in _noise_words().items() if category not in (_ARTICLES, _ROMANIAN_JOINS))
    )


#: the categories of noise_words.toml whose words are noise only in lower case
_ARTICLES = "articles"
_ROMANIAN_JOINS = "romanian_joins"


def _as_listed(word: str) -> str:
    """A word as the noise lists hold it: one-letter words keep their case (the initial В. is no preposition в)."""
    return word if len(word) == 1 else word.lower()


def is_noise(word: str) -> bool:
    """Is the word a title, a form of address, a generic place word or a one-letter preposition, which
    stands next to a name without being part of it (President, спадарыня, г., w)? See noise_words.toml."""
    return _as_listed(word) in _all_noise_words() or _noise_in_lower_case(word)


def is_title(word: str) -> bool:
    """Is the word a title that stands before a name (President, митрополит)? See ``titles`` in noise_words.toml."""
    return _as_listed(word) in _noise_words()["titles"]


@functools.cache
def number_sign() -> str:
    """A regular expression for the sign or abbreviation of "number" before a number, in either case and with or
    without its dot (№ 17, nr 1, Nr. 9, n° 9, n.º 11, č. 3, št. 22, br. 11): ``number_signs`` of noise_words.toml,
    which a name may hold before a colony's number (калонія № 17, kolonia karna nr 1)."""
    signs = sorted(_noise_words()["number_signs"], key=len, reverse=True)
    return "(?i:№|" + "|".join(re.escape(sign) + r"\.?" for sign in signs) + ")"


def is_article(word: str) -> bool:
    """Is the word a Romance article in lower case (le, la, gli), which long official names hold after "for" or
    "of" (ministero per le Situazioni di emergenza)? See ``articles`` in noise_words.toml."""
    return word in _noise_words()[_ARTICLES]


def is_function_word(word: str) -> bool:
    """Is the word a preposition or conjunction (і, з, w, the), or a Romance article or Romanian join in lower case
    (per le; al, din of Comitetul de Stat al Frontierelor din Belarus)? An organisation's name does not need it
    matched."""
    return _as_listed(word) in _noise_words()["function_words"] or _noise_in_lower_case(word)


def _noise_in_lower_case(word: str) -> bool:
    """Is the word, as written, one of the noise words only in lower case: a Romance article or a Romanian join?"""
    return is_article(word) or word in _noise_words()[_ROMANIAN_JOINS]


@functools.cache
def _context() -> dict[str, Any]:
    path = data_path("names", "context.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return {
            "cyrillic": tuple(raw["adjective"]["cyrillic"]),
            "latin": tuple(raw["adjective"]["latin"]),
            "city_latin": tuple(raw["adjective"]["city_latin"]),
            "glued": {lang: tuple(endings) for lang, endings in raw["adjective"]["glued"].items()},
            "demonyms": frozenset(clean(w).lower() for w in raw["demonyms"]["words"]),
            "woman_or_genitive": {k: frozenset(v) for k, v in raw["woman_or_genitive"]["words"].items()},
            "woman_before": frozenset(raw["woman_or_genitive"]["before"]),
            "instrumental_place_cues": frozenset(w.lower() for w in raw["instrumental_place_cues"]["words"]),
            "adjectival": (tuple(raw["adjectival_names"]["nominative"]), tuple(raw["adjectival_names"]["cases"])),
            "units": frozenset(clean(w).lower() for w in raw["units"]["words"]),
            "units_before": frozenset(clean(w).lower() for w in raw["units_before"]["words"]),
            "plural_units_before": frozenset(clean(w).lower() for w in raw["units_before"]["plural"]),
            "such_as": frozenset(" ".join(clean(w).casefold().split()) for w in raw["units_before"]["such_as"]),
            "optional_named_after": frozenset(clean(w).lower() for w in raw["optional_in_names"]["named_after"]),
            "optional": frozenset(
                clean(w).lower() for w in (*raw["optional_in_names"]["words"], *raw["optional_in_names"]["named_after"])
            ),
            "optional_last": frozenset(clean(w).lower() for w in raw["optional_in_names"]["last"]),
            "optional_beside": frozenset(clean(w).lower() for w in raw["optional_in_names"]["beside_a_name"]),
            "optional_beside_proper": frozenset(
                clean(w).lower() for w in raw["optional_in_names"]["beside_a_proper_name"]
            ),
            "regional": tuple(raw["regional_noun"]),
            "rank": tuple((str(prefix).lower(), int(rank)) for prefix, rank in raw["settlements"]["rank"]),
            "in_inflected": frozenset(w.lower() for w in raw["settlements"]["in_prepositions"]),
            "outranked": frozenset(raw["settlements"]["outranked"]),
            "outranking": int(raw["settlements"]["outranking"]),
            "in_plain": frozenset(w.lower() for w in raw["settlements"]["in_plain"]),
            "in_places_only": {lang: frozenset(ws) for lang, ws in raw["settlements"]["in_places_only"].items()},
            "in_before_locative": {lang: frozenset(ws) for lang, ws in raw["settlements"]["in_before_locative"].items()},
            "locative_endings": {lang: tuple(ws) for lang, ws in raw["settlements"]["locative_endings"].items()},
            "in_by_language": {lang: frozenset(ws) for lang, ws in raw["settlements"]["in_by_language"].items()},
            "org_units": frozenset(clean(w).lower() for w in raw["org_units"]["words"]),
            "org_unit_compound_ends": tuple(clean(w).lower() for w in raw["org_units"]["compound_ends"]),
            "works": frozenset(clean(w).lower() for w in raw["works"]["words"]),
            "along": frozenset(clean(w).lower() for w in raw["along"]["words"]),
            "minister_ends": tuple(sorted(w.casefold() for w in raw["ministers"]["words"] if len(w) >= _MINISTER_PREFIX)),
            "water_banks": frozenset(clean(w).lower() for w in raw["by_water"]["banks"]),
            "water_over": frozenset(clean(w).lower() for w in raw["by_water"]["over"]),
            "water_bridges": frozenset(clean(w).lower() for w in raw["by_water"]["bridges"]),
            "water_of": frozenset(clean(w).lower() for w in raw["by_water"]["of_words"]),
            "work_compound_ends": tuple(clean(w).lower() for w in raw["works"]["compound_ends"]),
            "brands_before": frozenset(clean(w).lower() for w in raw["brands"]["before"]),
            "brands_after": frozenset(clean(w).lower() for w in raw["brands"]["after"]),
            "products": frozenset(clean(w).lower() for w in raw["brands"]["products"]),
            "call_signs": tuple(sorted({clean(w).lower() for w in raw["call_signs"]["phrases"]}, key=len, reverse=True)),
            "call_signs_after": frozenset(clean(w).lower() for w in raw["call_signs"]["after"]),
            "call_signs_and_pseudonyms": tuple(
                sorted(
                    {clean(w).lower() for w in raw["call_signs"]["phrases"] + raw["call_signs"]["pseudonyms"]},
                    key=len,
                    reverse=True,
                )
            ),
            "named_before": frozenset(clean(w).lower() for w in raw["named_after"]["before"]),
            "named_before_abbreviated": frozenset(clean(w).lower() for w in raw["named_after"]["abbreviated_before"]),
            "named_after": frozenset(clean(w) for w in raw["named_after"]["after"]),
            "place_words": {clean(w).lower(): kind for kind, words in raw["place_words"].items() for w in words},
            "place_words_languages": {w: frozenset(langs) for w, langs in raw["place_words_languages"].items()},
            "kind_word_first": frozenset(raw["kind_word_first"]["languages"]),
            "maiden_name": tuple(sorted((w.lower() for w in raw["maiden_name"]["before"]), key=len, reverse=True)),
            "surname_particles": frozenset(w.casefold() for w in raw["surname_particles"]["words"]),
            "family_articles": {lang: frozenset(ws) for lang, ws in raw["families"]["articles"].items()},
            "family_words": {lang: frozenset(w.casefold() for w in ws) for lang, ws in raw["families"]["words"].items()},
            "family_possessives": frozenset(raw["families"]["possessives"]),
            "kin": {
                lang: (frozenset(w for w in words if not w.endswith("-")), tuple(w[:-1] for w in words if w.endswith("-")))
                for lang, words in raw["kin"]["words"].items()
            },
            "kin_relations": tuple(raw["kin"]["relations"]),
            "saints": frozenset(w.casefold() for w in raw["saints"]["words"]),
            "festivals": tuple(raw["festivals"]["stems"]),
            "feast_names": tuple(raw["festivals"]["names"]),
            "feast_before": frozenset(w.lower() for w in raw["festivals"]["before"]),
            "feast_of": frozenset(w.lower() for w in raw["festivals"]["of"]),
            "feast_after": frozenset(w.lower() for w in raw["festivals"]["after"]),
            "indefinite_articles": frozenset(raw["churches"]["indefinite_articles"]),
            "women_surnames": tuple(w.lower() for w in raw["women_surnames"]["endings"]),
            "own_letters": frozenset(raw["own_letters"]["letters"]),
            "baltic_languages": frozenset(raw["baltic_nominative"]["languages"]),
            "baltic_endings": tuple(raw["baltic_nominative"]["endings"]),
            "possessive_languages": frozenset(raw["possessives"]["languages"]),
            "possessive_endings": tuple(raw["possessives"]["endings"]),
            "former_union": tuple(w.lower() for w in raw["former_union"]["prefixes"]),
            "court_words": frozenset(w.lower() for w in raw["court_words"]["exact"]),
            "spelled_levels": {
                w.lower(): rows for kind, rows in _SPELLED_LEVELS.items() for w in raw["court_words"][kind]
            },
            "compass_prefixes": {w.lower(): point for point, words in raw["compass_prefixes"].items() for w in words},
            "foreign_parliaments": frozenset(w.lower() for w in raw["foreign_parliaments"]["words"]),
            "rule_compounds": frozenset(w.lower() for w in raw["rule_compounds"]["words"]),
            "shared_body_names": frozenset(w.casefold() for w in raw["shared_body_names"]["names"]),
            "ministers": frozenset(w.casefold() for w in raw["ministers"]["words"]),
            "heads_of_bodies": {body: tuple(titles) for body, titles in raw["heads_of_bodies"]["titles"].items()},
            "short_heads": dict(raw["heads_of_bodies"]["short"]),
            "heads_not_after": tuple(raw["heads_of_bodies"]["not_after"]),
            "past_tense": (("f", tuple(raw["past_tense"]["feminine"])), ("m", tuple(raw["past_tense"]["masculine"]))),
            "abroad_prepositions": frozenset(w.lower() for w in raw["abroad"]["prepositions"]),
            "conjunctions": frozenset(w.lower() for w in raw["abroad"]["conjunctions"]),
            "shortened_heads": tuple(raw["shortened_names"]["heads"]),
            "home_towns": {lang: frozenset(w.casefold() for w in words) for lang, words in raw["abroad"]["home_towns"].items()},
            "region_adjectives": frozenset(w.casefold() for w in raw["abroad"]["region_adjectives"]),
            "region_names": frozenset(w.casefold() for w in raw["abroad"]["region_names"]),
            "bigger_namesakes": {place: tuple(stems) for place, stems in raw["abroad"]["bigger_namesakes"].items()},
            "any_home_town": frozenset(w.casefold() for words in raw["abroad"]["home_towns"].values() for w in words),
            "not_conjunctions": {k: frozenset(v) for k, v in raw["abroad"]["not_conjunctions"].items()},
            "conjunctions_by_language": {
                k: frozenset(v) for k, v in raw["abroad"]["conjunctions_by_language"].items()
            },
            "not_locations": {k: frozenset(v) for k, v in raw["abroad"]["not_locations"].items()},
            "locative": {lang: tuple(endings) for lang, endings in raw["abroad"]["locative"].items()},
            "region_of": frozenset(w.lower() for w in raw["abroad"]["region_of"]),
            "unions_of_states": frozenset(raw["abroad"]["unions"]),
            "language_of": frozenset(w.lower() for w in raw["abroad"]["language_of"]),
            "lower_case_nationalities": frozenset(raw["abroad"]["lower_case_nationalities"]),
            "near_prepositions": frozenset(w.lower() for w in raw["abroad"]["near"]),
            "compass": frozenset(w.lower() for w in raw["abroad"]["compass"]),
            "compass_after_location": frozenset(w.lower() for w in raw["abroad"]["compass_after_location"]),
            "compound_words": frozenset(w.lower() for w in raw["abroad"]["compound"]),
            "compound_languages": frozenset(raw["abroad"]["compound_languages"]),
            "source_prepositions": frozenset(w.lower() for w in raw["abroad"]["from"]),
            "residents": frozenset(w.lower() for w in raw["abroad"]["residents"]),
            "foreign_units": frozenset(w.lower() for w in raw["abroad"]["units"]),
            "foreign_offices": _by_word(raw["abroad"]["offices"]),
            "sports": {
                sport: frozenset(w.lower() for w in words)
                for sport, words in raw["sports"].items()
                if sport not in ("prefixes", "stems", "leagues")
            },
            "league_words": frozenset(w.lower() for w in raw["sports"]["leagues"]["words"]),
            "league_qualifiers": {
                sport: frozenset(w.lower() for w in words) for sport, words in raw["sports"]["leagues"].items() if sport != "words"
            },
            "sport_stems": {sport: tuple(w.lower() for w in words) for sport, words in raw["sports"]["stems"].items()},
            "club_prefixes": frozenset(w.lower() for w in raw["sports"]["prefixes"]),
            "body_of": frozenset(w.lower() for w in raw["country_in_body"]["of"]),
            "officers": frozenset(w.lower() for w in raw["officers"]["words"]),
            "body_and": frozenset(w.lower() for w in raw["country_in_body"]["and"]),
            "country_first": frozenset(raw["country_in_body"]["country_first"]),
            "country_only_first": frozenset(raw["country_in_body"]["country_only_first"]),
            "genitive_between": frozenset(raw["country_in_body"]["genitive_between"]),
            "body_words": frozenset(w.lower() for w in raw["country_in_body"]["words"]),
            "body_heads": frozenset(w.lower() for w in raw["country_in_body"]["heads"]),
        }
    except KeyError as exc:
        raise DataError(f"{path}: missing {exc}") from exc


def is_officer_word(word: str) -> bool:
    """Is the word one for a body's officer that shares its row with the body's word (прокурор; [officers])?"""
    return word.lower() in _context()["officers"]


def is_in_preposition(word: str) -> bool:
    """Is the word one for "in" that stands before a settlement (у, в, w, in; [settlements]): one is on a river, not in
    it, so a river's name after it is a town's?"""
    low = word.lower()
    return low in _context()["in_plain"] or low in _context()["in_inflected"]


def is_in_before_places_only(word: str, language: str | None) -> bool:
    """Is the word an "in" that, in a text of ``language``, stands before a land or town, never a person (French en,
    dans; German im; ``in_places_only`` in [settlements])?"""
    return word.lower() in _context()["in_places_only"].get(language or "", ())


def is_in_before_locative(word: str, language: str | None) -> bool:
    """Is the word an East Slavic "in" (у, в) that, in a text of ``language``, says where before a locative and
    whose before a genitive (``in_before_locative`` in [settlements])?"""
    return word.lower() in _context()["in_before_locative"].get(language or "", ())


def place_locative_ending(word: str, language: str | None) -> bool:
    """Does the word end as the locative of a name that ends in a consonant does in ``language`` (Скопіне)?"""
    endings = _context()["locative_endings"].get(language or "", ())
    return bool(endings) and word.endswith(endings)


def joins_country_to_body(word: str) -> bool:
    """Does the word join a body's name to its country's (of, de, din, al; context.toml [country_in_body])?"""
    return word.lower() in _context()["body_of"]


def joins_body_words(word: str) -> bool:
    """Is the word an "and" inside a body's name (Valsts televīzijas un radio komiteja; [country_in_body])?"""
    return word.lower() in _context()["body_and"]


def spelled_body_word(word: str) -> tuple[bool, bool]:
    """Is the word, letter for letter, a word of bodies' names that org_words.tsv leaves out (Romanian ministerul),
    and is it a head, which says the kind of body ([country_in_body])?"""
    low = word.lower()
    return low in _context()["body_words"], low in _context()["body_heads"]


def names_country_first(language: str | None) -> bool:
    """Does ``language`` put the country's genitive before a body's words (Baltarusijos … komitetas;
    [country_in_body])?"""
    return language in _context()["country_first"]


def names_country_only_first(language: str | None) -> bool:
    """Does ``language`` never put the country after a body's words ([country_in_body] country_only_first)?"""
    return language in _context()["country_only_first"]


def holds_genitive_between(language: str | None) -> bool:
    """May a body's name in ``language`` hold a lower-case genitive between the country and its head (Baltarusijos
    krepšinio federacija; [country_in_body] genitive_between)?"""
    return language in _context()["genitive_between"]


def is_exact_court_word(word: str) -> bool:
    """Is the word one of the words for a court read letter for letter only (Latvian tiesa; context.toml
    [court_words])?"""
    return word.lower() in _context()["court_words"]


#: the lists of context.toml [court_words] read letter for letter, besides the exact court words, and the org_words
#: rows each word says: a district's court (Swedish tingsrätten, Finnish piirioikeus), a town's court (Danish
#: byretten) or a city as a body's level (French ville, whose key is the Viliya's)
_SPELLED_LEVELS = {
    "district": frozenset({"court", "district"}),
    "town": frozenset({"court", "city"}),
    "city": frozenset({"city"}),
}


def spelled_level_rows(word: str) -> frozenset[str]:
    """The org_words rows (court, district, city) a word of context.toml [court_words] says, read letter for letter
    only (tingsrätten: a district's court; byretten: a town's; ville: a city), or none."""
    rows: frozenset[str] = _context()["spelled_levels"].get(word.lower(), frozenset())
    return rows


def is_adjective(word: str) -> bool:
    """Does the word end like an adjective or demonym made from a name (Мінскі, Брестском, Miński, Belarusian)?
    A place is named by a noun; see ``data/names/context.toml``."""
    low = word.lower()
    endings = _context()["latin"] if LATIN.search(low) else _context()["cyrillic"]
    return low.endswith(endings) and len(low) > 4


@functools.cache
def _listed(filename: str) -> frozenset[str]:
    """The names of a ``data/names`` list (one a line, ``#`` comments) as written, spaces folded."""
    lines = data_path("names", filename).read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(line.split()) for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def _name_list(filename: str) -> frozenset[str]:
    """The names of a ``data/names`` list, case folded."""
    return frozenset(name.casefold() for name in _listed(filename))


def is_foreign_body(name: str) -> bool:
    """Is the name that of another country's state body that resembles a Belarusian one (Верховна Рада)? See
    ``data/names/foreign_bodies.txt``."""
    return " ".join(name.split()).casefold() in _name_list("foreign_bodies.txt")


def is_foreign_place(name: str) -> bool:
    """Is the name that of a town abroad that resembles a Belarusian name (Brescia, Orsay, Catania, the Polish
    Charków), or a case form of another country's name (России is not Рось)? See ``data/names/foreign_places.txt``
    and ``foreign_countries.txt``."""
    folded = name.strip().casefold()
    return folded in _name_list("foreign_places.txt") or folded in _name_list("foreign_countries.txt")


def is_foreign_country(word: str, *, adjectives: bool = True) -> bool:
    """Does the word name a country other than Belarus (России, Russia, USSR), or, with ``adjectives``, is it the
    adjective of one (российского, Russian)? Case counts: Того is Togo, того a pronoun. The list holds the
    adjectives and the peoples' nouns in lower case (a capitalized one starts a sentence or is English), but for the
    Polish and Czech Polka, a Polish woman, whose forms it holds capitalized, as a country's name, for in lower case
    they are a Slovene regiment's (polka, polku)."""
    countries = _listed("foreign_countries.txt")
    if not adjectives:
        return word in countries and not word[:1].islower()
    return word in countries or (word[:1].isupper() and word.lower() in countries)


def is_union_of_states(word: str) -> bool:
    """Is the word the acronym of a union of states (EU, ООН), which has no ministries or courts of a country's
    kind? See ``[abroad] unions``."""
    return word in _context()["unions_of_states"]


def is_foreign_adjective(word: str) -> bool:
    """Is the word, case aside, the adjective of a country other than Belarus (russo, Ruský, российского)?"""
    return word.lower() in _listed("foreign_countries.txt")


def writes_nationalities_in_lower_case(language: str | None) -> bool:
    """Does ``language``'s press write a country's adjective and its people's noun in lower case (Danish russisk,
    russer), so that a capitalized one inside a sentence is a name? See ``[abroad] lower_case_nationalities``."""
    return language in _context()["lower_case_nationalities"]


def is_minister_word(word: str) -> bool:
    """Is the word one for a minister, the person (ministro, ministrs, министр)? See ``[ministers]``."""
    return word.casefold() in _context()["ministers"]


def ends_with_minister_word(word: str) -> bool:
    """Is the word one for a minister, or a compound that ends with one (Estonian sideminister, Swedish
    försvarsministern, Finnish puolustusministeri)? See ``[ministers]``."""
    low = word.casefold()
    return low in _context()["ministers"] or _ends_compound(low, _context()["minister_ends"], _MINISTER_PREFIX)


#: how long the first part of a minister's compound, and a minister's word ending one, must be (side|minister)
_MINISTER_PREFIX = 4


def heads_titles(core: str) -> tuple[str, ...]:
    """The titles a person's note gives the head of the body whose English name (case folded, without "of Belarus")
    is ``core``: the Ministry of Health's Minister of Health and Health Minister, the Ministry of Internal Affairs'
    Interior Minister. See ``[heads_of_bodies]``."""
    for body, titles in _context()["heads_of_bodies"].items():
        if core.startswith(body + " "):
            rest = core[len(body) + 1 :]
            short = _context()["short_heads"].get(rest, rest)
            return tuple(sorted({t.format(rest) for t in titles} | {t.format(short) for t in titles if t.startswith("{}")}))
    return ()


def names_as_serving(note: str, core: str) -> bool:
    """Does a person's note (case folded) name the body or title ``core`` as the person's own, not after a word of
    ``[heads_of_bodies] not_after`` among the four words before it (Soviet foreign minister; wife of the deputy
    interior minister)?"""
    at = note.find(core)
    while at >= 0:
        before = " ".join(note[:at].split()[-4:])
        if not any(phrase in before for phrase in _context()["heads_not_after"]):
            return True
        at = note.find(core, at + 1)
    return False


def is_shared_body_name(name: str) -> bool:
    """Is a registered short name of a Belarusian body one that other countries' bodies have too (KGB, ЦИК, CVK)? See
    ``[shared_body_names]``."""
    return name.casefold() in _context()["shared_body_names"]


def is_foreign_parliament(word: str) -> bool:
    """Is the word, case aside, the name of another country's parliament (Госдумы, Sejmu, Bundestag)? See
    ``[foreign_parliaments]``."""
    return word.lower() in _context()["foreign_parliaments"]


def is_rule_compound_word(word: str) -> bool:
    """Is the word, case aside, one that joined to a person's name by a hyphen names the person's rule (Lukaschenko-
    Regime, Lukasjenko-styret), not a body named after them? See ``[rule_compounds]``."""
    return word.lower() in _context()["rule_compounds"]


def adjectival_case_form(word: str, names: Iterable[str]) -> bool:
    """Is the Cyrillic word a case form of a one-word name that is an adjective (Червоного of Чырвонае)? See
    ``[adjectival_names]`` in ``data/names/context.toml``."""
    nominative, cases = _context()["adjectival"]
    if not CYRILLIC.search(word) or not word.lower().endswith(cases):
        return False
    return any(" " not in name and name.lower().endswith(nominative) for name in names)


def is_woman_or_genitive(word: str, language: str | None) -> bool:
    """Is the word, in text of ``language``, both the word for a Belarusian woman and the country's genitive (Czech
    Běloruska, Slovak Bieloruska)? See ``[woman_or_genitive]``."""
    return word.lower() in _context()["woman_or_genitive"].get(language or "", ())


def describes_a_woman(word: str) -> bool:
    """Is the word an ordinal or adjective that the Czech and Slovak press puts before the word for a Belarusian woman
    (první, bývalá)? See ``[woman_or_genitive]``."""
    return word.lower() in _context()["woman_before"]


def is_demonym(word: str) -> bool:
    """Is the word a name for the people or language of Belarus (Belarusian, Białorusin, беларусы)?"""
    return word.lower() in _context()["demonyms"]


def settlement_rank(note: str) -> int | None:
    """How prominent a settlement the place with this note is (capital 5 … village 1), or None for a place that
    is no settlement (a river, a lake, a district); see ``[settlements]`` in ``data/names/context.toml``."""
    low = note.lstrip().lower()
    ranks = [rank for prefix, rank in _context()["rank"] if low.startswith(prefix)]
    return max(ranks) if ranks else None


def outranks(town_note: str, other_note: str) -> bool:
    """Does a town outrank another place of its name that the text does not ask for: a lake, which the press names
    with its word for lake (``outranked`` in ``[settlements]`` of ``data/names/context.toml``)?"""
    rank = settlement_rank(town_note)
    return rank is not None and rank >= _context()["outranking"] and place_type(other_note) in _context()["outranked"]


def place_type(note: str) -> str:
    """What kind of place a bundled place's note says it is: "village" or "town" (a settlement of rank 1, or
    more), else its note's first word (river, lake); "" without a note."""
    rank = settlement_rank(note)
    if rank is not None:
        return "village" if rank == 1 else "town"
    return note.split(",")[0].split(" ")[0].lower() if note.strip() else ""


def place_fits(note: str, asked: str) -> bool:
    """Does the place a bundled note describes fit what the text asks for (`asked_place_type`)? An urban
    settlement is a town, or a village to the press (im Dorf Schereschewo); an agro-town, a village by its status,
    is a town to the press too (the town of Lahishyn); a memorial on the site of a village is that village to it (the
    village of Khatyn)."""
    kind = place_type(note)
    if asked == "village" and settlement_rank(note) == _URBAN_SETTLEMENT:
        return True
    if asked == "town" and _AGRO_TOWN in note.lower():
        return True
    if f"{_ON_THE_SITE} {asked}" in note.lower():
        return True
    return kind == asked or (asked == "settlement" and kind in ("village", "town")) or (asked == WATER and kind in _WATERS)


#: what the words around a name ask for when they say only that it is a river or a lake (`by_the_water`)
WATER = "water"
_WATERS = ("river", "lake")


#: the settlement rank of an urban settlement (`[settlements]`), which the press may call a village
_URBAN_SETTLEMENT = 2
#: how a bundled note calls a village with the status of an agro-town (аграгарадок), which the press may call a town
_AGRO_TOWN = "agro-town"
#: how a bundled note says what stood where a site is now (a memorial on the site of a village burned in 1943)
_ON_THE_SITE = "on the site of a"


def is_street_word(word: str) -> bool:
    """Is the word one that names a street, square or institution after a name that comes before it (Straße,
    Square, gatvė: `[named_after]` after)? Alone it names no place."""
    named = _context()["named_after"]
    return word in named or word.capitalize() in named


def names_a_namesake(before: str | None, after: str | None, *, abbreviated: bool = False) -> bool:
    """Do the words around a person's name say that it names a street, square or institution after them (вуліца
    Янкі Купалы, тэатр імя Купалы, Yakub Kolas Square)? ``before`` is ``abbreviated`` when a dot follows it, as
    the Polish im. must (`abbreviated_before`). See ``[named_after]``."""
    context = _context()
    low = None if before is None else before.lower()
    return (
        low is not None
        and (low in context["named_before"] or (abbreviated and low in context["named_before_abbreviated"]))
    ) or (after is not None and after in context["named_after"])


def names_a_brand(before: str | None, after: str | None) -> bool:
    """Do the words right around a place's name make it a product's brand (marke Belarus, Belarus típusú)? See
    ``[brands]``. The word after it in lower case only: a capital begins another name (Vitebskas Marka Šagāla muzejs,
    the Marc Chagall museum)."""
    context = _context()
    return (before is not None and before.lower() in context["brands_before"]) or (
        after is not None and after in context["brands_after"]
    )


def is_product_word(word: str) -> bool:
    """Is the word one for the machines a maker sells under a place's name (комбайны, harvesters, moissonneuses-
    batteuses)? See ``products`` in ``[brands]``."""
    return word.lower() in _context()["products"]


def is_along_word(word: str) -> bool:
    """Is the word one for "along" (вдоль, wzdłuż, entlang), which a river's name follows more often than a town's?
    See ``[along]``."""
    return word.lower() in _context()["along"]


def by_the_water(words: list[str]) -> bool:
    """Do the words right before a name (the nearest last) say it is a river's or lake's: a word for a bank or shore
    followed only by the words of "of the" (на беразе Бярэзіны, on the banks of the Berezina), or "across" or
    "over" right before it after a word for a bridge, a crossing or a kind of place (мост праз Свіслач, most přes
    Berezinu, vioska nad Dzisnaj)? See ``[by_water]``:
    they settle a tie between a water and a town of one name, nothing more."""
    low = [w.lower() for w in words]
    context = _context()
    for k in range(len(low) - 1, -1, -1):
        if low[k] in context["water_banks"]:
            return True
        if low[k] not in context["water_of"]:
            break
    before = low[:-1]
    return bool(before) and low[-1] in context["water_over"] and any(
        w in context["water_bridges"] or w in context["place_words"] for w in before
    )


def is_over_word(word: str) -> bool:
    """Is the word one for "over" or "across" (над, nad, přes, across): a preposition that ends a phrase's head? See
    ``[by_water]``."""
    return word.lower() in _context()["water_over"]


def is_work_word(word: str) -> bool:
    """Is the word one for a work (фільм, кніга, novel, song) whose title may follow in quotes, or a compound that
    ends with one of ``compound_ends`` (Stumfilmen, Dokumentarfilm)? See ``[works]``."""
    low = word.lower()
    return low in _context()["works"] or _ends_compound(low, _context()["work_compound_ends"], _MIN_WORK_PREFIX)


def _ends_compound(low: str, ends: tuple[str, ...], min_prefix: int) -> bool:
    """Does the lower-case word end with one of ``ends`` after a first part of ``min_prefix`` letters or more (Kurz|film,
    fängelse|avdelning; not a word that merely ends so)?"""
    return any(low.endswith(end) and len(low) - len(end) >= min_prefix for end in ends)


#: the letters a compound's first part has at least before a work's word, and before a unit's
_MIN_WORK_PREFIX = 3
_MIN_UNIT_PREFIX = 4


def call_sign_before(text: str, *, pseudonym: bool = False) -> str | None:
    """The words for a call sign or code name (позывной, call sign), or with ``pseudonym`` also for a pseudonym or
    nickname (o pseudonimie), the text ends with, whole words, or None: a name after them is what someone is called.
    See ``[call_signs]``."""
    low = " ".join(text.lower().split())
    for phrase in _context()["call_signs_and_pseudonyms" if pseudonym else "call_signs"]:
        before = low[: len(low) - len(phrase)][-1:]
        if low.endswith(phrase) and not (before.isalpha() and before not in APOSTROPHES):  # (lʼindicativo)
            return phrase
    return None


def is_call_sign_after(word: str) -> bool:
    """Is the word one for a call sign that follows the name it gives (Hungarian a Kit hívójelű)? See
    ``[call_signs]``."""
    return word.lower() in _context()["call_signs_after"]


def is_org_unit(word: str) -> bool:
    """Is the word one for a unit of a body (ўпраўленне, отдел, department)? See ``[org_units]``."""
    return word.lower() in _context()["org_units"]


def is_org_unit_or_compound(word: str) -> bool:
    """Is the word one for a unit of a body (`is_org_unit`), or a compound that ends with one of ``compound_ends``
    (fängelse|avdelning)? See ``[org_units]``."""
    low = word.lower()
    return is_org_unit(low) or _ends_compound(low, _context()["org_unit_compound_ends"], _MIN_UNIT_PREFIX)


def kind_word_comes_first(language: str | None) -> bool:
    """Does ``language`` put a place's kind word before its name (obec Rakaŭ, not Narotši järv)? See
    ``[kind_word_first]``."""
    return language in _context()["kind_word_first"]


def is_place_word(word: str) -> bool:
    """Is the word one that names a kind of place next to a name (рака, river, вёска)? See ``[place_words]``."""
    return word.lower() in _context()["place_words"]


def place_word_kind(word: str) -> str | None:
    """The kind of place ("river", "lake", "village" …) a word of ``[place_words]`` names, letter for letter (case
    aside), or None."""
    kind = _context()["place_words"].get(word.lower())
    return None if kind is None else str(kind)


def asked_place_type(
    before: str | None, after: str | None, inflected: bool = False, language: str | None = None
) -> str | None:
    """The kind of place the words around a name ask for: "river", "lake", "village" or "town" next to рака,
    river, вёска, горад …; "settlement" after у/в/w before an inflected name or after "in" (``language``'s own
    "in" too: Swedish i); None when they say nothing."""
    words, only = _context()["place_words"], _context()["place_words_languages"]
    for word in (before, after):
        if word is not None and word.lower() in words:
            if language is not None and language not in only.get(word.lower(), (language,)):
                continue  # (the French parti is no Hungarian river bank)
            return str(words[word.lower()])
    if before is not None:
        low = before.lower()
        own = _context()["in_by_language"].get(language or "", frozenset())
        if low in _context()["in_plain"] or low in own or (inflected and low in _context()["in_inflected"]):
            return "settlement"
    return None


def org_word_rows(*rows: str) -> list[GivenName]:
    """The rows of `name_words` (data/names/org_words.tsv) whose first English form is one of ``rows``."""
    return [c for c in name_words().names if c.forms and c.forms[0] in rows]


@functools.cache
def compound_parts(*rows: str) -> tuple[str, ...]:
    """The case-folded forms of the org_words rows (by their first English form) long enough to be a part of a
    compound (Bezirks|gericht, járás|bíróság, Bezirks|exekutiv|komitee)."""
    return tuple(sorted({f.casefold() for c in org_word_rows(*rows) for f in c.forms if len(f) >= _COMPOUND_PART}))


#: how long a form must be to be read as a part of a compound
_COMPOUND_PART = 5


@functools.cache
def org_word_classes(*rows: str) -> frozenset[int]:
    """The class ids of the `name_words` rows whose first English form is one of ``rows``."""
    return frozenset(c.id for c in org_word_rows(*rows))


#: the letters that may join the parts of a compound of organisation words: the German, Dutch and Scandinavian
#: linking s (distrikt|s|domstol), the Estonian genitive i (oblast|i|kohus)
_LINKING_LETTERS = "si"

#: the shortest part of a compound of organisation words (`org_compound`), and the shortest such compound; a last
#: part of three letters (German Rat, Swedish råd) only after a first part of `MIN_HEAD_BEFORE_SHORT` letters
#: (Koordinations|rat, Minister|rat)
MIN_COMPOUND_PART = 4
MIN_ORG_COMPOUND = 9
SHORT_LAST_PART = 3
MIN_HEAD_BEFORE_SHORT = 6


@functools.cache
def _org_word_forms() -> frozenset[str]:
    """Every form of every row of `name_words`, in lower case."""
    return frozenset(form.lower() for row in name_words().names for form in row.forms)


@functools.cache
def _longest_org_word() -> int:
    return max(map(len, _org_word_forms()))


@functools.lru_cache(maxsize=1 << 14)
def org_compound(word: str, depth: int = 1) -> tuple[int, int] | None:
    """Where a word that glues two forms of organisation words together (Swedish nationalbibliotek, Finnish
    tutkintakomitea, Dutch staatsuniversiteit with a linking s, Estonian oblastikohus with a genitive i) splits: the
    end of the first part and the start of the second, or None. Both parts must be forms listed in data/names/org_words.tsv, as written; the first may be
    such a compound itself, ``depth`` levels down (German Gebiets|exekutiv|komitee)."""
    low = word.lower()
    forms = _org_word_forms()
    longest = _longest_org_word()
    if not MIN_ORG_COMPOUND <= len(low) <= 2 * longest + 1:
        return None  # (a megabyte-long token is no compound: each part is at most the longest form)
    if low in forms:
        return None  # a compound listed as a form is one word of its row (volksgezondheid: health, not people's health)
    for cut in range(max(MIN_COMPOUND_PART, len(low) - longest), min(len(low) - SHORT_LAST_PART, longest + 1) + 1):
        if low[cut:] not in forms or (len(low) - cut < MIN_COMPOUND_PART and cut < MIN_HEAD_BEFORE_SHORT):
            continue
        if low[:cut] in forms or (depth and org_compound(low[:cut], depth - 1)):
            return cut, cut
        if low[cut - 1] in _LINKING_LETTERS and (low[: cut - 1] in forms or (depth and org_compound(low[: cut - 1], depth - 1))):
            return cut - 1, cut
    return None


def split_org_compounds(tokens: list[Token]) -> list[Token]:
    """Tokens with each word that glues words of organisation names (`org_compound`) read as its parts (a linking s
    between them is left out: distrikts|domstol; Gebiets|exekutiv|komitee has three): the finder reads running text
    so, and the index a registered name both as written and so, so that Energieministerium meets Міністэрства
    энергетыкі and a name registered as Weißrussisches Energieministerium still meets its own spelling."""
    if not any(t.kind == "word" and len(t.text) >= MIN_ORG_COMPOUND and org_compound(t.text) for t in tokens):
        return tokens
    return [part for t in tokens for part in (_org_parts(t) if t.kind == "word" else (t,))]


def _org_parts(token: Token) -> list[Token]:
    split = org_compound(token.text)
    if split is None:
        return [token]
    head_end, tail_start = split
    head = Token(token.text[:head_end], token.start, token.start + head_end, "word", token.hyphenated)
    return [*_org_parts(head), Token(token.text[tail_start:], token.start + tail_start, token.end, "word", False)]


@functools.lru_cache(maxsize=1 << 14)
def ends_with_org_word(word: str, rows: tuple[str, ...]) -> bool:
    """Does a compound end with a form of one of the org_words ``rows`` (by their first English form), whatever its
    first part (Belarus utvecklings|bank, Valgevene Kergejõustiku|liit, sikkerhets|råd)? A last part of three
    letters only after `MIN_HEAD_BEFORE_SHORT` letters, as in `org_compound`."""
    low = word.casefold()
    forms = org_word_forms(*rows)
    for cut in range(MIN_COMPOUND_PART - 1, len(low) - SHORT_LAST_PART + 1):
        if low[cut:] in forms and (len(low) - cut >= MIN_COMPOUND_PART or cut >= MIN_HEAD_BEFORE_SHORT):
            return True
    return False


#: the org_words rows of the qualifiers that open a state body's name (Нацыянальны алімпійскі камітэт, Дзяржаўны
#: пагранічны камітэт), which Romance languages write after the noun (Comitato olimpico nazionale) and Scandinavian
#: ones in lower case (den nationella olympiska kommittén)
STATE_QUALIFIER_ROWS = ("national", "state", "central", "supreme", "republican")


@functools.cache
def org_word_forms(*rows: str) -> frozenset[str]:
    """Every form of the org_words ``rows`` (by their first English form), case folded: for reading a word by its
    spelling, not its keys."""
    return frozenset(f.casefold() for c in org_word_rows(*rows) for f in c.forms)


def is_former_union_adjective(word: str) -> bool:
    """Is the word an adjective of the Soviet Union (Soviet, советского, sovietinio), which Belarus was part of? See
    ``[former_union]``."""
    return word.lower().startswith(_context()["former_union"])


def baltic_stems(word: str, language: str | None) -> tuple[str, ...]:
    """The word less each nominative ending Latvian and Lithuanian add to men's names (Gorbunovs: Gorbunov; Karolis:
    Karol), in a text of another ``language``, where only a Latvian's or Lithuanian's own name is written so; empty
    in a Baltic text, or for a word in no Latin letters. See ``[baltic_nominative]``."""
    context = _context()
    if language is None or language in context["baltic_languages"] or CYRILLIC.search(word) or not LATIN.search(word):
        return ()
    low = word.lower()
    endings = (e for e in context["baltic_endings"] if low.endswith(e) and len(word) - len(e) >= _BALTIC_STEM)
    return tuple(word[: -len(e)] for e in endings)


def letter_of_another_language(name: str, language: str | None) -> str | None:
    """The first letter of ``name`` that only some other languages' own orthography writes (``[own_letters]``) and
    ``language``'s alphabet lacks (Oľga in a Spanish text): the name is spelled as its bearer there spells it, not as
    that text's press writes a Belarusian. None where the text's language is not known."""
    if language is None or language not in languages():
        return None
    own, telling = alphabet(language), _context()["own_letters"]
    return next((ch for ch in name.lower() if ch in telling and ch not in own), None)


def baltic_languages() -> frozenset[str]:
    """The languages that add a nominative ending to every word of a man's name (Latvian, Lithuanian). See
    ``[baltic_nominative]``."""
    return _context()["baltic_languages"]


#: the shortest stem `baltic_stems` cuts an ending from
_BALTIC_STEM = 3


def is_womans_surname(word: str) -> bool:
    """Does the word end as only women's surnames do (Lithuanian -ienė, -aitė, -iūtė)? See ``[women_surnames]``."""
    return len(word) > 4 and word[0].isupper() and word.lower().endswith(_context()["women_surnames"])


def possessive_stems(word: str, language: str | None) -> tuple[str, ...]:
    """The surnames a word of ``language`` may be the possessive adjective of (Czech Babarykově: Babaryk, Babaryka),
    or none when the language makes none or the word has no such ending. See ``[possessives]``."""
    if language not in _context()["possessive_languages"] or not word[:1].isupper():
        return ()
    stems = [word[: -len(e)] for e in _context()["possessive_endings"] if word.endswith(e) and len(word) - len(e) >= 3]
    return tuple(dict.fromkeys(f for stem in stems for f in (stem, stem + "a")))


def after_maiden_name_word(text_before: str) -> str | None:
    """The word that ends ``text_before`` (the text right before a name) when it puts a woman's maiden name after
    it (née, z domu, урождённая), or None. See ``[maiden_name]``."""
    low = text_before.rstrip().lower()
    for word in _context()["maiden_name"]:
        if low.endswith(word) and (len(low) == len(word) or not low[-len(word) - 1].isalpha()):
            return str(word)
    return None


def glued_adjective_stem(word: str, language: str | None) -> str | None:
    """The town's name that an adjective of ``language`` glues an ending to (German Pinsker: Pinsk), or None. See
    ``[adjective]``."""
    for ending in _context()["glued"].get(language or "", ()):
        if word.endswith(ending) and len(word) > len(ending) + 2 and word[:1].isupper():
            return word[: -len(ending)]
    return None


def names_the_family(word: str, language: str | None, before: str | None = None) -> bool:
    """Is the word, right before a surname alone in a text of ``language``, one after which the surname names the
    family, no one member: a plural definite article in lower case (los, les, gli) or a word for a family (família,
    Familie), this not after a possessive (``before``: su familia)? See ``[families]``."""
    context = _context()
    if word in context["family_articles"].get(language or "", ()):
        return True
    own = before is not None and before.lower() in context["family_possessives"]
    return word.casefold() in context["family_words"].get(language or "", ()) and not own


def is_kin_word(word: str, language: str | None) -> bool:
    """Is the word one for a relative (son, wife, brother …) in ``language``, or in any language when it is not
    known? See ``[kin]``."""
    low = word.lower()
    tables = _context()["kin"]
    for words, stems in (tables.values() if language not in tables else (tables[language],)):
        if low in words or any(low.startswith(s) and len(low) - len(s) <= _STEM_ENDING for s in stems):
            return True
    return False


def is_saint_word(word: str) -> bool:
    """Is the word one for a saint before a given name (sainte, den hellige, svētā, святой)? See ``[saints]``."""
    return word.casefold().rstrip(".") in _context()["saints"]


def is_festival(word: str) -> bool:
    """Is the word the name of a festival that a person took his name from (Купалле, Kupalje: not Yanka Kupala)?
    See ``[festivals]``."""
    low = word.lower()
    return any(low.startswith(s) and len(low) - len(s) <= _STEM_ENDING for s in _context()["festivals"])


def names_a_feast(word: str, before: Sequence[str], after: str | None) -> bool:
    """Does the word, the name of a person who took it from a feast (Kupala), name the feast by the words around it
    (la notte di Kupala, fiesta de Kupala, Kupalos naktis)? ``before`` holds the words right before it, nearest last;
    ``after`` the word right after it. See ``[festivals]``."""
    context = _context()
    if not word.lower().startswith(context["feast_names"]):
        return False
    words = [w.lower() for w in before]
    if words and words[-1] in context["feast_of"]:
        words.pop()
    return bool(words and words[-1] in context["feast_before"]) or (after is not None and after.lower() in context["feast_after"])


def notes_relative(note: str, surname: str) -> bool:
    """Does a bundled person's note record a relative of that surname (son of Viktar Babaryka: Babaryka)? See
    ``[kin] relations``."""
    low, name = note.casefold(), surname.casefold()
    return any((at := low.find(r)) >= 0 and name in low[at:] for r in _context()["kin_relations"])


#: the most letters of case ending after a stem of ``[kin]`` or ``[festivals]`` (сын-: сыном; купалл: Купалля)
_STEM_ENDING = 3


def is_surname_particle(word: str) -> bool:
    """Does the word open a surname of several words (Dal Farra, van der Berg, dos Santos)? See
    ``[surname_particles]``."""
    return word.casefold() in _context()["surname_particles"]


def past_tense_gender(word: str) -> str | None:
    """The gender ("m", "f") a lower-case Cyrillic word agrees with when it is a Belarusian or Russian verb in the
    past tense (напісаў, зарасла), by its ending; None for another word. See ``[past_tense]``."""
    if not word.islower() or not CYRILLIC.search(word):
        return None
    for gender, endings in _context()["past_tense"]:
        if word.endswith(endings):
            return str(gender)
    return None


def is_instrumental_place_cue(word: str) -> bool:
    """Does the word govern the instrumental of a place in Ukrainian or Russian (під, між, под, между …; see
    ``[instrumental_place_cues]``)?"""
    return word.lower() in _context()["instrumental_place_cues"]


def is_location_preposition(word: str, language: str | None = None) -> bool:
    """Does the word put a country's name after it as a location (in, в, w, na)? In a text of ``language`` it may
    say where one goes instead (Portuguese à). See ``[abroad]``."""
    low = word.lower()
    return low in _context()["abroad_prepositions"] and low not in _context()["not_locations"].get(language or "", ())


def text_sport(words: Iterable[str]) -> str | None:
    """The one sport the words of a text speak of ("hockey" for KHL, хакей, овертайм, jääkiekkoilija; "football" for
    футбол, футбаліст, Conference League), or None for none or several. See ``[sports]``."""
    ordered = [w.lower() for w in words]
    seen = set(ordered)
    stems = _context()["sport_stems"]
    # (a league's word that is a common word too speaks of the sport only right beside a word for a league: Europa
    # League, Liga Europy; not Il premier … la Lega)
    league = _context()["league_words"]
    pairs = list(zip(ordered, ordered[1:]))
    beside = {b for a, b in pairs if a in league} | {a for a, b in pairs if b in league}
    found = [
        sport
        for sport, known in _context()["sports"].items()
        if not known.isdisjoint(seen)
        or not _context()["league_qualifiers"].get(sport, frozenset()).isdisjoint(beside)
        or any(w.startswith(stems.get(sport, ())) for w in seen)
    ]
    return found[0] if len(found) == 1 else None


def plays(note: str) -> str:
    """What a club's note says it is, before any aside: "football club from Grodno" (the hockey club's note may
    name the football club in brackets, to tell them apart)."""
    return note.split("(")[0].lower()


def club_prefixes(sport: str) -> tuple[str, ...]:
    """The prefixes of the clubs of one sport (хк, hc for hockey), those of ``[sports]`` that its words list."""
    return tuple(sorted(p for p in _context()["club_prefixes"] if p in _context()["sports"].get(sport, ())))


def is_club_prefix(word: str) -> bool:
    """Is the word a sports club's prefix (ФК, ХК, FC, HC)? See ``[sports]``."""
    return word.lower() in _context()["club_prefixes"]


def joins_region(word: str) -> bool:
    """Does the word join a unit word to the region it names after it (région de Lviv, region of Kherson)? See
    ``[abroad]``."""
    return word.lower() in _context()["region_of"]


def names_a_language_after(word: str) -> bool:
    """Does the word put a language's name after it (em português, på svenska, auf Deutsch)? See ``[abroad]``."""
    return word.lower() in _context()["language_of"]


def is_near_preposition(word: str) -> bool:
    """Does the word put a place near a city named after it (под Москвой, pod Białymstokiem, near)? See
    ``[abroad]``."""
    return word.lower() in _context()["near_prepositions"]


def is_indefinite_article(word: str) -> bool:
    """Is the word an indefinite article (an, eine, une), after which a church's word is a church, not the Church?
    See ``[churches]``."""
    return word.lower() in _context()["indefinite_articles"]


def is_compass_word(word: str, *, after_location: bool = False) -> bool:
    """Is the word a point of the compass (north, на поўначы, au nord-est), which puts a place in a part of a
    country or beside a city named after it? ``after_location``: right after a location word, where the words that
    are also other words count too (en el sur de, à l'est de). See ``[abroad]``."""
    low = word.lower()
    return low in _context()["compass"] or (after_location and low in _context()["compass_after_location"])


def compass_prefix(word: str) -> str | None:
    """The point of the compass (north, south, east, west) that the word names as the first half of a hyphenated
    place name (Põhja-Dvina, Etelä-Bug), or None. See ``[compass_prefixes]``."""
    point: str | None = _context()["compass_prefixes"].get(word.lower())
    return point


def is_compound_place_word(word: str, language: str | None) -> bool:
    """Does the word join a town's name to what tells it from its namesakes (Horky nad Jizerou, Brest pri Igu) in
    text of ``language``? See ``[abroad]``."""
    return language in _context()["compound_languages"] and word in _context()["compound_words"]


def is_resident_word(word: str) -> bool:
    """Is the word a noun for a town's residents, before the town's genitive (жительница Лепеля, mieszkanka Lidy)?
    See ``[abroad]``."""
    return word.lower() in _context()["residents"]


def is_source_preposition(word: str) -> bool:
    """Does the word say where one comes from (из, from, z, aus), so that a location after the place is where one
    goes (из Минска в Россию)? See ``[abroad]``."""
    return word.lower() in _context()["source_prepositions"]


def is_foreign_city(word: str) -> bool:
    """Is the word, as written, the name of a large city or a region of another country, in any case form
    (Москвой, Kaliningrad, Bretagne, Львівщині), and not that of a Belarusian entity? See
    ``data/names/foreign_cities.txt`` and ``foreign_region_nicknames.txt``."""
    return word in _listed("foreign_cities.txt") or word in _listed("foreign_region_nicknames.txt")


def is_region_abroad(word: str) -> bool:
    """Is the word, as written, one of the names the press gives a region of another country (Львівщині, Pomorzu,
    Slezsku, Kurland)? See ``data/names/foreign_region_nicknames.txt``."""
    return word in _listed("foreign_region_nicknames.txt")


def is_town_abroad(word: str) -> bool:
    """Is the word, as written, the name of a town of Belarus's neighbours near its border, in any case form
    (Hajnówce, Белосток, Nevel), farther from it (Rzhev, Nizhyn) or in Czechia, Slovakia and Estonia (Uničov), and not
    that of a Belarusian entity nor a common word? See ``data/names/foreign_border_towns.txt`` and ``foreign_towns.txt``."""
    return word in _listed("foreign_border_towns.txt") or word in _listed("foreign_towns.txt")


def is_metropolis(word: str) -> bool:
    """Is the word, as written, the name of a capital or a city of 250,000 people or more abroad, in any case form
    (Vilnius, Warszawie, Montreal)? Belarusians abroad are named with such cities, local news abroad with its towns.
    See ``data/names/foreign_metropolises.txt``."""
    return word in _listed("foreign_metropolises.txt")


#: the ending of the Czech and Slovak towns named in the plural (Pardubice, Holice), whose adjective ends in -ický
_CZECH_PLURAL_TOWN = "ce"


@functools.lru_cache(maxsize=1 << 12)
def foreign_city_of_adjective(word: str) -> str | None:
    """The city abroad an adjective is made from (Калининградской, смоленской: Смоленск; Мурманской; Ярославской:
    Ярославль; Slovene Brjanski, Czech Kurské: Brjansk, Kursk), which before a unit word names its region and right
    before a place's name says where it lies (в смоленской Ельне), or None. Read off the adjective endings of
    ``[adjective]``: the city is the stem, the stem with its -ск (Мурманск) or with a soft sign, or with the noun's
    ending that the adjective drops (Полтава, Одеса, Сумы)."""
    low = word.lower()
    latin = bool(LATIN.search(low))
    endings = (*_context()["latin"], *_context()["city_latin"]) if latin else _context()["cyrillic"]
    for ending in endings:
        if latin and not ending.startswith(_LATIN_CITY_ADJECTIVE):
            continue  # (-isch, -ian, -ese: a country's adjective, not a city's)
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[0].upper() + word[1 : len(word) - len(ending)]
            cut = ending[: len(ending) - len(ending.lstrip("сцкьsck"))]  # (-ск-, -цк-, -ськ-, -sk- of the adjective)
            # (the noun's own ending the adjective drops: Полтавской, Одесской, Сумской, Тульской, Винницкой)
            a, y, en, ye = ("a", "y", "en", "je") if latin else ("а", "ы", "ен", "ье")
            # (not of a stem of three letters: Slovene minskega is Minsk's, not Minna's; the -ен- an adjective puts
            # after a stem in н or з, Варненской, Пензенской: Варна, Пенза; the -ье it drops: Запорожской, Запорожье)
            # (and the -ice of the Czech and Slovak towns whose adjective ends in -ický: Pardubice, Pardubickom kraji)
            nouns = (
                (stem + cut + a, stem + a, stem + y, stem.removesuffix("ь") + a, stem + ye)
                + ((stem + _CZECH_PLURAL_TOWN,) if latin and cut.startswith("c") else ())
                + ((stem[: -len(en)] + a,) if stem.endswith(en) and stem[: -len(en)].endswith(_BEFORE_EN) else ())
                if len(stem) > _SHORT_STEM
                else ()
            )
            city = next(
                (s for s in (stem, stem + cut, stem + "ь", stem + "ль", *nouns) if is_foreign_city(s)), None
            )
            if city is not None:
                return city
    return None


#: the longest stem of an adjective whose city is not read with a noun's ending (minskega: no Minna)
_SHORT_STEM = 3
#: the last letters of a city's stem after which its adjective puts -ен- (Варна: Варненской, Пенза: Пензенской)
_BEFORE_EN = ("н", "з", "n", "z")
#: how the Latin adjective endings of a city's name begin (Brjanski, Kurské, Pskovskoj): -sk-, -ck-
_LATIN_CITY_ADJECTIVE = ("sk", "ck")


def foreign_office_languages(word: str) -> frozenset[str]:
    """The languages in which the word is the title of an office only other countries' local government has (mayor,
    wójt, primar), or none. See ``[abroad.offices]``."""
    languages: frozenset[str] = _context()["foreign_offices"].get(word.lower(), frozenset())
    return languages


def _by_word(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """A table of words by language turned round: each word (lower case) and the languages that list it."""
    out: dict[str, set[str]] = {}
    for language, words in table.items():
        for word in words:
            out.setdefault(word.lower(), set()).add(language)
    return {word: frozenset(languages) for word, languages in out.items()}


def is_foreign_unit(word: str) -> bool:
    """Is the word a unit that only other countries have (powiat, gmina, hromada, county)? See ``[abroad]``."""
    return word.lower() in _context()["foreign_units"]


#: a Hungarian final vowel lengthened before a case ending, and the vowel the name ends with (Ukrajna: Ukrajnában)
_SHORT_VOWEL = {"á": "a", "é": "e"}


def in_a_country(word: str, language: str | None) -> bool:
    """Is the word another country's name in a case that says where something is, in a language that writes no
    preposition for it (Finnish Venäjällä, Estonian Venemaal, Hungarian Oroszországban)? See ``[abroad.locative]``."""
    stems = [word[: -len(e)] for e in _context()["locative"].get(language or "", ()) if word.endswith(e)]
    stems += [stem[:-1] + _SHORT_VOWEL[stem[-1]] for stem in stems if stem and stem[-1] in _SHORT_VOWEL]  # Ukrajnában
    return any(is_foreign_country(stem, adjectives=False) for stem in stems if len(stem) > 2)


def locative_endings(language: str | None) -> tuple[str, ...]:
    """The endings of the case that says where something is in ``language``, if it writes no preposition for it
    (``[abroad.locative]``)."""
    return _context()["locative"].get(language or "", ())


def locative_ending(word: str, language: str | None) -> bool:
    """Does the word end as a name does in the case that says where something is, in a language that writes no
    preposition for it (Hungarian Mozirban, Finnish Minskissä)? See ``[abroad.locative]``."""
    return word.endswith(_context()["locative"].get(language or "", ()))


def is_conjunction(word: str, language: str | None = None) -> bool:
    """Is the word a conjunction (и, and, oraz) that joins another item to a list? See ``[abroad]``. In a text of
    ``language`` the word may be something else (Scandinavian i is "in": i Horodok i Lviv fylke), or a word that
    is something else elsewhere may be one (Dutch en)."""
    low = word.lower()
    if low in _context()["conjunctions_by_language"].get(language or "", ()):
        return True  # (the Dutch en, the Slovene in)
    return low in _context()["conjunctions"] and low not in _context()["not_conjunctions"].get(language or "", ())


def is_unit_word(word: str) -> bool:
    """Is the word a generic word for an administrative unit (раён, вобласці, region, obwodzie)?"""
    return word.lower() in _context()["units"]


#: the case endings of a noun in -шчына (Піншчына, Піншчыны, Піншчыне, Піншчыну, Піншчынай, Піншчынаю) and of the
#: Russian and Ukrainian -щина (Пинщине, Пінщині, Пінщини, Пінщиною), for a ``[[regional_noun]]`` that lists none
_REGIONAL_ENDINGS = ("а", "ы", "е", "у", "ай", "аю", "ою", "ой", "і", "и")


@functools.cache
def _regional_rules() -> tuple[tuple[re.Pattern[str], tuple[str, ...], frozenset[str]], ...]:
    """Each ``[[regional_noun]]`` as a word of a stem, its suffix and a case ending, the endings of the centre's
    name it stands for, and the languages it is read in (empty: all)."""
    out = []
    for rule in _context()["regional"]:
        endings = "|".join(sorted(rule.get("endings", _REGIONAL_ENDINGS), key=len, reverse=True))
        pattern = re.compile(rf"^(\w+?)({re.escape(rule['suffix'])})({endings})$")
        out.append((pattern, tuple(rule["centre"]), frozenset(rule.get("languages", ()))))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 14)
def regional_centres(word: str, language: str | None = None) -> tuple[str, ...]:
    """The names of a centre an area noun may be made from, most likely first: Belarusian in -шчына, Russian and
    Ukrainian in -щина (Піншчыне: Пінск, Пін, …; Случчына: Слуц, Слуцк, …), and in a text of ``language`` the
    rules of that language (Czech na Homelsku: Homel); empty for any other word."""
    out: list[str] = []
    for pattern, endings, languages in _regional_rules():
        if languages and language not in languages:
            continue
        m = pattern.match(word)
        if m is None:
            continue
        stem = m.group(1)
        stems = (stem, stem[:-1]) if stem.endswith("ь") else (stem,)  # Мядзельшчына: Мядзел
        out.extend(s + ending for s in stems for ending in endings)
    return tuple(dict.fromkeys(out))


#: how the registered Belarusian name of a Belarusian body ends: Belarusian text leaves it out of its own bodies
HOME_COUNTRY = frozenset({"беларусь", "беларусі", "biełaruś", "biełarusi"})
#: the home country's own name, as its bodies' registered names end
HOME_NAME = "Беларусь"


def is_home_country(word: str) -> bool:
    """Is the word Belarus as the registered Belarusian names of its bodies end, in Cyrillic or Łacinka (Рэспублікі
    Беларусь, Respubliki Biełaruś)?"""
    return word.lower() in HOME_COUNTRY


def one_subject_names(cleaned: str, tokens: list[Token]) -> tuple[str, ...]:
    """A ministry's registered name of two subjects (cleaned, and its ``tokens``) with either left out, as the press
    names it (Міністэрства транспарту Рэспублікі Беларусь for Міністэрства транспарту і камунікацый Рэспублікі
    Беларусь, Ministerium für Verkehr der Republik Belarus; the construction ministry for the Ministry of
    Architecture and Construction), or none for a name that is none such. See ``[shortened_names]`` in context.toml."""
    if len(tokens) < 4 or tokens[0].text.casefold() not in org_word_forms(*_context()["shortened_heads"]):
        return ()
    # the first "and" in lower case (И. is an initial of a patronymic)
    joint = next((k for k in range(2, len(tokens) - 1) if tokens[k].text.islower() and is_conjunction(tokens[k].text)), None)
    if joint is None:
        return ()
    tail = len(tokens)  # the country and the words before it that the name ends with (der Republik Belarus)
    while tail > joint + 2 and _country_tail_word(tokens[tail - 1].text):
        tail -= 1
    country = " " + cleaned[tokens[tail].start :] if tail < len(tokens) else ""
    first = cleaned[: tokens[joint].start].rstrip() + country
    # the words between the head and the first subject (of, für) stay: Ministry of | Construction of Belarus
    subject = next((k for k in range(1, joint) if not is_function_word(tokens[k].text)), joint)
    second = cleaned[: tokens[subject].start] + cleaned[tokens[joint + 1].start :]
    return (first, second) if joint + 1 < tail else (first,)


def _country_tail_word(word: str) -> bool:
    return is_belarusian_word(word) or is_optional_in_name(word) or is_function_word(word)


def is_belarusian_word(word: str) -> bool:
    """Is the word a form of the belarusian row of org_words in some language (Baltarusijos, biélorusse, Belarusului,
    weißrussische, Wit-Russische)?"""
    return not name_words().classes(word).isdisjoint(org_word_classes("belarusian"))


def is_optional_in_name(word: str) -> bool:
    """May a query leave this word of an organisation's registered name out (Рэспублікі in Следчы камітэт
    Рэспублікі Беларусь)?"""
    return word.lower() in _context()["optional"]


def is_named_after_word(word: str) -> bool:
    """Is the word a "named after" (імя, имени) that a query may hold though the registered name does not (полк
    імені Кастуся Калиновського)? See ``named_after`` in ``[optional_in_names]``."""
    return word.lower() in _context()["optional_named_after"]


def is_optional_at_end(word: str) -> bool:
    """May a query leave out this last word of a registered name after a word it matches (сітуацыях in Міністэрства
    па надзвычайных сітуацыях: ministerie van Noodsituaties)? See ``last`` in ``[optional_in_names]``."""
    return word.lower() in _context()["optional_last"]


def is_eponym_given_name(words: Sequence[str], i: int) -> bool:
    """Is ``words[i]``, in a body's name (one holding a word of organisation names), the given name of the person it
    is named after, right before that person's surname (Yanka Kupala National Academic Theatre; тэатр імя Янкі
    Купалы), which the press leaves out (the Kupala National Theatre)? Not a word of organisation names, nor one
    before another given name or such a word."""
    if i + 1 >= len(words) or not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
        return False
    word, surname = words[i], words[i + 1]
    return (
        bool(given_names().classes(word))
        and not name_words().classes(word)
        and not name_words().classes(surname)
        and not given_names().classes(surname, inflected=False)
        and any(name_words().classes(w) for w in words)  # (a body's name: not Іван Купала, the midsummer night)
    )


def is_optional_beside_a_proper_name(word: str) -> bool:
    """Is the word one the press leaves out only of a body's name that holds a proper name (Academic: the Kupala
    National Theatre)? See ``[optional_in_names] beside_a_proper_name``."""
    return word.lower() in _context()["optional_beside_proper"]


def is_optional_beside_a_name(word: str) -> bool:
    """May a query leave out this word of a registered name when it matches a proper name of it (дзяржаўны in
    Палескі дзяржаўны радыяцыйна-экалагічны запаведнік)? See ``beside_a_name`` in ``[optional_in_names]``."""
    return word.lower() in _context()["optional_beside"]


def is_foreign_region_adjective(word: str) -> bool:
    """Is the word, case aside, the adjective of a region abroad that holds a namesake of a Belarusian town (bretonischen,
    Breton)? See ``region_adjectives`` in ``[abroad]``."""
    return word.casefold() in _context()["region_adjectives"]


def is_home_town(word: str, language: str | None) -> bool:
    """Is the word, in one of its case forms, a town of the country whose language the text is in that shares its
    name with a Belarusian place (French Brest, Czech Most)? With ``language`` None: of any such country. See
    ``home_towns`` in ``[abroad]`` of ``data/names/context.toml``."""
    if language is None:
        return word.casefold() in _context()["any_home_town"]
    return word.casefold() in _context()["home_towns"].get(language, ())


def names_bigger_namesake(surface: str, place: str) -> bool:
    """Is the name, as spelled, that of a far larger Russian town that the Belarusian place of id ``place`` shares in
    Russian (Ivanovo, Кировске, Dzeržinskin; not Ivanava, Кіраўску)? See ``[abroad.bigger_namesakes]``."""
    stems = _context()["bigger_namesakes"].get(place)
    return stems is not None and "".join(c for c in unidecode(surface).casefold() if c.isalpha()).startswith(stems)


def names_home_town_region(word: str) -> bool:
    """Is the word the name or adjective of a region abroad that holds a home town (Brittany, Breton)? See
    ``region_names`` and ``region_adjectives`` in ``[abroad]``."""
    folded = word.casefold()
    return folded in _context()["region_names"] or folded in _context()["region_adjectives"]


def is_unit_before_name(word: str) -> bool:
    """May the unit word stand before the place's name, meaning the region or district (la région de Gomel,
    regiunea Gomel, obwodzie brzeskim)?"""
    return word.lower() in _context()["units_before"]


def is_such_as(words: str) -> bool:
    """Are the words, whole, a phrase of "such as", which may stand between a plural unit word and the list it names
    (Kreisen wie Wetka und Tschetschersk; districts such as Vetka)? See ``[units_before] such_as``."""
    return " ".join(words.casefold().split()) in _context()["such_as"]


def is_plural_unit_before_name(word: str) -> bool:
    """Is the word a plural unit word before the places' names, which names each place of the list after it (the
    districts of Khoiniki, Brahin and Narowlia; raioanele Hoiniki, Bragin și Narovlia)?"""
    return word.lower() in _context()["plural_units_before"]


def is_patronymic(word: str) -> bool:
    """Does the word look like a patronymic (-віч, -аўна, -ович, -овна, -ична; -owicz, -ovich)?"""
    rules = inflection_rules()["patronymic"]
    return any(len(k) >= rules["min_length"] and k.endswith(tuple(rules["endings"])) for k in keys(word))


def is_surname_shaped_patronymic(word: str) -> bool:
    """Is the word shaped like a masculine patronymic that is also a common surname's shape (-віч, -owicz)?"""
    rules = inflection_rules()["patronymic"]
    return any(len(k) >= rules["min_length"] and k.endswith(tuple(rules["surnames"])) for k in keys(word))


#: the shortest form of a word that `GivenNames.spelled_classes` reads as the stem of a longer word
_SPELLED_STEM = 4
#: a word this short is a given name only when it spells one of the name's forms letter for letter: the keys of two
#: letters are too many names' (En: Ян, Ann)
_SHORT_GIVEN = 2


@dataclass(frozen=True, slots=True)
class GivenName:
    """One row of the given-name table: a name in every language, and its familiar forms."""

    id: int
    gender: str
    forms: tuple[str, ...]
    diminutives: tuple[str, ...]

    @property
    def canonical(self) -> str:
        """The standard Belarusian form."""
        return self.forms[0]


@dataclass(frozen=True)
class GivenNames:
    """Given-name classes and the keys that point to them: of full forms (in any language) and of familiar
    forms, each in the nominative and in every case form."""

    names: tuple[GivenName, ...]
    nominative: dict[str, frozenset[int]] = field(repr=False)
    inflected: dict[str, frozenset[int]] = field(repr=False)
    familiar: dict[str, frozenset[int]] = field(repr=False)

    def classes(self, word: str, *, inflected: bool = True) -> frozenset[int]:
        """The classes a word is a full form of (any script; any case form unless ``inflected`` is False).

        A word that is itself the nominative of a name is that name, and a case form only of a name of the other
        gender: Аляксандра is Alexandra or Alexander's genitive, but Арцём is no case form of Jerzy read as Arti.
        """
        nominative = self._lookup(word, (self.nominative,))
        if len(word) <= _SHORT_GIVEN:  # (En has the key of Ян and Ann, but names neither)
            return frozenset(c for c in nominative if self.spells(word, frozenset({c})))
        if not inflected:
            return nominative
        forms = self._lookup(word, (self.inflected,))
        if not nominative:
            return forms
        genders = self.genders(nominative)
        return nominative | frozenset(c for c in forms if self.row(c).gender not in genders)

    def spelled_classes(self, word: str, *, inflected: bool = True) -> frozenset[int]:
        """`classes`, narrowed to those one of whose forms the word spells (`spelled`) when it spells some: keys
        that the languages share put Romanian orașului (of the town) next to Hungarian járás (district), but the
        word is the one its letters write (Gebiets is Gebiet's genitive and the adjective's form alike), or failing
        that, the one of whose short forms it is one (`_spelled_short`)."""
        found = self.classes(word, inflected=inflected)
        return found if len(found) < 2 else self.spelled(word, found) or self._spelled_short(word, found) or found

    def spelled(self, word: str, found: frozenset[int] | None = None) -> frozenset[int]:
        """The classes (of ``found``, by default all the word's `classes`) one of whose forms the word spells, alone
        or with an ending after it."""
        low = word.casefold()
        return frozenset(
            c
            for c in (self.classes(word) if found is None else found)
            if any(low.startswith(f.casefold()) for f in self.row(c).forms if len(f) >= _SPELLED_STEM)
        )

    def _spelled_short(self, word: str, found: frozenset[int]) -> frozenset[int]:
        """The classes (of ``found``) one of whose short forms the word is, letter for letter (`spells`): Danish ret is
        court, not the German Rat (council) that its key also reaches."""
        return frozenset(c for c in found if self.spells(word, frozenset({c})))

    def classes_of_keys(self, word_keys: Iterable[str]) -> frozenset[int]:
        """The classes whose nominative has one of these keys (a word's keys under another language's reading:
        the French Nadejda is Надежда)."""
        return self._by_keys(word_keys, (self.nominative,))

    def spells(self, word: str, classes: frozenset[int]) -> bool:
        """Is the word, letter for letter (case aside), a full or familiar form of one of these classes, not only
        one of their keys (Лідзе, the town's locative, has the key of the name Ліда; Ивана that of Иванна)?"""
        low = word.casefold()
        return any(low == f.casefold() for c in classes for f in (*self.row(c).forms, *self.row(c).diminutives))

    def genders(self, classes: frozenset[int]) -> frozenset[str]:
        """The genders (m, f) of these classes; unknown genders are left out."""
        return frozenset(g for c in classes if (g := self.row(c).gender))

    def familiar_classes(self, word: str) -> frozenset[int]:
        """The classes a word is a familiar form of (Алесь, Саша for Аляксандр), in any case form."""
        return self._lookup(word, (self.familiar,))

    @staticmethod
    def _lookup(word: str, tables: tuple[dict[str, frozenset[int]], ...]) -> frozenset[int]:
        return GivenNames._by_keys(keys(word), tables)

    @staticmethod
    def _by_keys(word_keys: Iterable[str], tables: tuple[dict[str, frozenset[int]], ...]) -> frozenset[int]:
        found: set[int] = set()
        for k in word_keys:
            for table in tables:
                found.update(table.get(k, ()))
        return frozenset(found)

    def row(self, class_id: int) -> GivenName:
        """The row of a class id (ids are consecutive from the first row's)."""
        return self.names[class_id - self.names[0].id]

    def __len__(self) -> int:
        return len(self.names)


_COLUMNS = ("gender", "be", "ru", "pl", "en", "lacinka", "other", "diminutives")


def _read_table() -> tuple[GivenName, ...]:
    path = data_path("names", "given_names.tsv")
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(rows[0].keys()) != _COLUMNS:
        raise ValueError(f"{path}: header must be {' '.join(_COLUMNS)}")
    out = []
    for i, row in enumerate(rows):
        split = {c: tuple(x.strip() for x in (row.get(c) or "").split("|") if x.strip()) for c in _COLUMNS}
        forms = tuple(dict.fromkeys(split["be"] + split["ru"] + split["pl"] + split["en"] + split["lacinka"] + split["other"]))
        if not forms:
            raise ValueError(f"{path}: row {i + 2} has no name")
        out.append(GivenName(i, (row["gender"] or "").strip(), forms, split["diminutives"]))
    return tuple(out)


def _add(table: dict[str, set[int]], key: str, name_id: int) -> None:
    table.setdefault(key, set()).add(name_id)


#: tables indexed by an earlier process, from `belnorm.cache` (`preload`), used instead of indexing them again
_PRELOADED: dict[str, GivenNames] = {}


def preload(given: GivenNames, words: GivenNames) -> None:
    """Use the `given_names` and `name_words` tables an earlier process indexed from the same data and code
    (the cache of the default index keeps them): indexing them takes longer than loading the index."""
    _PRELOADED.update(given=given, words=words)


@functools.cache
def given_names() -> GivenNames:
    """The bundled given-name table, indexed by the key of every form and case form (cached)."""
    return _PRELOADED.pop("given", None) or _index_classes(_read_table())


#: class ids of `name_words` start here, so that they never meet a given-name class
WORD_CLASS_BASE = 1_000_000


@functools.cache
def name_words() -> GivenNames:
    """Common words of organisation and place names across languages (data/names/org_words.tsv): Charter is
    Хартыя, University Універсітэт. Their class ids start at `WORD_CLASS_BASE`."""
    preloaded = _PRELOADED.pop("words", None)
    if preloaded is not None:
        return preloaded
    path = data_path("names", "org_words.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    out = []
    for number, fields in enumerate(rows[1:], 2):
        forms = tuple(dict.fromkeys(f.strip() for field in fields for f in field.split("|") if f.strip()))
        if len(forms) < 2:
            raise ValueError(f"{path}: row {number} has no equivalents")
        out.append(GivenName(WORD_CLASS_BASE + number, "", forms, ()))
    return _index_classes(tuple(out))


def _index_classes(table: tuple[GivenName, ...]) -> GivenNames:
    nominative: dict[str, set[int]] = {}
    inflected: dict[str, set[int]] = {}
    familiar: dict[str, set[int]] = {}
    for name in table:
        for forms, full in ((name.forms, True), (name.diminutives, False)):
            for word in (w for form in forms for w in form.split()):
                for _, stem in stem_keys(word):
                    _add(nominative if full else familiar, finish(stem), name.id)
                    for k, _ in inflected_forms(stem):
                        _add(inflected if full else familiar, k, name.id)
    # one frozenset object per distinct set of classes: most keys share a few (a cached index pickles each once)
    shared: dict[frozenset[int], frozenset[int]] = {}
    return GivenNames(
        table,
        *({k: shared.setdefault(frozenset(v), frozenset(v)) for k, v in t.items()} for t in (nominative, inflected, familiar)),
    )
