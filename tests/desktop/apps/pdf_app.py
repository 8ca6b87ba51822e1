"""A report longer than the window, exported to PDF by a button (path from $PDF_PATH)."""

import os

import dataapp as st

st.set_page_config(page_title="PDF report")


def export() -> None:
    st.session_state.exported = st.desktop.export_pdf(os.environ["PDF_PATH"])


st.title("Quarterly PDF report")
st.button("Export PDF", key="export", on_click=export)
if "exported" in st.session_state:
    st.success(f"exported {st.session_state.exported}")
st.table({"region": ["North", "South"], "revenue": [1234, 5678]})
for i in range(60):
    st.write(f"Paragraph {i} of the report.")
st.write("The end of the report, far below the fold.")
