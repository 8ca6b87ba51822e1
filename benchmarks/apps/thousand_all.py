"""A 1,000-element page where a rerun changes every element: each text shows the slider.

Runs unchanged under dataapp and Streamlit; the last text is the echo (see twenty.py).
"""

import streamlit as st

x = st.slider("x", 0, 1000, 0, key="x")
for i in range(998):
    st.markdown(f"Row **{i}**: the slider is at {x}.")
st.markdown(f"value: {x}")
