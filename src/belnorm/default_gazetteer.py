"""Old home of the bundled gazetteer loader, now `belnorm.sources.bundled`; kept only for the lazy import in
`belnorm.gazetteer.Gazetteer.default` (remove it once that imports `belnorm.sources.bundled`)."""

from belnorm.sources.bundled import COLUMNS, bundled_files, load_default, read_bundled

__all__ = ["COLUMNS", "bundled_files", "load_default", "read_bundled"]
