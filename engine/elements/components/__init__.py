"""The components family: `st.components.v1` (declared components, html, iframe) and
`st.components.v2` (docs/components.md). An app's `import streamlit.components.v1` resolves
here (dataapp.runtime.streamlit_alias).

Import-light: `v1` and `v2` load on first use, as `st.components.v1` or by import.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    if name in ("v1", "v2"):
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
