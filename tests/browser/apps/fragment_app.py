"""A fragment: its widget reruns only the fragment, not the whole script."""

import dataapp as st

if "full" not in st.session_state:
    st.session_state.full = 0
st.session_state.full += 1
st.text(f"full runs: {st.session_state.full}")


@st.fragment
def part() -> None:
    value = st.checkbox("In fragment", key="frag_cb")
    st.text(f"fragment value: {value}")


part()
