import streamlit as st

st.sidebar.button("In the sidebar")
left, right = st.columns([2, 1], gap="large")
clicked = None
if left.button("Left"):
    clicked = "Left"
with right:
    if st.button("Right"):
        clicked = "Right"
tab_a, tab_b = st.tabs(["A", "B"])
tab_a.text("in tab A")
with tab_b:
    st.button("In tab B")
with st.expander("More"):
    st.button("Inside")
with st.container(key="box"):
    st.text("boxed")
if clicked:
    st.markdown(f"clicked {clicked}")
