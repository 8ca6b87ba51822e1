import streamlit as st

st.title("Home")
if st.button("Go to settings"):
    st.switch_page("pages/2_Settings.py")
