"""Finding names in running text: tests/data/finding_cases.json against the test gazetteer of test_matching.

Each case lists the expected mentions in order as (entity id, exact surface text); a mention more or less fails.
Every case is also run through text transforms (NFD, CRLF, zero-width characters, emoji, a prefix that shifts
offsets) that must not change what is found in it and must keep ``text[m.start:m.end] == m.text``.
Failing cases are in tests/data/known_failures.tsv as ``find:<case id>`` or ``find:<case id>:<transform>``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belnorm import Mention
from test_matching import gazetteer, known_failures, normalizer

DATA = Path(__file__).parent / "data"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


@functools.cache
def cases() -> tuple[dict, ...]:
    return tuple(json.loads((DATA / "finding_cases.json").read_text(encoding="utf-8")))


def _expected(case: dict) -> str:
    return " | ".join(f"{e}={s}" for e, s in case["mentions"]) or "-"


def _zero_width(text: str) -> str:
    """A zero-width space after every space and a soft hyphen inside every long word."""
    out = []
    for word in text.split(" "):
        if len(word) >= 6 and word[:3].isalpha() and word[3:5].isalpha():
            word = word[:3] + "\u00ad" + word[3:]
        out.append(word)
    return " \u200b".join(out)


#: a sentence end: a full stop after a lower-case word (not the dot of an initial), then a space
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})(?<=[^\W\d_A-ZА-ЯЁІЎŁ]{2})\. ")

#: name -> (transform of the text, how to read a surface back into the case's spelling)
TRANSFORMS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "nfd": (lambda t: unicodedata.normalize("NFD", t), lambda s: unicodedata.normalize("NFC", s)),
    "nfc": (lambda t: unicodedata.normalize("NFC", t), lambda s: s),
    "crlf": (lambda t: _SENTENCE_END.sub(".\r\n", t.replace("\r\n", "\n").replace("\n", "\r\n")), lambda s: s),
    "zero-width": (_zero_width, lambda s: "".join(c for c in s if c not in INVISIBLE)),
    "emoji": (lambda t: "👍🏽 " + _SENTENCE_END.sub(". 🇧🇾 ", t.replace(", ", " 🙂, ")) + " 👨‍👩‍👧", lambda s: s),
    "prefix": (lambda t: "x" * 1000 + "\n\n" + t, lambda s: s),
}


def _canon(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in s if c not in INVISIBLE))


def finding_case_keys() -> set[tuple[str, str]]:
    """The (query, expected) keys finding cases use in known_failures.tsv."""
    keys = set()
    for case in cases():
        keys.add((f"find:{case['id']}", _expected(case)))
        for name in TRANSFORMS:
            keys.add((f"find:{case['id']}:{name}", _expected(case)))
    for size in (1_000_000, 100_000, 5_000, 777):
        keys.add((f"find:iter_find:{size}", "same as find="))
    return keys


def _marks(key: str, case: dict) -> list:
    row = known_failures().get((key, _expected(case)))
    if row is None:
        return []
    return [pytest.mark.xfail(strict=True, reason=f"known failure: got {row['got']}; {row['reason']}")]


def check_offsets(text: str, found: list[Mention]) -> None:
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end, "mentions must be in order and must not overlap"
        last_end = m.end
        assert 0 <= m.score <= 100
        assert m.entity.id in gazetteer()
        assert m.matched_name in m.entity.names
        assert m.explanation
        assert m.text == m.text.strip(), "a span never starts or ends with white space"


def _got(found: list[Mention]) -> list[tuple[str, str]]:
    return [(m.entity.id, m.text) for m in found]


# --------------------------------------------------------------------------------------------- the cases


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c['lang']}:{c['id']}", marks=_marks(f"find:{c['id']}", c)) for c in cases()]
)
def test_find_case(case: dict) -> None:
    text = case["text"]
    found = normalizer().find(text)
    check_offsets(text, found)
    assert _got(found) == [tuple(x) for x in case["mentions"]], case["note"]


@pytest.mark.parametrize(
    ("case", "transform"),
    [
        pytest.param(c, name, id=f"{name}:{c['id']}", marks=_marks(f"find:{c['id']}:{name}", c))
        for name in TRANSFORMS
        for c in cases()
    ],
)
def test_find_transformed(case: dict, transform: str) -> None:
    """The same mentions as in the untransformed text, whatever the Unicode form, line ends, invisible characters
    or offsets (whether those mentions are right is `test_find_case`'s business)."""
    change, read_back = TRANSFORMS[transform]
    text = change(case["text"])
    found = normalizer().find(text)
    check_offsets(text, found)
    got = [(e, _canon(read_back(s))) for e, s in _got(found)]
    plain = [(e, _canon(s)) for e, s in _got(normalizer().find(case["text"]))]
    assert got == plain, case["note"]


def test_case_count_and_languages() -> None:
    assert len(cases()) >= 25
    assert {"en", "be", "ru", "pl", "de", "be-latn"} <= {c["lang"] for c in cases()}
    assert len({c["id"] for c in cases()}) == len(cases())
    for case in cases():
        for entity, surface in case["mentions"]:
            assert entity in gazetteer(), entity
            assert surface in case["text"], (case["id"], surface)


# --------------------------------------------------------------------------------------------- invariants


def test_full_name_is_one_mention() -> None:
    found = normalizer().find("Учора Аляксандр Рыгоравіч Лукашэнка сказаў гэта.")
    assert _got(found) == [("p-lukashenka", "Аляксандр Рыгоравіч Лукашэнка")]


def test_possessive_not_in_span() -> None:
    for text in ("Lukashenko's plane", "Lukashenko’s plane", "Lukashenkoʼs plane"):
        found = normalizer().find(text)
        check_offsets(text, found)
        assert _got(found) == [("p-lukashenka", "Lukashenko")], text


def test_find_many_and_iter_find_agree_with_find() -> None:
    norm = normalizer()
    texts = [c["text"] for c in cases()]
    assert norm.find_many(texts) == [norm.find(t) for t in texts]
    assert norm.find_many([]) == []


@functools.cache
def _long_text() -> str:
    body = "\n".join(c["text"] for c in cases())
    return "\n\n".join([body] * 40)  # about 200 kB


@functools.cache
def _whole() -> tuple[Mention, ...]:
    return tuple(normalizer().find(_long_text()))


@pytest.mark.parametrize(
    "chunk_size",
    [
        pytest.param(size, id=f"chunk:{size}", marks=_marks(f"find:iter_find:{size}", {"mentions": [["same as find", ""]]}))
        for size in (1_000_000, 100_000, 5_000, 777)
    ],
)
def test_iter_find_over_chunks(chunk_size: int) -> None:
    norm = normalizer()
    text = _long_text()
    whole = _whole()
    check_offsets(text, list(whole))
    lazy = list(norm.iter_find(text, chunk_size=chunk_size))
    check_offsets(text, lazy)
    assert [(m.start, m.end, m.entity.id) for m in lazy] == [(m.start, m.end, m.entity.id) for m in whole]
    gen = norm.iter_find(text)
    assert iter(gen) is gen, "iter_find is lazy"


@pytest.mark.parametrize("text", ["", " ", "\n\r\n", "\u200b", "🙂", "12345", "a", "Ł", "\u0301\u0301", "-" * 1000])
def test_junk_text(text: str) -> None:
    found = normalizer().find(text)
    check_offsets(text, found)
    assert found == []


@pytest.mark.parametrize("text", [None, 42, b"Lukashenko", ["Lukashenko"]], ids=["None", "int", "bytes", "list"])
def test_find_non_string_is_type_error(text: object) -> None:
    with pytest.raises(TypeError):
        normalizer().find(text)  # type: ignore[arg-type]


_ALPHABET = st.sampled_from(
    list("абвгдеёжзійклмнопрстуўфхцчшыьэюяАБВГДЛМНПРСТЦШЭabcdehiklnoprstuyzABCLMTŁłšžčćŭśńź .,-'’ʼ\n\r\t")
    + ["\u200b", "\u00ad", "\u0301", "\u030c", "🙂", "🇧🇾", "\ufeff", "Лукашэнка", "Lukashenko", "Мінск", "Ціханоўскай"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_find_never_loses_offsets(text: str) -> None:
    found = normalizer().find(text)
    check_offsets(text, found)
    assert [(m.start, m.end) for m in normalizer().find(text)] == [(m.start, m.end) for m in found]
