import streamlit as st

page = st.pagination(20, default=6, key="pages")
st.text(f"page={page}")
st.pagination(5, key="few")
st.pagination(20, max_visible_pages=3, key="three")
st.pagination(9, width="stretch", key="wide")
st.pagination(4, disabled=True, key="off")
quiet = st.pagination(3, on_change="ignore", key="quiet")
st.text(f"quiet={quiet}")
st.button("Rerun")
