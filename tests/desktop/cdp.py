"""A small synchronous DevTools-protocol client for the window's page.

QtWebEngine serves DevTools when QTWEBENGINE_REMOTE_DEBUGGING is set; Playwright cannot attach
to it (no browser contexts), so the tests speak the protocol over the page's WebSocket.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
import urllib.request
from pathlib import Path
from typing import Any

import tornado.websocket


class CdpError(Exception):
    pass


def list_pages(port: int) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as reply:
        pages = json.loads(reply.read())
    return [p for p in pages if p.get("type") == "page"]


class Page:
    def __init__(self, ws_url: str) -> None:
        self._loop = asyncio.new_event_loop()

        async def connect() -> tornado.websocket.WebSocketClientConnection:
            return await tornado.websocket.websocket_connect(
                ws_url, max_message_size=256 * 1024 * 1024
            )

        self._ws = self._loop.run_until_complete(connect())
        self._next_id = 0

    def call(self, method: str, timeout: float = 15.0, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        msg_id = self._next_id
        request = json.dumps({"id": msg_id, "method": method, "params": params})

        async def send() -> None:
            await self._ws.write_message(request)

        self._loop.run_until_complete(send())
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CdpError(f"no answer to {method}")
            raw = self._loop.run_until_complete(self._read(remaining))
            if raw is None:
                raise CdpError("the DevTools connection closed")
            message = json.loads(raw)
            if message.get("id") != msg_id:
                continue
            if "error" in message:
                raise CdpError(f"{method}: {message['error']}")
            result: dict[str, Any] = message.get("result", {})
            return result

    async def _read(self, timeout: float) -> str | bytes | None:
        return await asyncio.wait_for(self._ws.read_message(), timeout)

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise CdpError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 20.0, interval: float = 0.1) -> Any:
        """Evaluate until the result is truthy; returns it."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            try:
                last = self.evaluate(expression)
            except CdpError as error:
                last = error
            else:
                if last:
                    return last
            time.sleep(interval)
        raise TimeoutError(f"{expression!r} stayed falsy for {timeout}s (last: {last!r})")

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data

    def close(self) -> None:
        # Closing writes a frame, which needs this page's loop running (there may be no
        # current loop on the main thread at all).
        async def close_socket() -> None:
            self._ws.close()
            await asyncio.sleep(0)

        self._loop.run_until_complete(close_socket())
        self._loop.close()
