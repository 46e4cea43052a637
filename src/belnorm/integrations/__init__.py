"""Optional integrations: `belnorm.integrations.pandas` (``pip install belnorm-names[pandas]``),
`belnorm.integrations.dask`, also importable as `belnorm.dask` (``pip install belnorm-names[dask]``),
and `belnorm.integrations.spacy` (``pip install belnorm-names[spacy]``).

This package imports none of them (``import belnorm`` imports the pandas one when pandas is already imported, to
register the ``.belnorm`` accessor). Every integration writes results as the flat records of `belnorm.results`
(dicts of str / float / int / None, in the column orders below), the shape the ``belnorm`` command writes too,
so a column means the same everywhere: in a DataFrame, in a Dask Bag, on a spaCy span, and in the CSV.
"""

from __future__ import annotations

from belnorm.results import ENTITY_COLUMNS, MENTION_COLUMNS, match_record, mention_record

__all__ = ["ENTITY_COLUMNS", "MENTION_COLUMNS", "match_record", "mention_record"]
