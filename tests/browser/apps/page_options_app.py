import streamlit as st


def home() -> None:
    st.text("home page")


def secret() -> None:
    st.text("secret page")


docs = st.Page("https://example.com/docs", title="The Docs", help="Read the docs.")
hidden = st.Page(secret, visibility="hidden")
page = st.navigation([st.Page(home, help="Start here"), docs, hidden])
page.run()
st.page_link(docs)
st.page_link(hidden, label="To the secret page")
