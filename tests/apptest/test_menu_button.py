"""st.menu_button through AppTest (`at.menu_button`): the chosen option for one run, the click
callback, and Streamlit's refusals.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv's pytest) and gives the
same values there.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

APP = """
import streamlit as st

def clicked():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.get("mb")]

choice = st.menu_button("Export", ["CSV", "JSON", 3], key="mb", on_click=clicked, help="Pick")
st.text(f"choice={choice!r} log={st.session_state.get('log')}")
"""


def test_a_menu_button_shows_its_options() -> None:
    at = AppTest.from_string(APP).run()
    (menu,) = at.menu_button
    assert (menu.type, menu.label, menu.options, menu.help, menu.key) == (
        "menu_button",
        "Export",
        ["CSV", "JSON", "3"],
        "Pick",
        "mb",
    )
    assert menu.value is None and not menu.disabled
    assert at.text[0].value == "choice=None log=None"


def test_the_chosen_option_is_returned_for_one_run_after_its_callback() -> None:
    at = AppTest.from_string(APP).run()
    at.menu_button[0].click("JSON").run()
    assert at.text[0].value == "choice='JSON' log=['JSON']"
    assert at.menu_button[0].value == "JSON"
    at.run()
    assert at.text[0].value == "choice=None log=['JSON']"
    assert at.menu_button[0].value is None
    # The option itself comes back, not its label.
    at.menu_button("mb").click_index(2).run()
    assert at.text[0].value == "choice=3 log=['JSON', 3]"
    at.menu_button[0].set_value(None).run()
    assert at.text[0].value == "choice=None log=['JSON', 3]"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            "st.menu_button('X', [])",
            "The `options` parameter is required. Provide at least one option.",
        ),
        (
            "st.menu_button('X', ['a'], type='ghost')",
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
        ),
        (
            "st.menu_button('X', [1, 'x', '1'])",
            "The `format_func` produced duplicate labels for the menu button options. Each "
            "formatted option label must be unique.",
        ),
        (
            "st.menu_button('X', ['a'], width=0)",
            "Invalid width value: 0. Width must be either a positive integer (pixels), "
            "'stretch', or 'content'.",
        ),
        (
            "with st.form('f'):\n    st.menu_button('X', ['a'])\n    st.form_submit_button()",
            "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, refer "
            "to the\n[documentation for forms]"
            "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).",
        ),
        (
            "st.session_state.k = 'a'\nst.menu_button('X', ['a'], key='k')",
            "`st.session_state['k']` is read-only and cannot be assigned through session "
            "state. Use a different session state key for values you need to set.",
        ),
    ],
)
def test_what_streamlit_refuses_is_refused(code: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{code}").run()
    assert [e.message for e in at.exception] == [message]


def test_a_stretching_menu_button_returns_none_until_chosen() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.text(repr(st.menu_button('X', ['a', 'b'], width='stretch', type='primary')))"
    ).run()
    assert not at.exception and at.text[0].value == "None"
