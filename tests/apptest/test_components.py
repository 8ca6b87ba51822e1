"""Custom components through AppTest: what a v1 component's call sends and returns, its
callback and key, argument rules, DataFrames both ways; a v2 component's state, events,
defaults and callbacks."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dataapp.elements.components.arrow import arrow_table_to_frame, frame_to_arrow_table
from dataapp.errors import APIError
from dataapp.testing import AppTest

V1_APP = """
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

comp = components.declare_component("comp", path={folder!r})
st.session_state.setdefault("changes", 0)

def changed():
    st.session_state.changes += 1

value = comp(label="x", table=pd.DataFrame({{"a": [1, 2]}}), blob=b"ab", key="c",
             default="none", on_change=changed)
st.text(f"value={{value!r}} state={{st.session_state.get('c')!r}} changes={{st.session_state.changes}}")
"""


def _v1(tmp_path: Path) -> AppTest:
    folder = tmp_path / "comp"
    folder.mkdir()
    (folder / "index.html").write_text("<html></html>")
    script = tmp_path / "app.py"
    script.write_text(V1_APP.format(folder=str(folder)))
    return AppTest.from_file(str(script)).run()


def test_a_v1_call_sends_its_arguments_and_returns_its_default(tmp_path: Path) -> None:
    at = _v1(tmp_path)
    assert not at.exception
    (component,) = at.get("custom_component")
    assert component.name == "app.comp"
    # As in Streamlit, key and default go to the page with the JSON arguments.
    assert component.args == {"label": "x", "key": "c", "default": "none"}
    specials = {arg.key: arg.WhichOneof("value") for arg in component.proto.special_args}
    assert specials == {"table": "arrow_table", "blob": "bytes"}
    assert at.text[0].value == "value='none' state=None changes=0"


def test_the_pages_value_reaches_the_script_its_key_and_its_callback(tmp_path: Path) -> None:
    at = _v1(tmp_path)
    at.get("custom_component")[0].set_value({"picked": 2}).run()
    assert at.text[0].value == "value={'picked': 2} state={'picked': 2} changes=1"
    at.get("custom_component")[0].set_value(b"\x01").run()
    assert at.text[0].value == "value=b'\\x01' state=b'\\x01' changes=2"
    at.run()
    assert at.text[0].value == "value=b'\\x01' state=b'\\x01' changes=2"


def test_a_dataframe_value_comes_back_as_a_dataframe(tmp_path: Path) -> None:
    at = _v1(tmp_path)
    at.get("custom_component")[0].set_value(pd.DataFrame({"n": [5, 6]})).run()
    assert "value=" in at.text[0].value and "n" in at.text[0].value and "5" in at.text[0].value


def test_arrow_tables_round_trip_with_plain_strings() -> None:
    frame = pd.DataFrame({"name": ["a", "b"], "n": [1, 2]}, index=[10, 20])
    table = frame_to_arrow_table(frame)
    import pyarrow as pa

    schema = pa.ipc.open_stream(table.data).schema
    # Old apache-arrow builds inside published components cannot read large_string.
    assert schema.field("name").type == pa.string()
    back = arrow_table_to_frame(table)
    assert back.values.tolist() == [["a", 1], ["b", 2]]
    # As Streamlit rebuilds it: the index from its own table (one level per column).
    assert list(back.index.get_level_values(0)) == [10, 20]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("comp('positional')", "Argument 'positional' needs a label"),
        ("comp(tab_index=-2)", "tab_index must be None, -1 or a non-negative integer"),
        ("comp(when=object())", "Could not convert component args to JSON"),
        (
            "components.declare_component('both', path='.', url='http://x')",
            "give either path=",
        ),
    ],
)
def test_wrong_calls_say_what_is_wrong(tmp_path: Path, call: str, message: str) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit.components.v1 as components\n"
        f"comp = components.declare_component('comp', path={str(tmp_path)!r})\n{call}\n"
    )
    at = AppTest.from_file(str(script)).run()
    assert at.exception and message in at.exception[0].value


def test_components_html_and_iframe_are_frames(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\nimport streamlit.components.v1 as components\n"
        "components.html('<b>x</b>', height=80)\ncomponents.iframe('https://example.com')\n"
        "st.iframe('<p>y</p>', height='content', alt='A page')\n"
    )
    at = AppTest.from_file(str(script)).run()
    html, url, page = at.get("iframe")
    assert html.src.startswith(("/_dataapp/media/", "data:text/html"))
    assert html.proto.height == 80 and url.proto.height == 150
    assert url.src == "https://example.com"
    assert page.proto.title == "A page"


V2_APP = """
import streamlit as st

comp = st.components.v2.component("counter", html="<b></b>", js="export default function () {}")
st.session_state.setdefault("log", [])
result = comp(key="counter", data={"n": 1}, default={"count": 0},
              on_count_change=lambda: st.session_state.log.append("count"),
              on_sent_change=lambda: st.session_state.log.append("sent"))
st.text(f"count={result.count} sent={result.sent} log={st.session_state.log}")
"""


def test_a_v2_components_state_defaults_and_callbacks(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(V2_APP)
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    (mount,) = at.get("bidi_component")
    assert mount.proto.js_url.startswith("/_dataapp/component/counter/__inline__/")
    assert mount.proto.json == '{"n": 1}'
    assert at.text[0].value == "count=0 sent=None log=[]"
    mount.set_value({"count": 3}).run()
    assert at.text[0].value == "count=3 sent=None log=['count']"
    # The same state again is no change: no callback.
    at.get("bidi_component")[0].set_value({"count": 3}).run()
    assert at.text[0].value == "count=3 sent=None log=['count']"


def test_v2_defaults_need_callbacks(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "c = st.components.v2.component('c', html='<i></i>')\nc(default={'value': 1})\n"
    )
    at = AppTest.from_file(str(script)).run()
    assert at.exception and "default keys ['value']" in at.exception[0].value


def test_v2_file_backed_js_needs_a_packaged_asset_dir(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\nst.components.v2.component('pkg.c', js='index-*.js')\n"
    )
    at = AppTest.from_file(str(script)).run()
    assert at.exception and "asset_dir" in at.exception[0].value


def test_api_errors_are_api_errors() -> None:
    from dataapp.elements.components.custom_component import MarshallComponentException

    assert issubclass(MarshallComponentException, APIError)
