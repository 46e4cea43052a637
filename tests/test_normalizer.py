"""`Normalizer` as an object: fast paths give the answers of slow paths (`match_many` == `match`, pruning ==
no pruning), `default()` is cached and nothing is built at import, `with_options` shares the index and validates,
a normalizer pickles and is safe to share between threads, options are frozen.

The queries come from the bundled gazetteer (data/gazetteer/*.tsv): Belarusian names in every Belarusian scheme,
Russian names in the Russian schemes, case forms, reordered and initialled names, typos, and names of no one.
"""

from __future__ import annotations

import csv
import functools
import pickle
import random
import subprocess
import sys
import threading

import pytest
from pydantic import ValidationError

import belnorm
from belnorm import Entity, Gazetteer, Normalizer, Options
from belnorm.sources.bundled import bundled_files
from belnorm.index import ANCHOR_ROLES
from belnorm.names import tokenize
from belnorm.data import data_path
from belnorm.tables import load_table, table_names
from belnorm.text import clean

BE_SCHEMES = tuple(
    s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language in ("be", "any")
)
RU_SCHEMES = tuple(
    s for s in table_names() if load_table(s).source_script == "cyrillic" and load_table(s).language in ("ru", "any")
)

NEGATIVES = (
    "Джон Сміт", "John Smith", "Qwertyuiop", "Ivan Petrovich Sidorov", "Angela Merkel", "Paryž", "Lorem ipsum dolor",
    "", "   ", "12345", "🙂", "Х", "Мікалай", "Alexander", "Іван Іваноў", "Pieter van der Berg", "Сяргей Петрасян",
    "Москва", "Warszawa", "Kyiv", "Ołeksandr Kowalczuk", "Сергей Иванов", "Rzeczpospolita", "a b c d e f g h i j k l m n",
    "Аляксандр Ціханоўская", "Łukašenka Łukašenka Łukašenka", "Президент Беларуси", "г. Мінск", "А. Р. Лукашэнка",
)

NOISE = {
    "person": ("President", "спадар", "пан", "Dr", "журналіст"),
    "place": ("Lake", "river", "горад", "г.", "рака", "возера", "see", "town"),
    "org": ("the", "у", "в"),
}


# --------------------------------------------------------------------------------------------- queries
@functools.cache
def _rows() -> tuple[dict[str, str], ...]:
    out = []
    for filename, kind in bundled_files().items():
        with data_path("gazetteer", filename).open(encoding="utf-8") as f:
            lines = [line for line in f if line.strip() and not line.startswith("#")]
        out.extend({**r, "kind": kind} for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple(out)


def _inflected(word: str) -> list[str]:
    for end, forms in (("ская", ("скай", "скую")), ("скі", ("скага", "скім")), ("ка", ("ку", "кі")), ("а", ("у", "ы")), ("ь", ("і",))):
        if word.endswith(end):
            return [word[: -len(end)] + f for f in forms]
    if word[-1:] in "бвгджзйклмнпрстўфхцчш":
        return [word + "а", word + "у", word + "ам"]
    return []


def _typo(word: str, rng: random.Random) -> str | None:
    if len(word) < 6:
        return None
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


@functools.cache
def mixed_queries(n: int = 1400, seed: int = 7) -> tuple[str, ...]:
    rng = random.Random(seed)
    qs: list[str] = []
    for r in _rows():
        be, ru = r["be"], r["ru"]
        qs += [be, ru, r["en"], r["lacinka"]]
        qs += [belnorm.transliterate(be, s) for s in BE_SCHEMES]
        qs += [belnorm.transliterate(ru, s) for s in RU_SCHEMES if ru]
        words = be.split()
        if r["kind"] == "person" and len(words) >= 2:
            for form in _inflected(words[-1]):
                qs += [form, " ".join([*words[:-1], form]), form + " " + " ".join(words[:-1])]
            qs += [words[0][0] + ". " + words[-1], " ".join(reversed(words)), be.upper(), be.lower()]
        elif r["kind"] == "place" and len(words) == 1:
            qs += _inflected(be)
        latin = belnorm.transliterate(be, "passport").split()
        if latin:
            j = max(range(len(latin)), key=lambda i: len(latin[i]))
            typo = _typo(latin[j], rng)
            if typo:
                qs.append(" ".join([*latin[:j], typo, *latin[j + 1 :]]))
        typo = _typo(be, rng)
        if typo:
            qs.append(typo)
    unique = list(dict.fromkeys(q for q in qs if q))
    rng.shuffle(unique)
    # names with a word that accompanies them (a title, a generic place word, an article)
    accompanied = []
    for r in rng.sample(_rows(), 120):
        word = rng.choice(NOISE[r["kind"]])
        name = rng.choice([r["be"], r["ru"], r["en"]]) or r["be"]
        accompanied.append(f"{word} {name}" if rng.random() < 0.7 else f"{name} {word}")
    return (*unique[:n], *accompanied, *NEGATIVES)


def _tokens(norm: Normalizer, query: str):  # type: ignore[no-untyped-def]
    """The query tokens exactly as `Normalizer.explain` builds them."""
    return norm.engine.prepare(query)[1]


@pytest.fixture(scope="module")
def default() -> Normalizer:
    return Normalizer.default()


@pytest.fixture(scope="module")
def queries() -> tuple[str, ...]:
    return mixed_queries()


# --------------------------------------------------------------------------------------------- fast == slow
def test_query_mix_is_large_and_mostly_matched(default: Normalizer, queries: tuple[str, ...]) -> None:
    assert len(queries) >= 1000
    matched = sum(m is not None for m in default.with_options().match_many(queries))
    assert 0.7 * len(queries) < matched < len(queries) - 10  # positives and negatives both present


def test_match_many_equals_match(default: Normalizer, queries: tuple[str, ...]) -> None:
    """Entity, score, matched name, scheme and explanation, each on a normalizer with an empty query cache."""
    many = default.with_options().match_many(queries)
    one_norm = default.with_options()
    one = [one_norm.match(q) for q in queries]
    assert len(many) == len(queries)
    diffs = [(q, a, b) for q, a, b in zip(queries, many, one) if a != b]
    assert not diffs, diffs[:5]
    # and again in another order, with the cache warm: answers do not depend on what was asked before
    shuffled = list(queries)
    random.Random(3).shuffle(shuffled)
    again = dict(zip(shuffled, one_norm.match_many(shuffled)))
    assert [again[q] for q in queries] == one


def test_match_many_equals_match_with_a_score_cutoff(default: Normalizer, queries: tuple[str, ...]) -> None:
    sample = list(queries[::5])
    assert default.match_many(sample, score_cutoff=95) == [default.match(q, score_cutoff=95) for q in sample]
    strict = default.with_options(score_cutoff=95)
    assert default.match_many(sample, score_cutoff=95) == strict.match_many(sample)
    assert default.options.score_cutoff == Options().score_cutoff  # the cutoff did not stick


def test_match_many_leaves_the_collector_as_it_found_it(default: Normalizer) -> None:
    import gc

    assert gc.isenabled()
    default.match_many(["Мінск", "Łukašenka"])
    assert gc.isenabled()
    gc.disable()
    try:
        default.match_many(["Мінск"])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        default.match_many(["Мінск", None])  # type: ignore[list-item]
    assert gc.isenabled()


def _prune_diffs(norm: Normalizer, queries) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(query, decision with pruning, decision without) where the two differ."""
    diffs = []
    for q in queries:
        tokens = _tokens(norm, q)
        fast = norm.engine.decide(q, norm.engine.rank(tokens, prune=True))
        slow = norm.engine.decide(q, norm.engine.rank(tokens, prune=False))
        if fast != slow:
            diffs.append((q, fast[1], slow[1]))
    return diffs


def _candidates_by_scan(norm: Normalizer, tokens) -> set[int]:  # type: ignore[no-untyped-def]
    """`Engine.candidate_names(lenient=False)` by definition, scanning every name: a name is a candidate when its
    surname (or place or organisation word) fits one query word (by key, or, for a word of an organisation's name
    of two words or more, by word class: a translation) and each other narrowing word fits some token of it, by
    key or by given-name (or word) class."""
    words = [q for q in tokens if q.kind != "initial" and q.known]

    def fits(q, t) -> bool:  # type: ignore[no-untyped-def]
        return bool(set(t.bases) & set(q.hits)) or bool((t.classes | t.familiar) & (q.classes | q.familiar))

    found = set()
    for anchor in words:
        others = [q for q in words if q is not anchor and q.narrows]
        for n, name in enumerate(norm.index.names):
            translated = norm.index.kinds[name.entity] == "org" and len(name.tokens) > 1
            if any(
                t.role in ANCHOR_ROLES and (set(t.bases) & set(anchor.hits) or (translated and t.classes & anchor.classes))
                for t in name.tokens
            ) and all(
                any(fits(q, t) for t in name.tokens) for q in others
            ):
                found.add(n)
    return found


def test_pair_index_finds_the_candidates_a_scan_finds(default: Normalizer, queries: tuple[str, ...]) -> None:
    checked = 0
    for q in queries[::7]:
        tokens = _tokens(default, q)
        assert set(default.engine.candidate_names(tokens, lenient=False)) == _candidates_by_scan(default, tokens), q
        checked += bool(tokens)
    assert checked > 150


def test_pruning_does_not_change_the_decision(default: Normalizer, queries: tuple[str, ...]) -> None:
    diffs = _prune_diffs(default.with_options(), queries)
    assert not diffs, diffs[:5]


@pytest.mark.parametrize(
    "changes",
    [
        {"kinds": ("person",)},
        {"kinds": ("place", "org")},
        {"allow_surname_only": False},
        {"ambiguity_margin": 0.0},
        {"ambiguity_margin": 8.0},
        {"score_cutoff": 95.0},
        {"fuzzy": False},
        {"conventions": ("english",)},
    ],
    ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()),
)
def test_pruning_does_not_change_the_decision_under_options(
    default: Normalizer, queries: tuple[str, ...], changes: dict
) -> None:
    norm = default.with_options(**changes)
    diffs = _prune_diffs(norm, queries[::4])
    assert not diffs, diffs[:5]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі", "org:bsuir"),
        ("Галоўнае ўпраўленне па барацьбе з арганізаванай злачыннасцю і карупцыяй", "org:gubopik"),
        ("Национальный академический Большой театр оперы и балета Республики Беларусь", "org:bolshoi-theatre"),
        ("Tsentralnaya kamisiya Respubliki Belarus pa vybarakh i praviadzenni respublikanskikh referendumau",
         "org:central-election-commission"),
    ],
)
def test_pruning_keeps_names_with_one_letter_words(default: Normalizer, query: str, expected: str) -> None:
    assert default.explain(query).match.entity.id == expected  # the slow path finds it
    m = default.match(query)
    assert m is not None and m.entity.id == expected


def test_explain_agrees_with_match(default: Normalizer, queries: tuple[str, ...]) -> None:
    norm = default.with_options()
    diffs = [q for q in queries[::2] if norm.explain(q).match != norm.match(q)]
    assert not diffs, diffs[:5]  # explain does not prune, so this also checks that pruning changes nothing


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("рака Бярэзіна", "place:river:biarezina"),  # match() says place:bierazino, the town Беразіно
        ("Lake Бярэзіна", "place:river:biarezina"),
        ("river Svislach", "place:river:svislach"),  # the query's own word asks for the river ("Svislach" alone is a tie)
        ("Svislach", None),
        ("горад Свіслач", "place:svislach"),  # of the two towns, the district centre over the urban settlement
        ("the Дынама Мінск", None),  # the football club and the hockey club
        ("the БПЦ", None),
        ("see Minsk", "place:minsk"),  # match() says place:reservoir:zaslawye
    ],
)
def test_pruning_with_an_accompanying_word(default: Normalizer, query: str, expected: str | None) -> None:
    slow = default.explain(query).match
    assert (slow and slow.entity.id) == expected  # the slow path
    fast = default.match(query)
    assert (fast and fast.entity.id) == expected


# --------------------------------------------------------------------------------------------- default() and import
def test_default_is_cached(default: Normalizer) -> None:
    assert Normalizer.default() is default
    assert Normalizer.default() is Normalizer.default()
    assert Normalizer.default(options=Options()) is default  # equal options, same normalizer
    assert len(default.index.entity_ids) == len(Gazetteer.default()) + len(Gazetteer.namesakes_abroad())
    assert default.match("Łukašenka").entity.id == "person:lukashenka-aliaksandr"


def test_default_with_other_options_applies_them() -> None:
    strict = Normalizer.default(options=Options(score_cutoff=99))
    assert strict.options.score_cutoff == 99
    assert Normalizer.default(options=Options(score_cutoff=99)) is strict
    assert strict.match("Tsikhanouskaya") is None  # surname only scores 90
    assert Normalizer.default().match("Tsikhanouskaya") is not None


_IMPORT_PROBE = """
import sys, time
t = time.perf_counter()
import belnorm
elapsed = time.perf_counter() - t
loaded = sorted(m for m in sys.modules if m.startswith("belnorm"))
heavy = sorted(m for m in ("pydantic", "rapidfuzz", "unidecode", "regex") if m in sys.modules)
belnorm.Normalizer  # importing the class must still build nothing
from belnorm.matcher import default_normalizer
print(elapsed, ",".join(loaded), ",".join(heavy), default_normalizer.cache_info().currsize, sep="|")
"""


def test_import_is_fast_and_builds_nothing() -> None:
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True, timeout=60
        ).stdout.strip()
        elapsed, loaded, heavy, built = out.split("|")
        runs.append(float(elapsed))
        heavy_modules = {"belnorm.matcher", "belnorm.index", "belnorm.store", "belnorm.gazetteer", "belnorm.keys",
                         "belnorm.translit", "belnorm.tables", "belnorm.sources.bundled"}
        assert not heavy_modules & set(loaded.split(",")), loaded  # nothing that could build an index
        assert built == "0"
    assert min(runs) < 0.150, f"import belnorm took {min(runs) * 1000:.0f} ms (best of 3)"


# --------------------------------------------------------------------------------------------- with_options, Options
def test_with_options_shares_the_index(default: Normalizer) -> None:
    clone = default.with_options(score_cutoff=95, kinds=["place"])
    assert clone.index is default.index
    assert clone.gazetteer is default.gazetteer
    assert clone.options.score_cutoff == 95 and clone.options.kinds == ("place",)
    assert default.options == Options()  # the original is untouched
    assert clone.match("Łukašenka") is None and default.match("Łukašenka") is not None
    assert clone.match("Minsk").entity.id == "place:minsk"
    assert default.with_options().options == default.options


def test_with_options_conventions(default: Normalizer) -> None:
    lacinka = default.with_options(conventions=("lacinka",))
    assert lacinka.match("Cichanoŭskaja").entity.id == "person:tsikhanouskaya-sviatlana"
    assert lacinka.match("Лукашэнка").entity.id == "person:lukashenka-aliaksandr"  # Cyrillic is always read
    assert lacinka.match("Tsikhanouskaya") is None  # an English-style spelling, not read
    assert default.match("Tsikhanouskaya") is not None  # the clone's token cache is its own


@pytest.mark.parametrize(
    "changes",
    [
        {"score_cuttoff": 90},
        {"bogus": True},
        {"score_cutoff": 101},
        {"score_cutoff": -1},
        {"fuzzy_cutoff": 100.5},
        {"ambiguity_margin": -0.1},
        {"kinds": ("planet",)},
        {"score_cutoff": "high"},
    ],
    ids=str,
)
def test_with_options_validates(default: Normalizer, changes: dict) -> None:
    with pytest.raises(ValidationError):
        default.with_options(**changes)
    with pytest.raises(ValidationError):
        Options(**changes)


def test_match_score_cutoff_is_validated(default: Normalizer) -> None:
    with pytest.raises(ValidationError):
        default.match("Мінск", score_cutoff=150)


def test_options_are_frozen() -> None:
    options = Options()
    with pytest.raises(ValidationError):
        options.score_cutoff = 10  # type: ignore[misc]
    with pytest.raises(ValidationError):
        options.kinds = ("person",)  # type: ignore[misc]
    assert options.score_cutoff == 85.0
    derived = options.model_copy(update={"score_cutoff": 95.0})
    assert derived.score_cutoff == 95.0 and options.score_cutoff == 85.0
    assert hash(Options()) == hash(Options()) and Options() == Options()
    assert {Options(): 1}[Options()] == 1


# --------------------------------------------------------------------------------------------- pickling
SMALL = Gazetteer(
    [
        Entity(id="Q1", kind="person", names=["Аляксандр Лукашэнка"]),
        Entity(id="Q2", kind="person", names=["Святлана Ціханоўская", "Sviatlana Tsikhanouskaya"]),
        Entity(id="Q3", kind="place", names=["Мінск"]),
    ]
)


def test_pairing_caches_are_bounded_and_change_no_answer(
    default: Normalizer, queries: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Query tokens remember their pairings up to a total; past it they compute them again, with the same answers."""
    from belnorm import query

    expected = default.with_options().match_many(queries[::3])
    monkeypatch.setattr(query, "MAX_CACHED_PAIRS", 50)
    norm = default.with_options()
    assert norm.match_many(queries[::3]) == expected
    remembered = sum(len(t.pairs) + len(t.typos) for t in norm.engine.reader.remembered())
    assert remembered == norm.engine.reader.cached_pairs == 50


def test_normalizer_pickles_with_identical_answers(default: Normalizer, queries: tuple[str, ...]) -> None:
    sample = list(queries[::4])
    custom = default.with_options(score_cutoff=92, kinds=("person", "place"))
    custom.match_many(sample[:50])  # a warm token cache travels too (or is dropped); answers must not change
    for norm in (default, custom, Normalizer(SMALL)):
        clone = pickle.loads(pickle.dumps(norm))
        assert clone.options == norm.options
        assert clone.match_many(sample) == norm.match_many(sample)
        assert clone.explain("Łukašenka") == norm.explain("Łukašenka")
        assert [e.id for e in clone.gazetteer] == [e.id for e in norm.gazetteer]


# --------------------------------------------------------------------------------------------- threads
def test_threads_sharing_one_normalizer_get_identical_answers(default: Normalizer, queries: tuple[str, ...]) -> None:
    """8 threads, one normalizer with a cold query cache, each asking the queries in its own order."""
    sample = list(queries[::2])
    expected = dict(zip(sample, default.with_options().match_many(sample)))
    shared = default.with_options()
    barrier = threading.Barrier(8)
    results: dict[int, dict[str, object]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            order = sample[k * len(sample) // 8 :] + sample[: k * len(sample) // 8]
            barrier.wait()
            got = {}
            if k % 2:
                got = dict(zip(order, shared.match_many(order)))
            else:
                for q in order:
                    got[q] = shared.match(q)
            results[k] = got
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors
    assert sorted(results) == list(range(8))
    for k, got in results.items():
        diffs = [q for q in sample if got[q] != expected[q]]
        assert not diffs, (k, diffs[:5])


# --------------------------------------------------------------------------------------------- results as a user sees them
def test_repr_of_match_and_mention_is_one_short_line(default: Normalizer) -> None:
    m = default.match("Łukaszenki")
    assert m is not None
    text = repr(m)
    assert text == (f"Match(entity={m.entity.id!r}, label={m.entity.display!r}, score={m.score:.1f}, "
                    "query='Łukaszenki')")
    others = [n for n in m.entity.names if n not in m.entity.display]  # Lukashenko, Łukašenka, ...
    assert others and "\n" not in text and len(text) < 150 and not any(n in text for n in others)
    (mention,) = default.find("Учора ў Мінску.")
    assert repr(mention) == (f"Mention(entity='place:minsk', label='Мінск', score={mention.score:.1f}, "
                             "text='Мінску', start=8, end=14)")
    assert str(mention) == f"'Мінску' [8:14] → Мінск [place:minsk] {mention.score:.1f}"
    assert repr([m]) == f"[{text}]"
    explanation = default.explain("Babaryka")
    assert "\n" not in repr(explanation) and "\n" not in repr(explanation.candidates[0])


def test_explain_lists_each_entity_once_with_its_best_name(default: Normalizer) -> None:
    for query in ("Lukashenko", "Babaryka", "Мінск", "Аляксандр", "Tsikhanouskaya", "Брэсцкая вобласць", "Qwertyuiop"):
        explanation = default.explain(query, limit=50)
        ids = [c.entity.id for c in explanation.candidates]
        assert len(ids) == len(set(ids)), (query, ids)
        accepted = [c for c in explanation.candidates if not c.rejected]
        assert [c.score for c in accepted] == sorted((c.score for c in accepted), reverse=True)
        for c in accepted:  # the name shown is the entity's best
            others = [d for d in default.explain(c.matched_name, limit=1).candidates]
            assert others and others[0].score >= c.score
        if explanation.match is not None:
            assert explanation.candidates[0].entity.id == explanation.match.entity.id


def test_status_of_a_decision(default: Normalizer) -> None:
    from belnorm.results import STATUSES, match_status

    engine = default.engine
    found = {}
    cases = (("Мінск", {}), ("Babaryka", {}), ("Qwertyuiop", {}), ("Tsikhanouskaya", {"score_cutoff": 99}), ("Макроном", {}))
    for query, options in cases:
        engine = default.with_options(**options).engine
        tokens = engine.prepare(query)[1]
        match, verdict = engine.decide(query, engine.rank(tokens))
        found[query] = match_status(match, verdict)
    assert found == {"Мінск": "linked", "Babaryka": "ambiguous", "Qwertyuiop": "no candidate",
                     "Tsikhanouskaya": "below cutoff", "Макроном": "abroad"}
    assert set(found.values()) == set(STATUSES)


def test_records_write_scores_with_one_decimal(default: Normalizer) -> None:
    from belnorm.results import match_record, mention_record

    for query in ("Łukaszenki", "Cichanouskaja", "Mahilioŭ", "Lukashenka A.", "Ціханоўскай"):
        m = default.match(query)
        if m is not None:
            assert match_record(m)["score"] == round(m.score, 1)
    for mention in default.find("Ціханоўская сустрэлася з журналістамі ў Вільні, а потым паехала ў Гродна."):
        assert mention_record(mention)["score"] == round(mention.score, 1)


# --- namesakes: entities that are never an answer but keep their names from linking to one ----------------------

_ARTIST = Entity(id="ales", kind="person", names=["Алесь Пушкін", "Ales Pushkin"])
_POET = Entity(id="poet", kind="person", names=["Александр Пушкин", "Alexander Pushkin", "Пушкин"])


@pytest.mark.parametrize(
    ("query", "with_namesake", "without"),
    [
        ("Alexander Pushkin", None, "ales"),  # the poet's own name: without him it would be the artist's
        ("Пушкина", None, "ales"),  # the surname alone fits the poet as well
        ("Ales Pushkin", "ales", "ales"),  # the artist's own given name decides
    ],
)
def test_a_namesake_keeps_its_name_from_linking(query: str, with_namesake: str | None, without: str | None) -> None:
    found = Normalizer([_ARTIST], namesakes=[_POET]).match(query)
    assert (found and found.entity.id) == with_namesake
    plain = Normalizer([_ARTIST]).match(query)
    assert (plain and plain.entity.id) == without


def test_a_namesake_is_explained_and_never_in_the_gazetteer() -> None:
    norm = Normalizer([_ARTIST], namesakes=[_POET])
    assert [e.id for e in norm.gazetteer] == ["ales"]
    verdict = norm.explain("Alexander Pushkin").verdict
    assert verdict.startswith("abroad") and "Александр Пушкин" in verdict
    assert norm.explain("Пушкину").verdict.startswith("abroad: Пушкину names Александр Пушкин")


def test_a_namesake_with_an_entitys_id_is_refused() -> None:
    with pytest.raises(ValueError, match="namesake cannot have the id"):
        Normalizer([_ARTIST.model_copy(update={"id": "namesake:poet"})], namesakes=[_POET])
    assert Normalizer([_ARTIST], namesakes=[_POET]).engine.positions.keys() == {"ales", "namesake:poet"}


def test_a_surname_named_in_full_stays_with_the_entity_the_text_names() -> None:
    norm = Normalizer([_ARTIST], namesakes=[_POET])
    text = "Алесь Пушкін пісаў карціны. Пушкін памёр у турме."
    assert [(m.text, m.entity_id) for m in norm.find(text)] == [("Алесь Пушкін", "ales"), ("Пушкін", "ales")]
    assert norm.find("Пушкін памёр у 1837 годзе.") == []


def test_bundled_namesakes_are_sourced_and_apart_from_the_gazetteer(default: Normalizer) -> None:
    namesakes = Gazetteer.namesakes_abroad()
    assert len(namesakes) >= 5
    for entity in namesakes:
        assert entity.id.startswith("namesake:") and entity.attributes["source"].startswith("http")
        assert entity.attributes["namesake"] is True and entity.attributes["note"]
        assert entity.id not in default.gazetteer and entity.id in default.engine.positions
    assert not {e.id for e in namesakes} & {e.id for e in Gazetteer.default()}


def test_an_entitys_own_spelling_beats_a_namesakes_key() -> None:
    cyclist = Entity(id="cyclist", kind="person", names=["Васіль Кірыенка", "Vasil Kiryienka"])
    official = Entity(id="official", kind="person", names=["Сергей Кириенко", "Sergei Kiriyenko", "Кириенко"])
    norm = Normalizer([cyclist], namesakes=[official])
    assert norm.match("Кірыенка").entity.id == "cyclist"  # the Belarusian spelling is his, not the Russian's
    assert norm.match("Kiryienka").entity.id == "cyclist"
    assert norm.match("Кириенко") is None  # spelled as the namesake's: someone abroad
    assert "closer than a namesake" in " ".join(norm.explain("Кірыенка").match.explanation)


@pytest.mark.parametrize(
    ("query", "linked"),
    [
        ("Нацыянальны алімпійскі камітэт", True),  # Belarusian: its own country's body, the country left out
        ("Нацыянальны алімпійскі камітэт Рэспублікі Беларусь", True),
        ("Национальный олимпийский комитет", True),  # Russian, the other language of Belarus's own press
        ("Національний олімпійський комітет", False),  # Ukrainian: Ukraine's own
        ("National Olympic Committee", False),  # English names the country
    ],
)
def test_belarusian_and_russian_text_leave_the_country_out_of_its_bodies(default: Normalizer, query: str, linked: bool) -> None:
    found = default.match(query)
    assert (found is not None and found.entity.id == "org:noc") is linked


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Сергей Лащенко", "prisoner"),  # his own Russian spelling, though the index keeps only the Belarusian one
        ("Лащенко", "prisoner"),
        ("Siarhei Lashchenka", "prisoner"),
        ("Сергей Лещенко", None),  # spelled as the namesake's
        ("Лещенко", None),
    ],
)
def test_an_entitys_own_spelling_counts_in_any_of_its_names(query: str, expected: str | None) -> None:
    # Сяргей Лашчэнка and Сергей Лащенко share their keys, so one name stands for both in the index; the
    # Ukrainian Сергей Лещенко shares them too, and is one letter closer to the Belarusian spelling.
    prisoner = Entity(id="prisoner", kind="person", names=["Сяргей Лашчэнка", "Сергей Лащенко", "Siarhei Lashchenka"])
    adviser = Entity(id="adviser", kind="person", names=["Сергей Лещенко", "Serhiy Leshchenko", "Лещенко"])
    found = Normalizer([prisoner], namesakes=[adviser]).match(query)
    assert (found and found.entity.id) == expected


def test_a_case_form_of_a_namesakes_name_is_its_own_spelling() -> None:
    # Волкова is both the genitive of the namesake's Волков and the Russian nominative of a Belarusian woman's
    # surname: alone it stays ambiguous (no link); with her given name it is hers.
    volha = Entity(id="volha", kind="person", names=["Вольга Волкава", "Ольга Волкова", "Volha Volkava"])
    leonid = Entity(id="leonid", kind="person", names=["Леонид Волков", "Leonid Volkov", "Волков"])
    norm = Normalizer([volha], namesakes=[leonid])
    assert norm.match("Волкова") is None
    assert norm.match("Ольга Волкова").entity.id == "volha"
    assert norm.match("Volha Volkava").entity.id == "volha"


def test_a_name_as_it_stands_wins_over_a_namesakes_keyed_case_form() -> None:
    # Volkava is Вольга Волкава's surname as it stands, and only by its key the genitive of the namesake's Волков
    # (whose own spellings make Волкова, Volkova; without its ending, Volkav- is no spelling of Volkov): the
    # Belarusian woman's, not a tie
    volha = Entity(id="volha", kind="person", names=["Вольга Волкава", "Ольга Волкова", "Volha Volkava"])
    leonid = Entity(id="leonid", kind="person", names=["Леонид Волков", "Leonid Volkov", "Волков"])
    norm = Normalizer([volha], namesakes=[leonid])
    assert (found := norm.match("Volkava")) is not None and found.entity.id == "volha"
    assert any("closer than a namesake abroad (Волков)" in line for line in found.explanation)
    assert norm.match("Volkova") is None  # spelled as Volkov's genitive: a tie, as Волкова is


def test_a_name_written_letter_for_letter_is_the_entitys_over_a_namesake_read_from_another_script() -> None:
    # the town's chronicle name Логодня is written so; the namesake abroad is known by its Latin spellings only,
    # which read as that name too: the letters decide, and the Latin spellings stay the namesake's
    own = Entity(id="own", kind="place", names=["Лагодна", "Лагодня", "Логодня", "Lahodna"])
    namesake = Entity(id="namesake", kind="place", names=["Lohodnia", "Lohodnja"])
    norm = Normalizer([own], namesakes=[namesake])
    assert (found := norm.match("Логодня")) is not None and found.entity.id == "own"
    assert any("written letter for letter as this entity's name" in line for line in found.explanation)
    assert norm.match("Lohodnja") is None


def test_a_nominative_spelled_as_a_namesakes_stem_is_the_name_as_it_stands() -> None:
    # Novaka is the Belarusian's surname as it stands; read with its key, the namesake's Новак with a case ending,
    # whose stem it spells as well: the nominative decides, not the spelling
    own = Entity(id="own", kind="person", names=["Ян Навака", "Ян Новака", "Jan Novaka"])
    namesake = Entity(id="namesake", kind="person", names=["Александр Новак", "Новак"])
    norm = Normalizer([own], namesakes=[namesake])
    assert (found := norm.match("Novaka")) is not None and found.entity.id == "own"
    assert any("a namesake abroad has it as a case form" in line for line in found.explanation)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("construction ministry of Belarus", "architecture"),  # the second subject alone
        ("Ministry of Architecture of Belarus", "architecture"),  # the first
        ("transport ministry of Belarus", "transport"),
        ("communications ministry of Belarus", "communications"),  # the first subject of one, the second of another
        ("Ministry of Information of Belarus", "information"),  # no second subject of another ministry
    ],
)
def test_a_ministry_of_two_subjects_is_named_by_either(query: str, expected: str) -> None:
    ministries = [
        Entity(id="architecture", kind="org", names=["Ministry of Architecture and Construction of the Republic of Belarus"]),
        Entity(id="transport", kind="org", names=["Ministry of Transport and Communications of the Republic of Belarus"]),
        Entity(id="communications", kind="org", names=["Ministry of Communications and Informatization of the Republic of Belarus"]),
        Entity(id="information", kind="org", names=["Ministry of Information of the Republic of Belarus"]),
    ]
    found = Normalizer(ministries).match(query)
    assert found is not None and found.entity.id == expected


@pytest.mark.parametrize(
    ("query", "russian", "expected"),
    [
        ("Khotyn", "Хатынь", None),  # Ukraine's Khotyn: the Russian name writes a where the query writes o
        ("Chotyně", "Хатынь", None),  # nor in a case form
        ("Хотина", "Хатынь", None),
        ("Khatyn", "Хатынь", "khatyn"),
        ("Khotyn", None, "khatyn"),  # no Russian name registered: the o may be Russian's, as keys assume
        ("Gorodok", "Городок", "haradok"),  # Russian's o behind Belarusian akanne (Гарадок)
    ],
)
def test_an_o_for_a_place_s_a_needs_a_russian_o(query: str, russian: str | None, expected: str | None) -> None:
    extra = {"ru": russian} if russian else {}
    places = [
        Entity(id="khatyn", kind="place", names=["Хатынь", "Khatyn"], attributes=extra),
        Entity(id="haradok", kind="place", names=["Гарадок", "Haradok"], attributes={"ru": "Городок"}),
    ]
    found = Normalizer(places).match(query)
    assert (found.entity.id if found else None) == expected
    if expected is None:
        rejected = [c.rejected for c in Normalizer(places).explain(query).candidates if c.entity.id == "khatyn"]
        assert rejected and "Russian name writes a" in (rejected[0] or "")


def test_a_body_is_named_by_any_spelling_of_its_town() -> None:
    # the press of each language names a body by its own spelling of the town, which the gazetteer lists once,
    # under the town; a spelling that is the town's key with a case ending (Grodnoje) adds nothing
    places = [
        Entity(id="town", kind="place", names=["Гродна", "Grodno", "Gardinas", "Grodnoje"], attributes={"note": "regional centre"}),
        Entity(id="uni", kind="org", names=["Гродзенскі ўніверсітэт", "Grodno University"]),
    ]
    norm = Normalizer(places)
    assert (found := norm.match("Gardinas University")) is not None and found.entity.id == "uni"
    from belnorm.index import _names_with_town_spellings

    assert _names_with_town_spellings(places) == {1: ("Gardinas University",)}
    without = Normalizer([places[0].model_copy(update={"attributes": {}}), places[1]])  # not a settlement: no such names
    assert without.match("Gardinas University") is None


@pytest.mark.parametrize(
    ("query", "left_out"),
    [
        ("Academia Nacional de Ciencias", True),
        ("Nationale Akademie der Wissenschaften", True),
        ("Нацыянальная акадэмія навук", False),
        ("Academia Nacional de Ciencias de Bielorrusia", False),
    ],
)
def test_a_body_named_without_its_country(default: Normalizer, query: str, left_out: bool) -> None:
    """Another language's name of a body without the country its registered name ends with is the body's best
    candidate, a point lower and with the note the finder reads, but names no one alone (any country may have such a
    body: the finder lets the text around it tell); Belarus's own press's name does, and so does a name with the
    country."""
    found = default.match(query)
    best = default.explain(query).candidates[0]
    assert best.entity.id == "org:national-academy-of-sciences"
    noted = any("the country the name ends with left out" in line for line in best.explanation)
    assert noted == left_out
    assert (found is None) == left_out
    if found is not None:
        assert found.entity.id == "org:national-academy-of-sciences"


@pytest.mark.parametrize(("query", "expected"), [("Warsaw", None), ("Оршею", "place:orsha"), ("Варшавою", None)])
def test_case_forms_keep_their_script(default: Normalizer, query: str, expected: str | None) -> None:
    """A case form that a paradigm writes only in Cyrillic (the Ukrainian long instrumental Оршею) is no Latin
    word's form, with a prothetic в dropped or not: Warsaw is no Орша."""
    found = default.match(query)
    assert (found.entity.id if found else None) == expected
