"""`belnorm.variants`: the spellings, keys, case-form keys and given-name equivalents belnorm derives for a name,
and the round trip that makes them worth listing: every spelling of a bundled name matches back to its entity.
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from pydantic import ValidationError

import belnorm
from belnorm import Gazetteer, Normalizer
from belnorm.keys import finish, stem_keys
from belnorm.tables import load_table, table_names

from belnorm.spellings import Variant, variants

#: the Cyrillic→Latin tables `variants` uses for Belarusian Cyrillic: Belarusian ones and language-neutral ISO 9
BE_SCHEMES = tuple(
    s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language in ("be", "any")
)
RU_SCHEMES = tuple(s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language == "ru")
LATIN_TO_CYRILLIC = tuple(s for s in table_names() if load_table(s).source_script == "latin")
KINDS = {"spelling", "key", "case form", "given-name equivalent", "familiar form"}

NAMES = (
    "Аляксандр Лукашэнка",
    "Святлана Ціханоўская",
    "Магілёў",
    "Мінск",
    "Беларуская асацыяцыя журналістаў",
    "Васіль Быкаў",
    "Уладзімір Караткевіч",
    "Ларыса Геніюш",
    "Зьміцер Вайцюшкевіч",
    "Брэст",
)


def _sources(v: Variant) -> list[str]:
    return v.source.split(", ")


def _spellings(name: str) -> dict[str, str]:
    """scheme -> spelling, from the (possibly merged) sources of the spelling variants."""
    out: dict[str, str] = {}
    for v in variants(name):
        if v.kind == "spelling":
            for source in _sources(v):
                assert source not in out, f"{source} listed twice for {name}"
                out[source] = v.text
    return out


# --------------------------------------------------------------------------------------------- Cyrillic input
@pytest.mark.parametrize("name", NAMES)
def test_cyrillic_name_is_spelled_in_every_scheme(name: str) -> None:
    assert _spellings(name) == {s: belnorm.transliterate(name, s) for s in BE_SCHEMES}


def test_every_bundled_name_is_spelled_in_every_scheme() -> None:
    for entity in Gazetteer.default():
        name = entity.names[0]
        assert _spellings(name) == {s: belnorm.transliterate(name, s) for s in BE_SCHEMES}, entity.id


def test_agreeing_schemes_are_merged_into_one_variant() -> None:
    spellings = [v for v in variants("Мінск") if v.kind == "spelling"]
    by_text = {v.text: v for v in spellings}
    assert len(by_text) == len(spellings)  # each text once
    minsk = by_text["Minsk"]
    assert {"national_2023", "passport", "lacinka", "bgn"} <= set(_sources(minsk))
    assert "national_2023, passport" in minsk.source  # in table order, comma-separated
    assert _sources(minsk) == sorted(_sources(minsk), key=BE_SCHEMES.index)
    assert by_text["Mìnsk"].source == "iso9"
    lukashenka = {v.text: v.source for v in variants("Аляксандр") if v.kind == "spelling"}
    assert lukashenka["Aliaksandr"] == "national, national_2023, passport"
    assert lukashenka["Alaksandr"] == "lacinka, pl_press"


def test_every_variant_is_listed_once() -> None:
    for name in NAMES:
        found = variants(name)
        assert len({(v.text, v.kind) for v in found}) == len(found), name
        assert {v.kind for v in found} <= KINDS
        assert all(v.text and v.source for v in found)
        kinds = [v.kind for v in found]
        assert kinds.index("key") > max(i for i, k in enumerate(kinds) if k == "spelling")  # spellings first


@pytest.mark.parametrize("name", NAMES)
def test_keys_of_the_name_and_of_each_word(name: str) -> None:
    found = variants(name)
    keys = {v.text: v.source for v in found if v.kind == "key"}
    assert keys[belnorm.key(name)].startswith("belnorm key of the whole name")
    for word in name.split():
        for convention, stem in stem_keys(word):
            assert finish(stem) in keys
            assert any(f"{word}: read as {'+'.join(convention)}" in s for t, s in keys.items() if t == finish(stem))


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Аляксандр Лукашэнка", ("Лукашэнку", "Лукашэнкі", "Аляксандра", "Аляксандрам")),
        ("Святлана Ціханоўская", ("Ціханоўскай", "Ціханоўскую", "Святлану", "Святланы")),
        ("Мінск", ("Мінску", "Мінска", "Мінскам")),
        ("Васіль Быкаў", ("Быкава", "Быкаву", "Васіля")),
    ],
)
def test_case_form_keys(name: str, forms: tuple[str, ...]) -> None:
    """The key of each case form of each word is listed (as a case form or, when it coincides, as a key)."""
    found = {v.text: v for v in variants(name) if v.kind in ("case form", "key")}
    for form in forms:
        assert belnorm.key(form) in found, form
    case_forms = [v for v in found.values() if v.kind == "case form"]
    assert case_forms
    assert all(v.source.split(":")[0] in name.split() for v in case_forms)


def test_given_name_equivalents_and_familiar_forms() -> None:
    found = variants("Аляксандр Лукашэнка")
    equivalents = {v.text: v.source for v in found if v.kind == "given-name equivalent"}
    familiar = {v.text: v.source for v in found if v.kind == "familiar form"}
    assert {"Александр", "Alexander", "Aleksander", "Aliaksandr"} <= set(equivalents)
    assert {"Саша", "Алесь"} <= set(familiar)
    assert all(s.startswith("Аляксандр = ") for s in [*equivalents.values(), *familiar.values()])
    svetlana = {v.text for v in variants("Святлана Ціханоўская") if v.kind == "given-name equivalent"}
    assert {"Светлана", "Sviatlana", "Svetlana"} <= svetlana


def test_no_given_name_equivalents_for_places_or_surnames() -> None:
    for name in ("Мінск", "Лукашэнка", "Магілёў"):
        assert not [v for v in variants(name) if v.kind in ("given-name equivalent", "familiar form")], name


# --------------------------------------------------------------------------------------------- Latin input
@pytest.mark.parametrize(
    ("name", "cyrillic"),
    [("Łukašenka", "Лукашэнка"), ("Mahiloŭ", "Магілёў"), ("Biełaruś", "Беларусь"), ("Alaksandr Łukašenka", "Аляксандр Лукашэнка")],
)
def test_latin_name_is_read_back_to_cyrillic(name: str, cyrillic: str) -> None:
    spellings = _spellings(name)
    assert set(spellings) <= set(LATIN_TO_CYRILLIC)
    assert spellings["lacinka_cyrillic"] == cyrillic
    assert spellings == {s: belnorm.transliterate(name, s) for s in spellings}
    keys = {v.text for v in variants(name) if v.kind == "key"}
    assert belnorm.key(cyrillic) in keys


def test_latin_given_name_has_equivalents() -> None:
    equivalents = {v.text for v in variants("Aliaksandr") if v.kind == "given-name equivalent"}
    assert {"Аляксандр", "Александр", "Alexander"} <= equivalents


# --------------------------------------------------------------------------------------------- edge input
@pytest.mark.parametrize("name", ["", " ", "   \t\n", "\u200b", "\u00a0"], ids=repr)
def test_empty_or_blank_gives_nothing(name: str) -> None:
    assert variants(name) == []


@pytest.mark.parametrize("name", [None, 5, b"Minsk", ["Мінск"], 3.5], ids=repr)
def test_non_str_is_a_type_error(name: object) -> None:
    with pytest.raises(TypeError, match="variants"):
        variants(name)  # type: ignore[arg-type]


def test_variants_are_frozen() -> None:
    v = variants("Мінск")[0]
    with pytest.raises(ValidationError):
        v.text = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------------------------- round trip
#: round-trip failures diagnosed at the time of writing (spelling, scheme → what match() returned). Wrong links are
#: the costly kind: each is also a strict xfail below.
KNOWN_WRONG_LINKS = {
    ("Bjaroska", "org:biarozka"): "place:brest",  # de_press Бярозка (s for з): same key as Łacinka Bierascie
}


@functools.cache
def _round_trip() -> tuple[list[tuple[str, str, str]], dict[tuple[str, str], tuple[str, str | None]], set[str]]:
    """Every spelling of the Belarusian name of every bundled entity, matched through a Normalizer over the bundled
    gazetteer: (all (entity, spelling, sources)), {(spelling, entity): (sources, what matched)} for failures, and
    the entities left out because another entity has the same name (ambiguous by design: a town and its river)."""
    gaz = Gazetteer.default()
    owners = Counter(n for e in gaz for n in set(e.names))
    shared = {e.id for e in gaz if owners[e.names[0]] > 1}
    cases = [
        (e.id, v.text, v.source)
        for e in gaz
        if e.id not in shared
        for v in variants(e.names[0])
        if v.kind == "spelling"
    ]
    norm = Normalizer(gaz)
    failures = {
        (text, eid): (source, m and m.entity.id)
        for (eid, text, source), m in zip(cases, norm.match_many([t for _, t, _ in cases]))
        if m is None or m.entity.id != eid
    }
    return cases, failures, shared


def test_round_trip_rate() -> None:
    cases, failures, shared = _round_trip()
    rate = 1 - len(failures) / len(cases)
    by_scheme = Counter(s for source, _ in failures.values() for s in source.split(", "))
    print(f"\nvariants round trip: {len(cases) - len(failures)}/{len(cases)} = {rate:.2%} "
          f"({len(shared)} entities sharing a name left out); misses by scheme: {dict(by_scheme)}")
    assert len(cases) > 3000
    # city districts of the same name in several cities (Ленінскі раён of Minsk, Brest, Grodno and Mogilev ...)
    city_districts = {
        f"place:district:{city}-{name}"
        for city, names in {
            "minsk": ("tsentralny", "savetski", "pershamaiski", "leninski", "kastrychnitski", "maskouski"),
            "brest": ("leninski", "maskouski"),
            "vitebsk": ("kastrychnitski", "chyhunachny", "pershamaiski"),
            "gomel": ("tsentralny", "savetski", "chyhunachny"),
            "grodno": ("leninski", "kastrychnitski"),
            "mogilev": ("leninski", "kastrychnitski"),
        }.items()
        for name in names
    }
    assert shared == city_districts | {
        "place:svislach", "place:svislach-pukhavichy", "place:river:svislach", "place:dzisna", "place:river:dzisna",
        "place:narach", "place:lake:narach", "place:myadzel", "place:lake:myadzel", "org:dinamo-minsk-fc",
        "org:dinamo-minsk-hc",
        # two men named Аляксандр Чарвякоў: the 1920s head of state and the economy minister of 2019-2022
        "person:charviakou-aliaksandr", "person:charviakou-aliaksandr-minister",
        # two men named Аляксандр Піскуноў: a political prisoner and a judge of the Gomel regional court
        "person:piskunou-aliaksandr", "person:piskunou-aliaksandr-judge",
        # two men named Алег Мацкевіч: a human-rights defender from Barysau and a Vitebsk regional official
        "person:matskevich-aleh", "person:matskevich-aleh-official",
    }
    assert rate >= 0.96  # a floor against regressions; the misses are bugs (see test_every_spelling_round_trips)


def test_round_trip_makes_no_wrong_link_but_the_known_ones() -> None:
    _, failures, _ = _round_trip()
    wrong = {key: got for key, (_, got) in failures.items() if got is not None}
    assert wrong == KNOWN_WRONG_LINKS


@pytest.mark.xfail(strict=True, reason="bug: German press spelling links the wrong entity (see KNOWN_WRONG_LINKS)")
@pytest.mark.parametrize(("spelling", "entity"), sorted(KNOWN_WRONG_LINKS))
def test_known_wrong_link(spelling: str, entity: str) -> None:
    m = Normalizer.default().match(spelling)
    assert m is None or m.entity.id == entity


@pytest.mark.parametrize("scheme", ["lacinka", "national", "passport", "pl_press"])
def test_round_trip_is_complete_in_the_main_schemes(scheme: str) -> None:
    """Łacinka, the national system, passports and the Polish press round-trip all but the known misses."""
    _, failures, _ = _round_trip()
    misses = sorted((text, eid) for (text, eid), (source, _) in failures.items() if scheme in source.split(", "))
    allowed = {
        "org:nrm",  # Н.Р.М. is all initials: a query of initials only never matches (N.R.M. does not either)
        # passport ts for ць (baratsbe: барацьбе, Vitsbichy: Віцьбічы) keys apart from ц + soft sign
        "org:gubopik",
        "org:vitbichi",
        # passport u for ў before a vowel or starting a word: zdarouya (здароўя) not read
        "org:ministry-of-health",
        # ў between vowels in Іўеўскі раён: passport Iuyeuski and Polish-press Iujeuski rajon are not read back
        "place:district:iuje",
        "org:court:iuje",
        # Polish-press rz for рз (kibierzłaczynnasci: кіберзлачыннасці) is read only as the Polish digraph rz (ж)
        "org:gupk",
    }
    assert {eid for _, eid in misses} <= allowed, misses


@pytest.mark.xfail(strict=True, reason="bugs: spellings variants() lists that match() does not read back; "
                   "see the report printed by test_round_trip_rate")
def test_every_spelling_round_trips() -> None:
    _, failures, _ = _round_trip()
    assert not failures, sorted(failures.items())[:20]


def test_lacinka_names_read_back_to_cyrillic_round_trip() -> None:
    """The bundled Łacinka names (the lacinka column of data/gazetteer/*.tsv), read back to Cyrillic by
    variants(), match their entity."""
    gaz = Gazetteer.default()
    norm = Normalizer.default()
    owners = Counter(n for e in gaz for n in set(e.names))
    cases = []
    for eid, name in _lacinka_column():
        if owners[gaz[eid].names[0]] > 1:
            continue
        cases += [(eid, v.text) for v in variants(name) if "lacinka_cyrillic" in _sources(v)]
    got = norm.match_many([t for _, t in cases])
    misses = [(eid, text, m and m.entity.id) for (eid, text), m in zip(cases, got) if m is None or m.entity.id != eid]
    assert len(cases) > 500
    assert {eid for eid, _, _ in misses} <= {"org:gubopik", "org:central-election-commission", "org:bsuir",
                                              "org:bolshoi-theatre", "org:nrm"}, misses


def _lacinka_column() -> list[tuple[str, str]]:
    from belnorm.data import data_path
    from belnorm.sources.bundled import COLUMNS, bundled_files

    out = []
    for filename in bundled_files():
        for line in data_path("gazetteer", filename).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                row = dict(zip(COLUMNS, line.split("\t")))
                if row["id"] != "id" and row["lacinka"]:
                    out.append((row["id"], row["lacinka"]))
    return out


def test_english_style_names_read_back_to_their_entity() -> None:
    norm = Normalizer.default()
    misses = []
    for name, eid in (("Viktor Lukashenko", "person:lukashenka-viktar"), ("Sviatlana Tsikhanouskaya",
                      "person:tsikhanouskaya-sviatlana"), ("Pavel Latushko", "person:latushka-pavel")):
        for v in variants(name):
            if v.kind == "spelling":
                m = norm.match(v.text)
                if m is None or m.entity.id != eid:
                    misses.append((name, v.text, v.source))
    assert not misses, misses


def test_russian_cyrillic_is_spelled_in_the_russian_schemes() -> None:
    name = "Александр Лукашенко"
    assert belnorm.detect(name).language == "ru"
    spellings = _spellings(name)
    assert {s: spellings.get(s) for s in RU_SCHEMES} == {s: belnorm.transliterate(name, s) for s in RU_SCHEMES}


_SHADOW_PROBE = """
import belnorm
belnorm.Variant  # or anything else that imports the submodule belnorm.variants first
print(callable(belnorm.variants), [v.text for v in belnorm.variants("Мінск")][:1])
"""


def test_belnorm_variants_is_the_function() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _SHADOW_PROBE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr.strip().splitlines()[-1]
    assert out.stdout.strip() == "True ['Minsk']"


def test_belnorm_variants_is_the_function_when_asked_first() -> None:
    import subprocess
    import sys

    probe = "import belnorm; print([v.text for v in belnorm.variants('Мінск')][:1]); belnorm.Variant; print(callable(belnorm.variants))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["['Minsk']", "True"]
