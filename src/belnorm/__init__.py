"""belnorm: which real Belarusian person, place or organisation a name refers to, however it was spelled.

>>> import belnorm
>>> belnorm.transliterate("Лукашэнка", "lacinka")
'Łukašenka'

The public names below are loaded on first use (PEP 562), so ``import belnorm`` stays fast and builds nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Candidate": "belnorm.results",
    "Detection": "belnorm.scripts",
    "Entity": "belnorm.gazetteer",
    "EntityKind": "belnorm.gazetteer",
    "Explanation": "belnorm.results",
    "Gazetteer": "belnorm.gazetteer",
    "GazetteerError": "belnorm.gazetteer",
    "IndexFileError": "belnorm.store",
    "Match": "belnorm.results",
    "Mention": "belnorm.results",
    "Normalizer": "belnorm.matcher",
    "Options": "belnorm.options",
    "SourceError": "belnorm.sources",
    "StaleIndexError": "belnorm.store",
    "TableError": "belnorm.tables",
    "Variant": "belnorm.spellings",
    "clean": "belnorm.text",
    "detect": "belnorm.scripts",
    "explain_transliteration": "belnorm.translit",
    "key": "belnorm.keys",
    "read_entities": "belnorm.sources",
    "read_ftm": "belnorm.sources",
    "read_geonames": "belnorm.sources",
    "read_wikidata": "belnorm.sources",
    "resolve_scheme": "belnorm.tables",
    "table_names": "belnorm.tables",
    "to_cyrillic": "belnorm.translit",
    "transliterate": "belnorm.translit",
    "variants": "belnorm.spellings",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'belnorm' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
    from belnorm.keys import key
    from belnorm.matcher import Normalizer
    from belnorm.options import Options
    from belnorm.results import Candidate, Explanation, Match, Mention
    from belnorm.scripts import Detection, detect
    from belnorm.sources import SourceError, read_entities, read_ftm, read_geonames, read_wikidata
    from belnorm.store import IndexFileError, StaleIndexError
    from belnorm.tables import TableError, resolve_scheme, table_names
    from belnorm.text import clean
    from belnorm.translit import explain_transliteration, to_cyrillic, transliterate
    from belnorm.spellings import Variant, variants
