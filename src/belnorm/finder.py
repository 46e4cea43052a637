"""Mentions of gazetteer entities in running text, with exact offsets into the original string.

The text is read through a *view*: the same cleanup as `belnorm.clean` (NFC, no zero-width or control
characters, one apostrophe, one hyphen, homoglyphs folded), with a map from every view character back to the
original offsets, so a mention's ``text`` is always ``text[start:end]`` of what the caller passed.

Candidate spans come from `belnorm.spans`: windows of words that can be part of a name (a key, case form or typo
neighbour in the index, a given name, an initial, a patronymic; lower-case words only where they continue a name)
that hold a surname or a place or organisation word. Names of two words or more are taken first, longest first,
left to right; then single words, which must pass a careful reader's checks of their context (`_single_word_doubt`:
the text's language and its common words, sentence starts, quotes, adjectives and unit words, longer names,
namesakes, persons known from lists). A surname alone links only when it is unambiguous or the text names that
person in full.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex
from rapidfuzz import fuzz
from unidecode import unidecode

from belnorm.canonicalize import canonical
from belnorm.engine import ABROAD, AMBIGUOUS, Engine
from belnorm.keys import drops_a_syllable, keyed_readings_in, keys, readings
from belnorm.lexicon import CAPITALIZED_NOUNS, frequent_anywhere, guess_line_languages, most_common_in, zipf
from belnorm.morphology import Paradigm, foreign_stems, paradigms, writes_own_endings_only
from belnorm.options import EXACT, SURNAME_ONLY_PENALTY
from belnorm.names import (
    writes_nationalities_in_lower_case,
    heads_titles,
    names_as_serving,
    foreign_office_languages,
    baltic_languages,
    baltic_stems,
    letter_of_another_language,
    foreign_city_of_adjective,
    ELIDED,
    Token,
    adjectival_case_form,
    after_maiden_name_word,
    asked_place_type,
    kind_word_comes_first,
    given_names,
    name_words,
    names_a_namesake,
    names_bigger_namesake,
    names_home_town_region,
    number_sign,
    org_compound,
    org_word_classes,
    org_word_forms,
    org_word_rows,
    in_a_country,
    is_adjective,
    is_belarusian_word,
    club_prefixes,
    compound_parts,
    is_club_prefix,
    holds_genitive_between,
    is_along_word,
    is_over_word,
    ends_with_minister_word,
    by_the_water,
    WATER,
    is_woman_or_genitive,
    describes_a_woman,
    is_article,
    is_conjunction,
    is_plural_unit_before_name,
    is_such_as,
    is_demonym,
    is_exact_court_word,
    spelled_level_rows,
    is_foreign_adjective,
    is_foreign_parliament,
    is_rule_compound_word,
    is_minister_word,
    is_shared_body_name,
    is_street_word,
    is_region_abroad,
    is_town_abroad,
    is_foreign_city,
    is_foreign_place,
    is_foreign_region_adjective,
    is_foreign_country,
    is_foreign_unit,
    is_function_word,
    is_metropolis,
    ends_with_org_word,
    joins_body_words,
    is_officer_word,
    is_in_before_locative,
    is_in_before_places_only,
    is_instrumental_place_cue,
    is_in_preposition,
    joins_country_to_body,
    names_country_first,
    names_country_only_first,
    spelled_body_word,
    is_home_town,
    is_location_preposition,
    locative_ending,
    locative_endings,
    is_near_preposition,
    names_a_language_after,
    is_noise,
    is_named_after_word,
    is_optional_in_name,
    is_org_unit,
    is_org_unit_or_compound,
    is_patronymic,
    is_surname_shaped_patronymic,
    is_place_word,
    compass_prefix,
    is_compass_word,
    is_festival,
    is_kin_word,
    is_saint_word,
    is_union_of_states,
    is_compound_place_word,
    is_resident_word,
    is_source_preposition,
    is_tag,
    is_title,
    is_unit_word,
    is_former_union_adjective,
    glued_adjective_stem,
    is_surname_particle,
    joins_region,
    is_womans_surname,
    is_work_word,
    names_a_brand,
    names_a_feast,
    is_product_word,
    names_the_family,
    notes_relative,
    call_sign_before,
    is_call_sign_after,
    place_fits,
    past_tense_gender,
    possessive_stems,
    place_type,
    place_locative_ending,
    plays,
    settlement_rank,
    regional_centres,
    text_sport,
    tokenize,
)
from belnorm.query import CASE_FORM_RULE, PROTHETIC_RULE, QueryToken, settled
from belnorm.scoring import COUNTRY_LEFT_OUT_RULE, TRANSLATED_RULE, Scored
from belnorm.scripts import to_cyrillic
from belnorm.spans import (
    CLOSING_QUOTES as _CLOSING_QUOTES,
    MAX_SPAN_TOKENS,
    OPENING_QUOTES as _QUOTES,
    PRISON_IDS,
    UNIT_LEVELS,
    add_given_and_patronymic,
    covered_tokens,
    match_by_rule,
    name_end,
    in_cyrillic_locative,
    in_lower_case,
    is_possessive_join,
    is_prison_word,
    kept_in_lower_case,
    longest_name,
    place_id,
    regional_noun,
    split_compounds,
    split_glued,
    town_adjective_form,
)
from belnorm.gazetteer import NAMESAKE_ID, Entity
from belnorm.results import Doubt, Link, Match, Mention
from belnorm.text import APOSTROPHE, APOSTROPHES, CYRILLIC, HYPHENS, LATIN, WORD, collapse_marks, fold_apostrophes, fold_homoglyphs, is_word_char

__all__ = ["find", "iter_find"]

#: an abbreviated generic word inside a name (г. for горада): the tokenizer drops it, and its dot ends nothing
_ABBREVIATION = regex.compile(r"(?<=\s)\p{Ll}\.(?=\s)")
#: the sign or abbreviation of "number" before a number (№ 17, nr 1, nr. 1, n° 9, n.º 11, št. 22, br. 11), which a
#: name may hold (калонія № 17)
_NUMBER_SIGN = regex.compile(rf"(?<=\s){number_sign()}(?=\s|$)")  # (at the gap's end: №8, the sign on the number)
#: only these may stand between two tokens of one name: spaces, a hyphen, the dot of an initial
_JOINER = regex.compile(r"[ \t\r\n\u00a0.\-'’" + APOSTROPHE + r"]*")  # a possessive's apostrophe too (Belarus' KGB)
#: an elided article before a name, at the end of the gap between two words (… biélorusse dʼ|Astraviets)
_ELIDED_GAP = regex.compile(r"(?<=\s)" + ELIDED + "$")
_CHANGES_LENGTH = regex.compile(r"[\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Mn}]")
#: one grapheme cluster (a letter and its marks, CR LF, a flag): the view keeps or drops it whole
_CLUSTER = regex.compile(r"\X")
#: characters that never join a neighbour into one grapheme cluster (not CR, a mark, a joiner, a flag's half, jamo)
_LONE_CLUSTERS = regex.compile(r"[\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}\n]*")
#: a word hyphenated at a line's end (Аўтухо-|віча, OCR and print layouts): the view joins its halves
_LINE_END_HYPHEN = regex.compile(r"(?<=\p{L})[-\u00ad\u2010][ \t]*\r?\n[ \t]*(?=\p{Ll})")
#: control characters read as spaces, except line breaks: a name may be wrapped onto the next line, but never
#: runs across an empty line, and a line's first word starts a sentence (a headline, a CSV cell)
_ONE_FOR_ONE = {ord(c): "-" for c in HYPHENS} | {
    c: " " for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\r"
}

_TERMINATORS = frozenset(".!?…")
#: the last word character before a point (what `_sentence_start` looks back to)
_LAST_WORD = regex.compile(r"(?r)[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)")
#: how far around a word the finder looks for its sentence's start or its language
_NEAR = 200
#: the word before a place, across a connector that makes the place its complement (Court of Belarus, Rady
#: Republiki, комитет Беларуси); a preposition of location (in, у, w) does not
_WORDS_BEFORE = regex.compile(
    r"(?:([\p{L}\p{M}]+)[ \u00a0]+)?([\p{L}\p{M}]+)[ \u00a0]+(?:(?:of|of the|de|de la|des|du|der|des|di|del|della|da|do|dos|das|van|van de|av|för|"
    r"af|für|für die|po)[ \u00a0]+)?$"
)
#: the last words (at most four) before a point, each with the spaces after it: a match of `_WORDS_BEFORE` (two words
#: and a connector of two) starts no further back, and searching only there is many times faster
_LAST_WORDS = regex.compile(r"(?r)(?:[\p{L}\p{M}]+[ \u00a0]+){1,4}$")
#: the joins of `_WORDS_BEFORE` that say where, not whose (Romanian de la: Ministerul Apărării de la Minsk, the
#: ministry in Minsk; not Italian di, ministero degli Esteri di Minsk, Minsk's ministry)
_WHERE_JOINS = frozenset({"de la"})
#: a word this frequent in the text's language (Zipf scale) is an ordinary word wherever it stands
VERY_COMMON_ZIPF = 5.0
#: a word this frequent in its line's language that shares only its key with a name is that word (Palazzo)
KEY_ONLY_COMMON_ZIPF = 3.5
#: the fields a Mention takes from its Match (read once: pydantic's class attribute is slow to get)
_LINK_FIELDS = tuple(Link.model_fields)
#: the shortest organisation word (in the nominative) that makes a place before it part of a name: not să, ul.
MIN_ORG_WORD = 4
#: languages whose word list has no frequencies (every word one estimate): surnames there are often words
WITHOUT_FREQUENCIES = frozenset({"be"})
#: languages whose press writes foreign names undeclined: a Slavic case ending on a single word there (Slutsky,
#: Navalny in English) is part of another name, not a case form of a bundled one
UNDECLINED = frozenset({"en", "fr", "es", "it", "pt", "nl", "da", "sv", "nb"})
#: languages that name a district by its town's name (in the genitive) and a unit word, where two towns may share
#: one unit word (Polotskin ja Glubokojen piirit, Retšitsa ja Svetlogorski rajoonis)
NAME_AND_UNIT = frozenset({"fi", "et", "lt", "lv", "hu", "tr", "en"})
#: the endings of a plural unit word in those languages that write one by an ending alone: only a plural unit word is
#: shared by the town's name before another (the Gomel and Brest regions)
_PLURAL_ENDINGS = {"en": ("s",)}
#: languages among them that glue a genitive -s to a name (Swedish Astapenias rapporter: Astapenia's reports)
GENITIVE_S = frozenset({"da", "sv", "nb", "nl"})
#: languages that write a person's given name first and glue no case ending to the word after a surname: two
#: capitalized names in a row there are one person's given name and surname (Lewis Hamilton)
GIVEN_NAME_FIRST = UNDECLINED | CAPITALIZED_NOUNS
#: languages whose press writes a person's family name before the given name (Orbán Viktor)
FAMILY_NAME_FIRST = frozenset({"hu"})
#: languages whose case endings alone, with no preposition, say where or whence (Finnish Minskissä, Hungarian
#: Minszkben, Lithuanian Minske; and None, a text too short to tell): there a place's case form may follow a given name
_CASE_SAYS_WHERE = frozenset({"fi", "et", "lt", "lv", "hu", "tr", None})
#: languages that write demonyms and adjectives of countries in lower case, people included (Hungarian belarusz,
#: Spanish bielorrusos): capitalized inside a sentence, such a word is a name (Belarusz, the country)
DEMONYMS_IN_LOWER_CASE = frozenset({"hu", "es", "it", "pt", "ro", "lt", "lv", "fi", "et", "sv", "da", "nb"})
#: a short word and its dot right before a word (an initial Ju., Zh., Я.; an abbreviation г., вул.), at the start
#: of the text or after a non-letter
_INITIAL_BEFORE = regex.compile(r"(?:^|[^\p{L}.])(\p{Lu}\p{Ll}?|\p{Ll}{1,3})\.$")
#: what may stand between a place and the organisation word after it: nothing, or a possessive
_POSSESSIVE_GAPS = frozenset({"", *APOSTROPHES, *(a + "s" for a in APOSTROPHES)})
#: more words of a quotation after a place that opens it
_QUOTED_MORE = regex.compile(r"[ \u00a0]+[\p{L}\p{M}]")
#: the word before an opening quote (the magazine "Neman", часопіс «Нёман»), and the word before it (the script to
#: «…»: `_title_of_work`)
_WORD_BEFORE_QUOTE = regex.compile(r"(?r)(?:([\p{L}\p{M}]+)[ \u00a0]+)?([\p{L}\p{M}]+)[ \u00a0]*$")
#: the rest of a quotation on its line, its closing quote, and the first word after a dash or comma (… » — раман)
_QUOTATION_END = regex.compile(r"[^\n»\"“”’'›]{0,160}[»\"“”’'›][ \u00a0]*[—–,-]?[ \u00a0]*([\p{L}\p{M}]+)")
#: the word right before a place
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}]+)[ \u00a0]+$")
#: the word before a token with a comma between or none (the youngest son, Mikalai; his wife Sviatlana)
_WORD_BEFORE_COMMA = regex.compile(r"(?r)([\p{L}\p{M}]+)[ \u00a0]*,?[ \u00a0]+$")
#: an abbreviation of at most four letters and its dot right before a name (Polish im. for imienia, ul., вул.), not
#: the last word of a sentence
_ABBREVIATION_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}])([\p{L}\p{M}]{1,4})\.[ \u00a0]+$")
#: a country (or its adjective, or possessive) right before a body's name (Russia's, российский, Russian); the
#: lookback patterns here run right to left ((?r)): they end where the name begins, and so need not scan the window
_QUALIFIER_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?)[ \u00a0]+(?:the[ \u00a0]+)?$")
#: the possessive ending of an English name (Russiaʼs)
_POSSESSIVE = regex.compile(r"[" + APOSTROPHES + r"]s$")
#: a country right after a body's name, in the genitive or after of/the (России, of Ukraine, of the USSR)
#: words that put a body under another (Academy … under the President of Azerbaijan, Академия управления при
#: Президенте Казахстана): the country named a few words on qualifies the body; how far they are read
_UNDER_WORDS = frozenset({"under", "при", "пры", "przy", "pri", "sous", "unter", "beim", "presso"})
_UNDER_REACH = 80
#: a case suffix that Turkish (and the press of other languages for foreign names) glues after an apostrophe
_SUFFIX_AFTER_APOSTROPHE = regex.compile(r"['’ʼ]\p{Ll}+$")
#: a capitalized word right after another (the second word of a country's name: Cabo Verde, Sri Lanka)
_NEXT_NAME = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)")
_UNDER_WORDS_READ = 8
_QUALIFIER_AFTER = regex.compile(r"[ \u00a0]+(?:(?:of|the|de|la|du|der|des|di|del)[ \u00a0]+){0,2}([\p{L}\p{M}]+)")
#: a location preposition and the word after it, right after a body's name (Supreme Court in London)
_LOCATED_AFTER = regex.compile(r"[ \u00a0]+([\p{L}\p{M}]+)[ \u00a0]+([\p{L}\p{M}]+)")
#: the word before a body's name, past an English "of the" (department of the KGB)
_UNIT_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}]+)[ \u00a0]+(?:(?:of|the)[ \u00a0]+){0,2}$")
#: the shortest word taken for a given name that no table knows
MIN_GIVEN_LENGTH = 3
#: a word for a kind of place before "of" and the name (the village of …, la ville de …)
#: a name in quotes right after a word (Минское «Динамо»): the quoted words, and how many a club's name may have
_QUOTED_NAME = regex.compile(r"[ \u00a0]*[«„“\"]([^«»„“”\"\n]{1,40})[»“”\"]")
_QUOTED_WORDS = 3
#: an apposition after a name that says what it is: a comma, maybe an article, and the first word after them
_APPOSITION_AFTER = regex.compile(
    r",[ \u00a0]+(?:(?:a|an|the|un|une|il|lo|la|el|o|um|uma|ein|eine|en|ett|et)[ \u00a0]+)?([\p{L}\p{M}]+)"
)
_PLACE_NOUN_OF = regex.compile(r"(?r)([\p{L}\p{M}]+)[ \u00a0]+(?:of|de|di|du|da|del)[ \u00a0]+$")
#: a word that asks for a kind of place, then a definite article (entlang der Swislatsch, along it: the river)
_PLACE_WORD_ARTICLE = regex.compile(r"(?r)([\p{L}\p{M}]+)[ \u00a0]+(?:der|die|dem|den|des|het|le|la|les|il|lo|el)[ \u00a0]+$")
#: a country right after a place, set off by a comma or brackets (ending its clause or line) or after "in" (Brest,
#: France; Brest in Frankreich)
_COUNTRY_AFTER = regex.compile(
    r"[ \u00a0]*[,(][ \u00a0]*(?:(in|im|en|à|au|w|в)[ \u00a0]+)?(?:(?:der|the|la)[ \u00a0]+)?([\p{L}\p{M}]+)"
    r"(?=[ \u00a0]*(?:[,.;:)!?\n]|$))|[ \u00a0]+(in|im|à|en|au)[ \u00a0]+(?:(?:der|the|la)[ \u00a0]+)?([\p{L}\p{M}]+)"
)
#: a comma and at most one lower-case word right before a place: the place begins an aside (…, de Rechitsa, …)
_ASIDE_BEFORE = regex.compile(r",[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$")
#: how many words after a place `_placed_abroad` reads (within how many characters), and before it
_ABROAD_WORDS = 8
#: how far after a place, with no comma between, a country's or foreign region's adjective before a town's or unit's
#: word stands in an apposition that places it abroad (Pripyat the Ukrainian ghost town); further on it is the
#: clause's (із Салігорська після 2022 року втратив доступ до литовського порту: the port is Lithuanian, not the town)
_APPOSITION_WORDS = 3
_LOOK_AHEAD = 120
_ABROAD_WORDS_BEFORE = 4
#: a city abroad places a town only among this many words right after it (Горки под Москвой; Brest in der Bretagne)
_CITY_WORDS = 4
#: a line longer than this is no headline (nor is it read whole for every word in it)
_HEADLINE_CHARS = 400
#: how a dateline goes on after its place: a comma and a date's number, or, after capitals, an agency or a dash
_DATELINE_AFTER = 12
_DATE_AFTER = regex.compile(r",[ \u00a0]*\d")
_AGENCY_OR_DASH_AFTER = regex.compile(r"[ \u00a0]*(?:\(\p{Lu}|[—–-][ \u00a0])")
#: a line is in title case when it has this many words longer than `_TITLE_CASE_SHORT` letters, all capitalized
_TITLE_CASE_WORDS = 4
_TITLE_CASE_SHORT = 3
#: the score of a club named by a quoted word of its name in a text about its sport («Нёман» for Нёман Гродна)
QUOTED_CLUB_SCORE = 96.0
#: a sentence's first word this frequent in the text's language is that word before it is a given name (Once)
_FREQUENT_OPENER_ZIPF = 3.5
#: a hyphen and a word right after a name: a compound named after the person (Kalinouski-ezred)
_HYPHEN_WORD = regex.compile(r"-(\p{L}+)")
#: a word of running text (the view writes an apostrophe as the letter ʼ: a possessive is no part of the word)
_WORD = regex.compile(r"(?:[^\W\d_ʼ]|\p{M})+")
#: what ends the clause a place is read in (a comma only after the first word: Kirovsk, a mining town in …)
_CLAUSE_END = regex.compile(r"[.;:!?\n()\[\]«»“”\"]")
#: places that cross borders and regions: a country or region after them makes them no other place (El Dniéper nace
#: en Rusia); a lake lies in one place
_CROSS_BORDERS = frozenset({"river"})
#: apostrophes of a possessive (Russia's; the view writes them ʼ)
_APOSTROPHES = frozenset("'’ʼ")
#: the languages that name the area around a town with -sko/-cko (Teplicko, Brněnsko), the area's locative endings
_AREA_LANGUAGES = frozenset({"cs", "sk"})
_AREA_ENDINGS = ("sku", "cku")
#: an acronym in capitals with a case ending in lower case (МАЗа, ПЭНа, MAZu), and the score of such a case form
_ACRONYM_CASE = regex.compile(r"(\p{Lu}{2,6})(\p{Ll}{1,3})")
_CASE_FORM_SCORE = 96.0
#: the Turkish genitive suffixes written after an apostrophe on a proper name (Muğla'nın, Minsk'in)
_TR_GENITIVE = frozenset({"nın", "nin", "nun", "nün", "ın", "in", "un", "ün"})
#: the word right after a place (Svislach River)
_WORD_AFTER = regex.compile(r"[ \u00a0]+([\p{L}\p{M}]+)")
#: a lower-case word after a name and a capitalized word after it: the kind word of that second name (Mozyra obec
#: Krynica, вёска Крупкі)
_KIND_WORD_OF_NEXT_NAME = regex.compile(r"[ \u00a0]+\p{Ll}[\p{L}\p{M}]*[ \u00a0]+\p{Lu}")
#: the word a hyphen joins to a name (Lukoml-sjøen)
_HYPHENATED_WORD = regex.compile(r"-([\p{L}\p{M}]+)")
#: a hyphen and a lower-case letter: the rest of a compound whose first part is a name (Bělorusko-čínská)
_LOWER_CASE_PART = regex.compile(r"-\p{Ll}")
#: a lower-case word a hyphen joins to the word before it (Dnepr-jalkapalloseura, Gomel-regionen)
_LOWER_COMPOUND_AFTER = regex.compile(r"-(\p{Ll}[\p{L}\p{M}]+)")
#: a word with the words hyphens join to it (Wit-Rus, Valko-Venäjän)
_COMPOUND_WORD = regex.compile(r"(?:[^\W\d_ʼ]|\p{M})+(?:-(?:[^\W\d_ʼ]|\p{M})+)*")
#: one or two lower-case words right after a place (Baltarusijos tyrimų komitetas)
_LOWER_WORDS_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,2}")
#: the lower-case words of a ministry's fields and the minister's word after them (būsto ir komunalinio ūkio
#: ministras; transpordi- ja sideminister)
_MINISTERS_FIELDS_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*-?){1,6}")
#: lower-case words, then an opening quote or a capital: a body's description before its own name (Navapolockas
#: naftas pārstrādes rūpnīcas „Naftan”, turvallisuuspalvelun KGB:n)
_WORDS_TO_NAME = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \u00a0]+(?:[«\"„“‘'‹]|(?=\p{Lu}))")
#: the word right before a hyphen (Põhja of Põhja-Dvina)
_WORD_BEFORE_HYPHEN = regex.compile(r"[\p{L}\p{M}]+$")
#: up to three lower-case words right after a body's name (kultury a umění)
_LOWER_PHRASE_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,3}")
#: how far back (characters) `_WORDS_BEFORE` looks for the word a place completes
_LOOK_BACK = 80
#: how many words before a person's name may describe them: a country's adjective and one noun (Ruský miliardár,
#: ciclista russo); further back the adjective qualifies another noun of the sentence (the Russian side invited …)
_DESCRIPTOR_WORDS = 2
#: where the description that begins a bundled person's note ends
_NOTE_HEAD = regex.compile(r"[,;(]")
#: a word whose keys are this short links alone only when spelled as registered (Ce is not Teo)
SHORT_KEY = 3
#: a word in capitals this short is an acronym (a longer one is a word of a headline in capitals)
ACRONYM_LENGTH = 4
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


#: a word (`WORD`) with letters of both scripts: the only words whose look-alike letters are folded (a text of
#: Cyrillic and Latin words has few of them, and folding every word cost a third of `find`)
_WORD_CHAR = WORD.pattern.removesuffix("+")
_MIXED_WORD = regex.compile(
    rf"(?<!{_WORD_CHAR})(?={_WORD_CHAR}*?\p{{Script=Latin}})(?={_WORD_CHAR}*?\p{{Script=Cyrillic}}){_WORD_CHAR}+"
)


def _one_for_one(text: str) -> str:
    """The cleanups that keep every offset: hyphens, control characters, apostrophes inside words, and
    look-alike letters of the other script inside a word (Лукашенкo with a Latin o)."""
    text = fold_apostrophes(text.translate(_ONE_FOR_ONE))
    if not (LATIN.search(text) and CYRILLIC.search(text)):
        return text
    return _MIXED_WORD.sub(lambda m: fold_homoglyphs(m.group()), text)


def _view(text: str) -> _View:
    """The cleaned view of a text and its offset map; offsets are the identity unless characters had to be
    removed or composed (zero-width and other invisible characters, decomposed letters, floods of marks, the
    hyphen and line break inside a word hyphenated at a line's end)."""
    hyphenated = {k for m in _LINE_END_HYPHEN.finditer(text) for k in range(m.start(), m.end())}
    if not hyphenated and not _CHANGES_LENGTH.search(text) and unicodedata.is_normalized("NFC", text):
        return _View(_one_for_one(text), None, None)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    begin = 0
    for line in text.splitlines(keepends=True):  # a grapheme cluster never spans a line break
        stop = begin + len(line)
        if not _plain_line(line, hyphenated.isdisjoint(range(begin, stop))):
            _clean_clusters(text, begin, stop, hyphenated, chars, starts, ends)
        else:  # most lines of a long text need nothing: each character is its own cluster and stays as it is
            chars.append(line)
            starts.extend(range(begin, stop))
            ends.extend(range(begin + 1, stop + 1))
        begin = stop
    return _View(_one_for_one("".join(chars)), starts, ends)


def _plain_line(line: str, unhyphenated: bool) -> bool:
    """Does the line keep every character as it is in the view, each character a grapheme cluster of its own?"""
    return (
        unhyphenated
        and not _CHANGES_LENGTH.search(line)
        and unicodedata.is_normalized("NFC", line)
        and _LONE_CLUSTERS.fullmatch(line) is not None
    )


def _clean_clusters(
    text: str, begin: int, stop: int, hyphenated: set[int], chars: list[str], starts: list[int], ends: list[int]
) -> None:
    """Add the view of ``text[begin:stop]``, grapheme cluster by cluster, and each view character's offsets."""
    for m in _CLUSTER.finditer(text, begin, stop):
        if m.start() in hyphenated:
            continue
        cluster = "".join(c for c in m.group() if unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cn"))
        if not cluster:
            continue
        cluster = unicodedata.normalize("NFC", collapse_marks(cluster))
        chars.extend(cluster)
        starts.extend([m.start()] * len(cluster))
        ends.extend([m.end()] * len(cluster))


def _joined(view: str, left: Token, right: Token) -> bool:
    """May two tokens be words of one name? Only spaces (one line break at most), a hyphen or the dot after an
    initial stand between them: a dot and a space after a word end a sentence (Лабковіч. Менск)."""
    gap = view[left.end : right.start]
    if gap == " " or gap == "s" or is_possessive_join(gap, left.text):
        return True  # most words: one space; the linking s of a split compound (Koordination|s|rat); a possessive
    gap = _ABBREVIATION.sub("", gap)  # Суд Маскоўскага раёна г. Брэста is one name
    if right.kind == "number":
        gap = _NUMBER_SIGN.sub("", gap)  # калонія № 17, kolonia karna nr 1: the number sign before a colony's number
    gap = _ELIDED_GAP.sub(" ", gap)  # centrale nucléaire biélorusse d'Astraviets is one name
    if "." in gap and left.kind != "initial" and len(left.text) > 2 and not gap.endswith("."):
        return False  # Ju.Zacharanki and Дз. Іваноў keep their abbreviated given names
    return len(gap) <= 3 and _JOINER.fullmatch(gap) is not None and gap.count(".") <= 1 and gap.count("\n") <= 1


def _sentence_start(view: str, token: Token) -> bool:
    """Does the token begin a sentence, a line (a headline, a table cell) or the text? Quotes, marks and emoji
    before it do not count."""
    raw = view[max(0, token.start - _NEAR) : token.start]
    last = _LAST_WORD.search(raw)
    if last is None:
        return token.start <= _NEAR  # nothing but marks since the text began
    between = raw[last.end() :]
    return "\n" in between or any(c in _TERMINATORS for c in between)


def find(engine: Engine, text: str, *, doubts: list[Doubt] | None = None, unknown: bool = False) -> list[Mention]:
    """Mentions of ``engine``'s entities in ``text``, in order of appearance; with ``doubts``, the single words
    that matched alone but that the context kept from linking are added to it, with the evidence; with
    ``unknown``, person-like names that no entity has come too (`_unregistered_names`)."""
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, not {type(text).__name__}")
    return list(_find(engine, text, 0, frozenset(), doubts=doubts, unknown=unknown))


def _find(
    engine: Engine,
    text: str,
    offset: int,
    mentioned: frozenset[int],
    lowercase: frozenset[str] = frozenset(),
    doubts: list[Doubt] | None = None,
    unknown: bool = False,
    belarusian: bool | None = None,
) -> Iterator[Mention]:
    """Two passes over the tokens: names of two words or more, longest first, left to right; then single
    words, which may lean on the full names found anywhere in the text and must pass the context checks of
    `_single_word_doubt`. ``lowercase`` adds words the rest of a longer document writes in lower case, and
    ``belarusian`` says whether any word of it names Belarus (`_speaks_of_belarus`)."""
    view = _view(text)
    lowercase_words: set[str] = set(lowercase)
    # a text written wholly in lower case (some outlets write so) names people in full: every word is read
    lower_text = in_lower_case(view.text)
    language, line_languages = guess_line_languages(view.text)
    if lower_text:
        tokens = tokenize(view.text)
    else:
        keep = functools.partial(kept_in_lower_case, engine, language=language)
        tokens = tokenize(view.text, lowercase=lowercase_words, keep=keep)
    tokens = split_compounds(engine, split_glued(engine, tokens), language)
    n = len(tokens)
    prepared = [engine.token(t.text, t.kind) for t in tokens]
    if language is not None:  # a word nothing finds is read as the text's language writes foreign names
        prepared = [
            engine.token_in(t.text, t.kind, language)
            if not settled(q) and (t.text[:1].isupper() or not q.known or town_adjective_form(t.text)) else q
            for t, q in zip(tokens, prepared)
        ]
    # A window may only hold tokens that can be part of some name: known keys, given names, initials, and
    # patronymics (a registered name may lack the patronymic a text gives), and inside it the lower-case
    # function words of a longer name (Association of Journalists); a lower-case unit word may end it. A sentence's
    # first word is no part of one when it is a common word only keyed as a word of names (Across: no okres).
    def opening_common(t: Token) -> bool:
        return _opening_common_word(view.text, t, _language_at(view.text, t.start, line_languages, language))

    usable = [
        (q.known or q.kind == "initial" or q.patronymic or is_function_word(t.text))
        and not _opening_word(view.text, t)
        and not (q.known and opening_common(t))
        for t, q in zip(tokens, prepared)
    ]
    joined = [_joined(view.text, tokens[k], tokens[k + 1]) for k in range(n - 1)]
    chosen: dict[int, tuple[int, Match, tuple[str, ...]]] = {}
    sport = functools.cache(lambda: text_sport(_WORD.findall(view.text)))  # read only when two clubs tie
    seen = set(mentioned)
    blocked: set[int] = set()
    alike: list[tuple[int, int]] = []  # the windows of names of several entities alike
    i = 0
    while i < n:
        end = longest_name(engine, view.text, tokens, prepared, usable, joined, i, lower_text, sport)
        if end is None:
            i += 1
            continue
        stop, match = end
        if match is None:  # a name of several entities alike: none of its words is a mention either
            blocked.update(range(i, stop))
            alike.append((i, stop))
        else:
            chosen[i] = (stop, match, ())
            seen.add(engine.position(match.entity.id))
        i = stop
    add_given_and_patronymic(engine, view.text, tokens, prepared, joined, chosen, seen)
    context = _Context(
        engine, view.text, tokens, prepared, joined, chosen, language, line_languages, frozenset(seen), sport, mentioned
    )
    context.belarusian = belarusian
    rejected: dict[int, tuple[int, Match, str]] = {}
    honoured: set[int] = set()  # persons named in full in the name of an institution named after them
    for start, (stop, match, _) in list(chosen.items()):
        # a place of several words may be part of a longer name too (Rady Ministrów Republiki Białoruś)
        kind = match.entity.kind
        inside = _inside_longer_name(context, start, stop, entity=match.entity) if kind == "place" else None
        if (
            (reason := inside)
            or (kind == "org" and (reason := _part_of_a_word(context, start, stop, match)))
            or (kind == "org" and (reason := _another_word_of_bodies(match)))
            or (kind == "place" and (reason := _share_of_a_unit(context, start, stop)))
            or (kind == "place" and (reason := _common_word_before_unit(context, start, stop, match)))
            or (kind != "person" and (reason := _acronym_in_lower_case(match)))
            or (kind == "org" and (reason := _officers_title(context, start, stop)))
            or (kind == "org" and (reason := _another_body(context, start, stop, match)))
            or (kind == "org" and (reason := _unqualified_translation(context, start, stop, match)))
            or (kind == "org" and (reason := _translated_by_keys_alone(context, start, stop, match)))
            or (kind == "org" and (reason := _translated_title(match)))
            or (kind == "org" and (reason := _name_goes_on(context, stop)))
            or (kind == "org" and (reason := _body_of_another_country(context, stop, match)))
            or (kind == "org" and (reason := _place_said_where(context, start, stop)))
            or (kind == "org" and (reason := _district_court_in_a_city(context, start, stop, match)))
            or (kind == "place" and (reason := _pair_named_apart(context, start, stop, match)))
            or (kind == "person" and (reason := _named_after(context, start, stop, match)))
            or (kind == "person" and (reason := _described_abroad(context, start, match.entity)))
            or (kind == "person" and (reason := _baltic_spelling(context, start, stop, match)))
            or (kind == "person" and (reason := _spelled_in_another_language(context, start, stop, match)))
            or (reason := _title_of_work(context, start))
            or (kind != "org" and stop - start == 1 and (reason := _in_an_english_title(context, start)))
            or (kind == "person" and stop - start == 1 and (reason := _festival(context, start)))
            or (kind == "place" and (reason := _brand(context, start, stop, match)))
            or (kind != "org" and (reason := _call_sign(context, start, stop, kind)))
        ):
            del chosen[start]
            rejected[start] = (stop, match, reason)
            context.covered = None  # made again without this window on next use
            if kind == "person":  # no word of a name that names no one here names someone alone (Janki: no village)
                blocked.update(range(start, stop))
            if inside and stop - start > 1:
                # nor a word of a place's name of several words kept from linking by the words around it (inside a
                # longer name, placed abroad, quoted): Puszczy Białowieskiej park …, Puszczy is no poet Pushcha
                blocked.update(range(start, stop))
            if kind == "person" and stop - start > 1 and _named_after(context, start, stop, match) == reason:
                # (a street's namesake may be anyone's: вуліца Аляксея Іванова … Іваноў)
                if any(w is not None and _institution_word(w) for w in _words_around(context, start, stop)):
                    honoured.add(engine.position(match.entity.id))
    if (
        _restore_qualified_bodies(context, rejected)
        | _restore_bodies_of_members(context, rejected)
        | _restore_bodies_of_a_text_about_belarus(context, rejected)
        | _restore_bodies_of_a_sentence_about_belarus(context, rejected)
        | _restore_bodies_listed_with_one(context, rejected)
        | _ministers_titles(context)
    ):
        context.covered = None
    if rejected:  # a name kept from linking names no one for the words that lean on full names, but the full name
        # of a person a museum is named after tells who the surname alone is (Jakub Kolase muuseum … Kolas)
        seen = set(mentioned) | honoured | {engine.position(m.entity.id) for _, m, _ in chosen.values()}
        context.named = frozenset(seen)
    taken = covered_tokens(chosen) | blocked
    adjectives = []
    ambiguous: list[int] = []
    for i, (token, q) in enumerate(zip(tokens, prepared)):
        if i in taken or q.noise or token.kind != "word" or token.text[0].islower():
            continue
        if (person := _possessive_of_a_named_person(context, i)) is not None:
            chosen[i] = (i + 1, person, ())
            continue
        centres = regional_centres(token.text, language)  # an area noun (Піншчына) has no key of its own
        acronym = _ACRONYM_CASE.fullmatch(token.text) is not None
        if not q.anchored and not centres and not acronym:
            continue
        if token.text.lower() in lowercase_words and _sentence_start(view.text, token) and not _the_country(engine, token.text):
            continue  # at a sentence start, a word the text also writes in lower case is an ordinary word
        single, verdict = _decide_word(context, i, frozenset(seen)) if q.anchored or acronym else (None, "")
        if verdict.startswith(AMBIGUOUS):
            ambiguous.append(i)
        if single is None and centres and not is_region_abroad(token.text):  # (Разаншчына: Ryazan's, not Расоны's)
            single = regional_noun(engine, token.text, centres)
        doubt = None if single is None else _single_word_doubt(context, i, single)
        if single is not None and doubt is None:
            chosen[i] = (i + 1, single, ())
            continue
        if single is not None and doubt is not None:
            rejected[i] = (i + 1, single, doubt)
        if is_adjective(token.text):
            adjectives.append(i)
    # one sense per text: a word that was ambiguous alone (СВІСЛАЧ in a headline) is the entity that the same
    # text names unambiguously elsewhere (у Свіслачы, the town)
    named_here = {engine.position(m.entity.id) for _, m, _ in chosen.values()} - seen if ambiguous else set()
    for i in ambiguous if named_here else ():
        single = _decide_word(context, i, frozenset(seen | named_here))[0]
        if single is not None and _single_word_doubt(context, i, single) is None:
            chosen[i] = (i + 1, single, ())
            rejected.pop(i, None)
    _places_heading_a_list(context, rejected)
    _surnames_of_persons_named_in_full(context, rejected)
    _relatives_by_given_name(context, rejected)
    _bynamed_by_given_name(context, rejected)
    _districts_of_named_cities(context, alike, mentioned)
    _clubs_of_named_players(context, alike)
    _namesakes_by_bodies_named(context, alike)
    _namesakes_by_years(context, alike)
    _clubs_of_the_texts_sport(context)
    _companies_named_as_clubs(context)
    # one sense per text: a town the text places abroad once is abroad wherever its name stands alone
    for i, (stop, match, evidence) in list(chosen.items()):
        if stop == i + 1 and not evidence and engine.position(match.entity.id) in context.abroad:
            del chosen[i]
            rejected[i] = (stop, match, f"the text places a namesake of {match.entity.display} abroad: this is that place too")
    _ministries_of_a_region(context, rejected)
    if not mentioned and (language not in _BELARUS_PRESS_LANGUAGES or _names_a_country_by_name(context)):
        _bodies_of_another_country(context, rejected)
    if not mentioned:
        _places_of_a_text_abroad(context, rejected)
        _officials_abroad(context, rejected)
    # right to left: Пінскім, Кобрынскім і Брэсцкім раёнах; Finnish Polotskin ja Glubokojen piirit (a town's
    # name before a unit word is its district in the languages that name districts so)
    towns = [i for i, (stop, m, _) in chosen.items() if stop == i + 1 and _town_before_unit(context, i, m)]
    for i in sorted({*adjectives, *towns}, reverse=True):
        shared = _shared_unit(context, i, noun=i in towns)
        if shared is not None:
            unit, match = shared
            context.units[i] = unit
            chosen[i] = (i + 1, match, (f"context: {tokens[i].text} shares the unit word {tokens[unit].text}",))
    _places_listed_after_a_unit(context)
    doubted = sorted(set(rejected) - set(chosen))  # (before bodies take the places that begin them)
    # a place kept from linking as the beginning of a longer name may begin a body's (Brzeski obwodowy | komitet
    # wykonawczy), but not one the text places abroad
    reached = 0  # the end of the last body found: the places inside it are its words
    for start, (stop, match) in _places(context, rejected).items():
        if start < reached or (start not in chosen and engine.position(match.entity.id) in context.abroad):
            continue
        if (body := _body_of_place(context, start, stop, match.entity)) is not None:
            _replace_span(chosen, *body)
            reached = body[1]
    for i in adjectives:  # Brzeski sąd rejonowy: a town's adjective is no mention, but names its district's bodies
        district = engine.district_of(tokens[i].text) if i not in chosen else None
        if district is not None and (body := _body_of_place(context, i, i + 1, district, adjective=True)) is not None:
            _replace_span(chosen, *body)
    for i in range(n - 1):  # szlonyimi járásbíróság, Pinsker Bezirksexekutivkomitee: adjectives the loops above skip
        if i not in taken and i not in chosen and _body_words(tokens[i + 1].text):
            place = _place_of_adjective(context, i)
            if place is not None and (body := _body_of_place(context, i, i + 1, place, adjective=True)) is not None:
                _replace_span(chosen, *body)
    _namesakes_by_bodies_named(context, alike)  # (by the bodies of places found only now: Homelin alueoikeus)
    _namesakes_by_places_named(context, alike)
    for start, (stop, match) in _places(context, rejected).items():
        if (club := _club_of_place(context, start, stop)) is not None:
            _replace_span(chosen, start, *club)
    for i, token in enumerate(tokens):
        if is_club_prefix(token.text) and (club := _club_after_prefix(context, i)) is not None:
            _replace_span(chosen, i, *club)
    if (
        _restore_bodies_of_a_text_of_belarusian_places(context, rejected)
        | _restore_bodies_of_a_sentence_about_belarus(context, rejected, late=True)
        | _restore_bodies_listed_with_one(context, rejected)
        | _restore_bodies_of_members(context, rejected)  # (a member named by surname alone, found only now)
    ):
        context.covered = None
    if doubts is not None:
        for i in (i for i in doubted if i in rejected):  # (not the bodies restored above)
            stop, match, reason = rejected[i]
            o_start, o_end = view.span(tokens[i].start, tokens[stop - 1].end)
            doubts.append(
                Doubt(start=o_start + offset, end=o_end + offset, text=text[o_start:o_end], entity=match.entity,
                      score=match.score, reason=reason)
            )
    unregistered = _unregistered_names(context) if unknown else {}
    for start in sorted({*chosen, *unregistered}):
        if start in chosen:
            stop, match, evidence = chosen[start]
            fields = {field: getattr(match, field) for field in _LINK_FIELDS}
            fields["kind"] = match.entity.kind
            if evidence:
                fields["explanation"] = (*match.explanation, *evidence)
        else:
            stop, fields = unregistered[start]
        o_start, o_end = view.span(tokens[start].start, name_end(view.text, tokens, start, stop))
        yield Mention(start=o_start + offset, end=o_end + offset, text=text[o_start:o_end], **fields)


def _district_court_in_a_city(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is a district court read from a district court's words and, after "in", a city that has districts of its own
    (a district court in Minsk, Районный суд в Минске, Sąd Rejonowy w Mińsku)? That says where the court sits: any of
    the city's district courts, or the court of the district named after the city, which sits there too; no one
    court. The district's own court is named by the city's adjective or genitive (Minsk District Court, Суд
    Минского района)."""
    court = match.entity.id.removeprefix(_COURT_IDS)
    if court == match.entity.id or not court.endswith(_DISTRICT_SUFFIX):
        return None
    city = ctx.engine.positions.get(f"place:{court.removesuffix(_DISTRICT_SUFFIX)}")
    if city is None or not ctx.engine.city_districts.get(city):
        return None
    tokens = ctx.tokens
    at = next((k for k in range(start + 1, stop - 1) if is_location_preposition(tokens[k].text, ctx.language)), None)
    if at is None or any(is_unit_word(t.text) for t in tokens[at + 1 : stop]):
        return None  # (the district court in Minsk District: the district's own)
    if (after := _WORD_AFTER.match(ctx.view, tokens[stop - 1].end)) is not None and is_unit_word(after.group(1)):
        return None
    return "a district court in a city with districts of its own: where it sits, not which court"


#: the end of the id of a district's court (org:court:minsk-district)
_DISTRICT_SUFFIX = "-district"


def _pair_named_apart(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Why a window is not a place registered as two places' names joined by a dash (Brest–Terespol, a border
    crossing), when the text joins them by a word instead (z Terespolu do Brestu, between Terespol and Brest): a
    route or the two places, each its own mention."""
    pair = _DASH_PAIR.search(match.matched_name)
    if pair is None or not all(_names_a_place(ctx, side) for side in pair.groups()):
        return None  # (Pripyat-Nationalpark: a place and a word of a park's name)
    gaps = (ctx.view[ctx.tokens[k].end : ctx.tokens[k + 1].start].strip() for k in range(start, stop - 1))
    if any(gap in _PAIRING_DASHES for gap in gaps):
        return None
    return "registered as two places joined by a dash, which the text joins by a word: a route or the two places"


def _names_a_place(ctx: _Context, word: str) -> bool:
    """Does the word alone name a place, Belarusian or abroad (Terespol)?"""
    return _names_a_belarusian_place(ctx, word) or is_foreign_place(word) or is_town_abroad(word)


#: a registered name of two names joined by a dash (Brest–Terespol)
_DASH_PAIR = regex.compile(r"(\p{Lu}\p{L}*)[-–—](\p{Lu}\p{L}*)")


def _share_of_a_unit(ctx: _Context, start: int, stop: int) -> str | None:
    """Does a function word stand between the name and the unit word that ends the window (Most of the district, a
    share of some district: no Masty District, which names its unit right after it or before it)?"""
    words = ctx.tokens[start:stop]
    if len(words) < 3 or is_unit_word(words[0].text) or not is_unit_word(words[-1].text):
        return None
    if not (words[-2].text.islower() and is_function_word(words[-2].text)):
        return None
    return f"{' '.join(t.text for t in words[1:])} after the name: a share of a unit, not the unit it names"


def _common_word_before_unit(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is the name's word before the unit words of the window a very common word where capitals tell nothing, written
    like no word of the place's registered names (Italian Sono distretti rurali: they are rural districts, no Sianno
    District)? The single-word check (`_common_word`), for the word that opens a unit's name."""
    words = ctx.tokens[start:stop]
    if len(words) < 2 or not all(is_unit_word(t.text) for t in words[1:]):
        return None
    first = words[0].text
    if _a_registered_word(first, match) or _a_registered_words_case_form(first, match):
        return None
    # (a unit word after it says a place's name, unless the word is as frequent as a function word: Pastovių rajone,
    # in the Pastavy district, though Lithuanian pastovių is a word too)
    if _frequency_in_line(ctx, words[0])[0] < VERY_COMMON_ZIPF:
        return None
    common = _common_word(ctx, start, "place")
    return None if common is None else f"{common}, before {' '.join(t.text for t in words[1:])}"


def _places(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> dict[int, tuple[int, Match]]:
    """The windows of places the text names, and of those kept from linking, which may name a body or club with the
    words around them, by their first token."""
    places = {i: (stop, match) for i, (stop, match, _) in rejected.items() if match.entity.kind == "place"}
    places.update({i: (stop, match) for i, (stop, match, _) in ctx.chosen.items() if match.entity.kind == "place"})
    return dict(sorted(places.items()))


def _restore_qualified_bodies(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> bool:
    """One sense per text: a body's generic name that the text qualifies once as Belarus's is that body wherever it
    stands (der belarussische Koordinationsrat … gilt der Koordinationsrat als …), but not in a sentence that names
    another country and not Belarus (… Utrikesdepartementet betonar att Sverige: Sweden's ministry), nor, where the
    name left out its country, in one that names a place abroad (V Národní knihovně … v Praze: Prague's library).
    Did any come back?"""
    chosen = ctx.chosen
    kept = {m.entity.id for _, m, _ in chosen.values()}
    restored = [
        start
        for start, (_, match, reason) in rejected.items()
        if reason == _UNQUALIFIED
        and match.entity.id in kept
        and not _sentence_abroad(ctx, ctx.tokens[start].start)
        and not (_country_left_out(match) and _names_a_country_abroad(ctx, _sentence_words(ctx, start)))
    ]
    for start in restored:
        stop, match, _ = rejected.pop(start)
        chosen[start] = (stop, match, (f"context: the text names {match.entity.display} so elsewhere",))
    return bool(restored)


def _sentence_words(ctx: _Context, start: int) -> list[str]:
    """The words of the sentence of token ``start`` outside the mentions chosen so far."""
    return _words_outside_mentions(ctx, *_sentence_around(ctx.view, ctx.tokens[start].start))


def _sentence_abroad(ctx: _Context, offset: int) -> bool:
    """Does the sentence around ``offset`` name another country or a place abroad, and not Belarus?"""
    begin, end = _sentence_around(ctx.view, offset)
    return _names_a_country_abroad(ctx, _words_outside_mentions(ctx, begin, end)) and not any(
        is_belarusian_word(w) for w in _WORD.findall(ctx.view, begin, end)
    )


def _restore_bodies_of_members(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> bool:
    """A body's generic name is Belarus's body when its sentence, or the one right before it, names a bundled person
    whose note says they serve in it (Rakhmanov, deputy state secretary of the Security Council … du Conseil de
    sécurité; l'avocat Maxim Znak … Membre du présidium du Conseil de coordination). Did any come back?"""
    persons = [(start, m) for start, (_, m, _) in ctx.chosen.items() if m.entity.kind == "person"]
    restored = False
    for start, (stop, match, reason) in list(rejected.items()) if persons else ():
        if reason != _UNQUALIFIED:
            continue
        cores = _english_cores(match.entity.names)
        for other, person in persons:
            note = str(person.entity.attributes.get("note", "")).casefold()
            core = next((c for c in cores if names_as_serving(note, c)), None)
            if core is not None and _near_sentence(ctx, ctx.tokens[other].end, ctx.tokens[start].end):
                del rejected[start]
                ctx.chosen[start] = (stop, match, (f"context: {person.entity.display}, whose note names the {core}, named near it",))
                restored = True
                break
    return restored


def _near_sentence(ctx: _Context, person: int, body: int) -> bool:
    """Is the offset ``body`` in the sentence of the offset ``person``, or in the next one (the person named first)
    when that names no country abroad (… Utrikesdepartementet betonar att Sverige: Sweden's ministry)?"""
    begin, end = sorted((person, body))
    breaks, last = 0, begin
    for found in _SENTENCE_BREAK.finditer(ctx.view, begin, end):
        breaks += not breaks or bool(ctx.view[last : found.start()].strip())  # (".\n" ends one sentence)
        last = found.end()
    return breaks == 0 or (breaks == 1 and person < body and not _sentence_abroad(ctx, body))


#: the org_words rows of a court, whose country is where it sits, not whose people it tries
_COURT_WORDS = frozenset({"court"})
#: the id prefix of the bundled Belarusian courts (`_BODIES_OF_PLACES`)
_COURT_IDS = "org:court:"


def _restore_bodies_of_a_text_about_belarus(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> bool:
    """A body's generic name in a text that names Belarus, its people or adjective, or one of its regions or districts
    with the unit word, and no other country or place abroad, not even by its adjective, is Belarus's body: the text
    has no other country for it to be (Baltarusijos opozicija … Saugumo taryba; nad obwodem grodzieńskim …
    Ministerstwo Sytuacji Nadzwyczajnych). Not a court: the press names the courts of its own country that try
    Belarusians (Korkein oikeus … valkovenäläisen miehen), unless the text names a Belarusian body, which is evidence
    enough: a higher court is where a Belarusian court's cases go (Das Gebietsgericht Brest … beim Obersten Gericht
    Berufung), and a Belarusian party, union or NGO its sentence names is dissolved by its own country's court
    (`_civil_body_in_sentence`: Partidul Civic Unit … lichidat de Curtea Supremă). Did any come back?"""
    courts = any(m.entity.id.startswith(_COURT_IDS) for _, m, _ in ctx.chosen.values())
    if not courts and len(_unqualified_bodies(rejected, True)) > len(_unqualified_bodies(rejected)):
        courts = _court_of_a_place(ctx)
    bodies = _unqualified_bodies(rejected, courts)
    # (a court whose sentence names a Belarusian party, union or NGO it may have dissolved)
    extra = [] if courts else [k for k in _unqualified_bodies(rejected, True) if k not in bodies]
    court_of_a_body = {k: body for k in extra if (body := _civil_body_in_sentence(ctx, k)) is not None}
    bodies += list(court_of_a_body)
    if not bodies:
        return False
    about = (
        any(m.entity.id == _BELARUS for _, m, _ in ctx.chosen.values())
        or any(stop - start > 1 and m.entity.id.startswith(tuple(UNIT_LEVELS)) for start, (stop, m, _) in ctx.chosen.items())
        or _speaks_of_belarus(ctx)
        or courts
    )
    words = _words_outside_mentions(ctx, 0, len(ctx.view))
    if not (about or court_of_a_body) or _names_a_country_abroad(ctx, [w for w in words if not is_union_of_states(w)]):
        return False  # (Puolaan, Tallinna: the body may be that country's)
    # a union of states (the EU) has a council, a parliament and a court, but no ministries
    union = any(is_union_of_states(w) for w in words)
    restored = False
    for start in bodies:
        if (not about and start not in court_of_a_body) or (union and not rejected[start][1].entity.id.startswith(_MINISTRY)):
            continue
        said = f"its sentence names {court_of_a_body[start]}" if start in court_of_a_body else "the text speaks of Belarus"
        stop, match, _ = rejected.pop(start)
        ctx.chosen[start] = (stop, match, (f"context: {said} and no other country",))
        restored = True
    return restored


#: the words of a body's note that make it a party, union or NGO a court may dissolve (not a newspaper, firm or club,
#: which the press of other countries names beside its own courts)
_CIVIL_BODY_NOTES = ("party", "ngo", "union", "human rights", "movement", "association", "organisation", "campaign", "society")


def _civil_body_in_sentence(ctx: _Context, start: int) -> str | None:
    """The Belarusian party, union or NGO (by its note, `_CIVIL_BODY_NOTES`) named in the sentence of token
    ``start``, if one is."""
    begin, end = _sentence_around(ctx.view, ctx.tokens[start].start)
    for first, (_, m, _) in ctx.chosen.items():
        if begin <= ctx.tokens[first].start < end and _body_noted_as(m.entity, _CIVIL_BODY_NOTES):
            return m.entity.display
    return None


def _body_noted_as(entity: Entity, words: tuple[str, ...]) -> bool:
    """Is the entity a body whose note holds one of ``words`` (party, ministry …: what kind of body it is)?"""
    note = str(entity.attributes.get("note", "")).casefold()
    return entity.kind == "org" and any(w in note for w in words)


#: a word, "of" or "in" and a capitalized word: a court of a place (un tribunale di Minsk, a court in Brest)
_COURT_OF_PLACE = regex.compile(r"(\p{L}+)[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)")


def _court_of_a_place(ctx: _Context) -> bool:
    """Does the text name a court of a Belarusian town in words no registered court has (un tribunale di Minsk, a
    court in Brest)? That court is Belarusian, as a bundled court is."""
    courts = org_word_classes("court")
    for found in _COURT_OF_PLACE.finditer(ctx.view, overlapped=True):
        word, join, place = found.groups()
        if courts.isdisjoint(name_words().spelled(word)):
            continue
        if not (joins_country_to_body(join) or is_location_preposition(join, ctx.language)):
            continue
        match = ctx.engine.match(place)
        if match is not None and match.entity.kind == "place" and match.entity.id != _BELARUS:
            return True
    return False


#: how many Belarusian places or bodies a text must name for its generic bodies to be Belarus's
#: (`_restore_bodies_of_a_text_of_belarusian_places`)
_PLACES_OF_A_BELARUSIAN_TEXT = 2


def _restore_bodies_of_a_text_of_belarusian_places(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> bool:
    """A body's generic name in a text that names two Belarusian places or bodies, found once every word was read
    (Stolin … das Gebietsexekutivkomitee Brest … das Bildungsministerium; BelAZ … Zhodzina … The Ministry of
    Industry), is Belarus's body. In a text that names somewhere abroad, only where its sentence names no country or
    place abroad and the one before it no other country (a text about Belarus names abroad where it tells of markets
    or exiles: orders from Russian coal mines), and its sentence names not Belarus or its capital by one word, which a
    foreign body addresses (Ministerstvo zahraničí … vyzvalo Minsk). Not where a capitalized word runs on from the
    name (the Departement voor Financieel | Onderzoek: a longer name), nor a court, as in
    `_restore_bodies_of_a_text_about_belarus`. Did any come back?"""
    bodies = [start for start in _unqualified_bodies(rejected) if start not in ctx.chosen]
    if not bodies:
        return False
    named = {m.entity.id for _, m, _ in ctx.chosen.values() if m.entity.kind in _SENTENCE_EVIDENCE}
    if len(named) < _PLACES_OF_A_BELARUSIAN_TEXT:
        return False
    taken = covered_tokens(ctx.chosen)
    abroad = _names_a_country_abroad(ctx, _words_outside_mentions(ctx, 0, len(ctx.view)))
    restored = False
    for start in bodies:
        stop, match, _ = rejected[start]
        if not taken.isdisjoint(range(start, stop)) or _runs_on_capitalized(ctx, stop, taken):
            continue
        if any(_lower_common_word(t.text) for t in ctx.tokens[start:stop]):
            continue
        if abroad and _abroad_or_addressed(ctx, start) and not _sentence_of_belarusian_places(ctx, start):
            continue
        del rejected[start]
        evidence = "context: the text names Belarusian places or bodies, and its sentence no country abroad"
        ctx.chosen[start] = (stop, match, (evidence,))
        taken.update(range(start, stop))
        restored = True
    return restored


def _belarusian_between(ctx: _Context, begin: int, end: int, *, state: bool = False) -> set[str]:
    """The Belarusian places and bodies mentioned between offsets ``begin`` and ``end``: besides the country and its
    capital, which other countries' sentences name as the state they act on (La France a condamné la Biélorussie),
    unless ``state``."""
    return {
        m.entity.id
        for first, (_, m, _) in ctx.chosen.items()
        if begin <= ctx.tokens[first].start < end
        and m.entity.kind in _SENTENCE_EVIDENCE
        and (state or not _the_state(m.entity, capital=True))
    }


def _sentence_of_belarusian_places(ctx: _Context, start: int) -> bool:
    """Does the sentence of token ``start`` name a Belarusian place or body besides the country and its capital, and
    no country or place abroad, so that what it tells happens in Belarus whatever the sentence before named (…
    traer desde Rusia drogas. Según el Ministerio del Interior, la banda operaba en Pólatsk)? (A place there may
    be only where someone went, which this does not tell apart: … habían viajado a Grodno.)"""
    begin, end = _sentence_around(ctx.view, ctx.tokens[start].start)
    return not _names_a_country_abroad(ctx, _words_outside_mentions(ctx, begin, end)) and bool(
        _belarusian_between(ctx, begin, end)
    )


def _lower_common_word(word: str) -> bool:
    """Is the word in lower case, neither a function word nor spelled as a form of bodies' names' words (Slovak preto,
    therefore, read as працы, of labour, after Ministerstvo)?"""
    return word[:1].islower() and not is_function_word(word) and not name_words().spelled(word)


def _abroad_or_addressed(ctx: _Context, start: int) -> bool:
    """Does the sentence of token ``start`` name a country or place abroad, or Belarus or its capital by one word,
    the state as a foreign body's sentence names it (vyzvalo Minsk, called on Minsk), or the sentence before it
    another country?"""
    begin, end = _sentence_around(ctx.view, ctx.tokens[start].start)
    before = _sentence_around(ctx.view, len(ctx.view[:begin].rstrip()) - 1) if begin else (begin, begin)
    if _names_a_country_abroad(ctx, _words_outside_mentions(ctx, begin, end)):
        return True
    if any(_another_country(ctx, w) for w in _words_outside_mentions(ctx, *before)) and not (
        _belarusian_between(ctx, *before)
        or (_belarusian_between(ctx, *before, state=True) and _belarusian_between(ctx, begin, end, state=True))
    ):
        return True  # (the sentence before names another country and no Belarusian place or body: the body may be
        # that country's; a city there is where someone went: … sin zdaj v Varšavi. Ministrstvo za izobraževanje …;
        # but not where it names Belarus's places or bodies too, as a sentence of trade does: Savushkin exporta queso
        # a Rusia y China; nor where it names the state and the body's own sentence names Belarus or its places:
        # Lituania no compra electricidad a Bielorrusia. El Ministerio de Energía … en la cercana Ostrovets)
    return any(
        stop == first + 1 and begin <= ctx.tokens[first].start < end and _the_state(m.entity, capital=True)
        for first, (stop, m, _) in ctx.chosen.items()
    )


def _another_country(ctx: _Context, word: str) -> bool:
    """Is the word another country, its adjective, or its name with a case ending the text's language glues to it
    (Poolast, from Poland)?"""
    if is_foreign_country(word) or _lacinka_country(ctx.language, word, adjectives=True):
        return True
    stems = foreign_stems(word, ctx.language, abroad=True) if ctx.language is not None else ()
    return any(is_foreign_country(stem, adjectives=False) for stem, _ in stems) or in_a_country(word, ctx.language)


def _no_body_after_sport(ctx: _Context, end: int) -> bool:
    """Do the lower-case words after a place's name (ending at ``end``), a sport's among them, name its people, team or
    clubs, not a body (Baltarusijos futbolo rinktinė, Baltarusijos ledo ritulio ekstralygoje; not Baltarusijos ledo
    ritulio federacija)? Read a word further than a body's name check, for a sport is often named by two words."""
    words = _LOWER_WORDS_AFTER_SPORT.match(ctx.view, end)
    allowed = org_word_classes(*_SPORT_ROWS, *_NO_BODY_AFTER_PLACE_ROWS)
    return words is not None and all(name_words().classes(w, inflected=False) <= allowed for w in words.group().split())


#: the lower-case words after a place that `_no_body_after_sport` reads: one more than a body's name check
_LOWER_WORDS_AFTER_SPORT = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,3}")


def _runs_on_capitalized(ctx: _Context, stop: int, taken: set[int]) -> bool:
    """Does a capitalized word outside the names found (``taken``) follow token ``stop - 1`` with only a space
    between them, going on with its name (Departement voor Financieel | Onderzoek; not komise | Babaryku, a person)?"""
    if ctx.language in CAPITALIZED_NOUNS:
        return False  # (every noun is capitalized: das Bildungsministerium Ende Mai)
    return stop < len(ctx.tokens) and ctx.joined[stop - 1] and ctx.tokens[stop].text[:1].isupper() and stop not in taken


def _unqualified_bodies(rejected: dict[int, tuple[int, Match, str]], courts: bool = False) -> list[int]:
    """The first tokens of the generic bodies kept from linking for want of Belarus around them (`_UNQUALIFIED`),
    courts aside unless ``courts``: a court sits in the press's own country when it tries Belarusians."""
    return [
        start
        for start, (_, match, reason) in rejected.items()
        if reason == _UNQUALIFIED and (courts or not _generic_body(match.matched_name, _COURT_WORDS))
    ]


def _words_outside_mentions(ctx: _Context, begin: int, end: int) -> list[str]:
    """The words between offsets ``begin`` and ``end`` outside the mentions chosen so far: a country's name of two
    words holds another's (Valko-Venäjän, Belarus, is no Venäjän, Russia's)."""
    spans = sorted((ctx.tokens[start].start, ctx.tokens[stop - 1].end) for start, (stop, _, _) in ctx.chosen.items())
    words = []
    for found in _WORD.finditer(ctx.view, begin, end):
        k = bisect.bisect_right(spans, (found.start(), len(ctx.view))) - 1
        if k < 0 or spans[k][1] <= found.start():
            words.append(found.group())
    return words


def _names_a_country_abroad(ctx: _Context, words: list[str]) -> bool:
    """Does one of the words name another country, its adjective or a place abroad (Puolaan, Tallinna, russische;
    in a Belarusian text also in Łacinka, read back into Cyrillic: Łatvii)?
    Not a given name before a capitalized word: a person's (Uladzimir Hutarovich, though Vladimir's Belarusian name
    is Uladzimir)."""
    return any(
        is_foreign_country(w)
        or _lacinka_country(ctx.language, w, adjectives=True)
        or (_names_abroad(ctx, w) and not (nxt[:1].isupper() and given_names().classes(w, inflected=False)))
        for w, nxt in zip(words, [*words[1:], ""])
    )


def _restore_bodies_of_a_sentence_about_belarus(
    ctx: _Context, rejected: dict[int, tuple[int, Match, str]], late: bool = False
) -> bool:
    """A body's generic name in a sentence that names a Belarusian place or body in two words or more (a region or
    district with its unit word, a body: the names chosen so far) and no country or place abroad is Belarus's body,
    whatever else the text names (Curtea Constituțională de la Minsk … iar Comisia Electorală Centrală; un incendio
    en la región de Moguiliov, informó el Ministerio de Situaciones de Emergencia). A town alone is no such evidence:
    the press's own ministries speak of travel to Minsk (El Ministerio del Interior expulsó a un activista llegado de
    Minsk). Not a court, as in `_restore_bodies_of_a_text_about_belarus`. Asked again once single words are read
    (``late``), when a body named by one word counts too (A fehérorosz KGB vezetője … a Biztonsági Tanács ülésén), but
    still no town alone, nor the country by its one word, which the press's own ministries name too (na granicy z
    Białorusią). Did any come back?"""
    restored = False
    taken = covered_tokens(ctx.chosen) if late else set()
    bodies = _unqualified_bodies(rejected)
    own = bool(bodies) and _names_belarus_or_its_own(ctx)
    for start in bodies:
        begin, end = _sentence_around(ctx.view, ctx.tokens[start].start)
        counts_people = own and _generic_body(rejected[start][1].matched_name, _COUNTS_PEOPLE)
        evidence = [
            m.entity.display
            for first, (stop, m, _) in ctx.chosen.items()
            if begin <= ctx.tokens[first].start < end
            and (
                (m.entity.kind in _SENTENCE_EVIDENCE and (not late or m.entity.kind == "org" or stop - first > 1))
                or (counts_people and m.entity.kind == "person")
            )
        ]
        if not evidence or _names_a_country_abroad(ctx, _words_outside_mentions(ctx, begin, end)):
            continue
        if late and not taken.isdisjoint(range(start, rejected[start][0])):
            continue
        taken.update(range(start, rejected[start][0]))
        stop, match, _ = rejected.pop(start)
        ctx.chosen[start] = (stop, match, (f"context: its sentence names {evidence[0]} and no other country",))
        restored = True
    return restored


def _restore_bodies_listed_with_one(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> bool:
    """A body's generic name joined by "and" (an article after it or not) to a Belarusian state body's name (by its
    note, `_STATE_BODY_NOTES`) is Belarus's body, whatever the rest of its sentence names, when its own clause names
    no country or place abroad: a list names the bodies of one state (lo organizan el Ministerio de Cultura y el
    Comité Ejecutivo Regional de Vitebsk, y acuden artistas rusos). Not beside an outlet or NGO, which may work
    abroad (w Warszawie Ministerstwo Spraw Zagranicznych i Biełsat). Did any come back?"""
    restored = False
    for start in _unqualified_bodies(rejected, courts=True):
        stop = rejected[start][0]
        partner = next(
            (
                m.entity.display
                for first, (last, m, _) in ctx.chosen.items()
                if _body_noted_as(m.entity, _STATE_BODY_NOTES)
                and (
                    (first >= stop and _joined_by_and(ctx, ctx.tokens[stop - 1].end, ctx.tokens[first].start))
                    or (last <= start and _joined_by_and(ctx, ctx.tokens[last - 1].end, ctx.tokens[start].start))
                )
            ),
            None,
        )
        if partner is None or not covered_tokens(ctx.chosen).isdisjoint(range(start, stop)):
            continue
        offset = ctx.tokens[start].start
        clause = _phrase_before(ctx.view, offset) + " " + _phrase_after(ctx.view, offset, _LOOK_BACK)
        if _names_a_country_abroad(ctx, _WORD.findall(clause)):
            continue  # (organizowały w Warszawie Ministerstwo Spraw Zagranicznych i Biełsat: Poland's ministry)
        stop, match, _ = rejected.pop(start)
        ctx.chosen[start] = (stop, match, (f"context: named in one list with {partner}",))
        restored = True
    return restored


#: the words of a body's note that make it a state body (ministry, executive committee, court)
_STATE_BODY_NOTES = ("ministry", "committee", "state", "executive", "court", "council", "government", "parliament", "police")
#: the words that may stand between two names of one list: "and", then an article
_LIST_GAP = regex.compile(r"[ \u00a0]+(\p{L}+)(?:[ \u00a0]+(\p{L}+))?[ \u00a0]+")


def _joined_by_and(ctx: _Context, end: int, begin: int) -> bool:
    """Do only "and" and maybe an article stand between offsets ``end`` and ``begin`` (y el, and the, und die)?"""
    gap = _LIST_GAP.fullmatch(ctx.view, end, begin)
    if gap is None or not is_conjunction(gap.group(1), ctx.language):
        return False
    return gap.group(2) is None or is_article(gap.group(2)) or gap.group(2).lower() in _LIST_ARTICLES


#: the definite articles of the languages whose articles the noise words leave out (the, der, die, el)
_LIST_ARTICLES = frozenset({"the", "der", "die", "das", "dem", "den", "des", "de", "el", "il", "lo", "o", "a", "os", "as"})


#: the kinds of entity whose mention in a sentence makes it one about Belarus: its places and bodies (not a person,
#: who may be abroad: Cichanouskaja susitiko su Užsienio reikalų ministerijos atstovais, the Lithuanian ministry)
_SENTENCE_EVIDENCE = frozenset({"place", "org"})
#: org_words rows of the bodies whose sentence a Belarusian person makes one about Belarus too, in a text that names
#: Belarus or its places or bodies: an election commission counts the votes of its own country's candidates
#: (Centralna Komisja Wyborcza przyznała Łukaszence …; not a text of another country's election that a Belarusian
#: comments on: … и Лукашенко поздравил Путина)
_COUNTS_PEOPLE = frozenset({"election"})


def _names_belarus_or_its_own(ctx: _Context) -> bool:
    """Does the text name Belarus, a Belarusian place or a Belarusian body (not only a person)?"""
    return any(m.entity.kind in _SENTENCE_EVIDENCE for _, m, _ in ctx.chosen.values())


def _phrase_before(view: str, offset: int) -> str:
    """The text of the clause before ``offset``, back to a clause's end or a comma (`_LOOK_BACK` characters at most)."""
    return _CLAUSE_END.split(view[max(0, offset - _LOOK_BACK) : offset])[-1].split(",")[-1]


def _phrase_after(view: str, offset: int, reach: int) -> str:
    """The text of the clause after ``offset``, up to a clause's end or a comma (``reach`` characters at most)."""
    return _CLAUSE_END.split(view[offset : offset + reach])[0].split(",")[0]


def _sentence_around(view: str, offset: int) -> tuple[int, int]:
    """The offsets of the sentence (by `_SENTENCE_BREAK`) that holds ``offset``."""
    begin = 0
    for m in _SENTENCE_BREAK.finditer(view):
        if m.end() <= offset:
            begin = m.end()
        else:
            return begin, m.start()
    return begin, len(view)


#: a sentence's end: a terminator before a capital, or a line break
_SENTENCE_BREAK = regex.compile(r"[.!?…](?=\s+\p{Lu})|\n")
#: what ends a body's English name that says whose it is (Security Council of Belarus, … of the Republic of Belarus)
_OF_BELARUS = regex.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Belarus$")


@functools.lru_cache(maxsize=1 << 10)
def _english_cores(names: tuple[str, ...]) -> tuple[str, ...]:
    """A body's English names of two words or more, without the "of Belarus" that says whose they are, case folded:
    the words a person's note uses for the body (deputy state secretary of the Security Council); an office's name
    also without its "'s office", the title of its head (Prosecutor General's Office: the Prosecutor General), and a
    ministry's also as its minister's titles (`heads_titles`: Health Minister)."""
    plain = (n.replace(APOSTROPHE, "'") for n in names)  # (names hold the one apostrophe, ʼ)
    cores = {_OF_BELARUS.sub("", n).casefold() for n in plain if n.isascii()}
    cores |= {c.removesuffix(_OFFICE_OF) for c in cores if c.endswith(_OFFICE_OF)}
    cores |= {title for c in cores for title in heads_titles(c)}
    return tuple(sorted(c for c in cores if len(c.split()) > 1))


#: the end of an office's English name, whose head's title is the rest (Prosecutor General's Office)
_OFFICE_OF = "'s office"


#: how the ids of ministries begin, and how many lower-case words may stand between a ministry's name and the word for
#: its minister (Baltkrievijas transporta un sakaru ministrs; ministro de Transportes)
_MINISTRY = "org:ministry-"
_TITLE_REACH = 3


def _ministers_titles(ctx: _Context) -> bool:
    """A ministry's name that a word for its minister stands right before (ministro de Transportes de Bielorrusia) or
    right after (Baltkrievijas transporta ministrs) is the minister's title, no mention of the ministry as a body;
    Belarus named inside it still is a mention of the country. Was any?"""
    titles = [(start, stop) for start, (stop, m, _) in ctx.chosen.items() if m.entity.id.startswith(_MINISTRY)]
    titles = [(start, stop) for start, stop in titles if _in_a_title(ctx, start, stop)]
    for start, stop in titles:
        del ctx.chosen[start]
        for k in range(start, stop):
            found = ctx.engine.match(ctx.tokens[k].text) if ctx.tokens[k].text[:1].isupper() else None
            if found is not None and found.entity.id == _BELARUS:
                ctx.chosen[k] = (k + 1, found, ("context: the country in a minister's title",))
    return bool(titles)


def _in_a_title(ctx: _Context, start: int, stop: int) -> bool:
    """Does a word for a minister stand among tokens ``start`` to ``stop``, read as the ministry's word by a case
    ending (Ministrul belarus al agriculturii), or a few lower-case words before or after them, in their clause,
    with no "and" nor comma between?"""
    if any(is_minister_word(t.text) for t in ctx.tokens[start:stop]):
        return True
    if any(_ministry_word(t.text) for t in ctx.tokens[start:stop]):
        return False  # (the ministry by its own word: minister i Skatte- og afgiftsministeriet, a minister in it)
    # (not past a comma: ministerija praneša, kad ministras …, the ministry says that the minister …)
    before = _WORD.findall(_phrase_before(ctx.view, ctx.tokens[start].start))
    after = _WORD.findall(_phrase_after(ctx.view, ctx.tokens[stop - 1].end, _LOOK_BACK))
    for words in (before[::-1][: _TITLE_REACH + 1], after[: _TITLE_REACH + 1]):
        for word in words:
            if is_minister_word(word):
                return True
            if not word.islower() or (is_conjunction(word, ctx.language) and not names_country_first(ctx.language)):
                # (Ministério da Defesa e o ministro: the ministry, and then its minister; but a title after the
                # fields its ministry joins is one: Baltkrievijas transporta un sakaru ministrs)
                break
    return False


def _ministry_word(word: str) -> bool:
    """Is the word a ministry's own word, as written or as the end of a compound (ministerstvo, afgiftsministeriet),
    and not one for its minister, which shares its key in some languages (minister)?"""
    if is_minister_word(word):
        return False
    split = org_compound(word)
    part = word if split is None else word[split[1] :]
    return not name_words().classes(part).isdisjoint(org_word_classes(*_MINISTRY_WORDS))


def _districts_of_named_cities(ctx: _Context, alike: list[tuple[int, int]], mentioned: frozenset[int]) -> None:
    """A city district that several cities name alike (the windows ``alike``: Kastrychnitski district) is the one of
    the city the text names (``mentioned``: also in an earlier part of a long text), or whose district's court it
    names (Judecătoria raionului Leninski din Grodno), unless a court word follows, which the city after it completes
    (Leninského obvodného súdu v Mogileve)."""
    engine, tokens, chosen = ctx.engine, ctx.tokens, ctx.chosen
    cities = set(mentioned) | {engine.position(m.entity.id) for _, m, _ in chosen.values() if m.entity.kind == "place"}
    courts = [m.entity.id for _, m, _ in chosen.values() if m.entity.id.startswith(_COURT_IDS)]
    for city in engine.city_districts if courts else ():
        own = f"-{engine.index.entities[city].id.removeprefix('place:')}"  # (org:court:leninski-grodno)
        if any(court.endswith(own) for court in courts):
            cities.add(city)
    districts = frozenset().union(*(engine.city_districts.get(city, ()) for city in cities))
    for start, stop in alike if districts else ():
        if stop < len(tokens) and _body_words(tokens[stop].text):
            continue
        surface = ctx.view[tokens[start].start : tokens[stop - 1].end]
        district = engine.decide(surface, engine.rank(ctx.prepared[start:stop], lenient=False), districts)[0]
        if district is not None and engine.position(district.entity.id) in districts:
            chosen[start] = (stop, district, ("context: the text names the city it is a district of",))


def _namesakes_by_bodies_named(ctx: _Context, alike: list[tuple[int, int]]) -> None:
    """A person's name that namesakes share (the windows ``alike``: Аляксандр Піскуноў, a judge and a political
    prisoner) is the one whose note names a body the text names (Гомельскі абласны суд … суддзя Аляксандр Піскуноў:
    the judge of the Gomel regional court), if only one's does."""
    bodies = {c for _, m, _ in ctx.chosen.values() if m.entity.kind == "org" for c in _english_cores(m.entity.names)}
    engine, covered = ctx.engine, covered_tokens(ctx.chosen)
    for start, stop in alike if bodies else ():
        if any(k in covered for k in range(start, stop)):
            continue  # (told apart already, or a word of a body's name)
        ranked = engine.rank(ctx.prepared[start:stop], lenient=False)
        notes = {s.name.entity: str(engine.index.entities[s.name.entity].attributes.get("note", "")).casefold() for s in ranked}
        serving = frozenset(e for e, note in notes.items() if any(names_as_serving(note, core) for core in bodies))
        _choose_namesake(ctx, start, stop, ranked, serving, "the text names the body the person's note says they serve in")


def _namesakes_by_places_named(ctx: _Context, alike: list[tuple[int, int]]) -> None:
    """A person's name that namesakes share (Алег Мацкевіч, a human-rights defender from Barysau and an official of
    the Vitebsk region) is the one whose note says they come from a place named right beside the name (праваабаронца
    з Барысава Алег Мацкевіч), if only one's does: not a place the note names otherwise (the Vitebsk regional
    executive committee), nor one in the part of a note that says whom the person is not, nor in a sentence that
    names another country (a Ukrainian namesake)."""
    places = [(i, m.entity) for i, (_, m, _) in ctx.chosen.items() if m.entity.kind == "place" and m.entity.id != _BELARUS]
    engine, covered = ctx.engine, covered_tokens(ctx.chosen)
    for start, stop in alike if places else ():
        if any(k in covered for k in range(start, stop)):
            continue
        beside = {n.casefold() for i, e in places if start - _BESIDE <= i < stop + _BESIDE for n in e.names if n.isascii()}
        if not beside or _names_a_country_abroad(ctx, _sentence_words(ctx, start)):
            continue
        ranked = engine.rank(ctx.prepared[start:stop], lenient=False)
        told = frozenset(
            s.name.entity
            for s in ranked
            if any(regex.search(rf"\bfrom {regex.escape(n)}\b", _own_note(engine.index.entities[s.name.entity])) for n in beside)
        )
        _choose_namesake(ctx, start, stop, ranked, told, "a place beside the name is where the person's note says they come from")


#: how many tokens from a name a place stands that `_namesakes_by_places_named` reads (з Барысава | Алег Мацкевіч)
_BESIDE = 3


def _own_note(entity: Entity) -> str:
    """A person's note, case folded, without the part that says whom the person is not."""
    return _NOT_THE_NAMESAKE.split(str(entity.attributes.get("note", "")))[0].casefold()


def _choose_namesake(
    ctx: _Context, start: int, stop: int, ranked: list[Scored], told: frozenset[int], evidence: str
) -> None:
    """Link the window ``start`` to ``stop`` to the one namesake (of ``ranked``) the evidence tells, if ``told`` holds
    exactly one, as a mention with that evidence; not where a namesake abroad fits the name better (the poet
    Alexander Pushkin, whom no year of the sentence tells from the artist), nor where the name is an institution's
    (univerzitu Alexandra Puškina)."""
    if len(told) != 1:
        return
    ids = ctx.engine.index.entity_ids
    abroad = max((s.score for s in ranked if ids[s.name.entity].startswith(NAMESAKE_ID)), default=None)
    if abroad is not None and abroad > max((s.score for s in ranked if s.name.entity in told), default=0.0):
        return  # (on a tie the evidence decides: the body or year the person's note holds)
    surface = ctx.view[ctx.tokens[start].start : ctx.tokens[stop - 1].end]
    person = ctx.engine.decide(surface, ranked, prefer=told)[0]
    if person is None or person.entity.kind != "person" or ctx.engine.position(person.entity.id) not in told:
        return
    if _named_after(ctx, start, stop, person) is None:
        ctx.chosen[start] = (stop, person, (f"context: {evidence}",))


def _namesakes_by_years(ctx: _Context, alike: list[tuple[int, int]]) -> None:
    """A person's name that namesakes share (Alexander Chervyakov, the 1920s statesman and a minister of 2019–2022) is
    the one whose note or year of birth holds a year its sentence names (der frühere Wirtschaftsminister …, der das
    Ressort von 2019 bis 2022 leitete), if only one's does."""
    engine, tokens = ctx.engine, ctx.tokens
    for start, stop in alike:
        if start in ctx.chosen:
            continue  # (told apart already, by the bodies the text names)
        years = set(_YEAR.findall(ctx.view, *_sentence_around(ctx.view, tokens[start].start)))
        if not years:
            continue
        ranked = engine.rank(ctx.prepared[start:stop], lenient=False)
        dated = frozenset(
            s.name.entity
            for s in ranked
            if years & set(_YEAR.findall(_dated_words(engine.index.entities[s.name.entity])))
        )
        _choose_namesake(ctx, start, stop, ranked, dated, "its sentence names a year the person's note holds")


def _dated_words(entity: Entity) -> str:
    """A person's note and year of birth, where `_namesakes_by_years` looks for years (not the source's address, nor
    the part of the note that says whom the person is not: not the 1920s statesman of the same name)."""
    return f"{_own_note(entity)} {entity.attributes.get('born', '')}"


#: where a note goes on to say whom the person is not (…; not the 1920s statesman of the same name)
_NOT_THE_NAMESAKE = regex.compile(r"[;,]\s*not\b")


#: a year of the last five centuries, as notes and texts write one
_YEAR = regex.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _clubs_of_named_players(ctx: _Context, alike: list[tuple[int, int]]) -> None:
    """A club's name that two clubs share (the windows ``alike``: Dinamo Minsk, the football or the hockey club), in
    a text whose words name no sport, is the club of the one sport the persons it names play, as their notes say
    (Brankář Vitalij Trus chytal za Dinamo Minsk: an ice hockey goaltender), or else that the other clubs it names
    play (BATE Borisov, Dinamo Brest … Dinamo Minsk)."""
    if not alike or ctx.sport() is not None:
        return
    if (sport := _players_sport(ctx)) is not None:
        evidence = f"context: the text names a {sport} player"
    elif (sport := _players_sport(ctx, of_clubs=True)) is not None:
        evidence = f"context: the other clubs the text names are {sport} clubs"  # (BATE Borisov … Dinamo Minsk)
    else:
        return
    engine, tokens = ctx.engine, ctx.tokens
    for start, stop in alike:
        surface = ctx.view[tokens[start].start : tokens[stop - 1].end]
        club = engine.decide(surface, engine.rank(ctx.prepared[start:stop], lenient=False), asks=sport)[0]
        if club is not None and club.entity.kind == "org" and sport in _plays(club.entity):
            ctx.chosen[start] = (stop, club, (evidence,))


def _places_heading_a_list(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A sentence's first word kept back as a common word is a place after all when a comma puts it at the head of a
    list whose next two items the text names as places by themselves, joined by a comma or a conjunction (Ветка,
    Чечерск и Краснополье: the town, not a branch; not a greeting, Мир, Минск приветствует …)."""
    for i, (stop, match, reason) in list(rejected.items()):
        if stop != i + 1 or match.entity.kind != "place" or not reason.startswith(_COMMON_WORD_REASON):
            continue
        second = _next_in_list(ctx, i, comma_only=True)
        if second is None or not _place_alone(ctx, second):
            continue
        third = _next_in_list(ctx, second)
        if third is not None and _place_alone(ctx, third):
            ctx.chosen[i] = (stop, match, (f"context: heads a list of places ({ctx.tokens[second].text})",))
            del rejected[i]


def _next_in_list(ctx: _Context, k: int, comma_only: bool = False) -> int | None:
    """The token of the item that follows token ``k`` in a list: after a comma, or (unless ``comma_only``) after a
    conjunction between single spaces (Чечерск и Краснополье)."""
    if k + 1 >= len(ctx.tokens):
        return None
    gap = ctx.view[ctx.tokens[k].end : ctx.tokens[k + 1].start]
    if gap == ", ":
        return k + 1
    if comma_only or gap != " " or k + 2 >= len(ctx.tokens) or not is_conjunction(ctx.tokens[k + 1].text, ctx.language):
        return None
    return k + 2 if ctx.view[ctx.tokens[k + 1].end : ctx.tokens[k + 2].start] == " " else None


def _place_alone(ctx: _Context, k: int) -> bool:
    """Has the text named a place by token ``k`` alone?"""
    found = ctx.chosen.get(k)
    return found is not None and found[0] == k + 1 and found[1].entity.kind == "place"


def _surnames_of_persons_named_in_full(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """One sense per text: a word spelled as the surname with which the text names a person in full is that person
    wherever it stands alone (Vasil Kirjienka … Kirjienka werd; Svetlanei Boghinskaia … Boghinskaia locuiește: not
    the lake), but for a byname after "of", which alone is the place (Euphrosyne de Polotsk … Polotsk), and unless
    the text gives the surname with another given name too (Alexander Rybak … Igor Rybak) or with two persons', or a
    plural article makes it the family's (los Radziwiłł)."""
    tokens, chosen = ctx.tokens, ctx.chosen
    persons: dict[str, Match | None] = {}
    families: dict[str, set[str]] = {}  # the registered surname -> the persons named in full with it (Лосік)
    for start, (stop, match, _) in chosen.items():
        surname = tokens[stop - 1].text
        # (not a byname after "of": Euphrosyne de Polotsk … l'université de Polotsk, the town)
        byname = stop - start > 2 and tokens[stop - 2].text.islower() and is_function_word(tokens[stop - 2].text)
        named = match.entity.kind == "person" and stop - start > 1 and tokens[stop - 1].kind == "word"
        if named and not given_names().classes(surname) and not byname:
            known = persons.get(surname.casefold(), match)
            persons[surname.casefold()] = match if known is not None and known.entity.id == match.entity.id else None
            families.setdefault(match.matched_name.split()[-1].casefold(), set()).add(match.entity.id)
    for surname, person in persons.items():  # two persons of one family named in full (Ihars Losiks, Darja Losika)
        if person is not None and len(families[person.matched_name.split()[-1].casefold()]) > 1:
            persons[surname] = None
    if not any(persons.values()):
        return
    covered = covered_tokens(chosen)
    for k in range(1, len(tokens)):  # the surname after a given name outside the person's own mentions: another person
        if k not in covered and tokens[k].text.casefold() in persons and ctx.joined[k - 1] and given_names().classes(tokens[k - 1].text):
            persons[tokens[k].text.casefold()] = None
    for i, token in enumerate(tokens):
        found = persons.get(token.text.casefold()) if token.kind == "word" and token.text[:1].isupper() else None
        if found is None or (i in covered and (i not in chosen or chosen[i][0] != i + 1)):
            continue  # (not a word inside a longer name)
        if (i in chosen and chosen[i][1].entity.id == found.entity.id) or (i in rejected and rejected[i][1].entity.id == found.entity.id):
            continue  # (named so already, or kept from linking this person for a reason: A Mickiewicz-házmúzeum)
        if _family_word_before(ctx, token) is not None:
            continue  # (los Radziwiłł: the family, no one member)
        score = min(found.score, EXACT - SURNAME_ONLY_PENALTY)  # a surname alone, as the matcher scores one
        if score < ctx.engine.options.score_cutoff:
            continue
        why = f"context: the surname of {found.entity.display}, whom the text names in full"
        chosen[i] = (i + 1, match_by_rule(found.entity, score, found.matched_name, token.text, why), (why,))
        rejected.pop(i, None)


def _family_word_before(ctx: _Context, token: Token) -> str | None:
    """The word before the token when, in the token's line's language, it makes a surname alone the family's
    (`belnorm.names.names_the_family`: los Radziwiłł, a família Vankovich; not su familia Babaryka), else None."""
    before = _WORD_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
    if before is None:
        return None
    earlier = _WORD_BEFORE.search(ctx.view, max(0, before.start() - _LOOK_BACK), before.start())
    family = names_the_family(before.group(1), _line_language(ctx, token), earlier.group(1) if earlier else None)
    return before.group(1) if family else None


def _relatives_by_given_name(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A lone given name right after a word for a relative (his son Viktor, Babarykův syn Eduard, жонку Ніну) names a
    member of a family the text has named: the person registered with that given name and the surname of a person
    named before it, the one right before the word for a relative if there is one (Statkevich's son), else the
    nearest with such a member (`_relative_of`), whom the gazetteer notes as that person's relative
    (`_noted_relatives`). Not a given name before a capitalized word: someone's full name."""
    tokens, chosen = ctx.tokens, ctx.chosen
    persons = sorted((start, m) for start, (_, m, _) in chosen.items() if m.entity.kind == "person")
    if not persons:
        return
    covered = covered_tokens(chosen)
    for i, token in enumerate(tokens):
        if i in covered or token.kind != "word" or not token.text[:1].isupper() or not persons[0][0] < i:
            continue
        if i + 1 < len(tokens) and ctx.joined[i] and tokens[i + 1].text[:1].isupper():
            continue
        kin = _WORD_BEFORE_COMMA.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
        if kin is None or not is_kin_word(kin.group(1), _line_language(ctx, token)):
            continue
        if not (given_names().classes(token.text) or given_names().familiar_classes(token.text)):
            continue
        named = [m for start, m in persons if start < i]
        # a person named right before the word for a relative is the one whose relative it is (Statkevich's son,
        # Loekasjenko's jongste zoon, Babarykův syn): no other family is asked then
        kin_at = kin.start(1)
        own = [m for start, m in persons if ctx.chosen[start][0] <= i and kin_at - ctx.tokens[ctx.chosen[start][0] - 1].end <= _ANCHOR_GAP]
        found = _relative_of(ctx, token.text, own[-1:] or named)
        if found is None:
            continue
        score = min(found.score, EXACT - SURNAME_ONLY_PENALTY)  # a given name alone: no surname of its own
        if score < ctx.engine.options.score_cutoff:
            continue
        why = f"context: after {kin.group(1)!r}, a relative of a family the text names"
        reading = next((e for e in found.explanation if e.startswith(token.text)), f"{token.text}: the given name")
        chosen[i] = (i + 1, match_by_rule(found.entity, score, found.matched_name, token.text, reading), (why,))
        rejected.pop(i, None)


def _bynamed_by_given_name(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A lone given name of a person the gazetteer knows by a byname (`Engine.bynamed_persons`: Euphrosyne of Polotsk)
    names that person, if a saint, after a word for a saint (sainte Euphrosyne, den hellige Evfrosinija, svētā Eifrosīnija), or in
    a text that names the byname's place when the person is a saint or no other bundled person bears that given name
    (Vseslav; not David, Kiryl), no other bearer is named, no other word of it opens a full name and it opens no
    sentence (… Polotsk … the nun Euphrosyne).
    Not a given name before another capitalized word: someone's full name."""
    bynamed, tokens, chosen = ctx.engine.bynamed_persons, ctx.tokens, ctx.chosen
    if not bynamed:
        return
    covered = covered_tokens(chosen)
    places = {ctx.engine.position(m.entity.id) for _, m, _ in chosen.values() if m.entity.kind == "place"}
    for i, token in enumerate(tokens):
        if i in covered or token.kind != "word" or not token.text[:1].isupper():
            continue
        found = {entry for c in ctx.prepared[i].given_classes for entry in bynamed.get(c, ())}
        if len(found) != 1:
            continue
        ((person, place, bearers, saint),) = found
        if i + 1 < len(tokens) and ctx.joined[i] and tokens[i + 1].text[:1].isupper() and i + 1 not in covered:
            continue
        before = _SAINT_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
        if saint and before is not None and is_saint_word(before.group(1)):
            why = f"context: after {before.group(1)!r}, the given name of a saint known by a byname"
        elif (
            (saint or bearers == 1)
            and place in places
            and not _sentence_start(ctx.view, token)
            and not _given_name_elsewhere(ctx, i, person)
        ):
            why = "context: the text names the place of the byname of a person of a rare given name"
        else:
            continue
        entity = ctx.engine.index.entities[person]
        score = EXACT - SURNAME_ONLY_PENALTY  # a given name alone: no surname of its own
        reading = f"{token.text}: the given name of {entity.display}"
        match = match_by_rule(entity, score, entity.names[0], token.text, reading)
        if _named_after(ctx, i, i + 1, match) is None:  # (not the Euphrosyne convent)
            chosen[i] = (i + 1, match, (why,))
            rejected.pop(i, None)


def _given_name_elsewhere(ctx: _Context, i: int, person: int) -> bool:
    """Does the text name another bearer of token ``i``'s given name: a bundled person of it, or someone named in full
    by the same word before another capitalized word (David Beckham … David)?"""
    classes = ctx.prepared[i].given_classes
    for start, (_, match, _) in ctx.chosen.items():
        if match.entity.kind == "person" and ctx.engine.position(match.entity.id) != person and classes & ctx.prepared[start].given_classes:
            return True
    word = ctx.tokens[i].text.casefold()
    return any(
        t.text.casefold() == word and k + 1 < len(ctx.tokens) and ctx.joined[k] and ctx.tokens[k + 1].text[:1].isupper()
        for k, t in enumerate(ctx.tokens)
        if k != i
    )


#: the word right before a given name, where a word for a saint stands (sainte Euphrosyne, St. Cyril)
_SAINT_BEFORE = regex.compile(r"(\p{L}+)\.? $")


#: how many characters may stand between a person's name and the word for a relative that makes that person the
#: relative's own (Loekasjenko's jongste zoon)
_ANCHOR_GAP = 12


def _relative_of(ctx: _Context, given: str, named: list[Match]) -> Match | None:
    """The relative a lone given name names: going back from the nearest person named before it, the first whose
    family has a registered member of that given name (the surname as that person's, or a woman's or man's form of
    it among the registered names the surname alone reaches: Tsikhanouski's wife Sviatlana is Tsikhanouskaya), when
    exactly one does and it is not that person (Lukashenko's grandson Alexander is not the president)."""
    engine = ctx.engine
    for anchor in reversed(named):
        surname = anchor.entity.names[0].split()[-1]
        family = {engine.position(anchor.entity.id)} | {s.name.entity for s in engine.rank(engine.prepare(surname)[1])}
        found: dict[str, Match] = {}
        for position in sorted(family):
            words = engine.index.entities[position].names[0].split()
            if engine.index.entities[position].kind != "person" or len(words) < 2 or not _one_family(surname, words[-1]):
                continue
            match = engine.match(f"{given} {words[-1]}")
            if match is not None and match.entity.kind == "person" and _noted_relatives(anchor.entity, match.entity):
                found[match.entity.id] = match
        if anchor.entity.id in found:
            return None  # (the given name is the anchor's own: a namesake in the family)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _noted_relatives(one: Entity, other: Entity) -> bool:
    """Is one of two persons noted in the gazetteer as the other's relative (son of Viktar Babaryka; husband of
    Sviatlana Tsikhanouskaya), by the other's English surname? A namesake of the family is not (Alena Kazlova's
    husband is no Mikalai Kazlou the gazetteer has unless noted so). The anchor itself counts as its own."""
    if one.id == other.id:
        return True
    return notes_relative(str(one.attributes.get("note", "")), _english_surname(other)) or notes_relative(
        str(other.attributes.get("note", "")), _english_surname(one)
    )


def _english_surname(entity: Entity) -> str:
    """The last word of a person's English name (the notes name relatives in English)."""
    return str(entity.attributes.get("en") or entity.names[0]).split()[-1]


def _one_family(surname: str, other: str) -> bool:
    """Are two registered surnames one family's: the same, or a man's and a woman's form of one (Ціханоўскі,
    Ціханоўская; Быкаў, Быкава; `_GENDER_PAIRS`)? Not two surnames that only begin alike (Пазняк, Пазнякоў)."""
    if surname == other:
        return True
    return any(
        surname.endswith(a) and other.endswith(b) and surname[: -len(a)] == other[: -len(b)]
        for x, y in _GENDER_PAIRS
        for a, b in ((x, y), (y, x))
    )


#: the endings of a man's and a woman's form of one Belarusian or Russian surname
_GENDER_PAIRS = (
    ("скі", "ская"), ("цкі", "цкая"), ("ўскі", "ўская"), ("ский", "ская"), ("цкий", "цкая"), ("ў", "ва"), ("ов", "ова"),
    ("ев", "ева"), ("ёв", "ёва"), ("ін", "іна"), ("ын", "ына"), ("ин", "ина"), ("ы", "ая"), ("і", "ая"),
)


def _clubs_of_the_texts_sport(ctx: _Context) -> None:
    """A club of another sport than the one the text speaks of is its namesake of the text's sport, when that one's
    name is the same with a prefix of its sport (Hokeiści … wygrali z Niemnem Grodno: ХК Нёман Гродна, not the
    football club Нёман Гродна)."""
    if (sport := ctx.sport()) is None:
        return
    for start, (stop, match, evidence) in list(ctx.chosen.items()):
        if not _club(match.entity) or sport in _plays(match.entity):
            continue
        club = _club_of_sport(ctx, sport, _surface(ctx, start, stop), ctx.prepared[start:stop])
        if club is not None:
            why = f"context: the text speaks of {sport}; {club.matched_name} is the {sport} club of the name"
            ctx.chosen[start] = (stop, club, (*evidence, why))


def _club_of_sport(ctx: _Context, sport: str, surface: str, words: list[QueryToken]) -> Match | None:
    """The club of ``sport`` whose name is the name ``surface`` (its prepared ``words``) with a prefix of that sport
    (Нёман Гродна with ХК: ХК Нёман Гродна, the hockey club), or None."""
    engine = ctx.engine
    for prefix in club_prefixes(sport):
        club = engine.decide(f"{prefix} {surface}", engine.rank([*engine.prepare(prefix)[1], *words], lenient=False))[0]
        if club is not None and club.entity.kind == "org" and sport in _plays(club.entity):
            return club
    return None


def _companies_named_as_clubs(ctx: _Context) -> None:
    """A club's name made of a company's name and its town in a describing phrase (Naftan di Novopolotsk, Belšina z
    Babrujsku, Babrujská Belšina), in a text that speaks of no sport and names no other club, names the company and
    the town, as two mentions; a town's adjective is no mention (la raffineria Naftan di Novopolotsk: the refinery,
    not the football club)."""
    clubs = [start for start, (_, m, _) in ctx.chosen.items() if _club(m.entity)]
    if not clubs or ctx.sport() is not None or _players_sport(ctx):
        return
    splits: dict[int, dict[int, Match]] = {}
    for start in clubs:
        if (parts := _company_and_town(ctx, start, ctx.chosen[start][0])) is None:
            return  # (Naftan Novopolotsk beat Dinamo Minsk: two clubs, a match)
        splits[start] = parts
    for start, parts in splits.items():
        stop, match, evidence = ctx.chosen.pop(start)
        why = f"context: the text speaks of no sport; {match.entity.display} is the club named after the company"
        for k, alone in parts.items():
            ctx.chosen[k] = (k + 1, alone, (*evidence, why))
    ctx.covered = None


def _company_and_town(ctx: _Context, start: int, stop: int) -> dict[int, Match] | None:
    """The company and the town a club's name at tokens ``start`` to ``stop`` is made of, by token, or None: each
    word alone names a company that is no club or a place, or is a function word or a town's adjective, and the words
    describe a company in a town (Naftan di Novopolotsk, Babrujská Belšina, Novopolotsk'taki Naftan) rather than
    repeat the club's name."""
    parts: dict[int, Match] = {}
    described = False  # (a word between or a town first: not the club's name as registered, Naftan Novopolotsk)
    for k in range(start, stop):
        word = ctx.tokens[k].text
        alone = ctx.engine.match(word)
        # (a town's adjective: Babrujská; not Bobruisk, which only ends like one)
        adjective = alone is not None and alone.entity.kind == "place" and is_adjective(word) and not _spelled_as_registered(word, alone)
        if is_function_word(word) or adjective:
            described = True
            continue
        if alone is None or not (alone.entity.kind == "place" or (alone.entity.kind == "org" and not _club(alone.entity))):
            return None
        parts[k] = alone
    kinds = [m.entity.kind for m in parts.values()]
    described = described or kinds == ["place", "org"]
    return parts if described and sorted(kinds) in (["org"], ["org", "place"]) else None


def _plays(entity: Entity) -> str:
    """What an organisation's note says it is (`belnorm.names.plays`: football club from Grodno)."""
    return plays(str(entity.attributes.get("note", "")))


def _club(entity: Entity) -> bool:
    """Is the entity a sports club, as its note says (football club from Navapolatsk)?"""
    return entity.kind == "org" and text_sport(_WORD.findall(_plays(entity))) is not None


def _players_sport(ctx: _Context, of_clubs: bool = False) -> str | None:
    """The one sport that the persons the text names play, as their notes say (an ice hockey goaltender), or with
    ``of_clubs`` the clubs it names (BATE Borisov, Dinamo Brest: football clubs), or None."""
    entities = [m.entity for _, m, _ in ctx.chosen.values()]
    chosen = [e for e in entities if _club(e)] if of_clubs else [e for e in entities if e.kind == "person"]
    played = {sport for e in chosen if (sport := text_sport(_WORD.findall(_plays(e)))) is not None}
    return played.pop() if len(played) == 1 else None


def _names_a_country_by_name(ctx: _Context) -> bool:
    """Does a word of the text, outside its mentions, name another country as a noun (Расіі, России, not российский)?
    A text in Belarus's own languages that does and names nothing else of Belarus speaks of that country: its
    generic bodies are that country's (Цэнтральны банк Расіі … Міністэрства фінансаў), as in a foreign text."""
    return any(is_foreign_country(w, adjectives=False) for w in _words_outside_mentions(ctx, 0, len(ctx.view)))


def _bodies_of_another_country(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A body's generic name (the Supreme Court), the name of one of the country's own towns that a Belarusian
    place shares (French Brest, Czech Most), or a far larger Russian town's name that a Belarusian place shares in
    Russian (Ivanovo, Кировск), in a text of another country's language, or in Belarus's own languages naming another
    country (`_names_a_country_by_name`), that names nothing else of Belarus, not even its adjective (the Belarusian
    journalist), names that country's body or town: moved from the text's mentions to ``rejected``."""
    if any(m.entity.id == _BELARUS for _, m, _ in rejected.values()):
        return
    reasons = {}
    region = functools.cache(lambda: next((w for w in _WORD.findall(ctx.view) if names_home_town_region(w)), None))
    for start, (stop, m, _) in ctx.chosen.items():
        town = ctx.tokens[start].text if stop == start + 1 and m.entity.kind == "place" else None
        if _unqualified_generic_body(ctx, start, stop, m):
            reasons[start] = "a generic body's name in a text that names nothing else of Belarus: that country's body"
        elif town is not None and is_home_town(town, ctx.language):
            reasons[start] = f"a town or river of the {ctx.language} press's own country, in a text that names nothing else of Belarus"
        elif town is not None and is_home_town(town, None) and region() is not None:
            reasons[start] = f"a town of the region the text names ({region()}), in a text that names nothing else of Belarus"
        elif names_bigger_namesake(surface := _surface(ctx, start, stop), m.entity.id):
            reasons[start] = f"{surface} is also a far larger town's name in Russia, in a text that names nothing else of Belarus"
        else:
            return  # the text names something of Belarus besides bodies of generic names and home towns
    if _speaks_of_belarus(ctx):
        return  # (les camions bélarusses, der weißrussische KGB: the text speaks of Belarus; its tokens hold only capitalized words)
    for start, reason in reasons.items():
        stop, match, _ = ctx.chosen.pop(start)
        rejected[start] = (stop, match, reason)


def _ministries_of_a_region(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A ministry's generic name after a word for regional (региональное министерство здравоохранения, oblastní
    ministerstvo zdravotnictví, regionens hälsoministerium) names a region's ministry, which Belarus's regions do
    not have (their bodies are departments of executive committees): another country's, moved to ``rejected``."""
    regional = org_word_classes("regional")
    for start, (stop, m, _) in list(ctx.chosen.items()):
        if m.entity.kind != "org" or not _generic_body(m.matched_name, _MINISTRY_WORDS):
            continue
        before = _word_before(ctx, ctx.tokens[start])
        if before is not None and regional & name_words().classes(before, inflected=False):
            del ctx.chosen[start]
            rejected[start] = (stop, m, f"a region's ministry ({before} …): Belarus's regions have none")


#: the org_words row of a ministry's generic name
_MINISTRY_WORDS = frozenset({"ministry"})


def _officials_abroad(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A person the text names right after the title of an office only other countries' local government has
    (Burmistrz, Primarul, Vallavanem: `foreign_office_languages`), in a text that names nothing of Belarus but persons and
    no word of Belarus, holds that office abroad: a namesake (Starosta Kaluše Andrij …), moved from the text's
    mentions to ``rejected``."""
    chosen = ctx.chosen
    if not chosen or any(m.entity.kind != "person" for _, m, _ in chosen.values()):
        return
    titled = {start: title for start, (_, m, _) in chosen.items() if (title := _office_before(ctx, start))}
    if not titled or _speaks_of_belarus(ctx):
        return
    for start, title in titled.items():
        stop, match, _ = chosen.pop(start)
        rejected[start] = (stop, match, f"the title {title!r} of an office only other countries have before the name: its holder abroad, a namesake")


#: how many words may stand between an office's title and the name of its holder (Starosta Kaluše Andrij …,
#: Gradonačelnik obližnjeg Babajeva Igor …)
_OFFICE_WORDS_BETWEEN = 2


def _office_before(ctx: _Context, start: int) -> str | None:
    """The title of an office abroad (`_office_title`) that introduces the name at token ``start``: in its clause,
    right before it, or past up to `_OFFICE_WORDS_BETWEEN` words that say where, the last of them capitalized
    (Мэр Дубоўкі Андрэй …, Gradonačelnik obližnjeg Babajeva Igor …), or opening the clause before a comma (Primarul,
    Vladimir …); not past a verb (The mayor welcomed …) or a conjunction (the mayor and …), nor beside a place of
    Belarus (Novopolotskin kaupunginjohtaja); else None."""
    before = _CLAUSE_END.split(ctx.view[max(0, ctx.tokens[start].start - _LOOK_BACK) : ctx.tokens[start].start])[-1]
    part = before.rstrip()
    if part.endswith(","):  # (the title alone opens the clause, or after an article: Primarul, …; The mayor, …)
        words = _WORD.findall(part[:-1].split(",")[-1])
        opening = words[-1:] if len(words) == 1 or (len(words) == 2 and is_function_word(words[0])) else []
        title = _office_title(ctx, opening[0]) if opening else None
        return title if title is not None and not _office_of_belarus(ctx, words, len(words) - 1) else None
    words = _WORD.findall(part.split(",")[-1])
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _OFFICE_WORDS_BETWEEN), -1):
        if is_conjunction(words[k], ctx.language):
            return None
        if _office_title(ctx, words[k]) is not None:
            between = words[k + 1 :]
            if between and not (between[-1][:1].isupper() or is_unit_word(between[-1])):
                return None  # (a verb or a common word between: The mayor welcomed Sviatlana …; not a region's name)
            return None if _office_of_belarus(ctx, words, k) else words[k]
    return None


def _office_title(ctx: _Context, word: str) -> str | None:
    """The word, if it is the title of an office only other countries' local government has in the text's language
    (`foreign_office_languages`), or in any when the language is unknown (not Spanish mayor, older; not Russian мер,
    measures)."""
    languages = foreign_office_languages(word)
    return word if languages and (ctx.language is None or ctx.language in languages) else None


def _office_of_belarus(ctx: _Context, words: list[str], k: int) -> bool:
    """Does a word beside the title ``words[k]`` name a place of Belarus, read also as the title's language writes a
    town's case (Novopolotskin kaupunginjohtaja Igor …)? Then the office is that Belarusian town's."""
    readers = set(foreign_office_languages(words[k])) | ({ctx.language} if ctx.language is not None else set())
    around = words[max(0, k - 1) : k] + words[k + 1 :]
    return any(_names_a_belarusian_place_in(ctx, w, readers) for w in around)


#: how many places abroad a text must name before its lone small places are read as their namesakes there
_PLACES_ABROAD = 2
#: how many places abroad a text in another language than Belarusian must name, and nothing of Belarus, before the
#: persons it names in full are read as namesakes there (Oleksandr Subbotin in Kovel, Ihor Kravchenko in Rivne)
_PERSONS_ABROAD = 3
#: and how many, one of them a region or unit abroad named with its unit word (Vladimirské oblasti, Ida-Viru fylke,
#: gmina) or a town that is no capital nor large city (Sillamäe, Ovruch), the mark of local news there
_PERSONS_ABROAD_IN_A_REGION = 2
_BELARUSIAN = "be"


def _places_of_a_text_abroad(ctx: _Context, rejected: dict[int, tuple[int, Match, str]]) -> None:
    """A text that names places abroad (`_PLACES_ABROAD` of them: Madrid and Zaragoza, Москвы and Подмосковье,
    Мурманска and Калининградской области) and of Belarus only small places by one word each (Pina, Горок, Drohiczyn)
    or by a far larger Russian town's name, not the country, its adjective, a regional centre, a person or a body,
    speaks of those places' namesakes abroad: they are moved from the text's mentions to ``rejected``. One place
    abroad is enough when each of those places bears a far larger Russian town's name (`names_bigger_namesake`). So
    are the persons of a text not in Belarusian that names `_PERSONS_ABROAD` places abroad and, of Belarus, no more
    than them and such small places (Oleksandr Subbotin in Kovel, Sarny and Rivne: a Ukrainian namesake). A word for
    a unit only other countries have (gmina, powiat, Landkreis) counts as a place abroad too."""
    chosen = ctx.chosen
    persons_abroad = ctx.language != _BELARUSIAN  # (a text in Belarusian speaks of Belarus's people)
    if not chosen or any(not (_small_place(m.entity) or (persons_abroad and m.entity.kind == "person")) for _, m, _ in chosen.values()):
        return
    namesakes = {start: names_bigger_namesake(_surface(ctx, start, stop), m.entity.id) for start, (stop, m, _) in chosen.items()}
    if any(stop > start + 1 and not namesakes[start] and m.entity.kind != "person" for start, (stop, m, _) in chosen.items()):
        return  # (a town's name of two words is that town, unless a far larger one abroad bears it: Сосновый Бор)
    if _speaks_of_belarus(ctx):
        return
    if any(
        start not in chosen and _body_of_place(ctx, start, stop, m.entity) is not None
        for start, (stop, m) in _places(ctx, rejected).items()
    ):
        return  # (a regional centre whose body the text names, found later: Grodnos regionale eksekutivkomité)
    found = _words_abroad_whole(ctx)
    words = [w.group() for w in found]
    # (nor a word of a person's name the text names as someone else: den russiske Andrej Kuznetsov is no Andrej abroad)
    others = [(start, entry) for start, entry in rejected.items() if entry[1].entity.kind == "person"]
    spans = [(ctx.tokens[start].start, ctx.tokens[stop - 1].end) for start, (stop, _, _) in [*chosen.items(), *others] if stop > start + 1]
    sources = _countries_of_origin(ctx, found)
    in_names = [any(begin <= w.start() < end for begin, end in spans) for w in found]
    outside = [  # (not a word inside a place's name of two words: Бары of Сасновым Бары is no Bari; Mostů is Most's)
        not in_names[k]
        and k not in sources
        and not _adjective_capitalized_as_name(ctx, w)
        and any(_names_abroad(ctx, r) or _border_town_abroad(ctx, r) for r in _readings_abroad(ctx, w.group()))
        and not _opens_a_name(ctx, w)
        for k, w in enumerate(found)
    ]
    abroad = {  # (one place of two words: Biala Podlaska, Bielsk-Podlaski)
        w.group()
        for k, w in enumerate(found)
        if outside[k] and not (k > 0 and outside[k - 1] and ctx.view[found[k - 1].end() : w.start()] in _NAME_JOINS)
    }
    named_regions = _regions_abroad(ctx, words)
    regions = {region.name for region in named_regions}
    # (and by the title of a local office abroad before a person it names: Burmistrz Radosław …, Primarul Vladimir …)
    regions.update(t for start, (_, m, _) in chosen.items() if m.entity.kind == "person" and (t := _office_before(ctx, start)))
    abroad.update(_towns_of_regions_abroad(ctx, found, words, named_regions))
    after_adjective = _towns_after_a_country_adjective(ctx, found)
    abroad.update(  # (not a given name after a nationality: amerikanske Amanda Anisimova)
        after_adjective
        - {w.group() for k, w in enumerate(found) if w.group() in after_adjective and (in_names[k] or _opens_a_name(ctx, w))}
    )
    # (exiles and Belarusians abroad are named with capitals and large cities, local news with its towns)
    towns = any(not _listed_in_case(ctx, w, is_metropolis) and not _country_in_case(ctx, w) for w in abroad)
    abroad |= regions
    # (the title of a local office abroad is a word of that place too: a town's Primarul, Starosta, Vallavanem)
    abroad.update(w for w in words if _office_title(ctx, w))
    # and, in a text that names only persons and some place abroad, another country by name or adjective (V ruské
    # Kalužské oblasti … Suchiniči: not Polish and Lithuanian ministers met … alone, with no place)
    if abroad and all(m.entity.kind == "person" for _, m, _ in chosen.values()):
        abroad.update(
            w.group()
            for k, w in enumerate(found)
            if k not in sources and is_foreign_country(w.group()) and not _adjective_capitalized_as_name(ctx, w)
        )
    persons = any(m.entity.kind == "person" for _, m, _ in chosen.values())
    # (local news of a region abroad names its people; exiles are named with the capitals they live in)
    people = _PERSONS_ABROAD_IN_A_REGION if regions or towns else _PERSONS_ABROAD
    if len(abroad) < (people if persons else 1 if all(namesakes.values()) else _PLACES_ABROAD):
        return  # (one place abroad is enough for a far larger Russian town's name: Кировск, Ленинградской области)
    named = ", ".join(sorted(abroad)[:_PLACES_ABROAD])
    # (a river crosses borders, but not after "in": the town of its name there, у Дніпрі, in Dnipro)
    moved = [
        start
        for start, (stop, m, _) in chosen.items()
        if not _crosses_borders(m.entity) or is_in_preposition(_words_around(ctx, start, stop)[0] or "")
    ]
    for start in moved:
        stop, match, _ = chosen.pop(start)
        rejected[start] = (stop, match, f"the text names places abroad ({named} …) and nothing else of Belarus: a namesake there")


def _opens_a_name(ctx: _Context, word: regex.Match[str]) -> bool:
    """Is the word, a place's name abroad, a person's given name: a given name of the registry (Jonas Björkman) or a
    word after another country's adjective (amerikanske Amanda Anisimova, az amerikai Jessica Pegulát), followed
    right away by a capitalized word that names no place abroad, no unit and no kind of place, and by no third
    capitalized word? A place's name of two words (Baia Mare) or before a person's full name (Burmistrz Karwiny
    Tomasz Łukaszczyk) is the place."""
    before = _word_before(ctx, Token(word.group(), word.start(), word.end(), "word", False))
    if before is not None and (is_location_preposition(before, ctx.language) or is_source_preposition(before)):
        return False  # (in Essen Stahlarbeiter: the town, where a noun follows)
    given = given_names().spells(word.group(), given_names().classes(word.group(), inflected=False))
    if not (given or (before is not None and is_foreign_adjective(before))):
        return False
    after = _WORD_AFTER.match(ctx.view, word.end())
    if after is None or not after.group(1)[:1].isupper():
        return False
    third = _WORD_AFTER.match(ctx.view, after.end())
    if third is not None and third.group(1)[:1].isupper():
        return False
    nxt = after.group(1)
    if is_unit_word(nxt) or is_place_word(nxt) or is_foreign_country(nxt):
        return False
    if _frequency_in_line(ctx, Token(nxt, after.start(1), after.end(1), "word", False))[0] >= _FREQUENT_OPENER_ZIPF:
        return False  # (a common word, no surname: az orosz Biztonsági Tanács, the Security Council)
    return not any(_names_abroad(ctx, r) or _border_town_abroad(ctx, r) for r in _readings_abroad(ctx, nxt))


def _adjective_capitalized_as_name(ctx: _Context, word: regex.Match[str]) -> bool:
    """Is the word a country's adjective only in lower case, capitalized inside a sentence of a language that writes
    such adjectives and nouns in lower case (Danish pave Frans: Pope Francis, not the Dutch Frans, French)? Then it
    is a name."""
    text = word.group()
    return (
        text[:1].isupper()
        and writes_nationalities_in_lower_case(ctx.language)
        and is_foreign_adjective(text)
        and not is_foreign_country(text, adjectives=False)
        and not _sentence_start(ctx.view, Token(text, word.start(), word.end(), "word", False))
    )


def _countries_of_origin(ctx: _Context, found: list[regex.Match[str]]) -> set[int]:
    """The positions in ``found`` (the text's words) of the countries named as where someone or something comes from
    (lankytojų iš Lietuvos ir Lenkijos: visitors from Lithuania and Poland), and of the countries listed with them: they
    tell who comes, not where the text's places are."""
    out: set[int] = set()
    for k in range(1, len(found)):
        word, previous = found[k].group(), found[k - 1].group()
        if not is_foreign_country(word, adjectives=False):
            continue
        gap = ctx.view[found[k - 1].end() : found[k].start()].strip()
        after_comma = k - 1 in out and gap == ","  # (z Polski, Litwy i Łotwy)
        after_and = k - 2 in out and not gap and is_conjunction(previous, ctx.language)
        if (not gap and is_source_preposition(previous)) or after_comma or after_and:
            out.add(k)
    return out


class _Region(NamedTuple):
    """A region abroad a text names: the index of its first word, how it is counted among the places abroad, and
    whether it is only a unit word that other countries have (gmina, powiat)."""

    start: int
    name: str
    unit: bool = False


def _beside_a_country_adjective(words: list[str], k: int) -> bool:
    """Does another country's adjective qualify the unit word ``words[k]``: right before it (в грузинском регионе), or
    right after it with no noun of its own after it (la región georgiana de Kajetia; not в районе польской границы,
    near the Polish border, where the adjective is the border's)?"""
    before = words[k - 1] if k > 0 else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    following = words[k + 2] if k + 2 < len(words) else ""
    if before[:1].islower() and is_foreign_country(before):
        return True
    own_noun = following[:1].islower() and not is_function_word(following)
    return after[:1].islower() and is_foreign_country(after) and not own_noun


def _readings_abroad(ctx: _Context, word: str) -> tuple[str, ...]:
    """The word as the lists of places abroad are read for it: a Belarusian text in Łacinka also in Cyrillic, which
    those lists hold (Sarataŭskaj: Саратаўскай, Maskvie: Маскве)."""
    cyrillic = _lacinka_in_cyrillic(ctx.language, word)
    return (word,) if cyrillic is None else (word, cyrillic)


def _regions_abroad(ctx: _Context, words: list[str]) -> list[_Region]:
    """The regions abroad the text's ``words`` name: by a city's adjective and a unit word (Калининградской
    области); by a unit only other countries have (gmina, powiat, Landkreis), which sets the text there; by a region's
    own name (na Pomorzu, in Niederschlesien); by a city and a unit word, in the case the text's language gives
    (Kurskin alueen); or by a unit word and its city after it, past a function word (la región de Leópolis, Gebiet
    Kaluga)."""
    found = []
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else None
        if after is not None and is_unit_word(after) and any(foreign_city_of_adjective(r) for r in _readings_abroad(ctx, w)):
            found.append(_Region(k, w))
        if is_foreign_unit(w):
            found.append(_Region(k, w.lower(), unit=True))
        if _listed_in_case(ctx, w, is_region_abroad):
            found.append(_Region(k, w))
        if after is not None and is_unit_word(after) and _city_abroad_in_case(ctx, w):
            found.append(_Region(k, f"{w} {after}"))
        if is_unit_word(w) and _beside_a_country_adjective(words, k):
            found.append(_Region(k, w.lower()))
        if is_unit_word(w) and (city := next((c for c in words[k + 1 : k + 3] if not is_function_word(c)), None)):
            if _city_abroad_in_case(ctx, city):
                found.append(_Region(k, f"{w} {city}"))
    return found


def _towns_of_regions_abroad(
    ctx: _Context, found: list[regex.Match[str]], words: list[str], regions: list[_Region]
) -> set[str]:
    """The towns a text places in a region abroad named right after them (В Петриковке Днепропетровской области,
    U Korablinu u Rjazanskoj oblasti, In Kolomyja, in de regio Ivano-Frankivsk): a capitalized word after a
    preposition that says where, then only prepositions, articles or a country's adjective before the region, in one
    sentence; not past a conjunction (В Гомеле и Брянской области), nor before a unit only other countries have
    when a Belarusian place names it (w Wiazynce, powiat miński: the Polish name of a Belarusian district of old)."""
    starts = {
        region.start
        for region in regions
        if not (region.unit and region.start + 1 < len(words) and _names_a_belarusian_place(ctx, words[region.start + 1]))
    }
    towns = set()
    for k in sorted(starts):
        j = k - 1
        while j > 0 and k - j < _REGION_WORDS_BACK and _between_town_and_region(ctx, words[j]):
            j -= 1
        if j < 1 or not words[j][:1].isupper() or not is_location_preposition(words[j - 1], ctx.language):
            continue
        if _CLAUSE_END.search(ctx.view, found[j].end(), found[k].start()) is None:
            towns.add(words[j])
    return towns


#: how many words before a region abroad the town it holds may stand, the region's first word counted (In
#: Kolomyja, in de Oekraïense regio …)
_REGION_WORDS_BACK = 4


def _between_town_and_region(ctx: _Context, word: str) -> bool:
    """May the word stand between a town and the region abroad that holds it: a preposition that says where, an
    article, a country's adjective (in de Oekraïense regio), but no conjunction?"""
    if is_conjunction(word, ctx.language):
        return False
    return is_location_preposition(word, ctx.language) or is_function_word(word) or is_foreign_country(word)


#: how common a capitalized word of a language that capitalizes its nouns must be to stand before a place as a noun,
#: not as the first word of a longer name (Hauptstadt 4.6, Dörfer 4.0; Traktor 3.6, Dynamo 3.7 may open a club's name)
_NOUN_BEFORE_A_PLACE_ZIPF = 4.0
#: how common a capitalized word must be in a language that capitalizes its nouns to be read as a noun, not a town
_COMMON_NOUN_ZIPF = 3.0


def _towns_after_a_country_adjective(ctx: _Context, found: list[regex.Match[str]]) -> set[str]:
    """The capitalized words right after another country's adjective (у чэшскай Арлове, V ruském Severodvinsku, у
    грузинському Кутаїсі): the text says outright that the town lies in that country; after "in", the adjective
    counts too, as the country named."""
    out: set[str] = set()
    nouns = ctx.language if ctx.language in CAPITALIZED_NOUNS else None
    for k, (before, word) in enumerate(zip(found, found[1:])):
        adjective = before.group()
        if (
            adjective[:1].islower()
            and word.group()[:1].isupper()
            and word.group()[1:2].islower()  # (no acronym: chaîne russe ORT)
            and ctx.view[before.end() : word.start()] == " "
            # (a language that capitalizes its nouns writes the country's border so: der ukrainischen Grenze)
            and (nouns is None or zipf(word.group(), nouns) < _COMMON_NOUN_ZIPF)
            and is_foreign_country(adjective)
            and not is_foreign_country(word.group())  # (польскай Беларусі is no town)
            and _place_itself(ctx, word.group()) is None  # (a Belarusian town there is the text's own: the adjective
            # qualifies a word of the sentence before it, польскія Гродна … reads no further)
        ):
            out.add(word.group())
            # (in that country's town: у чэшскай Арлове counts as the country and the town; not with, before or near
            # one, с польским Тересполем, у польской Кузницы, nor a company, российского Газпрома)
            if k > 0 and is_location_preposition(found[k - 1].group(), ctx.language):
                out.add(adjective)
    return out


def _words_abroad_whole(ctx: _Context) -> list[regex.Match[str]]:
    """The text's words, a hyphenated one whole where it names a place abroad so (Ivano-Frankivsk, Ивано-Франковской
    области), else by its parts."""
    words: list[regex.Match[str]] = []
    for compound in _COMPOUND_WORD.finditer(ctx.view):
        whole = compound.group()
        if "-" in whole and (
            _names_abroad(ctx, whole)
            or _city_abroad_in_case(ctx, whole)
            or foreign_city_of_adjective(whole)
            or _listed_in_case(ctx, whole, is_region_abroad)
        ):
            words.append(compound)
        else:
            words.extend(_WORD.finditer(ctx.view, compound.start(), compound.end()))
    return words


def _goes_on_with_the_clause(word: str) -> bool:
    """Is the word after a comma that follows a town a lower-case word that describes no place (no function word, no
    word for a kind of place or unit, no "near": Brest, port city in France; Gorki, vicino a Mosca), so that the
    sentence goes on there (w Mińsku, wystawią w Warszawie) and what it names after does not say where the town
    is?"""
    return word[:1].islower() and not (
        is_function_word(word) or is_place_word(word) or is_unit_word(word) or is_near_preposition(word)
    )


def _city_abroad_in_case(ctx: _Context, word: str) -> bool:
    """Is the capitalized word a large city abroad, also with the case ending the text's language glues to it
    (Kurskin, Kaluuga)?"""
    return _listed_in_case(ctx, word, is_foreign_city)


def _country_in_case(ctx: _Context, word: str) -> bool:
    """Is the capitalized word another country's name, also with a case ending of the text's language (Venäjän,
    Venäjällä)?"""
    return in_a_country(word, ctx.language) or _listed_in_case(
        ctx, word, lambda w: is_foreign_country(w, adjectives=False)
    )


def _surface(ctx: _Context, start: int, stop: int) -> str:
    """The text of tokens ``start`` to ``stop``, as the view spells it."""
    return ctx.view[ctx.tokens[start].start : ctx.tokens[stop - 1].end]


#: what joins the words of one place's name of two words (Biala Podlaska, Bielsk-Podlaski)
_NAME_JOINS = frozenset({" ", "-"})


def _border_town_abroad(ctx: _Context, word: str) -> bool:
    """Is the word a town across Belarus's border, also with the case ending the text's language glues to foreign
    names (Беластоку, Hajnówce)? Counted only as a place abroad a text names, never as where a place is."""
    return _listed_in_case(ctx, word, is_town_abroad)


def _listed_in_case(ctx: _Context, word: str, listed: Callable[[str], bool]) -> bool:
    """Is the capitalized word one a list of places abroad holds (``listed``), as written or less the case ending the
    text's language glues to foreign names (`foreign_stems`)?"""
    if not word[:1].isupper():
        return False
    stems = foreign_stems(word, ctx.language, abroad=True) if ctx.language is not None else ()
    return any(listed(w) for w in (word, *(stem for stem, _ in stems)))


def _names_abroad(ctx: _Context, word: str) -> bool:
    """Is the word a capitalized name of a place abroad, or another country's in a case that says where (Tallinna,
    Puolaan)?"""
    return word[:1].isupper() and (_abroad_in(ctx, word) or in_a_country(word, ctx.language))


def _the_country(engine: Engine, word: str) -> bool:
    """Is the word the country's registered name as written (Valgevene), whose lower-case form a language writes for
    its adjective (valgevene üliõpilased): no ordinary word at a sentence start for that?"""
    found = engine.match(word)
    return found is not None and found.entity.id == _BELARUS and _spelled_as_registered(word, found)


def _names_belarusians(words: list[str]) -> bool:
    """Does a word of the text name Belarus's people or be its adjective (les camions bélarusses, der weißrussische
    KGB, Baltarusijos)? The text then speaks of Belarus, whatever else it names."""
    return any(is_demonym(w) or is_belarusian_word(w) for w in words)


def _small_place(entity: Entity) -> bool:
    """Is the entity a place other than the country and the regional centres (`_big_town`)?"""
    return entity.kind == "place" and entity.id != _BELARUS and not _big_town(entity)


def _crosses_borders(entity: Entity) -> bool:
    """Is the place a river whose note names another country it flows through (the Dnieper: Kyiv lies on it too)?"""
    note = str(entity.attributes.get("note", ""))
    return place_type(note) in _CROSS_BORDERS and any(is_foreign_country(w, adjectives=False) for w in _WORD.findall(note))


@dataclass(slots=True)
class _Context:
    """What the single-word checks read around a word: the text, its tokens, and what pass one chose."""

    engine: Engine
    view: str
    tokens: list[Token]
    prepared: list[QueryToken]
    joined: list[bool]
    chosen: dict[int, tuple[int, Match, tuple[str, ...]]]
    #: the text's language as `belnorm.lexicon.guess_language` tells it, or None
    language: str | None
    #: the language of each line by the line's first offset, as `belnorm.lexicon.guess_line_languages` tells it
    line_languages: dict[int, str | None]
    #: the positions of the entities named in full (by pass one, or in an earlier part of a long text)
    named: frozenset[int]
    #: the one sport the text speaks of, read on first use (`belnorm.names.text_sport`)
    sport: Callable[[], str | None]
    #: the positions of the entities an earlier part of a long text named (`iter_find`)
    earlier: frozenset[int] = frozenset()
    #: surname bases that the text gives with another person's given name (Аксана Пачобут is not Andrzej)
    namesakes: set[int] = field(default_factory=set)
    #: adjectives linked through the unit word of a later name -> that unit word's token
    units: dict[int, int] = field(default_factory=dict)
    #: the tokens of the names pass one found (made on first use; single words added later are in `chosen`)
    covered: set[int] | None = None
    #: the places whose namesake abroad the text names (Gmina Rzeczyca w województwie łódzkim): a lone word for one
    #: elsewhere in the text is that place abroad too
    abroad: set[int] = field(default_factory=set)
    #: words the text writes as a surname after a foreign given name (Boyko Borisov) -> that full name (made on
    #: first use: `_surnames_of_text`)
    surnames: dict[str, str] | None = None
    #: does a word of the text name Belarus, its people or adjective (made on first use: `_speaks_of_belarus`)
    belarusian: bool | None = None


def _speaks_of_belarus(ctx: _Context) -> bool:
    """Does a word of the text name Belarus, its people or be its adjective (`_names_belarusians`), a hyphenated one
    read whole too (Wit-Russische)?"""
    if ctx.belarusian is None:
        hyphenated = [w for w in _COMPOUND_WORD.findall(ctx.view) if "-" in w]
        ctx.belarusian = _names_belarusians(_WORD.findall(ctx.view) + hyphenated)
    return ctx.belarusian


def _decide_word(ctx: _Context, i: int, prefer: frozenset[int]) -> tuple[Match | None, str]:
    """`Engine.decide` for one word, told what kind of place the words around it ask for (у Мядзелі, рака
    Свіслач)."""
    token = ctx.tokens[i]
    if (club := _quoted_club(ctx, i)) is not None:
        return club, ""
    if (acronym := _acronym_case_form(ctx.engine, token.text)) is not None:
        return acronym, ""
    ranked = ctx.engine.rank([ctx.prepared[i]])
    match, verdict = ctx.engine.decide(token.text, ranked, prefer)
    if match is None and verdict.startswith(AMBIGUOUS) and (later := _named_only_later(ctx, i) & prefer):
        # Hleb signed for Arsenal … his younger brother Viachaslau Hleb: a lone surname is the namesake named
        # before it, not one the text has yet to name
        match, verdict = ctx.engine.decide(token.text, ranked, prefer - later)
    if match is None and verdict.startswith(AMBIGUOUS) and (women := _undeclined_women(ctx, i, ranked) & prefer):
        # Игорь Лосик … Дарья Лосик … сосед Лосика: a woman's surname in a consonant takes no case ending
        match, verdict = ctx.engine.decide(token.text, ranked, prefer - women)
    named = _named_person_close(ctx, match, ranked, prefer) if match is not None and match.entity.kind == "person" else None
    if named is not None:
        # Васіль Быкаў … аповесці Быкава: the genitive of the surname the text named in full, not another person
        # whose nominative it spells
        match, verdict = ctx.engine.decide(token.text, [s for s in ranked if s.name.entity == named])
    if match is not None and match.entity.kind == "person" and _declines_no_woman(ctx, token):
        if ctx.engine.position(match.entity.id) in _undeclined_women(ctx, i, ranked):
            # (фермер з Карочы: from Korocha, no genitive of Вольга Карач, whose surname stays as it is)
            return None, f"a case ending on the surname of {match.entity.display}, a woman's in a consonant, which never takes one"
    if match is not None and match.entity.kind != "person" and _by_case_form(match):
        # (but a byname alone names no one: Polatsks, after Eufrosyne av Polatsk, is the town's genitive)
        if (person := _surname_of_a_named_person(ctx, i)) is not None and _epithet_alone(ctx, i, person) is None:
            return person, ""
    # only a tie or a namesake needs the words around (in Mir: the town; Lake Myadzel: not the town of its name)
    if verdict.startswith((AMBIGUOUS, ABROAD)) or (match is not None and ctx.engine.tied(ranked)):
        asks = _asked_place(ctx, i, ranked[0].name.text.casefold() != token.text.casefold(), tie=True)
        if asks is not None:
            return ctx.engine.decide(token.text, ranked, prefer, asks)
    return match, verdict


def _named_person_close(ctx: _Context, match: Match, ranked: list[Scored], prefer: frozenset[int]) -> int | None:
    """The one person the text named in full (``prefer``) whose surname a lone word also reads, within
    `_NAMED_PERSON_MARGIN` of the person ``match`` chose, who the text did not name: the text's person. None
    otherwise."""
    if ctx.engine.position(match.entity.id) in prefer:
        return None
    close = {
        s.name.entity
        for s in ranked
        if s.name.entity in prefer
        and ctx.engine.index.entities[s.name.entity].kind == "person"
        and not s.rejected
        and match.score - s.score <= _NAMED_PERSON_MARGIN
    }
    return next(iter(close)) if len(close) == 1 else None


#: how far below the chosen person a person the text named in full may score and still be the one a lone surname
#: names: the penalty of a surname without its given name
_NAMED_PERSON_MARGIN = SURNAME_ONLY_PENALTY


def _undeclined_women(ctx: _Context, i: int, ranked: list[Scored]) -> frozenset[int]:
    """The women among the persons ``ranked`` whose surname ends in a consonant, where token ``i`` writes it with a
    case ending: Belarusian, Russian and Ukrainian decline a man's such surname (Лосика), never a woman's (Дарья
    Лосик, у Дарьи Лосик)."""
    women = set()
    for scored in ranked:
        entity = ctx.engine.index.entities[scored.name.entity]
        if entity.kind != "person" or _gender(entity) != "f":
            continue
        for _, (ei, _, rule, _) in scored.used.items():
            surname = scored.name.tokens[ei].text
            if rule.startswith(CASE_FORM_RULE) and surname[-1:].isalpha() and surname[-1:].lower() not in _VOWEL_LETTERS:
                women.add(scored.name.entity)
    return frozenset(women)


#: the languages that leave a woman's surname in a consonant as it is in every case (Slavic; not Czech and Slovak,
#: which give it the feminine -ová, whose case forms read like a man's genitive: Alexijevičovej; nor the Baltic
#: languages, which give it endings of their own)
_WOMEN_UNDECLINED = frozenset({"be", "ru", "uk", "pl", "sl", "hr", "sr", "bg"})


def _declines_no_woman(ctx: _Context, token: Token) -> bool:
    """Is the word in text whose language leaves a woman's surname in a consonant undeclined (`_WOMEN_UNDECLINED`),
    or, where the text is too short to tell, in Cyrillic?"""
    if ctx.language is not None:
        return ctx.language in _WOMEN_UNDECLINED
    return CYRILLIC.search(token.text) is not None


#: the vowel letters a surname may end in: one that ends so declines in a woman's name too (Бабарыка); one in a
#: consonant, a soft sign or ў does not (Анна Коваль, Дарья Лосик)
_VOWEL_LETTERS = frozenset("аеёиоуыэюяіїєaeiouyáéíóúýąę")


def _named_only_later(ctx: _Context, i: int) -> frozenset[int]:
    """The persons the text names in full only after token ``i`` (by entity position), not in an earlier part of a
    long text either."""
    before: set[int] = set(ctx.earlier)
    after: set[int] = set()
    for start, (stop, found, _) in ctx.chosen.items():
        if found.entity.kind == "person" and stop - start > 1:
            (before if start < i else after).add(ctx.engine.position(found.entity.id))
    return frozenset(after - before)


def _surname_of_a_named_person(ctx: _Context, i: int) -> Match | None:
    """The person the text names in full whose surname the word repeats letter for letter (or with the genitive -s),
    over a place or body that only a case form of its name reaches (Symona Baranavych … a street named after
    Baranavych, not Baranavichy)."""
    word = ctx.tokens[i].text
    language = _line_language(ctx, ctx.tokens[i])
    # (with the genitive -s the language glues to names: Klimovitjs dotter, of Mikalaj Klimovitj; or another case
    # ending it glues to foreign names: Finnish Sannikovin, of Andrei Sannikov)
    bare = word[:-1] if word.endswith("s") and language in GENITIVE_S else word
    glued = tuple(stem for stem, _ in foreign_stems(word, language)) if language is not None else ()
    return _named_in_full(ctx, i, (word, bare, *glued), "the surname of")


def _possessive_of_a_named_person(ctx: _Context, i: int) -> Match | None:
    """The person the text names in full whose surname the word makes a possessive adjective of, as Czech, Slovak,
    Slovenian and Croatian do (Viktar Babaryka … po Babarykově zatčení; Dzjadokova manželka): that person."""
    token = ctx.tokens[i]
    stems = possessive_stems(token.text, _line_language(ctx, token))
    return _named_in_full(ctx, i, stems, "the possessive of the surname of") if stems else None


def _named_in_full(ctx: _Context, i: int, surnames: tuple[str, ...], what: str) -> Match | None:
    """The first person the text names in full (two words or more) whose last word is one of ``surnames``, as the
    match of token ``i``, whose relation to that name ``what`` tells; or None."""
    for start, (stop, found, _) in ctx.chosen.items():
        surname = ctx.tokens[stop - 1].text
        if found.entity.kind == "person" and stop - start > 1 and surname in surnames:
            note = f"context: {what} {ctx.tokens[start].text} {surname}, named in full in the text"
            return match_by_rule(found.entity, found.score, found.matched_name, ctx.tokens[i].text, note)
    return None


def _acronym_case_form(engine: Engine, word: str) -> Match | None:
    """The body whose registered acronym the word is, with a case ending in lower case (МАЗа, ПЭНа, MAZa), or
    None; the acronym's body, not a person or place whose name the letters also reach (Масэ, Пэн)."""
    acronym = _ACRONYM_CASE.fullmatch(word)
    if acronym is None:
        return None
    letters = acronym.group(1)
    ranked = engine.rank([engine.token(letters, "word")], prune=False)
    bodies = [s for s in ranked if not s.rejected and engine.index.kinds[s.name.entity] == "org"]
    found = engine.decide(letters, bodies)[0] if bodies else None
    if found is None or not _registered_acronym(letters, found):
        return None
    note = f"context: the acronym {letters} with the case ending -{acronym.group(2)}"
    return match_by_rule(found.entity, _CASE_FORM_SCORE, found.matched_name, word, note)


def _quoted_club(ctx: _Context, i: int) -> Match | None:
    """The club a quoted word names in a text about one sport (by its words, or by the persons it names): the one club
    of that sport whose registered name has the word and otherwise only its town or a club prefix («Нёман» is Нёман
    Гродна, «Іслач» ФК Іслач, not the rivers), or None."""
    token = ctx.tokens[i]
    if ctx.view[max(0, token.start - 1) : token.start] not in _QUOTES:
        return None
    if (played := ctx.sport() or _players_sport(ctx)) is None:  # (or the sport the persons it names play)
        return None
    engine, clubs = ctx.engine, dict[str, tuple[Entity, str, frozenset[str]]]()
    for scored in engine.rank([ctx.prepared[i]], prune=False):
        entity = engine.index.entities[scored.name.entity]
        if entity.kind != "org" or played not in _plays(entity):
            continue
        used = {ei for ei, _, _, _ in scored.used.values()}
        rest = [t.text for k, t in enumerate(scored.name.tokens) if k not in used]
        towns = [place_id(engine, word) for word in rest if not is_club_prefix(word)]
        if used and all(towns):
            clubs.setdefault(entity.id, (entity, scored.name.text, frozenset(t for t in towns if t)))
    if len(clubs) > 1 and (town := _town_before_quote(ctx, token)) is not None:
        clubs = {k: club for k, club in clubs.items() if town in club[2]}  # мінскае «Дынама»: Minsk's club
    if len(clubs) != 1:
        return None
    ((entity, name, _),) = clubs.values()
    note = f"a quoted word in a text about {played}: the club {name}, whose other words are its town or prefix"
    return match_by_rule(entity, QUOTED_CLUB_SCORE, name, token.text, note)


def _town_before_quote(ctx: _Context, token: Token) -> str | None:
    """The town whose adjective, in any case, stands right before the quote that opens the token (мінскае
    «Дынама», minské Dinamo): the bundled place's id, or None."""
    before = _WORD_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start - 1)
    return None if before is None else place_id(ctx.engine, before.group(1)[:1].upper() + before.group(1)[1:])


def _place_said_where(ctx: _Context, start: int, stop: int) -> str | None:
    """Does a body's name found in the text begin with a place in the case that says where, which no registered name
    spells so (Minskissä poliisi pidätti: in Minsk, the police; a body's name puts its place in the genitive, Minskin
    poliisi; Dneprissä Mogiljovin alueella: in the Dnieper in the Mogilev region, no club)? The place is then where,
    and the words after it no name of its."""
    if stop - start < 2 or not ctx.tokens[start].text[:1].isupper():
        return None
    first = ctx.tokens[start]
    if not locative_ending(first.text, _line_language(ctx, first)):
        return None
    place = ctx.engine.match(first.text)
    if place is None or place.entity.kind != "place" or _spelled_as_registered(first.text, place):
        return None
    return f"{first.text} is {place.entity.display} in the case that says where, not the first word of a body's name"


def _kind_word_left_out(match: Match) -> str | None:
    """The word for a kind of place that the one registered name a single word matched holds besides it (Lake in
    Lake Lukoml, which a query may leave out: `belnorm.names.is_optional_in_name`), or None."""
    words = match.matched_name.split()
    if len(words) < 2:
        return None
    return next((w for w in words if is_optional_in_name(w) and asked_place_type(w, None) is not None), None)


def _asked_place(ctx: _Context, i: int, inflected: bool, tie: bool = False) -> str | None:
    """What kind of place the words right around token ``i`` ask for (`belnorm.names.asked_place_type`); to settle
    a ``tie`` between same-named places, also what they hint at: a river after "along" (вдоль Свислочи), or a kind
    word and the article of the text's language before the name (entlang der Swislatsch), which rule out nothing."""
    token = ctx.tokens[i]
    language = _line_language(ctx, token)
    before, after = _words_around(ctx, i, i + 1)
    if locative_ending(token.text, language):
        after = None  # a name in the case that says where is no river's or lake's (Byhavissa joki nousi: in Bykhaw)
    elif after is not None and kind_word_comes_first(language) and _KIND_WORD_OF_NEXT_NAME.match(ctx.view, token.end):
        after = None  # the kind word of the name after it (neďaleko Mozyra obec Krynica: the village is Krynica)
    asked = asked_place_type(before, after, inflected, language)
    if asked is None and (joined := _HYPHENATED_WORD.match(ctx.view, token.end)) is not None:
        asked = asked_place_type(None, joined.group(1))  # Lukoml-sjøen: the lake
    if asked is None and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].start == token.end:
        asked = asked_place_type(None, ctx.tokens[i + 1].text)  # a compound's kind word (Narotj|sjön: the lake)
    if asked is None and (noun := _PLACE_NOUN_OF.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)):
        asked = asked_place_type(noun.group(1), None)  # the village of Krupki, la ville de Lida
    if asked is None and tie and before is not None and is_along_word(before):
        asked = _RIVER  # вдоль Свислочи
    if asked is None and tie and (word := _PLACE_WORD_ARTICLE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)):
        hint = word.group(1)  # entlang der Swislatsch: the river
        asked = _RIVER if is_along_word(hint) else asked_place_type(hint, None, language=language)
    if asked is None and tie:
        clause = _CLAUSE_END.split(ctx.view[max(0, token.start - _LOOK_BACK) : token.start])[-1]
        if by_the_water(_WORD.findall(clause)[-_WATER_WORDS:]):
            asked = WATER  # на беразе Бярэзіны, most přes Berezinu, on the banks of the Berezina
    if asked is None and tie and (aside := _APPOSITION_NOUNS.match(ctx.view, token.end)) is not None:
        asked = _apposition_kind(aside.group(1), language)  # Narocz, największe jezioro Białorusi
    return asked


def _apposition_kind(words: str, language: str | None) -> str | None:
    """The kind of water an apposition's head noun names (Narocz, największe jezioro …: the lake), read past its
    adjectives up to the first function word or preposition (Myadzel, near Lake Narach: no head noun of its own);
    None when its head is another kind's (Lepel, città sul lago: a town) or not a kind of place at all."""
    for word in _WORD.findall(words):
        if is_function_word(word) or is_location_preposition(word, language) or is_near_preposition(word) or is_over_word(word):
            return None  # (Swisłocz, miasteczko nad rzeką: the town on the river)
        kind = asked_place_type(None, word, language=language)
        if kind is not None:
            return kind if kind in _PLACE_WORD_KINDS else None
    return None


#: how many words before a name `by_the_water` reads (on the banks of the | Berezina)
_WATER_WORDS = 4
#: an apposition right after a name, up to three words (Narocz, największe jezioro …)
_APPOSITION_NOUNS = regex.compile(r",[ \u00a0]+((?:[\p{L}\p{M}]+[ \u00a0]+){0,2}[\p{L}\p{M}]+)")
#: the kinds of place an apposition's word settles a tie for: waters (a town's word there may describe anything
#: else: le Mir, première station modulaire)
_PLACE_WORD_KINDS = frozenset({"river", "lake"})


#: the kind of place a river's word asks for (`belnorm.names.asked_place_type`)
_RIVER = "river"


#: org_words rows of the kinds of organisation whose common noun the press writes in lower case before the name (partii
#: Wiosna, the club Isloch, gazeta «Звязда», kirjastus Zvjazda: the publishing house, not the newspaper); not company,
#: which the press puts before any firm's name, whatever it makes (havayolu şirketi Belavia)
_KIND_ROWS = ("party", "club", "newspaper", "movement", "church", "publishing")


def _another_kind_before(ctx: _Context, i: int, match: Match) -> str | None:
    """The word for a kind of organisation right before token ``i`` (partii Wiosna; Gibanja Svoboda, the Slovenian
    Freedom Movement), when the matched organisation is of another kind (Viasna is no party, Radio Svaboda no
    movement): its registered names and note hold no word of that kind. None otherwise."""
    before, _ = _words_around(ctx, i, i + 1)
    if before is None:
        return None  # (capitalized too: the first word of the other body's name, Gibanja Svoboda)
    kinds = name_words().classes(before, inflected=False) & org_word_classes(*_KIND_ROWS)
    if not kinds:
        return None
    words = [t.text for name in match.entity.names for t in tokenize(name)]
    words += _WORD.findall(str(match.entity.attributes.get("note", "")))
    return None if any(name_words().classes(w, inflected=False) & kinds for w in words) else before


def _apposition_fits(ctx: _Context, i: int, match: Match) -> bool:
    """Does an apposition right after token ``i`` say it is a place of the entity's kind (Senno, capoluogo di
    distretto; Mir, a town in the Hrodna region)?"""
    apposition = _APPOSITION_AFTER.match(ctx.view, ctx.tokens[i].end)
    asked = asked_place_type(None, apposition.group(1)) if apposition else None
    return asked is not None and place_fits(str(match.entity.attributes.get("note", "")), asked)


def _words_around(ctx: _Context, start: int, stop: int) -> tuple[str | None, str | None]:
    """The word right before token ``start`` and the word right after token ``stop - 1`` (spaces between only)."""
    after = _WORD_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)
    return _word_before(ctx, ctx.tokens[start]), (after and after.group(1))


def _word_before(ctx: _Context, token: Token) -> str | None:
    """The word right before the token, spaces between only, or None."""
    before = _WORD_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
    return None if before is None else before.group(1)


def _word_before_quote(ctx: _Context, token: Token) -> str | None:
    """The word before the opening quote the token follows (фільм in фільм «Купала»), or None when it is not
    quoted or no word stands there."""
    if ctx.view[max(0, token.start - 1) : token.start] not in _QUOTES:
        return None
    word = _WORD_BEFORE_QUOTE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start - 1)
    return None if word is None else word.group(2)


#: the kind of place a village's word asks for (`belnorm.names.asked_place_type`)
_VILLAGE = "village"


def _surname_after_given_name(ctx: _Context, i: int) -> str | None:
    """The capitalized word right after token ``i``, joined to it and in no name found, when token ``i`` is a given
    name outside a line in capitals: the two are someone's given name and surname, whom a person known by that one
    name is not (Vytautas Baranauskas is no Vytautas the Great)."""
    if i + 1 >= len(ctx.tokens) or not ctx.joined[i] or not given_names().classes(ctx.tokens[i].text, inflected=False):
        return None
    following = ctx.tokens[i + 1].text
    if not following[:1].isupper() or _in_chosen(ctx, i + 1) or is_function_word(following):
        return None
    if ctx.language in CAPITALIZED_NOUNS or _capitals_line(ctx, ctx.tokens[i]):
        return None  # (a noun or a headline's word is capitalized too: Vytautas Ende des 14. Jahrhunderts)
    if _names_abroad(ctx, following):
        return None  # (a place in the case that says where: Vytautas Vilniuje, Vytautas Gardine)
    return None if _names_a_belarusian_place(ctx, following) else following


def _other_point_of_compass(ctx: _Context, token: Token, entity: Entity) -> str | None:
    """The point of the compass a hyphenated first half puts before the word (Põhja-Dvina, Lõuna-Bug), when the
    place's own names hold no such point (the Western Dvina is no Northern one), or None."""
    if ctx.view[token.start - 1 : token.start] != "-":
        return None
    before = _WORD_BEFORE_HYPHEN.search(ctx.view, 0, token.start - 1)
    if before is None or (point := compass_prefix(before.group())) is None:
        return None
    # (a country's part is the country still: West-Belarus, Vest-Hviterussland)
    if _place_kind(entity) == "country":
        return None
    if any(point in word.lower() for name in entity.names for word in _WORD.findall(name)):
        return None
    return f"the {point} in {before.group()}"


#: what the explanation of a case form by the Ukrainian and Russian long instrumental paradigm holds (inflection.toml)
_LONG_INSTRUMENTAL = "long instrumental -ою/-ею"
#: how many words before a long instrumental its preposition of place may stand (між Лідою та Оршею)
_INSTRUMENTAL_CUE_WORDS = 3


def _instrumental_cue_before(ctx: _Context, token: Token) -> bool:
    """Does a preposition of place that governs the instrumental stand within `_INSTRUMENTAL_CUE_WORDS` words before
    the token, in its clause (під Оршею, між Лідою та Оршею)?"""
    words = _WORD.findall(_phrase_before(ctx.view, token.start))
    return any(is_instrumental_place_cue(w) for w in words[-_INSTRUMENTAL_CUE_WORDS:])


#: the languages that capitalize only the first word of a name of several words (Першая сусветная вайна, Первая
#: мировая война), and how frequent both words must be in them
_ONE_CAPITAL_LANGUAGES = frozenset({"be", "ru", "uk"})
_AGREEING_ZIPF = 3.0
#: a lower-case word right after a word, a space between them
_LOWER_WORD_AFTER = regex.compile(r" (\p{Ll}+)")
#: the endings of the adjectives that agree so in the feminine and the plural (Першай сусветнай, Первой мировой;
#: not the masculine and neuter -го, -му, which pronouns and adverbs share: Глубокого всего, много)
_AGREEING_ENDINGS = ("ай", "ой", "ая", "ую", "ые", "ых", "ым", "ія", "ої", "ій")


def _agreeing_word_after(ctx: _Context, token: Token) -> str | None:
    """The lower-case common word right after a capitalized common word that agrees with it in a feminine or plural
    adjective's ending (`_AGREEING_ENDINGS`), as a name's adjectives do in the languages that capitalize only its
    first word (да Першай сусветнай вайны: the First World War, no village Пяршаі), or None. Not a unit word or a word of bodies' names (Мінскай абласной)."""
    language = _line_language(ctx, token)
    word = token.text
    ending = word[-2:].lower()
    if language not in _ONE_CAPITAL_LANGUAGES or ending not in _AGREEING_ENDINGS or _sentence_start(ctx.view, token):
        return None
    after = _LOWER_WORD_AFTER.match(ctx.view, token.end)
    if after is None:
        return None
    following = after.group(1)
    if not following.endswith(ending) or is_unit_word(following):
        return None
    if name_words().spelled(following) or min(zipf(word.lower(), language), zipf(following, language)) < _AGREEING_ZIPF:
        return None
    return following


#: the languages whose feminine adjective of a town in -sk is spelled like the town's genitive (Croatian and Slovene
#: Minska, Polish Mińska: of Minsk, and Minsk's)
_SK_ADJECTIVE_AS_GENITIVE = frozenset({"hr", "sr", "bs", "sl", "pl"})
#: the feminine adjective's ending on a town in -sk (Minska)
_SK_FEMININE_ENDING = "ska"
#: the ending of the feminine noun such an adjective agrees with (tvrtka, tovarna)
_FEMININE_NOUN_ENDING = "a"


def _town_adjective_before_noun(ctx: _Context, token: Token) -> str | None:
    """The lower-case feminine noun after a sentence's first word in -ska where the town's genitive and its feminine
    adjective are spelled alike (`_SK_ADJECTIVE_AS_GENITIVE`): there the word is the adjective that agrees with the
    noun (Minska tvrtka, Minska tovarna: a Minsk firm), for a genitive stands after the noun it qualifies; None
    otherwise, and before a unit word (Minska regija names the region)."""
    if not token.text.lower().endswith(_SK_FEMININE_ENDING) or not _sentence_start(ctx.view, token):
        return None
    if _line_language(ctx, token) not in _SK_ADJECTIVE_AS_GENITIVE:
        return None
    after = _LOWER_WORD_AFTER.match(ctx.view, token.end)
    if after is None or not after.group(1).endswith(_FEMININE_NOUN_ENDING) or is_unit_word(after.group(1)):
        return None
    return after.group(1)


def _named_only_in_quotes(ctx: _Context, i: int, match: Match) -> bool:
    """Does the text quote the body's name wherever else it names it (Правозащитный центр «Весна»)? A writer who quotes
    a name quotes it each time, so the same word bare is the common word (Весной 2023 года), however the text named
    the body."""
    if match.entity.kind != "org":
        return False
    spans = [
        ctx.view[ctx.tokens[start].start : ctx.tokens[stop - 1].end]
        for start, (stop, other, _) in ctx.chosen.items()
        if start != i and other.entity.id == match.entity.id
    ]
    return bool(spans) and all(any(c in _QUOTES for c in span) for span in spans)


def _single_word_doubt(ctx: _Context, i: int, match: Match) -> str | None:
    """Why one capitalized word that matched an entity alone is still no mention of it, or None.

    A careful reader's checks, in order: a sentence-initial word that only resembles a place; an acronym
    that is no registered acronym; a common word of the text's language where capitals tell nothing; an adjective or demonym of a place; a given name read as a place; a
    surname, or a Cyrillic word, one typo away; a word inside a web address; the surname of a person known from a list
    whom the text has not named in full; a surname after another person's given name (or of a surname the text gives
    so elsewhere).
    """
    token, q = ctx.tokens[i], ctx.prepared[i]
    word, kind = token.text, match.entity.kind
    named = ctx.engine.position(match.entity.id) in ctx.named and not _named_only_in_quotes(ctx, i, match)
    if i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].start == token.end and name_words().spelled(word):
        return "the first part of a word the text glues (Sise|ministeeriumi): an organisation's word, not a name alone"
    if (
        any(_LONG_INSTRUMENTAL in line for line in match.explanation)
        and not _instrumental_cue_before(ctx, token)
        and not regional_centres(word, ctx.language)  # (an area's noun is no one's name: Гомельщиною)
    ):
        return "the long instrumental -ою/-ею names a place only after a preposition of place (під Оршею): a person or a word"
    if kind == "person" and (city := _city_adjective_before(ctx, token)) is not None:
        return f"the adjective of {city} right before it: a place there (в якутском Мирном), not a person"
    if kind == "org" and (city := _city_adjective_before(ctx, token, quoted=True)) is not None:
        return f"the adjective of {city} right before it: that city's namesake (ярославскому «Локомотиву»)"
    before = _word_before(ctx, token) if kind == "person" else None
    if before is not None and is_in_before_places_only(before, ctx.language):
        return f"after {before!r}, which stands before places, never persons: a place's name (en Moravie)"
    if kind == "person" and not named and _whence_before_person(ctx, i):
        return "after a word that says whence and before a person's given name and surname: the town they come from"
    if before is not None and _locative_of_a_place(ctx, before, word, match):
        return f"after {before!r}, in the locative, which only a place takes there (ў Скопіне): a place's name"
    if kind == "person" and (surname := _surname_after_given_name(ctx, i)) is not None:
        return f"a given name before the capitalized {surname!r}: another person's full name (Vytautas Baranauskas)"
    if kind == "place" and (point := _other_point_of_compass(ctx, token, match.entity)) is not None:
        return f"{point} before a hyphen: another place of the name (Põhja-Dvina, the Northern Dvina)"
    if kind != "person" and match.score < SENTENCE_START_SCORE and _sentence_start(ctx.view, token):
        return "a capitalized first word that only resembles a place is too often an ordinary word"
    if _by_prothesis(match) and _line_language(ctx, token) not in _WRITES_PROTHESIS:
        return "read only with a prothetic в, which Belarusian alone writes: no form of the name in this language"
    shouting = 1 < len(word) <= ACRONYM_LENGTH and word.isupper()
    if shouting and not _registered_acronym(word, match):
        # a headline or a dateline in capitals writes a short registered name so too (ORSA ÉS POLOCK; МІР (Белта))
        written = _capitals_line(ctx, token) or (kind == "place" and _dateline(ctx.view, token))
        if not (written and _spelled_as_registered(word, match)):
            return "capitals that are no registered acronym of this entity"
    # a country's own name is no common word, though frequency lists hold it in lower case (Hviderusland)
    country = kind == "place" and _place_kind(match.entity) == "country"
    own_name = country and _spelled_as_registered(word, match)
    # a registered acronym in capitals and in its script, where the line is not all capitals, is no common word
    # (Latvian maz: MAZ), unless one of the commonest, which a writer stresses so (Ils ONT tout perdu: no ОНТ)
    own_name = own_name or (
        shouting
        and _registered_acronym(word, match, same_script=True)
        and not _capitals_line(ctx, token)
        and _frequency_in_line(ctx, token)[0] < _ACRONYM_OVER_WORD_ZIPF
    )
    apposed = kind == "place" and _apposition_fits(ctx, i, match)  # Senno, capoluogo di distretto: the place
    # a regional centre is named so often that only a very common word spelled like it is read as the word
    # (Lithuanian Gardine at a sentence start is in Grodno; English Most is no Масты)
    big = kind == "place" and _big_town(match.entity) and _spelled_like_registered(word, match)
    if not (own_name or apposed) and (common := _common_word(ctx, i, kind, named or big, _gender(match.entity))):
        return common
    if kind == "place" and (shared := _word_sharing_a_key(ctx, i, match)) is not None:
        return shared
    if (
        kind == "place"
        and not (country or big or named)
        and (following := _agreeing_word_after(ctx, token)) is not None
    ):
        return f"a common word that agrees with {following!r} after it: the first word of a name written with one capital"
    adjective = is_adjective(word) and not is_adjective(match.matched_name) and not _spelled_as_registered(word, match)
    if adjective and match.score >= EXACT and not _by_case_form(match) and LATIN.search(word) and _own_ending(word, match):
        # the noun's own key, romanized with an adjective's ending (Slovenian Petriški: Пятрышкі, Swedish-like
        # Volkovisk); not the adjective's vowel on a name that ends in a consonant, which the key dropped (Czech
        # Minský: Мінск)
        adjective = False
    if adjective and _sk_genitive(word, match, ctx.language) and not _qualifies_next(ctx, i):
        adjective = False  # the genitive of a town in -ськ, like an adjective, with no noun after it (Пінська)
    if adjective and ctx.language is not None and any(
        _spelled_as_registered(stem, match) for stem, _ in foreign_stems(word, ctx.language)
    ):
        adjective = False  # a registered name with the case ending its language glues (Finnish Belavian: Belavia's)
    if kind == "place" and (noun := _town_adjective_before_noun(ctx, token)) is not None:
        return f"the adjective of a town in -sk, before the noun {noun!r} it agrees with (Minska tvrtka), not the place"
    demonym = (is_demonym(word) or _a_woman_of_the_country(ctx, i)) and not _capitalized_demonym_names(ctx, i)
    if kind != "person" and (demonym or adjective):  # Bobruisk ends like a Swedish adjective, but is the town
        return "an adjective or demonym, not the place (a place is named by a noun)"
    if kind == "place" and (given := given_names().classes(word, inflected=False)):
        if not _spelled_as_registered(word, match) and _a_given_name_form(word, given):
            return "a given name, not a place"
        if i + 1 < len(ctx.tokens) and ctx.joined[i] and is_patronymic(ctx.tokens[i + 1].text):
            return f"a given name before the patronymic {ctx.tokens[i + 1].text}, not a place"
        if _a_given_name_form(word, given) and (surname := _surname_of_given_name(ctx, i)) is not None:
            return f"a given name before the surname {surname}, not a place"
    if kind == "place" and not _spelled_as_registered(word, match) and given_names().classes(word):
        # (a town after "in", or after "from" before a person's name, is the town: Паломница из Лиды Валентина Жук;
        # not подарок от Лиды Петровой, a gift from Lida Petrova; skladatele Ilju Hurníka)
        surname = None if _after_location_word(ctx, token) or _whence_before_person(ctx, i) else _surname_of_given_name(ctx, i)
        # (but no given name before a surname: iš Lydos Vitalis Kuksa, from Lida, Vitalis Kuksa)
        if surname is not None and not (given_names().classes(surname, inflected=False) and _surname_after(ctx, i + 1)):
            return f"a given name's case form before the surname {surname}, not a place"
    if kind == "place" and (surname := _surname_after(ctx, i)) is not None and is_womans_surname(surname):
        return f"a woman's given name before her surname {surname}, not a place"
    if kind == "place" and not (big or country) and (surname := _foreign_surname_after(ctx, i)) is not None:
        return f"a foreign given name before the surname {surname}, not a place (Ulla Mäkinen)"
    if kind == "org" and (given_name := _given_name_before(ctx, i)) is not None:
        return f"after the given name {given_name}: a person's surname, not the organisation (Vera Lopes: no Ляпис)"
    if kind == "org" and _given_name_of_common_word(ctx, i):
        # a body named by a common word that is a given name too (Croatian Vesna Mirić: Vesna, not Viasna)
        return f"a given name before the surname {ctx.tokens[i + 1].text}, not the organisation"
    if kind == "org" and (other := _another_kind_before(ctx, i, match)) is not None:
        return f"after the word {other!r}: the name of another organisation, of that kind"
    if kind != "org" and is_foreign_parliament(word):
        return f"{word} names another country's parliament"
    if kind == "place" and is_street_word(word):
        return f"{word} is the word for a street or square, which names no place alone"
    if kind in ("place", "person") and _names_a_country(ctx, token, word):
        # (a surname too: z Kitajem, with China, names no Kit)
        return "also another country's name, which the press names far more often (Косово, Kosovo, Kosova'da, Rasii)"
    if kind in ("place", "org") and not _spelled_as_registered(word, match) and (abroad := _foreign_stem(ctx, i, match.entity)) is not None:
        return f"{abroad} with an ending the text's language glues to names: a place abroad (Varsóban: Warsaw)"
    # (a maiden name is in the nominative: a place in the case that says where is the birthplace, született Vityebszkben)
    maiden = after_maiden_name_word(ctx.view[max(0, token.start - _NEAR) : token.start]) if kind == "place" else None
    if maiden and not locative_ending(word, ctx.language):
        return f"a maiden name after {maiden!r}, not the place"
    # (where a name's case ending alone says where, a place's case form after a given name may be the place: Olga
    # Minskissä; elsewhere it is a surname: Lida Meyer is no case form of Міёры, Ирина Борисова no genitive of Борисов)
    language = _line_language(ctx, token)
    declines = kind == "place" and language in _CASE_SAYS_WHERE
    declines = declines and (_by_case_form(match) or _glued_case_of_place(ctx, word, language))
    if kind == "place" and not declines and (given_name := _given_name_before(ctx, i)) is not None:
        return f"after the given name {given_name}: a person's surname (Diana Ross), not the place"
    if kind != "org" and (title := _in_an_english_title(ctx, i)) is not None:
        return title
    if kind == "person" and (festival := _festival(ctx, i)) is not None:
        return festival
    if kind == "place" and (full := _surnames_of_text(ctx).get(word.casefold())) is not None:
        return f"the text names {full}: the word is that person's surname here too, not the place"
    if _by_case_form(match):
        if language in UNDECLINED and not _genitive_s(ctx, token, match, language):
            return f"only a case form of the name, and {language} text does not decline names"
        paradigm = _case_form_of_other_languages(match, language)
        if paradigm is not None and not _own_ending_of(ctx, word, language, match):
            return f"only a case form of the name that {language} text does not write ({paradigm.name})"
    asked = _asked_place(ctx, i, False)
    if kind == "person" and asked not in (None, "settlement"):
        return f"the text asks for a {asked}, not a person (горад Данцыг)"
    if kind == "org" and asked == _VILLAGE:  # (not a town's word: station, port, the kind of a broadcaster too)
        return f"the text asks for a {asked}, not an organisation (в посёлке Свобода)"
    if kind == "place" and asked not in (None, "settlement"):
        note = str(match.entity.attributes.get("note", ""))
        if (registered := place_type(note)) and registered != "country" and not place_fits(note, str(asked)):
            return f"the text asks for a {asked}; this place is a {registered}"  # (der Fluss Weißrusslands: of it)
    kind_word = _kind_word_left_out(match) if kind == "place" else None
    if kind_word is not None and asked != asked_place_type(kind_word, None):
        return f"registered only with the word {kind_word!r}, which no word around stands for (Lukoml power station)"
    if (
        max((len(k) for _, k in q.keys), default=0) <= SHORT_KEY
        and not _a_registered_word(word, match)
        and not _a_registered_words_case_form(word, match)
        and not (word.isupper() and _registered_acronym(word, match))
    ):
        return "a short word that only its folded key links to the name"
    if q.hits and all(hit.typo for hit in q.hits.values()) and (
        kind == "person"
        or CYRILLIC.search(word)
        or _has_acronym(match.matched_name)
        or (kind == "org" and max((len(k) for _, k in q.keys), default=0) < MIN_ORG_TYPO_KEY)
        or _typo_at_start(ctx, q, match)
        or _typo_of_syllables(ctx, q)
        or (_frequency_in_line(ctx, ctx.tokens[i])[0] >= _COMMON_TYPO_ZIPF and not _begins_as_registered(word, match))
    ):
        # romanizations vary, so a Latin place or organisation name may be one edit off, but not in its first
        # letter (Grajewa is no Kreva) nor by a syllable the word lacks (Járkov is no Cherykaw); a Cyrillic word, a lone surname
        # or an acronym one edit away is another word, person or body, and so is a short word one edit from a body's
        # one-word name (the Russian town Sebezh is no Совбез; Belaruskalija, one edit from Беларуськалій, is long);
        # a common word of the text's language one edit off a name is that word (tres Copas de Europa: no Копысь)
        return "a single word one typo away from the name"
    if _in_address(ctx.view, token):
        return "part of a web or e-mail address"
    if kind != "person" and i > 0 and ctx.tokens[i - 1].kind == "initial" and ctx.tokens[i - 1].text.isupper() and ctx.joined[i - 1]:
        if ctx.view[ctx.tokens[i - 1].end : ctx.tokens[i - 1].end + 1] == ".":  # А.Іванова, not the preposition У
            return "an initial before it: a person's surname, not the place or body"
    if kind == "place" and _named_with_city_abroad(ctx, i):
        return "before a region or city abroad and a third capitalized word: a name of there (Brest Bretagne Handball)"
    if kind == "place" and (reason := _inside_longer_name(ctx, i, inflected=match.score < EXACT, entity=match.entity)):
        return reason
    if kind == "org" and (reason := _another_body(ctx, i, i + 1, match)):
        return reason
    if kind == "org" and _acronym_misspelled(word, match):
        return f"{word} does not spell the acronym {match.matched_name} (Czech Baltu, of the Baltic, is no БелТА)"
    if kind == "org" and _one_word_name_misspelled(word, match):
        return f"{word} is spelled unlike the body's Latin name {match.matched_name}: only the reading keys meet"
    if (
        kind == "person"
        and is_adjective(word)
        and not named
        and (place := ctx.engine.district_of(word)) is not None
    ):
        return f"an adjective of {place.display}, not the surname of a person the text has not named in full"
    if (
        (kind == "person" and (reason := _named_after(ctx, i, i + 1, match)))
        or (reason := _title_of_work(ctx, i))
        or (kind == "place" and (reason := _brand(ctx, i, i + 1, match)))
        or (kind != "org" and (reason := _call_sign(ctx, i, i + 1, kind)))
    ):
        return reason
    if kind == "person":
        if _one_word_name(match) and (surname := _surname_after(ctx, i, common=True)) is not None:
            return f"a one-word name before the surname {surname}: another person's given name"
        if given_names().classes(word) and not _spelled_as_registered(word, match) and (surname := _surname_after(ctx, i)):
            return f"a given name's case form before the surname {surname} (Karola Wojtyłę), not this surname"
        if not named and (surname := _surname_after(ctx, i)) is not None and is_womans_surname(surname):
            # (in a case form too: Daiva Noskaitė is no genitive of Дэйв, whose woman's surname follows)
            return f"a woman's surname {surname} after it: the word is her given name, not this surname"
        if LATIN.search(word) and not named and not _by_case_form(match) and (surname := _another_surname_after(ctx, i)):
            return f"a surname-like {surname} after it: the word is another person's given name (Lewis Hamilton)"
        if match.entity.attributes.get("surname_alone") is False and not named and not _titled_so(ctx, i, match):
            return "a person known from a list is named by surname alone only after the text names them in full"
        if _short_surname(match) and not named and not _titled_so(ctx, i, match):
            return "a surname of three letters or fewer (Гой, Кіт) is a word of many languages: alone it names the person only after the text names them in full"
        if (epithet := _epithet_alone(ctx, i, match)) is not None:
            return epithet
        if not set(q.anchor_bases).isdisjoint(ctx.namesakes):
            return "the text gives this surname with another person's given name"
        if (family := _family_word_before(ctx, ctx.tokens[i])) is not None:
            return f"after {family!r}: the family, no one member of it"
        if i > 0 and ctx.joined[i - 1] and _foreign_given_name(ctx, i - 1) and not _cases_disagree(ctx, i - 1, match):
            ctx.namesakes.update(q.anchor_bases)
            return f"after the given name {ctx.tokens[i - 1].text}, which is not this person's"
        if not named and (city := _city_abroad_after(ctx, i)) is not None:
            return f"before {city}, a town abroad: a club or body named with its town (Dynamo Kyiv), not the person"
        preceding = before
        where = preceding is not None and language in UNDECLINED and is_location_preposition(preceding, language)
        # (a genitive -s before a lower-case noun is the person's: i Lukasjenkos første embedsperiode, in his first term)
        owns = word[-1:] == "s" != match.matched_name[-1:] and i + 1 < len(ctx.tokens) and ctx.joined[i]
        owns = owns and ctx.tokens[i + 1].text[:1].islower()
        if where and not named and not owns and not _POSSESSIVE_AFTER.match(ctx.view, token.end):
            return f"after {preceding!r}, which says where: a place of that name, not the person (in Mirny)"
    return None


#: the longest surname `_short_surname` calls short: words of so few letters are words of some language (Hoi, Kit, Los)
_SHORT_SURNAME = 3


def _short_surname(match: Match) -> bool:
    """Is the surname matched, the last word of the registered name of given name and surname the word met,
    `_SHORT_SURNAME` letters or fewer (not a pen name's initial: Ядвігін Ш. is met as Лявіцкі; not a one-word name,
    Teo, which other rules weigh)?"""
    words = match.matched_name.split()
    return len(words) > 1 and len(words[-1]) <= _SHORT_SURNAME


#: an English possessive right after a word (in Lukashenko's view)
_POSSESSIVE_AFTER = regex.compile(r"['’]s?\b")


def _named_with_city_abroad(ctx: _Context, i: int) -> bool:
    """Does a town at token ``i`` begin a name of three capitalized words whose second is a region or city abroad
    (Brest Bretagne Handball)? Not a route (Поезд Мінск Масква адменены), nor a given name that is a town too (з Гродна
    Артём Бабіневіч, Білорусі Володимир Караник)."""
    city = _city_abroad_after(ctx, i)
    k = i + 2
    if city is None or given_names().classes(city) or k >= len(ctx.tokens) or not ctx.joined[i + 1]:
        return False
    return ctx.view[ctx.tokens[i + 1].end : ctx.tokens[k].start] == " " and ctx.tokens[k].text[:1].isupper()


def _city_abroad_after(ctx: _Context, i: int) -> str | None:
    """The capitalized town abroad, in any case form but the locative, that follows token ``i`` with only a space
    between (Dynamo Kyiv, Šachtar Doneck), if one does."""
    k = i + 1
    if k >= len(ctx.tokens) or not ctx.joined[i] or ctx.view[ctx.tokens[i].end : ctx.tokens[k].start] != " ":
        return None
    word = ctx.tokens[k].text  # (in its own case: a locative says where the person is, Cichanouskaja Vilniuje)
    found = word[:1].isupper() and (is_foreign_city(word) or _border_town_abroad(ctx, word))
    return word if found and not locative_ending(word, ctx.language) else None


def _unregistered_names(ctx: _Context) -> dict[int, tuple[int, dict[str, Any]]]:
    """Person-like names that no entity has, by first token: (end token, the fields of their mention).

    A careful reader takes a capitalized given name followed by a capitalized word that is no given name,
    title, unit word or part of a linked name (with a patronymic between them, if any) for a person: Аксана
    Пачобут, Oksana Poczobut. The rest of running text (a lone capitalized word, a title before a surname)
    is not enough to say that a person is named.
    """
    found: dict[int, tuple[int, dict[str, Any]]] = {}
    tokens, n = ctx.tokens, len(ctx.tokens)
    i = 0
    while i < n - 1:
        stop = _person_like(ctx, i)
        if stop is None:
            i += 1
            continue
        surface = ctx.view[tokens[i].start : tokens[stop - 1].end]
        standard = canonical(surface, kind="person")
        if standard:
            found[i] = (stop, {
                "entity": None,
                "score": 0.0,
                "matched_name": standard,
                "scheme": readings(tokens[stop - 1].text)[0][0][0],
                "conventions": readings(tokens[stop - 1].text)[0][0],
                "explanation": (f"no registered entity: {tokens[i].text} is a given name, {tokens[stop - 1].text} "
                                f"a surname; standard form {standard}",),
                "canonical": standard,
                "kind": "person",
            })
        i = stop
    return found


def _person_like(ctx: _Context, i: int) -> int | None:
    """The end of a given name + (patronymic) + surname run starting at token ``i``, or None."""
    tokens = ctx.tokens
    if not _free_word(ctx, i) or not given_names().classes(tokens[i].text):
        return None
    k = i + 1
    if k < len(tokens) - 1 and ctx.joined[k - 1] and _free_word(ctx, k) and ctx.prepared[k].patronymic:
        if _surname_at(ctx, k + 1):
            return k + 2
        if not is_surname_shaped_patronymic(tokens[k].text):
            return None  # (Вольга Андрэеўна: a given name and a patronymic name no surname)
    return k + 1 if _surname_at(ctx, k) else None


def _surname_at(ctx: _Context, k: int) -> bool:
    """Can token ``k`` end a person's name begun before it: joined to the word before, free, no given name? A word
    shaped like a patronymic is a surname when no surname follows it (Алена Мількевіч кажа)."""
    if k >= len(ctx.tokens) or not ctx.joined[k - 1] or not _free_word(ctx, k):
        return False
    surname = ctx.tokens[k].text
    return not given_names().classes(surname, inflected=False) and len(surname) >= 3


def _title_of_work(ctx: _Context, start: int) -> str | None:
    """Is the name at token ``start`` quoted right after a word for a work (фільм «Купала», the novel "Minsk"), after
    a work word and its author's name (кніга Уладзіміра Караткевіча «Каласы пад сярпом тваім»), or does a work word
    follow the quotation it opens („Kałasy pad siarpom tvaim“ — raman …)? Then it is the work's title."""
    token = ctx.tokens[start]
    work = _word_before_quote(ctx, token)
    if work is not None and not is_work_word(work):  # кнігу | Янкі Брыля | «…»: the word before the author's name
        author = next((k for k, (stop, m, _) in ctx.chosen.items() if stop == start and m.entity.kind == "person"), None)
        work = None if author is None else _words_around(ctx, author, author + 1)[0]
    if work is None and ctx.view[max(0, token.start - 1) : token.start] in _QUOTES:
        closing = _QUOTATION_END.match(ctx.view, token.start)
        work = None if closing is None else closing.group(1)
    if work is None and (inside := _INSIDE_QUOTATION.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)):
        # a name further inside a quotation: the title's word (manuskriptet til «Kristus landede i Grodno»)
        before = _WORD_BEFORE_QUOTE.search(ctx.view, max(0, inside.start() - _LOOK_BACK), inside.start())
        if before is not None:
            # (a work's word, then to or for: the script to «…»)
            work = before.group(1) if before.group(1) and is_function_word(before.group(2).lower()) else before.group(2)
    if work is not None and is_work_word(work):
        return f"the title of a work, quoted with {work!r}"
    return None


#: an opening guillemet or low quote earlier on the line, no closing quote after it (nor the ASCII one the web often
#: closes „ with): a quotation still open
_INSIDE_QUOTATION = regex.compile(r"(?r)[«„‹][^«»„“”‹›\"\n]{1,160}$")


def _brand(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is the place's name at tokens ``start`` to ``stop`` a product's brand, by the word for a brand right before it
    or before its opening quote, or the Hungarian or Turkish word for the type or brand right after (traktori marke
    Belarus, под маркой «Палессе», Belarus típusú traktor), or by a word for a machine right before the name as
    registered, in no case form (moissonneuses-batteuses Palesse; not комбайны Гомеля, Gomel's harvesters)? Then it
    names no place. (Not a person: a brand's ambassador is named so, ambasadorka marki Aryna Sabalenka.)"""
    before, after = _words_around(ctx, start, stop)
    before = before or _word_before_quote(ctx, ctx.tokens[start])
    if names_a_brand(before, after):
        return f"a brand's name, by the words around it ({before} … {after})"
    if before is not None and is_product_word(before) and not _by_case_form(match):
        return f"a brand's name, after {before!r}, a word for the machines it names"
    return None


def _part_of_a_word(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Do the body's words (tokens ``start`` to ``stop``) begin or end inside a compound the finder split into its
    organisation words (sotsiaal|kaitse|ministeerium), and do the whole words name no such body? Then the compound
    names another body, whose part the name left out (the social protection ministry, not the defence ministry);
    not when the part left out is one of the body's own words (Distrikts|domstolen i … Grodno: the district court)."""
    first, last = ctx.tokens[start], ctx.tokens[stop - 1]
    # (a capital right at the join is a scraped page's glue, which the reader split: ПалітыкаВярхоўны суд)
    glued_before = first.start > 0 and _glued(ctx.view[first.start - 1]) and not first.text[:1].isupper()
    glued_after = last.end < len(ctx.view) and _glued(ctx.view[last.end]) and not ctx.view[last.end].isupper()
    if not (glued_before or glued_after):
        return None
    begin, end = first.start, last.end
    while begin > 0 and _glued(ctx.view[begin - 1]):
        begin -= 1
    while end < len(ctx.view) and _glued(ctx.view[end]):
        end += 1
    own = _word_classes_of(match.entity.names)
    left_out = [part for part in (ctx.view[begin : first.start], ctx.view[last.end : end]) if part]
    if all(not name_words().classes(part).isdisjoint(own) for part in left_out):
        return None
    return f"a part of the compound {ctx.view[begin:end]!r}: another body"


@functools.lru_cache(maxsize=1 << 10)
def _word_classes_of(names: tuple[str, ...]) -> frozenset[int]:
    """The org_words rows of the words of an entity's names (district, court, ministry ...)."""
    return frozenset(c for name in names for word in name.split() for c in name_words().classes(word))


#: how an explanation line says that two words share a key
_SAME_KEY = "): same key ["


def _another_word_of_bodies(match: Match) -> str | None:
    """Does a word of the name found spell, letter for letter, a word of bodies' names other than the one in the same
    script whose key it shares (Slovene Rada, a council, for Radio)? Then it names another body."""
    words = name_words()
    for word, name, line in _paired_words(match):
        if _SAME_KEY not in line:
            continue
        if bool(CYRILLIC.search(word)) != bool(CYRILLIC.search(name)):
            continue  # (across scripts the rows' spellings differ: Polish Gospodarki, Belarusian гаспадаркі)
        own = frozenset(c for c in words.classes(word) if words.spells(word, frozenset({c})))
        other = frozenset(c for c in words.classes(name) if words.spells(name, frozenset({c})))
        if own and other and own.isdisjoint(other):
            return f"{word} is another word of bodies' names than {name}, whose key it shares"
    return None


def _glued(char: str) -> bool:
    """Is the character a letter or mark, so that a token next to it is part of a longer word? Not an apostrophe,
    which the text's cleaning makes a letter (dʼAlexandre, Bykauʼs)."""
    return char not in APOSTROPHES and (char.isalpha() or unicodedata.category(char).startswith("M"))


#: what may stand between the words for a call sign and the name: spaces, quotes, a dash or a colon
_BEFORE_A_CALL_SIGN = " \u00a0«»\"“”„‘’‹›'-–—:"


def _call_sign(ctx: _Context, start: int, stop: int, kind: str) -> str | None:
    """Is the name at tokens ``start`` to ``stop`` right after the words for a call sign or code name, quoted or not
    (із позивним «Брест», call sign "Minsk", tunnukseltaan Kit), a place's after those for a pseudonym or nickname too
    (o pseudonimie Willy), or right before such a word (a Kit hívójelű)? Then it is what a fighter or an operation is
    called, not the entity."""
    token = ctx.tokens[start]
    before = ctx.view[max(0, token.start - _LOOK_BACK) : token.start].rstrip(_BEFORE_A_CALL_SIGN)
    words = call_sign_before(before, pseudonym=kind == "place")
    if words is not None:
        return f"a call sign or code name, after {words!r}"
    following = _words_around(ctx, start, stop)[1]
    if following is not None and is_call_sign_after(following):
        return f"a call sign or code name, before {following!r}"
    return None


def _described_abroad(ctx: _Context, start: int, entity: Entity) -> str | None:
    """Does a word of another country right before the person's name make them that country's, a namesake of the
    bundled person (Il ciclista russo Aleksandr Vlasov, Ruský miliardár Igor Makarov, Російський блогер Олег
    Романов)? Only within the name's own phrase: a word for Belarus (савецкай Беларусі Пётр Машэраў) or for a body (a
    Russian court sentenced …), a conjunction or a clause's end comes first otherwise; a bundled person whose note
    begins with another country's adjective (a Canadian coach of the national team) is described so."""
    begin = ctx.tokens[start].start
    clause = _phrase_before(ctx.view, begin)
    # a compound that names a people or Belarus is read whole (Wit-Rus, a Belarusian: no Rus, a Russian; Wit-Russische),
    # others by their parts
    words = [
        p for w in _COMPOUND_WORD.findall(clause) for p in ([w] if is_demonym(w) or _names_belarus(ctx, w) else w.split("-"))
    ]
    for k in reversed(range(max(0, len(words) - _DESCRIPTOR_WORDS), len(words))):
        word = words[k]
        classes = name_words().classes(word, inflected=False)
        if classes and classes <= org_word_classes(*_SPORT_ROWS):
            continue  # a sport describes a person too (Venäläinen ampumahiihtäjä Aleksei Volkov: a Russian biathlete)
        if is_demonym(word) or is_conjunction(word) or classes or _names_belarus(ctx, word):
            return None  # (savieckaj Biełarusi Piotr Mašeraŭ: the adjective is Belarus's, not the person's)
        if is_former_union_adjective(word) and any(_ends_a_phrase(w) for w in words[k + 1 :]):
            # (the Soviet Union was Belarus's too: il campionato sovietico con Eduard Malofeev, where a preposition
            # ends the adjective's phrase; describing the person, it makes another country's as any country's would:
            # le poète soviétique Iouri Kouznetsov, Советский поэт Юрий Кузнецов)
            return None
        if is_foreign_parliament(word):
            return f"a member of {word} before the name: another country's person, a namesake"
        if k and names_a_language_after(words[k - 1]):
            return None  # "in" before it: a language, not a people (uma antologia em português de Ianka Kupala)
        if k and word[:1].isupper() and writes_nationalities_in_lower_case(ctx.language):
            continue  # a capitalized word inside the sentence is a name there, no adjective (Danish pave Frans: Francis)
        if is_foreign_adjective(word) and not clause.rstrip().endswith(f"{word}-"):
            described = _NOTE_HEAD.split(str(entity.attributes.get("note", "")))[0]
            if any(is_foreign_adjective(w) for w in _WORD.findall(described)):
                return None
            return f"{word} before the name makes the person another country's: a namesake"
    return None


#: the longest lower-case word read as a preposition between an adjective and a name when no list has it (con, mit,
#: за); longer ones are nouns as often (poet, poeta)
_SHORT_PREPOSITION = 3


def _ends_a_phrase(word: str) -> bool:
    """Is the word a preposition or conjunction, listed or short and in lower case (con, mit), which ends the phrase of
    an adjective before it (il campionato sovietico con Eduard Malofeev)?"""
    return is_function_word(word.lower()) or (word.islower() and len(word) <= _SHORT_PREPOSITION)


def _baltic_spelling(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is a person's name of two words or more written with the nominative ending that Latvian and Lithuanian add to
    every word of a man's name (Romans Gorbunovs, Karolis Chodkevičius), in a text of another language, which writes
    a name so only as a Latvian's or a Lithuanian's own (`baltic_stems`)? Then it names that namesake there, not the
    Belarusian whose name each word less its ending spells."""
    words = [t for t in ctx.tokens[start:stop] if t.kind == "word"]
    if len(words) < 2:
        return None
    language = _line_language(ctx, words[0])
    registered = {k for name in match.entity.names for w in name.split() for k in keys(w)}

    def spelled(stem: str) -> bool:  # read as the Baltic press writes names too (Latvian h: х)
        read = {k for lang in baltic_languages() for _, k in keyed_readings_in(stem, lang)}
        return not registered.isdisjoint(read.union(keys(stem)))

    if all(any(spelled(stem) for stem in baltic_stems(t.text, language)) for t in words):
        return f"the Latvian or Lithuanian nominative on every word of the name in a {language} text: a namesake there"
    return None


def _spelled_in_another_language(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is a person's name written with a letter of another language's own orthography that the text's language does
    not write (Slovak ľ, Czech ř, Hungarian ő in a Spanish text: Oľga Majorová), and that is no registered name of
    the person (a Grand Duchess's Lithuanian name)? Then it is spelled as its bearer there spells it: a namesake."""
    surface, language = _surface(ctx, start, stop), _line_language(ctx, ctx.tokens[start])
    letter = letter_of_another_language(surface, language)
    if letter is None or surface.casefold() in {n.casefold() for n in match.entity.names}:
        return None
    return f"{letter} is a letter of another language's own spelling, not the {language} text's: a namesake"


def _named_after(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Does the person's name at tokens ``start`` to ``stop`` name a street or an institution after them (вуліца
    Янкі Купалы, Yakub Kolas Square, univerzita Janky Kupalu, sveučilišta „Maksim Tank“)?"""
    before, after = _words_around(ctx, start, stop)
    if names_a_namesake(None, after) or (
        names_a_namesake(before, None) and not _in_apposition(ctx, start, stop, match, before)
    ):
        return "the name of a street, square or institution named after the person"
    if (body_word := _body_word_before_quote(ctx, ctx.tokens[start])) is not None:
        return f"a name in quotes after {body_word!r}, a word of a body's name: the body named after the person"
    if before is not None and _institution_word(before) and not _ends_a_body_named_otherwise(ctx, start, match):
        # in the genitive where names decline (Grodnianska štátna univerzita Janky Kupalu), as written where they do not
        # (Staatsuniversiteit Kuljasjou)
        if _by_case_form(match) or _line_language(ctx, ctx.tokens[start]) in UNDECLINED:
            return f"after {before!r}: the institution named after the person"
    language = _line_language(ctx, ctx.tokens[stop - 1])
    if after is not None and _institution_word(after) and names_country_first(language) and language not in GENITIVE_S:
        # the languages that put an owner's genitive first name an institution so (Jogailos universitetas); the
        # Scandinavian genitive -s says whose it is (Bahdanovitjs museum: the poet's)
        return f"before {after!r}: the institution named after the person"
    tokens, view = ctx.tokens, ctx.view
    abbreviated = _ABBREVIATION_BEFORE.search(view, max(0, tokens[start].start - _LOOK_BACK), tokens[start].start)
    if abbreviated is not None and names_a_namesake(abbreviated.group(1), None, abbreviated=True):
        # (Nagroda im. Janki Kupały)
        return "the name of a prize, street or institution named after the person"
    if any(view[tokens[k].end : tokens[k + 1].start] == "-" and ctx.prepared[k].given_classes for k in range(start, stop - 1)):
        return "a given name and surname joined by a hyphen name a street or an institution (musée Marc-Chagall)"
    compound = _HYPHEN_WORD.match(view, tokens[stop - 1].end)
    if compound is not None and not is_rule_compound_word(compound.group(1)):  # (Lukaschenko-Regime: the person)
        return "the name begins a hyphenated compound (Adam-Mickiewicz-Universität, Kalinouski-ezred)"
    if _MODEL_AFTER.match(view, tokens[stop - 1].end):
        return "a model's designation after it: a machine named after the person (Sukhoi Su-57)"
    return None


def _ends_a_body_named_otherwise(ctx: _Context, start: int, match: Match) -> bool:
    """Does the word before token ``start`` end a body's name found so far that names no one after whom the body is
    named (študentku Bieloruskej štátnej univerzity | Marynu Siretsanovú: the person is its student; not Vitebská
    štátna univerzita | Petra Mašerova, registered as Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава), or one
    named after someone else (дырэктара Купалаўскага тэатра | Паўла Латушку: its director, not Kupala)?"""
    body = next((m.entity for end, m, _ in ctx.chosen.values() if end == start and m.entity.kind == "org"), None)
    return body is not None and not _named_in(match.entity, body)  # (no "named after" in its names: named in none)


def _named_in(person: Entity, body: Entity) -> bool:
    """Does a word after "named after" in one of the body's registered names begin with the person's surname, less a
    case ending's letters (імя А. С. Пушкіна: Пушкін), or, for a short surname, spell it whole?"""
    surnames = {name.split()[-1].casefold() for name in person.names if " " in name}
    patrons = []
    for name in body.names:
        words = [w.casefold() for w in name.replace(".", " ").split()]
        named = next((k for k, w in enumerate(words) if is_named_after_word(w)), None)
        patrons += words[named + 1 :] if named is not None else []
    return any(
        w == surname or (len(surname) >= _PATRON_STEM + 2 and w.startswith(surname[: len(surname) - 2]))
        for surname in surnames
        for w in patrons
    )


#: the fewest letters a surname keeps, less a case ending's two, to be found as the start of a patron's word
_PATRON_STEM = 4


def _in_apposition(ctx: _Context, start: int, stop: int, match: Match, before: str | None) -> bool:
    """Is the name, after a word of organisation names (a regiment, a park), a given name in the nominative and a
    surname, not a case form, in a language that names a body after a person in the genitive (заступнік камандзіра
    палка Вадзім Кабанчук: the person, where палка Кастуся Каліноўскага is the regiment)? Not after a street's or
    square's word, which is no body's and which some press names in the nominative (вуліца Янка Купала)."""
    if before is None or not name_words().classes(before):
        return False
    if _line_language(ctx, ctx.tokens[start]) in UNDECLINED or _by_case_form(match):
        return False
    words = [ctx.tokens[k].text for k in range(start, stop) if ctx.tokens[k].kind == "word"]
    if len(words) < 2:
        return False
    first = words[0].casefold()  # written as a nominative of its given name (Вадим; not Janke, Emilii: Janka's, Emilia's)
    known = given_names()
    forms = {f.casefold() for c in known.classes(words[0], inflected=False) for f in known.row(c).forms}
    return first in forms or any(first == w.casefold() for n in match.entity.names for w in n.split()[:1])


def _hyphen_joined_name(ctx: _Context, stop: int, entity: Entity | None) -> str | None:
    """Is the place's name (ending at token ``stop``) joined by a hyphen to a capitalized adjective or common word
    that names nothing alone, the compound being no name of the place either (Kamianca-Padolskaha, Kamianets-
    Podilskyi in Ukraine, Minsk-Arena; not Brest-Litowsk)? Then the compound names another place or a site. A name
    after the dash makes a route (`_paired_place`; Bobruisk–Rabkor, to a station the gazetteer lacks)."""
    compound = _HYPHEN_WORD.match(ctx.view, ctx.tokens[stop - 1].end)
    if compound is None or not compound.group(1)[:1].isupper():
        return None
    second = compound.group(1)
    common = most_common_in(second)[0] > 0 and ctx.language not in CAPITALIZED_NOUNS  # (Minsk-Besuch: a visit to Minsk)
    if not (is_adjective(second) or common):
        return None  # a name after a dash: a route to a place the gazetteer lacks (Bobruisk–Rabkor)
    if ctx.engine.match(second) is not None:
        return None
    found = ctx.engine.match(ctx.view[ctx.tokens[stop - 1].start : compound.end()])
    if found is not None and (entity is None or found.entity.id == entity.id):
        return None
    return f"joined by a hyphen to {second!r}, which names nothing alone: the compound names another place or a site (Kamianets-Podilskyi, Minsk-Arena)"


def _body_word_before_quote(ctx: _Context, token: Token) -> str | None:
    """A word of organisation names among the three words before the opening quote the token follows
    (Universității de Stat „Maxim Tank”, sveučilišta „Maksim Tank“), or None."""
    if ctx.view[max(0, token.start - 1) : token.start] not in _QUOTES:
        return None
    words = _WORD.findall(ctx.view, max(0, token.start - _LOOK_BACK), token.start - 1)[-_QUOTED_AFTER_WORDS:]
    return next((w for w in reversed(words) if name_words().classes(w, inflected=False)), None)


#: how many words before a quoted name `_body_word_before_quote` reads
_QUOTED_AFTER_WORDS = 3


@functools.lru_cache(maxsize=1 << 12)
def _institution_word(word: str) -> bool:
    """Is the word, or the last part of a compound (Staats|universiteit), spelled as a form of `_INSTITUTION_ROWS`
    (not only keyed like one: that is no theatre)?"""
    return _spelled_in_rows(word, _INSTITUTION_ROWS)


def _spelled_in_rows(word: str, rows: tuple[str, ...]) -> bool:
    """Is the word, or the last part of a compound of organisation words (Staats|universiteit, jalkapallo|seura),
    spelled as a form of one of the org_words ``rows``, not only keyed like one?"""
    split = org_compound(word)
    tail = word[split[1] :] if split is not None else word
    return not name_words().spelled(tail).isdisjoint(org_word_classes(*rows))


#: rows of data/names/org_words.tsv (by their first English form) for institutions named after a person whose
#: name, in the genitive, follows the word (Гродзенскі дзяржаўны ўніверсітэт імя Янкі Купалы, univerzita Janky Kupalu)
_INSTITUTION_ROWS = ("university", "academy", "institute", "theatre", "museum", "library", "society", "philharmonic", "orchestra")


def _another_body(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Why the body's name at tokens ``start`` to ``stop`` names another body, or None: a unit of it, another
    country's, or a longer hyphenated name."""
    return (
        _unit_of_body(ctx, start)
        or _unit_named_around(ctx, start, stop)
        or _foreign_body(ctx, start, stop, match)
        or _country_inside(ctx, start, stop, match)
        or _begins_compound(ctx, stop)
    )


def _acronym_in_lower_case(match: Match) -> str | None:
    """Did a lower-case word of the name found stand for an acronym of the name, spelled otherwise (Italian non for
    НАН; not TUT.by)? An acronym is written in capitals; the word only shares its key. A word the acronym stands
    for in another language is its translation, no shared key (Slovenian rafinerija for НПЗ, the refinery)."""
    for word, registered, line in _paired_words(match):
        acronym = len(registered) > 1 and registered.isupper() and registered.casefold() != word.casefold()  # (TUT.by)
        if word.islower() and acronym and TRANSLATED_RULE not in line:
            return f"the lower-case {word} only shares a key with the acronym {registered}"
    return None


def _paired_words(match: Match) -> list[tuple[str, str, str]]:
    """The words of the match's explanation that a line pairs, as (query word, registered word, the line): Rada ~
    Radio (word): same key [100]."""
    pairs = []
    for line in match.explanation:
        word, joined, rest = line.partition(" ~ ")
        if joined:
            pairs.append((word, rest.split(" (", 1)[0], line))
    return pairs


def _translated_words(match: Match) -> set[str]:
    """The query words the match read as another language's words for the registered ones (`TRANSLATED_RULE`)."""
    return {word for word, _, line in _paired_words(match) if TRANSLATED_RULE in line}


def _officers_title(ctx: _Context, start: int, stop: int) -> str | None:
    """Is the body's name found (tokens ``start`` to ``stop``) an officer's title, the word for the officer and no
    word of anything else but the country's and qualifiers' (Генеральный прокурор Андрей Швед: the prosecutor, not
    his office)?"""
    words = [t.text for t in ctx.tokens[start:stop] if t.kind == "word"]
    officer = next((w for w in words if is_officer_word(w)), None)
    if officer is None:
        return None
    others = [w for w in words if w != officer and not _names_belarus(ctx, w) and not is_function_word(w.lower())]
    if all(_body_of_a_place(w, after=True) or not name_words().classes(w, inflected=False) for w in others):
        return f"{officer} is the officer's title, no mention of the body"
    return None


def _country_inside(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Does a word of the body's name name another country or be its adjective where no name of the body holds that
    word (Poolse krant, a Polish newspaper, met Naviny Palessya only by a typo of Palessya)? Then the words speak of
    that country; not a word the body's name holds in another language (Lenkų sąjunga: the Union of Poles)."""
    translated = _translated_words(match)
    for token in ctx.tokens[start:stop]:
        if ctx.view[token.start - 1 : token.start] == "-":
            continue  # the half of a hyphenated country (Wit-Russische, Valko-Venäjä: Belarus)
        if token.kind == "word" and token.text not in translated and is_foreign_country(token.text):
            own = set(keys(token.text))
            if not any(own & set(keys(word)) for name in match.entity.names for word in _WORD.findall(name)):
                return f"{token.text} names another country, which no name of {match.entity.display} holds"
    return None


#: how many words on each side of a place `_body_of_place` reads; the org_words rows it reads (economic: an economic
#: court, a body of its own name; committee: the word an executive committee's name may spell apart, komitet
#: wykonawczy, or call a council, izvršno vijeće); each head word's bodies: the English phrase of each level and how the ids of such bodies look
_BODY_WORDS = 4
#: the org_words row of a city's word (Stadt, Hauptstadt, city), which alone before a town is its apposition
_CITY_ROW = "city"
#: the settlement rank (`belnorm.names.settlement_rank`) from which a place is a town
_TOWN_RANK = 3
_BODY_ROWS = (
    "court", "executive", "committee", "council", "district", "regional", "city", "economic",
    "castle", "fortress", "prison", "colony", "women", "penal", "reservoir", "forest", "lake", "nuclear", "power",
    "refinery", "museum", "reserve",
)


class _BodyOfPlace(NamedTuple):
    """A kind of body every town, district and region has, named by its level and place, or a site a town gives its
    name to, which has no level (`_body_of_place`): the English names of each level (the key "" for a site), with
    {} for the place's name, and how the ids of such bodies or sites look."""

    phrases: dict[str, tuple[str, ...]]
    id_prefix: str = "org:"
    id_suffix: str = ""


#: the level of a site a town gives its name to (`_BodyOfPlace`)
_SITE = ""
_BODIES_OF_PLACES = {
    "court": _BodyOfPlace(
        {"district": ("{} District Court",), "regional": ("{} Regional Court",), "city": ("{} Town Court", "{} City Court")},
        id_prefix=_COURT_IDS,
    ),
    "executive": _BodyOfPlace(
        {
            "district": ("{} District Executive Committee",),
            "regional": ("{} Regional Executive Committee",),
            "city": ("{} City Executive Committee",),
        },
        id_suffix="-executive-committee",
    ),
    "castle": _BodyOfPlace({_SITE: ("{} Castle",)}, id_prefix="place:"),
    "fortress": _BodyOfPlace({_SITE: ("{} Fortress",)}, id_prefix="place:"),
    "prison": _BodyOfPlace({_SITE: ("{} prison",)}, id_prefix="place:prison:"),
    "colony": _BodyOfPlace({_SITE: ("{} penal colony",)}, id_prefix="place:prison:"),
    "reservoir": _BodyOfPlace({_SITE: ("{} Reservoir",)}, id_prefix="place:reservoir:"),
    "forest": _BodyOfPlace({_SITE: ("{} Forest",)}, id_prefix="place:"),
    "lake": _BodyOfPlace({_SITE: ("Lake {}", "{} Lakes")}, id_prefix="place:"),
    "nuclear": _BodyOfPlace({_SITE: ("{} nuclear power plant",)}),
    "refinery": _BodyOfPlace({_SITE: ("{} refinery",)}),
    "museum": _BodyOfPlace({_SITE: ()}, id_prefix="org:"),
    "reserve": _BodyOfPlace(
        {_SITE: ("{} Reserve", "{} State Radioecological Reserve", "{} Biosphere Reserve", "{} National Park")},
        id_prefix="place:",
    ),
}
#: the sites named after a place of any kind, not only a town (the reserve of Polesia, of the Berezina)
_PROTECTED_AREAS = frozenset({"reserve"})
#: the sites a town names even where the text says they stand in it: the one nuclear plant (nuklearna elektrana u
#: Astravecu, atomkraftverket i Astravets) or refinery (rafinerija nafte u Moziru), not a castle or prison, which the
#: town has among other buildings
_NAMED_BY_THEIR_TOWN = frozenset({"nuclear", "refinery"})
#: the Belarusian preposition у as written after a vowel (калоніі ў Шклове, kałonii ŭ Horkach), which says where
#: as у does; only the reading of a site's words asks so (elsewhere ў Польшчу, to Poland, would read as where)
_SYLLABIC = str.maketrans("ўŭЎŬ", "уuУU")
#: a digit, past which `_body_of_place` reads no words (a colony named by its number names its town apart)
_NUMBER = regex.compile(r"\d")
#: the sites of which a town has several, told apart by the text's own words (a women's colony, a prison's number; a
#: museum, found only so: музей-заповедник «Несвиж», museo-riserva di Nesvizh)
_SITES_BY_OWN_WORDS = frozenset({"prison", "colony", "museum"})
#: the length below which a lower-case word before a body's words is not read as a place's adjective (a, az, the)
_ADJECTIVE_MIN = 5
_COMPOUND_MIN = 9
#: the endings of town names whose genitive in -а is spelled like their feminine adjective (Ukrainian Мінська,
#: Polish Mińska, Słucka)
_SK_ENDINGS = ("ськ", "ск", "цьк", "цк", "sk", "ck")
#: a model's designation right after a name: capitals, a hyphen or none, digits (Su-57, МиГ-29, Ан-26)
_MODEL_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}\p{L}{0,3}[-\u2011]?\d")
#: rows of data/names/org_words.tsv (by their first English word) for the bodies every country has (not the
#: committees: a Tyrimų komitetas or State Border Committee is the Belarusian or Russian kind of body)
_STATE_BODY_WORDS = frozenset(
    {"ministry", "ministers", "party", "court", "commission", "council", "assembly", "bank", "academy", "prosecutor", "forces"}
)
#: the words of the bodies every state has (a council or a party may be the opposition's own: the Coordination Council)
_EVERY_STATE_WORDS = _STATE_BODY_WORDS - {"party", "council"}
#: the words of state bodies whose name, written wholly in lower case, is any country's (säkerhetsrådet,
#: tutkintakomitea, presidentadministrasjonen)
_LOWER_CASE_STATE_WORDS = _STATE_BODY_WORDS | {"committee", "administration"}
#: a word right after a body's name, past the prepositions and articles that join a country to it (de Bielorrusia,
#: della Bielorussia, a Belarusului, van Wit-Rusland), or the prepositions that say where (em Minsk, u Minsku, i Minsk)
_BELARUS_AFTER = regex.compile(
    r"[ \u00a0]+(?:(?:of|the|de|la|du|der|des|di|del|della|dello|a|al|da|do|van|von|in|en|w|v|ve|din|em|no|na|à|în|i|u|"
    r"у|ў|в)[ \u00a0]+){0,2}"
    r"([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?)"
)


#: org_words rows of the bodies a town or region has of its own (its court, museum, bank, church): a place the
#: word precedes or follows is still named (Tribunal de Minsk, Minsko teismas) when no registered body was found
#: org_words rows of a protected site: a quoted place after one is the site (национальный парк «Беловежская пуща»)
_SITE_WORDS = ("park", "reserve", "biosphere")
_PLACE_BODY_WORDS = (
    "court", "ministry", "ministers", "museum", "bank", "church", "assembly", "central", "philharmonic", "city",
    "president", "prison", "colony", "penal", "detention", "reserve", "biosphere", "refinery",
)


#: the org_words row of an office, which a place before it does not begin the name of: any body's office there
_OFFICE_ROW = "office"


#: org_words rows of words that qualify a body rather than name its kind (state, foreign, supreme): after a place
#: in the genitive (Minsko valstybinis …) they tell no more than the noun that follows them
_QUALIFYING_WORDS = (
    "national", "state", "foreign", "affairs", "internal", "defence", "justice", "supreme", "constitutional",
    "election", "sciences", "european", "humanities", "automobile", "nuclear", "general",
    # the fields a body serves: a place before one in lower case is still the place (в Минске культура и спорт)
    "sport", "tourism", "security", "technical", "technology", "medical", "economic", "agrarian", "pedagogical",
    "linguistic", "music", "arts", "history", "patriotic", "great", "finance", "education", "culture", "industry",
    "writers", "regional", "railway", "democratic", "greek",
)


def _office_after(view: str, end: int) -> bool:
    """Do the lower-case words after a place name an officer by the subject of their office (Baltkrievijas transporta
    un sakaru ministrs: Belarus's minister of transport and communications), not a body whose name the place begins?"""
    following = _OFFICE_WORDS_AFTER.match(view, end)
    for word in following.group().split() if following is not None else ():
        if is_title(word) or is_officer_word(word):
            return True
        if not (is_function_word(word) or is_conjunction(word) or name_words().classes(word, inflected=False)):
            return False
    return False


#: the lower-case words after a place that may name an office by its subject before the officer's title
_OFFICE_WORDS_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,4}")


def _body_of_a_place(word: str, *, after: bool = False) -> bool:
    """Is the word only a word for a body a place has of its own (`_PLACE_BODY_WORDS`), or, ``after`` a place,
    one that only qualifies a body (`_QUALIFYING_WORDS`)?"""
    classes = name_words().classes(word, inflected=False)
    rows = _PLACE_BODY_WORDS + _QUALIFYING_WORDS if after else _PLACE_BODY_WORDS
    return bool(classes) and classes <= org_word_classes(*rows)


def _names_belarus(ctx: _Context, word: str, *, capital: bool = False) -> bool:
    """Is the word Belarus or its adjective in some language (Baltarusijos, biélorusse, Belarusului), or, with
    ``capital``, its capital in some case (Minsk, Minske, Mińsku, Minskin), which stands for its state as the country
    does (the Constitutional Court in Minsk)? The adjective "all-Belarusian" names it too (Všebieloruské ľudové
    zhromaždenie)."""
    if is_belarusian_word(word) or word.casefold() in org_word_forms(_ALL_BELARUSIAN):
        return True
    found = ctx.engine.match(word)
    if found is None and ctx.language is not None:  # (with the ending the text's language glues: Minskin)
        found = next((m for stem, _ in foreign_stems(word, ctx.language) if (m := ctx.engine.match(stem))), None)
    return found is not None and _the_state(found.entity, capital=capital)


def _the_state(entity: Entity, *, capital: bool) -> bool:
    """Is the entity Belarus, or, with ``capital``, its capital, which stands for its state as the country does?"""
    return entity.id == _BELARUS or (capital and _is_capital(entity))


def _is_capital(entity: Entity) -> bool:
    """Is the place the capital, named far more often than anything abroad that bears its name?"""
    return settlement_rank(str(entity.attributes.get("note", ""))) == _CAPITAL


_BELARUS = "place:belarus"
#: the org_words row of the adjective "all-Belarusian" (Усебеларускі, Allbelarusiska, Vsebeloruski)
_ALL_BELARUSIAN = "all-belarusian"
#: the settlement rank (`belnorm.names.settlement_rank`) of the capital
_CAPITAL = 5
#: the languages in which Belarus's own press writes (and None: a text too short to tell), where a body's generic name
#: is Belarus's by default
_BELARUS_PRESS_LANGUAGES = frozenset({"be", "ru", None})
#: the languages Belarus's own press writes, which name its bodies without the country
_OWN_PRESS_LANGUAGES = _BELARUS_PRESS_LANGUAGES - {None}


def _unqualified_generic_body(ctx: _Context, start: int, stop: int, match: Match) -> bool:
    """Is the mention at tokens ``start`` to ``stop`` a body's generic name with no word of Belarus in it and no
    Belarusian place's adjective in it or in the name it matched (the Supreme Court; not the Supreme Court of Belarus,
    Суд Речицького району: Суд Рэчыцкага раёна)?"""
    if match.entity.kind != "org" or not (
        _generic_body(match.matched_name, _EVERY_STATE_WORDS) or is_shared_body_name(match.matched_name)
    ):
        return False
    said = _hyphen_joined(ctx.view, ctx.tokens[start:stop])
    words = said + [t.text for t in tokenize(match.matched_name)]
    if any(_names_belarus(ctx, w) for w in said) or any(is_adjective(w) and ctx.engine.district_of(w) for w in words):
        return False  # (the country the registered name ends with, left out, says nothing: Міністэрства фінансаў)
    return not any(_names_belarus(ctx, word, capital=True) for word in _qualifiers(ctx, start, stop, _BELARUS_AFTER))


def _hyphen_joined(view: str, tokens: list[Token]) -> list[str]:
    """The words of tokens, those that hyphens join read as one (Wit-Rusland, Valko-Venäjän: a country's name)."""
    words: list[str] = []
    begins: list[int] = []
    for k, token in enumerate(tokens):
        if k and token.hyphenated:
            words[-1] = view[begins[-1] : token.end]
        else:
            words.append(token.text)
            begins.append(token.start)
    return words


@functools.lru_cache(maxsize=1 << 12)
def _generic_body(name: str, rows: frozenset[str] = _STATE_BODY_WORDS) -> bool:
    """Is a registered name one every country's body could have (Constitutional Court, Міністэрства культуры):
    a word for a state body (of org_words ``rows``), and otherwise only organisation words and common words, no
    proper name?"""
    words = name_words()
    state = org_word_classes(*rows)
    body = False
    for token in tokenize(name):
        text = token.text
        classes = words.classes(text, inflected=False)
        body = body or (bool(classes) and classes <= state)  # Radio is no Rada, however their keys meet
        if not (classes or is_function_word(text.lower()) or is_optional_in_name(text) or most_common_in(text)[0] > 0):
            return False
    return body


def _country_left_out(match: Match) -> bool:
    """Did the match leave out the country its registered name ends with, in a language other than Belarus's own
    press's (`COUNTRY_LEFT_OUT_RULE`: Biblioteca Nazionale, Partido Liberal Demócrata)? Such a name may be any
    country's body, as a generic one may."""
    return any(COUNTRY_LEFT_OUT_RULE in line for line in match.explanation)


#: the settlement rank (`belnorm.names.settlement_rank`) of the regional centres and the capital
_BIG_TOWN = 4


def _is_town(entity: Entity | None) -> bool:
    """Is the place a town or bigger (`_TOWN_RANK`), which a word for a city before or after its name describes?"""
    return entity is not None and (settlement_rank(str(entity.attributes.get("note", ""))) or 0) >= _TOWN_RANK


def _big_town(entity: Entity) -> bool:
    """Is the place a regional centre or the capital (`_BIG_TOWN`), which the press names far more often than any
    namesake or common word spelled like it?"""
    return (settlement_rank(str(entity.attributes.get("note", ""))) or 0) >= _BIG_TOWN

#: the org_words rows of the sports, whose words describe a player as often as they name a federation or a club
_SPORT_ROWS = ("sport", "football", "hockey", "biathlon")
#: the org_words rows of words for people, which name a place's people as often as begin a body's name with it
_PEOPLE_ROWS = ("students", "journalists", "writers", "representatives", "workers", "poles", "women")
#: the org_words rows of the words after a place that name no body begun by it: its people, border, government, its
#: west, its clubs (Baltkrievijas studentu, Minsko vyriausybės vadovas, ainus Valgevene klubi)
_NO_BODY_AFTER_PLACE_ROWS = (*_PEOPLE_ROWS, "border", "government", "western", "club")
#: the languages of the registered names (and None: a text too short to tell)
_REGISTERED_IN = frozenset({"be", "ru", "en", None})


def _unqualified_translation(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Does the text give a generic body's name in its own language (Konstitucinis Teismas, Kultūros ministerija,
    Corte Suprema) with no Belarus in or around it? A text in another language names its own country's body so;
    it names the Belarusian one as Baltarusijos Konstitucinis Teismas or Corte Suprema della Bielorussia. Belarusian
    is the one language whose own country is Belarus: a text in it that names no other country or place abroad names
    Belarus's body so."""
    # words of bodies alone, in a language none of the names is registered in, translate a name too (Ukrainian
    # Верховний Суд), where a Belarusian place's adjective among them does not (Суд Речицького району)
    # (a name that left out its country is any country's, but in Belarus's own press its own: Pałata pradstaŭnikoŭ)
    left_out = ctx.language not in _OWN_PRESS_LANGUAGES and _country_left_out(match)
    translated = left_out or any(TRANSLATED_RULE in line for line in match.explanation) or (
        ctx.language not in _REGISTERED_IN
        and all(name_words().classes(t.text) or is_function_word(t.text) for t in ctx.tokens[start:stop])
    )
    # a state body's name wholly in lower case holds no proper name: any country's committee or administration is
    # so named (presidentadministrasjonen, tutkintakomitea), though a capitalized one is the Belarusian kind
    rows = _LOWER_CASE_STATE_WORDS if all(t.text[:1].islower() for t in ctx.tokens[start:stop]) else _STATE_BODY_WORDS
    if not translated or not (left_out or _generic_body(match.matched_name, rows)):
        return None
    if ctx.language == _BELARUSIAN and not _names_a_country_abroad(ctx, _WORD.findall(ctx.view)):
        return None  # Belarus is the own country of a text in Belarusian that names no other
    if any(_names_belarus(ctx, word) for word in _hyphen_joined(ctx.view, ctx.tokens[start:stop])):
        return None  # (Ministerie van Binnenlandse Zaken van Wit-Rusland)
    if any(is_adjective(t.text) and ctx.engine.district_of(t.text) for t in ctx.tokens[start:stop]):
        return None  # a Belarusian place's adjective qualifies it (Súd Mogilevského okresu)
    if any(_names_belarus(ctx, word, capital=True) for word in _qualifiers(ctx, start, stop, _BELARUS_AFTER)):
        return None  # (Curtea Constituțională de la Minsk; Minske Centrinė rinkimų komisija: the capital's state)
    if _set_in_belarus(ctx, start):
        return None  # (À Minsk, le ministère de la Régulation antimonopole et du Commerce a prolongé …)
    return _UNQUALIFIED


#: a sentence that opens by saying where, and a comma or a lower-case word: In Minsk, …; À Minsk, …; W Mińsku,
#: …; I Minsk meddelade … (a verb second, where Swedish, German and Dutch write no comma)
_SET_IN = regex.compile(r"\s*([\p{L}\p{M}]+)[ \u00a0]+(\p{Lu}[\p{L}\p{M}-]*)(?:,|[ \u00a0]+(?=\p{Ll}))")


def _set_in_belarus(ctx: _Context, start: int) -> bool:
    """Does the sentence of token ``start`` open, before it, with "in" and Belarus or its capital, and a comma (À
    Minsk, le ministère …)? What the sentence tells then happens there, and a body's generic name in it is
    Belarus's, unless the sentence names another country too."""
    begin, end = _sentence_around(ctx.view, ctx.tokens[start].start)
    frame = _SET_IN.match(ctx.view, begin, ctx.tokens[start].start)
    return (
        frame is not None
        and is_location_preposition(frame.group(1), ctx.language)
        and _names_belarus(ctx, frame.group(2), capital=True)
        and not _names_a_country_abroad(ctx, _words_outside_mentions(ctx, begin, end))
    )


#: why `_unqualified_translation` keeps a body's name from linking
_UNQUALIFIED = "a generic body's name in another language with no Belarus around it: the text's own country's body"


def _translated_title(match: Match) -> str | None:
    """Is a newspaper or magazine (its note says so) read with a word translated? The press keeps a paper's title in
    its own words, transliterated (Rehijanalnaja Hazeta, Narodnaïa Tribouna); the same words translated describe
    some paper (le journal régional, Regionálne noviny: a regional paper)."""
    if not _PAPER.search(str(match.entity.attributes.get("note", ""))):
        return None
    if not any(TRANSLATED_RULE in line for line in match.explanation):
        return None
    return "a newspaper's title read as a translation: the words describe a paper, the press keeps the title as it is"


#: the words of a note that make an organisation a paper whose title the press does not translate
_PAPER = regex.compile(r"\b(?:newspaper|magazine|weekly)\b")


def _translated_by_keys_alone(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Is a body's name read only as a translation, word by word, with no word spelled as a form of the word it
    stands for? Keys that the languages share then made the words (Portuguese lida diária: Czech lidová, of the
    people, and diário, a daily), not the name. A translated name writes one of its words as listed (Teismas,
    ministarstvo)."""
    if any(
        w.islower()
        and not name_words().spelled(w)
        and (_common_word_by_keys(w, name_words().classes(w)) or _common_across_scripts(w))
        for w in _translated_words(match)
    ):
        # a very common lower-case word that only a key joins to the words of bodies is that word (Swedish Belarus
        # redan hösten, Belarus already in the autumn, is no Supreme Council)
        return "a very common word that only a key joins to the words of bodies: no body's name"
    if not all(TRANSLATED_RULE in line for line in match.explanation if " ~ " in line):
        return None
    words = [t.text for t in ctx.tokens[start:stop] if not is_function_word(t.text)]
    if any(name_words().spelled(word) for word in words):
        return None
    if words and all(_cyrillic_case_form(word) for word in words):
        return None  # every word a listed form with another case ending (Цэнтральную выбарчую камісію)
    return "a name read only through keys its words share with other languages' words for it, none spelled so"


def _common_across_scripts(word: str) -> bool:
    """Is the word a common Cyrillic word that no Cyrillic form of its rows spells, not even with another ending, nor
    shares a key with, so that only a key shared with another script's forms joins it to them (Ukrainian влада, the
    authorities: no Czech or Croatian vláda, vlada, the government; but міністерства meets министерства)?"""
    if not CYRILLIC.search(word) or _cyrillic_case_form(word) or most_common_in(word)[0] < _COMMON_WORD_ZIPF:
        return False
    own = set(keys(word))
    words = name_words()
    return not any(
        CYRILLIC.search(form) and not own.isdisjoint(keys(form)) for c in words.classes(word) for form in words.row(c).forms
    )


#: the fewest letters a listed Cyrillic form keeps before its ending for `_cyrillic_case_form`
_CASE_FORM_STEM = 5
#: the vowel letters a Cyrillic case ending replaces (камісія: камісію; цэнтральная: цэнтральную)
_CYRILLIC_ENDING = regex.compile(r"[аеёіоуыэюяиєїй]+$")


def _cyrillic_case_form(word: str) -> bool:
    """Is the Cyrillic word a listed form of organisation names with another case ending (Цэнтральную выбарчую
    камісію: цэнтральная выбарчая камісія), so that its letters, not only keys, spell it?"""
    if not CYRILLIC.search(word):
        return False
    low = word.lower()
    for c in name_words().classes(word):
        for form in name_words().row(c).forms:
            stem = _CYRILLIC_ENDING.sub("", form.lower())
            if len(stem) >= _CASE_FORM_STEM and low.startswith(stem) and CYRILLIC.search(form):
                return True
    return False


def _opening_common_word(view: str, token: Token, language: str | None) -> bool:
    """Is the token a sentence's first word and a common word of its line's ``language`` that only shares a key with
    another language's word of organisation and place names, spelled like none of that word's forms, not even in its
    first letters (English Across, keyed as Czech okres, district: Across the Minsk region holds no Minsk District)?
    Then it is itself, capitalized for its place, and no word of a name."""
    text, words = token.text, name_words()
    if language is None or token.kind != "word" or not _sentence_start(view, token):
        return False
    classes = words.classes(text)
    if not classes or is_function_word(text) or _zipf_in(text, language) < _COMMON_NAME_WORD_ZIPF:
        return False
    if words.spelled(text):
        return False
    stem = _unaccented(text)[:_STEM_LETTERS]
    # (a case form of the word of names itself keeps its first letters: Lithuanian Teismo, listed teismas)
    return not any(_unaccented(form).startswith(stem) for c in classes for form in words.row(c).forms)


#: how frequent a word must be in its language (Zipf) before `_opening_common_word` reads it as itself
_COMMON_NAME_WORD_ZIPF = 4.0
#: the first letters a case form of a word of names keeps from its listed forms (teismo, teismas)
_STEM_LETTERS = 3


#: languages whose lower-case noun after a name is a noun adjunct (the Coordination Council election), not more of it
_NOUN_ADJUNCTS = frozenset({"en", "de"})
#: languages that name a body before its place (Tribunal de Minsk, Comitato di Minsk): the lower-case words after
#: a place go on with the sentence (Minsk prometió), never with a body's name
_BODY_BEFORE_PLACE = frozenset({"es", "fr", "it", "pt", "ro"})


#: a word and a capitalized word right after a body's name (the Union of Poles | in Lithuania)
_WHERE_AFTER = regex.compile(r"[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{Lu}[\p{L}\p{M}-]*)")


def _body_of_another_country(ctx: _Context, stop: int, match: Match) -> str | None:
    """Is the body registered as one "in Belarus" (Union of Poles in Belarus, Саюз палякаў на Беларусі), but named
    here, in part, with another country in that place (the Union of Poles in Lithuania, Związek Polaków na Litwie)?
    Then it is that country's body of the name."""
    after = _WHERE_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)
    if after is None or not is_location_preposition(after.group(1), ctx.language):
        return None
    if not is_foreign_country(after.group(2), adjectives=False):
        return None
    registered = (name.split() for name in match.entity.names)
    if not any(len(w) > 2 and is_location_preposition(w[-2]) and is_belarusian_word(w[-1]) for w in registered):
        return None
    return f"{after.group(1)} {after.group(2)} after it: that country's body of the name, not Belarus's"


def _name_goes_on(ctx: _Context, stop: int) -> str | None:
    """Do two lower-case words of organisation names, spelled as their forms, right after the body's name go on
    with it (Běloruská státní univerzita | kultury a umění: another university, whose longer name the text
    translates; not universitātes | studenti apmeklēja, its students)?"""
    if stop >= len(ctx.tokens) or not ctx.joined[stop - 1] or ctx.language in _NOUN_ADJUNCTS or ctx.language is None:
        return None
    word = ctx.tokens[stop].text
    if (field := _FIELD_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)) is not None and _names_a_field(ctx, field):
        return f"the body's name goes on ({field.group().strip()} …): a longer name, another body"
    last = ctx.tokens[stop - 1].text
    if word[:1].isupper() and is_adjective(last) and (name_words().classes(word, inflected=False) or org_compound(word)):
        # (Rada van de Wit-Russische | Volksrepubliek: an adjective wants its noun, here a word of bodies' names)
        return f"the body's name goes on after the adjective {last} ({word} …): a longer name, another body"
    if not word[:1].islower() or is_unit_word(word):
        return None
    following = _LOWER_PHRASE_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)
    raw = following.group().split() if following is not None else []
    words = [w for w in raw if not is_function_word(w)]
    # a genitive goes on with the name (kultury a umění); a preposition begins a role (кабінета | па замежных справах)
    if raw and not is_function_word(raw[0]) and len(words) > 1 and all(_spells_org_word(w) for w in words[:2]):
        return f"the body's name goes on in lower case ({' '.join(words[:2])} …): a longer name, another body"
    return None


#: a lower-case function word and a capitalized word right after a body's name (Staatsuniversiteit | voor Informatica)
_FIELD_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)[ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)")
#: org_words rows that say whose a body is, not what it does (of the Republic of Belarus), and the kinds of body a
#: unit's name goes on with (Département des enquêtes financières | du Comité de contrôle: of its parent)
_WHOSE_ROWS = (
    "republic", "belarusian", "state", "national", "committee", "commission", "ministry", "council", "court",
    "department", "office", "service", "agency", "academy", "university", "institute", "centre", "union",
    "association", "federation", "assembly", "government", "administration", "president", "bank", "company",
)


def _names_a_field(ctx: _Context, field: regex.Match[str]) -> bool:
    """Does a function word (not one of location) and a capitalized word of organisation names, spelled as listed,
    that says what a body does rather than whose it is, go on with its name (Wit-Russische Staatsuniversiteit |
    voor Informatica en Radio-elektronica: another university)?"""
    word, join = field.group(2), field.group(1)
    if not is_function_word(join) or is_location_preposition(join) or is_conjunction(join, ctx.language) or not _spells_org_word(word):
        return False  # ("and" joins another body: Cichanouskajos biuras | ir Koordinacinė taryba)
    classes = name_words().classes(word, inflected=False)
    return classes.isdisjoint(org_word_classes(*_WHOSE_ROWS)) and not _names_belarus(ctx, word)


def _spells_org_word(word: str) -> bool:
    """Is the word one of organisation names' words, spelled as one of its forms (with an ending after it)?"""
    return len(word) >= MIN_ORG_WORD and bool(name_words().spelled(word))


def _begins_compound(ctx: _Context, stop: int) -> str | None:
    """Does a capitalized word joined by a hyphen continue the body's name (Алмаз-Антей), so that the text names
    another body? Not a common noun of the text's language that is no word of bodies' names: the compound is one of
    its people or things (Belsat-Reporterin, KGB-Chef: the body is named)."""
    if stop >= len(ctx.tokens) or _in_chosen(ctx, stop):
        return None
    following = ctx.tokens[stop]
    if ctx.view[ctx.tokens[stop - 1].end : following.start] != "-" or not following.text[:1].isupper():
        return None
    language = _line_language(ctx, following)
    if language is not None and zipf(following.text, language) >= _COMMON_NOUN and not name_words().classes(following.text):
        return None
    return f"the hyphenated {following.text!r} makes it another name"


#: how frequent a word must be in the text's language to be its common noun after a hyphen (Reporterin: 3.4)
_COMMON_NOUN = 3.0


#: the genitive endings that languages with no listed case forms of countries glue to a country's name before
#: its body (Finnish Venäjän tutkintakomitea, Russia's Investigative Committee); other cases tell where, not whose
#: (Ukrainassa, in Ukraine)
_COUNTRY_GENITIVES = {"fi": frozenset({"n", "in"})}


def _country_genitive(word: str, language: str | None) -> bool:
    """Is the capitalized word another country's name in the genitive of its line's ``language``
    (`_COUNTRY_GENITIVES`)?"""
    endings = _COUNTRY_GENITIVES.get(language or "", frozenset())
    return bool(endings) and word[:1].isupper() and any(
        ending in endings and is_foreign_country(stem, adjectives=False)
        for stem, ending in foreign_stems(word, language or "", abroad=True)
    )


def _foreign_body(ctx: _Context, start: int, stop: int, match: Match) -> str | None:
    """Does a country other than Belarus qualify the body named at tokens ``start`` to ``stop`` (Следственный
    комитет России, КГБ СССР, Supreme Court of Ukraine, Russia's Investigative Committee, российский МИД), or a
    town abroad locate a body of a generic name (the Supreme Court in London; not Radio Svaboda in Prague)? Then
    the text names that country's body, not the Belarusian one of the same generic name."""
    language = _line_language(ctx, ctx.tokens[start])
    for word in _qualifiers(ctx, start, stop, _QUALIFIER_AFTER):
        if is_foreign_country(word) or _lacinka_country(language, word, adjectives=True) or _country_genitive(word, language):
            return f"{word} names another country: its body, not the Belarusian one"
        if is_union_of_states(word.split(":")[0]):
            return f"{word} names a union of states: its body, not the Belarusian one (FN:s säkerhetsråd)"
    located = _LOCATED_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)
    if located is not None and is_location_preposition(located.group(1), language):
        where = located.group(2)
        abroad = is_foreign_country(where, adjectives=False) or is_foreign_city(where)
        if abroad and _generic_body(match.matched_name):  # (read last: it asks every language's word list)
            return f"{located.group(1)} {where} after it places the body in another country"
    return None


def _qualifiers(ctx: _Context, start: int, stop: int, after_pattern: regex.Pattern[str]) -> list[str]:
    """The words that may name the country of the body at tokens ``start`` to ``stop``: the word right before it
    (a possessive's ending cut: Russiaʼs, ʼ being a letter here) and the word ``after_pattern`` finds right after it,
    past an optional "of the Republic" (Верховный Совет Республики Крым, Rada Ministrów Republiki Białoruś)."""
    first, last = ctx.tokens[start], ctx.tokens[stop - 1]
    before = _QUALIFIER_BEFORE.search(ctx.view, max(0, first.start - _LOOK_BACK), first.start)
    after = after_pattern.match(ctx.view, last.end)
    if after is not None and is_optional_in_name(after.group(1)):
        after = after_pattern.match(ctx.view, after.end())
    words = [word for found in (before, after) if found is not None and (word := _POSSESSIVE.sub("", found.group(1)))]
    if after is not None and (second := _NEXT_NAME.match(ctx.view, after.end())) is not None:
        words.append(f"{after.group(1)} {second.group(1)}")  # a country of two words (de Cabo Verde)
    if after is not None and after.group(1).lower() in _UNDER_WORDS:  # under the President of the Republic of …
        tail = ctx.view[after.end() : after.end() + _UNDER_REACH]
        words += [w for w in _WORD.findall(tail)[:_UNDER_WORDS_READ] if w[:1].isupper() and is_foreign_country(w)][:1]
    return words


def _unit_of_body(ctx: _Context, i: int) -> str | None:
    """Is the body named at token ``i`` the genitive after a word for one of its units (абласнога ўпраўлення
    МНС, department of the KGB)? Then the text names the unit, another entity."""
    before = _UNIT_BEFORE.search(ctx.view, max(0, ctx.tokens[i].start - _LOOK_BACK), ctx.tokens[i].start)
    if before is not None and before.group(1).islower() and is_org_unit(before.group(1)):
        return f"the text names a unit of the body ({before.group(1)} …), another entity"
    return None


def _unit_named_around(ctx: _Context, start: int, stop: int) -> str | None:
    """Does a word for a unit open the words before the body's name at tokens ``start`` to ``stop``, the words of
    the unit's own name between (Departamento de Execução de Penas do Ministério do Interior, Дэпартамент выканання
    пакаранняў МУС), or follow it a few words on, the body in the genitive first (sisäministeriön rangaistusten
    täytäntöönpanon osasto, inrikesministeriets fängelseavdelning)? Then the text names the unit."""
    before = _UNIT_NAME_BEFORE.search(ctx.view, max(0, ctx.tokens[start].start - _LOOK_BACK), ctx.tokens[start].start)
    words = before.captures(1) if before is not None else []  # (the nearest first: the search reads backwards)
    for k in range(1, len(words)):
        if not _in_a_units_name(words[k - 1]):
            break
        if words[k][0].isupper() and is_org_unit_or_compound(words[k]):
            return f"the text names a unit of the body ({words[k]} …), another entity"
    last = ctx.tokens[stop - 1].text
    if not (names_country_first(ctx.language) and last.endswith(_GENITIVE_ENDINGS)):
        return None  # (the Ministry said the department …: the body itself, then a clause)
    after = _UNIT_NAME_AFTER.match(ctx.view, ctx.tokens[stop - 1].end)
    for word, end in zip(after.captures(1), after.ends(1)) if after is not None else ():
        if is_function_word(word) or word in _POSTPOSITIONS:
            break  # (sisäministeriön mukaan osasto: according to the ministry, a department …)
        if is_org_unit_or_compound(word):
            # (not its office in a region, which the press names by the body: Efterforskningskomitéens afdeling i
            # Gomel-regionen)
            where = _WORD_AFTER.match(ctx.view, end)
            if where is not None and is_location_preposition(where.group(1), ctx.language):
                return None
            return f"the text names a unit of the body (… {word}), another entity"
    return None


#: the last letters of a body's genitive in the languages that put it first (Finnish -n, Scandinavian -s)
_GENITIVE_ENDINGS = ("n", "s")


def _in_a_units_name(word: str) -> bool:
    """May the word stand in a unit's name between its word for a unit and its body: a capitalized word, a word that
    joins a genitive (de, do, van het, по), or a Cyrillic word in lower case not shaped as a verb (выканання
    пакаранняў; not передал, паведаміў), not a clause's word (The Department of State said the Ministry …; y el)?"""
    low = word.lower()
    if low in _UNIT_NAME_JOINS:
        return True
    if CYRILLIC.match(word) is not None:
        return word.islower() and not low.endswith(_VERB_ENDINGS)
    return word[0].isupper()


#: the postpositions of the languages that put a body's genitive first (Finnish, Estonian, Hungarian), after which a
#: clause goes on (sisäministeriön mukaan: according to the ministry)
_POSTPOSITIONS = frozenset(
    {"mukaan", "kanssa", "jälkeen", "takia", "vuoksi", "kautta", "järgi", "kaudu", "pärast", "tõttu", "szerint", "után", "miatt"}
)
#: the words that join the words of a unit's name and its body's (Departamento de Execução de Penas do …)
_UNIT_NAME_JOINS = frozenset(
    {"of", "the", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "van", "het", "der", "von", "voor",
     "for", "för", "af", "av", "по", "па"}
)
#: the endings of Belarusian, Russian and Ukrainian verbs (past, infinitive, present), which a unit's name holds none of
_VERB_ENDINGS = ("л", "ла", "ло", "ли", "лі", "ць", "ть", "ет", "ит", "ут", "ют", "іў", "ыў", "еў", "ёў", "ся")


#: the words before a body, on its line with no punctuation: a capitalized word for a unit, then up to six words of
#: its name
_UNIT_NAME_BEFORE = regex.compile(r"(?r)(?:([\p{L}\p{M}]+)[ \u00a0]+){2,7}$")
#: up to three words after a body, on its line with no punctuation
_UNIT_NAME_AFTER = regex.compile(r"(?:[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)){1,3}")


def _free_word(ctx: _Context, k: int) -> bool:
    """Is token ``k`` a capitalized word that no linked name holds and that is no title, unit or noise word?"""
    token = ctx.tokens[k]
    return (
        token.kind == "word"
        and token.text[0].isupper()
        and not _in_chosen(ctx, k)
        and not is_noise(token.text)
        and not is_unit_word(token.text)
        and not is_demonym(token.text)
    )


def _after_location_word(ctx: _Context, token: Token) -> bool:
    """Does a preposition that says where (у, w, in, en) stand right before the token?"""
    preceding = _word_before(ctx, token)
    return preceding is not None and is_location_preposition(preceding)


def _locative_of_a_place(ctx: _Context, before: str, word: str, match: Match) -> bool:
    """Is a lone surname, after an East Slavic "in" that also says whose (у, в), in the locative of a name that ends
    in a consonant (ў Скопіне; a person's would be у Скопіна), which only a place takes there, unless the word
    writes the person's own surname with that ending (in whom one sees someone: видели в Статкевиче лидера)?"""
    surname = (match.matched_name.split() or [""])[-1]
    return (
        is_in_before_locative(before, ctx.language)
        and place_locative_ending(word, ctx.language)
        and surname[-1:].isalpha()
        and surname[-1:].lower() not in _NAME_VOWELS
        # (the person's own surname with the ending, letter for letter, is the person: видели в Статкевиче лидера)
        and not _a_registered_words_case_form(word, match)
    )


#: the letters that end a name in a vowel, in the scripts of registered names (Latin, Cyrillic)
_NAME_VOWELS = frozenset("aeiouyäöüáéíóúýàèìòùâêîôûąęěůаеёиоуыэюяіїє")


def _whence_before_person(ctx: _Context, i: int) -> bool:
    """Is token ``i`` a word after a preposition that says whence (из, з, from, z, iš) or a noun for residents
    (жительница, mieszkanka) and before a given name and a capitalized word: the town a person comes from
    (Школьница из Кобрина Дарья Савицкая, Жительница Лепеля Тамара …)?"""
    tokens = ctx.tokens
    if i + 2 >= len(tokens) or not (ctx.joined[i] and ctx.joined[i + 1]) or not tokens[i + 2].text[:1].isupper():
        return False
    if not given_names().classes(tokens[i + 1].text, inflected=False):
        return False
    preceding = _word_before(ctx, tokens[i])
    return preceding is not None and (is_source_preposition(preceding) or is_resident_word(preceding))


def _names_a_belarusian_place(ctx: _Context, word: str) -> bool:
    """Does the word alone link to a Belarusian place (miński, Miadzioł, Gardine), at any score?"""
    found = ctx.engine.match(word)
    return found is not None and found.entity.kind == "place"


def _names_a_belarusian_place_in(ctx: _Context, word: str, languages: set[str]) -> bool:
    """`_names_a_belarusian_place`, also as one of ``languages`` writes a place's case (Finnish Novopolotskin)."""
    if _names_a_belarusian_place(ctx, word):
        return True
    for language in sorted(languages) if word[:1].isupper() else ():
        found, _ = ctx.engine.decide(word, ctx.engine.rank([ctx.engine.token_in(word, "word", language)]))
        if found is not None and found.entity.kind == "place":
            return True
    return False


def _place_itself(ctx: _Context, word: str) -> Entity | None:
    """The place whose own name the word is, spelled as registered (Lida, Pinsk), or None: not a word that only
    organisation names hold or one a typo away."""
    found = ctx.engine.match(word)
    return found.entity if found is not None and found.entity.kind == "place" and found.score >= EXACT else None


def _adjectival(entity: Entity | None, word: str) -> bool:
    """Is the word a case form of a place's name that is an adjective (Червоного of Чырвонае)?"""
    return entity is not None and adjectival_case_form(word, entity.names)


def _inside_longer_name(
    ctx: _Context, i: int, stop: int | None = None, inflected: bool = False, entity: Entity | None = None
) -> str | None:
    """Is the place (tokens ``i`` to ``stop``, one word by default) a part of a longer name rather than a mention
    of the place? It is when it completes a capitalized organisation name (Supreme Court of Belarus, Следственный
    комитет Беларуси), begins one (Belarus Service; Baltarusijos tyrimų komitetas, where the organisation word
    follows in lower case), or when a capitalized word that is no title runs into it (Маладая Беларусь)."""
    stop = i + 1 if stop is None else stop
    token = ctx.tokens[i]
    last = ctx.tokens[stop - 1]
    crossing = entity is not None and entity.id.startswith(_BORDER_CROSSING)  # (Šalčininkai–Benyakoni: each side's)
    if not crossing and (paired := _paired_place(ctx, i, stop)) is not None:
        return f"a dash joins it to {paired}: a route or a body named after both places (Minsk–Mogilev), not the place"
    if (joined := _hyphen_joined_name(ctx, stop, entity)) is not None:
        return joined
    if ctx.view[max(0, token.start - 1) : token.start] in _QUOTES:
        # a river's or lake's name alone in quotes names something named after it, a club, a journal («Нёман»), unless
        # a word for its kind of place or site stands before it (рака «Нёман»)
        alone = ctx.view[last.end : last.end + 1] in _CLOSING_QUOTES
        before_word = _word_before_quote(ctx, token)
        kind_before = before_word is not None and (  # (or a protected site's word: nacionālajā parkā “Braslavas ezeri”)
            is_place_word(before_word) or bool(name_words().classes(before_word) & org_word_classes(*_SITE_WORDS))
        )
        if alone and not kind_before and entity is not None and _quoted_names_no_place(entity):
            return "a place's name alone in quotes: something named after it (a club, a journal), not the place"
        if inflected and ctx.view[last.end : last.end + 1] not in _CLOSING_QUOTES and _QUOTED_MORE.match(ctx.view, last.end):
            return "a case form of the place begins a quoted name („Nemuno aušros“; not «Беларусь жыве»)"
        title = before_word  # (not a word for its kind of place: ракі «Бярэзіна» is the river, колонии «Витьба» the colony)
        own_kind = title is not None and entity is not None and entity.id.startswith(PRISON_IDS) and is_prison_word(title)
        if title is not None and not (is_place_word(title) or own_kind) and (classes := name_words().classes(title)) and classes.isdisjoint(org_word_classes(*_SITE_WORDS)):
            return f"a title in quotes after {title!r}, not the place"
    # a place in the case that says where is where something is (Estonian Minskis konverentsi: a conference in Minsk)
    located = locative_ending(last.text, ctx.language)
    if i > 0 and ctx.joined[i - 1]:
        org = next(
            (
                (k, window[1])
                for k in range(max(0, i - MAX_SPAN_TOKENS), i)
                if (window := ctx.chosen.get(k)) is not None and window[0] == i and window[1].entity.kind == "org"
            ),
            None,
        )
        # Rady Ministrów | Republiki Białoruś: the body found, the place ends its name; not once the body's name has
        # named its country (Baltkrievijas Veselības ministrija | Minskā: in Minsk), nor in the case that says where
        # (Belaruskalissa Salihorskissa: at Belaruskali in Salihorsk), nor the country where the language never puts it
        # last (Brestin valtionyliopistossa | Valko-Venäjän lounaisosassa: in Belarus's south-west)
        named_country = org is not None and any(_names_belarus(ctx, w) for w in _hyphen_joined(ctx.view, ctx.tokens[org[0] : i]))
        if (
            org is not None
            and not located
            and not (entity is not None and entity.id == _BELARUS and names_country_only_first(_line_language(ctx, token)))
            and not named_country
        ):
            return f"the place ends the name of {org[1].entity.display}, found right before it"
    else:
        named_country = False
    tail = _LAST_WORDS.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
    before = None if tail is None else _WORDS_BEFORE.search(ctx.view, tail.start(), token.start)
    if before is not None:
        first, org_word = before.group(1) or "", before.group(2)
        # a capital that only opens the sentence says nothing (Eile põles Višnevskoje järve kaldal)
        opens = bool(first) and _sentence_start(ctx.view, Token(first, before.start(1), before.end(1), "word"))
        capitalized = org_word[0].isupper() or (first[:1].isupper() and not opens)
        # (a language that glues its own case endings to a name ends a body's name with the place's nominative: the
        # place with such an ending is where, whence or whither: Fehérorosz Vasutak Minszkből, from Minsk)
        cased = ctx.language is not None and writes_own_endings_only(ctx.language) and bool(foreign_stems(last.text, ctx.language))
        if (
            capitalized
            and not named_country  # (stanica Bieloruských železníc | Hudahaj: the body complete, the place its station)
            and not located  # (Kupala Nemzeti Színház Minszkben, NKVD lasi Minskis: in Minsk, no name's last word)
            and not cased
            and not is_function_word(org_word.lower())
            and not is_unit_word(org_word)
            and not is_place_word(org_word)
            and not is_near_preposition(org_word)  # (perto de Asipovichi: near, not Portuguese partido)
            and not is_officer_word(org_word)  # (Прокурор Минска: the prosecutor of Minsk, a title)
            # (a prison's own word before it: СИЗО гродненской тюрьмы is the prison)
            and not (entity is not None and entity.id.startswith(PRISON_IDS) and _a_prisons_word(org_word))
            and not (org_word.isupper() and not name_words().spelled(org_word))  # (СИЗО has only a key of sise)
            and (classes := name_words().classes(org_word, inflected=False))
            and not _own_common_word_by_keys(ctx, org_word, classes)
            and not _body_of_a_place(org_word)
            and not _names_its_kind(org_word, classes, entity)  # (am See Mjastra: the lake's own word)
            and _place_itself(ctx, org_word) is None  # (per Lida da Minsk: from Minsk to Lida)
            and not (
                ctx.view[before.end(2) : token.start].strip() in _WHERE_JOINS
                and _ends_a_found_body(ctx, before.start(2), before.end(2))
            )
        ):
            return f"the place completes the name of an organisation ({org_word} …)"
    gap_after = ctx.view[last.end : ctx.tokens[stop].start] if stop < len(ctx.tokens) else ""
    if stop < len(ctx.tokens) and "\n" not in gap_after and gap_after.strip() in _POSSESSIVE_GAPS:  # Belarus Service, Belarus' Committee
        after = ctx.tokens[stop].text
        body = name_words().classes(after, inflected=False) and not _body_of_a_place(after, after=True)
        # (not a unit word's district or region, then its country: в Столинському районі Білорусі; nor a case form
        # after "in", which says where: U Minsku Hienprakuratura paŭtaryła)
        of_home = is_unit_word(last.text) and _names_belarus(ctx, after)
        # (or its own case ending says where: Minszkben Jakov Kruger rajziskolájában, in Minsk, at Kruger's school)
        where = inflected and _after_location_word(ctx, token)
        where = where or bool(locative_ending(last.text, _line_language(ctx, last)))
        whence = stop == i + 1 and _whence_before_person(ctx, i)  # (Школьница из Кобрина Дарья Савицкая)
        # (a crossing's own border word: PRIVALKOS PASIENIO PUNKTE, the Privalka border checkpoint, in a headline)
        own = crossing and not name_words().classes(after, inflected=False).isdisjoint(org_word_classes("border"))
        # (a body found on its own right after it has a name without the place: Minski | Punases kirikus)
        apart = (found := ctx.chosen.get(stop)) is not None and found[1].entity.kind == "org"
        if after[0].isupper() and not is_place_word(after) and body and not (of_home or where or whence or own or apart):
            return f"the place begins the name {last.text} {after}"
    preceding = _word_before(ctx, token)
    # (W Białorusi komitet: in Belarus; a conjunction only in a list of places, u Homieli i Mahilovie partyja, for
    # after another word a name begins there as anywhere: ir Baltarusijos žmogaus teisių namai)
    after_preposition = preceding is not None and is_function_word(preceding.lower())
    if after_preposition and preceding is not None and is_conjunction(preceding, ctx.language):
        listed = _WORD_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
        first = None if listed is None else _word_before(ctx, Token(preceding, listed.start(1), listed.end(1), "word"))
        after_preposition = first is not None and _names_a_place(ctx, first)
    # a case suffix after an apostrophe makes the word no part of a name (Turkish Lida'daki bira fabrikası)
    suffixed = _SUFFIX_AFTER_APOSTROPHE.search(last.text) is not None
    # a district or region is complete with its unit word: the words after it name a body of it (Gardino srities
    # policijoje: the police of the region), not a longer name the unit word is part of
    unit_last = stop > i + 1 and is_unit_word(last.text)
    # (in English and German a lower-case noun after a place is an adjunct: Minsk civil society)
    adjunct = after_preposition or suffixed or unit_last or located or ctx.language in _NOUN_ADJUNCTS | _BODY_BEFORE_PLACE
    following = None if adjunct else _LOWER_WORDS_AFTER.match(ctx.view, last.end)
    title = None if following is None else _MINISTERS_FIELDS_AFTER.match(ctx.view, last.end)
    if title is not None and any(ends_with_minister_word(w) for w in _WORD.findall(title.group())):
        following = None  # the country in a minister's title (Valgevene transpordi- ja sideminister)
    town = _is_town(entity)
    for word in following.group().split() if following is not None else ():
        if is_function_word(word) or is_unit_word(word) or is_place_word(word):
            break  # (Boginskoje ezerā: a lake's name, then the word for lake)
        classes = name_words().classes(word, inflected=False)
        if _common_word_by_keys(word, classes) or _own_common_word_by_keys(ctx, word, classes):
            break  # (Varšavský most medzi Brestom: between, a clause goes on)
        sport = bool(classes) and classes <= org_word_classes(*_SPORT_ROWS) and _no_body_after_sport(ctx, last.end)
        if classes and (sport or (town and classes <= org_word_classes(_CITY_ROW))):
            # a town's own word (Soligorski linna lähedal), a sport before its clubs (Baltarusijos futbolo klubų);
            # not before a body's word (Baltarusijos futbolo federacija) or another sport's (ledo ritulio …)
            continue
        if classes and classes <= org_word_classes(*_NO_BODY_AFTER_PLACE_ROWS):
            # people of the place (Baltkrievijas studentu …), its border (Baltkrievijas robežas), its government,
            # which names no body (Minsko vyriausybės vadovas: the head of Minsk's government), a club of it (ainus
            # Valgevene klubi: the only Belarusian club), or its part
            # (Fehéroroszország nyugati részén: in the west of Belarus), unless a body's word follows (… asociācija)
            continue
        if (
            len(word) >= MIN_ORG_WORD
            and classes
            # (a Latin word must spell a body's word, not only share its key: Minsk pátral, searched, is no petrol)
            and (not LATIN.search(word) or bool(name_words().spelled(word, classes)))
            and not _body_of_a_place(word, after=True)
            and classes.isdisjoint(org_word_classes(_OFFICE_ROW))  # (Minskin toimisto: an outlet's office there)
            and not _office_after(ctx.view, last.end)
            and not _quoted_body_after(ctx, last.end)
        ):
            return f"the place begins the name of an organisation (… {word})"
        if not classes:
            break  # a clause goes on (Valko-Venäjä sulkee rajan: closes the border)
    # a district or region is complete with its unit word (Лиде Гродненской области: the town, then its region),
    # and a given name runs into no place (Orbán Viktor Minszkben: the Hungarian order, family name first)
    complete = is_unit_word(last.text)
    if i > 0 and ctx.joined[i - 1] and not _in_chosen(ctx, i - 1) and not complete:
        previous = ctx.tokens[i - 1]
        gap = ctx.view[previous.end : token.start]
        capitalized = previous.kind == "word" and previous.text[0].isupper() and not is_noise(previous.text)
        capitalized = capitalized and not (previous.text.isupper() and _capitals_line(ctx, token))  # CON BIELORRUSIA
        capitalized = capitalized and not is_former_union_adjective(previous.text)  # Soviet Minsk is Minsk
        capitalized = capitalized and not _names_abroad(ctx, previous.text)  # (з Чернігівщиною Білорусь: two places)
        # (a headline's last word runs into no dateline on the next line: … fehlen Arbeitskräfte\nWitebsk (dpa))
        # (a place in a case glued to it after a name, unless the word before agrees, ending alike: … Suhhavejeva
        # Kobrõnist; not Naujajame Polocke, in Novopolotsk)
        # (the word before agrees when it ends in the place's case ending, not in one letter of it by chance: Natalja
        # Gurskaja Gorkista, from Gorki)
        if capitalized and (endings := _glued_endings(ctx, token.text, ctx.language)):
            capitalized = any(previous.text.endswith(e) for e in endings) or _glued_case_of_place(ctx, previous.text, ctx.language)
        # (a compound noun of a language that capitalizes nouns stands before a place as a noun: Grenzbahnhof Brest,
        # in der Hauptstadt Minsk; so does a common noun before the place's case form, which no name ends in: die
        # Dörfer Weißrusslands; not before the name as registered, which a venue's name ends in: Kino Minsk; nor one of
        # organisation words, which begins a body's name: Rayonexekutivkomitees Krytschau, Nationalflughafen)
        language = _line_language(ctx, previous)
        cased = entity is not None and not _registered_spelling(token.text, entity)
        common = cased and language is not None and zipf(previous.text.lower(), language) >= _NOUN_BEFORE_A_PLACE_ZIPF
        noun = language in CAPITALIZED_NOUNS and (
            _compound_noun(previous.text, language) or (common and not is_unit_word(previous.text))
        )
        if capitalized and noun:  # (a word for a city alone before a town is its apposition: Hauptstadt Minsk)
            rows = _body_words(previous.text) - ({_CITY_ROW} if _is_town(entity) else set())
            capitalized = bool(rows or name_words().spelled(previous.text))
        # (a word for a prison before a prison's own name is its kind: Haftanstalt Okrestina, Gefängnis Schodsina)
        capitalized = capitalized and not (is_prison_word(previous.text) and _place_of_detention(entity))
        if not gap.strip() and "\n" not in gap and capitalized and not given_names().classes(previous.text, inflected=False):
            # a quotation's first word is capitalized too («Абаронім Беларусь ад …»), but a quoted name that ends
            # with the place is one name («Маладой Беларусі»)
            quoted = ctx.view[max(0, previous.start - 1) : previous.start] in _QUOTES
            closed = ctx.view[token.end : token.end + 1] in _CLOSING_QUOTES
            opens = _sentence_start(ctx.view, previous) or (quoted and not closed)
            if not opens or is_adjective(previous.text):
                # (but a place the clause puts abroad is abroad wherever the text names it alone: Die Gemeinde
                # Brest im Landkreis Stade … Brest gehört zur Samtgemeinde)
                placed = _placed_abroad_as(ctx, i, stop, entity)
                if placed is not None and placed.for_the_text:
                    return _abroad(ctx, entity, placed.reason)
                return f"the capitalized {previous.text!r} runs into it: a longer name"
    if stop < len(ctx.tokens) and ctx.joined[stop - 1] and not _in_chosen(ctx, stop):
        following = ctx.tokens[stop].text
        gap = ctx.view[last.end : ctx.tokens[stop].start]
        adjective = following[0].isupper() and is_adjective(following) and not is_demonym(following)
        if gap in (" ", "-") and adjective and not ctx.prepared[stop].known:  # Гомельской (области) is a name
            return f"the capitalized adjective {following!r} after it makes another place's name (Mińsk Mazowiecki)"
        qualified = following[0].isupper() and not ctx.prepared[stop].known and _adjectival(entity, last.text)
        if gap == " " and qualified and stop == i + 1 and not _sentence_start(ctx.view, ctx.tokens[stop]):
            return f"an adjective before the capitalized {following!r}: another name (Червоного Хреста)"
    if (joined := _LOWER_COMPOUND_AFTER.match(ctx.view, last.end)) is not None and _club_or_body_word(joined.group(1)):
        return f"the first part of a body's compound name ({last.text}-{joined.group(1)}): no mention of the place"
    if entity is not None and _place_kind(entity) == "country":
        if _LOWER_CASE_PART.match(ctx.view, last.end):
            return "the first part of a compound word or adjective (Bělorusko-čínská, Belarus-traktor): no country"
        # a country is placed nowhere (Białoruś zremisowała w Kazaniu: the match was played abroad; embajador de
        # Bielorrusia en Francia: the ambassador is); but it may end or begin a body's name that no row holds
        return _country_in_a_body(ctx, i, stop)
    if (
        (located := _COUNTRY_AFTER.match(ctx.view, last.end)) is not None
        and is_foreign_country(country := located.group(2) or located.group(4), adjectives=False)  # in Polish: none
        and all(p is None or is_location_preposition(p, ctx.language) for p in located.group(1, 3))  # (Slovene in)
    ):
        # the preposition of the place repeated after the comma makes a list (w Mińsku, w Rosji), not a location
        if not (located.group(1) and preceding is not None and preceding.lower() == located.group(1)):
            return _abroad(ctx, entity, f"{country} after it places it abroad: another town of that name")
    if entity is not None and entity.id.startswith(PRISON_IDS) and (elsewhere := _prison_elsewhere(ctx, last.end, entity)):
        return f"in {elsewhere}, which names no Belarusian place: a colony or prison of that number abroad"
    placed = _placed_abroad_as(ctx, i, stop, entity)
    if placed is None or not placed.for_the_text:
        return None if placed is None else placed.reason  # (a region the gazetteer lacks holds for this word alone)
    return _abroad(ctx, entity, placed.reason)


def _place_of_detention(entity: Entity | None) -> bool:
    """Is the place a prison, colony or detention centre, by its id or its note's kind?"""
    return entity is not None and (entity.id.startswith(PRISON_IDS) or _place_kind(entity) in _DETENTION_KINDS)


#: the kinds of place (`belnorm.names.place_type`) where people are held
_DETENTION_KINDS = frozenset({"prison", "penal", "pre-trial", "detention"})


def _place_kind(entity: Entity) -> str:
    """The kind of place the entity's note names (`belnorm.names.place_type`: country, town, river …)."""
    return place_type(str(entity.attributes.get("note", "")))


def _names_its_kind(word: str, classes: frozenset[int], entity: Entity | None) -> bool:
    """Is the word (of organisation-word ``classes``) the place's own kind, a lake's or a river's word before its name
    (am See Mjastra)?"""
    kind = _place_kind(entity) if entity is not None else None
    return kind is not None and not classes.isdisjoint(org_word_classes(kind))


def _placed_abroad_as(ctx: _Context, start: int, stop: int, entity: Entity | None) -> _Placement | None:
    """`_placed_abroad` for the place ``entity`` at tokens ``start`` to ``stop``, read as its kind asks (a river
    crosses borders; a regional centre is the likelier of two towns)."""
    kind_of_place = _place_kind(entity) if entity is not None else ""
    big = entity is not None and _big_town(entity)
    capital = entity is not None and _is_capital(entity)
    unit_named = entity is not None and entity.id.startswith(tuple(UNIT_LEVELS))
    town = kind_of_place in ("town", "village")
    return _placed_abroad(ctx, start, stop, kind_of_place in _CROSS_BORDERS, town, big, unit_named, capital)


#: org_words rows of the words that say what kind of body a name names (the head of Ministerul Justiției, of
#: Baltarusijos valstybės sienos komitetas, of Belarus utvecklingsbank); not government, police or army, which the
#: press writes of every country without naming a body
_BODY_HEAD_ROWS = (
    "union", "party", "front", "movement", "university", "academy", "institute", "committee", "commission", "council",
    "ministry", "bank", "court", "theatre", "museum", "library", "association", "society", "federation", "church",
    "service", "company", "foundation", "agency", "administration", "assembly", "railway", "radio", "television",
    "newspaper", "orchestra", "philharmonic", "department",
)
#: how many words between a country and a body's head `_country_in_a_body` reads, and how many of them may be
#: lower-case words no row holds before the country (Comité d'État de normalisation du Bélarus), where the head is
#: capitalized; after the country none may be, since a clause goes on in lower case
_BODY_NAME_WORDS = 6
_UNLISTED_BODY_WORDS = 1


def _country_in_a_body(ctx: _Context, i: int, stop: int) -> str | None:
    """Does the country (tokens ``i`` to ``stop``) end a capitalized body's name that no registered body matched
    (Ministerul Justiției din Belarus, Hooggerechtshof van Belarus, Bezpečnostnej rady Bieloruska), or, in the
    languages that put the country first, begin one (Baltarusijos valstybės sienos komitetas, Belarus
    utvecklingsbank, Valko-Venäjän hätätilaministeriö)? Then it is a part of that name, no mention of the country."""
    start, end = ctx.tokens[i].start, ctx.tokens[stop - 1].end
    before = _BODY_WORDS_BEFORE.search(ctx.view, max(0, start - _BODY_NAME_CHARS), start)
    # the country named as a republic is named as in a body's official name (Vojna akademija Republike Bjelorusije)
    formal = " " in ctx.view[start:end]
    if before is not None and not names_country_only_first(ctx.language):
        if head := _body_head(ctx, before.captures(1), before.starts(1), True, formal):
            return f"the country ends the name of a body ({head} …)"
    after = _BODY_WORDS_AFTER.match(ctx.view, end) if names_country_first(ctx.language) else None
    if after is not None and (head := _body_head(ctx, after.captures(1), after.starts(1), False, formal)):
        # (not words that describe a body its own quoted name then names: Baltarusijos nepriklausomas laikraštis
        # „Naša Niva“, whose country it is)
        if not _quoted_body_after(ctx, end):
            return f"the country begins the name of a body (… {head})"
    return None


#: the words right before a place (read right to left: the nearest first), and right after it, on its line with no
#: punctuation between (hyphens and apostrophes inside words)
_BODY_WORDS_BEFORE = regex.compile(r"(?r)(?:([\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*)['’ʼ]?[ \u00a0]+){1,6}$")
_BODY_WORDS_AFTER = regex.compile(r"(?:['’ʼ]s?)?(?:[ \u00a0]+([\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*)){1,6}")
_BODY_NAME_CHARS = 120
#: an elided "of" or "the" glued to a word by an apostrophe (d'État, dell'Università)
_ELIDED_BEFORE = regex.compile(r"(\p{L}+)['’ʼ](?=\p{L})")


def _is_body_head(word: str) -> bool:
    """Is the word the head of a body's name (of `_BODY_HEAD_ROWS` as spelled, or a compound ending with one)?"""
    classes = name_words().classes(word.rsplit("-", 1)[-1], inflected=False)
    # a head as spelled, not by its key alone (müssen has museum's key)
    head = bool(classes and name_words().spelled(word, classes) & org_word_classes(*_BODY_HEAD_ROWS))
    return head or spelled_body_word(word)[1] or (len(word) >= _COMPOUND_MIN and ends_with_org_word(word, _BODY_HEAD_ROWS))


def _body_head(ctx: _Context, words: list[str], starts: list[int], back: bool, formal: bool) -> str | None:
    """The head word of a body's name (of `_BODY_HEAD_ROWS`, or a compound ending with one) among ``words``, the
    words from the country on (``back``: going back), if they hold together as one name: no name found among them
    but the body's, only org words, "and", "of" (back), capitalized words and one other, which is the word right by
    the country only when a capitalized head stands right beyond it (Федерация баскетбола Беларуси, Baltarusijos
    krepšinio federacija). Back, a capital must say it is a name, unless the country is named ``formal``ly (the
    Republic of)."""
    unlisted = 0
    for n, (word, offset) in enumerate(zip(words, starts)):
        if (elided := _ELIDED_BEFORE.match(word)) is not None and joins_country_to_body(elided.group(1)):
            word, offset = word[elided.end() :], offset + elided.end()  # d'État, dell'Università
        k = _token_starting_at(ctx, offset)
        if k is not None and _in_chosen(ctx, k):
            # a body found among the words is the one whose name the country ends or begins (Partidul Comunist al
            # Belarusului; Baltkrievijas VDK); any other name found there is no part of a body's name
            # ... when only "of" and capitalized words stand between (not HC Mogilev joacă în Extraliga din Belarus)
            window = _window_holding(ctx, k)
            found = None if window is None else window[1]
            adjacent = all(joins_country_to_body(w) or w[0].isupper() for w in words[:n])
            return found.entity.display if found is not None and found.entity.kind == "org" and adjacent else None
        if (back and joins_country_to_body(word)) or (n and joins_body_words(word)):
            continue
        # a hyphenated word is read by its last part (beaux-arts)
        classes = name_words().classes(word.rsplit("-", 1)[-1], inflected=False)
        spelled = spelled_body_word(word)[0]
        head = _is_body_head(word)
        if head and n == 0 and _body_of_a_place(word):
            return None  # a town's own kind of body right by the country is the country's (Baltarusijos teismas)
        opens = back and ctx.view[offset - 1 : offset] != "-" and _sentence_start(ctx.view, Token(word, offset, offset + len(word), "word"))
        capital = word[0].isupper() and not (opens and not head)
        # back, a capital says the name: the head's, a word's after it, or the word's right before it (Bezpečnostnej rady)
        opener = back and n + 1 < len(words) and words[n + 1][0].isupper()
        if opener:
            before = Token(words[n + 1], starts[n + 1], starts[n + 1] + len(words[n + 1]), "word")
            opener = not _sentence_start(ctx.view, before)
        if head and (not back or formal or capital or any(w[0].isupper() for w in words[:n]) or opener):
            return word
        if not classes and not spelled and not capital:
            # (the word right by the country says whose the country is: ambasadorul Belarusului, an ambassador's)
            unlisted += 1
            beyond = words[n + 1] if n + 1 < len(words) else ""
            by_head = n == 0 and holds_genitive_between(ctx.language) and (beyond[:1].isupper() or not back)
            by_head = by_head and _is_body_head(beyond)
            if unlisted > _UNLISTED_BODY_WORDS or (n == 0 and not by_head) or (not back and not by_head):
                return None
        if opens:
            return None
    return None


def _ends_a_found_body(ctx: _Context, begin: int, end: int) -> bool:
    """Does the word at offsets ``begin`` to ``end`` end a body's name found without the place after it
    (Ministerul Informației | de la Minsk: the ministry at Minsk, whose name holds no town)?"""
    k = _token_starting_at(ctx, begin)
    window = None if k is None else _window_holding(ctx, k)
    return window is not None and window[1].entity.kind == "org" and ctx.tokens[window[0] - 1].end == end


def _token_starting_at(ctx: _Context, offset: int) -> int | None:
    """The index of the token that starts at ``offset``, if one does."""
    k = bisect.bisect_left(ctx.tokens, offset, key=lambda t: t.start)
    return k if k < len(ctx.tokens) and ctx.tokens[k].start == offset else None


def _window_holding(ctx: _Context, k: int) -> tuple[int, Match] | None:
    """The end token and match of the name found so far that holds token ``k``, if one does."""
    return next(((stop, m) for start, (stop, m, _) in ctx.chosen.items() if start <= k < stop), None)


def _club_or_body_word(word: str) -> bool:
    """Is the word, or the last part of a compound (jalkapallo|seura), spelled as a word for a club or a body that
    names itself after a place (`_BODY_HEAD_ROWS`, club), not for a unit or kind of place (Gomel-regionen)?"""
    return not (is_unit_word(word) or is_place_word(word)) and _spelled_in_rows(word, (*_BODY_HEAD_ROWS, "club"))


def _a_prisons_word(word: str) -> bool:
    """Is the word only one for a prison, colony or detention centre (СИЗО, тюрьма)?"""
    classes = name_words().classes(word, inflected=False)
    return bool(classes) and classes <= org_word_classes("prison", "colony", "penal", "detention")


#: a location word and the one or two words right after a colony's number
_PRISON_WHERE = regex.compile(r"[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{L}[\p{L}\p{M}-]*)(?:[ \u00a0]+(\p{L}[\p{L}\p{M}-]*))?")


def _prison_elsewhere(ctx: _Context, end: int, entity: Entity) -> str | None:
    """The capitalized word that a location word (and maybe a word for a unit or settlement) puts right after a
    colony's or prison's name when it names no Belarusian place and no word of the colony's own names (IK-2 in
    Mordovia, ИК-3 в посёлке Харп; not IK-3 v Vitsbi, nor Strafkolonie von Gorki im Gebiet Mahiljou), or None: the
    number is then another country's colony's, since Belarus's colonies are named with their towns."""
    where = _PRISON_WHERE.match(ctx.view, end)
    if where is None or not is_location_preposition(where.group(1), ctx.language):
        return None
    word = where.group(2)
    if word[0].islower() or is_unit_word(word) or is_place_word(word):
        word = where.group(3) or ""  # (в посёлке Харп, im Gebiet Mahiljou)
    if not word[:1].isupper() or is_unit_word(word) or is_place_word(word):
        return None
    found = ctx.engine.match(word)
    if found is not None and found.entity.kind == "place" and found.score >= EXACT - 10:
        return None
    # (its own settlement in a case form: Vitsbi, Zarečju; keys compared without their last letter, the ending's)
    own = {k[:-1] for name in entity.names for w in _WORD.findall(name) if len(w) > 3 for k in keys(w)}
    return None if own & {k[:-1] for k in keys(word)} else word


#: the ids of border crossings, which a dash joins to the crossing on the other side (Šalčininkai–Benyakoni)
_BORDER_CROSSING = "place:border:"
#: the dashes that join two places' names into a route's or a body's (Minsk–Mogilev, Minszk–Moszkva)
_PAIRING_DASHES = frozenset("-–—")


#: a road's number right before the towns it joins (M1, М6, R-23, E30, A2; not an aircraft's type: A320, E195)
_ROAD_NUMBER = regex.compile(r"(?<![\p{L}\d])(?:[MPRМР]-?\d{1,3}|[AEАЕ]-?\d{1,2})[ \u00a0]+$")


def _paired_place(ctx: _Context, i: int, stop: int) -> str | None:
    """The capitalized place, Belarusian or abroad, that a dash with no space joins to the place (tokens ``i`` to
    ``stop``) on either side (Minsk-Mahilëŭ, Polotsk–Lepel, Minszk–Moszkva autópálya), or None. A road's number
    before the pair makes its towns the road's ends, each named (M1 Brest–Minsk, трасе М6 Минск–Гродно)."""
    for k, gap in ((i - 1, (i - 1, i)), (stop, (stop - 1, stop))):
        if not 0 <= k < len(ctx.tokens) or ctx.view[ctx.tokens[gap[0]].end : ctx.tokens[gap[1]].start] not in _PAIRING_DASHES:
            continue
        word = ctx.tokens[k].text
        if ctx.tokens[k].kind != "word" or not word[0].isupper():
            continue
        if _ROAD_NUMBER.search(ctx.view, max(0, ctx.tokens[min(k, i)].start - _LOOK_BACK), ctx.tokens[min(k, i)].start):
            return None
        if is_foreign_place(word) or is_foreign_city(word) or is_foreign_country(word, adjectives=False):
            return word
        found = ctx.engine.match(word)
        if found is not None and found.entity.kind == "place" and found.score >= EXACT:
            return word
    return None


def _quoted_names_no_place(entity: Entity) -> bool:
    """Is the place a river or a lake, whose name the press quotes only for what is named after it (a club, a
    journal: «Нёман», «Нарач»)? A town's name is quoted as a headline's or a list's word too."""
    return _place_kind(entity) in ("river", "lake")


#: what `_placed_abroad` says of a region that no Belarusian place's name has
_UNNAMED_REGION = "a region no Belarusian place names"


class _Placement(NamedTuple):
    """Why the words around a place put it abroad, and whether that holds wherever the text names the place alone (a
    region the gazetteer lacks is weaker evidence: it holds for this word only)."""

    reason: str
    for_the_text: bool = True


def _abroad(ctx: _Context, entity: Entity | None, reason: str) -> str:
    """``reason``, once the text is known to place the entity's namesake abroad (`_Context.abroad`)."""
    if entity is not None:
        ctx.abroad.add(ctx.engine.position(entity.id))
    return reason


def _placed_abroad(
    ctx: _Context,
    start: int,
    stop: int,
    water: bool,
    town: bool = False,
    big: bool = False,
    unit_named: bool = False,
    capital: bool = False,
) -> _Placement | None:
    """Does the clause right after a place (or the words right before it) put it in another country? In a country
    after a location word (in Russia's, w Polsce), in a region no Belarusian place names, after a location word too
    (на побережье Калининградской области, of Kaliningrad region), or by a town word that a country's adjective
    qualifies (the Ukrainian ghost town; the French port of Brest), in an apposition (`_APPOSITION_WORDS`). A list (и,
    and) or the clause's end stops the reading. A river
    (``water``) crosses borders: only a town word says it is another place (Pripyat, the Ukrainian ghost town).
    One comes from a ``big`` town (a regional centre) more often than from its namesake (беларусы з Гомеля ў
    Польшчы). A region or district named with its unit word (``unit_named``), or the ``capital``, is described only
    by the words right after it (un gruppo di bambini della regione di Gomel è tornato in vacanza in Italia: they came
    to Italy)."""
    view = ctx.view
    begin = ctx.tokens[start].start
    clause = _CLAUSE_END.split(view[max(0, begin - _LOOK_BACK) : begin])[-1]
    before = [(m.group(), clause[m.end() : m.end() + 1]) for m in _WORD.finditer(clause)][-_ABROAD_WORDS_BEFORE:]
    departed = bool(before) and is_source_preposition(before[-1][0])  # из Минска в Россию: where one goes to
    located = bool(before) and is_location_preposition(before[-1][0])
    # a place set off by commas after a word or two (Iryna Sauchuk, de Rechitsa, viven en España): an aside about
    # someone, whose clause goes on after the second comma
    aside = _ASIDE_BEFORE.search(clause) is not None
    after: list[tuple[str, str]] = []  # (word, what follows it), as `before` holds them
    end = position = ctx.tokens[stop - 1].end
    named = _WORD.search(view, end, min(len(view), end + _LOOK_AHEAD))  # Brest (Finistère)
    for found in _WORD.finditer(view, position, min(len(view), position + _LOOK_AHEAD)):
        gap = view[position : found.start()]
        # (a Scandinavian i right after the place is "in": Horodok i Lviv fylke; further on it may begin a clause)
        stops = is_conjunction(found.group(), None if after else ctx.language)
        if _CLAUSE_END.search(gap) or (after and "," in gap) or stops or len(after) == _ABROAD_WORDS:
            break
        if not after and "," in gap and located and is_location_preposition(found.group()) and not _where_next(view, found.end()):
            break  # w Mińsku, w Rosji: a list of locations; Brest, na Bretanha, в Кировске, на севере России: where it is
        if not after and "," in gap and aside:
            break
        if not after and "," in gap and _goes_on_with_the_clause(found.group()):
            break  # w Mińsku, wystawią w Warszawie: the clause goes on after the comma, not the town
        if (k := _token_starting_at(ctx, found.start())) is not None and _in_chosen(ctx, k):
            break  # a Belarusian name found there is no place abroad (Minski lähedal asuv Kurgan Slavõ: the memorial)
        after.append((found.group(), view[found.end() : found.end() + 1]))
        position = found.end()
    if named and not (water or departed) and view[end : named.start()].strip() in _LOCATOR_GAPS:
        if _abroad_in(ctx, named.group()):
            return _Placement(f"{named.group()} right after it names where it is: another town of that name")
    language = _line_language(ctx, ctx.tokens[start])
    if not water and len(after) > 1 and is_compound_place_word(after[0][0], language) and after[1][0][:1].isupper():
        joined = ctx.engine.match(after[1][0])  # Horky nad Jizerou, Brest pod Učkom
        if (joined is None or joined.entity.kind != "place") and not is_foreign_country(after[1][0]):
            return _Placement(f"{after[0][0]} {after[1][0]} after it makes it a place of that name abroad (Brest pri Igu)")
    if ctx.language in _AREA_LANGUAGES and len(after) > 1 and after[0][0] == "na" and after[1][0].endswith(_AREA_ENDINGS):
        area = ctx.engine.match(after[1][0])  # V Krupce na Teplicku: in the Teplice area
        if after[1][0][:1].isupper() and (area is None or area.entity.kind != "place"):
            return _Placement(f"na {after[1][0]} after it names the area abroad it is in: another place of that name")
    # an apposition set off by a comma runs to the next one (Gorki, a tiny picturesque Russian village, …); one that
    # is not, only a few words (Pripyat the Ukrainian ghost town; not із Салігорська після 2022 року втратив доступ
    # до литовського порту, whose port is Lithuanian)
    set_off = named is not None and "," in view[end : named.start()]
    reach = len(after) if set_off else _APPOSITION_WORDS
    for k, (word, _) in enumerate(after):
        abroad_word = is_foreign_country(word) or is_foreign_region_adjective(word)  # (Brest, the Breton port)
        if abroad_word and k < reach and any(is_place_word(w) or is_unit_word(w) for w, _ in after[k + 1 : k + 3]):
            return _Placement(f"a {word} town or region word after it places it abroad: another place of that name")
        if departed and not (water or big) and k == 1 and _in_locative(after[0][0], word) and _abroad_in(ctx, word):
            # from a place in a region (з Городка на Львівщині), not to it (из Минска в Москву)
            return _Placement(f"{after[0][0]} {word}, a locative after it, says where it is: another town of that name")
        if water or departed:
            continue
        if given_names().classes(word) and k + 1 < len(after) and after[k + 1][0][:1].isupper():
            continue  # a given name before a surname, not a town abroad (wsi Stanisława Moniuszki, not Stanisławów)
        # (an adjective may stand between: a village in northern Azerbaijan, в северном Азербайджане)
        compound = k > 0 and after[k - 1][1] == "-"  # (Brestissä Valko-Venäjällä: in Belarus)
        if k < _CITY_WORDS and not compound and in_a_country(word, ctx.language):  # Ivanovon alueella Venäjällä
            return _Placement(f"{word} after it places it abroad: another place of that name")
        located_in = k > 0 and is_location_preposition(after[k - 1][0], language)
        located_in = located_in or (
            k > 1 and is_location_preposition(after[k - 2][0], language) and after[k - 1][0].islower()
        )
        # in a text that speaks of Belarus, the words before "in" describe the place (Brest, a port city in France),
        # not what happened after it (bjeloruski klubovi … napustili su Brest nakon početka rata u Ukrajini: they left
        # Brest after the war in Ukraine began)
        # (… natural de Grodno, vive agora em Lisboa: he lives there, not the town); nor, after the capital, in any
        # text (Il governo di Minsk cerca ora nuovi clienti in Cina: the clients are in China)
        within = k - (1 if is_location_preposition(after[k - 1][0], language) else 2) if k > 0 else 0
        describes = (
            within <= 1
            or any(is_place_word(w) or is_unit_word(w) for w, _ in after[:within])
            or not (unit_named or capital or _speaks_of_belarus(ctx))
        )
        if located_in and describes and is_foreign_country(word, adjectives=False):
            return _Placement(f"{word} after it places it abroad: another town of that name")
        near = any(_locates(w, language) for w, _ in after[max(0, k - 2) : k])
        if 0 < k < _CITY_WORDS and describes and is_foreign_city(word) and near:
            return _Placement(f"{word} right after it places it abroad: another town of that name")
        if k < _CITY_WORDS and _abroad_in(ctx, word):
            if k > 0 and is_place_word(after[k - 1][0]):  # Ivanovo mieste Rusijoje: in the city, in Russia
                return _Placement(f"{after[k - 1][0]} {word} after it places it abroad: another town of that name")
            if k + 1 < len(after) and is_unit_word(after[k + 1][0]):  # Voronovon kartano Moskovan alueella
                return _Placement(f"{word} {after[k + 1][0]} after it places it abroad: another place of that name")
        # (a hyphenated country is read whole: in het oosten van Wit-Rusland is in Belarus, not in Russia)
        if not (compound and _names_belarus(ctx, f"{after[k - 1][0]}-{word}")) and _by_compass(after, k, word):
            return _Placement(f"{word} after a point of the compass places it abroad: another place of that name")
        located = any(is_location_preposition(w) for w, _ in after[max(0, k - 2) : k])  # not Minsko Centrinio rajono
        if located and is_foreign_unit(word):
            return _Placement(f"in a {word}, a unit only other countries have: a place abroad")
        region = k + 1 < len(after) and word[0].isupper() and is_unit_word(after[k + 1][0])
        if located and region and _region_abroad(ctx, word, after[k + 1][0]):
            return _Placement(f"in {word} {after[k + 1][0]} after it, {_UNNAMED_REGION}: a place abroad", for_the_text=False)
        if (unit := _unit_before_region(ctx, after, k)) is not None:
            return _Placement(f"in the {unit} of {word} after it, {_UNNAMED_REGION}: a place abroad", for_the_text=False)
    if ctx.language == "tr" and len(before) > 1 and before[-2][1] in _APOSTROPHES and before[-1][0] in _TR_GENITIVE:
        owner = before[-2][0]  # Muğla'nın Ula ilçesi: a district of Muğla
        found = ctx.engine.match(owner)
        if owner[:1].isupper() and (found is None or found.entity.kind != "place"):
            return _Placement(f"{owner}'{before[-1][0]} before it makes it a place of {owner}: a place abroad")
    if len(before) > 1 and before[-2][0][:1].isupper() and is_unit_word(before[-1][0]) and not is_unit_word(before[-2][0]):
        # a region abroad, then the place in it, as the Finnic and Hungarian press write (Murmanski oblastis Kirovski)
        if _abroad_in(ctx, before[-2][0]):
            return _Placement(f"{before[-2][0]} {before[-1][0]} before it names a region abroad: a place there")
    for k, (word, follows) in enumerate(before):
        if k == len(before) - 1 and follows in _APOSTROPHES and is_foreign_country(word, adjectives=False):
            return _Placement(f"{word}'s before it places it abroad: another town of that name")
        if k == len(before) - 1 and is_foreign_unit(word):
            return _Placement(f"a {word} before it, a unit only other countries have: a place abroad (wójt gminy Gródek)")
        whole = clause.endswith(f" {word} ") or clause == f"{word} "  # not Venäjän of Valko-Venäjän
        if town and k == len(before) - 1 and whole and word[:1].isupper() and _abroad_in(ctx, word):
            return _Placement(f"{word} right before it places it abroad (Ranskan Brestissä: France's Brest)")
        abroad_word = is_foreign_country(word) or is_foreign_region_adjective(word)  # (de Bretonse havenstad Brest)
        if abroad_word and any(is_place_word(w) for w, _ in before[k + 1 : k + 3]):
            return _Placement(f"a {word} town word before it places it abroad: another town of that name")
        if is_place_word(word) and any(is_foreign_country(w) for w, _ in before[k + 1 : k + 2]):
            return _Placement(f"a {word} of another country before it places it abroad (la ciudad rusa de …)")
        adjective = is_foreign_country(word) and not is_foreign_country(word, adjectives=False)
        adjective = adjective and not is_former_union_adjective(word)  # (Soviet Minsk is Minsk)
        adjective = adjective or is_foreign_region_adjective(word)  # (im bretonischen Brest)
        if town and k == len(before) - 1 and whole and adjective:  # Franska Brest, французский Брест
            return _Placement(f"the adjective {word} right before it places it abroad: another town of that name")
        if k == len(before) - 1 and whole and not water and (city := foreign_city_of_adjective(word)) is not None:
            return _Placement(f"the adjective {word} of {city} right before it places it abroad (в смоленской Ельне)")
    return None


def _unit_before_region(ctx: _Context, after: list[tuple[str, str]], k: int) -> str | None:
    """The unit word before the capitalized ``k``-th word after a place when a location word, maybe an article,
    the unit word in lower case and a word that joins a region come first (dans la région de Lviv, na região de
    Chernihiv: in a region abroad) and the word names no Belarusian place (not in the region of Grodno), else None."""
    word, unit = after[k][0], after[k - 2][0] if k > 1 else ""
    if k < 3 or not word[:1].isupper() or not unit.islower() or not is_unit_word(unit) or not joins_region(after[k - 1][0]):
        return None
    if not any(is_location_preposition(w) for w, _ in after[max(0, k - 4) : k - 2]):
        return None
    if ctx.engine.district_of(word) is not None or is_unit_word(word) or name_words().classes(word, inflected=False):
        return None
    return None if _names_a_belarusian_place(ctx, word) else unit


def _city_adjective_before(ctx: _Context, token: Token, *, quoted: bool = False) -> str | None:
    """The city abroad whose adjective is the word right before the token (`belnorm.names.foreign_city_of_adjective`),
    or, with ``quoted``, before the quote the token opens (ярославскому «Локомотиву»), or None."""
    before = (_word_before_quote(ctx, token) if quoted else None) or _word_before(ctx, token)
    return None if before is None else foreign_city_of_adjective(before)


def _region_abroad(ctx: _Context, word: str, unit: str) -> bool:
    """Does a capitalized word and a unit word, as written (u Hrodzienskaj vobłaści), name a region that is no
    Belarusian place? Several Belarusian districts of one name are no region abroad (у Першамайскім раёне)."""
    if ctx.engine.district_of(word) is not None:
        return False
    written = f"{word} {unit}"
    phrase, verdict = ctx.engine.decide(written, ctx.engine.rank(ctx.engine.prepare(written)[1]))
    return (phrase is None and not verdict.startswith(AMBIGUOUS)) or (phrase is not None and phrase.entity.kind != "place")


#: what may stand between a town and the region or city that tells where it is (Brest (Finistère)); a comma may as
#: well begin a list (Brest, Moskau und Kiew), and a space a route (Минск Москва)
_LOCATOR_GAPS = frozenset({"("})


def _capitalized_demonym_names(ctx: _Context, i: int) -> bool:
    """Is the demonym at token ``i`` capitalized inside a sentence of a language that writes its demonyms and
    adjectives in lower case, so that it names the country (Hungarian Belarusz, belarusz)? A hashtag of it does too
    (#Belarusz)."""
    token = ctx.tokens[i]
    capitalized = token.text[:1].isupper() and not token.text.isupper() and not _sentence_start(ctx.view, token)
    return (capitalized or is_tag(ctx.view, token.start)) and _line_language(ctx, token) in DEMONYMS_IN_LOWER_CASE


def _foreign_stem(ctx: _Context, i: int, place: Entity) -> str | None:
    """The name of a place abroad that token ``i``, read as the place or body ``place``, is with a case ending its
    line's language glues to foreign names (Hungarian Varsóban, Finnish Moskovassa), or None. For a village, also
    with an ending the language puts on Belarusian names alike (Croatian iz Craiove: Craiova's, not Крэва's), for a town abroad that a village shares a
    case form with is the likelier one a text names; so is it for a body's one-word name (u Atlanti: Atlanta, not
    the maker Атлант)."""
    language = _line_language(ctx, ctx.tokens[i])
    village = place.kind == "org" or place_type(str(place.attributes.get("note", ""))) == "village"
    stems = foreign_stems(ctx.tokens[i].text, language, abroad=village) if language is not None else ()
    return next((stem for stem, _ in stems if is_foreign_place(stem) or is_foreign_city(stem)), None)


def _in_locative(preposition: str, word: str) -> bool:
    """Is a Cyrillic word after a preposition of location in the locative, so that it says where something is, not
    where one goes?"""
    return is_location_preposition(preposition) and in_cyrillic_locative(word)


def _abroad_in(ctx: _Context, word: str) -> bool:
    """Is the word a country, large city or region abroad, also with the case ending the text's language glues to
    foreign names (Finnish Ranskan, Moskovan; Lithuanian Rusijoje is a listed case form)?"""
    if is_foreign_country(word, adjectives=False) or is_foreign_city(word):
        return True
    language = ctx.language
    stems = foreign_stems(word, language, abroad=True) if language is not None else ()
    return any(is_foreign_country(stem, adjectives=False) or is_foreign_city(stem) for stem, _ in stems)


#: how many words before a city or country a point of the compass may stand (au nord-est de Moscou)
_COMPASS_REACH = 3


def _where_next(view: str, position: int) -> bool:
    """Does a point of the compass, a unit word or a country's possessive stand within three words after
    ``position``, the end of a location word, so that the words say where the place before is, not name another
    place (на севере, in the north, en el sur; in de Oekraïense regio Soemy; in Poland's Lower Silesia)?"""
    words = _WORD.finditer(view, position, min(len(view), position + _LOOK_AHEAD))
    return any(
        is_compass_word(w.group(), after_location=True)
        or is_unit_word(w.group())
        or (view[w.end() : w.end() + 1] in _APOSTROPHES and is_foreign_country(w.group(), adjectives=False))
        for w in itertools.islice(words, 3)
    )


def _by_compass(after: list[tuple[str, str]], k: int, word: str) -> bool:
    """Is ``word``, the ``k``-th word after a place, a city abroad or, with a location word before the point of the
    compass, a country, that a point of the compass just before it relates the place to (à 250 km au nord-est de
    Moscou; en el norte de Bulgaria; not Brest, east of Poland, which says where Brest is not)?"""
    def located(j: int) -> bool:  # a location word within two words before word j (en el sur, à l'est)
        return any(is_location_preposition(w) for w, _ in after[max(0, j - 2) : j])

    window = range(max(0, k - _COMPASS_REACH), k)
    points = [j for j in window if is_compass_word(after[j][0]) or (is_compass_word(after[j][0], after_location=True) and located(j))]
    if not points:
        return False
    return is_foreign_city(word) or (located(points[0]) and is_foreign_country(word, adjectives=False))


def _locates(word: str, language: str | None) -> bool:
    """Does the word put a place in or near a city named after it (в, in, под, near) or name its unit (regiunea
    Kaliningrad), in a text of ``language`` (the Slovene in is "and": med Minskom in Moskvo)?"""
    return is_location_preposition(word, language) or is_near_preposition(word) or is_unit_word(word)


def _body_of_place(ctx: _Context, start: int, stop: int, entity: Entity, adjective: bool = False) -> tuple[int, int, Match] | None:
    """A court or executive committee named by its head word, a word for its level (district, region, town) and the
    place, in any order and any language (Okresný súd vo Volkovysku, Vilejkas distriktsdomstol, tribunale del
    distretto di Minsk, Pinszki járási bíróság; Vitebskas apgabala izpildkomiteja, comitato esecutivo regionale di
    Gomel): the tokens it spans and the bundled body of that level and place, found by its English name. A head word
    alone (the court in Minsk) tells no level: None. The place may be the district a town's ``adjective`` names with
    a unit word, whose level the words around it tell (Brzeski obwodowy komitet wykonawczy, Vitebskog oblasnog suda).
    A word for a site instead names the site the town gives its name to (`_site_of_town`)."""
    view, tokens = ctx.view, ctx.tokens
    begin, end = tokens[start].start, tokens[stop - 1].end
    if stop < len(tokens) and tokens[stop].start == end + 1 and view[end].isalpha():
        end += 1  # the linking s of a compound split after the place's unit word (Vilejkas distrikt|s|domstol)
    # (not past a number: colonie n° 9 de Horki names the colony by its number, and the town apart; past the quotes
    # of a place quoted as a body's name: музей-заповедник «Несвиж»)
    quoted = view[begin - 1 : begin] in _QUOTES and view[end : end + 1] in _CLOSING_QUOTES
    cut = begin - 1 if quoted else begin
    left = _NUMBER.split(_phrase_before(view, cut))[-1]
    right = _NUMBER.split(_phrase_after(view, end, _LOOK_AHEAD))[0]
    seen: set[str] = set().union(*(_body_words(t.text) for t in tokens[start:stop]))  # Bezirksgericht Iwje
    lo, hi = begin, end  # the characters the body's words reach
    named: tuple[str, int] | None = None  # a capitalized word before the body's words: a city district's name
    located: set[str] = set()  # the words reached over a word of location (the castle in Kreva: the town)
    for found, offset in ((reversed(list(_WORD.finditer(left))), cut - len(left)), (_WORD.finditer(right), end)):
        crossed, previous, n = False, "", 0
        for word in found:
            # (din sud-vestul, din sudul: a point of the compass after "in, from", not a Slavic court)
            compass = offset == end and is_compass_word(word.group(), after_location=is_function_word(previous))
            kinds, previous = (frozenset() if compass else _body_words(word.group())), word.group()
            joins = is_function_word(word.group()) or is_location_preposition(word.group()) or len(word.group()) <= 2
            # (a site is no body named from its town: held in colonies from Navapolatsk to Gomel)
            source = is_source_preposition(word.group()) and not joins_country_to_body(word.group())  # (not van: of)
            joins = joins and not (offset < begin and source)
            # (Mir Castle and Nesvizh: a list, not one name; the Czech ve is "in", though Turkish writes "and" so)
            joins = joins and (is_location_preposition(word.group()) or not is_conjunction(word.group()))
            if n == _BODY_WORDS or not (kinds or joins):  # (of, del, ve, vo, van join the words of a name)
                if offset < begin and lo < begin and word.group()[:1].isupper():
                    named = (word.group(), offset + word.start())
                break
            n += not is_function_word(word.group())  # (Comité exécutif de la ville de Minsk: de, la count for nothing)
            crossed = crossed or (not kinds and is_location_preposition(word.group().translate(_SYLLABIC)))
            seen |= kinds
            if crossed:
                located |= kinds
            if kinds:
                lo, hi = min(lo, offset + word.start()), max(hi, offset + word.end())
    heads = [head for head in _BODIES_OF_PLACES if head in seen]
    levelled = [head for head in heads if _SITE not in _BODIES_OF_PLACES[head].phrases]
    heads = levelled or heads  # (the court in Kalinkavichy sentenced her to prison: the court)
    heads = [head for head in heads if head not in _PROTECTED_AREAS] or heads  # (a museum-reserve is a museum)
    if len(heads) != 1 or "economic" in seen:
        return None  # no body, or an economic court, whose registered name the matcher reads (Wirtschaftsgericht …)
    head = heads[0]
    place, city = entity, None
    unit = next((u for u in UNIT_LEVELS if place.id.startswith(u)), None)
    if _SITE in _BODIES_OF_PLACES[head].phrases:  # a site bears a town's name (Lida Castle, Lake Lepel, Vileyka Reservoir)
        # (a town in the case that says where stands apart even so: Lithuanian atominė elektrinė Astrave)
        inside = head in located and head not in _NAMED_BY_THEIR_TOWN
        if unit is not None or adjective or inside or locative_ending(tokens[stop - 1].text, ctx.language):
            # (the castle in Kreva, a prison in Mogilev, Lithuanian koloniją Navapolacke: where the site is, the town)
            return None
        return _site_of_town(ctx, start, stop, entity, head, (lo, hi))
    if unit is not None:  # a district's or region's body bears its centre's name
        if not adjective:
            seen.add(UNIT_LEVELS[unit])
        rest = place.id.removeprefix(unit)
        centre = ctx.engine.positions.get(f"place:{rest}")
        town = ctx.engine.positions.get(f"place:{rest.split('-')[0]}")
        if centre is not None:
            place = ctx.engine.index.entities[centre]
        elif town is not None:  # a city's district (Minsk's Zavodski District): its court bears both names
            if head != "court":
                return None  # (the bodies of a city's districts are administrations, no executive committees)
            city = ctx.engine.index.entities[town]
    levels = [level for level in ("district", "regional", "city") if level in seen]
    if len(levels) != 1:
        return None
    in_city = head == "court" and levels == ["district"] and unit is None and named is None
    if in_city and (before := _word_before(ctx, tokens[start])) is not None and is_location_preposition(before, ctx.language):
        if ctx.engine.city_districts.get(ctx.engine.position(place.id)):
            return None  # (`_district_court_in_a_city`: a district court in Minsk)
    body = None
    if head == "court" and levels == ["district"] and unit is None and named is not None:
        # Leninského obvodního soudu v Brestu: the court of the city's district that the word before it names
        body = _city_district_court(ctx, named[0], place)
        if body is not None:
            lo = named[1]
    body = body or _body_by_name(ctx, _BODIES_OF_PLACES[head], place, city, levels[0])
    if body is None and head == "court" and levels[0] in _FIRST_INSTANCE and unit is None and city is None:
        # a town's first-instance court is its town court or its district's, whichever it has (byretten i Pinsk)
        other = _FIRST_INSTANCE[levels[0]]
        body = _body_by_name(ctx, _BODIES_OF_PLACES[head], place, None, other)
    if body is None:
        return None
    return _spanned(ctx, start, stop, (lo, hi), body, f"a {levels[0]} {head} body of {entity.display}")


#: the levels of a town's first-instance court, each the other's stand-in (`_body_of_place`)
_FIRST_INSTANCE = {"district": "city", "city": "district"}


def _site_of_town(
    ctx: _Context, start: int, stop: int, town: Entity, head: str, reach: tuple[int, int]
) -> tuple[int, int, Match] | None:
    """The bundled site a town gives its name to, named by the town and a word for the site in any language
    (castello di Lida, floresta de Nalibaki, Il bacino di Vileyka, carcere di Grodno, Breslaujos ežerai): the tokens
    it spans and the site. Only a settlement names one (a lake or river is no town), but a protected area bears any
    place's name (`_PROTECTED_AREAS`: Polesie-reservaat, Berezina biosfäärikaitseala)."""
    if head not in _PROTECTED_AREAS and settlement_rank(str(town.attributes.get("note", ""))) is None:
        return None
    kind = _BODIES_OF_PLACES[head]
    # the text's own words first: they may tell one of the town's sites from another (colonie pour femmes de Gomel)
    site = ctx.engine.match(ctx.view[reach[0] : reach[1]]) if head in _SITES_BY_OWN_WORDS else None
    if site is None or not site.entity.id.startswith(kind.id_prefix):
        site = _body_by_name(ctx, kind, town, None, _SITE)
    if site is None or site.entity.id == town.id:
        return None
    return _spanned(ctx, start, stop, reach, site, f"the {head} of {town.display}")


def _spanned(
    ctx: _Context, start: int, stop: int, reach: tuple[int, int], found: Match, what: str
) -> tuple[int, int, Match]:
    """The tokens from ``start`` to ``stop`` widened to the characters ``reach`` of the words around that name a body
    or site (lower-case ones may be no tokens), and the match of that body or site there."""
    tokens = ctx.tokens
    first, last = start, stop
    while first > 0 and tokens[first - 1].start >= reach[0]:
        first -= 1
    while last < len(tokens) and tokens[last].end <= reach[1]:
        last += 1
    surface = ctx.view[tokens[first].start : tokens[last - 1].end]
    note = f"context: {what} named in the text's words ({surface})"
    return first, last, match_by_rule(found.entity, found.score, found.matched_name, surface, note)


def _body_by_name(ctx: _Context, kind: _BodyOfPlace, place: Entity, city: Entity | None, level: str) -> Match | None:
    """The bundled body or site of this kind, level and place (the court of this district of ``city``), found by its
    English name."""
    phrases = kind.phrases[level] if city is None else tuple(f"{{}} Court of {town}" for town in city.names)
    for name in place.names:
        for phrase in phrases:
            found = ctx.engine.match(phrase.format(name))
            if found is not None and found.entity.id.startswith(kind.id_prefix) and found.entity.id.endswith(kind.id_suffix):
                return found
    return None


def _city_district_court(ctx: _Context, word: str, town: Entity) -> Match | None:
    """The court of the town's district that ``word`` names (Leninského before obvodního soudu v Brestu), found by
    its English name; None when the word names no district of that town."""
    own = f"-{town.id.removeprefix('place:')}"  # the courts of a city's districts: org:court:leninski-brest
    for name in town.names:
        found = ctx.engine.match(f"{word} District Court of {name}")
        if found is not None and found.entity.id.startswith(_COURT_IDS) and found.entity.id.endswith(own):
            return found
    return None


def _replace_span(chosen: dict[int, tuple[int, Match, tuple[str, ...]]], first: int, last: int, match: Match) -> None:
    """Make tokens ``first`` to ``last`` one mention of ``match`` in place of the mentions that start inside them
    (a court or club named around a place)."""
    for k in [k for k in chosen if first <= k < last]:
        del chosen[k]
    chosen[first] = (last, match, ())


def _club_of_place(ctx: _Context, start: int, stop: int) -> tuple[int, Match] | None:
    """A club named by its town (or the town's adjective) and its quoted name right after it (Минское «Динамо»,
    Minskas «Dinamo», Салігорскі «Шахцёр»): the token after the quoted name and the bundled club, whose sport the
    text tells when two clubs share the name."""
    tokens, view = ctx.tokens, ctx.view
    if (quoted := _quoted_name_after(ctx, stop - 1)) is None:
        return None
    last, name = quoted
    surface = view[tokens[start].start : tokens[last - 1].end]
    cleaned, words = ctx.engine.prepare(f"{name} {view[tokens[start].start : tokens[stop - 1].end]}")
    ranked = ctx.engine.rank(words, lenient=False)
    found, verdict = ctx.engine.decide(cleaned, ranked)
    if found is None and verdict.startswith(AMBIGUOUS) and (played := ctx.sport()):
        found, _ = ctx.engine.decide(cleaned, ranked, asks=played)
    if found is not None and _club(found.entity) and (played := ctx.sport()) and played not in _plays(found.entity):
        # the club of the text's sport whose name is the same with its sport's prefix (Soligorsko „Šachtior“ in a
        # text about hockey: ХК Шахцёр Салігорск, not the football club)
        found = _club_of_sport(ctx, played, cleaned, words) or found
    if found is None or found.entity.kind != "org":
        return None
    note = f"context: a club named by its town and its quoted name ({surface})"
    return last, match_by_rule(found.entity, found.score, found.matched_name, surface, note)


def _quoted_name_after(ctx: _Context, k: int) -> tuple[int, str] | None:
    """The quoted name of a few words right after token ``k`` (Минское «Динамо», ХК «Нёман»): the token after it
    and its text, or None."""
    tokens = ctx.tokens
    quoted = _QUOTED_NAME.match(ctx.view, tokens[k].end)
    if quoted is None:
        return None
    last = k + 1
    while last < len(tokens) and tokens[last].end <= quoted.end(1):
        last += 1
    if last == k + 1 or last - k - 1 > _QUOTED_WORDS:
        return None
    return last, quoted.group(1)


def _place_of_adjective(ctx: _Context, i: int) -> Entity | None:
    """The place whose adjective token ``i`` is, when the loops over capitalized words skip it: a lower-case one, as
    Hungarian and the Slavic languages write them (szlonyimi, pinský: the district), or one glued to the town's
    name (Pinsker: the town); else None."""
    token = ctx.tokens[i]
    word = token.text
    if token.kind != "word" or ctx.prepared[i].noise:
        return None
    if word[:1].islower():
        return ctx.engine.district_of(word) if len(word) >= _ADJECTIVE_MIN and not _body_words(word) else None
    stem = glued_adjective_stem(word, _line_language(ctx, token))
    return None if stem is None else _place_itself(ctx, stem)


def _club_after_prefix(ctx: _Context, i: int) -> tuple[int, Match] | None:
    """A club named by a prefix and its quoted name (ХК «Шахцёр Салігорск», HC «Neman»): the prefix says the sport,
    so the name is read with it (not the football club or the river of the quoted words alone); the token after the
    quoted name and the bundled club, or None."""
    tokens, view = ctx.tokens, ctx.view
    if (quoted := _quoted_name_after(ctx, i)) is None:
        return None
    last, name = quoted
    cleaned, words = ctx.engine.prepare(f"{tokens[i].text} {name}")
    found, _ = ctx.engine.decide(cleaned, ctx.engine.rank(words, lenient=False))
    if found is None or found.entity.kind != "org":
        return None
    surface = view[tokens[i].start : tokens[last - 1].end]
    note = f"context: a club named by its prefix and its quoted name ({surface})"
    return last, match_by_rule(found.entity, found.score, found.matched_name, surface, note)


#: the frequency (Zipf) from which a word that spells no listed form of a body's word, and whose key meets two rows,
#: is read as the common word it is (`_common_word_by_keys`)
_COMMON_WORD_ZIPF = 5.0
#: the frequency from which such a word is read as the common word it is even when its key meets one row only (Slovak
#: medzi, between, has the key of the media row's médií)
_COMMONEST_WORD_ZIPF = 6.0


#: the frequency in the text's own language from which a word that spells no org_words form is that language's word
_OWN_COMMON_WORD_ZIPF = 4.0


def _own_common_word_by_keys(ctx: _Context, word: str, classes: frozenset[int]) -> bool:
    """Is the word, in Latin letters, a common word of the text's own language that only a key joins to an
    organisation's word of another language and that spells none of its forms (Finnish rannalla, on the shore, has
    the key of a word for district)? A Cyrillic word's key meets the Belarusian and Russian forms it inflects (Улады)."""
    if not classes or ctx.language is None or not LATIN.search(word) or name_words().spells(word, classes):
        return False
    return zipf(word, ctx.language) >= _OWN_COMMON_WORD_ZIPF


def _common_word_by_keys(word: str, classes: frozenset[int]) -> bool:
    """Is the word a very common one whose key alone meets the words of two org_words rows (``classes``) and that
    spells neither (Finnish kertoo, tells: no court, no charter), or one of the commonest words whose key meets one
    (Slovak medzi, between: no media)? A body's word that only its key finds is rarer (sud, miesto: court, city)."""
    if not classes or name_words().spells(word, classes):
        return False
    frequency = most_common_in(word)[0]
    return frequency >= _COMMONEST_WORD_ZIPF or (len(classes) > 1 and frequency >= _COMMON_WORD_ZIPF)


def _quoted_body_after(ctx: _Context, end: int) -> bool:
    """Do the lower-case words after a place describe a body that the name after them, quoted or not, names, found
    on its own (Baltkrievijas naftas ķīmijas koncerns „Belņeftehim“, Valko-Venäjän turvallisuuspalvelun KGB:n:
    Belarus, then the body)? The place is then no part of a longer name but where or whose the named body is."""
    described = _WORDS_TO_NAME.match(ctx.view, end)
    if described is None:
        return False
    k = bisect.bisect_left(ctx.tokens, described.end(), key=lambda t: t.start)
    if k == len(ctx.tokens) or ctx.tokens[k].start != described.end():
        return False
    words = _WORD.findall(ctx.view, end, described.end())
    if (words and is_conjunction(words[-1], ctx.language)) or (
        ctx.view[described.end() - 1].isspace() and any(is_function_word(w) for w in words)
    ):
        return False  # (words that describe it, not a conjunction right before another name: šachmatų federacija
        # ir BNTU, naftas pārstrādes rūpnīcas un «Naftan»; but naftas un ķīmijas koncerns «Belņeftehim» describes
        # it; without a quote, no function word at all)
    # (a name of several words pass one found; a single word is read now, ahead of the pass that reads it)
    found = ctx.chosen[k][1] if k in ctx.chosen else _decide_word(ctx, k, ctx.named)[0]
    return found is not None and found.entity.kind == "org"


@functools.lru_cache(maxsize=1 << 14)
def _body_words(word: str) -> frozenset[str]:
    """Which of the rows `_BODY_ROWS` (court, executive, district, regional …) a word (or the parts of a compound:
    distriktsdomstol, districtsrechtbank, Bezirksexekutivkomitee) says, by org_words.tsv; remembered, since most words around
    every place found are read so."""
    classes = name_words().spelled_classes(word)
    if _common_word_by_keys(word, classes):
        classes = frozenset()
    out = {row for row in _BODY_ROWS if not classes.isdisjoint(org_word_classes(row))}
    if is_exact_court_word(word):
        out.add("court")
    out |= spelled_level_rows(word)
    low = word.lower()
    if len(low) > _COMPOUND_MIN:  # a compound's parts, also when the whole reads as one of them (Bezirksgericht),
        for row in _BODY_ROWS:  # also in its middle (Bezirks|exekutiv|komitee)
            if row not in out and any(f in low for f in compound_parts(row)):
                out.add(row)
    return frozenset(out)


def _genitive_s(ctx: _Context, token: Token, match: Match, language: str) -> bool:
    """Is the token the name with the genitive -s its language glues to names (`GENITIVE_S`), before the noun it
    owns, as those languages write it (Lukasjenkos regime; not kjent for World of Tanks, of no one)?"""
    word = token.text
    if language not in GENITIVE_S or not word.endswith("s") or len(word) < 4:
        return False
    if not _OWNED_NOUN_AFTER.match(ctx.view, token.end):
        return False
    engine, stem = ctx.engine, word[:-1]
    bare = engine.match(stem)
    if bare is None:  # a surname alone names no one out of context: read it as the text does (Bahdanovitj)
        own = frozenset({engine.position(match.entity.id)})
        bare = engine.decide(stem, engine.rank([engine.token(stem, "word")], lenient=False), prefer=own)[0]
    return bare is not None and bare.entity.id == match.entity.id and bare.score >= match.score


#: a word right after a genitive, on its line: the noun it owns (or its adjective)
_OWNED_NOUN_AFTER = regex.compile(r"[ \u00a0]+[\p{L}\p{M}]")


def _opening_word(view: str, token: Token) -> bool:
    """Is a capital letter alone that opens a sentence without a dot after it, in lower case, an article or a
    preposition (Hungarian and Portuguese A, Russian В)? Then it is that word, not an initial: A Belavia is no
    A. Belova."""
    if token.kind != "initial" or view[token.end : token.end + 1] == "." or not _sentence_start(view, token):
        return False
    return is_function_word(token.text.lower())


def _surnames_of_text(ctx: _Context) -> dict[str, str]:
    """The words (casefolded) that the text writes right after a capitalized word which no name holds and which is
    no common word of its line's language nor a sentence's first word: a foreign person's given name and surname
    (Boyko Borisov), whose surname, alone elsewhere in the text, is that person's too, not a town's (Borisov)."""
    if ctx.surnames is None:
        ctx.surnames = {}
        for k in range(1, len(ctx.tokens)):
            before, token = ctx.tokens[k - 1], ctx.tokens[k]
            if token.kind != "word" or before.kind != "word" or ctx.view[before.end : token.start] != " ":
                continue
            if not (before.text[:1].isupper() and before.text[1:].islower() and token.text[:1].isupper()):
                continue
            if ctx.prepared[k - 1].known or is_noise(before.text) or _sentence_start(ctx.view, before):
                continue
            if _names_abroad(ctx, before.text):
                continue  # a place abroad, then a name (з Чернігівщиною Білорусь): no given name and surname
            language = _line_language(ctx, before)
            if language is None or zipf(before.text, language) or not ctx.prepared[k].anchored:
                continue
            if language in CAPITALIZED_NOUNS and _compound_noun(before.text, language):
                continue  # a noun of a language that capitalizes nouns (Grenzbahnhof Brest): no given name
            if _glued_case_of_place(ctx, token.text, language):
                continue  # a place in a case after a name (Halina Suhhavejeva Kobrõnist: from Kobryn)
            ctx.surnames.setdefault(token.text.casefold(), f"{before.text} {token.text}")
    return ctx.surnames


#: the shortest common noun read at the end of a compound (Grenz|bahnhof, Logistik|zentrum), and the shortest part
#: before it
_NOUN_TAIL = 4
_NOUN_HEAD = 3


def _compound_noun(word: str, language: str) -> bool:
    """Does the word end with a common word of ``language`` after a few letters, as a compound noun does (Grenzbahnhof:
    Bahnhof)?"""
    return any(zipf(word[cut:], language) for cut in range(_NOUN_HEAD, len(word) - _NOUN_TAIL + 1))


def _glued_case_of_place(ctx: _Context, word: str, language: str | None) -> bool:
    """Is the word a place's name with a case ending ``language`` glues to names, one that says where or whence
    (Salihorskissa, Kobrõnist), as no surname is written?"""
    return bool(_glued_endings(ctx, word, language))


def _glued_endings(ctx: _Context, word: str, language: str | None) -> tuple[str, ...]:
    """The case endings ``language`` glues to names with which the word is a place's name (Salihorsk|issa,
    Kobrõn|ist), or which say where (Hungarian -ban, Finnish -ssa)."""
    if language is None:
        return ()
    located = tuple(e for e in locative_endings(language) if word.endswith(e))
    return located + tuple(ending for stem, ending in foreign_stems(word, language) if _place_itself(ctx, stem))


def _epithet_alone(ctx: _Context, i: int, match: Match) -> str | None:
    """Is a lone word, matched as the second word of a name, the epithet or byname of a person known by one name (a
    ruler: Вітаўт, whose Вітаўт Вялікі and Vitold Litevský give Vialikaha and Litoŭskaha), which names no one
    alone? A word that one of the person's one-word names fits is that name."""
    entity = match.entity
    if len(match.matched_name.split()) < 2 or all(" " in name for name in entity.names):
        return None
    position = ctx.engine.position(entity.id)
    if any(
        s.name.entity == position and s.rejected is None and " " not in s.name.text
        for s in ctx.engine.rank([ctx.prepared[i]], prune=False)
    ):
        return None
    return f"the second word of {match.matched_name}: a byname of one known by one name, no name alone"


def _one_word_name(match: Match) -> bool:
    """Was the entity named by a name of one word that is no surname of its other names: a pen, stage or ruler's
    name (Teo, Mindaugas, Filaret), which a foreign given name can equal?"""
    words = match.matched_name.split()
    if len(words) != 1:
        return False
    spelled = set(keys(words[0]))
    return not any(len(n.split()) > 1 and not spelled.isdisjoint(keys(n.split()[-1])) for n in match.entity.names)


def _surname_after(ctx: _Context, i: int, common: bool = False) -> str | None:
    """The capitalized word right after token ``i`` on its line that may be a surname (Илья Ковальчук, Lida Baday),
    with the particle that opens it (Lida Dal Farra): no word for a place, unit or body, no adjective, no common
    word of the text's language (with ``common``, a common word too where the language capitalizes no nouns: Witold
    Bańka); else None."""
    if i + 1 >= len(ctx.tokens) or ctx.view[ctx.tokens[i].end : ctx.tokens[i + 1].start] != " ":
        return None
    after = ctx.tokens[i + 1]
    word = after.text
    if after.kind == "word" and is_surname_particle(word) and not _in_chosen(ctx, i + 1):  # Lida Dal Farra
        rest = _surname_after(ctx, i + 1, common=True)  # a capitalized word after a particle is a surname (van den Berg)
        if rest is None or _place_itself(ctx, rest.split()[-1]) is not None:
            return None  # (not Lida da Minsk: from Minsk)
        return f"{word} {rest}"
    if after.kind != "word" or not word[0].isupper() or word.isupper() or is_noise(word) or is_adjective(word):
        return None
    # (with ``common``, a word of organisation names only as it spells one: Bańka is no bank)
    body = name_words().spelled(word) if common else name_words().classes(word, inflected=False)
    if is_unit_word(word) or is_place_word(word) or body or _in_chosen(ctx, i + 1):
        return None
    language = _line_language(ctx, after)
    if common and language not in CAPITALIZED_NOUNS:
        return word
    return None if language is not None and zipf(word, language) else word


def _foreign_surname_after(ctx: _Context, i: int) -> str | None:
    """The word right after a place's one word that makes the two a foreign person's name (Ulla Mäkinen: no river
    Ula): a surname (`_surname_after`) that names nothing here and is no street's word (Akrestsina Street), not where
    a location word or "from" puts the place (w Lidzie Kowalski, из Лиды Жук), nor at a sentence start or on a
    headline in capitals."""
    token = ctx.tokens[i]
    if _after_location_word(ctx, token) or _whence_before_person(ctx, i) or _capitals_line(ctx, token):
        return None
    surname = _surname_after(ctx, i)
    if surname is None or " " in surname or given_names().classes(surname, inflected=False):
        return None
    if names_a_namesake(None, surname):
        return None  # a street's word, no surname (Akrestsina Street)
    return surname if ctx.engine.match(surname) is None and not ctx.prepared[i + 1].known else None


def _a_woman_of_the_country(ctx: _Context, i: int) -> bool:
    """Is token ``i`` the word for a Belarusian woman that is also the country's genitive (Czech Běloruska, Slovak
    Bieloruska: `[woman_or_genitive]`), read as the woman: at a sentence's start, after an ordinal or adjective that
    describes a woman (první, bývalá), or before ", která" (who)? The genitive follows a preposition or a noun (z
    Běloruska, na území Běloruska, mestá Bieloruska)."""
    token = ctx.tokens[i]
    if not is_woman_or_genitive(token.text, ctx.language):
        return False
    if _sentence_start(ctx.view, token) or _WHO_AFTER.match(ctx.view, token.end):
        return True
    before = _word_before(ctx, token)
    return before is not None and describes_a_woman(before)


#: ", who" after a word for a person (Bieloruska, ktorá pochádza z Minska)
_WHO_AFTER = regex.compile(r",[ \u00a0]+(?:která|ktorá|jež)\b")


def _given_name_of_common_word(ctx: _Context, i: int) -> bool:
    """Is the word at token ``i``, a common word of its line's language (Wiosna: spring) or one shaped as a given name
    no table knows (Vesna), a given name before a surname here: one capitalized word after it, no particle, no
    place, no name found (Vesna Mirić)?"""
    token = ctx.tokens[i]
    language = _line_language(ctx, token)
    if token.text.isupper() or language is None:
        return False
    if not (_zipf_in(token.text, language) or _unknown_given_name(ctx, token)):
        return False
    surname = _surname_after(ctx, i)
    if surname is None or " " in surname or _place_itself(ctx, surname) is not None:
        return False
    if given_names().classes(surname, inflected=False):
        return False  # a given name after a body's name begins a person's (Центризбиркома Элла Памфилова)
    if locative_ending(surname, language):
        return False  # a place in the case that says where (Belaruskalissa Salihorskissa: at Belaruskali in Salihorsk)
    found = ctx.engine.match(surname)
    return found is None or found.entity.kind == "person"


def _titled_so(ctx: _Context, i: int, match: Match) -> bool:
    """Is the word after a title, as a registered name of the person is a title and one word (митрополит Вениамин,
    metropoliit Veniamin: a cleric known by a monastic name)?"""
    token = ctx.tokens[i]
    title = _word_before(ctx, token)
    if title is None or not is_title(title) or _surname_after(ctx, i):
        return False  # (not Писатель Вениамин Каверин)
    stem = _title_stem(title)
    return any(
        len(words := name.split()) == 2 and is_title(words[0]) and _title_stem(words[0]) == stem
        for name in match.entity.names
    )


#: how many first consonants tell one title from another across languages and scripts (metropoliit, Metropolitan,
#: mitropolitul, митрополит, mitrapalit: m t r p)
_TITLE_STEM = 4
_VOWELS = regex.compile(r"[aeiouy\W]+")


def _title_stem(title: str) -> str:
    """The first consonants of a title, romanized: the same title in any language and script shares them."""
    return _VOWELS.sub("", unidecode(title).casefold())[:_TITLE_STEM]


def _surname_of_given_name(ctx: _Context, i: int) -> str | None:
    """The surname after the given name at token ``i`` (`_surname_after`): also a common word of a language that
    capitalizes no nouns, which a capital inside a sentence makes a name (Lida Harper, Lida Holm, s Lidom Kovač), and
    a surname shaped as an adjective (Ліда Савіцкая, Lida Słonimskaja) with no unit word after it; not on a headline in
    title case."""
    if (surname := _surname_after(ctx, i)) is not None:
        return surname
    if i + 1 >= len(ctx.tokens) or _capitals_line(ctx, ctx.tokens[i]) or _sentence_start(ctx.view, ctx.tokens[i + 1]):
        return None
    if (surname := _surname_after(ctx, i, common=True)) is not None:
        return None if given_names().classes(surname, inflected=False) else surname  # (z Lidy Iwan Żukowicz: from Lida, Iwan …)
    after = ctx.tokens[i + 1]
    word = after.text
    if ctx.view[ctx.tokens[i].end : after.start] != " " or not word[:1].isupper() or word.isupper():
        return None
    adjective = word.lower().endswith(_SURNAME_ADJECTIVE_ENDINGS) and is_adjective(word)
    # (and a Cyrillic one shaped as any adjective's nominative: Ліда Мірная)
    adjective = adjective or (CYRILLIC.search(word) is not None and word.lower().endswith(_NOMINATIVE_ADJECTIVE))
    # a town's adjective is a surname too (Lida Słonimskaja, Ліда Віцебская), unless a unit word follows (Лида
    # Гродненской области: the town and its region)
    unit = i + 2 < len(ctx.tokens) and ctx.joined[i + 1] and is_unit_word(ctx.tokens[i + 2].text)
    if adjective and not _body_words(word) and not unit and not _in_chosen(ctx, i + 1):
        return word
    return None


#: the nominative endings of a Cyrillic adjective, feminine and the Russian masculine (Мірная, Белый; not the
#: Belarusian -ы, -і, which plural and genitive nouns share)
_NOMINATIVE_ADJECTIVE = ("ая", "ый", "ий")
#: the nominative endings of surnames shaped as adjectives (Савіцкая, Савицкий, Kowalska, Novotný is no adjective)
_SURNAME_ADJECTIVE_ENDINGS = (
    "ская", "цкая", "скі", "цкі", "ский", "цкий", "ська", "цька", "ський", "цький", "ska", "cka", "ski", "cki",
    "skaja", "skaya", "ckaja", "ckaya", "skij", "skiy", "skii",
)


def _another_surname_after(ctx: _Context, i: int) -> str | None:
    """A surname-like word (`_surname_after`) right after the lone surname at token ``i`` that is no given name,
    patronymic or initial, on a line that is no headline in title case: the two words are another person's given
    name and surname (Lewis Hamilton, Karsten Wildberger), not a surname and the given name after it."""
    word = _surname_after(ctx, i)
    if word is None or _capitals_line(ctx, ctx.tokens[i]):
        return None
    if given_names().classes(word) or is_patronymic(word) or ctx.prepared[i + 1].given_classes:
        return None
    if _line_language(ctx, ctx.tokens[i]) not in GIVEN_NAME_FIRST:
        return None  # a case form may follow a surname (Cichanouskaja Vilniuje, Lukaşenko'yu Ankara'da)
    return word


#: the shortest key of a single word that may name a body one typo away from its name
MIN_ORG_TYPO_KEY = 7
#: how frequent in the text's language a word one typo away from a name must be to be that common word (once in a
#: million words: the floor of the word lists)
_COMMON_TYPO_ZIPF = 3.0


def _typo_at_start(ctx: _Context, q: QueryToken, match: Match) -> bool:
    """Does every name of the matched entity that a word reaches by a typo begin with another letter of the key than
    the word's readings do (Doina is no Jodzina, though it is one letter off Diana too)? When no typo reaches the
    entity's own names (it was matched otherwise), every name the word reaches by a typo is read."""
    index = ctx.engine.index
    position = ctx.engine.position(match.entity.id)
    firsts = {k[:1] for _, k in q.keys}
    reached = [
        b for b, hit in q.hits.items() if hit.typo and any(index.names[n].entity == position for n in index.base_anchors[b])
    ]
    return all(index.base_keys[b][:1] not in firsts for b in reached or [b for b, hit in q.hits.items() if hit.typo])


def _typo_of_syllables(ctx: _Context, q: QueryToken) -> bool:
    """Do the names a word reaches best by a typo have one syllable more than the word's readings
    (`belnorm.keys.drops_a_syllable`)? (One fewer may be a vowel a language puts into a cluster: Turkish
    Dinyeper.)"""
    base_keys = ctx.engine.index.base_keys
    best = max(hit.score for hit in q.hits.values())
    return all(
        any(drops_a_syllable(base_keys[b], k) for _, k in q.keys)
        for b, hit in q.hits.items()
        if hit.score == best
    )


def _in_chosen(ctx: _Context, k: int) -> bool:
    """Is token ``k`` part of a name found so far?"""
    if ctx.covered is None:
        ctx.covered = covered_tokens(ctx.chosen)
    return k in ctx.covered or k in ctx.chosen


def _a_given_name_form(word: str, classes: frozenset[int]) -> bool:
    """Is the word, letter for letter, a form of one of these given names (Maria), not only of its key (Лідзе,
    the town's locative, has the key of the name Ліда)? A Latin word's accents aside (the Czech Lída is Lida)."""
    table = given_names()
    if not LATIN.search(word):
        return table.spells(word, classes)
    folded = _unaccented(word)
    forms = (f for c in classes for f in (*table.row(c).forms, *table.row(c).diminutives))
    return any(folded == _unaccented(f) for f in forms if LATIN.search(f))


def _unaccented(word: str) -> str:
    """The word in lower case without its accents (Lída: lida)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _spelled_as_registered(word: str, match: Match) -> bool:
    """Is the word one of the entity's registered names, letter for letter (Ліда the town, not a woman)?"""
    return _registered_spelling(word, match.entity)


def _registered_spelling(word: str, entity: Entity) -> bool:
    """Is the word one of the entity's registered names, letter for letter (`_spelled_as_registered`)?"""
    low = word.lower()
    return any(low == name.lower() for name in entity.names)


def _a_registered_word(word: str, match: Match) -> bool:
    """Is the word, letter for letter, a word of one of the entity's registered names?"""
    return word.lower() in _registered_words(match.entity.names)


@functools.lru_cache(maxsize=1 << 12)
def _registered_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of an entity's registered names, in lower case (an abbreviation's dots as spaces)."""
    return frozenset(part for name in names for part in name.lower().replace(".", " ").split())


#: how common a word may be in its line's language (`_frequency_in_line`) and still, in capitals, be a registered
#: acronym rather than the word stressed (Latvian maz 5.2, Hungarian baj 5.5: MAZ, BAJ; French ont 6.3: ONT is the word)
_ACRONYM_OVER_WORD_ZIPF = 6.0
#: the vowel letters (and a Łacinka j with the vowel after it) a registered word's case forms replace: Іўе, Іўя, Іўі;
#: Iŭje, Iŭja, Iŭi
_STEM_ENDING = regex.compile(r"(?:j?[aeiouyąęėįųūāēī]|[аеёіоуыэюяиєї])$")
#: how many letters a case ending of a short word adds to its stem
_SHORT_ENDING = 2


def _spelled_like_registered(word: str, match: Match) -> bool:
    """Does the word begin with the first letters (`_STEM_LETTERS` + 1) of a registered word of the entity, accents
    aside, as a case form in any language does (Lithuanian Gardine: Gardinas), not only share its folded key
    (Croatian Gradnju, building: Гродна)?"""
    stem = _unaccented(word.lower())[: _STEM_LETTERS + 1]
    return any(_unaccented(part).startswith(stem) for part in _registered_words(match.entity.names))


def _a_registered_words_case_form(word: str, match: Match) -> bool:
    """Is the word written as a registered word of the entity with only its ending changed (Iŭja and Iŭi of Iŭje,
    Міра of Мір), so that its letters, not only its folded key, name the entity?"""
    low = word.lower()
    for part in _registered_words(match.entity.names):
        stem = _STEM_ENDING.sub("", part)
        if len(stem) >= 2 and low.startswith(stem) and 0 < len(low) - len(stem) <= _SHORT_ENDING:
            return True
    return False


#: the words right before a token with only spaces between them and it (no punctuation: At the festival, Tsikhanouskaya)
_SPACED_WORDS_BEFORE = regex.compile(r"(?:(?:[^\W\d_]|\p{M})+ +){1,2}$")


def _festival(ctx: _Context, i: int) -> str | None:
    """Why the single word at token ``i`` is a feast's name, not the person named after the feast: the feast's own
    name (`is_festival`: Купалле, Kupalje), or a word for a night or feast around it (`names_a_feast`: la notte di
    Kupala, Kupalos naktis); or None."""
    token = ctx.tokens[i]
    if is_festival(token.text):
        return f"{token.text} is the name of a festival, not the person named after it"
    phrase = _SPACED_WORDS_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
    before = phrase.group().split() if phrase is not None else []
    after = _words_around(ctx, i, i + 1)[1]
    if names_a_feast(token.text, before, after):
        return f"{token.text} names a feast by the words around it ({' '.join(before)} … {after}), not the person named after it"
    return None


def _in_an_english_title(ctx: _Context, i: int) -> str | None:
    """Why the single word at token ``i`` is a word of an English title (`_english_title_before`), or None."""
    title = _english_title_before(ctx, ctx.tokens[i])
    return None if title is None else f"a common English word in the title {title} {ctx.tokens[i].text} (World of Tanks), no name"


def _english_title_before(ctx: _Context, token: Token) -> str | None:
    """The English words "X of" right before a single word that is a common English word too, X capitalized inside
    a sentence (no sentence's first word: Members of Young Front), a common English word and no given name: a title
    of a game, book or film (World of Tanks, in any language's text), whose words are no names (a Belarusian name
    after "of" is no common English word: the Siege of Brest). None otherwise."""
    before = _TITLE_OF_BEFORE.search(ctx.view, max(0, token.start - _LOOK_BACK), token.start)
    if before is None or zipf(token.text, _ENGLISH) < _TITLE_WORD_ZIPF:
        return None
    head = before.group(1)
    opening = _sentence_start(ctx.view, Token(head, before.start(1), before.end(1), "word"))
    if opening or _capitals_line(ctx, token):
        return None
    if zipf(head, _ENGLISH) < _TITLE_WORD_ZIPF or given_names().classes(head):
        return None
    return before.group()[:-1]


#: a capitalized word and "of" right before a token (World of | Tanks)
_TITLE_OF_BEFORE = regex.compile(r"(?r)(\p{Lu}\p{Ll}+) of $")
_ENGLISH = "en"
#: how frequent in English both words of such a title must be (`_english_title_before`)
_TITLE_WORD_ZIPF = 3.0


def _begins_as_registered(word: str, match: Match) -> bool:
    """Does the word begin with a registered word of the entity less its last letter (Neries, the genitive of Neris),
    so that an ending, not a typo, may be what keeps its key from the name's?"""
    low = word.casefold()
    return any(len(part) > _SHORT_STEM and low.startswith(part.casefold()[:-1]) for part in _registered_words(match.entity.names))


#: the shortest registered word whose beginning `_begins_as_registered` reads
_SHORT_STEM = 3


def _has_acronym(name: str) -> bool:
    """Does a registered name hold an acronym (БелАЭС, KGB): two capitals or more in one word?"""
    return any(sum(c.isupper() for c in part) >= 2 for part in name.split())


#: how the reason `_common_word` gives begins
_COMMON_WORD_REASON = "a common word of the text's language"


def _common_word(ctx: _Context, i: int, kind: str, named: bool = False, gender: str | None = None) -> str | None:
    """Is the word a common word of the text's language in a place where capitals say nothing: a sentence's
    first word (Most, Весна, Вясна, Мір), any noun of a language that capitalizes nouns (Montag), or a word as
    frequent as a function word (Ce, Toje)? A text too short to tell its language is read in the language where
    the word is most frequent. A word quoted alone («Вясна») is a name; a quotation's first word opens a sentence.
    In Belarusian a lone surname is kept unless the word is that frequent: its word list has no frequencies, and
    many Belarusian surnames are words. So is a word whose entity the text has ``named`` in full elsewhere
    (Кондрат Крапива … Крапива жил), unless that frequent."""
    token = ctx.tokens[i]
    quoted = ctx.view[max(0, token.start - 1) : token.start] in _QUOTES
    if quoted and ctx.view[token.end : token.end + 1] in _CLOSING_QUOTES:
        return None
    if kind == "place" and _dateline(ctx.view, token):
        return None
    frequency, language = _frequency_in_line(ctx, token)
    if not frequency:
        return None
    very_common = frequency >= VERY_COMMON_ZIPF
    if named and not very_common:
        return None
    # a quotation's first word opens a sentence („Mir ist wichtig …“); a word quoted alone is a name («Вясна»)
    opens = quoted or _sentence_start(ctx.view, token) or _capitals_line(ctx, token) or is_tag(ctx.view, token.start)
    if kind == "person" and language in WITHOUT_FREQUENCIES and not very_common:
        # many Belarusian surnames are words, and the word list has no frequencies: only a sentence's first word
        # is read as the word, unless a verb of the person's gender follows it (Колас напісаў, not Крапіва зарасла)
        if not opens or (gender is not None and _verb_after(ctx, i) == gender):
            return None
    if very_common or language in CAPITALIZED_NOUNS or opens:
        return f"{_COMMON_WORD_REASON} ({language}, Zipf {frequency:.1f}) where capitals tell nothing"
    return None


def _names_a_country(ctx: _Context, token: Token, word: str) -> bool:
    """Is the word another country's name, with a Turkish suffix cut (Kosova'da), or in Łacinka read back into
    Cyrillic in a Belarusian line (Rasii: Расіі)?"""
    if is_foreign_country(_SUFFIX_AFTER_APOSTROPHE.sub("", word), adjectives=False):
        return True
    return _lacinka_country(_line_language(ctx, token), word, adjectives=False)


#: the scheme a Belarusian text in Latin letters is read back to Cyrillic by
_LACINKA = "lacinka"


def _lacinka_in_cyrillic(language: str | None, word: str) -> str | None:
    """A Latin word of a Belarusian line or text (``language``) read as Łacinka back into Cyrillic (Rasii: Расіі), or
    None for any other word."""
    if language != _BELARUSIAN or LATIN.search(word) is None:
        return None
    return to_cyrillic(word, _LACINKA)


def _lacinka_country(language: str | None, word: str, *, adjectives: bool) -> bool:
    """Is a Latin word of a Belarusian line or text (``language``) another country's name (or, with ``adjectives``,
    its adjective) in Łacinka, read back into Cyrillic (Rasii: Расіі; Nacyjanalny bank Polščy: Польшчы)?"""
    cyrillic = _lacinka_in_cyrillic(language, word)
    return cyrillic is not None and is_foreign_country(cyrillic, adjectives=adjectives)


def _zipf_in(word: str, language: str) -> float:
    """How frequent the word is in the language (`zipf`); a Latin word of a Belarusian line is Łacinka, read back
    into Cyrillic first."""
    return zipf(_lacinka_in_cyrillic(language, word) or word, language)


def _gender(entity: Entity) -> str | None:
    """A person's gender as the given name of their first registered name tells it, or None."""
    words = entity.names[0].split() if entity.kind == "person" and entity.names else []
    genders = given_names().genders(given_names().classes(words[0], inflected=False)) if len(words) > 1 else frozenset()
    return next(iter(genders)) if len(genders) == 1 else None


def _verb_after(ctx: _Context, i: int) -> str | None:
    """The gender a past-tense verb right after token ``i`` agrees with (`past_tense_gender`), or None."""
    end = ctx.tokens[i].end
    verb = _WORD.match(ctx.view, end + 1) if ctx.view[end : end + 1] == " " else None  # (lower-case words are no tokens)
    return None if verb is None else past_tense_gender(verb.group())


def _word_sharing_a_key(ctx: _Context, i: int, match: Match) -> str | None:
    """Is the word, anywhere in the sentence, a common word of its line's language that shares only its key with
    a place's name, spelled otherwise than any registered spelling and in no case form (Italian Palazzo, which folds
    to Polesia's key)? Then it is that word. (Bodies are named by common words: Polish Wiosna is Вясна.)"""
    token = ctx.tokens[i]
    if match.score < EXACT or _by_case_form(match):
        return None
    if _spelled_as_registered(token.text, match) or (language := _line_language(ctx, token)) is None:
        return None
    frequency = zipf(token.text, language)
    if frequency < KEY_ONLY_COMMON_ZIPF:
        return None
    # an adjective of the place needs a noun after it (Ukrainian мінська область; з Мінська: the town), and a Polish
    # one is capitalized only at a sentence's start (Mińska opozycja; z Mińska: the town)
    latin_start = LATIN.search(token.text) is not None and _sentence_start(ctx.view, token)
    if _sk_genitive(token.text, match, ctx.language) and not _qualifies_next(ctx, i) and not latin_start:
        return None
    return f"a common word of the text's language ({language}, Zipf {frequency:.1f}) that only shares the name's key"


def _sk_genitive(word: str, match: Match, language: str | None) -> bool:
    """Is the word the genitive in -а of a town whose name ends in -ск or -цк (Ukrainian Мінська, Пінська, Єльська;
    Polish Mińska, z Pińska), which is spelled like the town's feminine adjective, its Russian instrumental in -ом
    (под Минском, like the adjective's locative), or in another ending of the text's language (Estonian Minski, like
    a Polish adjective)?"""
    low = word.lower()
    ending = next((e for e in ("а", "a", "ом", *_SK_GENITIVES.get(language or "", ())) if low.endswith(e)), None)
    if ending is None:
        return False
    stem = low[: -len(ending)]
    names = [name for name in match.entity.names if name.lower().endswith(_SK_ENDINGS)]
    # (or a stem in -ськ the text's reading links to a name in -ск: Ukrainian Світлогорська, Світлогорськ of Светлогорск)
    return any(stem == name.lower() or keys(stem) == keys(name) for name in names) or bool(names and stem.endswith(_SK_ENDINGS))


#: one-letter case endings other than -а that a language puts on a town in -ск, like an adjective's (Estonian
#: genitive Minski, Pinski; Lithuanian accusative į Minską, like the Polish adjective's)
_SK_GENITIVES = {"et": ("i",), "lt": ("ą",)}


def _qualifies_next(ctx: _Context, i: int) -> bool:
    """Is the word right after token ``i`` a lower-case unit word or word of a body's name, as spelled, that an
    adjective before it would qualify (Мінська область, Вітебська міська рада; not він, whose key meets a body's
    word: До Мінська він повернувся)?"""
    end = ctx.tokens[i].end
    after = _WORD.match(ctx.view, end + 1) if ctx.view[end : end + 1] == " " else None
    if after is None or not after.group()[:1].islower():
        return False
    return is_unit_word(after.group()) or bool(name_words().spelled(after.group()))


def _own_ending(word: str, match: Match) -> bool:
    """Is the word's ending one the matched name has too: no vowel last, or the name's own last two letters
    (Petriški of Piatryški; not the Łacinka adjective Minskaje, whose key meets Minsko), or, for a name in another
    script, a vowel where it ends in one?"""
    low, name = word.lower(), match.matched_name.lower()
    if low[-1:] not in _VOWEL_LETTERS:
        return True
    # (a name in the same script ends as the word does; one in another script only ends in a vowel too: Пятрышкі)
    return name.endswith(low[-2:]) if LATIN.search(name) else name[-1:] in _VOWEL_LETTERS


def _by_case_form(match: Match) -> bool:
    """Did a case form of the name (not its nominative) link the word?"""
    return any(f": {CASE_FORM_RULE}" in line for line in match.explanation)


def _case_form_of_other_languages(match: Match, language: str | None) -> Paradigm | None:
    """The paradigm of the case form that linked the word, if every case form in the link is of a paradigm that
    ``language`` does not write (`_written_in`: the Czech Tanks of World of Tanks is no genitive of Танк)."""
    if language is None:
        return None
    rules = [line.split(f": {CASE_FORM_RULE}: ", 1)[1] for line in match.explanation if f": {CASE_FORM_RULE}: " in line]
    found = [_paradigms_by_name().get(rule.split(" [", 1)[0]) for rule in rules]
    if not found or any(p is None or _written_in(p, language) for p in found):
        return None
    return found[0]


def _own_ending_of(ctx: _Context, word: str, language: str | None, match: Match) -> bool:
    """Is the word the matched entity's name with an ending ``language`` glues to foreign names (Latvian pie Hoiņiku:
    near Khoiniki), which the case form that linked it, another language's (the Czech Chojniků), only resembles?"""
    stems = foreign_stems(word, language) if language is not None else ()
    return any((found := ctx.engine.match(stem)) is not None and found.entity.id == match.entity.id for stem, _ in stems)


def _written_in(paradigm: Paradigm, language: str) -> bool:
    """Does text of ``language`` write the case forms of the paradigm: of its languages, or, for one that names none,
    any language that does not decline foreign names only by its own endings (`writes_own_endings_only`)?"""
    if paradigm.languages is None:
        return not writes_own_endings_only(language)
    return language in paradigm.languages


@functools.cache
def _paradigms_by_name() -> dict[str, Paradigm]:
    """The case-form paradigms by the name an explanation gives them."""
    return {p.name: p for p in paradigms()}


def _dateline(view: str, token: Token) -> bool:
    """Does the token open a line as a dateline does, naming the place a report comes from: followed by a comma and
    a date (БЯРОЗА, 14 сакавіка; Бяроза, 14 сакавіка), or, in capitals, by an agency in brackets or a dash
    (VETKA (Reuters); PINSK — )? A common word in capitals at a line start is then a place."""
    if view[view.rfind("\n", 0, token.start) + 1 : token.start].strip():
        return False
    after = view[token.end : token.end + _DATELINE_AFTER]
    return bool(_DATE_AFTER.match(after) or (token.text.isupper() and _AGENCY_OR_DASH_AFTER.match(after)))


def _capitals_line(ctx: _Context, token: Token) -> bool:
    """Is the token's line written wholly in capitals (a headline: ПАДЗЕІ ТЫДНЯ: ВЯСНА ПРЫЙШЛА), or in title case,
    every longer word capitalized, a common word among them (How to Begin Investing When Prices Keep Rising),
    where a capital tells nothing of any word?"""
    start = ctx.view.rfind("\n", 0, token.start) + 1
    end = ctx.view.find("\n", token.end)
    end = len(ctx.view) if end < 0 else end
    if end - start > _HEADLINE_CHARS:
        return False  # a paragraph, not a headline
    line = ctx.view[start:end]
    if line.isupper() and len(line.split()) > 1:
        return True
    words = [w for w in _WORD.findall(line) if len(w) > _TITLE_CASE_SHORT]
    if len(words) < _TITLE_CASE_WORDS or not all(w[0].isupper() for w in words):
        return False
    # a sentence whose every longer word is a name (Spotkanie w Mińsku, w Rosji i na Litwie) is no title: title
    # case capitalizes a common word after the first
    language = _line_language(ctx, token)
    return language is None or any(zipf(w, language) for w in words[1:] if w != token.text)


#: the languages whose texts write the Belarusian prothetic в (Belarusian, in Cyrillic or Łacinka: Ворша, Voršy), and
#: an unknown language
_WRITES_PROTHESIS = frozenset({"be", None})


def _by_prothesis(match: Match) -> bool:
    """Was the word read as the name only with a prothetic в before it (Ворша: Орша)?"""
    return any(PROTHETIC_RULE in line for line in match.explanation)


def _line_language(ctx: _Context, token: Token) -> str | None:
    """The language of the token's line (a headline, a quoted passage, a table cell), else of the whole text."""
    return _language_at(ctx.view, token.start, ctx.line_languages, ctx.language)


def _language_at(view: str, offset: int, line_languages: dict[int, str | None], language: str | None) -> str | None:
    """The language of the line around ``offset`` (``line_languages``, by the offsets where lines begin), else the
    text's ``language``."""
    return line_languages.get(view.rfind("\n", 0, offset) + 1) or language


#: words glued with a capital each and no acronym among them (CyberPartisans, PolitInfo)
_CAMEL_CASE = regex.compile(r"(?:\p{Lu}\p{Ll}{2,})+")


def _acronym_misspelled(word: str, match: Match) -> bool:
    """Is the entity named by an acronym (БелТА, ГУБОПиК, МАЗ) that the word, with fewer capitals, does not spell
    letter for letter (Belta does; Baltu, reached through a vowel that keys fold, does not)? An acronym in capitals
    alone may be spelled in another script (Maz, Omon for МАЗ, ОМОН; not Toots for CEC)."""
    name = match.matched_name
    if " " in name or sum(c.isupper() for c in name) < 2 or sum(c.isupper() for c in word) >= 2:
        return False
    if _CAMEL_CASE.fullmatch(name):
        return False  # words joined, each with its capital (CyberPartisans), are no acronym: Ciberpartisans spells them
    fold = _romanized if name.isupper() else str.casefold
    spelled = fold(word)
    return not any(spelled.startswith(fold(n)) for n in match.entity.names if " " not in n)


#: how alike, letter for letter (0-100), a lone word must be to a body's one-word Latin name that only a reading's key
#: matched: a romanization varies in a letter or two (Belshyna, Belšina), not in most (Bolhovi is no Belgee)
_LATIN_NAME_LIKENESS = 60
#: how many letters past a name's length a case ending may add to the word compared with it
_CASE_ENDING = 2


def _one_word_name_misspelled(word: str, match: Match) -> bool:
    """Is the body's name that the word matched one Latin word (Belgee) that the word spells unlike it (the Russian
    town Bolhov's Estonian genitive Bolhovi), so that only the keys of some reading meet, not a translation?
    The word is compared as far as the name is long and `_CASE_ENDING` letters more: a case ending it adds
    (Belgeega) makes it no less alike."""
    name = match.matched_name
    if " " in name or not LATIN.search(name) or any(TRANSLATED_RULE in line for line in match.explanation):
        return False
    # a Cyrillic word is compared with the body's Cyrillic names of one word (the Russian town Белёв's locative
    # Белёве is no Белавія, whose Latin name Belavia its key meets)
    names = [n for n in match.entity.names if " " not in n and CYRILLIC.search(n)] if CYRILLIC.search(word) else []
    if not (LATIN.search(word) or names):
        return False
    return all(
        fuzz.ratio(_romanized(word)[: len(other) + _CASE_ENDING], _romanized(other)) < _LATIN_NAME_LIKENESS
        for other in names or [name]
    )


def _romanized(word: str) -> str:
    """The word in plain Latin letters, casefolded (ОМОН: omon), to compare spellings across scripts."""
    return unidecode(word).casefold()


def _frequency_in_line(ctx: _Context, token: Token) -> tuple[float, str]:
    """The Zipf frequency of the token's word in its line's language, or in the language where it is most frequent
    when the line's is unknown, with that language."""
    language = _line_language(ctx, token)
    return most_common_in(token.text) if language is None else (_zipf_in(token.text, language), language)


def _registered_acronym(word: str, match: Match, *, same_script: bool = False) -> bool:
    """Is the word in capitals one of the entity's registered acronyms, letter for letter (accents aside; MTS is no
    MTZ)? Across scripts by key, only for three letters or more (KGB for КГБ, BAŻ for БАЖ), and not at all with
    ``same_script``, and letter for letter in their readings (`_letters_agree`: BBC is not БКК); AP is not АП, PEN is
    not the surname Пэн, which is no acronym, and AZ is not OAC, though their keys meet."""
    word_keys = set(keys(word))
    latin = bool(LATIN.search(word))
    letters = _unaccented(word).translate(_ACRONYM_LETTERS)
    for name in match.entity.names:
        for part in name.replace(".", " ").split():
            if len(part) != len(word) or not part.isupper():
                continue
            if bool(LATIN.search(part)) == latin:
                # in one script, letter for letter (accents and the Cyrillic languages' own letters aside: БДЕУ is
                # БДЭУ): MTS is no MTZ, though their keys meet
                if _unaccented(part).translate(_ACRONYM_LETTERS) == letters:
                    return True
            elif len(word) >= 3 and not same_script and word_keys.intersection(keys(part)) and _letters_agree(word, part):
                # (three letters must agree one by one; a longer acronym's keys are evidence enough: BSRR, БССР)
                return True
    return False


def _letters_agree(word: str, part: str) -> bool:
    """Does each letter of a three-letter acronym ``word`` read as the letter of ``part`` in the other script at its
    place (KGB, КГБ; BAŻ, БАЖ), not only the whole keys meet through a fold (BBC is no БКК)? A longer acronym's keys
    are evidence enough (the Polish BSRR for БССР, its words in another order)."""
    return len(word) > _SHORT_ACRONYM or all(set(keys(a)) & set(keys(b)) for a, b in zip(word, part))


#: the longest acronym `_letters_agree` reads letter by letter: the short ones are the world's media and agencies
#: (BBC, AFP) as often as Belarusian bodies
_SHORT_ACRONYM = 3


#: the letters in which the Cyrillic languages write one acronym's letter differently (БДЭУ, БДЕУ; БГУ, БДУ aside)
_ACRONYM_LETTERS = str.maketrans("эєіїўёы", "ееиивеи")


def _in_address(view: str, token: Token) -> bool:
    """Is the word part of a domain, URL or e-mail address (Hrodna.life, belsat.eu/hrodna)? An initial glued to
    a name by its dot (Ju.Zacharanki, Zh.Bialou) is none, nor an abbreviation (г.Пінск)."""
    after = view[token.end : token.end + 2]
    before = view[token.start - 1 : token.start] if token.start else ""
    if before == "." and (glued := _INITIAL_BEFORE.search(view, max(0, token.start - 6), token.start)):
        if glued.group(1)[0].isupper() or is_noise(glued.group(1)):
            return False  # an initial or an abbreviation (г.Пінск) glued by its dot
    return (len(after) == 2 and after[0] == "." and after[1].isalpha()) or before in ("@", "/", ".")


def _given_name_before(ctx: _Context, i: int) -> str | None:
    """The given name, as a table writes it (Diana, Анна), right before token ``i`` on its line and in no name
    found so far, or None. Not one after a capitalized word, which ends a name in the family-name-first order
    (Orbán Viktor Minszkben), unless a word that says whence puts that word before it (iz Craiove Ana Horvat: the
    town a person comes from)."""
    if i == 0 or not ctx.joined[i - 1] or _in_chosen(ctx, i - 1):
        return None
    if (
        i > 1
        and ctx.joined[i - 2]
        and (family := ctx.tokens[i - 2]).kind == "word"
        and family.text[:1].isupper()
        and not _whence_before_person(ctx, i - 2)
    ):
        language = _line_language(ctx, family)  # not a noun of a language that capitalizes them (die Sängerin,
        # a rare one too: Ortsbrandmeisterin), nor a word of one that writes the given name first (Platschefen), nor
        # a sentence's first word where only Hungarian puts the family name first (Lékařka Věra Horká: a doctor)
        opens = language is not None and language not in FAMILY_NAME_FIRST and _sentence_start(ctx.view, family)
        if not (language is not None and (zipf(family.text, language) or language in GIVEN_NAME_FIRST or opens)):
            return None
    before = ctx.tokens[i - 1]
    if before.kind != "word" or ctx.view[before.end : ctx.tokens[i].start] != " " or not before.text[:1].isupper():
        return None
    given = given_names().classes(before.text, inflected=False)
    if not given or not _a_given_name_form(before.text, given) or is_noise(before.text):
        return None
    if _sentence_start(ctx.view, before) and (language := _line_language(ctx, before)) is not None:
        if zipf(before.text, language) >= _FREQUENT_OPENER_ZIPF:
            return None
    return before.text


def _foreign_given_name(ctx: _Context, k: int) -> bool:
    """Is token ``k`` a given name that pass one could not join to the next word (so not that person's)?"""
    token = ctx.tokens[k]
    if _in_chosen(ctx, k) or token.kind != "word" or is_noise(token.text) or token.text[:1].islower():
        return False  # (a lower-case word the text keeps is no given name: Estonian lubas, promised, is no Luba)
    # a case form (Аксаны) counts too, except at a sentence start, where a capitalized word is often another
    # word whose key only resembles a given name's form, or a frequent word of the text (Once); a rarer one that
    # is a given name as written stays one (Галіна Лукашэнка: галіна, a branch, is no frequent word)
    start = _sentence_start(ctx.view, token)
    if start and (language := _line_language(ctx, token)) and zipf(token.text, language) >= _FREQUENT_OPENER_ZIPF:
        return False
    return bool(given_names().classes(token.text, inflected=not start)) or _unknown_given_name(ctx, token)


def _cases_disagree(ctx: _Context, k: int, match: Match) -> bool:
    """Is the word at token ``k`` a man's given name in its nominative, and no other name's case form, before a
    surname that only a case form of it links (Раман Бахарэвіча: a novel of Bakharevich's)? A given name and a
    surname of one person share their case, so the word before is no given name of the surname's. (A woman's
    surname is often spelled as a man's genitive, Наталля Машэрава; Jana, Janie are case forms of Jan too.)"""
    if not _by_case_form(match):
        return False
    names, word = given_names(), ctx.tokens[k].text
    nominative = names.classes(word, inflected=False)
    return bool(nominative) and names.classes(word) == nominative and names.genders(nominative) == {"m"}


def _unknown_given_name(ctx: _Context, token: Token) -> bool:
    """Is the word shaped like a given name that no table knows (Radosław, Kaja): capitalized, not an acronym, no
    common word of the text's language nor a frequent one of any (the word lists leave names out), no title, unit or
    organisation word?"""
    word = token.text
    if not (len(word) >= MIN_GIVEN_LENGTH and word[0].isupper() and word[1:].islower()):
        return False
    if is_noise(word) or is_unit_word(word) or name_words().classes(word, inflected=False):
        return False
    if frequent_anywhere(word) or _names_abroad(ctx, word) or _border_town_abroad(ctx, word):
        return False  # (nor a town abroad in a case form: Bjaljacki Vilniusban, in Vilnius)
    language = _line_language(ctx, token)
    return not (_zipf_in(word, language) if language is not None else most_common_in(word)[0])


def _town_before_unit(ctx: _Context, i: int, match: Match) -> bool:
    """Is token ``i`` a town's name, in a language that names a district by the town's name and a unit word
    (`NAME_AND_UNIT`), followed by a conjunction or a comma?"""
    if match.entity.kind != "place" or settlement_rank(str(match.entity.attributes.get("note", ""))) is None:
        return False
    if i + 1 >= len(ctx.tokens) or _line_language(ctx, ctx.tokens[i]) not in NAME_AND_UNIT:
        return False
    gap = ctx.view[ctx.tokens[i].end : ctx.tokens[i + 1].start].strip()
    following = ctx.tokens[i + 1].text  # (a conjunction kept as a token of a possible name: Gomel and | Brest regions)
    return gap == "," or is_conjunction(gap) or (not gap and following.islower() and is_conjunction(following))


def _shared_unit(ctx: _Context, i: int, noun: bool = False) -> tuple[int, Match] | None:
    """An adjective coordinated with the next name that ends in a unit word, or with an adjective that shares
    one, shares that unit (Брестском и Кобринском районах; Пінскім, Кобрынскім і Брэсцкім раёнах): the unit
    word's token and the match of the adjective with it, or None. So does a town's name (``noun``) before another
    town's name and a unit word where a language names districts so (Polotskin ja Glubokojen piirit)."""
    j = i + 1  # the next name, past a conjunction kept as a word of a possible name (Брестском и Кобринском)
    while j < len(ctx.tokens) and ctx.tokens[j].text[0].islower() and is_function_word(ctx.tokens[j].text):
        j += 1
    nxt = ctx.chosen.get(j)
    if nxt is None:
        return None
    unit = ctx.units.get(j, nxt[0] - 1)
    if not is_unit_word(ctx.tokens[unit].text):
        return None
    if noun and nxt[0] - j != 2 and j not in ctx.units:
        return None  # the other conjunct is a town's name and the unit word, or one that shares it (the Khoiniki,
        # Brahin and Narowlya districts)
    plural = _PLURAL_ENDINGS.get(_line_language(ctx, ctx.tokens[i]) or "")
    if noun and plural is not None and not ctx.tokens[unit].text.endswith(plural):
        return None  # (Minsk and Brest region: the city, then a region; the Gomel and Brest regions: two regions)
    gap = ctx.view[ctx.tokens[i].end : ctx.tokens[j].start].strip(" ,").lower()
    if gap and not is_function_word(gap) and not (noun and is_conjunction(gap)):
        return None
    match = _two_words_as_one(ctx, i, unit)
    return None if match is None else (unit, match)


def _two_words_as_one(ctx: _Context, first: int, second: int) -> Match | None:
    """The match of the words at tokens ``first`` and ``second``, in that order, read as one name though words stand
    between them: a name and the unit word it shares with the names of its list (Кобрынскім … раёнах, districts …
    Brahin)."""
    surface = f"{ctx.tokens[first].text} {ctx.tokens[second].text}"
    return ctx.engine.decide(surface, ctx.engine.rank([ctx.prepared[first], ctx.prepared[second]], lenient=False))[0]


def _places_listed_after_a_unit(ctx: _Context) -> None:
    """A plural unit word before places' names names each place of the list (the districts of Khoiniki, Brahin and
    Narowlia; raioanele Hoiniki, Bragin și Narovlia): the towns listed after the first district or region, joined
    to it by commas or a conjunction, are districts or regions too; so are all of a list that a whole phrase of
    "such as" sets after the unit word (Kreisen wie Wetka und Tschetschersk)."""
    chosen, tokens = ctx.chosen, ctx.tokens
    taken = covered_tokens(chosen)
    for start, token in enumerate(tokens):
        if start in taken or not is_plural_unit_before_name(token.text):
            continue
        k = start + 1
        if not _one_word_place(ctx, k):
            continue
        between = ctx.view[token.end : tokens[k].start]  # (words alone: no comma, districts, as Vetka said)
        if between.strip() != between.strip().lower() or not is_such_as(between):
            continue
        unit = _two_words_as_one(ctx, start, k)
        if unit is not None and unit.entity.id.startswith(tuple(UNIT_LEVELS)):
            chosen[k] = (k + 1, unit, (f"context: listed after the unit word {token.text}",))
            _list_after_unit(ctx, start, k + 1)
    for start in sorted(chosen):
        stop, first, _ = chosen[start]
        if is_plural_unit_before_name(tokens[start].text) and first.entity.id.startswith(tuple(UNIT_LEVELS)):
            _list_after_unit(ctx, start, stop)


def _list_after_unit(ctx: _Context, start: int, stop: int) -> None:
    """Make districts or regions of the places listed from token ``stop`` on after the plural unit word at token
    ``start``, joined to the item before them by commas or a conjunction."""
    chosen, tokens = ctx.chosen, ctx.tokens
    language = _line_language(ctx, tokens[start])
    end, k = tokens[stop - 1].end, stop
    # the words that join the unit word to the first place, which a list may repeat before each (les régions de
    # Grodno et de Brest)
    first = next((p for p in range(start + 1, stop) if tokens[p].text[:1].isupper()), stop - 1)
    repeated = tuple(ctx.view[tokens[start].end : tokens[first].start].lower().split())
    while True:
        while k < len(tokens) and tokens[k].text[:1].islower() and (
            is_conjunction(tokens[k].text, language) or tokens[k].text.lower() in repeated
        ):
            k += 1  # (a conjunction kept as a token of a possible name: Brahin and | Narowlia)
        if not _one_word_place(ctx, k):
            break
        joined = _list_join(ctx.view[end : tokens[k].start], language, repeated)
        if joined is None:
            break
        unit = _two_words_as_one(ctx, start, k)
        if unit is None or not unit.entity.id.startswith(tuple(UNIT_LEVELS)):
            break
        chosen[k] = (k + 1, unit, (f"context: listed after the unit word {tokens[start].text}",))
        if joined == _LAST_ITEM:
            break  # a conjunction brings in the list's last item (… and Stolin, Minsk reported: no district)
        end, k = tokens[k].end, k + 1


def _one_word_place(ctx: _Context, k: int) -> bool:
    """Is a place of one word chosen at token ``k``, an item a unit word's list may make a district or region?"""
    found = ctx.chosen.get(k)
    return found is not None and found[0] == k + 1 and found[1].entity.kind == "place"


#: what `_list_join` says of the text before a list's last item, which a conjunction brings in
_LAST_ITEM = "last"
#: what `_list_join` says of a comma alone between two items of a list
_NEXT_ITEM = "next"


def _list_join(gap: str, language: str | None, repeated: tuple[str, ...] = ()) -> str | None:
    """How the text between two names joins them in a list: by a comma alone (`_NEXT_ITEM`), by a conjunction with
    or without a comma (`_LAST_ITEM`), either also with the ``repeated`` words that joined the list's head to its
    first item (de Minsk, de Brest et de Grodno), or not at all (None)."""
    words = gap.lower().replace(",", " ").split()
    comma = gap.strip().startswith(",")
    if repeated and tuple(words) == repeated and comma:
        return _NEXT_ITEM  # (de Minsk, de Brest …)
    if repeated and tuple(words[1:]) == repeated:
        words = words[:1]
    if not words:
        return _NEXT_ITEM if gap.strip() == "," else None
    return _LAST_ITEM if len(words) == 1 and is_conjunction(words[0], language) else None


def iter_find(engine: Engine, text: str, *, chunk_size: int = _CHUNK, unknown: bool = False) -> Iterator[Mention]:
    """`find` over a long text, lazily: the text is cut at line ends near every ``chunk_size`` characters.

    Gives the mentions `find` gives: the words the whole text writes in lower case, and whether any names Belarus,
    are collected first.
    """
    lowercase: set[str] = set()
    view = _view(text).text
    tokenize(view, lowercase=lowercase)
    frozen = frozenset(lowercase)
    belarusian = _names_belarusians(_WORD.findall(view))
    mentioned: frozenset[int] = frozenset()
    pos = 0
    while pos < len(text):
        cut = len(text) if len(text) - pos <= chunk_size else text.rfind("\n", pos, pos + chunk_size) + 1
        if cut <= pos:
            cut = min(len(text), pos + chunk_size)
            while cut < len(text) and is_word_char(text[cut - 1]) and is_word_char(text[cut]):
                cut += 1
        found = list(_find(engine, text[pos:cut], pos, mentioned, frozen, unknown=unknown, belarusian=belarusian))
        mentioned = mentioned | {engine.position(m.entity.id) for m in found if m.entity is not None}
        yield from found
        pos = cut
