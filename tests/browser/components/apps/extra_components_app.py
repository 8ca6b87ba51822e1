"""extra-streamlit-components 0.1.81: a cookie set through its CookieManager, whose frame
reads and writes document.cookie (so the frame must share the app's origin), reaches the script.

(Its tab_bar is left out: under Streamlit 1.67 itself it never shows, as the CookieManager's
style sheet hides every frame that is 0 pixels high while it loads.)
"""

import extra_streamlit_components as stx
import streamlit as st

cookies = stx.CookieManager(key="cookies")
# A checkbox, not a button: the package's setter frame must stay on the page until its script
# has run (a button's one run can end before the frame has loaded, under Streamlit too).
if st.checkbox("Set cookie"):
    cookies.set("fruit", "apple", key="set")
st.text(f"cookie: {cookies.get('fruit')}")
