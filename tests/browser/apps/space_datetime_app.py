import datetime as dt

import streamlit as st

st.text("before space")
st.space("large")
st.text("after large")
st.space(40)
st.text("after 40px")
when = st.datetime_input("When", dt.datetime(2024, 5, 6, 7, 8), key="when")
empty = st.datetime_input("Empty", None, step=dt.timedelta(hours=1), key="empty")
st.text(f"when={when!r} empty={empty!r}")
