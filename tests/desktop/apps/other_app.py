"""A second app, to have another window on the screen."""

import dataapp as st

st.set_page_config(page_title="Other app")
st.title("Another app")
