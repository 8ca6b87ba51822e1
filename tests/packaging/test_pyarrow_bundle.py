"""pyarrow in a packaged app: bundled when the app uses it, whole enough to import, without its
network and RPC parts; left out otherwise (docs/packaging.md, "pyarrow")."""

from __future__ import annotations

from pathlib import Path

import pyarrow

from dataapp_desktop.build.discover import discover
from dataapp_desktop.build.plan import BuildOptions, make_plan
from dataapp_desktop.build.spec_support import reachable_binaries

PYARROW = Path(pyarrow.__file__).parent


def _plan_excludes(tmp_path: Path, source: str) -> list[str]:
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(source)
    options = BuildOptions(
        script=app,
        name="App",
        exe_name="App",
        work_dir=tmp_path / "work",
        dist_dir=tmp_path / "dist",
    )
    return make_plan(discover(app), options).excludes


def test_pyarrow_and_polars_are_left_out_of_an_app_that_does_not_use_them(tmp_path: Path) -> None:
    excludes = _plan_excludes(tmp_path, "import pandas as pd\ndf = pd.read_csv('x.csv')\n")
    assert {"pyarrow", "polars"} <= set(excludes)


def test_an_app_reading_parquet_gets_pyarrow_without_its_network_parts(tmp_path: Path) -> None:
    excludes = _plan_excludes(tmp_path, "import pandas as pd\ndf = pd.read_parquet('x.pq')\n")
    assert "pyarrow" not in excludes
    assert {"pyarrow.flight", "pyarrow._flight", "pyarrow._s3fs", "pyarrow.tests"} <= set(excludes)


def test_pyarrows_extension_module_collected_as_a_binary_stays(tmp_path: Path) -> None:
    # PyInstaller's pyarrow hook collects every shared object as a plain BINARY, pyarrow.lib's
    # extension module included; nothing links it, Python imports it: it must not be pruned.
    (lib,) = PYARROW.glob("lib.cpython-*.so")
    binaries = [
        (f"pyarrow/{lib.name}", str(lib), "BINARY"),
        *[
            (f"pyarrow/{path.name}", str(path), "BINARY")
            for path in sorted(PYARROW.glob("libarrow*.so.*"))
            if path.name.count(".") == 2  # libarrow.so.2600, not libarrow.so.2600.1.0
        ],
    ]
    kept, dropped = reachable_binaries(binaries)
    kept_names = {Path(dest).name for dest, _, _ in kept}
    assert lib.name in kept_names
    assert any(name.startswith("libarrow.so.") for name in kept_names)
    # Flight's library is linked only by the Flight module, which is not bundled.
    assert any("libarrow_flight" in dest for dest, _, _ in dropped)
