#!/bin/sh
# Build the documentation site into site/ (or the directory given), failing on any warning.
# Needs the docs extra: pip install '.[docs]'   (mkdocs-material, mkdocstrings[python])
# Serve it while editing with: .venv/bin/mkdocs serve
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
NO_MKDOCS_2_WARNING=1 exec "$PYTHON" -m mkdocs build --strict --site-dir "${1:-site}"
