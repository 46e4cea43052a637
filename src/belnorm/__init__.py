"""belnorm: which real Belarusian person, place or organisation a name refers to, however it was spelled.

>>> import belnorm
>>> belnorm.transliterate("Лукашэнка", "lacinka")
'Łukašenka'
"""

from belnorm.finder import Mention
from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
from belnorm.keys import key
from belnorm.matcher import Candidate, Explanation, Match, Normalizer, Options
from belnorm.scripts import Detection, detect
from belnorm.sources import SourceError, read_entities, read_ftm, read_geonames, read_wikidata
from belnorm.tables import TableError, resolve_scheme, table_names
from belnorm.text import clean
from belnorm.translit import explain_transliteration, to_cyrillic, transliterate

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "Detection",
    "Entity",
    "EntityKind",
    "Explanation",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "Mention",
    "Normalizer",
    "Options",
    "SourceError",
    "TableError",
    "__version__",
    "clean",
    "detect",
    "explain_transliteration",
    "key",
    "read_entities",
    "read_ftm",
    "read_geonames",
    "read_wikidata",
    "resolve_scheme",
    "table_names",
    "to_cyrillic",
    "transliterate",
]
