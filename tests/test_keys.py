"""Invariants of comparison keys (`belnorm.keys`): spellings of one name share a key, cognates share a key,
`similarity` behaves like a similarity, and `keys()` never raises and is deterministic on any input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belnorm.data import data_path
from belnorm.keys import (
    drops_a_syllable,
    key,
    keys,
    may_reach,
    o_keys,
    o_without_spelling,
    readings,
    similarity,
    skeleton,
    stem_keys,
)
from belnorm.morphology import inflected_forms, paradigms, without_prothesis
from belnorm.tables import parse_table
from belnorm.translit import compile_rules, transliterate
from test_matching import known_failures


def _shared(a: str, b: str) -> set[str]:
    return set(keys(a)) & set(keys(b))


def key_case_keys() -> set[tuple[str, str]]:
    """The (query, expected) keys this module's cases use in known_failures.tsv."""
    pairs = [(w, "Лукашэнка") for w in LUKASHENKA] + [(a, b) for a, b, _ in COGNATES]
    pairs += [(w, "no prothesis") for w in NO_PROTHESIS]
    return {(f"keys:{a}", b) for a, b in pairs}


def _param(a: str, b: str, family: str):
    row = known_failures().get((f"keys:{a}", b))
    marks = [pytest.mark.xfail(strict=True, reason=f"known failure: {row['reason']}")] if row else []
    return pytest.param(a, b, id=f"{family}:{a}~{b}", marks=marks)


LUKASHENKA = [
    "Лукашэнка", "Лукашенко", "Łukašenka", "Lukašenka", "Lukasenka", "Lukashenka", "Lukashenko", "Łukaszenka",
    "Lukaszenka", "Lukaschenko", "LUKASHENKO", "лукашэнка", "Lukašènka", "Lukashėnka",
]


@pytest.mark.parametrize(("spelling", "nominative"), [_param(w, "Лукашэнка", "family") for w in LUKASHENKA])
def test_lukashenka_family_shares_a_key(spelling: str, nominative: str) -> None:
    assert key(nominative) in keys(spelling), (spelling, keys(spelling))


def test_docstring_claim() -> None:
    assert key("Лукашэнка") == key("Lukashenko") == key("Łukaszenka") == key("Lukaschenko")


COGNATES = [
    # (Belarusian, Russian or romanized form, what folds them together)
    ("Гродна", "Гродно", "akanne"),
    ("Магілёў", "Могилёв", "akanne"),
    ("Магілёў", "Mogilev", "akanne"),
    ("Сяргей", "Сергей", "yakanne"),
    ("Святлана", "Светлана", "yakanne"),
    ("Нясвіж", "Несвиж", "yakanne"),
    ("Дзмітрый", "Дмитрий", "dzekanne"),
    ("Радзіна", "Радина", "dzekanne"),
    ("Ціханоўская", "Тихановская", "tsekanne"),
    ("Ціханоўская", "Tsikhanouskaya", "tsekanne"),
    ("Віцебск", "Витебск", "tsekanne"),
    ("Барысаў", "Борисов", "u-v"),
    ("Барысаў", "Barysaw", "u-v"),
    ("Быкаў", "Быков", "u-v"),
    ("Воўк", "Волк", "u-l"),
    ("Наталля", "Наталья", "doubled"),
    ("Саннікаў", "Санников", "doubled"),
    ("Шчучын", "Щучин", "shch"),
    ("Шчучын", "Szczuczyn", "shch"),
    ("Лукашэнка", "Лукашенко", "enka"),
    ("Латушка", "Латушко", "enka"),
    ("Марыя", "Мария", "hard-r"),
    ("Шарамет", "Шеремет", "hard-sh"),
    ("Цапкала", "Цепкало", "akanne"),
    ("Скарына", "Скорина", "akanne"),
    ("Бяляцкі", "Беляцкий", "i-y"),
    ("Алексіевіч", "Алексиевич", "i-y"),
    ("Полацк", "Полоцк", "akanne"),
    ("Мазыр", "Мозырь", "soft-sign"),
    ("Пазьняк", "Позняк", "soft-sign"),
    ("Ворша", "Орша", "prothesis"),
    ("Мар’іна", "Марьина", "apostrophe"),
    ("Мар'іна", "Марʼіна", "apostrophe"),
    ("Мар`іна", "Мар’іна", "apostrophe"),
]


@pytest.mark.parametrize(("a", "b"), [_param(a, b, fam) for a, b, fam in COGNATES])
def test_cognates_share_a_key(a: str, b: str) -> None:
    bare = {without_prothesis(k) for k in keys(a)} - {None}
    assert _shared(a, b) or (bare & set(keys(b))), (keys(a), keys(b))


DIFFERENT = [
    ("Быкаў", "Быхаў"),  # a person and a town
    ("Лукашэнка", "Лукашэвіч"),
    ("Шарамет", "Шараметаў"),
    ("Ціханоўская", "Ціханоўскі"),
    ("Калеснікава", "Калеснікаў"),
    ("Мінск", "Пінск"),
    ("Brest", "Minsk"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a}~{b}" for a, b in DIFFERENT])
def test_different_names_do_not_share_a_key(a: str, b: str) -> None:
    assert not _shared(a, b)


def test_cyrillic_has_one_reading_latin_may_have_several() -> None:
    assert len(readings("Лукашэнка")) == 1
    assert readings("Лукашэнка")[0][0] == ("cyrillic",)
    chu = {conv for convs, _ in readings("Chodkiewicz") for conv in convs}
    assert len(keys("Chodkiewicz")) >= 1 and chu
    # "ch" is х in Łacinka, Polish and German and ч in English: both readings are kept
    assert len(set(keys("Charkevich"))) >= 2


def test_keys_are_ascii_and_nonempty_for_letters() -> None:
    for word in LUKASHENKA + [a for a, _, _ in COGNATES]:
        ks = keys(word)
        assert ks, word
        assert all(k and k.isascii() and k == k.lower() and " " not in k for k in ks), (word, ks)


def test_key_of_phrase() -> None:
    assert key("Аляксандр Лукашэнка").split() == [key("Аляксандр"), key("Лукашэнка")]
    assert key("") == "" and key("  ...  ") == ""


# --------------------------------------------------------------------------------------------- similarity


def test_similarity_properties() -> None:
    k = key("Лукашэнка")
    assert similarity(k, k) == 100.0
    assert similarity("", "") == 100.0
    assert similarity("", "abc") < similarity("ab", "abc") < similarity("abc", "abc")
    for a, b in [(k, key("Лукашэвіч")), ("bikau", "bixau"), ("minsk", "pinsk"), ("abc", "xyzuvw")]:
        assert similarity(a, b) == similarity(b, a)
        assert 0.0 <= similarity(a, b) < 100.0


def test_similarity_weighs_consonants_above_vowels() -> None:
    assert similarity("lukawanka", "lukawinka") > similarity("lukawanka", "lukabanka")
    assert similarity("lukawanka", "lukwaanka") > similarity("lukawanka", "lukawxnka")  # a swap is one edit


_KEY = st.text("abdgiklmnprstuvwxz", max_size=14)


@given(_KEY, _KEY, st.sampled_from([0.0, 50.0, 80.0, 85.0, 90.0, 92.5, 95.0, 100.0]))
def test_may_reach_never_rejects_a_pair_that_reaches_the_cutoff(a: str, b: str, cutoff: float) -> None:
    """The matcher skips `similarity` when `may_reach` says no: that must never lose a typo match."""
    if similarity(a, b) >= cutoff:
        assert may_reach(a, b, cutoff)


def test_may_reach_rejects_distant_keys_and_keeps_the_boundary() -> None:
    assert not may_reach("mikalaiavic", "piatrovic", 90.0)
    assert similarity("bakadamana", "bikidamana") == 90.0  # two vowel edits in ten letters: exactly the cutoff
    assert may_reach("bakadamana", "bikidamana", 90.0)
    assert similarity("lukawanka", "lukawanka") == 100.0 and may_reach("lukawanka", "lukawanka", 100.0)


def test_skeleton() -> None:
    assert skeleton("lukawanka") == "lkwnk"
    assert skeleton("aiu") == ""


# --------------------------------------------------------------------------------------------- case forms


@pytest.mark.parametrize(
    ("nominative", "form"),
    [
        ("Лукашэнка", "Лукашэнкі"),
        ("Лукашэнка", "Лукашэнку"),
        ("Лукашэнка", "Łukašenku"),
        ("Лукашэнка", "Łukaszenki"),
        ("Ціханоўская", "Ціханоўскай"),
        ("Ціханоўская", "Cichanouskiej"),
        ("Ціханоўскі", "Ціханоўскага"),
        ("Караткевіч", "Караткевіча"),
        ("Караткевіч", "Karatkiewicza"),
        ("Магілёў", "Магілёве"),
        ("Мінск", "Mińsku"),
        ("Гомель", "Гомеля"),
        ("Баранавічы", "Баранавічах"),
        ("Шылавец", "Шылаўца"),
    ],
)
def test_case_forms_in_paradigms(nominative: str, form: str) -> None:
    forms = {k for _, stem in stem_keys(nominative) for k, _ in inflected_forms(stem)}
    assert set(keys(form)) & forms, (keys(form), sorted(forms))


def test_nominative_not_among_its_case_forms() -> None:
    for word in ("Лукашэнка", "Мінск", "Ціханоўская"):
        for _, stem in stem_keys(word):
            assert all(k != key(word) for k, _ in inflected_forms(stem))


def test_paradigms_load() -> None:
    ps = paradigms()
    assert ps and all(p.forms and p.name for p in ps)


def test_prothesis() -> None:
    assert without_prothesis(key("Ворша")) == key("Орша")
    assert without_prothesis(key("Вуліца")) == key("Уліца")
    assert without_prothesis(key("Брэст")) is None


NO_PROTHESIS = ["Віцебск", "Вільня"]


@pytest.mark.parametrize(("word", "why"), [_param(w, "no prothesis", "prothesis") for w in NO_PROTHESIS])
def test_no_prothesis_before_i(word: str, why: str) -> None:
    """Belarusian prothetic в stands only before о/у (key a/u); в before і is part of the word."""
    assert without_prothesis(key(word)) is None, why


# --------------------------------------------------------------------------------------------- properties


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_keys_never_raise_and_are_deterministic(text: str) -> None:
    first = keys(text)
    assert isinstance(first, tuple) and all(isinstance(k, str) for k in first)
    assert keys(text) == first
    assert isinstance(key(text), str)
    assert all(k.isascii() for k in first)


_LETTERS = st.text(
    alphabet=st.sampled_from(list("абвгдеёжзійклмнопрстуўфхцчшыьэюяʼ'abcdefghijklmnopqrstuvwxyzłšžčćśźńŭ")),
    min_size=1,
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(_LETTERS)
def test_keys_ignore_letter_case(word: str) -> None:
    assert keys(word) == keys(word.upper().lower())
    assert keys(word.capitalize()) == keys(word)


@settings(max_examples=200, deadline=None)
@given(_LETTERS, _LETTERS)
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    ka, kb = key(a), key(b)
    s = similarity(ka, kb)
    assert 0.0 <= s <= 100.0
    assert s == similarity(kb, ka)
    assert (s == 100.0) == (ka == kb)


# --------------------------------------------------------------------------------------------- reading tables

_KEY_TABLES = sorted(p.stem for p in Path(data_path("keys")).glob("*.toml") if p.stem != "readings")


@pytest.mark.parametrize(
    ("table", "src", "out"),
    [
        pytest.param(name, s.src, s.out, id=f"{name}:{s.src}")
        for name in _KEY_TABLES
        for s in parse_table(data_path("keys", f"{name}.toml")).samples
    ],
)
def test_key_table_samples(table: str, src: str, out: str) -> None:
    """Every reading table of data/keys reproduces its own samples."""
    assert transliterate(src, compile_rules(parse_table(data_path("keys", f"{table}.toml")))) == out


def test_every_reading_table_is_registered_and_cited() -> None:
    import tomllib

    registered = {r["table"] for r in tomllib.loads(data_path("keys", "readings.toml").read_text("utf-8"))["reading"]}
    assert set(_KEY_TABLES) - {"cyrillic"} == registered
    for name in _KEY_TABLES:
        assert len(parse_table(data_path("keys", f"{name}.toml")).source) > 40, name


FOREIGN_PRESS = [
    # (Belarusian Cyrillic, a foreign press spelling, its language): the same key
    ("Караткевіч", "Karatkevitch", "fr"),
    ("Караткевіч", "Karatkévich", "es"),
    ("Караткевіч", "Karatkevics", "hu"),
    ("Караткевіч", "Karatkevitsj", "nl"),
    ("Караткевіч", "Karatkevitj", "sv"),
    ("Караткевіч", "Karatkevitš", "fi"),
    ("Караткевіч", "Karatkeviç", "tr"),
    ("Караткевіч", "Karatkevici", "ro"),
    ("Караткевіч", "Karatkevičius", "lt"),
    ("Караткевіч", "Karatkevičiaus", "lt genitive"),
    ("Караткевіч", "Karatkevičs", "lv"),
    ("Маладзечна", "Maladetchna", "fr"),
    ("Маладзечна", "Molodecsno", "hu"),
    ("Маладзечна", "Molodecsnóban", "hu inessive"),
    ("Маладзечна", "Molodeçnoʼda", "tr locative"),
    ("Рэчыца", "Retchitsa", "fr"),
    ("Рэчыца", "Recsica", "hu"),
    ("Баранавічы", "Baranovitchi", "fr"),
    ("Баранавічы", "Baranovitji", "sv"),
    ("Рэчыца", "Recița", "ro"),
    ("Арлова", "Arlovová", "cs"),
    ("Арлова", "Arlovos", "lt genitive"),
    ("Скідзель", "Skidelis", "lt"),
    ("Сяргей", "Sergueï", "fr"),
    ("Сяргей", "Szergej", "hu"),
    ("Сяргей", "Siarhejus", "lt"),
    ("Сяргей", "Сергій", "uk"),
    ("Сяргей", "Сергеј", "sr"),
    ("Аляксандар", "Александър", "bg"),
    ("Бандарэцкі", "Бондарецький", "uk"),
    ("Скідзель", "Скідель", "uk"),
]


@pytest.mark.parametrize(("be", "press"), [pytest.param(a, b, id=f"{lang}:{b}") for a, b, lang in FOREIGN_PRESS])
def test_foreign_press_spelling_shares_the_key(be: str, press: str) -> None:
    assert _shared(be, press), (keys(be), keys(press))


LOOK_ALIKES = [
    # a word whose end only looks like a case ending, and the shorter word it must not become
    ("Кол", "Kolas"),  # a short word is no Lithuanian -as
    ("Дзян", "Dzianis"),  # -nis is a name's own ending (Дзяніс)
    ("Пушк", "Puškin"),  # Russian -in stays
    ("Андра", "Andrei"),  # -ei is no Romanian genitive after r
    ("Андрэх", "Andrej"),  # Łacinka j is й, not Spanish х
    ("Руса", "Rusko"),  # the country in -rusko is Русь, not a form of Руса
]


@pytest.mark.parametrize(("word", "press"), LOOK_ALIKES, ids=[f"{a}~{b}" for a, b in LOOK_ALIKES])
def test_look_alikes_keep_their_own_key(word: str, press: str) -> None:
    assert not _shared(word, press), (keys(word), keys(press))


def test_a_czech_country_in_rusko_is_the_country() -> None:
    assert key("Беларусь") in keys("Bělorusko") and key("Беларусь") in keys("Bielorusko")


def test_a_ukrainian_telltale_adds_a_reading_and_belarusian_words_keep_one() -> None:
    assert [c for c, _ in readings("Бондарецький")] == [("cyrillic",), ("ukrainian",)]
    for word in ("Пецька", "Васька", "Караткевіч", "Маладзечна", "Беларусь"):
        assert len(readings(word)) == 1, readings(word)


def test_a_case_ending_calls_for_its_language_only_at_the_end_of_a_word() -> None:
    def conventions(word: str) -> set[str]:
        return {c for conv, _ in readings(word) for c in conv}

    assert "lithuanian" in conventions("Karatkevičius") and "lithuanian" not in conventions("Iusavičy")
    assert "romanian" in conventions("Minskului") and "romanian" not in conventions("Ulanava")


#: (name's key, word's key, does the word lack a syllable of the name?)
SYLLABLES = [
    ("xarikau", "xarkau", True),  # a vowel between consonants
    ("akrawina", "krawina", True),  # a vowel at the start, before a consonant
    ("barisa", "baris", True),  # a vowel at the end, after a consonant
    ("biaraza", "baraza", False),  # a glide beside a vowel
    ("minsk", "minsk", False),  # the same key
    ("lukasanka", "lukasnka", True),
    ("lukasanka", "lukasenka", False),  # another letter, no missing one
    ("dnjapar", "dinjapar", False),  # the word has one more: the other direction
]


@pytest.mark.parametrize(("name", "word", "dropped"), SYLLABLES, ids=[f"{a}~{b}" for a, b, _ in SYLLABLES])
def test_drops_a_syllable(name: str, word: str, dropped: bool) -> None:
    assert drops_a_syllable(name, word) is dropped


@pytest.mark.parametrize(
    ("query", "registered", "russian", "refused"),
    [
        ("Хотин", ["Хатынь", "Khatyn"], "Хатынь", True),  # Ukraine's Khotyn: Russian writes Хатынь with a
        ("Хотина", ["Хатынь", "Khatyn"], "Хатынь", True),  # a case form keeps the stem's o
        ("Chatyni", ["Хатынь", "Khatyn"], "Хатынь", False),
        ("Gorodok", ["Гарадок", "Haradok"], "Городок", False),  # Russian writes the o that Belarusian akanne hides
        ("Mogilev", ["Магілёў", "Mahilyow"], "Могилёв", False),
        ("Belorusije", ["Беларусь", "Белоруссия"], "Беларусь", False),  # another registered name writes the o
        ("Zelvos", ["Зэльва", "Зельвенский"], "Зельвенский", False),  # an o before another consonant: a case ending
        ("Ляховичи", ["Ляхавічы"], "Ляховичи", False),
    ],
)
def test_an_o_stands_for_a_registered_a_only_where_russian_writes_o(
    query: str, registered: list[str], russian: str, refused: bool
) -> None:
    spellings = [k for name in registered for w in name.split() for _, k in o_keys(w)]
    witnesses = [k for w in russian.split() for _, k in o_keys(w)]
    got = all(o_without_spelling(k, spellings, witnesses) for _, k in o_keys(query))
    assert got is refused
