"""An app styling Streamlit's DOM hooks with injected CSS, as many apps do: a keyed button's
`.st-key-<key>` and a keyed container's."""

import streamlit as st

st.markdown(
    """
    <style>
        .st-key-save button { color: rgb(1, 2, 3); }
        .st-key-side-panel { background-color: rgb(4, 5, 6); }
    </style>
    """,
    unsafe_allow_html=True,
)
st.button("Save", key="save")
with st.container(key="side panel"):
    st.text("inside the panel")
