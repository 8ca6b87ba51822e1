"""AppTest and the widgets' own limits: a test can set any value, as a page could send it; the
engine refuses what does not fit and the script keeps what it saw, as in Streamlit's AppTest
(which does not raise either)."""

from __future__ import annotations

import datetime as dt

from dataapp.testing import AppTest


def app() -> None:
    import datetime as dt

    import dataapp as st

    n = st.number_input("n", min_value=0, max_value=10, value=3)
    t = st.text_input("t", max_chars=5, value="ab")
    d = st.date_input(
        "d", dt.date(2024, 1, 10), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 31)
    )
    m = st.multiselect("m", ["a", "b", "c"], max_selections=2)
    st.text(repr((n, t, d, m)))


def test_apptest_setters_take_values_within_the_limits() -> None:
    at = AppTest.from_function(app).run()
    at.number_input[0].set_value(7)
    at.text_input[0].set_value("abc")
    at.date_input[0].set_value(dt.date(2024, 1, 20))
    at.multiselect[0].set_value(["a", "b"])
    at.run()
    assert at.text[0].value == "(7, 'abc', datetime.date(2024, 1, 20), ['a', 'b'])"
    assert at.number_input[0].value == 7


def test_apptest_values_beyond_the_limits_leave_the_script_its_previous_values() -> None:
    at = AppTest.from_function(app).run()
    at.number_input[0].set_value(7).run()
    at.number_input[0].set_value(999)  # no error here: the page could send it too
    at.text_input[0].set_value("abcdefgh")
    at.date_input[0].set_value(dt.date(2030, 1, 1))
    at.multiselect[0].set_value(["a", "b", "c"])
    at.run()
    assert not at.exception
    assert at.text[0].value == "(7, 'ab', datetime.date(2024, 1, 10), [])"
    assert at.number_input[0].value == 7
    assert at.multiselect[0].value == []


def test_apptest_a_colour_that_is_not_a_hex_colour_is_refused() -> None:
    def colours() -> None:
        import dataapp as st

        st.text(st.color_picker("c", "#00ff00"))

    at = AppTest.from_function(colours).run()
    at.color_picker[0].pick("ff0000").run()
    assert at.text[0].value == "#ff0000"
    at.color_picker[0].set_value("red").run()
    assert at.text[0].value == "#ff0000"
