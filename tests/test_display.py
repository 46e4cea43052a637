"""HTML display for notebooks: every object renders, everything from the data is escaped."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

import belnorm
from belnorm import display
from belnorm.results import Mention

EVIL = '<script>alert("x")</script> & \'q\''


class _Checker(HTMLParser):
    """Collects tags and text; the HTML must nest properly and hold no script element."""

    VOID = {"br", "hr", "img", "meta", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == [], checker.stack
    assert "script" not in checker.tags
    return checker


@pytest.fixture(scope="module")
def norm() -> belnorm.Normalizer:
    gaz = belnorm.Gazetteer(
        [
            belnorm.Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка", "Łukašenka"],
                           attributes={"born": 1954, "note": EVIL}),
            belnorm.Entity(id='X"<2>', kind="place", names=["Мінск", "Minsk"], label=EVIL),
            belnorm.Entity(id="Q3", kind="org", names=["Вясна"]),
        ]
    )
    return belnorm.Normalizer(gaz)


def test_entity(norm: belnorm.Normalizer) -> None:
    entity = norm.gazetteer["Q1"]
    markup = entity._repr_html_()
    text = "".join(parse(markup).text)
    assert "Аляксандр Лукашэнка" in text and "person" in text and "Q1" in text and "1954" in text
    assert EVIL in text and "<script>" not in markup


def test_many_names_are_shortened() -> None:
    entity = belnorm.Entity(id="Q9", kind="other", names=[f"Name{i}" for i in range(40)])
    text = "".join(parse(display.entity_html(entity)).text)
    assert "Name0" in text and "Name39" not in text and f"{40 - display.MAX_NAMES} more" in text


def test_match(norm: belnorm.Normalizer) -> None:
    m = norm.match("Łukašenka")
    assert m is not None
    markup = m._repr_html_()
    text = "".join(parse(markup).text)
    assert "Łukašenka" in text and "Аляксандр Лукашэнка" in text and "Q1" in text
    assert f"{m.score:.1f}" in text and m.scheme in text
    assert all(line in text for line in m.explanation)


def test_match_of_escaped_label(norm: belnorm.Normalizer) -> None:
    m = norm.match("Minsk")
    assert m is not None
    markup = m._repr_html_()
    assert "<script>" not in markup and html.escape(EVIL) in markup
    assert 'X"<2>' in "".join(parse(markup).text)


def test_mention_and_text(norm: belnorm.Normalizer) -> None:
    text = "Учора <b>Аляксандр Лукашэнка</b> быў у Мінску & вярнуўся.\nДругі радок."
    mentions = norm.find(text)
    assert [m.entity.id for m in mentions] == ["Q1", 'X"<2>']
    parsed = parse(mentions[0]._repr_html_())
    assert "Аляксандр Лукашэнка" in "".join(parsed.text) and "mark" in parsed.tags
    markup = display.text_html(text, mentions)
    parsed = parse(markup)
    assert parsed.tags.count("mark") == 2 and "b" not in parsed.tags
    plain = "".join(parsed.text)
    # the text reads the same, with each highlighted mention followed by its entity id
    assert plain == text.replace("Лукашэнка", "ЛукашэнкаQ1").replace("Мінску", 'Мінскуx"<2>'.replace("x", "X"))
    assert "white-space: pre-wrap" in markup


def test_text_skips_overlapping_or_bad_offsets(norm: belnorm.Normalizer) -> None:
    text = "Мінск"
    m = norm.find(text)[0]
    bad = Mention(start=3, end=99, text="ск", entity=m.entity, score=1.0, matched_name="x", scheme="s",
                  explanation=())
    parsed = parse(display.text_html(text, [m, m, bad]))
    assert parsed.tags.count("mark") == 1 and "".join(parsed.text).startswith("Мінск")


def test_explanation(norm: belnorm.Normalizer) -> None:
    explanation = norm.explain("Лукашэнка")
    markup = explanation._repr_html_()
    text = "".join(parse(markup).text)
    assert explanation.verdict in text and "Q1" in text
    empty = norm.explain("Qwertyuiop")
    assert "no candidates" in "".join(parse(empty._repr_html_()).text) or empty.candidates


def test_match_table_and_highlight(norm: belnorm.Normalizer) -> None:
    queries = ["Łukašenka", EVIL, "Minsk"]
    table = display.match_table(queries, normalizer=norm)
    parsed = parse(table._repr_html_())
    assert parsed.tags.count("tr") == 4
    text = "".join(parsed.text)
    assert "no match" in text and EVIL in text and "Q1" in text
    assert "no match" in repr(table) and "Q1" in repr(table)
    with pytest.raises(ValueError):
        display.matches_html([None], ["a", "b"])
    shown = display.highlight("Мінск і Łukašenka", normalizer=norm)
    assert parse(shown._repr_html_()).tags.count("mark") == 2
    assert "[0:5]" in repr(shown)


def test_default_normalizer_renders() -> None:
    norm = belnorm.Normalizer.default()
    for m in norm.match_many(["Мінск", "Брэст", "Гомель"]):
        if m is not None:
            parse(m._repr_html_())
            parse(m.entity._repr_html_())
    parse(display.highlight("У Мінску і Брэсце.")._repr_html_())
