"""st.number_input's int-or-float rules are Streamlit's: with no number given it is a float.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (`from streamlit.testing.v1
import AppTest`, checked in /tmp/st-venv) and gives the same values there.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest


def _inputs() -> None:
    import streamlit as st

    a = st.number_input("a")
    b = st.number_input("b", value=None)
    c = st.number_input("c", step=1)
    d = st.number_input("d", value=None, min_value=1)
    e = st.number_input("e", min_value=0.5)
    f = st.number_input("f", format="%d")
    st.text(repr([a, b, c, d, e, f]))
    st.text(repr(a + b if b is not None else a))


def test_a_number_input_with_no_number_given_is_a_float_and_keeps_a_typed_fraction() -> None:
    at = AppTest.from_function(_inputs).run()
    assert at.text[0].value == "[0.0, None, 0, None, 0.5, 0.0]"
    shown = [(n.step, n.proto.format, n.is_int) for n in at.number_input]
    assert shown == [
        (0.01, "%0.2f", False),
        (0.01, "%0.2f", False),
        (1, "%d", True),
        (1, "%d", True),
        (0.01, "%0.2f", False),
        (0.01, "%d", False),  # format only changes how the value is shown
    ]
    at.number_input[0].set_value(1.5).run()
    at.number_input[1].set_value(2.25).run()
    assert at.text[0].value == "[1.5, 2.25, 0, None, 0.5, 0.0]"
    assert at.text[1].value == "3.75"
    at.number_input[0].increment().run()
    assert at.number_input[0].value == pytest.approx(1.51)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"min_value": 3, "max_value": 1}, "cannot be greater than the `max_value`"),
        ({"format": "%s x"}, "contains invalid characters: %s x"),
        ({"value": 1, "step": 0.5}, "must be of the same type"),
    ],
)
def test_number_input_arguments_streamlit_refuses_are_refused(
    arguments: dict[str, object], message: str
) -> None:
    def app(arguments: dict[str, object]) -> None:
        import streamlit as st

        st.number_input("x", **arguments)  # type: ignore[arg-type]

    at = AppTest.from_function(app, kwargs={"arguments": arguments}).run()
    assert message in at.exception[0].message


def test_numpy_numbers_are_numbers() -> None:
    def app() -> None:
        import numpy as np
        import streamlit as st

        n = st.number_input("n", value=np.int64(3), max_value=np.int64(9))
        x = st.number_input("x", value=np.float64(0.5))
        st.text(f"{n} {x}")

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "3 0.5" and at.number_input[0].is_int
    at.number_input[0].set_value(4).run()
    assert at.text[0].value == "4 0.5"
