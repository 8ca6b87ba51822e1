"""The flow elements side by side, for screenshots people look at."""

import dataapp as st

st.title("Flow elements")

with st.status("Downloading data", state="complete", expanded=True):
    st.write("Fetched 1,204 rows from the archive.")
    st.write("Checked the totals.")
st.status("Training the model", state="running")
st.status("Uploading the report", state="error")


@st.dialog("Rename the report")
def rename() -> None:
    st.text_input("New name", "Quarterly sales", key="new_name")
    if st.button("Save", type="primary", key="save_name"):
        st.rerun()


if st.button("Rename...", key="rename"):
    rename()

with st.echo():

    def share(amount: float, people: int = 2) -> float:
        """Each person's part of the bill."""
        return round(amount / people, 2)

    st.write(f"Each of 3 pays {share(100, 3)}")

st.help(share)
st.html(
    "<p style='padding:0.75rem 1rem;border-left:4px solid #ff4b4b;margin:0'>"
    "<b>st.html</b> shows sanitised HTML: scripts are removed.</p>"
)

left, right = st.columns(2)
with left, st.popover("Filters", help="A popover: a button that opens a floating container"):
    st.checkbox("Only this year", value=True, key="this_year")
    st.slider("Minimum amount", 0, 100, 20, key="minimum")
with right:
    st.page_link("https://example.com", label="Open the handbook", help="An external link")
