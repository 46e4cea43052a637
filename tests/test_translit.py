"""Engine behaviour that holds for every table: case, apostrophes, unknown letters, explanations."""

import pytest

from belnorm import explain_transliteration, transliterate


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "`", "‘"])
def test_apostrophe_variants_drive_iotation(apostrophe):
    assert transliterate(f"Вераб{apostrophe}ёў", "lacinka") == "Vierabjoŭ"


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
