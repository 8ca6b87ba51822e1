"""Startup is a feature: `import dataapp` must not pull in heavy libraries or the server."""

from __future__ import annotations

import subprocess
import sys


def test_import_dataapp_loads_no_heavy_modules() -> None:
    probe = (
        "import sys, dataapp\n"
        "heavy = [m for m in ('pandas', 'numpy', 'tornado', 'pyarrow', 'webview', 'PyQt6', 'asyncio', 'PIL', 'matplotlib') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
