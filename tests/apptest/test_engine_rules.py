"""The engine's rerun rules, each pinned by an app driven through AppTest on the real runtime."""

from __future__ import annotations

import json

from dataapp.proto.forward_pb2 import PageConfig
from dataapp.testing import AppTest

# -- callbacks and triggers -------------------------------------------------------------------


def test_callbacks_run_before_the_body_with_their_args_and_kwargs() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state.setdefault("log", [])

        def changed(name: str, *, times: int) -> None:
            st.session_state.log.append(f"{name}x{times} saw {st.session_state.amount}")

        def clicked(what: str) -> None:
            st.session_state.log.append(f"click {what}")

        st.session_state.log.append("body")
        st.number_input(
            "Amount", key="amount", on_change=changed, args=("amount",), kwargs={"times": 2}
        )
        st.button("Go", on_click=clicked, args=("go",))

    at = AppTest.from_function(app).run()
    assert at.session_state.log == ["body"]
    at.number_input[0].set_value(5).run()
    # The callback ran first, and already saw the new value.
    assert at.session_state.log == ["body", "amountx2 saw 5.0", "body"]
    at.button[0].click().run()
    assert at.session_state.log[-2:] == ["click go", "body"]
    at.run()
    assert at.session_state.log[-1] == "body" and at.session_state.log[-2] != "click go"


def test_a_button_is_true_for_exactly_one_run_after_a_click() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        st.session_state.seen.append(st.button("Press", key="press"))
        """
    ).run()
    at.button(key="press").click().run()
    assert at.button[0].value is True
    assert at.session_state.press is True
    at.run()
    assert at.button[0].value is False
    assert at.session_state.seen == [False, True, False]


# -- widget state and session_state -----------------------------------------------------------


def test_the_state_of_a_widget_that_is_not_rendered_is_dropped() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.checkbox("Show name"):
            st.text_input("Name", key="name")
        """
    ).run()
    at.checkbox[0].check().run()
    at.text_input(key="name").input("Ada").run()
    assert at.session_state.name == "Ada"
    at.checkbox[0].uncheck().run()
    assert "name" not in at.session_state
    assert not at.text_input
    at.checkbox[0].check().run()
    assert at.text_input(key="name").value == ""


def test_a_value_set_through_the_key_before_the_widget_exists_is_its_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("Reset"):
            st.session_state.level = 7
        level = st.slider("Level", 0, 10, key="level")
        st.write(f"level is {level}")
        """
    ).run()
    assert at.markdown[0].value == "level is 0"
    at.slider(key="level").set_value(3).run()
    assert at.markdown[0].value == "level is 3"
    at.button[0].click().run()
    assert at.slider[0].value == 7
    assert at.markdown[0].value == "level is 7"
    # The value the app set stays until the user moves the slider.
    at.run()
    assert at.slider[0].value == 7


def test_a_test_can_seed_a_widget_through_session_state_before_the_first_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.selectbox("Fruit", ["apple", "pear", "plum"], key="fruit")
        """
    )
    at.session_state.fruit = "plum"
    at.run()
    assert at.selectbox[0].value == "plum"
    assert at.selectbox[0].index == 2
    at.session_state["fruit"] = "pear"
    at.run()
    assert at.selectbox[0].value == "pear"


def test_setting_a_widget_key_after_the_widget_is_created_shows_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("Name", key="name")
        st.session_state.name = "too late"
        st.write("not reached")
        """
    ).run()
    (error,) = at.exception
    assert "name" in error.message and "after the widget" in error.message
    assert error.proto.type == "WidgetAlreadyInstantiatedError"
    assert not at.markdown
    assert at.text_input[0].value == ""


def test_a_widget_with_a_default_and_a_session_value_warns_and_takes_the_session_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "size" not in st.session_state:
            st.session_state.size = 8
        size = st.number_input("Size", value=3, key="size")
        st.write(f"size {size}")
        """
    ).run()
    (warning,) = at.warning
    assert '"size"' in warning.value and "default value" in warning.value
    assert not at.exception
    assert at.number_input[0].value == 8
    assert at.markdown[0].value == "size 8"


def test_two_identical_widgets_raise_an_error_naming_the_widget() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.button("Save")
        st.button("Save")
        """
    ).run()
    (error,) = at.exception
    assert error.proto.type == "DuplicateWidgetIDError"
    assert "st.button" in error.message and "'Save'" in error.message and "key" in error.message


def test_two_widgets_with_one_key_raise_an_error_naming_the_key() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("A", key="same")
        st.toggle("B", key="same")
        """
    ).run()
    (error,) = at.exception
    assert "'same'" in error.message and "st.toggle" in error.message


def test_session_state_supports_attributes_items_in_del_and_iteration() -> None:
    def app() -> None:
        import streamlit as st

        st.session_state["a"] = 1
        st.session_state.b = 2
        st.text_input("Keyed", key="c")
        st.text_input("Keyless")
        st.write(f"a={st.session_state.a} b={st.session_state['b']}")
        st.write(f"in={'a' in st.session_state} {'zz' in st.session_state}")
        st.write(f"keys={sorted(st.session_state)} len={len(st.session_state)}")
        del st.session_state.a
        del st.session_state["b"]
        st.write(f"after del={sorted(st.session_state)}")
        try:
            st.session_state.missing  # noqa: B018 - the attribute read is the test
        except AttributeError as error:
            st.write(f"missing: {type(error).__name__}")
        try:
            st.session_state["missing"]
        except KeyError:
            st.write("missing: KeyError")

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert at.markdown.values == [
        "a=1 b=2",
        "in=True False",
        "keys=['a', 'b', 'c'] len=3",
        "after del=['c']",
        "missing: AttributeError",
        "missing: KeyError",
    ]
    assert dict(at.session_state) == {"c": ""}
    assert list(at.session_state) == ["c"]


# -- runs that end early ----------------------------------------------------------------------


def test_an_uncaught_exception_is_shown_with_its_traceback_and_the_next_run_works() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("before")
        def load():
            raise ValueError("no data")
        if st.session_state.setdefault("runs", 0) == 0:
            st.session_state.runs += 1
            load()
        st.text("after")
        """
    ).run()
    (error,) = at.exception
    assert error.proto.type == "ValueError" and error.message == "no data"
    trace = "\n".join(error.stack_trace)
    assert "load" in trace and 'raise ValueError("no data")' in trace
    # One entry per frame of the app (file, line, code); none of the engine's frames.
    assert len(error.stack_trace) == 2
    assert all("app_" in frame and "engine" not in frame for frame in error.stack_trace)
    assert at.text.values == ["before"]
    at.run()
    assert not at.exception
    assert at.text.values == ["before", "after"]


def test_st_stop_keeps_the_state_of_widgets_it_did_not_reach() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.checkbox("Pause"):
            st.stop()
        st.text_input("Name", key="name")
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.checkbox[0].check().run()
    assert at.session_state.name == "Ada"
    at.checkbox[0].uncheck().run()
    assert at.text_input[0].value == "Ada"


def test_an_uncaught_exception_keeps_the_state_of_widgets_it_did_not_reach() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.checkbox("Fail"):
            raise ValueError("on purpose")
        st.text_input("Name", key="name")
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.checkbox[0].check().run()
    assert at.exception[0].message == "on purpose"
    at.checkbox[0].uncheck().run()
    assert at.text_input[0].value == "Ada"


def test_a_failing_callback_keeps_every_widgets_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def fail():
            if st.session_state.get("armed", True):
                raise RuntimeError("callback broke")
        st.text_input("Name", key="name")
        st.checkbox("Go", key="go", on_change=fail)
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.checkbox[0].check().run()
    assert at.exception[0].message == "callback broke"
    assert at.session_state.to_dict() == {"name": "Ada", "go": True}


def test_st_stop_ends_the_run_and_keeps_what_was_written() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        name = st.text_input("Name")
        if not name:
            st.warning("Type a name")
            st.stop()
        st.success(f"Hello {name}")
        """
    ).run()
    assert at.warning[0].value == "Type a name"
    assert not at.success and not at.exception
    at.text_input[0].input("Ada").run()
    assert not at.warning
    assert at.success[0].value == "Hello Ada"


def test_st_rerun_starts_the_script_over_at_once() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.text(f"run {st.session_state.runs}")
        if st.session_state.runs < 3:
            st.rerun()
        """
    ).run()
    assert at.session_state.runs == 3
    assert at.text.values == ["run 3"]


def test_a_rerun_from_a_button_keeps_the_click_out_of_the_next_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("clicks", 0)
        if st.button("Add"):
            st.session_state.clicks += 1
            st.rerun()
        st.text(f"clicks {st.session_state.clicks}")
        """
    ).run()
    at.button[0].click().run()
    assert at.text.values == ["clicks 1"]
    assert at.button[0].value is False


# -- output -----------------------------------------------------------------------------------


def test_magic_writes_bare_expressions() -> None:
    at = AppTest.from_string(
        '''
        """A docstring is not written."""
        import streamlit as st
        "Plain *markdown*"
        answer = 42
        answer
        {"a": 1}
        st.text("a call is not written twice")
        def helper():
            "a function's docstring is not written either"
            "written when called"
        helper()
        '''
    ).run()
    assert at.markdown.values == ["Plain *markdown*", "`42`", "written when called"]
    assert json.loads(at.json[0].value) == {"a": 1}
    assert at.text.values == ["a call is not written twice"]


def test_an_empty_placeholder_is_overwritten_in_place() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        slot = st.empty()
        st.text("below")
        slot.text("first")
        slot.text("second")
        with st.empty():
            st.text("one")
            st.success("two")
        """
    ).run()
    assert at.text.values == ["second", "below"]
    assert at.main[0].value == "second"
    assert at.success.values == ["two"]
    assert len(at.main.children) == 3


def test_an_unsupported_api_raises_an_error_naming_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("before")
        st.login()
        """
    ).run()
    (error,) = at.exception
    assert error.proto.type == "NotSupportedError"
    assert "st.login" in error.message
    assert at.text.values == ["before"]


# -- forms ------------------------------------------------------------------------------------


def test_a_form_sends_its_values_only_when_submitted() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("signup"):
            name = st.text_input("Name")
            age = st.number_input("Age", 0, 120, 30)
            sent = st.form_submit_button("Sign up")
        st.text(f"{name}/{age}/{sent}")
        """
    ).run()
    assert at.text.values == ["/30/False"]
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(36)
    at.run()
    # Not submitted: the page holds the values back.
    assert at.text.values == ["/30/False"]
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(36)
    at.form_submit_button[0].click().run()
    assert at.text.values == ["Ada/36/True"]
    assert at.form[0].key == "signup"


def test_a_clear_on_submit_form_shows_its_defaults_after_the_submit() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("notes", [])
        with st.form("note", clear_on_submit=True):
            text = st.text_input("Note")
            if st.form_submit_button("Add") and text:
                st.session_state.notes.append(text)
        st.write(", ".join(st.session_state.notes) or "none")
        """
    ).run()
    at.text_input[0].input("milk")
    at.button[0].click().run()
    assert at.markdown[0].value == "milk"
    assert at.text_input[0].value == ""
    at.text_input[0].input("eggs")
    at.button[0].click().run()
    assert at.markdown[0].value == "milk, eggs"
    assert at.text_input[0].value == ""


def test_on_change_inside_a_form_is_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.checkbox("Agree", on_change=lambda: None)
            st.form_submit_button()
        """
    ).run()
    (error,) = at.exception
    assert "on_change" in error.message and "st.form_submit_button" in error.message


def test_a_callback_on_the_submit_button_runs_before_the_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def submitted():
            st.session_state.greeting = f"Hi {st.session_state.who}"
        with st.form("f"):
            st.text_input("Who", key="who")
            st.form_submit_button("Send", on_click=submitted)
        st.text(st.session_state.get("greeting", "-"))
        """
    ).run()
    at.text_input(key="who").input("Bo")
    at.button[0].click().run()
    assert at.text[0].value == "Hi Bo"


# -- page and environment ---------------------------------------------------------------------


def test_set_page_config_calls_add_up() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.set_page_config(page_title="Sales", page_icon="📈")
        st.set_page_config(layout="wide")
        st.text("body")
        """
    ).run()
    assert at.page_config.title == "Sales"
    assert at.page_config.icon == "📈"
    assert at.page_config.layout == PageConfig.WIDE
    assert not at.exception


def test_import_streamlit_works_and_the_runtime_exists_inside_a_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.runtime
        import dataapp
        st.text(f"same={st.write == dataapp.write} exists={streamlit.runtime.exists()}")
        """
    ).run()
    assert not at.exception
    assert at.text.values == ["same=True exists=True"]


def test_streamlit_runtime_submodules_can_be_imported_in_an_app() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        st.text(f"ctx={get_script_run_ctx() is not None}")
        """
    ).run()
    assert not at.exception
    assert at.text.values == ["ctx=True"]
