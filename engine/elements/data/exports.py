"""The data family's st.* names: dataframe, table, data_editor and column_config.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

from . import column_config as column_config

dataframe = _main.dataframe
table = _main.table
data_editor = _main.data_editor

__all__ = ["column_config", "data_editor", "dataframe", "table"]
