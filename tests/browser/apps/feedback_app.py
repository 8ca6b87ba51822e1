import streamlit as st

thumbs = st.feedback("thumbs", key="thumbs")
faces = st.feedback("faces")
stars = st.feedback("stars", default=2)
st.feedback("stars", default=4, disabled=True)
st.text(f"thumbs={thumbs!r} faces={faces!r} stars={stars!r}")
