"""belnorm: which real Belarusian person, place or organisation a name refers to, however it was spelled."""

from belnorm.tables import TableError, table_names
from belnorm.text import clean
from belnorm.translit import explain_transliteration, transliterate

__version__ = "0.1.0"

__all__ = ["TableError", "__version__", "clean", "explain_transliteration", "table_names", "transliterate"]
