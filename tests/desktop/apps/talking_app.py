"""An app that writes to stdout and stderr itself: that output belongs on the terminal."""

import sys

import dataapp as st

st.set_page_config(page_title="Talking app")
print("the app says hello on stdout", flush=True)
print("the app's own warning on stderr", file=sys.stderr, flush=True)
st.title("A talking app")
st.write("Its prints go to the terminal; Qt's and Chromium's messages go to the log file.")
