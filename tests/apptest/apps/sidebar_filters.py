import streamlit as st

with st.sidebar:
    st.header("Filters")
    regions = st.multiselect("Regions", ["North", "South", "East", "West"], default=["North"])
    show_totals = st.toggle("Show totals")

left, right = st.columns(2)
left.metric("Regions", len(regions))
with right:
    st.radio("Chart", ["Bar", "Line"], key="chart", horizontal=True)
if show_totals:
    st.text(f"Totals for {', '.join(regions) or 'no region'}")
