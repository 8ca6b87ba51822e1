"""Fragments rerun alone; multipage apps run the page the page asked for."""

from __future__ import annotations

from pathlib import Path

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from tests.support.recording import RecordedApp, elements, finished, start_app

FRAGMENT_APP = """
import dataapp as st
st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.text(f"full runs: {st.session_state.full_runs}")

@st.fragment
def counter():
    st.session_state.clicks = st.session_state.get("clicks", 0)
    if st.button("add", key="add"):
        st.session_state.clicks += 1
    st.text(f"clicks: {st.session_state.clicks}")

counter()
st.text("after the fragment")
"""


def _button_press(messages: list[ForwardMsg], key: str, fragment_id: str = "") -> BackMsg:
    back = BackMsg()
    back.rerun.fragment_id = fragment_id
    for button in elements(messages, "button"):
        if button.info.key == key:  # type: ignore[attr-defined]
            state = back.rerun.widget_states.widgets.add()
            state.id = button.info.id  # type: ignore[attr-defined]
            state.trigger_value = True
    return back


def _fragment_id(messages: list[ForwardMsg]) -> str:
    for msg in messages:
        if (
            msg.WhichOneof("type") == "delta"
            and msg.delta.add_block.WhichOneof("type") == "fragment"
        ):
            return msg.delta.add_block.fragment.fragment_id
    raise AssertionError("no fragment block")


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [t.body for t in elements(messages, "text")]  # type: ignore[attr-defined]


def test_a_fragment_button_reruns_only_the_fragment(tmp_path: Path) -> None:
    app: RecordedApp = start_app(tmp_path, FRAGMENT_APP)
    first = app.wait()
    assert _texts(first) == ["full runs: 1", "clicks: 0", "after the fragment"]
    fragment_id = _fragment_id(first)
    app.rerun(_button_press(first, "add", fragment_id))
    second = app.wait()
    # Only the fragment's text changed, and the code outside the fragment did not run.
    assert _texts(second) == ["clicks: 1"]
    (done,) = finished(second)
    assert done.script_finished.fragment_id == fragment_id
    assert list(done.script_finished.stale_scope) == [0, 1]
    assert all(
        m.delta.fragment_id == fragment_id for m in second if m.WhichOneof("type") == "delta"
    )
    app.rerun()
    assert _texts(app.wait()) == ["full runs: 2"]


def test_rerun_scope_fragment_reruns_the_enclosing_fragment(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.session_state.outer = st.session_state.get("outer", 0) + 1
        @st.fragment
        def inner():
            st.session_state.inner = st.session_state.get("inner", 0) + 1
            if st.session_state.inner < 3:
                st.rerun(scope="fragment")
            st.text(f"inner {st.session_state.inner} outer {st.session_state.outer}")
        inner()
        """,
    )
    assert _texts(app.wait())[-1] == "inner 3 outer 1"


def test_widgets_outside_a_fragment_keep_their_state_on_a_fragment_run(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        name = st.text_input("name", "x", key="name")
        @st.fragment
        def part():
            st.button("go", key="go")
        part()
        st.text(name)
        """,
    )
    first = app.wait()
    app.session.session_state["name"] = "changed"
    app.rerun(_button_press(first, "go", _fragment_id(first)))
    app.wait()
    assert app.session.session_state["name"] == "changed"


def test_pages_folder_runs_the_chosen_page_and_lists_them(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "02_Second.py").write_text("import dataapp as st\nst.text('second page')\n")
    (pages / "01_📈_First_page.py").write_text(
        "import dataapp as st\nst.session_state.seen = 'first'\nst.text('first page')\n"
    )
    app = start_app(
        tmp_path, "import dataapp as st\nst.text('home ' + st.session_state.get('seen', '-'))\n"
    )
    first = app.wait()
    (navigation,) = [m.navigation for m in first if m.WhichOneof("type") == "navigation"]
    assert [(p.title, p.icon, p.url_path) for p in navigation.pages] == [
        ("app", "", ""),
        ("First page", "📈", "First_page"),
        ("Second", "", "Second"),
    ]
    assert _texts(first) == ["home -"]
    go = BackMsg()
    go.rerun.page_name = "First_page"
    app.rerun(go)
    assert _texts(app.wait()) == ["first page"]
    home = BackMsg()
    home.rerun.page_name = ""
    app.rerun(home)
    assert _texts(app.wait()) == ["home first"]


def test_st_navigation_runs_the_entrypoint_and_the_chosen_page(tmp_path: Path) -> None:
    (tmp_path / "other.py").write_text("import dataapp as st\nst.text('other page')\n")
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        def home():
            st.text("home page")
            if st.button("go", key="go"):
                st.switch_page("other.py")
        page = st.navigation({"Main": [st.Page(home, title="Home", icon="🏠")], "More": [st.Page("other.py")]})
        st.sidebar.text("shared sidebar")
        page.run()
        """,
    )
    first = app.wait()
    (navigation,) = [m.navigation for m in first if m.WhichOneof("type") == "navigation"]
    assert [(p.section, p.title, p.url_path, p.is_default) for p in navigation.pages] == [
        ("Main", "Home", "", True),
        ("More", "other", "other", False),
    ]
    assert _texts(first) == ["shared sidebar", "home page"]
    app.rerun(_button_press(first, "go"))
    after = app.wait()
    assert "other page" in _texts(after)
    navs = [m.navigation.current_page for m in after if m.WhichOneof("type") == "navigation"]
    assert navs[-1] == "other"
