"""dataapp: a Streamlit-compatible rerun engine. `import dataapp as st` and write an app.

Importing this package is cheap: no pandas, no server, no threads, and not even the element
families. `st.<name>` loads the API (dataapp/_api.py) the first time a name is asked for, so a
process that only serves (the CLI, the packaged launcher) starts listening sooner and the
app's first run pays for the API while the page is still loading (docs/architecture.md).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from dataapp.version import __version__ as __version__

if TYPE_CHECKING:
    # The API's names and types, as each element family's exports.py declares them.
    from dataapp._api import *  # noqa: F403


def __getattr__(name: str) -> Any:
    # Private names (the import system asks for submodules such as `_api` this way) are never
    # API names: answering them would import the API to say no.
    if name.startswith("_") and name != "__all__":
        raise AttributeError(f"module 'dataapp' has no attribute {name!r}")
    api = _load_api()
    value = api.__dict__[name] if name in api.__dict__ else api.missing(name)
    if name in api.__all__ or name == "__all__":
        # Later lookups find it at once (module attributes come before __getattr__).
        globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_load_api().__all__))


def _load_api() -> ModuleType:
    return importlib.import_module("dataapp._api")
