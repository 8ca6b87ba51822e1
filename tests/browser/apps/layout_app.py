"""Tabs, an expander, columns and a sidebar, with a button that causes reruns."""

import dataapp as st

st.set_page_config(page_title="Layout test", layout="wide", initial_sidebar_state="expanded")

with st.sidebar:
    st.text("in the sidebar")

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
st.button("Rerun", key="rerun")
st.text(f"runs: {st.session_state.runs}")

first, second = st.tabs(["First", "Second"])
with first:
    st.text("first tab body")
with second:
    st.text("second tab body")

with st.expander("More"):
    st.text("expander body")

a, b, c = st.columns([1, 2, 1])
a.text("col a")
b.text("col b")
c.text("col c")
