"""Re-execute the example notebooks (examples/*.ipynb) top to bottom and store their outputs in the files.

The notebooks are committed with their outputs, so that GitHub and nbviewer show belnorm's HTML without running
them (docs/notebooks.md promises it); tests/test_notebook.py checks that the stored outputs are what a fresh run
gives. Run it after a change that shows in a notebook (needs the notebook and pandas extras)::

    .venv/bin/python scripts/run_notebook.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbclient
import nbformat

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def execute(path: Path) -> nbformat.NotebookNode:
    """The notebook at ``path``, executed in a fresh kernel from the folder it is in (outputs replaced)."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return nb


def main() -> int:
    for path in NOTEBOOKS:
        nb = execute(path)
        nbformat.write(nb, path)
        print(f"wrote {path} with the outputs of {sum(c.cell_type == 'code' for c in nb.cells)} code cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
