"""The real server over a real WebSocket: a widget the page shows disabled cannot be changed by
a report (the user could not have made it), and the button it disables cannot be pressed."""

from __future__ import annotations

import asyncio

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.widgets_pb2 import WidgetState
from tests.support.ws_client import RunningServer, connect, deltas

APP = """
import dataapp as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
locked = st.session_state.get("locked", True)
n = st.number_input("n", 0, 10, 3, disabled=locked)
pressed = st.button("delete everything", disabled=locked)
st.text(f"run {st.session_state.runs}: n={n} pressed={pressed}")
"""


def _echo(messages: list[ForwardMsg]) -> str:
    (text,) = [
        m.delta.new_element.text.body
        for m in deltas(messages)
        if m.delta.new_element.WhichOneof("type") == "text"
    ]
    return str(text)


def test_a_disabled_widget_keeps_its_value_and_a_disabled_button_is_not_pressed(
    server: RunningServer,
) -> None:
    async def scenario() -> None:
        conn = await connect(server)
        first = await conn.read_run()
        assert _echo(first) == "run 1: n=3 pressed=False"
        ids = {
            m.delta.new_element.WhichOneof("type"): m.delta.new_element
            for m in deltas(first)
            if m.delta.new_element.WhichOneof("type") in ("number_input", "button")
        }
        number_id = ids["number_input"].number_input.info.id
        button_id = ids["button"].button.info.id
        assert ids["button"].button.info.disabled

        back = BackMsg()
        back.rerun.widget_states.widgets.append(WidgetState(id=number_id, int_value=9))
        back.rerun.widget_states.widgets.append(WidgetState(id=button_id, trigger_value=True))
        await conn.send(back)
        assert _echo(await conn.read_run()) == "run 2: n=3 pressed=False"

    asyncio.run(scenario())
