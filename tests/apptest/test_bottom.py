"""st.bottom through AppTest: elements and widgets written to the container pinned at the
bottom of the page (the app's fourth root, after main, sidebar and event), and Streamlit's
error when the sidebar or a dialog uses it.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv's pytest) and gives the
same values there. Neither AppTest has a list of its own for the bottom root: `_tree`'s fourth
child is it in both.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest


def _bottom(at: AppTest) -> list[tuple[str, object]]:
    roots = list(at._tree.children.values())
    if len(roots) < 4:
        return []
    return [(e.type, getattr(e, "value", None)) for e in roots[3] if e is not roots[3]]


def test_with_st_bottom_writes_to_the_bottom_of_the_page() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.bottom:
            st.text("in bottom")
            go = st.button("Go")
        st.text(f"main clicked={go}")
        """
    ).run()
    assert not at.exception
    assert _bottom(at) == [("text", "in bottom"), ("button", False)]
    assert [t.value for t in at.main.text] == ["main clicked=False"]
    at.button[0].click().run()
    assert [t.value for t in at.main.text] == ["main clicked=True"]


def test_st_bottom_calls_and_a_with_block_inside_a_container() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.bottom.text("direct")
        with st.container():
            with st.bottom:
                st.text("from a container")
            st.text("in the container")
        st.bottom.chat_input("Say")
        """
    ).run()
    assert not at.exception
    assert _bottom(at) == [("text", "direct"), ("text", "from a container"), ("chat_input", None)]
    assert [t.value for t in at.main.text] == ["in the container"]


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("with st.sidebar:\n    st.bottom.text('x')", "inside `st.sidebar`"),
        ("with st.sidebar:\n    with st.bottom:\n        st.text('x')", "inside `st.sidebar`"),
        ("@st.dialog('D')\ndef d():\n    st.bottom.text('x')\nd()", "inside a dialog"),
    ],
)
def test_the_sidebar_and_dialogs_cannot_use_st_bottom(code: str, where: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{code}").run()
    assert [e.message for e in at.exception] == [
        f"`st.bottom` cannot be used {where}. The bottom container is only available in the "
        "main app area."
    ]
    assert _bottom(at) == []
