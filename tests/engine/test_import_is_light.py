"""Startup is a feature: `import dataapp` must not pull in heavy libraries, the server or even
the element families (the API loads on first use)."""

from __future__ import annotations

from tests.support.processes import fresh_python_output


def test_import_dataapp_loads_no_heavy_modules() -> None:
    probe = (
        "import sys, dataapp\n"
        "heavy = [m for m in ('pandas', 'numpy', 'tornado', 'pyarrow', 'webview', 'PyQt6', 'asyncio', 'PIL', 'matplotlib', 'dataapp._api', 'dataapp.elements') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    assert fresh_python_output(probe) == ""


def test_the_api_loads_on_first_use() -> None:
    probe = (
        "import sys, dataapp as st\n"
        "assert callable(st.button) and 'dataapp._api' in sys.modules\n"
        "assert 'dataframe' in dir(st) and 'write' in st.__all__\n"
        "from dataapp import *\n"
        "print(type(session_state).__name__)\n"
    )
    assert fresh_python_output(probe) == "SessionStateProxy"
