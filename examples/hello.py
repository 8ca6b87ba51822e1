"""A first dataapp: run it with `dataapp-desktop examples/hello.py`."""

import datetime as dt

import dataapp as st

st.set_page_config(page_title="Hello, dataapp", page_icon="👋")
st.title("Hello, dataapp 👋")
st.write("Every interaction re-runs this script from top to bottom.")

name = st.text_input("Your name", value="analyst", key="name")
cups = st.slider("Cups of coffee today", 0, 10, 2, key="cups")
day = st.date_input("Day", value=dt.date(2026, 11, 21), key="day")

if "greetings" not in st.session_state:
    st.session_state.greetings = 0
if st.button("Greet me", type="primary"):
    st.session_state.greetings += 1

st.metric("Greetings so far", st.session_state.greetings)
st.success(f"Hello {name}! {cups} cups on {day:%A}. Your answers come back next launch.")
