"""An app whose config sets a theme (see .dataapp/config.toml next to it)."""

import dataapp as st

st.title("Themed")
st.button("Primary", type="primary", key="primary")
