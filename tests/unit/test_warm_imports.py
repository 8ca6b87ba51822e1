"""The server imports the app's heavy data libraries while the first page loads."""

from __future__ import annotations

import sys
from pathlib import Path

from dataapp.runtime.warm_imports import modules_to_warm, warm_imports


def test_only_known_libraries_imported_at_the_top_level_are_warmed() -> None:
    source = (
        "import os\nimport numpy as np\nfrom pandas import DataFrame\nimport my_helpers\n"
        "from . import local\nimport plotly.express as px\nimport pandas\n"
        "def later():\n    import scipy\n"
    )
    assert modules_to_warm(source) == ["numpy", "pandas", "plotly"]
    assert modules_to_warm("this is not python(") == []


def test_warming_imports_on_a_background_thread(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import numpy\n")
    thread = warm_imports(str(app))
    if thread is not None:
        thread.join(30)
    assert "numpy" in sys.modules
    assert "dataapp._api" in sys.modules
    assert warm_imports(str(tmp_path / "missing.py")) is None
