"""streamlit-keyup 1.0.0, unmodified: a v2 component (an ES module mounted in a shadow root, no
iframe) whose value changes on every key the user types."""

import streamlit as st
from st_keyup import st_keyup

value = st_keyup("Enter a city", key="city")
st.text(f"typed: {value}")
