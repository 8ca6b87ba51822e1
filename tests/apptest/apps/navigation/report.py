import streamlit as st

st.title("Report")
year = st.selectbox("Year", [2023, 2024])
st.text(f"report for {year}")
