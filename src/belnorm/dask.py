"""``belnorm.dask``: belnorm on Dask DataFrames and Bags (``pip install belnorm-names[dask]``).

The implementation and its documentation (how the normalizer reaches the workers, how to run on a real
cluster) are in `belnorm.integrations.dask`; this module re-exports it under the shorter name.
"""

from belnorm.integrations.dask import __all__, find_bag, find_column, match_bag, match_column, ship  # noqa: F401
