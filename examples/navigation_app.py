"""A multipage app made with `st.navigation`: pages are functions, grouped in sections.

    dataapp-desktop examples/navigation_app.py

The main script runs on every page and draws what all pages share (the logo, the sidebar's
filter); `st.navigation` returns the page to show and `.run()` shows it.
"""

import dataapp as st

st.set_page_config(page_title="Field notes", page_icon="🗒️")


def overview() -> None:
    st.title("Overview")
    st.write(f"Notes taken: **{len(st.session_state.notes)}**; filter: *{st.session_state.tag}*.")
    st.page_link(add_page, label="Take a note")
    st.page_link(list_page, label="Read the notes")


def add_note() -> None:
    st.title("Take a note")
    with st.form("note", clear_on_submit=True):
        text = st.text_input("Note")
        tag = st.selectbox("Tag", ["birds", "plants", "weather"])
        if st.form_submit_button("Save", type="primary") and text:
            st.session_state.notes.append({"text": text, "tag": tag})
            st.switch_page(list_page)


def list_notes() -> None:
    st.title("Notes")
    shown = [n for n in st.session_state.notes if st.session_state.tag in ("all", n["tag"])]
    for note in shown:
        st.markdown(f"- {note['text']} · :gray[{note['tag']}]")
    if not shown:
        st.info("No notes with this tag yet.")


def about() -> None:
    st.title("About")
    st.write("Pages made with `st.Page` from functions, in two sections.")


st.session_state.setdefault("notes", [{"text": "A robin on the fence", "tag": "birds"}])
st.logo("Field notes")
with st.sidebar:
    st.session_state.tag = st.radio("Tag", ["all", "birds", "plants", "weather"], key="tag_filter")

overview_page = st.Page(overview, title="Overview", default=True)
add_page = st.Page(add_note, title="Take a note", url_path="add")
list_page = st.Page(list_notes, title="Notes", url_path="notes")
about_page = st.Page(about, title="About", url_path="about")
st.navigation({"Notes": [overview_page, add_page, list_page], "Help": [about_page]}).run()
