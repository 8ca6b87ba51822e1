"""What the build finds beside an app's script, by reading its source (nothing is run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp_desktop.build.discover import DiscoveryError, discover, imports_stub

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_the_example_app_is_found_whole() -> None:
    sources = discover(REPO / "examples" / "packaged_app" / "app.py")
    assert [p.name for p in sources.pages] == ["2_Trend.py"]
    assert list(sources.local_modules) == ["sales"]
    assert [p.relative_to(sources.app_dir).as_posix() for p in sources.data_files] == [
        "data/sales.csv"
    ]
    assert {"pandas", "dataapp", "streamlit", "sales"} <= sources.imported_top_level


def test_local_modules_are_followed_through_each_other_and_packages(tmp_path: Path) -> None:
    app = write(tmp_path / "app.py", "import helpers\nfrom lib.io import load\nimport json\n")
    write(tmp_path / "helpers.py", "import charts\n")
    write(tmp_path / "charts.py", "import math\n")
    write(tmp_path / "lib" / "__init__.py", "")
    write(tmp_path / "lib" / "io.py", "from . import util\n")
    write(tmp_path / "lib" / "util.py", "")
    write(tmp_path / "unused.py", "")
    sources = discover(app)
    assert sorted(sources.local_modules) == ["charts", "helpers", "lib"]
    assert sorted(p.name for p in sources.local_modules["lib"]) == [
        "__init__.py",
        "io.py",
        "util.py",
    ]
    assert "json" in sources.imported_top_level


def test_data_files_are_the_existing_files_the_code_names(tmp_path: Path) -> None:
    app = write(
        tmp_path / "app.py",
        "import pandas as pd\n"
        "a = pd.read_csv('data/a.csv')\n"
        "b = open('notes.txt').read()\n"
        "c = 'missing.csv'\n"
        "d = '../outside.csv'\n"
        "e = 'data'\n",
    )
    write(tmp_path / "data" / "a.csv", "x\n1\n")
    write(tmp_path / "notes.txt", "hi")
    write(tmp_path.parent / "outside.csv", "no")
    write(tmp_path / "other" / "b.csv", "")
    sources = discover(app)
    assert sorted(p.name for p in sources.data_files) == ["a.csv", "notes.txt"]
    assert sources.named_folders == []  # data/ is covered by data/a.csv


def test_a_named_folder_is_a_hint_not_a_bundle(tmp_path: Path) -> None:
    app = write(tmp_path / "app.py", "import os\nfiles = os.listdir('reports')\n")
    write(tmp_path / "reports" / "q1.csv", "")
    sources = discover(app)
    assert sources.data_files == []
    assert [p.name for p in sources.named_folders] == ["reports"]


def test_secrets_are_left_out_and_config_is_kept(tmp_path: Path) -> None:
    app = write(tmp_path / "app.py", "import dataapp as st\n")
    write(tmp_path / ".streamlit" / "config.toml", "[theme]\nbase = 'dark'\n")
    write(tmp_path / ".streamlit" / "secrets.toml", "token = 'x'\n")
    sources = discover(app)
    assert [p.name for p in sources.config_files] == ["config.toml"]
    assert [p.name for p in sources.secrets_left_out] == ["secrets.toml"]


def test_pandas_engines_are_added_when_the_app_calls_for_them(tmp_path: Path) -> None:
    app = write(tmp_path / "app.py", "import pandas as pd\ndf = pd.read_excel('x.xlsx')\n")
    sources = discover(app)
    assert sources.pandas_engines <= {"openpyxl", "xlrd", "odf"}


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    app = write(tmp_path / "app.py", "import helpers\n")
    write(tmp_path / "helpers.py", "def broken(:\n")
    with pytest.raises(DiscoveryError, match=r"helpers\.py:1"):
        discover(app)


def test_the_imports_stub_repeats_the_imports_without_running_them(tmp_path: Path) -> None:
    app = write(
        tmp_path / "app.py",
        "import dataapp as st\ntry:\n    import scipy.stats as ss\nexcept ImportError:\n    ss = None\n",
    )
    stub = imports_stub(discover(app))
    assert "    import dataapp as st" in stub
    assert "    import scipy.stats as ss" in stub
    namespace: dict[str, object] = {}
    exec(compile(stub, "stub", "exec"), namespace)  # defines the function, imports nothing
    assert "st" not in namespace


def test_data_engines_are_added_for_what_the_app_names(tmp_path: Path) -> None:
    """Libraries dataapp needs for the app's data that the app never imports: SQLAlchemy for
    st.connection, DuckDB for a duckdb:// URL, a Parquet file or polars, a PostgreSQL driver for
    a postgresql:// URL. Left out otherwise (DuckDB alone is 16 MB of the executable)."""
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.text('x')\n")
    assert discover(script).data_engines == set()
    script.write_text(
        "import streamlit as st\n"
        "conn = st.connection('db', type='sql', url='duckdb:///sales.duckdb')\n"
        "st.dataframe('orders.parquet')\n"
    )
    assert discover(script).data_engines == {"sqlalchemy", "duckdb", "duckdb_engine"}
    script.write_text(
        "import polars as pl\nimport streamlit as st\nst.dataframe(pl.scan_csv('a.csv'))\n"
    )
    assert discover(script).data_engines == {"duckdb"}
    script.write_text("URL = 'postgresql+psycopg://u@h/db'\n")
    assert {"psycopg", "sqlalchemy"} <= discover(script).data_engines
