"""Page settings, secrets, progress in place, placeholders and celebrations."""

import time

import dataapp as st

st.set_page_config(
    page_title="Flow misc",
    menu_items={
        "Get help": "https://example.com/help",
        "Report a bug": "https://example.com/bug",
        "About": "**Flow misc** — a test app.",
    },
)

st.logo("Flow misc", link="https://example.com")

if st.button("Count up", key="count"):
    bar = st.progress(0, text="Counting")
    for step in range(1, 6):
        time.sleep(0.15)
        bar.progress(step * 20, text=f"Counting {step * 20}%")

slot = st.empty()
with slot.container():
    st.text("first line in the placeholder")
    st.text("second line in the placeholder")
if st.button("Replace placeholder", key="replace"):
    slot.json({"replaced": True})

if st.button("Celebrate", key="celebrate"):
    st.balloons()
    st.snow()
    st.toast("Well done", icon="🎉")

if st.button("Read a secret", key="secret"):
    st.write(st.secrets["api_key"])
