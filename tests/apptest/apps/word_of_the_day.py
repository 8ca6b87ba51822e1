import streamlit as st

guess = st.text_input("What's the word of the day?", key="word")
if guess == st.secrets["WORD"]:
    st.success("Correct!")
elif guess:
    st.warning("Try again.")
