"""Data-driven matching tests: every spelling family of tests/data/matching_cases.tsv, plus spellings generated
with `belnorm.transliterate` in every scheme, against the small gazetteer of tests/data/matching_gazetteer.tsv.

Cases that fail today are listed in tests/data/known_failures.tsv and run as ``xfail(strict=True)``: fixing one
makes its test fail until its line is removed from that file.
"""

from __future__ import annotations

import csv
import functools
import time
import unicodedata
from pathlib import Path

import pytest
from pydantic import ValidationError

import belnorm
from belnorm import Entity, Gazetteer, Normalizer, Options

DATA = Path(__file__).parent / "data"

#: schemes that romanize Belarusian Cyrillic, and those that romanize Russian Cyrillic
BE_SCHEMES = ("lacinka", "national", "national_2023", "bgn", "passport", "iso9", "alalc", "pl_press", "de_press")
RU_SCHEMES = ("ru_bgn", "ru_icao", "ru_gost", "ru_english", "iso9")
#: surnames that two entities of the test gazetteer share: alone they must match nothing
SHARED_SURNAMES = {"p-babaryka-viktar", "p-babaryka-eduard", "p-tsapkala-valery", "p-tsapkala-veranika"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def gazetteer_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows(DATA / "matching_gazetteer.tsv"))


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer(
        Entity(id=r["id"], kind=r["kind"], names=r["names"].split("|"), label=r["label"]) for r in gazetteer_rows()
    )


@functools.cache
def normalizer() -> Normalizer:
    return Normalizer(gazetteer())


@functools.cache
def known_failures() -> dict[tuple[str, str], dict[str, str]]:
    """(query, expected) -> the row of tests/data/known_failures.tsv."""
    return {(r["query"], r["expected"]): r for r in _rows(DATA / "known_failures.tsv")}


def xfail_if_known(query: str, expected: str) -> list[pytest.MarkDecorator]:
    row = known_failures().get((query, expected))
    if row is None:
        return []
    return [pytest.mark.xfail(strict=True, reason=f"known failure: got {row['got']}; {row['reason']}")]


def strip_marks(s: str) -> str:
    """The spelling without diacritics, as people type on a plain keyboard (Łukašenka → Lukasenka)."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ʹ", "").replace("ʺ", "").replace("ʼ", "")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _is_belarusian_cyrillic(name: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in name) and not any(c in name.lower() for c in "иъщ")


@functools.cache
def generated_cases() -> tuple[tuple[str, str, str], ...]:
    """(query, expected, family) made with the transliteration tables from the gazetteer's own names."""
    out: dict[tuple[str, str], str] = {}

    def add(query: str, expected: str, family: str) -> None:
        out.setdefault((query, expected), family)

    for row in gazetteer_rows():
        eid, kind, first = row["id"], row["kind"], row["names"].split("|")[0]
        sources: list[tuple[str, tuple[str, ...]]] = []
        if _is_belarusian_cyrillic(first):
            sources.append((first, BE_SCHEMES))
        if row["ru"]:
            sources.append((row["ru"], RU_SCHEMES))
        for source, schemes in sources:
            parts = [source]
            if kind == "person" and eid not in SHARED_SURNAMES and " " in source:
                parts.append(source.split()[-1])  # the surname alone
            for scheme in schemes:
                for part in parts:
                    spelled = belnorm.transliterate(part, scheme)
                    add(spelled, eid, f"gen_{scheme}")
                    if strip_marks(spelled) != spelled and scheme != "iso9":  # plain ISO 9 is no one's spelling
                        add(strip_marks(spelled), eid, f"gen_{scheme}_plain")
                    if scheme in ("lacinka", "passport", "ru_english"):
                        add(spelled.upper(), eid, f"gen_{scheme}_upper")
                        add(spelled.lower(), eid, f"gen_{scheme}_lower")
    return tuple((q, e, fam) for (q, e), fam in out.items())


@functools.cache
def all_cases() -> tuple[tuple[str, str, str], ...]:
    hand = [(r["query"], r["expected"], r["family"]) for r in _rows(DATA / "matching_cases.tsv")]
    seen = {(q, e) for q, e, _ in hand}
    return tuple(hand) + tuple(c for c in generated_cases() if (c[0], c[1]) not in seen)


def _params() -> list:
    return [
        pytest.param(q, e, fam, id=f"{fam}:{q}", marks=xfail_if_known(q, e)) for q, e, fam in all_cases()
    ]


def _got(m: belnorm.Match | None) -> str:
    return "None" if m is None else f"{m.entity.id} ({m.score:.1f} via {m.matched_name!r})"


# --------------------------------------------------------------------------------------------- the cases


@pytest.mark.parametrize(("query", "expected", "family"), _params())
def test_case(query: str, expected: str, family: str) -> None:
    norm = normalizer()
    m = norm.match(query)
    if expected == "-":
        assert m is None, f"{query!r} must match nothing, got {_got(m)}"
        return
    assert m is not None, f"{query!r} must match {expected}, got None: {norm.explain(query)}"
    assert m.entity.id == expected, f"{query!r} must match {expected}, got {_got(m)}"
    assert 0 <= m.score <= 100
    assert m.score >= norm.options.score_cutoff
    assert m.matched_name in m.entity.names, "matched_name must be a registered name"
    assert m.query == query
    assert m.explanation and all(isinstance(line, str) and line for line in m.explanation)


def test_case_count() -> None:
    hand = _rows(DATA / "matching_cases.tsv")
    assert len(hand) >= 250
    families = {r["family"] for r in hand}
    assert {"press", "cognate", "given", "initials", "infl_be", "infl_ru", "infl_pl", "typo", "neg_foreign"} <= families
    assert all(r["expected"] == "-" or r["expected"] in gazetteer() for r in hand), "unknown expected id"
    generated = {fam.removeprefix("gen_").removesuffix("_plain").removesuffix("_upper").removesuffix("_lower")
                 for _, _, fam in generated_cases()}
    assert set(BE_SCHEMES) | set(RU_SCHEMES) <= generated


def test_known_failures_are_cases() -> None:
    """Every known failure names a case that exists: a stale line would hide nothing and mislead."""
    cases = {(q, e) for q, e, _ in all_cases()}
    from test_finding import finding_case_keys  # noqa: PLC0415 (tests share the known-failure file)

    from test_keys import key_case_keys  # noqa: PLC0415

    from test_declension_oracle import declension_case_keys  # noqa: PLC0415

    other = {("rule:Aleksander Łukaszenka", "given-name equivalent"), ("api:cutoff at the reported score", "match")}
    known = cases | finding_case_keys() | key_case_keys() | declension_case_keys() | other
    stale = [k for k in known_failures() if k not in known]
    assert not stale, f"known_failures.tsv lines that match no case: {stale}"


# --------------------------------------------------------------------------------------------- rules named


def _rule_params(pairs: list[tuple[str, str]]) -> list:
    return [pytest.param(q, r, id=f"{r}:{q}", marks=xfail_if_known(f"rule:{q}", r)) for q, r in pairs]


@pytest.mark.parametrize(
    ("query", "rule"),
    _rule_params([
        ("Аляксандра Лукашэнкі", "case form"),
        ("Ціханоўскай", "case form"),
        ("Aleksandra Łukaszenki", "case form"),
        ("Магілёве", "case form"),
        ("Aleksander Łukaszenka", "given-name equivalent"),
        ("Aliaksandr Lukashnko", "typo"),
        ("Sasha Lukashenko", "familiar form"),
        ("A. Łukašenka", "initial"),
        ("Ворша", "prothetic"),
        ("Лукашэнка", "surname only"),
    ]),
)
def test_explanation_names_rule(query: str, rule: str) -> None:
    m = normalizer().match(query)
    assert m is not None, query
    assert any(rule in line for line in m.explanation), m.explanation


def test_scheme_reported() -> None:
    norm = normalizer()
    assert norm.match("Лукашэнка").scheme == "cyrillic"
    assert norm.match("Łukaszenka").scheme == "polish"
    assert set(norm.match("Lukaschenko").conventions) <= {"german", "english"}  # both read it alike
    assert norm.match("Łukašenka").scheme == "lacinka"


# --------------------------------------------------------------------------------------------- batch and explain


def test_match_many_equals_match() -> None:
    norm = normalizer()
    queries = [q for q, _, _ in all_cases()]
    many = norm.match_many(queries)
    assert len(many) == len(queries)
    single = [norm.match(q) for q in queries]
    diff = [(q, _got(a), _got(b)) for q, a, b in zip(queries, many, single) if a != b]
    assert not diff, diff[:20]
    assert norm.match_many([]) == []
    assert norm.match_many(iter(["Мінск", "Vladimir Putin"]))[0].entity.id == "l-minsk"


def test_explain_agrees_with_match() -> None:
    norm = normalizer()
    diff = []
    for q, _, _ in all_cases():
        a, b = norm.explain(q).match, norm.match(q)
        if (a and (a.entity.id, a.score)) != (b and (b.entity.id, b.score)):
            diff.append((q, _got(a), _got(b)))
    assert not diff, diff[:20]


def test_explain_lists_candidates_without_a_match() -> None:
    norm = normalizer()
    ex = norm.explain("Бабарыка")  # two people share the surname
    assert ex.match is None
    ids = {c.entity.id for c in ex.candidates}
    assert {"p-babaryka-viktar", "p-babaryka-eduard"} <= ids
    assert "ambiguous" in ex.verdict
    assert str(ex)  # printable

    ex = norm.explain("Aliaksandr Lukashnko", limit=3)  # a typo: below a strict cutoff, the candidate still shows
    assert ex.match is not None and len(ex.candidates) <= 3
    strict = norm.with_options(score_cutoff=99)
    ex = strict.explain("Aliaksandr Lukashnko")
    assert ex.match is None and ex.candidates and ex.candidates[0].entity.id == "p-lukashenka"
    assert "cutoff" in ex.verdict

    ex = norm.explain("Віктар Лукашэнка")  # a given name the entity does not have: rejected, and why
    assert ex.match is None
    assert any(c.rejected for c in ex.candidates if c.entity.id == "p-lukashenka")

    ex = norm.explain("Vladimir Putin")
    assert ex.match is None and ex.verdict


# --------------------------------------------------------------------------------------------- options


def test_score_cutoff() -> None:
    norm = normalizer()
    typo = norm.match("Aliaksandr Lukashnko")
    assert typo is not None and typo.score < 100
    assert norm.match("Aliaksandr Lukashnko", score_cutoff=typo.score + 0.5) is None
    assert norm.match("Aliaksandr Lukashnko", score_cutoff=typo.score - 0.5) is not None
    assert norm.match("Аляксандр Рыгоравіч Лукашэнка", score_cutoff=100).entity.id == "p-lukashenka"
    assert norm.match("Мінск", score_cutoff=100).entity.id == "l-minsk"
    assert norm.match_many(["Aliaksandr Lukashnko", "Мінск"], score_cutoff=99)[0] is None
    strict = Normalizer(gazetteer(), options=Options(score_cutoff=99))
    assert strict.match("Aliaksandr Lukashnko") is None
    assert strict.match("Мінск") is not None
    assert norm.match("Aliaksandr Lukashnko") is not None, "a per-call cutoff must not change the normalizer"


@pytest.mark.parametrize(
    "query", [pytest.param("Aliaksandr Lukashnko", marks=xfail_if_known("api:cutoff at the reported score", "match"))]
)
def test_reported_score_passes_its_own_cutoff(query: str) -> None:
    """A user who sets score_cutoff to the score a match reported must still get that match."""
    m = normalizer().match(query)
    assert m is not None
    assert normalizer().match(query, score_cutoff=m.score) is not None


def test_allow_surname_only() -> None:
    norm = normalizer().with_options(allow_surname_only=False)
    assert norm.match("Лукашэнка") is None
    assert norm.match("Tsikhanouskaya") is None
    assert norm.match("Аляксандр Лукашэнка").entity.id == "p-lukashenka"
    assert norm.match("A. Lukashenko").entity.id == "p-lukashenka"
    assert norm.match("Мінск").entity.id == "l-minsk", "places have no surname"
    assert normalizer().match("Лукашэнка").entity.id == "p-lukashenka", "with_options must not change the original"


def test_a_typo_of_two_entities_names_neither() -> None:
    """A lone word one letter from a lake's name and as close to a woman's surname links neither, although the
    surname alone scores less; either spelled as registered still links."""
    norm = Normalizer(
        Gazetteer(
            [
                Entity(id="lake", kind="place", names=["Выганашчанскае", "Выгоновское"]),
                Entity(id="person", kind="person", names=["Святлана Ціханоўская", "Светлана Тихановская"]),
            ]
        )
    )
    assert norm.match("Cihanouska") is None
    assert "ambiguous" in str(norm.explain("Cihanouska"))
    assert norm.match("Выгоновское").entity.id == "lake"
    assert norm.match("Ciachanouskaja").entity.id == "person"


def test_fuzzy_off() -> None:
    norm = normalizer().with_options(fuzzy=False)
    assert norm.match("Aliaksandr Lukashnko") is None
    assert norm.match("Sviatlana Tsikhanoskaya") is None
    assert norm.match("Lukashenko").entity.id == "p-lukashenka"
    assert norm.match("Aleksandra Łukaszenki").entity.id == "p-lukashenka", "case forms are not typos"


def test_kinds() -> None:
    places = normalizer().with_options(kinds=("place",))
    persons = normalizer().with_options(kinds=("person",))
    assert places.match("Мінск").entity.id == "l-minsk"
    assert places.match("Bykov") is None
    assert places.match("Быхаў").entity.id == "l-bykhau"
    assert persons.match("Мінск") is None
    assert persons.match("Быкаў").entity.id == "p-bykau"
    assert persons.match("Viasna") is None
    assert normalizer().with_options(kinds=("org",)).match("Viasna").entity.id == "o-viasna"


def test_conventions() -> None:
    polish = normalizer().with_options(conventions=("polish",))
    english = normalizer().with_options(conventions=("english",))
    assert polish.match("Łukaszenka").entity.id == "p-lukashenka"
    assert english.match("Łukaszenka") is None
    assert english.match("Lukashenko").entity.id == "p-lukashenka"
    assert english.match("Лукашэнка").entity.id == "p-lukashenka", "Cyrillic is not a Latin convention"


def test_conventions_filter_a_reading_shared_by_several() -> None:
    """A reading that several conventions share is kept when one of them is allowed, and dropped otherwise:
    Hrodna reads alike in Łacinka, English and German, but ISO 9 has no h for г."""
    shared = normalizer().match("Hrodna")
    assert shared is not None and len(shared.conventions) > 1 and shared.scheme == shared.conventions[0]
    assert normalizer().with_options(conventions=("iso9",)).match("Hrodna") is None
    allowed = shared.conventions[-1]
    assert normalizer().with_options(conventions=(allowed,)).match("Hrodna").entity.id == shared.entity.id


def test_unknown_convention_is_an_error() -> None:
    with pytest.raises(ValidationError, match="englsh"):
        Options(conventions=("englsh",))


def test_options_immutable_and_validated() -> None:
    opts = Options()
    with pytest.raises(ValidationError):
        opts.score_cutoff = 10  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Options(score_cutoff=150)
    with pytest.raises(ValidationError):
        Options(no_such_option=True)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Options(kinds=("planet",))  # type: ignore[arg-type]
    assert opts.model_copy(update={"fuzzy": False}).fuzzy is False and opts.fuzzy is True
    clone = normalizer().with_options(score_cutoff=50)
    assert clone.index is normalizer().index and clone.options.score_cutoff == 50


# --------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "query",
    ["", " ", "\t\n ", "\u200b", "...", "«»", "12345", "1994", "🙂🙂", "🇧🇾", "-", "'", "ʼ", "A.", "А. Р.", "x", "\x00"],
)
def test_junk_gives_none(query: str) -> None:
    norm = normalizer()
    assert norm.match(query) is None
    assert norm.match_many([query]) == [None]
    assert norm.explain(query).match is None


@pytest.mark.parametrize(
    "query", [None, 123, 1.5, b"Lukashenko", ["Lukashenko"], object()], ids=["None", "int", "float", "bytes", "list", "object"]
)
def test_non_string_is_type_error(query: object) -> None:
    norm = normalizer()
    with pytest.raises(TypeError):
        norm.match(query)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        norm.match_many(["Мінск", query])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        norm.explain(query)  # type: ignore[arg-type]


def test_match_many_refuses_one_string() -> None:
    """A str is an iterable of characters; matching each character would be silent nonsense."""
    with pytest.raises(TypeError, match="match"):
        normalizer().match_many("Łukašenka")


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "Лукашэнка " * 1_000,
        "Łukašenka-" * 1_000,
        "🙂" * 10_000,
        "\u0301" * 10_000,
        "Мінск" + " " * 10_000 + "Гомель",
        "".join(chr(c) for c in range(0x20, 0x2800) if chr(c).isprintable())[:10_000],
    ],
)
def test_long_input_is_clean_and_fast(query: str) -> None:
    norm = normalizer()
    t = time.perf_counter()
    m = norm.match(query)
    norm.explain(query)
    assert time.perf_counter() - t < 2.0
    assert m is None or 0 <= m.score <= 100


@pytest.mark.parametrize("query", ["Лukashenko", "Łукашэнка", "Мiнск", "Lukashenko 2020", "Лукашэнка🙂", "Minsk\u0301"])
def test_mixed_scripts_do_not_raise(query: str) -> None:
    m = normalizer().match(query)
    assert m is None or m.entity.id in gazetteer()


def test_gazetteer_validation() -> None:
    with pytest.raises(ValueError):
        Gazetteer([Entity(id="a", kind="place", names=["Мінск"]), Entity(id="a", kind="place", names=["Гомель"])])
    with pytest.raises(ValueError):
        Entity(id="b", kind="place", names=["  "])
    with pytest.raises(ValueError):
        Entity(id="c", kind="planet", names=["Мінск"])  # type: ignore[arg-type]
