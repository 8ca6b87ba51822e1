"""Recent files: Open… feeds File ▸ Open Recent; choosing an entry reruns with that file."""

import dataapp as st

st.set_page_config(page_title="Recent app")
st.title("Recent files")
if st.button("Open…", key="open"):
    st.session_state.current = st.desktop.open_file(type="csv")
opened = st.desktop.opened_file()
if opened is not None:
    st.session_state.current = opened
    st.text(f"opened from the menu: {opened}")
st.text(f"current: {st.session_state.get('current')}")
st.text("recent: " + " | ".join(st.desktop.recent_files()))
st.button("Rerun", key="rerun")
