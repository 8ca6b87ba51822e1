import streamlit as st

st.title("Settings")
dark = st.toggle("Dark mode", key="dark")
st.text(f"dark={dark}")
