import time

import streamlit as st

st.text("default")
st.skeleton()
st.text("200 x 300")
st.skeleton(200, width=300)
with st.container(height=300):
    st.text("stretch in a 300 px container")
    st.skeleton("stretch")
slow = st.checkbox("slow load")
with st.skeleton(80, width=400):
    if slow:
        time.sleep(2.5)
    st.text("loaded")
st.text("end")
