"""extra-streamlit-components 0.1.81: a cookie set through its CookieManager, whose frame
reads and writes document.cookie (so the frame must share the app's origin), reaches the script.

(Its tab_bar is left out: under Streamlit 1.67 itself it never shows, as the CookieManager's
style sheet hides every frame that is 0 pixels high while it loads.)
"""

import extra_streamlit_components as stx
import streamlit as st

cookies = stx.CookieManager(key="cookies")
if st.button("Set cookie"):
    cookies.set("fruit", "apple", key="set")
st.text(f"cookie: {cookies.get('fruit')}")
