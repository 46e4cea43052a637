"""Exonyms: the names the foreign press gives Belarusian places, regions and historical persons that no reading
convention derives from the Belarusian or Russian name (issue 16). They are registered in the `alt` column of the
bundled gazetteer, each with the page that shows it in the row's `source`; the region words of other languages
(the Spanish and Italian provincia, the Hungarian terület) are equivalents of вобласць in data/names/org_words.tsv.
"""

from __future__ import annotations

import pytest

from belnorm import Normalizer

# (query, entity): a registered exonym, or a name built on one that the matcher reads by its rules
LINKED = [
    # Lithuanian
    ("Gardinas", "place:grodno"),
    ("Gardino sritis", "place:region:grodno"),
    ("Naugardukas", "place:navahrudak"),
    ("Naugarduke", "place:navahrudak"),  # locative, read from the nominative by the Lithuanian key table
    ("Alšėnai", "place:halshany"),
    ("Breslauja", "place:braslau"),
    ("Ašmena", "place:ashmiany"),  # the town, not the river Ashmyanka that Lithuanian also calls Ašmena
    ("Smurgainys", "place:smarhon"),
    ("Astravas", "place:astravets"),
    ("Medilas", "place:myadzel"),
    ("Myras", "place:mir"),  # not the surname Мірась
    ("Zietela", "place:dziatlava"),
    ("Lietuvos Brasta", "place:brest"),
    ("Narutis", "place:lake:narach"),
    ("Belovežo giria", "place:belavezhskaya-pushcha"),
    ("Vytautas Didysis", "person:vitaut"),
    ("Konstantinas Kalinauskas", "person:kalinouski-kastus"),
    ("Barbora Radvilaitė", "person:radzivil-barbara"),
    ("Leonas Sapiega", "person:sapieha-leu"),
    # Latvian, Polish, German, French, Czech, Hungarian, Yiddish-derived English
    ("Ļida", "place:lida"),
    ("Brześć Litewski", "place:brest"),
    ("Breszkaja Woblasz", "place:region:brest"),
    ("Mahiljouskaja Woblasz", "place:region:mogilev"),
    ("Orcha", "place:orsha"),
    ("Jlobine", "place:zhlobin"),
    ("Château de Niasvij", "place:nesvizh-castle"),
    ("Vitold Litevský", "person:vitaut"),
    ("Hrodnai terület", "place:region:grodno"),
    ("Zhetl", "place:dziatlava"),
    # a region word of another language before or after the centre's name
    ("Provincia de Maguilov", "place:region:mogilev"),
    ("provincia di Hrodna", "place:region:grodno"),
    ("Minszki terület", "place:region:minsk"),
]

# exonyms left out because they are common words (German Garten for Grodno, Yiddish Brisk for Brest)
NOT_LINKED = ["Garten", "Brisk"]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.default()


@pytest.mark.parametrize(("query", "expected"), LINKED)
def test_exonym_links_its_entity(norm: Normalizer, query: str, expected: str) -> None:
    m = norm.match(query)
    assert m is not None and m.entity.id == expected, f"{query!r}: {norm.explain(query)}"


@pytest.mark.parametrize("query", NOT_LINKED)
def test_exonym_that_is_a_common_word_links_nothing(norm: Normalizer, query: str) -> None:
    assert norm.match(query) is None, f"{query!r}: {norm.explain(query)}"


def test_exonyms_in_running_text(norm: Normalizer) -> None:
    text = "Naugarduke vyko susitikimas, o Gardino srities valdžia tylėjo; Vytautas Didysis gimė Trakuose."
    found = {(m.text, m.entity.id) for m in norm.find(text) if m.entity is not None}
    assert {
        ("Naugarduke", "place:navahrudak"),
        ("Gardino srities", "place:region:grodno"),
        ("Vytautas Didysis", "person:vitaut"),
    } <= found
