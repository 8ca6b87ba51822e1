import streamlit as st

WORD = "Foobar"

guess = st.text_input("What's the word of the day?", key="word")
if guess == WORD:
    st.success("Correct!")
elif guess:
    st.warning("Try again.")
