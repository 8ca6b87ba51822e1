"""A real WebSocket client for protocol tests: a Server on its own thread, spoken to in protobuf."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import tornado.httpclient
import tornado.websocket

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg, ForwardMsgList
from dataapp.runtime.config import AppConfig
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security
from dataapp.server.server import Server, ServerThread

TOKEN = "test-token"


@dataclass
class RunningServer:
    thread: ServerThread
    port: int

    @property
    def base(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.thread.stop()


def start_server(app_path: Path) -> RunningServer:
    runtime = Runtime(str(app_path), AppConfig())
    thread = ServerThread(Server(runtime, Security(TOKEN)))
    port = thread.start()
    return RunningServer(thread, port)


@dataclass
class Connection:
    ws: tornado.websocket.WebSocketClientConnection
    # Every message read, with its share of the frame's bytes (the shares add up to the frame).
    received: list[tuple[ForwardMsg, int]] = field(default_factory=list)
    # Messages of a frame already read that no call has returned yet.
    _unread: deque[ForwardMsg] = field(default_factory=deque)

    async def read_until(
        self, done: Callable[[ForwardMsg], bool], timeout: float = 10.0
    ) -> list[ForwardMsg]:
        """Read messages until `done` says so; returns the messages read by this call."""
        got: list[ForwardMsg] = []
        deadline = time.monotonic() + timeout
        while True:
            if not self._unread:
                await self._read_frame(deadline)
            msg = self._unread.popleft()
            got.append(msg)
            if done(msg):
                return got

    async def _read_frame(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no matching message in time")
        raw = await asyncio.wait_for(self.ws.read_message(), remaining)
        if raw is None:
            raise ConnectionError("the server closed the connection")
        assert isinstance(raw, bytes)
        frame = ForwardMsgList()
        frame.ParseFromString(raw)
        for msg in frame.msgs:
            # The message's bytes with its tag and length prefix: its entry in the frame.
            self.received.append((msg, ForwardMsgList(msgs=[msg]).ByteSize()))
            self._unread.append(msg)
        assert sum(size for _, size in self.received[-len(frame.msgs) :]) == len(raw)

    async def read_run(self, timeout: float = 10.0) -> list[ForwardMsg]:
        """Everything up to and including the end of the next run (session no longer running)."""
        return await self.read_until(
            lambda m: m.WhichOneof("type") == "session_status" and not m.session_status.running,
            timeout,
        )

    async def send(self, msg: BackMsg) -> None:
        await self.ws.write_message(msg.SerializeToString(), binary=True)


async def connect(
    server: RunningServer,
    *,
    token: str | None = TOKEN,
    origin: str | None = None,
    query: str = "",
) -> Connection:
    url = f"ws://{server.base}/_dataapp/stream"
    params = []
    if token is not None:
        params.append(f"token={token}")
    if query:
        params.append(query)
    if params:
        url += "?" + "&".join(params)
    headers = {"Origin": origin} if origin else {}
    request = tornado.httpclient.HTTPRequest(url, headers=headers)
    ws = await tornado.websocket.websocket_connect(request)
    return Connection(ws)


def deltas(messages: list[ForwardMsg]) -> list[ForwardMsg]:
    return [m for m in messages if m.WhichOneof("type") == "delta"]
