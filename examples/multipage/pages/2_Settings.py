"""Settings: what is set here is seen by every page (st.session_state)."""

import dataapp as st

st.logo("Shop reports", icon_image="SR")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1

st.title("Settings")


def keep_name() -> None:
    st.session_state.analyst = st.session_state.name_field


st.text_input(
    "Your name",
    value=st.session_state.get("analyst", "Ada"),
    key="name_field",
    on_change=keep_name,
)
st.write(f"Every page now greets **{st.session_state.get('analyst', 'Ada')}**.")
if st.button("Back to the home page", key="home"):
    st.switch_page("Home.py")
