"""Engine behaviour that holds for every table: case, apostrophes, contexts, unknown letters, explanations,
bad input, and invariants checked with hypothesis."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belnorm import explain_transliteration, transliterate
from belnorm.tables import Table, TableError, load_table, resolve_scheme, table_names
from belnorm.translit import clear_word_caches, compile_rules, to_cyrillic

ALL = table_names()
CYRILLIC_SOURCE = [n for n in ALL if load_table(n).source_script == "cyrillic"]
LATIN_SOURCE = [n for n in ALL if load_table(n).source_script == "latin"]
BE_LETTERS = "абвгдеёжзійклмнопрстуўфхцчшыьэюя"
RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "`", "‘"])
def test_apostrophe_variants_drive_iotation(apostrophe):
    assert transliterate(f"Вераб{apostrophe}ёў", "lacinka") == "Vierabjoŭ"
    assert transliterate(f"Вераб{apostrophe}ёў", "national") == "Vierabjoŭ"
    assert transliterate(f"Вераб{apostrophe}ёў", "bgn") == "Vyerabʺyow"


def test_mixed_case_and_punctuation_pass_through():
    assert transliterate("Мінск, Гомель!", "lacinka") == "Minsk, Homiel!"
    assert transliterate("МІНСК", "lacinka") == "MINSK"


def test_unknown_letters_pass_through():
    assert transliterate("Minsk 2024 ☃", "lacinka") == "Minsk 2024 ☃"


def test_hyphen_is_a_word_boundary_for_context():
    assert transliterate("Іван-Ян", "lacinka") == "Ivan-Jan"


def test_explanation_names_rules():
    steps = explain_transliteration("Ля", "lacinka")
    assert [s.output for s in steps] == ["L", "a"]
    assert steps[0].rule is not None and steps[0].rule.note.startswith("soft l")


def test_non_str_is_a_clear_error():
    with pytest.raises(TypeError):
        transliterate(None, "lacinka")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        transliterate(b"\xd0\x9c", "lacinka")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="lacinka"):
        transliterate("Мінск", None)  # type: ignore[arg-type]


def test_unknown_scheme_is_a_value_error_naming_the_known_ones():
    with pytest.raises(ValueError, match="passport"):
        transliterate("Мінск", "klingon")
    with pytest.raises(TableError):
        transliterate("Мінск", "")


@pytest.mark.parametrize("scheme", ALL)
def test_empty_string(scheme):
    assert transliterate("", scheme) == ""


@pytest.mark.parametrize(
    ("alias", "name"),
    [("ru-bgn", "ru_bgn"), ("ru-icao", "ru_icao"), ("ru-gost", "ru_gost"), ("ru-english", "ru_english"),
     ("pl", "pl_press"), ("de", "de_press"), ("PL", "pl_press"), ("national-2023", "national_2023"),
     ("lacinka", "lacinka")],
)
def test_aliases(alias, name):
    assert resolve_scheme(alias) == name
    assert transliterate("Лукашэнка", alias) == transliterate("Лукашэнка", name)


def test_one_letter_capital_word_is_capitalized_not_upper():
    assert transliterate("Ж. Алфёраў", "passport") == "Zh. Alfiorau"
    assert transliterate("Я", "bgn") == "Ya"


def test_memoized_words_give_the_same_output():
    first = transliterate("Лукашэнка Лукашэнка ЛУКАШЭНКА лукашэнка", "lacinka")
    clear_word_caches()
    assert transliterate("Лукашэнка Лукашэнка ЛУКАШЭНКА лукашэнка", "lacinka") == first
    assert first == "Łukašenka Łukašenka ŁUKAŠENKA łukašenka"


def test_compiled_table_can_be_passed_directly():
    compiled = compile_rules(load_table("passport"))
    assert transliterate("Сяргей", compiled) == "Siarhei"


def _table(rules, samples=(("а", "a"),)):
    return Table.model_validate(
        {"name": "t", "description": "d", "source": "s", "language": "be", "source_script": "cyrillic",
         "target_script": "latin", "rules": rules, "samples": [{"src": a, "out": b} for a, b in samples]}
    )


def test_sequence_contexts():
    table = _table([
        {"src": "я", "out": "A", "after": ["^ка"]},
        {"src": "я", "out": "B", "after": ["ка"]},
        {"src": "я", "out": "C", "before": ["ка$"]},
        {"src": "я", "out": "D", "before": ["ка"]},
        {"src": "я", "out": "y"},
        {"src": "к", "out": "k"},
        {"src": "а", "out": "a"},
    ])
    compiled = compile_rules(table)
    assert transliterate("кая", compiled) == "kaA"
    assert transliterate("акая", compiled) == "akaB"
    assert transliterate("яка", compiled) == "Cka"
    assert transliterate("якаа", compiled) == "Dkaa"
    assert transliterate("я", compiled) == "y"


def test_lookup_order_longest_then_contextual_then_file_order():
    table = _table([
        {"src": "а", "out": "1"},
        {"src": "а", "out": "2", "after": ["к"]},
        {"src": "а", "out": "3", "after": ["к"]},
        {"src": "ка", "out": "4", "before": ["$"]},
        {"src": "к", "out": "k"},
    ])
    compiled = compile_rules(table)
    assert transliterate("ка", compiled) == "4"
    assert transliterate("каа", compiled) == "k21"


def test_context_validation():
    _table([{"src": "а", "out": "a", "before": ["ка$"], "after": ["^ка"]}])
    with pytest.raises(ValueError, match="empty"):
        _table([{"src": "а", "out": "a", "before": [""]}])
    with pytest.raises(ValueError, match=r"'\$' cannot appear in an after"):
        _table([{"src": "а", "out": "a", "after": ["ка$"]}])
    with pytest.raises(ValueError, match=r"'\^' cannot appear in a before"):
        _table([{"src": "а", "out": "a", "before": ["^ка"]}])
    with pytest.raises(ValueError, match="lowercase"):
        _table([{"src": "а", "out": "a", "before": ["Ка"]}])


def test_to_cyrillic():
    assert to_cyrillic("Łukašenka") == "Лукашэнка"
    assert to_cyrillic("Biełaruś, Mahiloŭ", "lacinka") == "Беларусь, Магілёў"
    with pytest.raises(ValueError, match="lacinka"):
        to_cyrillic("Lukashenka", "passport")


@pytest.mark.parametrize(
    "name", ["Аляксандр Лукашэнка", "Святлана Ціханоўская", "Францыск Скарына", "Уладзімір Караткевіч", "Сям'я"]
)
def test_lacinka_round_trip_on_names(name):
    lat = transliterate(name, "lacinka")
    assert transliterate(lat, "lacinka_cyrillic") == name.replace("'", "ʼ")


# ---- properties ---------------------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(ALL))
def test_never_raises_on_any_str(text, scheme):
    out = transliterate(text, scheme)
    assert isinstance(out, str)
    steps = explain_transliteration(text, scheme)
    assert all(isinstance(s.output, str) for s in steps)


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(ALL))
def test_lowercase_in_lowercase_out(text, scheme):
    text = text.lower()
    out = transliterate(text, scheme)
    assert out == out.lower() or any(c.lower() != c and c in text for c in out)


be_words = st.text(alphabet=BE_LETTERS, min_size=2, max_size=12).filter(lambda w: w[0] not in "ьʼ")
ru_words = st.text(alphabet=RU_LETTERS, min_size=2, max_size=12).filter(lambda w: w[0] not in "ьъ")


@settings(max_examples=150, deadline=None)
@given(be_words | ru_words, st.sampled_from(CYRILLIC_SOURCE))
def test_case_is_preserved(word, scheme):
    lower = transliterate(word, scheme)
    assert transliterate(word.upper(), scheme) == lower.upper()
    title = transliterate(word[0].upper() + word[1:], scheme)
    assert title.lower() == lower
    if lower:
        assert title == lower[:1].upper() + lower[1:] or not transliterate(word[0], scheme)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll"), whitelist_characters="αβγδ日本語 -"),
               max_size=20).filter(lambda t: not any("\u0400" <= c <= "\u04ff" for c in t)),
       st.sampled_from(CYRILLIC_SOURCE))
def test_text_without_cyrillic_letters_passes_through(text, scheme):
    import unicodedata

    assert transliterate(text, scheme) == unicodedata.normalize("NFC", text)


@settings(max_examples=150, deadline=None)
@given(be_words)
def test_lacinka_is_deterministic_and_explained(word):
    out = transliterate(word, "lacinka")
    assert transliterate(word, "lacinka") == out
    assert "".join(s.output for s in explain_transliteration(word, "lacinka")) == out


def test_to_cyrillic_national():
    assert to_cyrillic("Mahilioŭ, Homieĺ", "national") == "Магілёў, Гомель"


def test_clearing_word_caches_keeps_tables_compiled():
    from belnorm.translit import compile_table

    compiled = compile_table("lacinka")
    transliterate("Лукашэнка", "lacinka")
    assert compiled.cache
    clear_word_caches()
    assert compile_table("lacinka") is compiled and not compiled.cache
