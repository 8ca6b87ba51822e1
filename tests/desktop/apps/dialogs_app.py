"""Native dialogs, through the engine's desktop helpers."""

import dataapp as st
from dataapp.elements.media import file_dialogs

st.title("Dialogs")
if st.button("Open file", key="open"):
    st.session_state.result = file_dialogs.open_file(type="csv")
if st.button("Open files", key="open_many"):
    st.session_state.result = file_dialogs.open_files()
if st.button("Save file", key="save"):
    st.session_state.result = file_dialogs.save_file("report.csv", type="csv")
if st.button("Choose folder", key="folder"):
    st.session_state.result = file_dialogs.choose_folder()
st.text(f"result: {st.session_state.get('result', '-')!r}")
st.text(f"available: {file_dialogs.is_available()}")
