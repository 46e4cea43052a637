"""Validation of the bundled gazetteer data in data/gazetteer/*.tsv.

The TSV files are reviewable data; this test is their schema: exact header, one entity a line, stable unique ids,
names in the right script, plausible years, no unexplained duplicate names, a source for every row, and the promised
coverage (300 persons, 50 organisations, the 6 regions, all 118 districts of Belarus and their centres).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

GAZ = Path(__file__).parents[1] / "data/gazetteer"
KINDS = {"persons": "person", "places": "place", "orgs": "org"}
# every bundled file, by stem; its kind is the stem's prefix (persons*.tsv, places*.tsv, orgs*.tsv)
FILES = {p.stem: next(k for prefix, k in KINDS.items() if p.stem.startswith(prefix)) for p in sorted(GAZ.glob("*.tsv"))}
HEADER = ["id", "be", "ru", "en", "lacinka", "alt", "wikidata", "born", "note", "source"]
# persons known from a list (prisoners, judges) say whether a surname alone names them in running text
LISTED = [*HEADER, "surname_alone"]

ID_RE = re.compile(r"^(person|place|org):[a-z0-9:-]+$")
QID_RE = re.compile(r"^Q[0-9]+$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
REGIONS = ("Brest", "Vitebsk", "Gomel", "Grodno", "Minsk", "Mogilev")
# districts per region (Belarus has 118 districts, each with its own administrative centre)
DISTRICTS = {"Brest": 16, "Vitebsk": 21, "Gomel": 21, "Grodno": 17, "Minsk": 22, "Mogilev": 21}
NOTE_START = re.compile(
    r"^(capital|regional centre|district centre|district|city district|neighbourhood|region|country|town|urban settlement|"
    r"village|agro-town|resort village|river|lake|reservoir|memorial|Nazi|government residence|primeval forest|"
    r"forest|historical region|nature reserve|national park|lake group|detention centre|pre-trial detention centre|"
    r"penal colony|prison|border crossing|canal|fortress|castle|hill)\b"
)
# files whose every row must name its source (file-name prefixes: every bundled file, persons.tsv and orgs.tsv included
# since their last rows were sourced); a row without one does not ship
SOURCED = ("places", "persons", "orgs")
SOURCE_URL = re.compile(r"https?://[^\s|]+")


def _load(name: str) -> list[dict[str, str]]:
    path = GAZ / f"{name}.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{path.name}: must end with a newline"
    body = [ln for ln in lines[:-1]]
    i = 0
    while i < len(body) and body[i].startswith("#"):
        i += 1
    assert i > 0, f"{path.name}: needs # comment lines saying where the data comes from and its licence"
    header = body[i].split("\t")
    assert header in (HEADER, LISTED), f"{path.name}: header is {body[i]!r}"
    assert header == HEADER or FILES[name] == "person", f"{path.name}: only persons have a surname_alone column"
    rows = []
    for n, line in enumerate(body[i + 1 :], start=i + 2):
        assert line.strip(), f"{path.name}:{n}: empty line"
        assert not line.startswith("#"), f"{path.name}:{n}: comments only at the top"
        cells = line.split("\t")
        assert len(cells) == len(header), f"{path.name}:{n}: {len(cells)} fields, expected {len(header)}"
        row = dict(zip(header, cells))
        assert row.get("surname_alone", "") in ("", "yes", "no"), f"{path.name}:{n}: surname_alone is yes, no or empty"
        row["_where"] = f"{path.name}:{n}"
        row["_file"] = FILES[name] + "s"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, str]]]:
    """The rows of each kind's files together, by plural kind (persons, places, orgs)."""
    out: dict[str, list[dict[str, str]]] = {plural: [] for plural in KINDS}
    for name, kind in FILES.items():
        out[kind + "s"].extend(_load(name))
    return out


@pytest.fixture(scope="module")
def rows(data: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    return [r for name in KINDS for r in data[name]]


def _names(row: dict[str, str]) -> list[str]:
    return [row["be"], row["ru"], row["en"], row["lacinka"], *[a for a in row["alt"].split("|") if a]]


def test_header_and_sources_comment() -> None:
    for name in FILES:
        text = (GAZ / f"{name}.tsv").read_text(encoding="utf-8")
        head = "".join(ln for ln in text.splitlines() if ln.startswith("#"))
        assert "Licence" in head or "License" in head, f"{name}.tsv: say the licence in the header comment"
        assert "Sources" in head, f"{name}.tsv: say where the data comes from in the header comment"


def test_ids_unique_and_well_formed(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert ID_RE.match(r["id"]), f"{r['_where']}: bad id {r['id']!r}"
        assert r["id"].split(":")[0] + "s" == r["_file"], f"{r['_where']}: {r['id']} in the wrong file"
        assert not r["id"].endswith((":", "-")), f"{r['_where']}: bad id {r['id']!r}"
    dup = [i for i, c in Counter(r["id"] for r in rows).items() if c > 1]
    assert not dup, f"duplicate ids: {dup}"


def test_fields_clean(rows: list[dict[str, str]]) -> None:
    for r in rows:
        for key in HEADER:
            v = r[key]
            assert v == v.strip(), f"{r['_where']}: {key} has surrounding spaces"
            assert unicodedata.normalize("NFC", v) == v, f"{r['_where']}: {key} is not NFC"
            assert "\r" not in v and "  " not in v, f"{r['_where']}: {key} has odd whitespace"
        for key in ("be", "ru", "en", "lacinka", "note"):
            assert r[key], f"{r['_where']}: {key} is empty"
            assert "|" not in r[key], f"{r['_where']}: '|' only separates alt names"
        assert "\u2019" not in r["be"], f"{r['_where']}: the be name writes the apostrophe ' as belnorm.canonical does"
        alts = r["alt"].split("|") if r["alt"] else []
        assert all(a and a == a.strip() for a in alts), f"{r['_where']}: empty or padded alt name"
        assert len(alts) == len(set(alts)), f"{r['_where']}: repeated alt name"


def test_scripts(rows: list[dict[str, str]]) -> None:
    for r in rows:
        be, ru = r["be"], r["ru"]
        assert CYRILLIC.search(be) and not LATIN.search(be), f"{r['_where']}: be {be!r} is not Cyrillic"
        assert not re.search(r"[иИщЩъЪ]", be), f"{r['_where']}: be {be!r} has Russian-only letters"
        assert CYRILLIC.search(ru) and not LATIN.search(ru), f"{r['_where']}: ru {ru!r} is not Cyrillic"
        assert not re.search(r"[іІўЎ]", ru), f"{r['_where']}: ru {ru!r} has Belarusian-only letters"
        for key in ("en", "lacinka"):
            assert LATIN.search(r[key]) and not CYRILLIC.search(r[key]), f"{r['_where']}: {key} is not Latin"
        for a in r["alt"].split("|") if r["alt"] else []:
            assert not (CYRILLIC.search(a) and LATIN.search(a)), f"{r['_where']}: alt {a!r} mixes scripts"


def test_wikidata_and_born(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert not r["wikidata"] or QID_RE.match(r["wikidata"]), f"{r['_where']}: bad QID {r['wikidata']!r}"
        if r["born"]:
            assert r["_file"] == "persons", f"{r['_where']}: born is for persons only"
            assert re.fullmatch(r"[0-9]{3,4}", r["born"]), f"{r['_where']}: born {r['born']!r} is not a year"
            assert 900 <= int(r["born"]) <= 2015, f"{r['_where']}: implausible birth year {r['born']}"
    qids = [r["wikidata"] for r in rows if r["wikidata"]]
    assert len(qids) == len(set(qids)), "a Wikidata id is used twice"


def test_shared_names_are_disambiguated(rows: list[dict[str, str]]) -> None:
    """Two entities may share a canonical name (a town and a river) only when their notes tell them apart."""
    for key in ("be", "ru", "en"):
        by_name: dict[str, list[dict[str, str]]] = {}
        for r in rows:
            by_name.setdefault(r[key].casefold(), []).append(r)
        for name, group in by_name.items():
            notes = [g["note"] for g in group]
            assert len(notes) == len(set(notes)), f"{key} {name!r} shared by {[g['id'] for g in group]} with equal notes"


def test_no_alt_is_another_entitys_canonical_name_silently(rows: list[dict[str, str]]) -> None:
    """An alias equal to another entity's canonical be name must come with a distinguishing note (it always does)."""
    canon = {r["be"]: r for r in rows}
    for r in rows:
        for a in r["alt"].split("|") if r["alt"] else []:
            other = canon.get(a)
            if other is not None and other["id"] != r["id"]:
                assert other["note"] != r["note"], f"{r['id']} alt {a!r} is the name of {other['id']}"


def test_counts(data: dict[str, list[dict[str, str]]]) -> None:
    assert len(data["persons"]) >= 300
    assert len(data["orgs"]) >= 50
    assert len(data["places"]) >= 450


def test_places_notes_use_fixed_phrases(data: dict[str, list[dict[str, str]]]) -> None:
    for r in data["places"]:
        assert NOTE_START.match(r["note"]), f"{r['_where']}: note {r['note']!r} starts with no known place type"


def test_regions(data: dict[str, list[dict[str, str]]]) -> None:
    regions = [r for r in data["places"] if re.match(r"region\b", r["note"])]
    assert len(regions) == 6
    assert sorted(r["en"] for r in regions) == sorted(f"{x} Region" for x in REGIONS)
    assert all(r["be"].endswith(" вобласць") and r["ru"].endswith(" область") for r in regions)


def test_all_district_centres(data: dict[str, list[dict[str, str]]]) -> None:
    """Every one of the 118 districts has its centre here, counted per region."""
    per_region: Counter[str] = Counter()
    for r in data["places"]:
        m = re.search(r"\bdistrict centre\b.*\b(" + "|".join(REGIONS) + r") region\b", r["note"])
        if m:
            per_region[m.group(1)] += 1
    assert dict(per_region) == DISTRICTS
    assert sum(per_region.values()) == 118
    capital = [r for r in data["places"] if r["note"].startswith("capital")]
    assert [r["id"] for r in capital] == ["place:minsk"]
    regional = [r for r in data["places"] if r["note"].startswith("regional centre")]
    assert len(regional) == 5


def test_all_districts(data: dict[str, list[dict[str, str]]]) -> None:
    """Every one of the 118 districts is an entity of its own, counted per region, and its id names its centre."""
    by_id = {r["id"]: r for r in data["places"]}
    per_region: Counter[str] = Counter()
    for r in data["places"]:
        m = re.match(r"district, (" + "|".join(REGIONS) + r") region\b", r["note"])
        if not m:
            continue
        per_region[m.group(1)] += 1
        assert r["id"].startswith("place:district:"), f"{r['_where']}: a district's id is place:district:<centre>"
        assert r["be"].endswith(" раён") and r["ru"].endswith(" район"), f"{r['_where']}: not a district name"
        centre = by_id.get("place:" + r["id"].removeprefix("place:district:"))
        assert centre is not None, f"{r['_where']}: {r['id']} names no centre in the gazetteer"
        assert re.search(rf"district centre\b.*\b{m.group(1)} region", centre["note"]), f"{r['_where']}: centre"
    assert dict(per_region) == DISTRICTS
    assert sum(per_region.values()) == 118


def test_city_districts(data: dict[str, list[dict[str, str]]]) -> None:
    """Minsk's 9 districts and those of the regional centres are entities with the city in the id and the note."""
    per_city: Counter[str] = Counter()
    for r in data["places"]:
        m = re.match(r"city district, (\w+)", r["note"])
        if m:
            per_city[m.group(1)] += 1
            assert r["id"].startswith(f"place:district:{m.group(1).lower()}-"), f"{r['_where']}: id names the city"
    assert per_city["Minsk"] == 9
    assert set(per_city) == {"Minsk", "Brest", "Vitebsk", "Gomel", "Grodno", "Mogilev"}


def test_every_row_names_its_source(rows: list[dict[str, str]]) -> None:
    """A row ships only with the source its facts were checked in (asserted for the files in SOURCED)."""
    checked = [r for r in rows if r["_where"].startswith(SOURCED)]
    assert checked, "no file is checked"
    unsourced = [r["_where"] for r in checked if not r["source"]]
    assert not unsourced, f"rows without a source: {unsourced[:20]} ({len(unsourced)})"
    for r in checked:
        assert SOURCE_URL.match(r["source"]), f"{r['_where']}: a source is a URL, not {r['source']!r}"


def test_well_known_entities_present(rows: list[dict[str, str]]) -> None:
    by_id = {r["id"]: r for r in rows}
    luk = by_id["person:lukashenka-aliaksandr"]
    assert (luk["be"], luk["ru"], luk["en"], luk["lacinka"]) == (
        "Аляксандр Лукашэнка",
        "Александр Лукашенко",
        "Alexander Lukashenko",
        "Alaksandr Łukašenka",
    )
    assert by_id["person:tsikhanouskaya-sviatlana"]["lacinka"] == "Śviatłana Cichanoŭskaja"
    assert "Іван Луцэвіч" in by_id["person:kupala-yanka"]["alt"].split("|")
    assert "Койданава" in by_id["place:dziarzhynsk"]["alt"].split("|")
    assert "Nowogródek" in by_id["place:navahrudak"]["alt"].split("|")
    assert by_id["place:mogilev"]["lacinka"] == "Mahiloŭ"
    assert "КДБ" in by_id["org:kgb"]["alt"].split("|")


def test_be_names_transliterate() -> None:
    """Every Belarusian name goes through the Łacinka table to pure Latin (the bundled data feeds the index)."""
    belnorm = pytest.importorskip("belnorm")
    for name in FILES:
        for r in _load(name):
            out = belnorm.transliterate(r["be"], "lacinka")
            assert not CYRILLIC.search(out), f"{r['_where']}: {r['be']!r} -> {out!r} keeps Cyrillic"


def test_the_docs_give_the_real_counts(data: dict[str, list[dict[str, str]]]) -> None:
    """docs/gazetteers.md says how many persons, places and organisations are bundled: the real numbers."""
    docs = (Path(__file__).parents[1] / "docs" / "gazetteers.md").read_text(encoding="utf-8")
    (found,) = re.findall(r"([\d,]+) persons, ([\d,]+) places and ([\d,]+) organisations", docs)
    assert tuple(int(n.replace(",", "")) for n in found) == tuple(len(data[k]) for k in ("persons", "places", "orgs"))
