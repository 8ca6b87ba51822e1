"""Data elements through AppTest: values, selection, the editor, add_rows, kept frames."""

from __future__ import annotations

import pandas as pd
import pytest

from dataapp.errors import APIError
from dataapp.proto.data_pb2 import DataFrame
from dataapp.testing import AppTest


def test_dataframe_value_is_the_frame_shown() -> None:
    def app() -> None:
        import pandas as pd

        import dataapp as st

        st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))
        st.table({"k": [1]})
        st.write(pd.Series([1.5, 2.5], name="s"))

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert len(at.dataframe) == 2
    assert list(at.dataframe[0].value["b"]) == ["x", "y"]
    assert list(at.dataframe[1].value.columns) == ["s"]
    assert at.table[0].value.equals(pd.DataFrame({"k": [1]}))


def test_selection_comes_back_to_the_script_and_session_state() -> None:
    def app() -> None:
        import pandas as pd

        import dataapp as st

        def picked() -> None:
            st.session_state.calls = st.session_state.get("calls", 0) + 1

        frame = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
        event = st.dataframe(
            frame,
            key="grid",
            on_select=picked,
            selection_mode=["multi-row", "single-column"],
        )
        st.text(f"rows={event.selection.rows} columns={event['selection']['columns']}")

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "rows=[] columns=[]"
    at.dataframe[0].select_rows([2, 0]).run()
    assert at.text[0].value == "rows=[0, 2] columns=[]"
    at.dataframe[0].select_columns(["b"]).run()
    assert at.text[0].value == "rows=[0, 2] columns=['b']"
    assert at.session_state["grid"]["selection"]["rows"] == [0, 2]
    assert at.session_state["calls"] == 2


def test_a_dataframe_without_on_select_returns_its_handle() -> None:
    def app() -> None:
        import dataapp as st

        handle = st.dataframe({"n": [1, 2]})
        handle.add_rows({"n": [3]})
        handle.add_rows({"n": [4, 5]})

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert list(at.dataframe[0].value["n"]) == [1, 2, 3, 4, 5]
    assert list(at.dataframe[0].value.index) == [0, 1, 2, 3, 4]
    assert at.dataframe[0].row_count == 5


def test_add_rows_needs_a_data_element_handle() -> None:
    def app() -> None:
        import dataapp as st

        st.text("x").add_rows({"n": [1]})

    at = AppTest.from_function(app).run()
    assert "add_rows" in at.exception[0].message


def test_bad_arguments_say_what_to_do() -> None:
    import dataapp as st

    with pytest.raises(APIError, match="selection_mode"):
        from dataapp.elements.data.api import _selection_modes

        _selection_modes(["single-row", "multi-row"])
    assert st.column_config.NumberColumn("N", format="%d")["type_config"] == {
        "type": "number",
        "format": "%d",
        "min_value": None,
        "max_value": None,
        "step": None,
    }


def test_editor_edits_persist_across_reruns_and_return_the_same_type() -> None:
    def app() -> None:
        import dataapp as st

        rows = [{"name": "a", "n": 1}, {"name": "b", "n": 2}]
        edited = st.data_editor(rows, key="ed", num_rows="dynamic")
        st.text(repr(edited))

    at = AppTest.from_function(app).run()
    assert at.text[0].value == "[{'name': 'a', 'n': 1}, {'name': 'b', 'n': 2}]"
    at.data_editor[0].edit_cell(1, "n", 20).run()
    assert at.text[0].value == "[{'name': 'a', 'n': 1}, {'name': 'b', 'n': 20}]"
    at.run()
    assert at.text[0].value == "[{'name': 'a', 'n': 1}, {'name': 'b', 'n': 20}]"
    at.data_editor[0].add_row({"name": "c", "n": 3}).delete_rows([0]).run()
    assert at.text[0].value == "[{'name': 'b', 'n': 20}, {'name': 'c', 'n': 3}]"
    value = at.data_editor[0].value
    assert isinstance(value, pd.DataFrame)
    assert list(value["name"]) == ["b", "c"]
    assert at.session_state["ed"] == {
        "edited_rows": {1: {"n": 20}},
        "added_rows": [{"name": "c", "n": 3}],
        "deleted_rows": [0],
    }


def test_editor_options_reach_the_element() -> None:
    def app() -> None:
        import pandas as pd

        import dataapp as st

        frame = pd.DataFrame({"a": [1], "b": [2]})
        st.data_editor(
            frame,
            disabled=["a"],
            num_rows="fixed",
            column_config={"b": st.column_config.NumberColumn(min_value=0, max_value=9)},
        )

    at = AppTest.from_function(app).run()
    editor = at.data_editor[0]
    columns = {c.key: c for c in editor.proto.columns}
    assert columns["a"].config.disabled
    assert columns["b"].config.max_value == 9
    assert not editor.proto.can_add_rows


def test_an_editor_without_key_starts_afresh_when_its_data_changes() -> None:
    def app() -> None:
        import dataapp as st

        size = st.number_input("size", value=2)
        edited = st.data_editor({"n": list(range(int(size)))})
        st.text(str(list(edited["n"])))

    at = AppTest.from_function(app).run()
    at.data_editor[0].edit_cell(0, "n", 9).run()
    assert at.text[0].value == "[9, 1]"
    at.number_input[0].set_value(3).run()
    assert at.text[0].value == "[0, 1, 2]"


def test_frames_of_elements_that_are_gone_are_let_go() -> None:
    def app() -> None:
        import dataapp as st

        if st.checkbox("show"):
            st.dataframe({"a": [1, 2, 3]})
        st.dataframe({"b": [1]})

    at = AppTest.from_function(app).run()
    session = at._session
    assert session is not None
    assert len(session.data_sources) == 1
    at.checkbox[0].check().run()
    assert len(session.data_sources) == 2
    at.checkbox[0].uncheck().run()
    assert len(session.data_sources) == 1


def test_a_fragment_run_keeps_frames_outside_the_fragment() -> None:
    def app() -> None:
        import dataapp as st

        st.dataframe({"outside": [1]})

        @st.fragment
        def part() -> None:
            st.button("again")
            st.dataframe({"inside": [1]})

        part()

    at = AppTest.from_function(app).run()
    session = at._session
    assert session is not None
    assert len(session.data_sources) == 2
    at.button[0].click().run()
    assert len(session.data_sources) == 2
    assert list(at.dataframe[0].value.columns) == ["outside"]


def test_a_rerun_with_a_recreated_frame_sends_no_data() -> None:
    def app() -> None:
        import numpy as np
        import pandas as pd

        import dataapp as st

        rows = 200_000
        frame = pd.DataFrame({"id": np.arange(rows), "v": np.random.default_rng(0).random(rows)})
        st.dataframe(frame)

    at = AppTest.from_function(app).run()
    assert at._client is not None
    sent: list[int] = []
    take = at._client.take

    def measured() -> list:
        messages = take()
        sent.extend(m.ByteSize() for m in messages)
        return messages

    at._client.take = measured  # type: ignore[method-assign]
    at.run()
    assert 0 < sum(sent) < 100, sent


def test_the_element_carries_only_the_first_rows() -> None:
    def app() -> None:
        import numpy as np
        import pandas as pd

        import dataapp as st

        st.dataframe(pd.DataFrame({"n": np.arange(1_000_000)}), height=300, hide_index=True)

    at = AppTest.from_function(app).run()
    proto: DataFrame = at.dataframe[0].proto
    assert proto.row_count == 1_000_000
    assert proto.height == 300
    assert proto.ByteSize() < 1_000
