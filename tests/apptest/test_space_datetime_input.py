"""st.space and st.datetime_input through AppTest (`at.space`, `at.datetime_input`).

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv) and gives the same values
there.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dataapp.testing import AppTest


def test_spaces_report_the_size_they_were_given() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("a")
        handle = st.space()
        st.space("large")
        st.space(40)
        with st.sidebar:
            st.space("stretch")
        st.text(type(handle).__name__)
        """
    ).run()
    assert not at.exception
    assert [s.value for s in at.space] == ["small", "large", 40, "stretch"]
    assert [s.size for s in at.space] == ["small", "large", 40, "stretch"]
    assert len(at.sidebar.space) == 1
    assert [t.value for t in at.text] == ["a", "DeltaGenerator"]


def test_a_space_is_a_slot_another_element_can_replace() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.space("medium").text("x")
        st.text("y")
        """
    ).run()
    assert [t.value for t in at.text] == ["x", "y"]
    assert len(at.space) == 0


@pytest.mark.parametrize("size", ["0", "'huge'", "2.5"])
def test_a_space_of_no_known_size_is_refused(size: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.space({size})").run()
    (error,) = at.exception
    assert error.message.startswith(
        "Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', "
        "'medium', 'large', 'xlarge', 'xxlarge', a positive integer. Got "
    )


DATETIMES = """
import datetime as dt
import streamlit as st

a = st.datetime_input("A", dt.datetime(2024, 5, 6, 7, 8, 9, 10))
b = st.datetime_input("B", None, key="b")
c = st.datetime_input("C", dt.date(2024, 1, 2))
d = st.datetime_input(
    "D",
    "2024-03-04 05:06",
    min_value=dt.datetime(2024, 1, 1),
    max_value="2024-12-31T23:00",
    step=dt.timedelta(hours=1),
    format="DD.MM.YYYY",
)
e = st.datetime_input("E", dt.datetime(2024, 5, 6, 7, 8, tzinfo=dt.timezone.utc))
st.text(repr((a, b, c, d, e)))
"""


def shown(at: AppTest) -> str:
    return str(at.text[0].value)


def test_datetime_values_are_naive_and_to_the_minute() -> None:
    at = AppTest.from_string(DATETIMES).run()
    assert not at.exception
    assert [w.value for w in at.datetime_input] == [
        dt.datetime(2024, 5, 6, 7, 8),
        None,
        dt.datetime(2024, 1, 2, 0, 0),
        dt.datetime(2024, 3, 4, 5, 6),
        dt.datetime(2024, 5, 6, 7, 8),  # the zone is dropped, not converted
    ]
    a, _, c, d, _ = at.datetime_input
    assert (a.min, a.max, a.step, a.format) == (
        "2014-05-06T00:00",
        "2034-05-06T23:59",
        900,
        "YYYY/MM/DD",
    )
    assert (c.min, c.max) == ("2014-01-02T00:00", "2034-01-02T23:59")
    assert (d.min, d.max, d.step, d.format) == (
        "2024-01-01T00:00",
        "2024-12-31T23:00",
        3600,
        "DD.MM.YYYY",
    )
    assert a.type == "date_time_input"


def test_setting_and_clearing_datetimes() -> None:
    at = AppTest.from_string(DATETIMES).run()
    at.datetime_input[1].set_value(dt.datetime(2025, 1, 2, 3, 4, 55)).run()
    assert at.session_state.b == dt.datetime(2025, 1, 2, 3, 4)
    # Out of bounds: the widget keeps its value (Streamlit: its default, the same here).
    at.datetime_input[3].set_value(dt.datetime(2030, 1, 1)).run()
    assert at.datetime_input[3].value == dt.datetime(2024, 3, 4, 5, 6)
    # A widget with a default cannot be emptied; one without can.
    at.datetime_input[0].set_value(None).run()
    assert at.datetime_input[0].value == dt.datetime(2024, 5, 6, 7, 8)
    at.datetime_input[1].set_value(None).run()
    assert at.datetime_input[1].value is None
    assert not at.exception


def test_a_key_holding_none_empties_a_datetime_input_with_a_default() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        st.session_state.k = None
        st.text(repr(st.datetime_input("K", dt.datetime(2024, 5, 6, 7, 8), key="k")))
        """
    ).run()
    assert shown(at) == "None"
    at.datetime_input[0].set_value(None).run()
    assert shown(at) == "None"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.datetime_input('a', dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))",
            "The `value` 2020-01-01 00:00:00 is less than the `min_value` 2021-01-01 00:00:00.",
        ),
        (
            "st.datetime_input('a', dt.datetime(2020, 1, 1), max_value=dt.datetime(2019, 1, 1))",
            "The `value` 2020-01-01 00:00:00 is greater than the `max_value` 2019-01-01 00:00:00.",
        ),
        (
            "st.datetime_input('a', 5)",
            'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". '
            "Provided type: int.",
        ),
        (
            "st.datetime_input('a', step=30)",
            "The `step` parameter, set to 30 seconds, is outside the required range "
            "[60 seconds, 23 hours].",
        ),
        (
            "st.datetime_input('a', format='YY/MM')",
            "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', "
            "'MM/DD/YYYY', 'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', "
            "'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YY/MM'.",
        ),
    ],
)
def test_bad_datetime_arguments_are_refused_with_streamlits_messages(
    call: str, message: str
) -> None:
    at = AppTest.from_string(f"import datetime as dt\nimport streamlit as st\n{call}").run()
    assert [e.message for e in at.exception] == [message]
