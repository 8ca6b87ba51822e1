import streamlit as st

st.title("Counter")
st.session_state.setdefault("count", 0)
if st.button("Add one"):
    st.session_state.count += 1
st.markdown(f"Count: {st.session_state.count}")
