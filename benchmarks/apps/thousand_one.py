"""A 1,000-element page where a rerun changes one value: a slider, 998 fixed texts, its echo.

Runs unchanged under dataapp and Streamlit; the echo is last (see twenty.py).
"""

import streamlit as st

x = st.slider("x", 0, 1000, 0, key="x")
for i in range(998):
    st.markdown(f"Row **{i}**: a line of text that stays the same from run to run.")
st.markdown(f"value: {x}")
