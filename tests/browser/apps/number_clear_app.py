import streamlit as st

if st.button("Empty it"):
    st.session_state.emptied = None
five = st.number_input("Five", value=5, key="five")
emptied = st.number_input("Emptied", value=5, key="emptied")
st.text(f"five={five!r} emptied={emptied!r}")
