"""A form: its widgets' changes wait until the submit button is pressed."""

import dataapp as st

with st.form("profile"):
    name = st.text_input("Name", key="form_name")
    age = st.slider("Age", 0, 100, 30, key="form_age")
    pet = st.checkbox("Has a pet", key="form_pet")
    submitted = st.form_submit_button("Save")

st.text(f"name: {name!r}, age: {age}, pet: {pet}")
st.text(f"submitted: {submitted}")
st.text(f"outside: {st.checkbox('Outside', key='outside')}")
