"""A real WebSocket client for protocol tests: a Server on its own thread, spoken to in protobuf."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import tornado.httpclient
import tornado.websocket

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
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
    received: list[tuple[ForwardMsg, int]] = field(default_factory=list)

    async def read_until(
        self, done: Callable[[ForwardMsg], bool], timeout: float = 10.0
    ) -> list[ForwardMsg]:
        """Read messages until `done` says so; returns the messages read by this call."""
        got: list[ForwardMsg] = []
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"no matching message; got {[m.WhichOneof('type') for m in got]}"
                )
            raw = await asyncio.wait_for(self.ws.read_message(), remaining)
            if raw is None:
                raise ConnectionError("the server closed the connection")
            assert isinstance(raw, bytes)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            self.received.append((msg, len(raw)))
            got.append(msg)
            if done(msg):
                return got

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
