"""notebooks/explore.ipynb runs top to bottom in a kernel of this environment, drawing the graph and the plots."""
from __future__ import annotations

import json
import sys

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "kg-test"
CELL_TIMEOUT = 300  # seconds per cell; building seeds/ takes a few


def outputs(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> nbformat.NotebookNode:
    """The notebook after a run in a kernel started with this interpreter, with one cell added that
    prints the kernel's ``sys.executable``."""
    kernels = tmp_path_factory.mktemp("kernels")
    (kernels / KERNEL).mkdir()
    (kernels / KERNEL / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg (tests)", "language": "python",
    }))
    km = AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernels)]))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"))
    client = NotebookClient(nb, km=km, timeout=CELL_TIMEOUT, startup_timeout=120,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPLBACKEND", "Agg")
        client.execute()
    return nb


@pytest.mark.notebook
def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.notebook
@pytest.mark.slow
def test_notebook_runs_in_this_environment(executed):
    assert not [out for out in outputs(executed) if out.output_type == "error"]
    assert executed.cells[-1].outputs[0].text.strip() == sys.executable


@pytest.mark.notebook
@pytest.mark.slow
def test_notebook_shows_the_graph_inline(executed):
    pages = [out.data["text/html"] for out in outputs(executed) if "text/html" in out.get("data", {})]
    assert any("<iframe" in page and "srcdoc=" in page for page in pages)


@pytest.mark.notebook
@pytest.mark.slow
def test_notebook_draws_the_plots(executed):
    images = [out for out in outputs(executed) if "image/png" in out.get("data", {})]
    assert len(images) >= 2
