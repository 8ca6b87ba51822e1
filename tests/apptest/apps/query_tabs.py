import streamlit as st

tab = st.query_params.get("tab", "overview")
st.header(f"Showing {tab}")
if st.button("Show details"):
    st.query_params["tab"] = "details"
    st.rerun()
