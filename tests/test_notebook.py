"""The analysis notebook runs on the sample outputs and writes its four figures."""

from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
FIGURES = ["1_indicator_by_province.png", "2_agency_workload.png", "3_deadline_calendar.png",
           "4_reference_graph.png"]


def test_notebook_executes_on_the_sample_outputs(parsed_samples, tmp_path, monkeypatch):
    monkeypatch.setenv("KH_PARSED", str(parsed_samples))
    monkeypatch.setenv("KH_FIGURES", str(tmp_path / "figures"))
    notebook = jupytext.read(NOTEBOOKS / "analysis.py")
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    for name in FIGURES:
        assert (tmp_path / "figures" / name).stat().st_size > 5000, name
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "bhyt_coverage" in shown and "Sở Y tế" in shown


def test_the_ipynb_is_the_py_twin():
    paired = nbformat.read(NOTEBOOKS / "analysis.ipynb", as_version=4)
    twin = jupytext.read(NOTEBOOKS / "analysis.py")
    assert [c.source for c in paired.cells] == [c.source for c in twin.cells], \
        "run: jupytext --sync notebooks/analysis.py"
