"""Notes that survive closing the app: `dataapp-desktop examples/persistence.py`"""

import dataapp as st

st.title("Notebook")
st.caption("Everything here is still there the next time you open the app.")

if "notes" not in st.session_state:
    st.session_state.notes = []

with st.form("add", clear_on_submit=True):
    note = st.text_input("New note", key="draft")
    if st.form_submit_button("Add") and note:
        st.session_state.notes.append(note)

mood = st.radio("Mood", ["🙂", "😐", "🙁"], horizontal=True, key="mood")
for index, text in enumerate(st.session_state.notes, start=1):
    st.write(f"{index}. {text} {mood}")
if st.button("Clear notes"):
    st.session_state.notes = []
    st.rerun()
