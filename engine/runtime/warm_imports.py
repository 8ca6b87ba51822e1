"""Start importing the heavy data libraries an app imports (and dataapp's own `st.*` API)
while its first page loads.

A data app's first run usually begins with `import pandas` (a second or more on a slow disk).
When the server starts listening it imports, on a background thread, the well-known libraries
the main script imports at its top level, so that this overlaps the page (or window) loading.
Only libraries in WARMABLE are imported: importing them has no effect the script would not have a
moment later. Python's import lock makes the script wait for a half-done import instead of
starting it again. Any thread may call `warm_imports`; it returns at once.
"""

from __future__ import annotations

import ast
import importlib
import logging
import sys
import threading
from pathlib import Path

log = logging.getLogger("dataapp.runtime")

WARMABLE = frozenset({"numpy", "pandas", "pyarrow", "polars", "altair", "plotly", "scipy"})


def modules_to_warm(source: str) -> list[str]:
    """WARMABLE top-level packages the script imports at its top level, in order."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found: list[str] = []
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in WARMABLE and top not in found:
                found.append(top)
    return found


# The `st.*` API (dataapp/__init__.py loads it on first use): every script calls it.
API_MODULE = "dataapp._api"


def warm_imports(script_path: str) -> threading.Thread | None:
    """Import the API and the script's WARMABLE libraries on a daemon thread; None when all
    are imported already."""
    try:
        source = Path(script_path).read_text(encoding="utf-8")
    except OSError:
        source = ""
    wanted = [name for name in [API_MODULE, *modules_to_warm(source)] if name not in sys.modules]
    if not wanted:
        return None

    def run() -> None:
        for name in wanted:
            try:
                importlib.import_module(name)
            except Exception:
                # The script's own import will raise (and show) the same error.
                log.debug("Could not import %s ahead of the first run", name, exc_info=True)

    thread = threading.Thread(target=run, name="dataapp-warm-imports", daemon=True)
    thread.start()
    return thread
