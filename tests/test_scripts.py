"""Script, language and scheme detection: the telltales work, ambiguity is kept, nothing raises."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnorm import transliterate
from belnorm.scripts import LATIN_SCHEMES, Detection, detect, latin_alphabet


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Лукашэнка", "be"),
        ("Ціханоўская", "be"),
        ("сямʼя", "be"),
        ("Шчучын", "be"),
        ("Лукашенко", "ru"),
        ("Тихановская", "ru"),
        ("Щукин", "ru"),
        ("подъезд", "ru"),
        ("Минск", "ru"),
        ("Мінск", "be"),
        ("Брест", "ru"),
        ("Гомель", "unknown"),
    ],
)
def test_cyrillic_language(text, language):
    d = detect(text)
    assert d.script == "cyrillic"
    assert d.language == language
    assert d.schemes == ()


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Łukašenka", "lacinka"),
        ("Biełaruś", "lacinka"),
        ("Homieĺ", "national"),
        ("Łukaszenka", "pl_press"),
        ("Cichanouska", "pl_press"),
        ("Szczuczyn", "pl_press"),
        ("Lukaschenka", "de_press"),
        ("Zichanouskaja", "de_press"),
        ("Tsikhanouskaya", "passport"),
        ("Sviatlana", "passport"),
        ("Mahilyow", "bgn"),
        ("Byelarusʹ", "bgn"),
        ("Alexander Lukashenko", "ru_english"),
        ("Lukašènka", "iso9"),
        ("Mahili͡oŭ", "alalc"),
        ("ob``yom", "ru_gost"),
    ],
)
def test_latin_best_scheme(text, best):
    d = detect(text)
    assert d.script == "latin"
    assert d.scheme == best, d.schemes


def test_ambiguous_latin_keeps_several_candidates():
    d = detect("Lukashenka")
    assert len(d.schemes) >= 3
    assert {"passport", "ru_english"} <= set(d.scheme_names)
    assert d.schemes[0][1] == 1.0
    assert all(0 < score <= 1 for _, score in d.schemes)
    assert [s for _, s in d.schemes] == sorted((s for _, s in d.schemes), reverse=True)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Jan", {"passport", "bgn", "ru_english", "ru_icao"}),  # j is written by none of them
        ("Wiktar", {"lacinka", "national", "passport"}),  # w
        ("Viktar", {"pl_press", "de_press"}),  # v
        ("Łukašenka", {"passport", "bgn", "ru_english", "pl_press"}),  # š
    ],
)
def test_letters_outside_an_alphabet_rule_a_scheme_out(text, absent):
    assert not absent & set(detect(text).scheme_names)


def test_latin_language_from_letters():
    assert detect("Ščučyn").language == "be"
    assert detect("Łukašenka").language == "be"
    assert detect("Lukashenka").language == "unknown"


@pytest.mark.parametrize(
    ("text", "script"),
    [("", "none"), ("123 -- !", "none"), ("☃", "none"), ("Лукашэнка Lukashenka", "mixed"), ("Минск", "cyrillic")],
)
def test_script(text, script):
    assert detect(text).script == script


def test_mixed_has_language_and_schemes():
    d = detect("Лукашэнка Łukašenka")
    assert d.script == "mixed" and d.language == "be" and d.scheme == "lacinka"


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError):
        detect(None)  # type: ignore[arg-type]


def test_detection_is_immutable():
    d = detect("Minsk")
    assert isinstance(d, Detection)
    with pytest.raises(AttributeError):
        d.script = "none"  # type: ignore[misc]


@pytest.mark.parametrize("scheme", [s for s in LATIN_SCHEMES])
def test_alphabet_is_read_from_the_table(scheme):
    alphabet = latin_alphabet(scheme)
    assert alphabet and all(c == c.lower() for c in alphabet if c.isalpha())


@pytest.mark.parametrize("scheme", ["lacinka", "national", "bgn", "passport", "pl_press", "de_press", "iso9", "alalc"])
@pytest.mark.parametrize("name", ["Аляксандр Лукашэнка", "Святлана Ціханоўская", "Магілёў", "Янка Купала"])
def test_own_output_keeps_its_scheme_as_a_candidate(scheme, name):
    assert scheme in detect(transliterate(name, scheme)).scheme_names


@given(st.text())
def test_never_raises_on_any_str(text):
    d = detect(text)
    assert d.script in ("cyrillic", "latin", "mixed", "none")
    assert d.language in ("be", "ru", "unknown")
