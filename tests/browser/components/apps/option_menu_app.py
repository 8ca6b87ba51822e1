"""streamlit-option-menu, unmodified: the option the user clicks reaches the script."""

import streamlit as st
from streamlit_option_menu import option_menu

with st.sidebar:
    pass
selected = option_menu(
    "Main menu", ["Home", "Upload", "Settings"], icons=["house", "cloud-upload", "gear"], key="menu"
)
st.text(f"selected: {selected}")
