import streamlit as st

st.title("Bottom")
for i in range(30):
    st.text(f"line {i}")
with st.bottom:
    st.text("pinned text")
    clicked = st.button("Pinned button")
st.bottom.chat_input("Say something")
st.text(f"clicked={clicked}")
