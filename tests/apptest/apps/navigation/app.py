import streamlit as st

pages = [
    st.Page("start.py", title="Start", default=True),
    st.Page("report.py", title="Report", url_path="rep"),
]
st.navigation(pages).run()
