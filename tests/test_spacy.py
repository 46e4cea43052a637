"""The spaCy component, end to end with a real spaCy and blank pipelines (no model download).

spaCy has no Belarusian language class: ``spacy.blank("be")`` raises ImportError (checked with spaCy 3.8), so
Belarusian text runs through ``spacy.blank("xx")``, the multilingual class; `blank_be` switches to "be" by
itself once spaCy has one.
"""

import importlib
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin, Span  # noqa: E402

from belnorm import Normalizer  # noqa: E402
from belnorm.integrations import spacy as bn_spacy  # noqa: E402
from belnorm.integrations.spacy import DEFAULT_LABELS, BelnormComponent  # noqa: E402

# Made-up ids (not Wikidata QIDs), so nothing here pretends to be a real identifier.
GAZETTEER_TSV = """\
id\tkind\tname\tname:ru\tname:en\tname:lacinka
test:lukashenka\tperson\tАляксандр Лукашэнка\tАлександр Лукашенко\tAlexander Lukashenko|Aliaksandr Lukashenka\tAlaksandar Łukašenka
test:tsikhanouskaya\tperson\tСвятлана Ціханоўская\tСветлана Тихановская\tSviatlana Tsikhanouskaya\tŚviatłana Cichanoŭskaja
test:kupala\tperson\tЯнка Купала\tЯнка Купала\tYanka Kupala\tJanka Kupała
test:skaryna\tperson\tФранцыск Скарына\tФранциск Скорина\tFrancysk Skaryna|Francisk Skorina\tFrancysk Skaryna
test:viasna\torg\tВясна\tВесна\tViasna\tViasna
test:grodno\tplace\tГродна\tГродно\tGrodno\tHrodna
test:kupalle\tother\tКупалле\tКупалье\tKupalle\tKupalle
"""


def blank_be():
    """A blank pipeline for Belarusian: "be" when spaCy has it, else the multilingual "xx"."""
    try:
        return spacy.blank("be")
    except ImportError:
        return spacy.blank("xx")


def blank(lang):
    return blank_be() if lang == "be" else spacy.blank(lang)


@pytest.fixture
def gazetteer_file(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text(GAZETTEER_TSV, encoding="utf-8")
    return path


def run_python(code, *args):
    """Run ``code`` in a fresh interpreter that imports this checkout's belnorm; its stripped stdout."""
    src = str(Path(bn_spacy.__file__).parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def ents(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def spans_of(group):
    return [(s.text, s.label_, s.kb_id_) for s in group]


# ---------------------------------------------------------------------- registration
def test_module_docstring_example():
    import doctest

    result = doctest.testmod(bn_spacy)
    assert result.attempted > 0 and result.failed == 0


def test_factory_registered_on_import():
    nlp = spacy.blank("en")
    assert nlp.has_factory("belnorm")
    component = nlp.add_pipe("belnorm")
    assert isinstance(component, BelnormComponent)
    assert nlp.pipe_names == ["belnorm"]
    assert nlp.get_pipe_meta("belnorm").default_config["labels"] == DEFAULT_LABELS


def test_reimport_is_harmless():
    # in a child process: reloading here would swap the classes under the other tests' feet
    code = (
        "import importlib, spacy\n"
        "import belnorm.integrations.spacy as m\n"
        "importlib.reload(m)\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('belnorm')\n"
        "print([(e.text, e.kb_id_) for e in nlp('Grodno').ents])\n"
    )
    assert run_python(code) == "[('Grodno', 'place:grodno')]"


def test_extensions_registered_once_and_not_clobbered():
    assert Span.has_extension("belnorm_score") and Span.has_extension("belnorm_explanation")
    before = Span.get_extension("belnorm_score")
    bn_spacy.register_extensions()
    assert Span.get_extension("belnorm_score") == before
    bn_spacy.register_extensions(force=True)  # force re-registers with the same defaults
    assert Span.get_extension("belnorm_score")[0] is None


def test_be_language_status():
    """Document what spaCy offers for Belarusian: "be" if it exists, otherwise "xx" must work."""
    nlp = blank_be()
    assert nlp.lang in ("be", "xx")
    nlp.add_pipe("belnorm")
    assert ents(nlp("Мінск")) == [("Мінск", "GPE", "place:minsk")]


@pytest.mark.skipif(
    not any(ep.name == "belnorm" for ep in importlib.metadata.entry_points(group="spacy_factories")),
    reason="the spacy_factories entry point is not installed (pyproject.toml / reinstall)",
)
def test_entry_point_without_import():
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('belnorm')\n"
        "print([(e.text, e.kb_id_) for e in nlp('Minsk').ents])\n"
    )
    assert run_python(code) == "[('Minsk', 'place:minsk')]"


# ---------------------------------------------------------------------- places, bundled gazetteer
PLACE_TEXTS = [
    (
        "en",
        "From Grodno to Mahilioŭ, then Minsk, Brest and Molodechno.",
        [("Grodno", "place:grodno"), ("Mahilioŭ", "place:mogilev"), ("Minsk", "place:minsk"),
         ("Brest", "place:brest"), ("Molodechno", "place:maladzechna")],
    ),
    (
        "en",
        "Flights from Mogilev and Grodno were cancelled.",
        [("Mogilev", "place:mogilev"), ("Grodno", "place:grodno")],
    ),
    (
        "be",
        "З Гродна ў Магілёў праз Мінск, Брэст і Маладзечна.",
        [("Гродна", "place:grodno"), ("Магілёў", "place:mogilev"), ("Мінск", "place:minsk"),
         ("Брэст", "place:brest"), ("Маладзечна", "place:maladzechna")],
    ),
    (
        "ru",
        "Из Гродно в Могилёв через Минск и Брест, потом в Молодечно.",
        [("Гродно", "place:grodno"), ("Могилёв", "place:mogilev"), ("Минск", "place:minsk"),
         ("Брест", "place:brest"), ("Молодечно", "place:maladzechna")],
    ),
    (
        "pl",
        "Z Grodna do Mohylewa przez Mińsk i Brześć.",
        [("Grodna", "place:grodno"), ("Mohylewa", "place:mogilev"), ("Mińsk", "place:minsk"),
         ("Brześć", "place:brest")],
    ),
    (
        "be",  # Łacinka
        "Z Hrodna ŭ Mahiloŭ praz Minsk, Brest i Maładziečna.",
        [("Hrodna", "place:grodno"), ("Mahiloŭ", "place:mogilev"), ("Minsk", "place:minsk"),
         ("Brest", "place:brest"), ("Maładziečna", "place:maladzechna")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLACE_TEXTS, ids=[f"{t[0]}:{t[1][:20]}" for t in PLACE_TEXTS])
def test_places_with_the_bundled_gazetteer(lang, text, expected):
    nlp = blank(lang)
    nlp.add_pipe("belnorm")
    doc = nlp(text)
    assert [(e.text, e.kb_id_) for e in doc.ents] == expected
    assert {e.label_ for e in doc.ents} == {"GPE"}
    for e in doc.ents:
        assert text[e.start_char : e.end_char] == e.text
        assert isinstance(e._.belnorm_score, float) and 85 <= e._.belnorm_score <= 100
        assert e._.belnorm_explanation and all(isinstance(line, str) for line in e._.belnorm_explanation)
        assert all(t.ent_kb_id_ == e.kb_id_ for t in e)


def test_spans_match_normalizer_find():
    text = "Z Grodna do Mohylewa przez Mińsk i Brześć."
    nlp = spacy.blank("pl")
    nlp.add_pipe("belnorm")
    doc = nlp(text)
    found = Normalizer.default().find(text)
    assert [(e.start_char, e.end_char, e.kb_id_) for e in doc.ents] == [(m.start, m.end, m.entity.id) for m in found]
    assert [e._.belnorm_score for e in doc.ents] == [m.score for m in found]


# ---------------------------------------------------------------------- people, own gazetteer
PEOPLE_TEXTS = [
    (
        "en",
        "Alexander Lukashenko never visited Grodno; Sviatlana Tsikhanouskaya spoke in Vilnius.",
        [("Alexander Lukashenko", "PERSON", "test:lukashenka"), ("Grodno", "GPE", "test:grodno"),
         ("Sviatlana Tsikhanouskaya", "PERSON", "test:tsikhanouskaya")],
    ),
    (
        "be",
        "Аляксандр Лукашэнка і Святлана Ціханоўская. Янка Купала пісаў пра Купалле. Францыск Скарына з Полацка.",
        [("Аляксандр Лукашэнка", "PERSON", "test:lukashenka"),
         ("Святлана Ціханоўская", "PERSON", "test:tsikhanouskaya"), ("Янка Купала", "PERSON", "test:kupala"),
         ("Купалле", "MISC", "test:kupalle"), ("Францыск Скарына", "PERSON", "test:skaryna")],
    ),
    (
        "ru",
        "Александр Лукашенко и Светлана Тихановская. Франциск Скорина. Правозащитный центр «Весна» в Гродно.",
        [("Александр Лукашенко", "PERSON", "test:lukashenka"),
         ("Светлана Тихановская", "PERSON", "test:tsikhanouskaya"), ("Франциск Скорина", "PERSON", "test:skaryna"),
         ("Весна", "ORG", "test:viasna"), ("Гродно", "GPE", "test:grodno")],
    ),
    (
        "pl",
        "Aleksander Łukaszenka i Swiatłana Cichanouska w Grodnie. Janka Kupała.",
        [("Aleksander Łukaszenka", "PERSON", "test:lukashenka"),
         ("Swiatłana Cichanouska", "PERSON", "test:tsikhanouskaya"), ("Grodnie", "GPE", "test:grodno"),
         ("Janka Kupała", "PERSON", "test:kupala")],
    ),
    (
        "be",  # Łacinka
        "Alaksandar Łukašenka i Śviatłana Cichanoŭskaja. Francysk Skaryna i Janka Kupała ŭ Hrodnie.",
        [("Alaksandar Łukašenka", "PERSON", "test:lukashenka"),
         ("Śviatłana Cichanoŭskaja", "PERSON", "test:tsikhanouskaya"), ("Francysk Skaryna", "PERSON", "test:skaryna"),
         ("Janka Kupała", "PERSON", "test:kupala"), ("Hrodnie", "GPE", "test:grodno")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PEOPLE_TEXTS, ids=[f"{t[0]}:{t[1][:20]}" for t in PEOPLE_TEXTS])
def test_people_with_a_custom_gazetteer(gazetteer_file, lang, text, expected):
    nlp = blank(lang)
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    doc = nlp(text)
    assert ents(doc) == expected
    assert all(doc.text[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_labels_config_and_leaving_a_kind_out(gazetteer_file):
    nlp = spacy.blank("xx")
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file), "labels": {"place": "LOC", "other": ""}})
    doc = nlp("Янка Купала пісаў пра Купалле ў Гродна.")
    assert ents(doc) == [("Янка Купала", "PERSON", "test:kupala"), ("Гродна", "LOC", "test:grodno")]


def test_unknown_kind_in_labels_is_an_error():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="unknown kinds"):
        nlp.add_pipe("belnorm", config={"labels": {"city": "GPE"}})


def test_cutoff(gazetteer_file):
    text = "Alexander Lukashenko spoke. Later Lukashenko left."
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    scores = [e._.belnorm_score for e in nlp(text).ents]
    assert len(scores) == 2 and scores[1] < 100  # the surname alone scores lower than the full name
    strict = spacy.blank("en")
    strict.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file), "cutoff": 100})
    assert ents(strict(text)) == [("Alexander Lukashenko", "PERSON", "test:lukashenka")]


@pytest.mark.parametrize(
    "config",
    [{"cutoff": 150}, {"target": ""}, {"alignment_mode": "nearest"}],
    ids=["cutoff", "target", "alignment_mode"],
)
def test_bad_config_fails_at_add_pipe(config):
    with pytest.raises(ValueError):
        spacy.blank("en").add_pipe("belnorm", config=config)


def test_missing_gazetteer_file_fails_clearly(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm", config={"gazetteer": str(tmp_path / "nope.tsv")})
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        nlp.initialize()
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        nlp("Grodno")


def test_format_config_for_a_file_without_a_telling_extension(tmp_path):
    path = tmp_path / "people.txt"
    path.write_text(GAZETTEER_TSV, encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm", config={"gazetteer": str(path), "format": "tsv"})
    assert ents(nlp("Yanka Kupala")) == [("Yanka Kupala", "PERSON", "test:kupala")]


# ---------------------------------------------------------------------- existing entities
def ruler_nlp(patterns, **config):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    nlp.add_pipe("belnorm", config=config)
    return nlp


def test_existing_ents_win_by_default():
    nlp = ruler_nlp([{"label": "LOC", "pattern": "Grodno"}, {"label": "ORG", "pattern": "Reuters"}])
    doc = nlp("Reuters reports from Grodno and Minsk.")
    assert ents(doc) == [("Reuters", "ORG", ""), ("Grodno", "LOC", ""), ("Minsk", "GPE", "place:minsk")]


def test_overwrite_lets_belnorm_win():
    nlp = ruler_nlp([{"label": "LOC", "pattern": "Grodno"}, {"label": "ORG", "pattern": "Reuters"}], overwrite=True)
    doc = nlp("Reuters reports from Grodno and Minsk.")
    assert ents(doc) == [("Reuters", "ORG", ""), ("Grodno", "GPE", "place:grodno"), ("Minsk", "GPE", "place:minsk")]


def test_partial_overlap(gazetteer_file):
    patterns = [{"label": "MISC", "pattern": [{"LOWER": "tsikhanouskaya"}, {"LOWER": "spoke"}]}]
    text = "Sviatlana Tsikhanouskaya spoke."
    kept = ruler_nlp(patterns, gazetteer=str(gazetteer_file))(text)
    assert ents(kept) == [("Tsikhanouskaya spoke", "MISC", "")]
    assert kept[0].ent_iob_ == "O"  # the ruler set it; belnorm leaves it alone
    replaced = ruler_nlp(patterns, gazetteer=str(gazetteer_file), overwrite=True)(text)
    assert ents(replaced) == [("Sviatlana Tsikhanouskaya", "PERSON", "test:tsikhanouskaya")]
    assert [t.ent_iob_ for t in replaced] == ["B", "I", "O", "O"]  # "spoke" is no longer inside an entity


def test_blank_pipeline_leaves_other_tokens_unannotated():
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm")
    doc = nlp("He flew to Minsk.")
    assert [t.ent_iob_ for t in doc] == ["", "", "", "B", ""]


# ---------------------------------------------------------------------- span groups
def test_span_group_target(gazetteer_file):
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file), "target": "belarus"})
    doc = nlp("Yanka Kupala lived near Grodno.")
    assert doc.ents == ()
    assert spans_of(doc.spans["belarus"]) == [
        ("Yanka Kupala", "PERSON", "test:kupala"),
        ("Grodno", "GPE", "test:grodno"),
    ]
    assert doc.spans["belarus"][0]._.belnorm_score == 100.0


def test_span_group_keeps_or_replaces_existing_spans():
    def tag_first_two(doc):
        doc.spans["sc"] = [Span(doc, 0, 2, label="OLD")]
        return doc

    spacy.Language.component("tag_first_two", func=tag_first_two)
    for overwrite, expected in [
        (False, [("From Grodno", "OLD", ""), ("Grodno", "GPE", "place:grodno")]),
        (True, [("Grodno", "GPE", "place:grodno")]),
    ]:
        nlp = spacy.blank("en")
        nlp.add_pipe("tag_first_two")
        nlp.add_pipe("belnorm", config={"target": "sc", "overwrite": overwrite})
        doc = nlp("From Grodno.")
        assert spans_of(doc.spans["sc"]) == expected


# ---------------------------------------------------------------------- alignment
def test_alignment_modes():
    nlp = spacy.blank("en")
    words, spaces = ["in", "Grodno.", "x"], [True, True, False]  # a token that the mention ends inside
    expand = nlp.add_pipe("belnorm")
    doc = expand(Doc(nlp.vocab, words=words, spaces=spaces))
    assert ents(doc) == [("Grodno.", "GPE", "place:grodno")]
    strict = BelnormComponent(nlp, "strict", alignment_mode="strict")
    assert strict(Doc(nlp.vocab, words=words, spaces=spaces)).ents == ()


# ---------------------------------------------------------------------- one normalizer, serialization
def test_pipe_reuses_one_normalizer(gazetteer_file, monkeypatch):
    builds = []
    original = BelnormComponent._build

    def counting(self):
        builds.append(self.name)
        return original(self)

    monkeypatch.setattr(BelnormComponent, "_build", counting)
    nlp = spacy.blank("en")
    component = nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    docs = list(nlp.pipe(["Yanka Kupala in Grodno."] * 50 + ["Francisk Skorina."] * 50, batch_size=8))
    assert builds == ["belnorm"]
    assert ents(docs[0]) == [("Yanka Kupala", "PERSON", "test:kupala"), ("Grodno", "GPE", "test:grodno")]
    assert ents(docs[-1]) == [("Francisk Skorina", "PERSON", "test:skaryna")]
    assert component.normalizer is component.normalizer


def test_default_normalizer_is_shared():
    a, b = spacy.blank("en"), spacy.blank("ru")
    assert a.add_pipe("belnorm").normalizer is b.add_pipe("belnorm").normalizer


def test_normalizer_given_in_code():
    from belnorm import Entity, Gazetteer

    nlp = spacy.blank("en")
    component = nlp.add_pipe("belnorm")
    component.normalizer = Normalizer(Gazetteer([Entity(id="x:1", kind="org", names=["Белавія", "Belavia"])]))
    assert ents(nlp("Belavia flies to Minsk.")) == [("Belavia", "ORG", "x:1")]
    with pytest.raises(TypeError):
        component.normalizer = "not a normalizer"


def test_to_disk_from_disk_with_a_custom_gazetteer(gazetteer_file, tmp_path):
    nlp = blank_be()
    config = {"gazetteer": str(gazetteer_file), "target": "names", "cutoff": 90.0, "labels": {"place": "LOC"}}
    nlp.add_pipe("belnorm", config=config)
    text = "Святлана Ціханоўская ў Гродна."
    doc = nlp(text)
    before = spans_of(doc.spans["names"])
    assert before == [("Святлана Ціханоўская", "PERSON", "test:tsikhanouskaya"), ("Гродна", "LOC", "test:grodno")]
    out = tmp_path / "pipeline"
    nlp.to_disk(out)
    assert [p.name for p in (out / "belnorm").iterdir()] == ["belnorm.json", "index.belnorm"]  # the built index
    assert Normalizer.load(out / "belnorm" / "index.belnorm").match("Гродна").entity.id == "test:grodno"
    gazetteer_file.unlink()  # as on another machine
    loaded = spacy.load(out)
    assert loaded.pipe_names == ["belnorm"]
    component = loaded.get_pipe("belnorm")
    assert (component.target, component.cutoff, component.labels["place"]) == ("names", 90.0, "LOC")
    doc = loaded(text)
    assert spans_of(doc.spans["names"]) == before
    # and from_disk into a pipeline built from the same config
    again = blank_be()
    again.add_pipe("belnorm", config=config)
    again.from_disk(out)
    doc = again(text)
    assert spans_of(doc.spans["names"]) == before
    # a loaded pipeline saves again, in place and elsewhere
    loaded.to_disk(out)
    loaded.to_disk(tmp_path / "copy")
    for where in (out, tmp_path / "copy"):
        doc = spacy.load(where)(text)
        assert spans_of(doc.spans["names"]) == before


def test_a_saved_pipeline_loads_its_index_without_rebuilding(gazetteer_file, tmp_path, monkeypatch):
    nlp = blank_be()
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    nlp.to_disk(tmp_path / "p")

    def no_build(*args, **kwargs):
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(Normalizer, "__init__", no_build)
    assert ents(spacy.load(tmp_path / "p")("Гродна.")) == [("Гродна", "GPE", "test:grodno")]


def test_a_stale_saved_index_is_rebuilt_from_its_entities(gazetteer_file, tmp_path, monkeypatch):
    import belnorm

    nlp = blank_be()
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    nlp.to_disk(tmp_path / "p")
    gazetteer_file.unlink()
    monkeypatch.setattr(belnorm, "__version__", "0.0.0-other")  # as after an upgrade of belnorm
    with pytest.raises(belnorm.StaleIndexError):
        Normalizer.load(tmp_path / "p" / "belnorm" / "index.belnorm")
    assert ents(spacy.load(tmp_path / "p")("Гродна.")) == [("Гродна", "GPE", "test:grodno")]


def test_a_normalizer_set_in_code_is_saved(tmp_path):
    from belnorm import Entity, Gazetteer

    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm").normalizer = Normalizer(Gazetteer([Entity(id="x:1", kind="org", names=["Belavia"])]))
    nlp.to_disk(tmp_path / "p")
    assert ents(spacy.load(tmp_path / "p")("Belavia flies.")) == [("Belavia", "ORG", "x:1")]


def test_a_pipeline_saved_with_a_gazetteer_copy_still_loads(gazetteer_file, tmp_path):
    # the layout before saved indexes: belnorm.json names a copy of the gazetteer file
    nlp = blank_be()
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    nlp.to_disk(tmp_path / "p")
    folder = tmp_path / "p" / "belnorm"
    (folder / "index.belnorm").unlink()
    (folder / "gazetteer").mkdir()
    gazetteer_file.rename(folder / "gazetteer" / "people.tsv")
    (folder / "belnorm.json").write_text('{"gazetteer_file": "gazetteer/people.tsv"}', encoding="utf-8")
    assert ents(spacy.load(tmp_path / "p")("Гродна.")) == [("Гродна", "GPE", "test:grodno")]


def test_to_disk_from_disk_with_the_bundled_gazetteer(tmp_path):
    nlp = spacy.blank("ru")
    nlp.add_pipe("belnorm", config={"overwrite": True})
    nlp.to_disk(tmp_path / "p")
    assert not (tmp_path / "p" / "belnorm" / "index.belnorm").exists()  # the bundled index is not copied
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("belnorm").gazetteer is None
    assert loaded.get_pipe("belnorm").overwrite is True
    assert ents(loaded("Из Гродно в Минск.")) == [("Гродно", "GPE", "place:grodno"), ("Минск", "GPE", "place:minsk")]


def test_saved_pipeline_loads_in_a_new_process(gazetteer_file, tmp_path):
    nlp = spacy.blank("pl")
    nlp.add_pipe("belnorm", config={"gazetteer": str(gazetteer_file)})
    nlp.to_disk(tmp_path / "p")
    code = (
        "import sys, spacy, belnorm.integrations.spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print([(e.text, e.kb_id_) for e in nlp('Janka Kupała w Grodnie.').ents])\n"
    )
    assert run_python(code, str(tmp_path / "p")) == "[('Janka Kupała', 'test:kupala'), ('Grodnie', 'test:grodno')]"


def test_docbin_keeps_kb_ids_and_extensions():
    nlp = spacy.blank("en")
    nlp.add_pipe("belnorm")
    doc = nlp("Minsk and Brest.")
    docs = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))
    assert ents(docs[0]) == ents(doc)
    assert [e._.belnorm_score for e in docs[0].ents] == [e._.belnorm_score for e in doc.ents]
    assert [e._.belnorm_explanation for e in docs[0].ents] == [e._.belnorm_explanation for e in doc.ents]
