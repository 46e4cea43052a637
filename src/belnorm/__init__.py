"""belnorm: which real Belarusian person, place or organisation a name refers to, however it was spelled.

>>> import belnorm
>>> belnorm.transliterate("Лукашэнка", "lacinka")
'Łukašenka'
"""

from belnorm.finder import Mention
from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
from belnorm.keys import key
from belnorm.matcher import Candidate, Explanation, Match, Normalizer, Options
from belnorm.tables import TableError, table_names
from belnorm.text import clean
from belnorm.translit import explain_transliteration, transliterate

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "Entity",
    "EntityKind",
    "Explanation",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "Mention",
    "Normalizer",
    "Options",
    "TableError",
    "__version__",
    "clean",
    "explain_transliteration",
    "key",
    "table_names",
    "transliterate",
]
