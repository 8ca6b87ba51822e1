"""A multipage app made with st.navigation."""

import dataapp as st


def home() -> None:
    st.text("home page")


def other() -> None:
    st.text("other page")


st.navigation(
    [st.Page(home, title="Home", default=True), st.Page(other, title="Other", url_path="other")]
).run()
