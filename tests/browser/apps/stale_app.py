"""Elements that come and go, a slow run (for stale fading and Stop), and an exception."""

import time

import dataapp as st

show = st.checkbox("Show extra", value=True, key="show")
st.text("always here")
if show:
    st.text("extra line")
    st.text("another extra line")

slow = st.checkbox("Slow", key="slow")
if slow:
    time.sleep(2.0)
st.text("after the slow part")

if st.checkbox("Fail", key="fail"):
    raise ValueError("deliberate failure")

if st.button("Long run", key="long"):
    bar = st.progress(0)
    for i in range(200):
        time.sleep(0.05)
        bar.progress(i // 2)
    st.text("long run finished")
