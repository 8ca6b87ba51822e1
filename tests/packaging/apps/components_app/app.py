"""A packaged app with custom components: a published v1 package (streamlit-option-menu, with
its own fonts), a published v2 package (streamlit-keyup) and the app's own component (tally/)."""

import streamlit as st
from st_keyup import st_keyup
from streamlit_option_menu import option_menu
from tally import tally

page = option_menu("Menu", ["Home", "Reports"], icons=["house", "bar-chart"], key="menu")
st.text(f"page: {page}")
typed = st_keyup("City", key="city")
st.text(f"typed: {typed}")
value = tally("Hello component", key="tally")
st.text(f"value: {value!r}")
