"""Reading entities from files: belnorm's own CSV, TSV and JSONL, and the entity data users already have
(Wikidata entity JSON, GeoNames tables, FollowTheMoney / OpenSanctions entities).

Every reader is a generator: it holds one record at a time, so a large file never sits in memory twice, and it
raises `SourceError` (a `GazetteerError`) naming the file, the line and the field of the first bad record rather
than skipping it. Files are UTF-8, with or without a byte-order mark; ``.gz``, ``.bz2``, ``.xz`` and one-member
``.zip`` files are read through the standard library, so a Wikidata dump or GeoNames' ``BY.zip`` loads as it
was downloaded. Instead of a path, every reader also takes an open binary or text stream (``sys.stdin``,
``io.BytesIO``); a stream has no extension, so `read_entities` needs ``format=`` for it.

belnorm's own formats (`read_entities`)
---------------------------------------

CSV (``.csv``) and TSV (``.tsv``, ``.tab``) files start with a header row. Column names are matched without
regard to case or surrounding spaces:

``id`` (required)
    The entity id; must not be empty and must be unique in the file.
``kind`` (required)
    ``person``, ``place``, ``org`` or ``other`` (any case).
``name`` (required, repeatable)
    Every column called ``name``, ``names``, ``alias`` or ``aliases``, alone or followed by ``:`` or ``_`` and a
    tag (``name:be``, ``name_ru``, ``name:lacinka``, ``aliases_en``), holds names; a cell may hold several names
    joined by ``|`` (so ``|`` cannot be part of a name). Names are taken column by column, left to right,
    and the first one is canonical. Empty cells are allowed (not every entity has a name in every column), but
    every row needs at least one name.
``label`` (optional)
    Display name; empty means "the first name".
``attributes`` (optional)
    A JSON object, e.g. ``{"birth_year": 1954}``.
any other column
    Becomes a string attribute under its header name, when the cell is not empty. A key given both as a column and
    inside ``attributes`` is an error, not a silent override.

CSV follows RFC 4180 (quotes around fields with commas, quotes or line breaks; doubled quotes inside), read
strictly: a stray quote is an error. TSV follows the IANA ``text/tab-separated-values`` format: no quoting at
all, a quote character is just a character (so ``"Вясна"`` and a JSON ``attributes`` cell need no escaping), and
fields cannot contain tabs or line breaks. Every row must have as many fields as the header (trailing empty
fields that spreadsheets add are tolerated); blank rows are skipped.

JSONL (``.jsonl``, ``.ndjson``) has one JSON object per line with keys ``id``, ``kind``, ``names`` (a list of
strings), ``name``, ``alias``, ``aliases`` (each a string or a list; taken in that order, at least one name in
all), optional ``label`` and ``attributes`` (an object); other keys become attributes, as extra columns do in
CSV. Blank lines are skipped.

An empty file (or a CSV/TSV file with only a header) gives zero entities, not an error: an empty export is a
valid, empty gazetteer, and ``Gazetteer([])`` is valid too. A file that is not UTF-8 (say, Windows-1251
bytes) or is UTF-16 is an error that says so, with the line of the first undecodable byte.

Entity data (`read_wikidata`, `read_geonames`, `read_ftm`)
----------------------------------------------------------

These read the formats as their publishers write them; see each function. They do not check ids for
uniqueness across a file (a Wikidata dump has a hundred million of them); `Gazetteer` refuses duplicates, and
`Gazetteer.merge` folds entities with the same id into one, which is how the same QID from Wikidata and from
OpenSanctions becomes a single entity::

    gaz = Gazetteer(read_wikidata("wd.json.gz")).merge(read_ftm("targets.json", id_from="wikidata"))

Modules
-------

`belnorm.sources.files` reads files for these readers and for the ``belnorm`` command alike (decompression,
BOM, encodings, numbered lines, CSV/TSV records, JSON lines, `SourceError`); `~belnorm.sources.fields` holds the
checks every reader shares; one module per format (`~belnorm.sources.table`, `~belnorm.sources.jsonl`,
`~belnorm.sources.wikidata`, `~belnorm.sources.geonames`, `~belnorm.sources.ftm`), `~belnorm.sources.formats`
picks one, and `belnorm.sources.bundled` reads the bundled gazetteer.
"""

from belnorm.sources.files import PathLike, SourceError
from belnorm.sources.formats import FORMATS, detect_format, read_entities
from belnorm.sources.ftm import FTM_KINDS, read_ftm
from belnorm.sources.geonames import GEONAMES_KINDS, read_geonames
from belnorm.sources.wikidata import WIKIDATA_KINDS, read_wikidata

__all__ = [
    "FORMATS",
    "FTM_KINDS",
    "GEONAMES_KINDS",
    "WIKIDATA_KINDS",
    "PathLike",
    "SourceError",
    "detect_format",
    "read_entities",
    "read_ftm",
    "read_geonames",
    "read_wikidata",
]
