"""AppTest's own API: making apps, reading elements, acting on every widget, running, timeouts."""

from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path

import pytest

from dataapp.elements.layout.apptest import Column, Expander, Tab
from dataapp.runtime.streamlit_alias import (
    StreamlitAliasFinder,
    install_streamlit_alias,
    uninstall_streamlit_alias,
)
from dataapp.testing import AppTest, AppTestError

APPS = Path(__file__).parent / "apps"

# -- making an AppTest ------------------------------------------------------------------------


def test_from_file_reads_a_relative_path_from_the_test_files_folder() -> None:
    at = AppTest.from_file("apps/counter.py").run()
    assert at.title[0].value == "Counter"


def test_from_file_names_the_missing_file() -> None:
    with pytest.raises(FileNotFoundError, match=r"no_such_app\.py"):
        AppTest.from_file("apps/no_such_app.py")


def test_an_app_imports_the_modules_beside_it_during_runs_only(tmp_path: Path) -> None:
    (tmp_path / "helpers_for_apptest.py").write_text("GREETING = 'hello from a neighbour'\n")
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\nimport helpers_for_apptest\nst.text(helpers_for_apptest.GREETING)\n"
    )
    at = AppTest.from_file(app).run()
    assert at.text[0].value == "hello from a neighbour"
    assert str(tmp_path) not in sys.path


def test_from_function_runs_the_function_body_with_its_args() -> None:
    def app(greeting: str, *, times: int, data: list[int]) -> None:
        import streamlit as st

        for _ in range(times):
            st.text(f"{greeting} {sum(data)}")

    data = [1, 2, 3]
    at = AppTest.from_function(app, args=("hi",), kwargs={"times": 2, "data": data}).run()
    assert at.text.values == ["hi 6", "hi 6"]
    data.append(4)
    at.run()
    assert at.text.values == ["hi 10", "hi 10"]


def test_from_string_dedents_the_script() -> None:
    at = AppTest.from_string(
        """
            import streamlit as st
            st.header("indented")
        """
    ).run()
    assert at.header[0].value == "indented"


def test_a_run_returns_the_apptest_and_elements_run_the_whole_app() -> None:
    at = AppTest.from_file(APPS / "counter.py")
    assert at.run() is at
    assert at.button[0].click().run() is at
    assert at.markdown[0].value == "Count: 1"


def test_a_run_that_takes_too_long_times_out_and_the_next_run_starts_afresh() -> None:
    at = AppTest.from_string(
        """
        import time
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.text(f"run {st.session_state.runs}")
        if st.session_state.get("slow", True):
            while True:
                time.sleep(0.01)
                st.text("still working")  # an st call: where a stop request is honoured
        """,
        default_timeout=0.5,
    )
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.5\(s\)"):
        at.run()
    at.session_state.slow = False
    at.run(timeout=5)
    assert at.text.values == ["run 1"]


# -- session_state, query_params, secrets -----------------------------------------------------


def test_session_state_is_readable_and_writable_between_runs() -> None:
    at = AppTest.from_file(APPS / "counter.py")
    at.session_state["count"] = 41
    assert at.session_state.count == 41
    assert "count" in at.session_state
    at.run()
    at.button[0].click().run()
    assert at.session_state["count"] == 42
    assert at.session_state.to_dict() == {"count": 42}
    del at.session_state.count
    assert "count" not in at.session_state
    with pytest.raises(AttributeError, match="count"):
        at.session_state.count  # noqa: B018 - the attribute read is the test


def test_query_params_travel_with_every_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        from dataapp.runtime.context import get_run_context
        st.text(get_run_context().query_string)
        st.button("again")
        """
    )
    at.query_params["tab"] = "sales"
    at.query_params["id"] = ["1", "2"]
    at.run()
    assert at.text[0].value == "tab=sales&id=1&id=2"
    at.query_params["tab"] = "costs"
    at.button[0].click().run()
    assert at.text[0].value == "tab=costs&id=1&id=2"


def test_secrets_set_by_the_test_replace_the_secrets_files() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text(f"{st.secrets['db']['user']} {st.secrets.token}")
        """
    )
    at.secrets["token"] = "abc"
    at.secrets["db"] = {"user": "ada"}
    at.run()
    assert at.text[0].value == "ada abc"


def test_the_app_writes_query_params_back_to_the_test() -> None:
    at = AppTest.from_file("apps/query_tabs.py").run()
    assert at.header[0].value == "Showing overview"
    at.button[0].click().run()
    assert at.header[0].value == "Showing details"
    assert at.query_params == {"tab": "details"}


def test_switch_page_shows_a_page_of_the_pages_folder() -> None:
    at = AppTest.from_file("apps/multipage/home.py").run()
    assert at.title[0].value == "Home"
    at.switch_page("pages/1_📈_Sales.py").run()
    assert at.title[0].value == "Sales"
    at.switch_page("pages/2_Settings.py").run()
    at.toggle[0].set_value(True).run()
    # Widget runs stay on the page.
    assert at.title[0].value == "Settings"
    assert at.text[0].value == "dark=True"
    at.switch_page("home.py").run()
    assert at.title[0].value == "Home"


def test_st_switch_page_in_the_app_moves_the_test_to_that_page() -> None:
    at = AppTest.from_file("apps/multipage/home.py").run()
    at.button[0].click().run()
    assert at.title[0].value == "Settings"
    at.run()
    assert at.title[0].value == "Settings"


def test_switch_page_finds_a_page_of_st_navigation() -> None:
    at = AppTest.from_file("apps/navigation/app.py").run()
    assert at.title[0].value == "Start"
    at.switch_page("report.py").run()
    assert at.title[0].value == "Report"
    at.selectbox[0].select(2024).run()
    assert at.text[0].value == "report for 2024"
    at.switch_page("start.py").run()
    assert at.title[0].value == "Start"


def test_switch_page_names_a_missing_page() -> None:
    at = AppTest.from_file("apps/multipage/home.py").run()
    with pytest.raises(ValueError, match=r"pages/nothing\.py"):
        at.switch_page("pages/nothing.py")


def test_a_widget_inside_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1
        st.text(f"full runs {st.session_state.full}")
        outside = st.checkbox("Outside")

        @st.fragment
        def part():
            st.session_state.setdefault("part", 0)
            st.session_state.part += 1
            st.button("Inside")
            st.text(f"fragment runs {st.session_state.part}")

        part()
        """
    ).run()
    at.button[0].click().run()
    assert at.text.values == ["full runs 1", "fragment runs 2"]
    assert at.get("fragment")[0].fragment_id  # type: ignore[union-attr]
    at.checkbox[0].check().run()
    assert at.text.values == ["full runs 2", "fragment runs 3"]
    at.run()
    assert at.text.values == ["full runs 3", "fragment runs 4"]


# -- the streamlit alias and the interpreter --------------------------------------------------


def test_a_streamlit_module_of_the_test_process_is_back_in_place_after_a_run() -> None:
    real = types.ModuleType("streamlit")
    saved = sys.modules.get("streamlit")
    sys.modules["streamlit"] = real
    try:
        at = AppTest.from_string(
            "import streamlit as st\nst.text(st.session_state.__class__.__module__.split('.')[0])\n"
        ).run()
        assert at.text[0].value == "dataapp"
        assert sys.modules["streamlit"] is real
    finally:
        if saved is None:
            sys.modules.pop("streamlit", None)
        else:
            sys.modules["streamlit"] = saved


def test_an_alias_installed_before_stays_installed_and_does_not_let_a_module_shadow_it() -> None:
    was_installed = any(isinstance(f, StreamlitAliasFinder) for f in sys.meta_path)
    install_streamlit_alias()
    stray = types.ModuleType("streamlit")
    sys.modules["streamlit"] = stray
    try:
        at = AppTest.from_string(
            "import streamlit as st\nst.text(st.session_state.__class__.__module__.split('.')[0])\n"
        ).run()
        assert at.text[0].value == "dataapp"
        assert any(isinstance(f, StreamlitAliasFinder) for f in sys.meta_path)
        assert sys.modules["streamlit"] is stray
    finally:
        sys.modules.pop("streamlit", None)
        if not was_installed:
            uninstall_streamlit_alias()


def test_the_test_processes_main_module_is_restored_after_a_run() -> None:
    main = sys.modules["__main__"]
    AppTest.from_string("import streamlit as st\nst.text('x')\n").run()
    assert sys.modules["__main__"] is main


# -- reading elements -------------------------------------------------------------------------


def test_text_elements_have_streamlits_names_and_values() -> None:
    at = AppTest.from_file(APPS / "gallery.py").run()
    assert at.title[0].value == "Gallery"
    assert at.title[0].tag == "h1"
    assert at.header[0].value == "Header"
    assert at.subheader[0].value == "Subheader"
    assert at.markdown[0].value == "Some **markdown**"
    assert at.caption[0].value == "A caption"
    assert at.text[0].value == "Fixed width"
    assert at.code[0].value == "print('hi')"
    assert at.code[0].language == "python"
    assert at.json[0].value == '{"a": [1, 2]}'
    assert at.latex[0].value == r"e^{i\pi} + 1 = 0"
    assert len(at.divider) == 1
    assert at.metric[0].label == "Sales"
    assert at.metric[0].value == "120"
    assert at.metric[0].delta == "-5%"
    assert at.metric[0].color == "red"
    assert at.success[0].value == "Done" and at.success[0].icon == "✅"
    assert at.info.values == ["Note"]
    assert at.warning.values == ["Careful"]
    assert at.error.values == ["Broken"]
    assert at.toast[0].value == "Saved"
    assert at.progress[0].value == 40
    assert at.exception[0].message == "shown on purpose"
    assert at.get("text")[0].value == "Fixed width"  # type: ignore[union-attr]


def test_blocks_scope_the_same_queries_to_what_they_hold() -> None:
    at = AppTest.from_file(APPS / "layout.py").run()
    assert at.sidebar.button[0].label == "In the sidebar"
    assert [b.label for b in at.main.button] == ["Left", "Right", "In tab B", "Inside"]
    assert len(at.columns) == 2
    assert isinstance(at.columns[0], Column)
    assert [c.weight for c in at.columns] == [2.0, 1.0]
    assert at.columns[0].gap == "large"
    assert at.columns[1].button[0].label == "Right"
    assert [t.label for t in at.tabs] == ["A", "B"]
    assert isinstance(at.tabs[1], Tab)
    assert at.tabs[0].text.values == ["in tab A"]
    assert at.tabs[1].button[0].label == "In tab B"
    assert isinstance(at.expander[0], Expander)
    assert at.expander[0].label == "More"
    assert at.expander[0].button[0].label == "Inside"
    assert at.container(key="box").text.values == ["boxed"]
    assert at.get("columns") == list(at.columns)
    assert at.main.text.values == ["in tab A", "boxed"]


def test_get_by_key_finds_one_element_or_block() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    assert at.get_by_key("size").value == "M"
    with pytest.raises(KeyError):
        at.get_by_key("nothing")
    layout = AppTest.from_file(APPS / "layout.py").run()
    assert layout.get_by_key("box").type == "container"


def test_clicking_a_button_in_a_column_reruns_the_whole_app() -> None:
    at = AppTest.from_file(APPS / "layout.py").run()
    at.columns[1].button[0].click().run()
    assert at.main.markdown[0].value == "clicked Right"


def test_repr_shows_the_tree() -> None:
    at = AppTest.from_file(APPS / "counter.py").run()
    text = repr(at)
    assert "Title(" in text and "value='Counter'" in text and "Button(" in text
    assert repr(at.button).startswith("WidgetList(")


# -- widgets: values and actions --------------------------------------------------------------


def test_widgets_have_labels_keys_help_and_disabled() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    box = at.checkbox(key="agree")
    assert box.label == "Agree" and box.help == "Say yes" and box.key == "agree"
    assert not box.disabled
    assert at.text_input(key="locked").disabled
    with pytest.raises(AppTestError, match="disabled"):
        at.text_input(key="locked").input("x")


def test_checkbox_and_toggle() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    assert at.checkbox[0].value is False
    at.checkbox[0].check().run()
    assert at.checkbox[0].value is True
    assert at.toggle[0].value is True
    at.toggle[0].set_value(False).run()
    assert at.toggle[0].value is False
    assert at.session_state.agree is True


def test_radio_and_selectbox_return_the_option_objects() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    radio = at.radio(key="size")
    assert radio.options == ["S", "M", "L"]
    assert radio.value == "M" and radio.index == 1
    radio.set_value("L").run()
    assert at.radio(key="size").value == "L"
    box = at.selectbox(key="city")
    assert box.options == ["City of Paris", "City of Rome"]
    assert box.value == {"name": "Paris"}
    box.select({"name": "Rome"}).run()
    assert at.selectbox(key="city").value == {"name": "Rome"}
    assert at.selectbox(key="city").index == 1
    # The label as shown works too, as in Streamlit.
    at.selectbox(key="city").select("City of Paris").run()
    assert at.selectbox(key="city").value == {"name": "Paris"}
    at.selectbox(key="city").select_index(1).run()
    assert at.selectbox(key="city").value == {"name": "Rome"}
    with pytest.raises(ValueError, match="not an option"):
        at.selectbox(key="city").select("Berlin")


def test_a_selectbox_without_a_selection_is_none() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    empty = at.selectbox(key="none_yet")
    assert empty.value is None and empty.index is None
    empty.select(3).run()
    assert at.selectbox(key="none_yet").value == 3
    at.selectbox(key="none_yet").set_value(None).run()
    assert at.selectbox(key="none_yet").value is None


def test_multiselect_select_and_unselect() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    tags = at.multiselect(key="tags")
    assert tags.value == ["red"]
    tags.select("blue").select("green").unselect("red").run()
    tags = at.multiselect(key="tags")
    assert tags.value == ["blue", "green"]
    assert tags.indices == [2, 1]
    assert tags.values == ["BLUE", "GREEN"]


def test_slider_values_have_the_scripts_types() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    assert at.slider(key="int").value == 5
    assert isinstance(at.slider(key="int").value, int)
    assert at.slider(key="int").min == 0 and at.slider(key="int").max == 10
    at.slider(key="int").set_value(8).run()
    assert at.session_state.int == 8
    at.slider(key="float").set_range(0.25, 0.75).run()
    assert at.slider(key="float").value == (0.25, 0.75)
    day = at.slider(key="day")
    assert day.value == dt.date(2024, 1, 10)
    assert day.min == dt.date(2024, 1, 1) and day.step == dt.timedelta(days=1)
    day.set_value(dt.date(2024, 1, 20)).run()
    assert at.slider(key="day").value == dt.date(2024, 1, 20)
    at.slider(key="moment").set_value(dt.datetime(2024, 5, 1, 12, 30)).run()
    assert at.slider(key="moment").value == dt.datetime(2024, 5, 1, 12, 30)
    at.slider(key="clock").set_range(dt.time(8, 15), dt.time(17, 45)).run()
    assert at.slider(key="clock").value == (dt.time(8, 15), dt.time(17, 45))


def test_select_slider_values_and_ranges() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    assert at.select_slider(key="level").value == "mid"
    at.select_slider(key="level").set_value("high").run()
    assert at.select_slider(key="level").value == "high"
    assert at.select_slider(key="span").value == (1, 3)
    at.select_slider(key="span").set_range(2, 5).run()
    assert at.select_slider(key="span").value == (2, 5)


def test_number_input_increment_decrement_and_bounds() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    count = at.number_input(key="count")
    assert count.value == 9 and isinstance(count.value, int)
    count.increment().run()
    assert at.number_input(key="count").value == 10
    at.number_input(key="count").increment().run()
    assert at.number_input(key="count").value == 10  # max_value
    at.number_input(key="count").decrement().run()
    assert at.number_input(key="count").value == 9
    price = at.number_input(key="price")
    assert price.value is None
    price.set_value(2.5).run()
    assert at.number_input(key="price").value == 2.5
    price = at.number_input(key="price")
    price.increment().run()
    assert at.number_input(key="price").value == pytest.approx(2.6)


def test_text_input_and_text_area() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    at.text_input(key="name").input("Ada").run()
    assert at.text_input(key="name").value == "Ada"
    # Longer than max_chars: the browser would not accept it.
    at.text_input(key="name").input("Ada Lovelace").run()
    assert at.text_input(key="name").value == "Ada"
    at.text_area(key="notes").input("line 1\nline 2").run()
    assert at.text_area(key="notes").value == "line 1\nline 2"
    at.text_input(key="name").set_value(None).run()
    assert at.text_input(key="name").value is None


def test_date_time_and_colour_inputs() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    assert at.date_input(key="when").value == dt.date(2024, 3, 1)
    at.date_input(key="when").set_value(dt.date(2024, 3, 15)).run()
    assert at.date_input(key="when").value == dt.date(2024, 3, 15)
    at.date_input(key="trip").set_value((dt.date(2024, 6, 1), dt.date(2024, 6, 9))).run()
    assert at.date_input(key="trip").value == (dt.date(2024, 6, 1), dt.date(2024, 6, 9))
    assert at.date_input(key="trip").is_range
    alarm = at.time_input(key="alarm")
    assert alarm.value == dt.time(7, 30)
    alarm.increment().run()
    assert at.time_input(key="alarm").value == dt.time(7, 45)
    at.time_input(key="alarm").decrement().decrement().run()
    assert at.time_input(key="alarm").value == dt.time(7, 15)
    at.color_picker(key="colour").pick("00ff00").run()
    assert at.color_picker(key="colour").value == "#00ff00"


def test_a_value_set_on_a_widget_is_its_value_until_the_run() -> None:
    at = AppTest.from_file(APPS / "widgets.py").run()
    slider = at.slider(key="int")
    slider.set_value(2)
    assert slider.value == 2
    assert at.session_state.int == 5
    slider.run()
    assert at.session_state.int == 2


def test_only_the_clicked_button_is_sent_as_pressed() -> None:
    at = AppTest.from_file(APPS / "layout.py").run()
    at.columns[0].button[0].click()
    states = at._tree.get_widget_states()
    pressed = [s.id for s in states.widgets if s.trigger_value]
    assert pressed == [at.columns[0].button[0].id]
    assert len(states.widgets) == len(at.button)
