"""Real case forms of Belarusian names in foreign languages link to the right bundled entity.

The forms are tests/fixtures/declension/hunspell_forms.tsv: what the hunspell dictionaries of Debian (Czech,
Slovak, Polish, Lithuanian, Latvian, Ukrainian, Russian, Hungarian, Croatian, Romanian, German) inflect of their
own entries that name a bundled entity (Minskas → Minsko, Minskui; Lukašenko → Lukašenkovi; Мінськ → Мінську),
made by scripts/make_declension_fixture.py. belnorm made none of it: an entry is a registered name of one
entity or a hand-checked pair of the script's ALLOW list. These tests need only the committed fixture; the one
that regenerates it needs unmunch and the dictionaries, and is skipped without them.

Forms belnorm misses today are rows ``decl:<lang>:<form>`` of tests/data/known_failures.tsv and run as
``xfail(strict=True)``: fixing one makes its test fail until its line is removed.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from belnorm import Gazetteer, Normalizer
from test_matching import known_failures

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "declension" / "hunspell_forms.tsv"
SCRIPT = ROOT / "scripts" / "make_declension_fixture.py"


class Row(NamedTuple):
    lang: str
    form: str
    stem: str  # the dictionary entry the form was made from
    entity_id: str


@functools.cache
def rows() -> tuple[Row, ...]:
    with FIXTURE.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return tuple(
        Row(r["lang"], r["form"], r["stem"], r["entity_id"])
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    )


def case_key(lang: str, form: str) -> str:
    """The key of a form in tests/data/known_failures.tsv."""
    return f"decl:{lang}:{form}"


def declension_case_keys() -> set[tuple[str, str]]:
    """The (query, expected) keys these cases use in known_failures.tsv."""
    return {(case_key(r.lang, r.form), r.entity_id) for r in rows()}


@functools.cache
def normalizer() -> Normalizer:
    return Normalizer.default()


def _params() -> list:
    out = []
    for r in rows():
        known = known_failures().get((case_key(r.lang, r.form), r.entity_id))
        marks = (
            [pytest.mark.xfail(strict=True, reason=f"known failure: got {known['got']}; {known['reason']}")]
            if known
            else []
        )
        out.append(pytest.param(r.lang, r.form, r.stem, r.entity_id, id=f"{r.lang}-{r.form}", marks=marks))
    return out


@pytest.mark.parametrize(("lang", "form", "stem", "entity_id"), _params())
def test_form_links_to_entity(lang: str, form: str, stem: str, entity_id: str) -> None:
    norm = normalizer()
    m = norm.match(form)
    got = "None" if m is None else f"{m.entity.id} ({m.score:.1f} via {m.matched_name!r})"
    assert m is not None and m.entity.id == entity_id, (
        f"{lang} {form!r} (hunspell form of {stem!r}) must match {entity_id}, got {got}: {norm.explain(form)}"
    )


def test_fixture_is_not_trivial() -> None:
    """Many languages and forms, each form once per language, every entity bundled, every entity with several
    forms (the entries alone would test nothing of declension)."""
    all_rows = rows()
    assert len(all_rows) >= 200
    assert len({r.lang for r in all_rows}) >= 5
    keys = [(r.lang, r.form) for r in all_rows]
    assert len(keys) == len(set(keys)), "a form is listed twice for one language"
    gazetteer = Gazetteer.default()
    assert all(r.entity_id in gazetteer for r in all_rows), "an entity that is not bundled"
    inflected = [r for r in all_rows if r.form != r.stem]
    assert len(inflected) >= len(all_rows) // 2
    assert all(r.form[:1].isupper() and not r.form.startswith("-") for r in all_rows)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_declension_fixture", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_declension_fixture"] = module
    spec.loader.exec_module(module)
    return module


def test_fixture_is_what_the_script_makes() -> None:
    """With the same dictionaries installed, the script makes the committed fixture again, byte for byte."""
    gen = _script()
    if not gen.available():
        pytest.skip("needs unmunch, hunspell and the dictionaries of scripts/make_declension_fixture.py")
    committed = FIXTURE.read_text(encoding="utf-8")
    installed = [f"{d.package} {gen.package_version(d.package)}" for d in gen.DICTIONARIES]
    if any(v not in committed for v in installed):
        pytest.skip(f"installed dictionary versions differ from the fixture's: {installed}")
    assert gen.build() == committed, f"stale fixture: run {gen.COMMAND}"
