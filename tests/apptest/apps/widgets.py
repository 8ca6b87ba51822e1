import datetime as dt

import streamlit as st

st.checkbox("Agree", key="agree", help="Say yes")
st.toggle("Dark", value=True)
st.text_input("Locked", key="locked", disabled=True)
st.radio("Size", ["S", "M", "L"], index=1, key="size")
cities = [{"name": "Paris"}, {"name": "Rome"}]
st.selectbox("City", cities, format_func=lambda c: f"City of {c['name']}", key="city")
st.selectbox("Number", [1, 2, 3], index=None, key="none_yet")
st.multiselect("Tags", ["red", "green", "blue"], default=["red"], format_func=str.upper, key="tags")
st.slider("Int", 0, 10, 5, key="int")
st.slider("Float", 0.0, 1.0, (0.1, 0.9), key="float")
st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 1, 31), dt.date(2024, 1, 10), key="day")
st.slider(
    "Moment",
    dt.datetime(2024, 5, 1),
    dt.datetime(2024, 5, 2),
    dt.datetime(2024, 5, 1, 6),
    step=dt.timedelta(minutes=30),
    key="moment",
)
st.slider("Clock", value=(dt.time(9), dt.time(17)), key="clock")
st.select_slider("Level", ["low", "mid", "high"], value="mid", key="level")
st.select_slider("Span", [1, 2, 3, 4, 5], value=(1, 3), key="span")
st.number_input("Count", 0, 10, 9, key="count")
st.number_input("Price", value=None, step=0.1, key="price")
st.text_input("Name", max_chars=5, key="name")
st.text_area("Notes", key="notes")
st.date_input("When", dt.date(2024, 3, 1), key="when")
st.date_input("Trip", (dt.date(2024, 6, 1), dt.date(2024, 6, 2)), key="trip")
st.time_input("Alarm", dt.time(7, 30), key="alarm")
st.color_picker("Colour", "#ff0000", key="colour")
