import streamlit as st

size = st.pills("Size", ["Small", "Medium", "Large"], key="size", help="Pick a size")
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi", default=["green"])
view = st.segmented_control("View", ["Map", "List", "Grid"], default="List")
st.segmented_control("Off", ["on", "off"], default="off", disabled=True)
st.text(f"size={size!r} tags={tags!r} view={view!r}")
