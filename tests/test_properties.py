"""Property tests over arbitrary Unicode: nothing public raises on a str, and the invariants hold.

The number of examples comes from the hypothesis profile (``tests/conftest.py``): ~100 by default,
100,000 with ``HYPOTHESIS_PROFILE=fuzz``. Strategies cover arbitrary code points including lone surrogates
(``st.characters(codec=None)`` with no category excluded), plain ``st.text()``, and "name-like" text built from
the letters, marks and punctuation belnorm's rules care about, so that the interesting code paths are reached
(random Unicode alone rarely spells a name).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import belnorm
from belnorm import Detection, Match, Mention, Normalizer, clean, detect, table_names, transliterate

SCHEMES = table_names()

# ----------------------------------------------------------------------------------------------- strategies
#: every code point, lone surrogates and unassigned ones included
ANY_CHAR = st.characters(codec=None, exclude_categories=())
any_text = st.text(ANY_CHAR)

_NAME_ALPHABET = (
    "абвгдеёжзійклмнопрстуўфхцчшыьэюяиъщ"
    "АБВГДЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯИЪЩ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "łŁŭŬčČšŠžŽćĆśŚźŹńŃĺĹóąężäöüßìâûǔèŝëėĭʹʺ·"
    "'’‘ʼʻ`´′\"″-‐‑‒–—―−﹣－"  # apostrophes and dashes
    "\u0301\u0300\u0308\u0306\u030c\u0361\u0327"  # combining marks
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202e"  # zero-width, soft hyphen, BOM, bidi
    "\x00\x07\t\n\r \u00a0\u3000"  # NUL, BEL, whitespace
    ".,;:!?()[]«»0123456789"
    "😀👍🏽\U0001f1e7\U0001f1fe"  # emoji, skin tone, flag letters
    "\udcff\ud800"  # lone surrogates
)
name_char = st.sampled_from(_NAME_ALPHABET)
namey_text = st.text(name_char, max_size=60)


def _gazetteer_names() -> list[str]:
    return sorted({n for e in belnorm.Gazetteer.default() for n in e.names})


GAZ_NAMES = _gazetteer_names()


@st.composite
def noisy_names(draw: st.DrawFn) -> str:
    """A bundled name, maybe transliterated, with characters inserted, deleted or replaced."""
    name = draw(st.sampled_from(GAZ_NAMES))
    if draw(st.booleans()):
        name = transliterate(name, draw(st.sampled_from(SCHEMES)))
    chars = list(name)
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(chars)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "case"]))
        if op == "insert":
            chars.insert(pos, draw(st.one_of(name_char, ANY_CHAR)))
        elif pos < len(chars):
            if op == "delete":
                del chars[pos]
            elif op == "replace":
                chars[pos] = draw(name_char)
            else:
                chars[pos] = chars[pos].swapcase()
    return "".join(chars)


@st.composite
def running_text(draw: st.DrawFn) -> str:
    """Sentences that mention bundled names among noise, so that find has something to find."""
    pieces = draw(
        st.lists(
            st.one_of(
                noisy_names(),
                st.sampled_from(GAZ_NAMES),
                namey_text,
                st.sampled_from([" ", ", ", ". ", " і ", " and ", "\n", " — ", " (", ") ", "«", "»"]),
            ),
            max_size=12,
        )
    )
    return "".join(pieces)


queries = st.one_of(any_text, st.text(), namey_text, noisy_names())
texts = st.one_of(any_text, st.text(), namey_text, running_text())


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer.default()


# ----------------------------------------------------------------------------------------------- clean
@given(st.one_of(any_text, st.text(), namey_text, noisy_names()))
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    once = clean(text)
    assert isinstance(once, str)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip() and "  " not in once
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in once)


# ----------------------------------------------------------------------------------------------- detect
@given(queries)
def test_detect_never_raises(text: str) -> None:
    d = detect(text)
    assert isinstance(d, Detection)
    assert d.script in ("cyrillic", "latin", "mixed", "none")
    assert d.language in ("be", "ru", "unknown")
    assert all(name in SCHEMES and 0 < score <= 1 for name, score in d.schemes)


# ----------------------------------------------------------------------------------------------- transliterate
@given(queries)
def test_transliterate_never_raises_in_any_scheme(text: str) -> None:
    for scheme in SCHEMES:
        out = transliterate(text, scheme)
        assert isinstance(out, str)
        if not text:
            assert out == ""


@given(queries, st.sampled_from(SCHEMES))
def test_transliterate_is_deterministic(text: str, scheme: str) -> None:
    # the second call may come from the memo: it must agree with the first
    assert transliterate(text, scheme) == transliterate(text, scheme)


# ----------------------------------------------------------------------------------------------- match
@given(queries)
def test_match_never_raises(norm: Normalizer, text: str) -> None:
    m = norm.match(text)
    assert m is None or isinstance(m, Match)
    if m is not None:
        assert m.entity.id in norm.gazetteer
        assert 0 <= m.score <= 100
        assert m.query == text


@given(st.lists(queries, max_size=8))
def test_match_many_equals_match(norm: Normalizer, batch: list[str]) -> None:
    many = norm.match_many(batch)
    one_by_one = [norm.match(q) for q in batch]
    assert len(many) == len(batch)
    assert [(m.entity.id, m.score) if m else None for m in many] == [
        (m.entity.id, m.score) if m else None for m in one_by_one
    ]


@given(queries)
def test_explain_agrees_with_match(norm: Normalizer, text: str) -> None:
    explanation = norm.explain(text)
    m = norm.match(text)
    assert (explanation.match.entity.id if explanation.match else None) == (m.entity.id if m else None)


# ----------------------------------------------------------------------------------------------- find
def _check_spans(text: str, mentions: list[Mention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert isinstance(mention, Mention)
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        previous_end = mention.end


@given(texts)
def test_find_spans_are_exact_ordered_and_disjoint(norm: Normalizer, text: str) -> None:
    _check_spans(text, norm.find(text))


@given(running_text())
def test_iter_find_spans_are_exact(norm: Normalizer, text: str) -> None:
    # small chunks force cuts inside the text; the spans must still be exact offsets into the whole text
    mentions = list(norm.iter_find(text, chunk_size=16))
    _check_spans(text, mentions)


@given(st.lists(texts, max_size=4))
def test_find_many_equals_find(norm: Normalizer, batch: list[str]) -> None:
    key = lambda ms: [(m.start, m.end, m.entity.id) for m in ms]  # noqa: E731
    assert [key(ms) for ms in norm.find_many(batch)] == [key(norm.find(t)) for t in batch]


@given(running_text())
def test_find_is_deterministic(norm: Normalizer, text: str) -> None:
    assume(text)
    first = [(m.start, m.end, m.entity.id) for m in norm.find(text)]
    assert first == [(m.start, m.end, m.entity.id) for m in norm.find(text)]
