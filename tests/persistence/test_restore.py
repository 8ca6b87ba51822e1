"""What a user entered in one launch is there at the first run of the next."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.runtime import Runtime
from tests.support.recording import RecordingClient, elements, launch_persisted

APP = """
import dataapp as st
if "visits" not in st.session_state:
    st.session_state.visits = 0
st.session_state.visits += 1
had_scratch = "_scratch" in st.session_state
st.session_state._scratch = "not kept"
def changed():
    st.session_state.callbacks = st.session_state.get("callbacks", 0) + 1
level = st.slider("level", 0, 10, 2, key="level", on_change=changed)
plain = st.checkbox("plain")
city = st.selectbox("city", ["Lima", "Osaka"], key="city")
st.text(f"visits={st.session_state.visits} level={level} plain={plain} city={city} "
        f"callbacks={st.session_state.get('callbacks', 0)} scratch={had_scratch}")
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(folder))
    yield folder


def _texts(messages: list[ForwardMsg]) -> list[str]:
    return [e.body for e in elements(messages, "text")]  # type: ignore[attr-defined]


def _set_widgets(
    runtime: Runtime, client: RecordingClient, slider: float, checkbox: bool, city: int
) -> None:
    (session,) = runtime.sessions
    first = client.messages
    back = BackMsg()
    for element in elements(first):
        info = getattr(element, "info", None)
        if info is None:
            continue
        state = back.rerun.widget_states.widgets.add()
        state.id = info.id
        if info.label == "level":
            state.double_array_value.data.append(slider)
        elif info.label == "plain":
            state.bool_value = checkbox
        elif info.label == "city":
            state.int_value = city
    client.take()
    session.handle_back_msg(back)
    assert session.join(10)


def test_values_entered_in_one_launch_are_there_at_the_next_first_run(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(APP))
    runtime, _, client = launch_persisted(app)
    _set_widgets(runtime, client, slider=7, checkbox=True, city=1)
    assert (
        _texts(client.take())[-1]
        == "visits=2 level=7 plain=True city=Osaka callbacks=1 scratch=True"
    )
    runtime.stop()

    runtime, _, client = launch_persisted(app)
    messages = client.take()
    # Restored at the first paint, and the slider's callback did not fire again.
    assert (
        _texts(messages)[-1] == "visits=3 level=7 plain=True city=Osaka callbacks=1 scratch=False"
    )
    (slider,) = elements(messages, "slider")
    assert list(slider.value) == [7] and slider.info.set_value  # type: ignore[attr-defined]
    runtime.stop()


def test_a_value_that_cannot_be_kept_is_skipped_with_a_warning(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import threading\nimport dataapp as st\n"
        "st.session_state.lock = threading.Lock()\nst.session_state.name = 'kept'\nst.text('ok')\n"
    )
    runtime, _, client = launch_persisted(app)
    runtime.stop()
    notices = [m.notice.text for m in client.take() if m.WhichOneof("type") == "notice"]
    assert len(notices) == 1 and "'lock'" in notices[0] and "lock" in notices[0].lower()

    app.write_text(
        "import dataapp as st\nst.text(f\"{st.session_state.get('name')} {'lock' in st.session_state}\")\n"
    )
    runtime, _, client = launch_persisted(app)
    assert _texts(client.take()) == ["kept False"]
    runtime.stop()


def test_persist_false_and_excluded_keys_are_not_kept(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import dataapp as st\n"
        "st.session_state.secret = 's'\nst.session_state.persist('secret', False)\n"
        "st.session_state._private = 'p'\nst.session_state._wanted = 'w'\n"
        "st.session_state.persist('_wanted', True)\nst.session_state.public = 'x'\n"
    )
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    app.write_text("import dataapp as st\nst.text(','.join(sorted(st.session_state.keys())))\n")
    runtime, _, client = launch_persisted(app)
    assert _texts(client.take()) == ["_wanted,public"]
    runtime.stop()


def test_two_apps_do_not_see_each_others_state(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "app.py", tmp_path / "b" / "app.py"
    first.write_text("import dataapp as st\nst.session_state.owner = 'a'\n")
    second.write_text("import dataapp as st\nst.text(str(st.session_state.get('owner')))\n")
    runtime, _, _ = launch_persisted(first)
    runtime.stop()
    runtime, _, client = launch_persisted(second)
    assert _texts(client.take()) == ["None"]
    runtime.stop()


def test_a_corrupt_store_starts_fresh_with_a_visible_notice(tmp_path: Path, data_dir: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.session_state.x = 1\nst.text('ran')\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    (store,) = data_dir.glob("apps/*/session.sqlite3")
    store.write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    runtime, _, client = launch_persisted(app)
    messages = client.take()
    notices = [m.notice for m in messages if m.WhichOneof("type") == "notice"]
    assert notices and "moved aside" in notices[0].text
    assert _texts(messages) == ["ran"]
    runtime.stop()


def test_reset_saved_state_forgets_everything(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import dataapp as st\n"
        "st.session_state.count = st.session_state.get('count', 0) + 1\n"
        "st.text(str(st.session_state.count))\n"
    )
    runtime, _, client = launch_persisted(app)
    (session,) = runtime.sessions
    again = BackMsg()
    again.rerun.SetInParent()
    session.handle_back_msg(again)
    assert session.join(10)
    assert _texts(client.take())[-1] == "2"
    reset = BackMsg()
    reset.reset_saved_state = True
    client.take()
    session.handle_back_msg(reset)
    assert session.join(10)
    assert _texts(client.take()) == ["1"]
    runtime.stop()
    runtime, _, client = launch_persisted(app)
    assert _texts(client.take()) == ["2"]
    runtime.stop()


def test_reset_state_flag_forgets_the_saved_state(tmp_path: Path, data_dir: Path) -> None:
    from tests.support.processes import serve_app

    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.session_state.n = st.session_state.get('n', 0) + 1\n")
    runtime, _, _ = launch_persisted(app)
    runtime.stop()
    runtime, _, _ = launch_persisted(app)
    assert runtime.sessions[0].session_state["n"] == 2
    runtime.stop()

    served = serve_app(app, "--reset-state", env={"DATAAPP_DATA_DIR": str(data_dir)})
    assert served.stop() == 0
    assert any("forgot the saved state" in line for line in served.output)
    runtime, _, _ = launch_persisted(app)
    assert runtime.sessions[0].session_state["n"] == 1
    runtime.stop()


def test_a_custom_components_value_is_not_restored(tmp_path: Path) -> None:
    """A v1 component's page keeps its own state and is never told a value: restoring one
    would show the script a value the page does not (a menu showing "Home" while the script
    got "Reports"). The next launch starts from the component's default."""
    (tmp_path / "menu").mkdir()
    (tmp_path / "menu" / "index.html").write_text("<html></html>")
    app = tmp_path / "app.py"
    app.write_text(
        "import dataapp as st\n"
        "menu = st.components.v1.declare_component('menu', path='menu')\n"
        "st.text(f\"page={menu(key='menu', default='Home')} other={st.slider('n', 0, 9, key='n')}\")\n"
    )
    runtime, session, client = launch_persisted(app)
    back = BackMsg()
    for element in elements(client.take()):
        if "info" not in element.DESCRIPTOR.fields_by_name:  # type: ignore[attr-defined]
            continue
        info = element.info  # type: ignore[attr-defined]
        state = back.rerun.widget_states.widgets.add(id=info.id)
        if info.label == "n":
            state.double_array_value.data.append(4)
        else:
            state.json_value = '"Reports"'
    session.handle_back_msg(back)
    assert session.join(10)
    assert _texts(client.take())[-1] == "page=Reports other=4"
    runtime.stop()

    runtime, _, client = launch_persisted(app)
    assert _texts(client.take())[-1] == "page=Home other=4"
    runtime.stop()
