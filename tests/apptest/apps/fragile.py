import streamlit as st

divisor = st.number_input("Divisor", value=1)
st.write(f"100 / {divisor} = {100 / divisor}")
