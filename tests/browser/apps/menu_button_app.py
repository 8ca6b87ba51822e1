import streamlit as st

choice = st.menu_button(
    "Export", ["CSV", "JSON", "Parquet"], key="export", icon=":material/download:"
)
st.text(f"choice={choice!r}")
st.menu_button("Primary", ["a", "b"], type="primary")
st.menu_button("Wide", ["a", "b"], width="stretch")
