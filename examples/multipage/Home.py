"""A multipage app made with a `pages/` folder: every script in it is a page.

    dataapp-desktop examples/multipage/Home.py

The pages share `st.session_state`; a widget belongs to its page (the slider on "Sales" keeps
its own value). Links between pages: the sidebar, `st.page_link` and `st.switch_page`.
"""

import dataapp as st

st.set_page_config(page_title="Shop reports", page_icon="🛒")
st.logo("Shop reports", icon_image="SR")  # each page of a pages/ app calls st.logo

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.session_state.setdefault("analyst", "Ada")

st.title("Shop reports")
st.write(
    f"Hello **{st.session_state.analyst}**. The pages of this app share `st.session_state`: "
    f"you have opened a page {st.session_state.visits} times."
)
st.page_link("pages/1_Sales.py", label="See the sales report")
st.page_link("pages/2_Settings.py", label="Change your name")
if st.button("Go to the sales report", key="to_sales"):
    st.switch_page("pages/1_Sales.py")
