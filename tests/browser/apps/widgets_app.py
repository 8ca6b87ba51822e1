"""Every widget with a key, each followed by a text that shows its value (browser tests)."""

import datetime as dt

import dataapp as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
if st.button("Press me", key="button", help="Counts presses"):
    st.session_state.clicks += 1
st.text(f"button clicks: {st.session_state.clicks}")

st.text(f"checkbox: {st.checkbox('Agree', key='checkbox')}")
st.text(f"toggle: {st.toggle('Switch', key='toggle')}")
st.text(f"radio: {st.radio('Pick one', ['A', 'B', 'C'], key='radio')}")
st.text(f"selectbox: {st.selectbox('City', ['Berlin', 'Lagos', 'Lima'], key='selectbox')}")
st.text(
    f"multiselect: {st.multiselect('Colours', ['Red', 'Green', 'Blue'], default=['Red'], key='multiselect')}"
)
st.text(f"slider: {st.slider('Level', 0, 10, 5, key='slider')}")
st.text(f"range: {st.slider('Range', 0, 100, (20, 80), key='range')}")
st.text(
    f"percent: {st.slider('Percent', 0.0, 100.0, 42.0, step=0.5, format='%0.1f%%', key='percent')}"
)
st.text(
    f"select_slider: {st.select_slider('Size', ['S', 'M', 'L'], value='M', key='select_slider')}"
)
st.text(f"number_input: {st.number_input('Count', 0, 10, 3, key='number_input')}")
st.text(
    f"float_input: {st.number_input('Price', value=1.5, step=0.25, format='%.2f', key='float_input')}"
)
st.text(f"text_input: {st.text_input('Name', placeholder='Your name', key='text_input')!r}")
st.text(f"text_area: {st.text_area('Notes', key='text_area')!r}")
st.text(f"date_input: {st.date_input('Day', dt.date(2024, 1, 2), key='date_input')}")
st.text(f"time_input: {st.time_input('At', dt.time(9, 30), key='time_input')}")
st.text(f"color_picker: {st.color_picker('Colour', '#3366ff', key='color_picker')}")

st.text_input("Hidden label", key="hidden_label", label_visibility="hidden")
st.text_input("Collapsed label", key="collapsed_label", label_visibility="collapsed")
st.text_input("Disabled field", key="disabled_field", disabled=True)
