"""The example notebook runs top to bottom and shows belnorm's HTML, and it is committed with those outputs (so
GitHub and nbviewer render it, as docs/notebooks.md says); needs the notebook and pandas extras."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

ROOT = Path(__file__).parent.parent
NOTEBOOK = ROOT / "examples" / "belnorm_tour.ipynb"
MARKERS = ("belnorm-match", "belnorm-entity", "belnorm-matches", "belnorm-explanation", "belnorm-text",
           "belnorm-mention")


def _runner():
    spec = importlib.util.spec_from_file_location("run_notebook", ROOT / "scripts" / "run_notebook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _html(nb) -> str:
    return "\n".join(
        output["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "text/html" in output.get("data", {})
    )


def _shape(nb) -> list[list[tuple[str, tuple[str, ...]]]]:
    """What each code cell shows: the kind of each output and its formats."""
    return [
        [(o.output_type, tuple(sorted(o.get("data", {})))) for o in cell.outputs]
        for cell in nb.cells
        if cell.cell_type == "code"
    ]


def test_tour_runs_top_to_bottom_and_is_committed_with_its_outputs() -> None:
    committed = nbformat.read(NOTEBOOK, as_version=4)
    shown = _html(committed)
    for marker in MARKERS:  # what GitHub and nbviewer render without running it
        assert marker in shown, f"{marker}: run scripts/run_notebook.py and commit the notebook with its outputs"
    fresh = _runner().execute(NOTEBOOK)  # raises CellExecutionError, with the cell and traceback, if a cell fails
    for marker in MARKERS:
        assert marker in _html(fresh), marker
    assert not [o for c in fresh.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert _shape(committed) == _shape(fresh), "the committed outputs are stale: run scripts/run_notebook.py"
