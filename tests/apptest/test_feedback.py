"""st.feedback through AppTest: thumbs, faces and stars give the chosen index or None.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv) and gives the same values
there: the view is `at.feedback`, as in Streamlit.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

APP = """
import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []

def changed():
    st.session_state.log.append(st.session_state.rating)

thumbs = st.feedback()
faces = st.feedback("faces", key="rating", on_change=changed)
stars = st.feedback("stars", default=2)
off = st.feedback("stars", default=4, disabled=True)
st.text(repr((thumbs, faces, stars, off)))
"""


def shown(at: AppTest) -> str:
    return str(at.text[0].value)


def test_defaults_read_as_in_streamlit() -> None:
    at = AppTest.from_string(APP).run()
    assert not at.exception
    assert shown(at) == "(None, None, 2, 4)"
    assert [f.value for f in at.feedback] == [None, None, 2, 4]
    assert [f.disabled for f in at.feedback] == [False, False, False, True]


def test_choosing_runs_the_callback_and_none_clears_a_default() -> None:
    at = AppTest.from_string(APP).run()
    at.feedback[0].set_value(1).run()
    assert shown(at) == "(1, None, 2, 4)"
    at.feedback(key="rating").set_value(3).run()
    assert shown(at) == "(1, 3, 2, 4)"
    assert at.session_state.rating == 3
    assert list(at.session_state.log) == [3]
    at.feedback[2].set_value(None).run()
    assert shown(at) == "(1, 3, None, 4)"
    at.feedback[0].set_value(0).run()
    assert shown(at) == "(0, 3, None, 4)"
    assert list(at.session_state.log) == [3]


def test_a_value_set_through_the_key_is_the_widgets_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.r = 3
        st.text(repr(st.feedback("stars", key="r")))
        """
    ).run()
    assert shown(at) == "3"


def test_an_index_it_does_not_show_set_through_the_key_goes_back_to_the_default() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.r = 7
        st.text(repr(st.feedback("stars", key="r", default=1)))
        st.text(repr(st.session_state.r))
        """
    ).run()
    assert [t.value for t in at.text] == ["1", "1"]
    assert at.feedback[0].value == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.feedback("hearts")',
            "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.",
        ),
        (
            'st.feedback("thumbs", default=2)',
            "The `default` parameter, set to 2, is outside the required range [0, 1].",
        ),
        (
            'st.feedback("stars", default=-1)',
            "The `default` parameter, set to -1, is outside the required range [0, 4].",
        ),
    ],
)
def test_bad_options_and_defaults_are_refused_with_streamlits_messages(
    call: str, message: str
) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert [e.message for e in at.exception] == [message]
