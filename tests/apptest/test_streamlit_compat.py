"""Tests written the way Streamlit's AppTest documentation writes them.

Only the import differs from a test for Streamlit: the same file runs on Streamlit with
`from streamlit.testing.v1 import AppTest` (see docs/testing.md for how that is checked).
"""

from __future__ import annotations

from dataapp.testing import AppTest

# -- a counter with buttons and session state -------------------------------------------------


def test_bean_counter_starts_at_zero() -> None:
    at = AppTest.from_file("apps/beans.py").run()
    assert not at.exception
    assert at.title[0].value == "Bean counter"
    assert at.markdown[0].value == "Beans counted: 0"


def test_bean_counter_increments_and_adds() -> None:
    at = AppTest.from_file("apps/beans.py").run()
    at.number_input[0].increment().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 1"
    at.number_input[0].set_value(5).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 6"


def test_bean_counter_continues_from_seeded_session_state() -> None:
    at = AppTest.from_file("apps/beans.py")
    at.session_state["beans"] = 10
    at.run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 10"
    at.number_input[0].increment().increment().run()
    at.button[0].click().run()
    assert at.session_state.beans == 12


# -- text input called by key, secrets ------------------------------------------------------------------


def test_word_of_the_day_wrong_then_right() -> None:
    at = AppTest.from_file("apps/word_of_the_day.py")
    at.secrets["WORD"] = "Foobar"
    at.run()
    assert not at.exception
    at.text_input("word").input("Bazbat").run()
    assert at.warning[0].value == "Try again."
    at.text_input("word").input("Foobar").run()
    assert not at.warning
    assert at.success[0].value == "Correct!"


# -- query parameters --------------------------------------------------------------------------


def test_query_params_are_read_by_the_app() -> None:
    at = AppTest.from_file("apps/query_tabs.py")
    at.query_params["tab"] = "sales"
    at.run()
    assert at.header[0].value == "Showing sales"


# -- the login page: callbacks, st.stop, clearing an input ------------------------------------


def test_login_no_interaction() -> None:
    at = AppTest.from_file("apps/login.py").run()
    assert at.session_state["status"] == "unverified"
    assert len(at.text_input) == 1
    assert len(at.warning) == 0
    assert len(at.success) == 0
    assert len(at.button) == 0
    assert at.text_input[0].value == ""


def test_login_incorrect_password() -> None:
    at = AppTest.from_file("apps/login.py").run()
    at.text_input[0].input("balloon").run()
    assert at.session_state["status"] == "incorrect"
    assert len(at.text_input) == 1
    assert len(at.warning) == 1
    assert len(at.success) == 0
    assert len(at.button) == 0
    assert at.text_input[0].value == ""
    assert "Incorrect password" in at.warning[0].value


def test_login_correct_password_then_log_out() -> None:
    at = AppTest.from_file("apps/login.py").run()
    at.text_input[0].input("Streamlit").run()
    assert at.session_state["status"] == "verified"
    assert len(at.text_input) == 0
    assert len(at.success) == 1
    assert len(at.button) == 1
    assert "Login successful" in at.success[0].value
    assert at.button[0].label == "Log out"
    at.button[0].click().run()
    assert at.session_state["status"] == "unverified"
    assert len(at.text_input) == 1
    assert len(at.success) == 0


# -- selectbox with format_func, slider, form -------------------------------------------------


def test_selectbox_returns_the_option_object_and_slider_the_number() -> None:
    at = AppTest.from_file("apps/shop.py").run()
    assert at.selectbox[0].options == ["Apple", "Bread", "Cheese"]
    assert at.selectbox[0].value == {"sku": "A1", "name": "Apple", "price": 0.5}
    at.selectbox[0].select({"sku": "C3", "name": "Cheese", "price": 4.0})
    at.slider[0].set_value(3)
    at.run()
    assert at.selectbox[0].index == 2
    assert at.slider[0].value == 3
    assert at.markdown[0].value == "Total: 12.00"


def test_a_form_is_checked_when_it_is_submitted() -> None:
    at = AppTest.from_file("apps/shop.py").run()
    at.text_input[0].input("not-an-email")
    at.button[0].click().run()
    assert at.error[0].value == "Enter a valid email."
    at.text_input[0].input("ada@example.com")
    at.checkbox[0].check()
    at.button[0].click().run()
    assert not at.error
    assert at.success[0].value == "Order of 1 x A1 for ada@example.com (express)"


# -- exceptions --------------------------------------------------------------------------------


def test_an_exception_in_the_app_is_reported() -> None:
    at = AppTest.from_file("apps/fragile.py").run()
    assert not at.exception
    assert at.markdown[0].value == "100 / 1 = 100.0"
    at.number_input[0].set_value(0).run()
    assert at.exception
    assert "division by zero" in at.exception[0].value
    at.number_input[0].set_value(4).run()
    assert not at.exception
    assert at.markdown[0].value == "100 / 4 = 25.0"


# -- sidebar and columns -----------------------------------------------------------------------


def test_sidebar_widgets_drive_the_main_area() -> None:
    at = AppTest.from_file("apps/sidebar_filters.py").run()
    assert at.sidebar.header[0].value == "Filters"
    assert at.sidebar.multiselect[0].value == ["North"]
    assert at.metric[0].value == "1"
    at.sidebar.multiselect[0].select("East").select("West")
    at.sidebar.toggle[0].set_value(True)
    at.run()
    assert at.columns[0].metric[0].value == "3"
    assert at.text[0].value == "Totals for North, East, West"
    at.radio(key="chart").set_value("Line").run()
    assert at.columns[1].radio[0].value == "Line"


# -- from_string and from_function -------------------------------------------------------------


def test_from_string_with_a_checkbox() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        if st.checkbox("Show details"):
            st.write("Details shown")
        """
    ).run()
    assert len(at.markdown) == 0
    at.checkbox[0].check().run()
    assert at.markdown[0].value == "Details shown"


def test_from_function_with_a_toggle() -> None:
    def app() -> None:
        import streamlit as st

        on = st.toggle("Activate feature")
        st.text("on" if on else "off")

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "off"
    at.toggle[0].set_value(True).run()
    assert at.text[0].value == "on"
