"""Sales explorer: the example that `dataapp-desktop build` turns into one executable.

    dataapp-desktop examples/packaged_app/app.py            # run it in a window
    dataapp-desktop build examples/packaged_app/app.py      # package it

It uses pandas, a local module (`sales.py`), a data file it names (`data/sales.csv`) and a
`pages/` folder: everything the build has to find on its own.
"""

from sales import load_sales, summarize

import dataapp as st

st.set_page_config(page_title="Sales Explorer", page_icon="📈")
st.title("Sales Explorer")
st.caption("Packaged with dataapp-desktop build. Your choices come back next launch.")

frame = load_sales("data/sales.csv")
region = st.selectbox("Region", ["All", *sorted(frame["region"].unique())], key="region")
chosen = frame if region == "All" else frame[frame["region"] == region]
summary = summarize(chosen)

left, right = st.columns(2)
left.metric("Revenue", f"${summary.revenue:,.0f}")
right.metric("Orders", summary.orders)
st.write(f"region: {region}")
st.write(chosen.groupby("product", as_index=False)["revenue"].sum())
