"""The example notebooks run top to bottom and show belnorm's HTML, and they are committed with those outputs (so
GitHub and nbviewer render them, as docs/notebooks.md says); needs the notebook and pandas extras."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

ROOT = Path(__file__).parent.parent
#: each example notebook, with the HTML of belnorm's objects it must show
MARKERS = {
    "belnorm_tour.ipynb": ("belnorm-match", "belnorm-entity", "belnorm-matches", "belnorm-explanation",
                           "belnorm-text", "belnorm-mention"),
    "deduplicating_names.ipynb": ("belnorm-canonical", "<table"),
}


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


def test_every_example_notebook_is_tested() -> None:
    assert sorted(p.name for p in (ROOT / "examples").glob("*.ipynb")) == sorted(MARKERS)


@pytest.mark.parametrize("name", sorted(MARKERS))
def test_notebook_runs_top_to_bottom_and_is_committed_with_its_outputs(name: str) -> None:
    notebook = ROOT / "examples" / name
    committed = nbformat.read(notebook, as_version=4)
    shown = _html(committed)
    for marker in MARKERS[name]:  # what GitHub and nbviewer render without running it
        assert marker in shown, f"{marker}: run scripts/run_notebook.py and commit the notebook with its outputs"
    fresh = _runner().execute(notebook)  # raises CellExecutionError, with the cell and traceback, if a cell fails
    for marker in MARKERS[name]:
        assert marker in _html(fresh), marker
    assert not [o for c in fresh.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert _shape(committed) == _shape(fresh), "the committed outputs are stale: run scripts/run_notebook.py"
