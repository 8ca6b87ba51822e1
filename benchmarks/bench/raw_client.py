"""dataapp's WebSocket spoken from Python, for profiling the server without a browser.

Imports dataapp's generated protobuf classes, so it runs in dataapp's Python only.
"""

from __future__ import annotations

import time

import tornado.httpclient
import tornado.websocket

from bench.server import Server


async def rerun_times(server: Server, steps: int) -> list[tuple[float, float, int]]:
    """Per slider step: ms to the first message, ms to the run's end, messages received."""
    from dataapp.proto.back_pb2 import BackMsg
    from dataapp.proto.forward_pb2 import ForwardMsg, ForwardMsgList

    url = f"ws://127.0.0.1:{server.port}/_dataapp/stream?token={server.env['DATAAPP_TOKEN']}"
    origin = {"Origin": f"http://127.0.0.1:{server.port}"}
    ws = await tornado.websocket.websocket_connect(
        tornado.httpclient.HTTPRequest(url, headers=origin)
    )

    async def read_run() -> tuple[list[ForwardMsg], float]:
        messages: list[ForwardMsg] = []
        first = 0.0
        while True:
            raw = await ws.read_message()
            if not isinstance(raw, bytes):
                raise ConnectionError("the server closed the WebSocket")
            first = first or time.perf_counter()
            frame = ForwardMsgList()
            frame.ParseFromString(raw)
            messages.extend(frame.msgs)
            if any(
                msg.WhichOneof("type") == "session_status" and not msg.session_status.running
                for msg in frame.msgs
            ):
                return messages, first

    opening, _ = await read_run()
    slider_id = next(
        m.delta.new_element.slider.info.id
        for m in opening
        if m.WhichOneof("type") == "delta"
        and m.delta.WhichOneof("type") == "new_element"
        and m.delta.new_element.WhichOneof("type") == "slider"
    )
    results = []
    for value in range(1, steps + 1):
        back = BackMsg()
        state = back.rerun.widget_states.widgets.add()
        state.id = slider_id
        state.double_array_value.data.append(float(value))
        sent = time.perf_counter()
        await ws.write_message(back.SerializeToString(), binary=True)
        messages, first = await read_run()
        done = time.perf_counter()
        results.append(((first - sent) * 1000, (done - sent) * 1000, len(messages)))
    ws.close()
    return results
