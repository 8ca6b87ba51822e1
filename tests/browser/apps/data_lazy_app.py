"""Two million rows in a Parquet file, shown by st.dataframe as a DuckDB query (never loaded)."""

import os
import tempfile
from pathlib import Path

import duckdb

import dataapp as st

PATH = Path(tempfile.gettempdir()) / "dataapp-browser-lazy-2m.parquet"
if not PATH.exists():
    partial = PATH.with_suffix(f".{os.getpid()}.part")
    duckdb.sql(
        "COPY (SELECT i + 1000000 AS id, 'item ' || (i % 1000) AS item FROM range(2000000) t(i)) "
        f"TO '{partial}' (FORMAT parquet)"
    )
    partial.replace(PATH)

event = st.dataframe(PATH, hide_index=True, on_select="rerun", key="lazy")
st.text(f"selected rows: {event.selection.rows}")
