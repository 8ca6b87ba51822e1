"""DESIGN: bytes per rerun grow with what changed, not with the size of the page."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

from dataapp.proto.back_pb2 import BackMsg
from tests.support.ws_client import connect, deltas, start_server

THOUSAND_ELEMENT_APP = """
import dataapp as st
changing = st.number_input("changing", value=0, key="n")
st.write(f"value is {changing}")
for i in range(998):
    st.markdown(f"Row **{i}**: some text that does not change between runs")
"""


def test_rerun_of_a_1000_element_page_where_one_value_changes_costs_under_5_percent(
    tmp_path: Path,
) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(THOUSAND_ELEMENT_APP))
    server = start_server(app)

    async def scenario() -> tuple[int, int]:
        conn = await connect(server)
        first = await conn.read_run()
        first_bytes = sum(size for _, size in conn.received)
        widget_id = next(
            m.delta.new_element.number_input.info.id
            for m in deltas(first)
            if m.delta.new_element.WhichOneof("type") == "number_input"
        )
        conn.received.clear()
        back = BackMsg()
        state = back.rerun.widget_states.widgets.add()
        state.id = widget_id
        state.int_value = 1
        await conn.send(back)
        second = await conn.read_run()
        texts = [
            m.delta.new_element.markdown.body
            for m in deltas(second)
            if m.delta.WhichOneof("type") == "new_element"
        ]
        assert "value is 1" in texts
        conn.ws.close()
        return first_bytes, sum(size for _, size in conn.received)

    try:
        first_bytes, rerun_bytes = asyncio.run(scenario())
    finally:
        server.stop()
    assert first_bytes > 40_000
    assert rerun_bytes < 0.05 * first_bytes, (first_bytes, rerun_bytes)
