"""`belnorm.canonical` and `explain_canonical`: the standard Belarusian spelling of a name nobody registered.

Examples are the project's own (public figures and places whose Belarusian spelling is settled); the dev
evaluation sets are never used here. Property tests check that canonical never raises on a str and is idempotent
on its own output.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import belnorm
from belnorm.canonicalize import (
    is_belarusian_spelling,
    nominative,
    official_spelling,
    russian_to_belarusian,
    stress,
)
from belnorm.tables import data_path, parse_table
from belnorm.translit import compile_rules, transliterate

# (input, keyword arguments, expected)
CASES = [
    # the issue's own examples
    ("Svetlana Tikhanovskaya", {}, "Святлана Ціханоўская"),
    ("Łukašenki", {}, "Лукашэнка"),
    ("Lukashenko Alexander G.", {}, "Аляксандр Лукашэнка"),
    ("Grodno", {}, "Гродна"),
    # one person in every convention
    ("Sviatlana Tsikhanouskaya", {}, "Святлана Ціханоўская"),
    ("Śviatłana Cichanoŭskaja", {}, "Святлана Ціханоўская"),  # classical orthography: the soft sign is dropped
    ("Светлана Тихановская", {}, "Святлана Ціханоўская"),
    ("Swiatłana Cichanouska", {}, "Святлана Ціханоўская"),  # Polish press: -ska is -ская
    ("Swjatlana Zichanouskaja", {}, "Святлана Ціханоўская"),  # German press
    ("Святланы Ціханоўскай", {}, "Святлана Ціханоўская"),  # genitive
    ("Ціханоўская Святлана", {}, "Святлана Ціханоўская"),  # surname first
    ("Siarhiej Cichanoŭski", {}, "Сяргей Ціханоўскі"),
    ("Сергей Тихановский", {}, "Сяргей Ціханоўскі"),
    ("Ціханоўскага", {}, "Ціханоўскі"),
    # Russian → Belarusian correspondences: akanne, yakanne, dzekanne/tsekanne, ў, -енко, -ский
    ("Владимир Короткевич", {}, "Уладзімір Караткевіч"),
    ("Władimir Korotkiewicz", {}, "Уладзімір Караткевіч"),
    ("Uładzimir Karatkievič", {}, "Уладзімір Караткевіч"),
    ("Владимир Некляев", {}, "Уладзімір Някляеў"),
    ("Uladzimir Nyaklyayew", {}, "Уладзімір Някляеў"),
    ("Мария Колесникова", {}, "Марыя Калеснікава"),
    ("Maryia Kalesnikava", {}, "Марыя Калеснікава"),
    ("Марыі Калеснікавай", {}, "Марыя Калеснікава"),
    ("Виктор Бабарико", {}, "Віктар Бабарыка"),
    ("Wiktar Babaryka", {}, "Віктар Бабарыка"),
    ("Константин Калиновский", {}, "Канстанцін Каліноўскі"),
    # given names: the Belarusian form a word spells, else the standard form of its class
    ("Mikola Statkevich", {}, "Мікола Статкевіч"),
    ("Nikolai Statkevich", {}, "Мікалай Статкевіч"),
    ("Kastuś Kalinoŭski", {}, "Кастусь Каліноўскі"),
    ("Ales Bialiatski", {}, "Алесь Бяляцкі"),
    ("Алесь Беляцкий", {}, "Алесь Бяляцкі"),
    ("Yanka Kupala", {}, "Янка Купала"),
    # a variant that is the standard form spelled as it sounds is the standard form; a form of its own stays
    ("Tatsiana Karatkevich", {}, "Таццяна Караткевіч"),
    ("Тацьцяна Мароз", {}, "Таццяна Мароз"),
    ("Алла Мароз", {}, "Ала Мароз"),
    ("Инна Ковальчук", {}, "Іна Кавальчук"),
    ("Анна Багданович", {}, "Ганна Багдановіч"),
    ("Pilip Markau", {}, "Піліп Маркаў"),
    ("Филипп Марков", {}, "Філіп Маркаў"),
    # -ов after -ак, -ун, -ач or a consonant and к is stressed, as the noun's other cases are (рыбака, горбуна)
    ("Павел Рыбаков", {}, "Павел Рыбакоў"),
    ("Ирина Рыбакова", {}, "Ірына Рыбакова"),
    ("Olga Gorbunova", {}, "Вольга Гарбунова"),
    ("Сергей Волчков", {}, "Сяргей Валчкоў"),
    ("Андрей Снопков", {}, "Андрэй Снапкоў"),
    ("Игорь Молчанов", {}, "Ігар Малчанаў"),
    # the diminutive -ька, -ько of surnames after д ц с з н: romanizations drop its soft sign
    ("Maksim Khrudzka", {}, "Максім Хрудзька"),
    ("Aleh Krutska", {}, "Алег Круцька"),
    ("Volha Navitskaya", {}, "Вольга Навіцкая"),
    ("Yury Hrynko", {}, "Юрый Грынька"),
    ("Yury Hrynenka", {}, "Юрый Грыненка"),
    # a word that spells a full form and, in another romanization, a familiar form of another name is the full form
    ("Ala Kavalenka", {}, "Ала Каваленка"),
    ("Alia Kavalenka", {}, "Аля Каваленка"),
    # a full form in English is no familiar form that a Belarusian romanization spells the same
    ("Ksenia Bahdanava", {}, "Ксенія Багданава"),
    ("Yulia Bahdanava", {}, "Юлія Багданава"),
    ("Jula Bahdanava", {}, "Юля Багданава"),
    # romanizations drop the soft sign: л after е і before a consonant, and a final л after а о у, is soft
    ("Maryia Melnikava", {}, "Марыя Мельнікава"),
    ("Ihar Kaval", {}, "Ігар Каваль"),
    ("Ivonka Survilla", {}, "Івонка Сурвіла"),
    # the English press writes the soft sign of -ьев as y; the suffix keeps it in Belarusian
    ("Mikhail Afanasyev", {}, "Міхаіл Афанасьеў"),
    ("Александр Кондратьев", {}, "Аляксандр Кандрацьеў"),
    ("Аляксандр Кандрацьеў", {}, "Аляксандр Кандрацьеў"),
    # ch before р is Łacinka's х: Belarusian writes no чр
    ("Ivan Chrysciuk", {}, "Іван Хрысцюк"),
    # the apostrophe is typed '
    ("Дарья Кузнецова", {}, "Дар'я Кузняцова"),
    # л keeps its soft sign before a consonant other than л
    ("Анна Мельник", {}, "Ганна Мельнік"),
    # case forms
    ("Янки Купалы", {}, "Янка Купала"),
    ("Уладзіміра Някляева", {}, "Уладзімір Някляеў"),
    ("Васіля Быкава", {}, "Васіль Быкаў"),
    ("Максима Танка", {}, "Максім Танк"),  # Танка: -нк may end a word, no fleeting vowel
    ("Лукашэнкам", {}, "Лукашэнка"),
    # a given name that is also a woman's name is read in the surname's case and gender
    ("Алеся Бяляцкага", {}, "Алесь Бяляцкі"),
    ("Алесем Бяляцкім", {}, "Алесь Бяляцкі"),
    ("Алесі Бяляцкай", {}, "Алеся Бяляцкая"),
    # ... unless the surname is a nominative of the given name's gender (not Юлій Кавалёў's genitive)
    ("Юлія Кавалёва", {}, "Юлія Кавалёва"),
    ("Yuliya Kavaliova", {}, "Юлія Кавалёва"),
    ("Julija Hałubova", {}, "Юлія Галубова"),
    # ... but a word that is a woman's name only by its key is a man's name in the genitive (Ивана, not Иванна)
    ("Ивана Быкова", {}, "Іван Быкаў"),
    # a case form of a Belarusian given name makes the name Belarusian: its surname is read as written
    ("Вольгу Сцепаненку", {}, "Вольга Сцепаненка"),
    ("Аляксандра Мацкевіча", {}, "Аляксандр Мацкевіч"),
    ("Александру Мацкевичу", {}, "Аляксандр Мацкевіч"),
    # a Cyrillic case form is no nominative by the key of a Latin form (Паўла has the key of the Ukrainian Pavlo)
    ("Паўла Сямёнава", {}, "Павел Сямёнаў"),
    # patronymics, initials, titles
    ("Лукашэнка Аляксандр Рыгоравіч", {}, "Аляксандр Лукашэнка"),
    ("Лукашэнка Аляксандр Рыгоравіч", {"patronymic": True}, "Аляксандр Рыгоравіч Лукашэнка"),
    ("A. Lukashenko", {}, "А. Лукашэнка"),
    ("President Alexander Lukashenko", {}, "Аляксандр Лукашэнка"),
    ("Вінцэнт Дунін-Марцінкевіч", {}, "Вінцэнт Дунін-Марцінкевіч"),
    ("Vincent Dunin-Marcinkievič", {}, "Вінцэнт Дунін-Марцінкевіч"),
    # places
    ("Brest", {"kind": "place"}, "Брэст"),
    ("Vitebsk", {"kind": "place"}, "Віцебск"),
    ("Могилёв", {"kind": "place"}, "Магілёў"),
    ("Mahilioŭ", {"kind": "place"}, "Магілёў"),
    ("Гомель", {"kind": "place"}, "Гомель"),
    ("Pinsk", {"kind": "place"}, "Пінск"),
    # no letters: no name
    ("", {}, ""),
    ("  ", {}, ""),
    ("1994", {}, ""),
    ("!!!", {}, ""),
]


@pytest.mark.parametrize(("name", "kwargs", "expected"), CASES, ids=[f"{n}{k or ''}" for n, k, _ in CASES])
def test_canonical(name: str, kwargs: dict, expected: str) -> None:
    assert belnorm.canonical(name, **kwargs) == expected


def test_public_names() -> None:
    assert "canonical" in belnorm.__all__ and "explain_canonical" in belnorm.__all__
    assert callable(belnorm.canonical) and callable(belnorm.explain_canonical)


def test_explanation_lists_competing_readings() -> None:
    e = belnorm.explain_canonical("Grodno")
    assert e.canonical == "Гродна"
    readings = e.words[0].readings
    assert readings[0].text == "Гродна" and e.words[0].chosen == "Гродна"
    assert [r.score for r in readings] == sorted((r.score for r in readings), reverse=True)
    # Łacinka reads g as ґ: Ґродно is no correct Belarusian word, so that reading competed with little weight
    lacinka = [r for r in readings[1:] if "lacinka" in r.reader]
    assert lacinka and lacinka[0].text.startswith("Ґ") and lacinka[0].score < readings[0].score / 2
    assert any("lacinka: Ґродно" == step for step in lacinka[0].steps)
    assert any("Russian → Belarusian" in step for step in readings[0].steps)


def test_explanation_roles_and_patronymic() -> None:
    e = belnorm.explain_canonical("Лукашэнка Аляксандр Рыгоравіч")
    assert [w.role for w in e.words] == ["given", "patronymic", "surname"]
    assert e.kept == (True, False, True)
    assert e.kind == "person"
    assert "standard form" in e.words[0].readings[0].steps[0] or "spells" in e.words[0].readings[0].steps[0]


def test_explanation_of_a_case_form_names_the_ending() -> None:
    e = belnorm.explain_canonical("Васіля Быкава")
    assert e.words[1].chosen == "Быкаў"
    assert any(step.startswith("case form") for step in e.words[1].readings[0].steps)


def test_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        belnorm.canonical("Гродна", kind="river")
    with pytest.raises(TypeError):
        belnorm.canonical(None)  # type: ignore[arg-type]


def test_place_is_not_reordered() -> None:
    assert belnorm.canonical("Марʼіна Горка", kind="place") == "Мар'іна Горка"


# ------------------------------------------------------------------------------- the rules, one at a time


@pytest.mark.parametrize(
    ("word", "stressed"),
    [("лукашенко", 5), ("абрамович", 5), ("гродно", 2), ("марков", 1), ("громыко", 4), ("колас", 1), ("ёлка", 0)],
)
def test_stress(word: str, stressed: int) -> None:
    assert stress(word) == stressed


def test_stress_depends_on_kind() -> None:
    # a surname in -цов is stressed on the suffix, a place in -ов before it; -ков mostly before it too
    assert stress("купцов", "person") == 4
    assert stress("быхов", "place") == 1
    assert stress("марков", "person") == 1


@pytest.mark.parametrize(
    ("russian", "belarusian"),
    [("Тимошенко", "Цімашэнка"), ("Светлогорск", "Светлагорск"), ("Смольский", "Смольскі"), ("Полесье", "Палессе"), ("Щучин", "Шчучын")],
)
def test_russian_to_belarusian(russian: str, belarusian: str) -> None:
    assert russian_to_belarusian(russian, -1, "place" if russian in ("Светлогорск", "Полесье", "Щучин") else None) == belarusian


@pytest.mark.parametrize("word", ["Ціханоўская", "Лукашэнка", "Караткевіч", "Магілёў", "Святлана"])
def test_belarusian_spelling_is_its_own_image(word: str) -> None:
    assert is_belarusian_spelling(word)


@pytest.mark.parametrize("word", ["Тихановская", "Лукашенко", "Короткевич", "Дятлово"])
def test_russian_spelling_is_not_belarusian(word: str) -> None:
    assert not is_belarusian_spelling(word)


def test_official_spelling() -> None:
    assert official_spelling("Сьвятлана") == "Святлана"
    assert official_spelling("Смольскі") == "Смольскі"


@pytest.mark.parametrize(
    ("word", "kwargs", "expected"),
    [
        ("Ціханоўскага", {}, "Ціханоўскі"),
        ("Караткевіча", {}, "Караткевіч"),
        ("Калеснікавай", {}, "Калеснікава"),
        ("Калеснікавай", {"gender": "m"}, "Калеснікавай"),  # a man's surname has no woman's ending
        ("Быкава", {}, "Быкава"),  # without a given name in a case form, -ава is a woman's nominative
        ("Быкава", {"context": True, "gender": "m"}, "Быкаў"),
    ],
)
def test_nominative(word: str, kwargs: dict, expected: str) -> None:
    assert nominative(word, "any", **kwargs)[0] == expected


def _tables() -> list[str]:
    return sorted(p.stem for p in data_path("canonical").glob("*.toml") if "rules = [" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", _tables())
def test_table_samples(name: str) -> None:
    table = parse_table(data_path("canonical", f"{name}.toml"))
    compiled = compile_rules(table)
    for sample in table.samples:
        assert transliterate(sample.src, compiled) == sample.out, sample.src


def test_stress_samples() -> None:
    raw = tomllib.loads(data_path("canonical", "stress.toml").read_text(encoding="utf-8"))
    for sample in raw["sample"]:
        position = stress(sample["word"], sample.get("kind"))
        assert position is not None
        assert sample["word"][: position + 1] + "ˈ" + sample["word"][position + 1 :] == sample["stressed"]


def test_data_files_have_a_source_and_licence() -> None:
    for path in data_path("canonical").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert "source" in text.lower() and "MIT" in text, path.name


# ----------------------------------------------------------------------------------------------- properties

_NAME_LETTERS = (
    "абвгдеёжзійклмнопрстуўфхцчшыьэюяиъщАБВГДЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZłŁŭčČšŠžŽćśźńóąężäöüß'ʼ-. "
)
name_like = st.text(st.sampled_from(_NAME_LETTERS), max_size=40)
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)


@given(any_text)
def test_never_raises_on_a_str(text: str) -> None:
    out = belnorm.canonical(text)
    assert isinstance(out, str)
    assert belnorm.explain_canonical(text).canonical == out


@given(name_like)
def test_idempotent_on_its_output(text: str) -> None:
    once = belnorm.canonical(text)
    assert belnorm.canonical(once) == once


@given(any_text)
def test_idempotent_on_any_text(text: str) -> None:
    once = belnorm.canonical(text)
    assert belnorm.canonical(once) == once


@given(st.text(st.sampled_from("0123456789 .,;:!?-()[]«»\t\n"), max_size=30))
def test_no_letters_no_name(text: str) -> None:
    assert belnorm.canonical(text) == ""


@given(name_like)
def test_output_is_cyrillic_for_latin_or_cyrillic_names(text: str) -> None:
    out = belnorm.canonical(text)
    assert not any("a" <= c.lower() <= "z" for c in out)


# ------------------------------------------------------------------------ a held-out set of real persons' names


def _tsv(name: str) -> list[dict[str, str]]:
    path = Path(__file__).parent / "data" / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


HELD_OUT = _tsv("canonical_heldout.tsv")
HELD_OUT_KNOWN = {row["id"]: row["reason"] for row in _tsv("canonical_heldout_known.tsv")}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(strict=True, reason=HELD_OUT_KNOWN[row["id"]])]
                     if row["id"] in HELD_OUT_KNOWN else [])
        for row in HELD_OUT
    ],
)
def test_held_out_person(row: dict[str, str]) -> None:
    """Real Belarusians the bundled gazetteer lacks (tests/data/canonical_heldout.tsv, every row with its source):
    canonical gives the person's Belarusian name from the way another source writes it."""
    assert belnorm.canonical(row["query"], kind="person") == row["expected"]


def test_held_out_known_failures_are_rows_of_the_set() -> None:
    assert set(HELD_OUT_KNOWN) <= {row["id"] for row in HELD_OUT}
