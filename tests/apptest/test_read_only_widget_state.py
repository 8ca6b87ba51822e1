"""Widgets only their user sets refuse a value assigned through st.session_state, as in Streamlit.

The widget call after the assignment raises StreamlitValueAssignmentNotAllowedError (not the
assignment itself). Each scenario runs unchanged under Streamlit 1.67's own AppTest
(`from streamlit.testing.v1 import AppTest`, checked in /tmp/st-venv) with the same result.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

MESSAGE = (
    "`st.session_state['k']` is read-only and cannot be assigned through session state. "
    "Use a different session state key for values you need to set."
)


def _assign_then_create(kind: str) -> None:
    import pandas as pd
    import streamlit as st

    st.session_state.k = True
    st.text("assigned")
    if kind == "button":
        st.button("B", key="k")
    elif kind == "download_button":
        st.download_button("D", b"abc", key="k")
    elif kind == "file_uploader":
        st.file_uploader("F", key="k")
    elif kind == "form_submit_button":
        with st.form("f"):
            st.form_submit_button("S", key="k")
    elif kind == "data_editor":
        st.data_editor(pd.DataFrame({"a": [1]}), key="k")
    elif kind == "chat_input":
        st.chat_input("C", key="k")
    elif kind == "checkbox":
        st.checkbox("C", key="k")
    st.text("created")


@pytest.mark.parametrize(
    "kind", ["button", "download_button", "file_uploader", "form_submit_button", "data_editor"]
)
def test_the_widget_call_after_assigning_a_read_only_widget_raises(kind: str) -> None:
    at = AppTest.from_function(_assign_then_create, kwargs={"kind": kind}).run()
    assert [t.value for t in at.text] == ["assigned"]
    (error,) = at.exception
    assert error.message == MESSAGE
    assert error.proto.type.endswith("ValueAssignmentNotAllowedError")


@pytest.mark.parametrize("kind", ["chat_input", "checkbox"])
def test_other_widgets_take_an_assigned_value(kind: str) -> None:
    at = AppTest.from_function(_assign_then_create, kwargs={"kind": kind}).run()
    assert [t.value for t in at.text] == ["assigned", "created"]
    assert not at.exception


def test_a_callback_assigning_a_button_key_raises_at_the_button() -> None:
    def app() -> None:
        import streamlit as st

        def press() -> None:
            st.session_state.b = True

        st.button("other", on_click=press)
        st.text(f"value {st.button('B', key='b')}")

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "value False"
    at.button[0].click().run()
    assert "`st.session_state['b']` is read-only" in at.exception[0].message


def test_a_test_setting_a_button_between_runs_changes_nothing() -> None:
    def app() -> None:
        import streamlit as st

        st.text(f"value {st.button('B', key='b')}")

    at = AppTest.from_function(app).run()
    at.session_state["b"] = True
    at.run()
    assert at.text[0].value == "value False" and not at.exception


def test_apps_catch_it_by_streamlit_name() -> None:
    def app() -> None:
        import streamlit as st
        from streamlit.errors import StreamlitValueAssignmentNotAllowedError

        st.session_state.b = True
        try:
            st.button("B", key="b")
        except StreamlitValueAssignmentNotAllowedError:
            st.text("caught")

    at = AppTest.from_function(app).run()
    assert [t.value for t in at.text] == ["caught"] and not at.exception
