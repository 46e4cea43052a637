"""Optional integrations: `belnorm.integrations.pandas` (``pip install belnorm[pandas]``),
`belnorm.integrations.dask`, also importable as `belnorm.dask` (``pip install belnorm[dask]``), and
`belnorm.integrations.spacy` (``pip install belnorm[spacy]``).

This package imports none of them. Every integration writes results as the flat records of `belnorm.results`
(dicts of str / float / int / None, in the column orders below), the shape the ``belnorm`` command writes too,
so a column means the same everywhere: in a DataFrame, in a Dask Bag, on a spaCy span, and in the CSV.
"""

from __future__ import annotations

from belnorm.results import ENTITY_COLUMNS, MENTION_COLUMNS, match_record, mention_record

__all__ = ["ENTITY_COLUMNS", "MENTION_COLUMNS", "match_record", "mention_record"]
