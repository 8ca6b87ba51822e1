"""st.pagination through AppTest (`at.pagination`): the page chosen, its callback, a page set
through the key, and Streamlit's refusals.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv's pytest) and gives the
same values there.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

APP = """
import streamlit as st

def changed():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.pg]

page = st.pagination(10, default=2, key="pg", on_change=changed)
st.text(f"page={page!r} log={st.session_state.get('log')}")
"""


def test_a_pagination_starts_on_its_default_page() -> None:
    at = AppTest.from_string(APP).run()
    (pages,) = at.pagination
    assert (pages.type, pages.key, pages.value, pages.num_pages, pages.default) == (
        "pagination",
        "pg",
        2,
        10,
        2,
    )
    assert not pages.disabled
    assert at.text[0].value == "page=2 log=None"


def test_a_chosen_page_stays_and_runs_the_callback_once() -> None:
    at = AppTest.from_string(APP).run()
    at.pagination[0].set_value(5).run()
    assert at.text[0].value == "page=5 log=[5]"
    assert at.pagination[0].value == 5
    at.run()
    assert at.text[0].value == "page=5 log=[5]"
    at.pagination("pg").select(10).run()
    assert at.text[0].value == "page=10 log=[5, 10]"


@pytest.mark.parametrize("page", [0, 11, True, "3"])
def test_a_page_it_does_not_have_cannot_be_set(page: object) -> None:
    at = AppTest.from_string(APP).run()
    with pytest.raises(Exception, match="Page must be an int between 1 and 10") as raised:
        at.pagination[0].set_value(page)  # type: ignore[arg-type]
    assert type(raised.value).__name__ == "AppTestError"
    assert str(raised.value) == (
        f"Cannot set pagination (key='pg') to {page!r}. Page must be an int between 1 and 10."
    )


def test_a_page_set_through_the_key_is_shown_unless_it_does_not_exist() -> None:
    at = AppTest.from_string(APP).run()
    at.session_state["pg"] = 7
    at.run()
    assert at.text[0].value == "page=7 log=None"
    at.session_state["pg"] = 70
    at.run()
    assert at.text[0].value.startswith("page=2 ")
    assert at.session_state["pg"] == 2


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
        ("st.pagination(2.5)", "`num_pages` must be an integer of at least 1. Got 2.5."),
        ("st.pagination(True)", "`num_pages` must be an integer of at least 1. Got True."),
        (
            "st.pagination(5, default=6)",
            "The `default` parameter, set to 6, is outside the required range [1, 5].",
        ),
        (
            "st.pagination(5, default='2')",
            "Invalid `default` type. Expected one of: int. Provided type: str.",
        ),
        (
            "st.pagination(5, max_visible_pages=-1)",
            "`max_visible_pages` must be a non-negative integer or None. Got -1.",
        ),
        (
            "st.pagination(5, width=0)",
            "Invalid width value: 0. Width must be either a positive integer (pixels), "
            "'stretch', or 'content'.",
        ),
        (
            "st.pagination(5, on_change='x')",
            "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
    ],
)
def test_what_streamlit_refuses_is_refused(code: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{code}").run()
    assert [e.message for e in at.exception] == [message]


@pytest.mark.parametrize(
    "code",
    [
        "st.text(repr(st.pagination(3, on_change='ignore', width='stretch')))",
        "st.text(repr(st.pagination(3, max_visible_pages=None, width=200)))",
        "st.text(repr(st.pagination(5, max_visible_pages=0)))",
        "st.session_state.q = 'x'\nst.text(repr(st.pagination(3, key='q')))",
    ],
)
def test_what_streamlit_takes_starts_on_page_one(code: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{code}").run()
    assert not at.exception and at.text[0].value == "1"
