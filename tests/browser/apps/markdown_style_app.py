"""CSS injected with st.markdown(..., unsafe_allow_html=True), as many Streamlit apps (and
component packages) do: it applies to the page."""

import streamlit as st

st.markdown(
    """
    <style>
        .styled-note { color: rgb(1, 2, 3); }
    </style>
    """,
    unsafe_allow_html=True,
)
st.markdown('<p class="styled-note">Styled note</p>', unsafe_allow_html=True)
