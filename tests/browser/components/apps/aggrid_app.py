"""streamlit-aggrid, unmodified: a DataFrame goes in (as Arrow), the row the user selects comes back."""

import pandas as pd
import streamlit as st
from st_aggrid import AgGrid, GridOptionsBuilder

frame = pd.DataFrame({"name": ["alpha", "beta", "gamma"], "score": [1, 2, 3]})
options = GridOptionsBuilder.from_dataframe(frame)
options.configure_selection("single")
response = AgGrid(
    frame, gridOptions=options.build(), key="grid", update_on=["selectionChanged"], height=200
)
rows = response.selected_rows
st.text(f"selected: {None if rows is None else list(rows['name'])}")
