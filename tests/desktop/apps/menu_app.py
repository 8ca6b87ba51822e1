"""An app with its own menu entries (Streamlit's menu_items) and a cached value."""

import time

import dataapp as st

st.set_page_config(
    page_title="Menu app",
    menu_items={
        "Get help": "https://example.com/help",
        "Report a bug": "https://example.com/bug",
        "About": "**Sales tool** by the *data team*.",
    },
)


@st.cache_data
def stamp() -> int:
    return time.time_ns()


st.title("Menu app")
st.text_input("Name", key="name")
st.write(f"stamp {stamp()}")
