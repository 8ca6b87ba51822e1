"""Assigning a widget's or form's key after it was created in the run, and number_input's
"a key holding None empties it" rule: both as in Streamlit 1.67.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv) with the same result.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

MESSAGE = (
    "`st.session_state['k']` cannot be modified after the widget with that key is "
    "instantiated. Assign `st.session_state['k']` before creating the widget, or update it "
    "from an `on_change` or `on_click` callback, which runs before the widget is "
    "instantiated. If this is a read-only session state key (buttons, file and media inputs, "
    "`st.data_editor`, forms, chart or `ButtonColumn` selections), store the value under a "
    "different session state key."
)


def _create_then_assign(kind: str) -> None:
    import streamlit as st

    if kind == "text_input":
        st.text_input("T", key="k")
    elif kind == "number_input":
        st.number_input("N", key="k")
    elif kind == "form":
        with st.form("k"):
            st.form_submit_button("Go")
    st.text("created")
    st.session_state.k = "late"
    st.text("assigned")


@pytest.mark.parametrize("kind", ["text_input", "number_input", "form"])
def test_assigning_a_key_after_its_widget_or_form_raises(kind: str) -> None:
    at = AppTest.from_function(_create_then_assign, kwargs={"kind": kind}).run()
    assert [t.value for t in at.text] == ["created"]
    (error,) = at.exception
    assert error.message == MESSAGE
    assert error.proto.type.endswith("WidgetAlreadyInstantiatedError")


def test_apps_catch_it_by_streamlit_name_and_as_an_api_exception() -> None:
    def app() -> None:
        import streamlit as st
        from streamlit.errors import (
            StreamlitAPIException,
            StreamlitWidgetAlreadyInstantiatedError,
        )

        st.checkbox("C", key="c")
        caught = {
            "StreamlitWidgetAlreadyInstantiatedError": StreamlitWidgetAlreadyInstantiatedError,
            "StreamlitAPIException": StreamlitAPIException,
        }
        for name, error_class in caught.items():
            try:
                st.session_state.c = True
            except error_class:
                st.text(f"caught as {name}")

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert [t.value for t in at.text] == [
        "caught as StreamlitWidgetAlreadyInstantiatedError",
        "caught as StreamlitAPIException",
    ]


def test_the_key_may_be_assigned_before_the_widget_and_in_its_callback() -> None:
    def app() -> None:
        import streamlit as st

        def shout() -> None:
            st.session_state.k = st.session_state.k.upper()

        if "k" not in st.session_state:
            st.session_state.k = "hello"
        st.text_input("T", key="k", on_change=shout)
        st.text(st.session_state.k)

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "hello"
    at.text_input[0].input("quiet").run()
    assert not at.exception
    assert at.text[0].value == "QUIET"


def _key_set_to_none(case: str) -> None:
    import streamlit as st

    st.session_state.k = None
    if case == "below_min":
        value = st.number_input("x", min_value=10, value=1, key="k")
    elif case == "above_max":
        value = st.number_input("x", value=5, max_value=3, key="k")
    elif case == "int":
        value = st.number_input("x", value=5, key="k")
    else:
        value = st.number_input("x", value=2.5, key="k")
    st.text(repr(value))


@pytest.mark.parametrize(
    ("case", "step", "format"),
    [
        ("below_min", 1, "%d"),
        ("above_max", 1, "%d"),
        ("int", 1, "%d"),
        ("float", 0.01, "%0.2f"),
    ],
)
def test_a_number_input_whose_key_holds_none_is_empty_and_keeps_its_type(
    case: str, step: float, format: str
) -> None:
    at = AppTest.from_function(_key_set_to_none, kwargs={"case": case}).run()
    assert not at.exception
    assert at.text[0].value == "None"
    (number,) = at.number_input
    assert (number.value, number.step, number.proto.format) == (None, step, format)


def test_a_callback_emptying_a_number_input_keeps_the_widget() -> None:
    def app() -> None:
        import streamlit as st

        def empty() -> None:
            st.session_state.k = None

        st.button("Empty", on_click=empty)
        st.text(repr(st.number_input("x", value=5, min_value=1, key="k")))

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "5"
    at.button[0].click().run()
    assert at.text[0].value == "None"
    at.number_input[0].set_value(3).run()
    assert at.text[0].value == "3"
    at.run()
    assert at.text[0].value == "3" and not at.exception


def test_emptying_a_number_input_gives_its_default_unless_its_default_is_none() -> None:
    def app() -> None:
        import streamlit as st

        st.text(repr(st.number_input("five", value=5)))
        st.text(repr(st.number_input("empty", value=None)))

    at = AppTest.from_function(app).run()
    at.number_input[0].set_value(7).run()
    at.number_input[1].set_value(3).run()
    assert [t.value for t in at.text] == ["7", "3.0"]
    at.number_input[0].set_value(None).run()
    at.number_input[1].set_value(None).run()
    assert [t.value for t in at.text] == ["5", "None"]
