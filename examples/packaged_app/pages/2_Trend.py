"""A second page, written the Streamlit way: `import streamlit` is dataapp inside the app."""

import streamlit as st
from sales import load_sales

st.title("Monthly trend")
frame = load_sales("data/sales.csv")
monthly = frame.set_index("date").resample("MS")["revenue"].sum()
best = monthly.idxmax()
st.metric("Best month", f"{best:%B %Y}", f"${monthly.max():,.0f}")
st.write(monthly.rename("revenue").reset_index())
