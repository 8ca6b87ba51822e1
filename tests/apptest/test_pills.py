"""st.pills and st.segmented_control through AppTest.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv) and gives the same values
there: the views are `at.button_group`, `at.pills` and `at.segmented_control`, as in Streamlit.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

APP = """
import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []

def changed():
    st.session_state.log.append(st.session_state.size)

size = st.pills("Size", ["S", "M", "L"], key="size", on_change=changed)
tags = st.pills("Tags", ["a", "b", "c"], selection_mode="multi", default=["b"], help="Pick some")
view = st.segmented_control("View", ["Map", "List"], default="List", format_func=str.upper)
few = st.segmented_control("Few", [1, 2, 3], selection_mode="multi")
off = st.pills("Off", ["x", "y"], default="y", disabled=True)
st.write(repr((size, tags, view, few, off)))
"""


def shown(at: AppTest) -> str:
    return str(at.markdown[0].value)


def test_defaults_options_and_lists_read_as_in_streamlit() -> None:
    at = AppTest.from_string(APP).run()
    assert not at.exception
    assert shown(at) == "(None, ['b'], 'List', [], 'y')"
    assert [len(at.button_group), len(at.pills), len(at.segmented_control)] == [5, 3, 2]
    assert [b.options for b in at.button_group] == [
        ["S", "M", "L"],
        ["a", "b", "c"],
        ["MAP", "LIST"],
        ["1", "2", "3"],
        ["x", "y"],
    ]
    assert [b.value for b in at.button_group] == [None, ["b"], "List", [], "y"]
    assert [list(b.indices) for b in at.button_group] == [[], [1], [1], [], [1]]
    assert at.pills[1].help == "Pick some"
    assert [b.disabled for b in at.button_group] == [False, False, False, False, True]


def test_choosing_runs_the_callback_and_keeps_the_value_by_key() -> None:
    at = AppTest.from_string(APP).run()
    at.pills[0].set_value("M").run()
    assert shown(at) == "('M', ['b'], 'List', [], 'y')"
    assert at.session_state.size == "M"
    assert list(at.session_state.log) == ["M"]
    at.pills("size").unselect("M").run()
    assert shown(at) == "(None, ['b'], 'List', [], 'y')"
    assert list(at.session_state.log) == ["M", None]


def test_select_and_unselect_in_both_modes() -> None:
    at = AppTest.from_string(APP).run()
    at.pills[1].select("c").unselect("b").run()
    assert shown(at) == "(None, ['c'], 'List', [], 'y')"
    at.segmented_control[0].set_value(None).run()
    assert shown(at) == "(None, ['c'], None, [], 'y')"
    at.segmented_control[1].select(2).select(3).run()
    assert shown(at) == "(None, ['c'], None, [2, 3], 'y')"


def test_session_state_sets_the_choice() -> None:
    at = AppTest.from_string(APP).run()
    at.session_state.size = "L"
    at.run()
    assert shown(at) == "('L', ['b'], 'List', [], 'y')"
    assert at.pills[0].value == "L"


def test_inside_a_form_the_choice_waits_for_submit() -> None:
    at = AppTest.from_string(
        """
import streamlit as st
with st.form("f"):
    choice = st.segmented_control("In form", ["p", "q"], default="p")
    st.form_submit_button("Go")
st.write(repr(choice))
"""
    ).run()
    assert not at.exception
    assert shown(at) == "'p'"
    assert at.segmented_control[0].form_id


@pytest.mark.parametrize(
    "call",
    [
        'st.pills("P", ["a", "b"], default="z")',
        'st.pills("P", ["a", "b"], default=["a", "b"])',
        'st.segmented_control("S", ["a"], selection_mode="many")',
    ],
)
def test_arguments_streamlit_refuses_are_refused(call: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert len(at.exception) == 1
