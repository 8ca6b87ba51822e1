"""Native dialogs, through the engine's desktop helpers."""

import dataapp as st
from dataapp.elements import dialogs

st.title("Dialogs")
if st.button("Open file", key="open"):
    st.session_state.result = dialogs.open_file(type="csv")
if st.button("Open files", key="open_many"):
    st.session_state.result = dialogs.open_files()
if st.button("Save file", key="save"):
    st.session_state.result = dialogs.save_file("report.csv", type="csv")
if st.button("Choose folder", key="folder"):
    st.session_state.result = dialogs.choose_folder()
st.text(f"result: {st.session_state.get('result', '-')!r}")
st.text(f"available: {dialogs.is_available()}")
