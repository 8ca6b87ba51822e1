"""A file uploader and a download button, shown in the desktop window (OS dialogs)."""

import dataapp as st

st.title("Native files")
upload = st.file_uploader("Data file", type=["csv", "txt"], key="upload")
st.text(f"uploaded: {upload.name} {upload.size}" if upload is not None else "uploaded: -")
if st.download_button("Download report", b"id,total\n1,42\n", file_name="report.csv", key="dl"):
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
st.text(f"clicks: {st.session_state.get('clicks', 0)}")
