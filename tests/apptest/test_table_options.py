"""Choice widgets take a polars or pyarrow table's first column as their options, as Streamlit
1.67 does (the same app gives "Lima Rome ['y']" under Streamlit's AppTest). A polars table
failed here ("cannot compare string with numeric type")."""

from __future__ import annotations

from pathlib import Path

from dataapp.testing import AppTest

APP = """
import polars as pl
import pyarrow as pa
import streamlit as st

a = st.selectbox("polars", pl.DataFrame({"city": ["Lima", "Osaka"], "n": [1, 2]}))
b = st.radio("arrow", pa.table({"city": ["Rome", "Oslo"], "n": [1, 2]}))
c = st.multiselect("series", pl.Series("s", ["x", "y"]), default=["y"])
st.text(f"{a} {b} {c}")
"""


def test_the_first_column_of_a_polars_or_pyarrow_table_is_the_options(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP)
    at = AppTest.from_file(str(script), default_timeout=30).run()
    assert not at.exception
    assert at.text[0].value == "Lima Rome ['y']"
    assert at.selectbox[0].options == ["Lima", "Osaka"]
    at.selectbox[0].select("Osaka").run()
    assert at.text[0].value == "Osaka Rome ['y']"
