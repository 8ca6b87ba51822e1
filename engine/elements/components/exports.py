"""The components family's st.* names: `st.components` (v1 and v2) and `st.iframe`.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements import components as components
from dataapp.elements.roots import main as _main

iframe = _main.iframe

__all__ = ["components", "iframe"]
