"""`belnorm.cluster`: one label per spelling of one name, with no gazetteer.

Examples are the project's own (public figures and places); the dev evaluation sets are never used here. The
100,000-name timing is a benchmark (benchmarks/cluster_bench.py), not a test.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import belnorm

# Each group is the spellings of one name; different groups are different names.
TSIKHANOUSKAYA = [
    "Святлана Ціханоўская",
    "Sviatlana Tsikhanouskaya",
    "Svetlana Tikhanovskaya",
    "Светлана Тихановская",
    "Śviatłana Cichanoŭskaja",
    "Swiatłana Cichanouska",
    "Swetlana Tichanowskaja",
    "Святланы Ціханоўскай",
    "Tsikhanouskaya Sviatlana",
]
TSIKHANOUSKI = [
    "Сяргей Ціханоўскі",
    "Siarhei Tsikhanouski",
    "Сергей Тихановский",
    "Siarhiej Cichanoŭski",
    "Сяргея Ціханоўскага",
]
LUKASHENKA = [
    "Аляксандр Лукашэнка",
    "Alexander Lukashenko",
    "Aliaksandr Lukashenka",
    "Alaksandr Łukašenka",
    "Александр Лукашенко",
    "Aleksander Łukaszenka",
    "Лукашэнка Аляксандр Рыгоравіч",
    "Лукашенко Александр Григорьевич",
    "Аляксандра Лукашэнкі",
    "Lukashenko Alexander G.",
]
KARATKEVICH = ["Уладзімір Караткевіч", "Владимир Короткевич", "Uladzimir Karatkevich", "Uładzimir Karatkievič", "Władimir Korotkiewicz"]
MAHILIOU = ["Магілёў", "Mahilioŭ", "Mahiliou", "Могилёв", "Магілёве", "Mahilyow"]


def _same(labels: list[int], idx: list[int]) -> bool:
    return len({labels[i] for i in idx}) == 1


def test_spellings_of_one_name_share_a_label_and_others_do_not() -> None:
    groups = [TSIKHANOUSKAYA, TSIKHANOUSKI, LUKASHENKA, KARATKEVICH, MAHILIOU]
    names = [n for g in groups for n in g]
    labels = belnorm.cluster(names)
    start = 0
    seen: set[int] = set()
    for g in groups:
        idx = list(range(start, start + len(g)))
        assert _same(labels, idx), [names[i] for i in idx if labels[i] != labels[idx[0]]]
        assert labels[idx[0]] not in seen
        seen.add(labels[idx[0]])
        start += len(g)


def test_labels_by_first_appearance() -> None:
    labels = belnorm.cluster(["Магілёў", "Алег Лукашэнка", "Mahilioŭ", "Аляксандр Лукашэнка", "Alexander Lukashenko"])
    assert labels == [0, 1, 0, 2, 2]


def test_empty_and_duplicates() -> None:
    assert belnorm.cluster([]) == []
    assert belnorm.cluster(iter(["Магілёў", "Магілёў"])) == [0, 0]


def test_different_given_names_are_different_people() -> None:
    labels = belnorm.cluster(["Аляксандр Лукашэнка", "Віктар Лукашэнка", "Viktar Lukashenka", "Alexander Lukashenko"])
    assert labels == [0, 1, 1, 0]


def test_forms_of_one_given_name_meet() -> None:
    # Алесь is a familiar form of Аляксандр in data/names/given_names.tsv; Алег is another name
    labels = belnorm.cluster(["Алесь Бяляцкі", "Аляксандр Бяляцкі", "Ales Bialiatski", "Алег Бяляцкі"])
    assert labels[:3] == [0, 0, 0] and labels[3] == 1


def test_a_surname_alone_joins_the_one_cluster_that_fits() -> None:
    labels = belnorm.cluster(["Уладзімір Караткевіч", "Караткевіча", "Korotkevich"])
    assert labels == [0, 0, 0]


def test_a_surname_alone_that_fits_two_clusters_stays_apart() -> None:
    labels = belnorm.cluster(["Аляксандр Лукашэнка", "Віктар Лукашэнка", "Лукашенко", "Lukashenka"])
    assert labels[0] != labels[1]
    assert labels[2] == labels[3] and labels[2] not in (labels[0], labels[1])


def test_initials_join_the_cluster_of_their_given_name() -> None:
    labels = belnorm.cluster(["Аляксандр Лукашэнка", "Віктар Лукашэнка", "A. Lukashenko", "В. Лукашэнка", "Д. Лукашэнка"])
    assert labels[2] == labels[0] and labels[3] == labels[1]
    assert labels[4] not in (labels[0], labels[1])


def test_a_woman_and_a_man_of_one_family_stay_apart() -> None:
    labels = belnorm.cluster(["Святлана Ціханоўская", "Сяргей Ціханоўскі", "Ціханоўскага", "Ціханоўскай"])
    assert labels == [0, 1, 1, 0]


def test_a_typo() -> None:
    labels = belnorm.cluster(["Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanoskaya", "Sviatlana Tsikhnouskaya"])
    assert labels == [0, 0, 0]
    # a typo is a small difference in a long key, with the same given name
    assert belnorm.cluster(["Іван Луцэвіч", "Іван Луцкевіч"]) == [0, 1]


def test_threshold_turns_typos_off() -> None:
    names = ["Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanoskaya"]
    assert belnorm.cluster(names) == [0, 0]
    assert belnorm.cluster(names, threshold=100) == [0, 1]


def test_prothetic_v_and_case_forms_of_places() -> None:
    # the prothetic в of spoken Belarusian before у, о (data/names/inflection.toml) and a locative
    assert belnorm.cluster(["Узда", "Вузда", "Uzda", "Уздзе"]) == [0, 0, 0, 0]


def test_a_typo_needs_a_long_key() -> None:
    # two short surnames one letter apart are two names
    assert belnorm.cluster(["Сяргей Шум", "Сяргей Шам"]) == [0, 1]


def test_non_strings_are_read_as_text() -> None:
    assert belnorm.cluster([1994, "1994"]) == [0, 0]  # type: ignore[list-item]


# ----------------------------------------------------------------------------------------------- properties

POOL = TSIKHANOUSKAYA + TSIKHANOUSKI + LUKASHENKA + KARATKEVICH + MAHILIOU + [
    "Лукашэнка",
    "Ціханоўскага",
    "A. Lukashenko",
    "Віктар Лукашэнка",
    "Алег Бяляцкі",
    "Алесь Бяляцкі",
    "Узда",
    "Вузда",
]


def _partition(names: list[str], labels: list[int]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for n, label in zip(names, labels):
        groups.setdefault(label, set()).add(n)
    return {frozenset(g) for g in groups.values()}


@given(st.lists(st.sampled_from(POOL), max_size=25), st.randoms(use_true_random=False))
def test_partition_does_not_depend_on_order(names: list[str], rnd: random.Random) -> None:
    labels = belnorm.cluster(names)
    shuffled = names[:]
    rnd.shuffle(shuffled)
    assert _partition(names, labels) == _partition(shuffled, belnorm.cluster(shuffled))


@given(st.lists(st.one_of(st.sampled_from(POOL), st.text(max_size=20)), max_size=20))
def test_one_label_per_input_numbered_by_first_appearance(names: list[str]) -> None:
    labels = belnorm.cluster(names)
    assert len(labels) == len(names)
    expected_next = 0
    for label in labels:
        assert 0 <= label <= expected_next
        if label == expected_next:
            expected_next += 1
    for a, b in zip(names, labels):  # one string, one label
        assert all(lb == b for n, lb in zip(names, labels) if n == a)


@given(st.lists(st.text(st.characters(codec=None, exclude_categories=()), max_size=30), max_size=10))
def test_never_raises_on_arbitrary_strings(names: list[str]) -> None:
    assert len(belnorm.cluster(names)) == len(names)


@pytest.mark.parametrize("threshold", [0, 50, 85, 100])
def test_any_threshold(threshold: float) -> None:
    labels = belnorm.cluster(LUKASHENKA, threshold=threshold)
    assert len(set(labels)) == 1
