"""belnorm: which real Belarusian person, place or organisation a name refers to, however it was spelled.

>>> import belnorm
>>> belnorm.transliterate("Лукашэнка", "lacinka")
'Łukašenka'

The public names below are loaded on first use (PEP 562), so ``import belnorm`` stays fast and builds nothing.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from typing import TYPE_CHECKING, Any

from belnorm.data import VERSION as __version__

_EXPORTS = {
    "Candidate": "belnorm.results",
    "CanonicalExplanation": "belnorm.canonicalize",
    "Detection": "belnorm.scripts",
    "Doubt": "belnorm.results",
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
    "TextExplanation": "belnorm.results",
    "TableError": "belnorm.tables",
    "Variant": "belnorm.spellings",
    "canonical": "belnorm.canonicalize",
    "clean": "belnorm.text",
    "cluster": "belnorm.clustering",
    "detect": "belnorm.scripts",
    "explain_canonical": "belnorm.canonicalize",
    "explain_transliteration": "belnorm.translit",
    "key": "belnorm.keys",
    "read_entities": "belnorm.sources",
    "read_ftm": "belnorm.sources",
    "read_geonames": "belnorm.sources",
    "read_wikidata": "belnorm.sources",
    "resolve_scheme": "belnorm.tables",
    "table_names": "belnorm.tables",
    "to_cyrillic": "belnorm.scripts",
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
    _pandas_accessor()
    return value


def _pandas_accessor() -> None:
    """Register ``series.belnorm`` when pandas is in use: imported before belnorm, or before the first use of a
    name of belnorm (``import belnorm.integrations.pandas`` registers it in any case)."""
    if "pandas" in sys.modules and "belnorm.integrations.pandas" not in sys.modules:
        with contextlib.suppress(ImportError):
            importlib.import_module("belnorm.integrations.pandas")


def __dir__() -> list[str]:
    return __all__


_pandas_accessor()


if TYPE_CHECKING:
    from belnorm.canonicalize import CanonicalExplanation, canonical, explain_canonical
    from belnorm.clustering import cluster
    from belnorm.gazetteer import Entity, EntityKind, Gazetteer, GazetteerError
    from belnorm.keys import key
    from belnorm.matcher import Normalizer
    from belnorm.options import Options
    from belnorm.results import Candidate, Doubt, Explanation, Match, Mention, TextExplanation
    from belnorm.scripts import Detection, detect, to_cyrillic
    from belnorm.sources import SourceError, read_entities, read_ftm, read_geonames, read_wikidata
    from belnorm.store import IndexFileError, StaleIndexError
    from belnorm.tables import TableError, resolve_scheme, table_names
    from belnorm.text import clean
    from belnorm.translit import explain_transliteration, transliterate
    from belnorm.spellings import Variant, variants
