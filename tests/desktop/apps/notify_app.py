"""OS notifications: st.desktop.notify on a button, and st.toast (shown by the OS when the
window is not focused)."""

import dataapp as st

st.set_page_config(page_title="Notify app")
st.title("Notifications")
if st.button("Notify", key="notify"):
    sent = st.desktop.notify("Report ready", "The quarterly report is done.")
    st.write(f"notify returned {sent}")
if st.button("Toast", key="toast"):
    st.toast("Saved 3 rows", icon="💾")
    st.write("toast shown")
