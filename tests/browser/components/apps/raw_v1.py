"""A raw v1 component (tests/components/fixtures/raw_v1) with JSON, DataFrame and bytes
arguments; runs unchanged under Streamlit 1.67 and dataapp."""

from pathlib import Path

import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
raw = components.declare_component("raw", path=str(FIXTURES / "raw_v1"))
cdn = components.declare_component("cdn", path=str(FIXTURES / "cdn_v1"))

value = raw(
    label="Hello component",
    table=pd.DataFrame({"a": [1, 2, 3]}),
    blob=b"abcd",
    key="raw",
    default={"clicks": 0},
)
st.text(f"value: {value!r}")
if st.checkbox("Show the CDN component"):
    cdn(key="cdn")
components.html(
    "<p id='inline'>inline html ran: <span id='out'></span></p>"
    "<script>document.getElementById('out').textContent = 6 * 7;</script>",
    height=60,
)
