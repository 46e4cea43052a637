"""The finder weighs context as a careful reader does (issue: precision on real text).

Each case in ``data/context_cases.tsv`` is a sentence of our own with the mentions expected from the bundled
gazetteer; the evidence column says which rule the case exercises. A property test checks that running text
made only of common words yields nothing.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from belnorm import Entity, Gazetteer, Normalizer

CASES = Path(__file__).parent / "data" / "context_cases.tsv"


def _cases() -> list[tuple[str, str, str, str]]:
    lines = [ln for ln in CASES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["id"], r["evidence"], r["text"].replace("\\n", "\n"), r["expected"].replace("\\n", "\n")) for r in rows]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.default()


@pytest.mark.parametrize(("case", "evidence", "text", "expected"), _cases(), ids=[c[0] for c in _cases()])
def test_context_case(norm: Normalizer, case: str, evidence: str, text: str, expected: str) -> None:
    found = [f"{m.text}={m.entity.id}" for m in norm.find(text)]
    want = [] if expected == "-" else expected.split(" | ")
    assert found == want, f"{evidence}: {text!r}"


def test_case_ids_are_unique() -> None:
    """Each case has an id of its own (pytest would run a repeated one under a made-up id)."""
    ids = [c[0] for c in _cases()]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_evidence_is_explained(norm: Normalizer) -> None:
    """A mention that leans on its context says so in its explanation."""
    (first, _) = norm.find("Дожди прошли в Брестском и Кобринском районах.")
    assert first.entity.id == "place:district:brest"
    assert any("shares the unit word районах" in line for line in first.explanation)


def test_line_break_inside_a_name_but_not_an_empty_line(norm: Normalizer) -> None:
    wrapped = norm.find("Учора выступіла Святлана\nЦіханоўская.")
    assert [m.entity.id for m in wrapped] == ["person:tsikhanouskaya-sviatlana"]
    assert wrapped[0].text == "Святлана\nЦіханоўская"
    split = norm.find("Учора выступіла Святлана\n\nЦіханоўская.")
    assert all(m.text != "Святлана\n\nЦіханоўская" for m in split)


def test_explain_find_gives_the_evidence_against(norm: Normalizer) -> None:
    text = "Two Belarusian journalists were detained in Minsk."
    explained = norm.explain_find(text)
    assert [m.entity.id for m in explained.mentions] == [m.entity.id for m in norm.find(text)] == ["place:minsk"]
    (doubt,) = explained.doubts
    assert doubt.text == "Belarusian" == text[doubt.start : doubt.end]
    assert doubt.entity.id == "place:belarus" and "demonym" in doubt.reason
    assert "Belarusian" in str(explained)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аксана Пачобут сказала, што суд быў.", [("Аксана Пачобут", None, "Аксана Пачобут")]),
        ("Hanna Kowalska met Sviatlana Tsikhanouskaya.",
         [("Hanna Kowalska", None, "Ганна Ковальская"), ("Sviatlana Tsikhanouskaya", "person:tsikhanouskaya-sviatlana", None)]),
        ("Вчера Сергей Петрович Сидоренко приехал.", [("Сергей Петрович Сидоренко", None, "Сяргей Сідарэнка")]),
        ("Президент Сидоренко приехал в Минск.", [("Минск", "place:minsk", None)]),  # a title is no given name
        ("Учора ў Брэсцкім раёне ішоў снег.", [("Брэсцкім раёне", "place:district:brest", None)]),
        # a surname shaped like a patronymic, with a place after it: the surname, not a patronymic waiting for one
        ("Настаўніца Ірына Сакалевіч кажа, што вучні едуць у Оршу.",
         [("Ірына Сакалевіч", None, "Ірына Сакалевіч"), ("Оршу", "place:orsha", None)]),
        ("Lekarz Tomasz Grabowicz pracuje w Pińsku.", [("Tomasz Grabowicz", None, "Тамаш Грабовіч"), ("Pińsku", "place:pinsk", None)]),
        # a given name and a feminine patronymic name no one by surname
        ("Вольга Андрэеўна прыехала ў Оршу.", [("Оршу", "place:orsha", None)]),
    ],
)
def test_unknown_person_like_names(norm: Normalizer, text: str, expected: list) -> None:
    found = norm.find(text, unknown=True)
    assert [(m.text, m.entity_id, m.canonical) for m in found] == expected
    assert all(m.kind == "person" for m in found if m.entity is None)
    assert [m for m in found if m.entity is not None] == norm.find(text)  # unknown only adds


# ------------------------------------------------------------------------------- common words are no names
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from belnorm.lexicon import languages, most_frequent  # noqa: E402

_LANGUAGES = tuple(languages())


@st.composite
def _common_text(draw: st.DrawFn) -> tuple[str, str]:
    """Sentences of a language's 2,000 most frequent words, each capitalized at its start."""
    language = draw(st.sampled_from(_LANGUAGES))
    words = most_frequent(language, 2000)
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        picked = draw(st.lists(st.sampled_from(words), min_size=2, max_size=12))
        sentences.append(" ".join([picked[0][:1].upper() + picked[0][1:], *picked[1:]]) + ".")
    return language, " ".join(sentences)


@settings(max_examples=300, deadline=None)
@given(_common_text())
def test_common_words_of_a_language_name_nothing(case: tuple[str, str]) -> None:
    language, text = case
    found = Normalizer.default().find(text)
    assert not found, f"{language}: {[(m.text, m.entity.id if m.entity else None) for m in found]} in {text!r}"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("stolen", None), ("bielorruso", None), ("мінск", "place:minsk"),
     ("lukashenko", "person:lukashenka-aliaksandr"), ("lida", "place:lida"), ("Stolin", "place:stolin"),
     ("babryusk", None), ("Babryusk", "place:babruysk"), ("babrujsk", "place:babruysk")],
)
def test_a_lone_lower_case_word_needs_strong_evidence(norm: Normalizer, query: str, expected: str | None) -> None:
    """A lower-case common word or demonym names nothing; a name written in lower case still links, but not one
    typo away (a rare word of some language looks like that: the capitalized typo is a name)."""
    m = norm.match(query)
    assert (m.entity.id if m else None) == expected
    assert norm.explain(query).match == m


def _listed_person(surname_alone: bool) -> Normalizer:
    attributes = {} if surname_alone else {"surname_alone": False}
    person = Entity(id="person:t", kind="person", names=("Андрэй Карповіч", "Андрей Карпович"), attributes=attributes)
    return Normalizer(Gazetteer([person]))


@pytest.mark.parametrize(
    ("surname_alone", "text", "expected"),
    [
        (False, "Карповіч заявіў, што не згодны.", []),
        (False, "Андрэй Карповіч затрыманы. Карповіч заявіў, што не згодны.", ["Андрэй Карповіч", "Карповіч"]),
        (False, "Суд над Андреем Карповичем. Карпович не признал вину.", ["Андреем Карповичем", "Карпович"]),
        (True, "Карповіч заявіў, што не згодны.", ["Карповіч"]),
    ],
)
def test_a_person_known_from_a_list_needs_the_full_name_first(
    surname_alone: bool, text: str, expected: list[str]
) -> None:
    """A person known from a list (a prisoner, a judge) is named by surname alone only after the full name."""
    norm = _listed_person(surname_alone)
    assert [m.text for m in norm.find(text)] == expected
    if not expected:
        (doubt,) = norm.explain_find(text).doubts
        assert "full" in doubt.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mostra si è aperta a Brescia e poi a Brest.", ["Brest"]),
        ("Le musée d'Orsay a prêté un tableau; l'exposition part ensuite à Orsha.", ["Orsha"]),
        ("Szczecin i Płock leżą w Polsce, a Połock na Białorusi.", ["Połock", "Białorusi"]),
    ],
)
def test_towns_abroad_name_no_place_in_belarus(norm: Normalizer, text: str, expected: list[str]) -> None:
    """A town abroad that resembles a place in Belarus (data/names/foreign_places.txt, from GeoNames) names
    nothing, unless it is a registered spelling of the place (Brest)."""
    assert [m.text for m in norm.find(text)] == expected
    assert norm.match("Brescia") is None and "abroad" in norm.explain("Brescia").verdict
    assert norm.match("Brest") is not None


def test_border_towns_abroad_spell_no_bundled_entity(norm: Normalizer) -> None:
    """The towns across the border (data/names/foreign_border_towns.txt, from GeoNames) count as places abroad in a
    text; none may be a spelling the bundled normalizer links (Gródek, Drohiczyn are left out as Гарадок, Драгічын):
    a growing gazetteer makes the list be made again (scripts/make_border_towns.py)."""
    from belnorm.data import data_path

    lines = data_path("names", "foreign_border_towns.txt").read_text(encoding="utf-8").splitlines()
    towns = [line for line in lines if line and not line.startswith("#")]
    assert len(towns) > 1000 and {"Hajnówka", "Białystok", "Белосток"} <= set(towns)
    linked = [t for t, m in zip(towns, norm.match_many(towns)) if m is not None]
    assert linked == []


def test_a_person_known_from_a_list_needs_the_given_name_not_an_initial() -> None:
    norm = _listed_person(False)
    assert norm.find("Пра гэта пісаў А. Карповіч.") == []
    assert [m.text for m in norm.find("Пра гэта пісаў Андрэй Карповіч.")] == ["Андрэй Карповіч"]
    assert [m.text for m in _listed_person(True).find("Пра гэта пісаў А. Карповіч.")] == ["А. Карповіч"]


@pytest.mark.parametrize(("query", "expected"), [("Chile", None), ("Oman", None), ("Rosji", None), ("OMON", "org:amap")])
def test_a_country_name_names_no_person_or_body(norm: Normalizer, query: str, expected: str | None) -> None:
    """A foreign country's name (CLDR, with its case forms) is no spelling of a person, body or place of Belarus."""
    m = norm.match(query)
    assert (m.entity.id if m else None) == expected


@pytest.mark.parametrize(
    "query", ["Prezident Łukašenka", "prezidentas Lukašenka", "președintele Lukașenko", "Loukachenko président"]
)
def test_a_title_in_any_language_of_the_press_is_ignored(norm: Normalizer, query: str) -> None:
    m = norm.match(query)
    assert m is not None and m.entity.id == "person:lukashenka-aliaksandr"


@pytest.mark.parametrize(
    "rows", ["_QUALIFYING_WORDS", "_PLACE_BODY_WORDS", "_SITE_WORDS", "_STATE_BODY_WORDS"]
)
def test_finder_word_rows_name_rows_of_org_words(rows: str) -> None:
    """Each row the finder names by its first English word is a row of data/names/org_words.tsv (a row named by
    another of its forms, "internal|interior", would silently match nothing)."""
    from belnorm import finder
    from belnorm.names import org_word_classes

    for row in getattr(finder, rows):
        assert org_word_classes(row), f"{rows}: {row!r} is no first English form of an org_words.tsv row"


@pytest.mark.parametrize(
    "adjective, city",
    [
        ("Калининградской", "Калининград"),
        ("Brjanskoj", "Brjansk"),  # Croatian
        ("Kurské", "Kursk"),  # Czech
        ("Pskovskej", "Pskov"),  # Slovak
        ("Gomelskoj", None),  # a Belarusian town is no city abroad
        ("Тульской", "Тула"),  # the noun's ending the adjective drops
        ("Гомельской", None),
        ("belarusische", None),  # a country's adjective, not a city's
    ],
)
def test_the_city_abroad_an_adjective_is_made_from(adjective: str, city: str | None) -> None:
    from belnorm.names import foreign_city_of_adjective

    assert foreign_city_of_adjective(adjective) == city


@pytest.mark.parametrize(
    ("words", "sport"),
    [
        ("Le premier site du groupe".split(), None),
        ("Minsk joue en Premier League".split(), "football"),
        ("W Europie rosną ceny".split(), None),
        ("w Lidze Europy UEFA".split(), "football"),
        ("awans do Ligi Europa".split(), "football"),
        ("высшая школа экономики".split(), None),
        ("в высшей лиге".split(), "football"),
        ("a press conference in Minsk".split(), None),
        ("ganó la Champions".split(), "football"),
    ],
)
def test_a_leagues_common_word_speaks_of_a_sport_only_beside_a_league(words: list[str], sport: str | None) -> None:
    from belnorm.names import text_sport

    assert text_sport(words) == sport
