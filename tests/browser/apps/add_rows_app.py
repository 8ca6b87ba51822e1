"""A chart that grows with add_rows (tests/browser/test_charts_media.py)."""

import pandas as pd

import dataapp as st

chart = st.line_chart(pd.DataFrame({"y": [0.0, 1.0]}), height=200)
grow = st.number_input("rows to add", 0, 100, 0)
for i in range(int(grow)):
    chart.add_rows(pd.DataFrame({"y": [float(i % 5)]}))
