"""Sales: a widget of this page, and query parameters kept in the address bar."""

import dataapp as st

st.logo("Shop reports", icon_image="SR")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1

st.title("Sales")
region = st.selectbox(
    "Region",
    ["North", "South", "East", "West"],
    index=["North", "South", "East", "West"].index(st.query_params.get("region", "North")),
    key="region",
)
st.query_params["region"] = region
months = st.slider("Months", 1, 12, 6, key="months")
st.metric(f"Sales in the {region.lower()}, last {months} months", f"{months * 1234:,} €")
st.caption(f"Analyst: {st.session_state.get('analyst', 'nobody')}")
st.page_link("Home.py", label="Back home")
